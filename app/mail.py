"""The organisation's SMTP server (settings in the database, password in the keyring) and
sending one message through it."""

from __future__ import annotations

import json
import os
import smtplib
import ssl
from dataclasses import asdict, dataclass
from email.message import EmailMessage
from urllib.parse import unquote, urlsplit

from app.access import Actor, Operation, require
from app.db import Database
from app.secrets import KeyringStore, SecretStore
from models import OrgSetting
from models.errors import Invalid

SETTING = "smtp"
PASSWORD_SECRET = "smtp-password"
ENV_URL = "REGIESTOEL_SMTP_URL"
ENV_PASSWORD = "REGIESTOEL_SMTP_PASSWORD"
STARTTLS, TLS = "starttls", "tls"
SECURITY = (STARTTLS, TLS)
TIMEOUT_SECONDS = 30


@dataclass(frozen=True)
class SmtpSettings:
    """Where e-mail goes out. ``starttls``: STARTTLS whenever the server offers it (port 587
    or 25); ``tls``: TLS from the first byte (port 465). ``sender`` is the From address."""

    host: str
    port: int = 587
    security: str = STARTTLS
    user: str = ""
    sender: str = ""

    @property
    def from_address(self) -> str:
        return self.sender or (self.user if "@" in self.user else f"regiestoel@{self.host}")


def validated(settings: SmtpSettings) -> SmtpSettings:
    """The settings checked field by field; a problem names its field."""
    host = settings.host.strip()
    if not host or any(c.isspace() for c in host) or len(host) > 253:
        raise Invalid("smtp_host_invalid", field="smtp_host")
    if not 1 <= settings.port <= 65535:
        raise Invalid("smtp_port_invalid", field="smtp_port")
    if settings.security not in SECURITY:
        raise Invalid("smtp_security_invalid", field="smtp_security")
    sender = settings.sender.strip()
    if sender and ("@" not in sender or any(c.isspace() for c in sender)):
        raise Invalid("smtp_sender_invalid", field="smtp_sender")
    return SmtpSettings(host, settings.port, settings.security, settings.user.strip(), sender)


def from_url(url: str) -> SmtpSettings:
    """``smtp://user@host:port`` (STARTTLS when offered) or ``smtps://user@host:port`` (TLS).
    A password in the URL is ignored: it comes from REGIESTOEL_SMTP_PASSWORD."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError as exc:
        raise Invalid("smtp_url_invalid") from exc
    if parts.scheme not in ("smtp", "smtps") or not parts.hostname:
        raise Invalid("smtp_url_invalid")
    security = TLS if parts.scheme == "smtps" else STARTTLS
    default = 465 if security == TLS else 587
    return validated(SmtpSettings(host=parts.hostname, port=port or default, security=security,
                                  user=unquote(parts.username or "")))


def stored_settings(db: Database) -> SmtpSettings | None:
    """The settings the owner entered, or None."""
    with db.read() as s:
        row = s.get(OrgSetting, SETTING)
        if row is None:
            return None
        raw = json.loads(row.value)
    return SmtpSettings(**{k: raw[k] for k in ("host", "port", "security", "user", "sender")
                           if k in raw})


def server(db: Database) -> SmtpSettings | None:
    """The SMTP server to use: REGIESTOEL_SMTP_URL first, else what the owner entered;
    None when there is none (then nothing is sent)."""
    url = os.environ.get(ENV_URL, "").strip()
    if url:
        return from_url(url)
    return stored_settings(db)


def password(store: SecretStore | None = None) -> str:
    """REGIESTOEL_SMTP_PASSWORD, else the keyring's; empty when none."""
    return os.environ.get(ENV_PASSWORD) or (store or KeyringStore()).get(PASSWORD_SECRET) or ""


def smtp_settings(db: Database, actor: Actor) -> SmtpSettings | None:
    """For the settings screen (the owner): what is stored, without the password."""
    require(actor, Operation.MANAGE_SETTINGS)
    return stored_settings(db)


def save_smtp_settings(db: Database, actor: Actor, settings: SmtpSettings | None, *,
                       new_password: str | None = None, store: SecretStore | None = None
                       ) -> None:
    """Store the server (None: no e-mail). ``new_password`` goes to the keyring only, never
    to the database; None keeps the one stored, "" forgets it."""
    require(actor, Operation.MANAGE_SETTINGS)
    store = store or KeyringStore()
    clean = validated(settings) if settings is not None else None
    if new_password:
        store.set(PASSWORD_SECRET, new_password)  # refused first, when there is no keyring
    with db.transaction() as s:
        row = s.get(OrgSetting, SETTING)
        if clean is None:
            if row is not None:
                s.delete(row)
        elif row is None:
            s.add(OrgSetting(key=SETTING, value=json.dumps(asdict(clean))))
        else:
            row.value = json.dumps(asdict(clean))
    if new_password == "" or clean is None:
        store.delete(PASSWORD_SECRET)


class SendFailed(Exception):
    """A message did not go out. ``permanent``: the server refused it (an address, the
    login); trying again later will not help until someone changes something."""

    def __init__(self, code: str, detail: str, *, permanent: bool) -> None:
        super().__init__(f"{code}: {detail}")
        self.code = code
        self.detail = detail
        self.permanent = permanent


def send(settings: SmtpSettings, secret: str, message: EmailMessage,
         recipients: list[str] | None = None) -> None:
    """Send one message in one SMTP transaction; raises ``SendFailed``."""
    context = ssl.create_default_context()
    try:
        if settings.security == TLS:
            client: smtplib.SMTP = smtplib.SMTP_SSL(settings.host, settings.port,
                                                    timeout=TIMEOUT_SECONDS, context=context)
        else:
            client = smtplib.SMTP(settings.host, settings.port, timeout=TIMEOUT_SECONDS)
        with client:
            client.ehlo()
            if settings.security == STARTTLS and client.has_extn("starttls"):
                client.starttls(context=context)
                client.ehlo()
            if settings.user:
                client.login(settings.user, secret)
            client.send_message(message, to_addrs=recipients)
    except smtplib.SMTPAuthenticationError as exc:
        raise SendFailed("smtp_login_refused", str(exc), permanent=True) from exc
    except smtplib.SMTPRecipientsRefused as exc:
        raise SendFailed("smtp_address_refused", ", ".join(exc.recipients),
                         permanent=True) from exc
    except (smtplib.SMTPSenderRefused, smtplib.SMTPDataError) as exc:
        # 4xx is the server's "not now"; 5xx its "no".
        raise SendFailed("smtp_refused", str(exc), permanent=exc.smtp_code >= 500) from exc
    except smtplib.SMTPServerDisconnected as exc:
        raise SendFailed("smtp_disconnected", str(exc), permanent=False) from exc
    except (smtplib.SMTPException, ssl.SSLError) as exc:
        raise SendFailed("smtp_failed", str(exc), permanent=False) from exc
    except (TimeoutError, OSError) as exc:
        raise SendFailed("smtp_unreachable", str(exc), permanent=False) from exc
