"""Setting up the organisation (first run) and its settings."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from app import versions
from app.access import Actor, Operation, require
from app.changes import Area, Changes
from app.db import Database
from app.passwords import check_password_rules, hash_password, new_recovery_code
from app.personal_copy.outbox import online_only
from app.services import audit
from app.settings import LANGUAGES
from app.validation import clean_email, clean_text
from models import Account, Organisation, Person, PersonRole, Role
from models.errors import Conflict, Invalid, NotFound

MAX_HOURS_NORM = 2000
MAX_IDLE_MINUTES = 240
# Culture scan results show only from this many respondents: 5 by default (the norm of
# Dutch survey tools); an owner may lower it to 3, or raise it.
CULTURE_THRESHOLD_DEFAULT = 5
CULTURE_THRESHOLD_MIN = 3
CULTURE_THRESHOLD_MAX = 100


@dataclass(frozen=True)
class OrganisationSetup:
    name: str
    yearly_budget_cents: int
    hours_norm: int
    language: str
    owner_name: str
    owner_email: str
    owner_password: str


@dataclass(frozen=True)
class SetupResult:
    owner_id: int
    recovery_code: str


@dataclass(frozen=True)
class OrganisationSettings:
    name: str
    yearly_budget_cents: int
    hours_norm: int
    idle_lock_minutes: int
    default_language: str
    # Culture scan results show only from this many respondents (teams: at least 5).
    culture_threshold: int = CULTURE_THRESHOLD_DEFAULT
    # The version these settings were read at (0: not read from the database).
    version_id: int = 0


def _check_numbers(budget: int, norm: int) -> None:
    if budget < 0:
        raise Invalid("amount_negative", field="yearly_budget")
    if not 0 <= norm <= MAX_HOURS_NORM:
        raise Invalid("hours_norm_out_of_range", field="hours_norm", maximum=MAX_HOURS_NORM)


def is_set_up(db: Database) -> bool:
    with db.read() as s:
        return bool(s.scalar(select(func.count()).select_from(Organisation)))


@online_only()
def set_up(db: Database, setup: OrganisationSetup, actor: Actor | None = None) -> SetupResult:
    """Create the organisation and its first owner; returns the paper recovery code once."""
    name = clean_text(setup.name, "name", max_length=200, required=True)
    owner_name = clean_text(setup.owner_name, "owner_name", max_length=200, required=True)
    owner_email = clean_email(setup.owner_email, "owner_email")
    check_password_rules(setup.owner_password, field="owner_password")
    _check_numbers(setup.yearly_budget_cents, setup.hours_norm)
    if setup.language not in LANGUAGES:
        raise Invalid("language_unknown", field="language")
    code = new_recovery_code()
    with db.transaction() as s:
        if s.scalar(select(func.count()).select_from(Organisation)):
            raise Conflict("already_set_up")
        s.add(
            Organisation(
                name=name,
                yearly_budget_cents=setup.yearly_budget_cents,
                hours_norm=setup.hours_norm,
                default_language=setup.language,
                recovery_code_hash=hash_password(code),
            )
        )
        owner = Person(name=owner_name, email=owner_email, language=setup.language)
        owner.role_rows = [PersonRole(role=Role.OWNER.value), PersonRole(role=Role.MANAGER.value)]
        s.add(owner)
        s.flush()
        s.add(Account(person_id=owner.id, password_hash=hash_password(setup.owner_password)))
        who = actor or Actor(owner.id, frozenset({Role.OWNER}), owner_name)
        audit.record(s, who, "organisation_created", owner.id, name=name)
        return SetupResult(owner_id=owner.id, recovery_code=code)


def _organisation(s: object) -> Organisation:
    org = s.scalars(select(Organisation).limit(1)).first()  # type: ignore[attr-defined]
    if org is None:
        raise NotFound("organisation_missing")
    return org  # type: ignore[no-any-return]


def organisation_name(db: Database) -> str:
    """Shown on the login screen, before anyone has logged in."""
    with db.read() as s:
        return s.scalar(select(Organisation.name).limit(1)) or ""


def get_settings(db: Database, actor: Actor) -> OrganisationSettings:
    require(actor, Operation.VIEW_SETTINGS)
    with db.read() as s:
        org = _organisation(s)
        return OrganisationSettings(
            name=org.name,
            yearly_budget_cents=org.yearly_budget_cents,
            hours_norm=org.hours_norm,
            idle_lock_minutes=org.idle_lock_minutes,
            default_language=org.default_language,
            culture_threshold=org.culture_threshold,
            version_id=org.version_id,
        )


@online_only()
def update_settings(db: Database, actor: Actor, new: OrganisationSettings, *,
                    expected_version: int) -> Changes:
    """``expected_version``: the version of the settings the screen loaded; another owner's
    save in between (on another laptop) is refused instead of overwritten."""
    require(actor, Operation.MANAGE_SETTINGS)
    name = clean_text(new.name, "name", max_length=200, required=True)
    _check_numbers(new.yearly_budget_cents, new.hours_norm)
    if not 1 <= new.idle_lock_minutes <= MAX_IDLE_MINUTES:
        raise Invalid("idle_out_of_range", field="idle_lock_minutes", maximum=MAX_IDLE_MINUTES)
    if new.default_language not in LANGUAGES:
        raise Invalid("language_unknown", field="default_language")
    if not CULTURE_THRESHOLD_MIN <= new.culture_threshold <= CULTURE_THRESHOLD_MAX:
        raise Invalid("culture_threshold_out_of_range", field="culture_threshold",
                      minimum=CULTURE_THRESHOLD_MIN, maximum=CULTURE_THRESHOLD_MAX)
    with db.transaction() as s:
        org = versions.for_update(s, Organisation, _organisation(s).id, expected_version,
                                  missing=NotFound("organisation_missing"))
        before = (org.name, org.yearly_budget_cents, org.hours_norm)
        threshold_before = org.culture_threshold
        org.name = name
        org.yearly_budget_cents = new.yearly_budget_cents
        org.hours_norm = new.hours_norm
        org.idle_lock_minutes = new.idle_lock_minutes
        org.default_language = new.default_language
        org.culture_threshold = new.culture_threshold
        if before != (name, new.yearly_budget_cents, new.hours_norm):
            audit.record(s, actor, "settings_changed", None, name=name,
                         budget_cents=new.yearly_budget_cents, hours_norm=new.hours_norm)
        if threshold_before != new.culture_threshold:
            # Who made anonymity weaker or stronger, and when, belongs in the log.
            audit.record(s, actor, "culture_threshold_changed", None,
                         before=threshold_before, after=new.culture_threshold)
    return Changes.of(Area.ORGANISATION)


def idle_lock_minutes(db: Database) -> int:
    with db.read() as s:
        return s.scalar(select(Organisation.idle_lock_minutes).limit(1)) or 10
