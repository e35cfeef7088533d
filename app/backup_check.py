"""What restore can honestly verify: the schema by an allow-list, the bytes by a checksum.

A plain backup is not tamper-proof: whoever can change the file can change its checksum
too. The checksum catches damage (a bad USB stick, a cut-off copy); the allow-list refuses a
database holding anything Regiestoel did not create (a trigger, a view, an extra table, a
changed table definition). Only an encrypted backup (AES-GCM) is tamper-proof.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import sqlite3
import threading
from pathlib import Path

from models.errors import Invalid

CHECKSUM_SUFFIX = ".sha256"
_WHITESPACE = re.compile(r"\s+")
# SQLite's own bookkeeping, which it may add to any database by itself.
_SQLITE_INTERNAL = re.compile(r"^sqlite_(sequence|stat\d)$")

SchemaItem = tuple[str, str, str, str]  # type, name, table, normalised SQL

_schemas: dict[str, frozenset[SchemaItem]] = {}
_schemas_lock = threading.Lock()


def _normalised(kind: str, sql: str | None) -> str:
    """The SQL of a schema object, so that equal definitions compare equal: whitespace
    folded and, for a table, its columns and constraints in a fixed order (Alembic's batch
    mode rewrites a table with its constraints in an order that varies from run to run)."""
    text = _WHITESPACE.sub(" ", sql or "").strip()
    if kind != "table":
        return text
    head, paren, body = text.partition("(")
    if not paren or not body.endswith(")"):
        return text
    parts = sorted(part.strip() for part in _top_level_items(body[:-1]))
    # CREATE TABLE "action" and CREATE TABLE action are the same table.
    return f"{head.replace(chr(34), '').strip()} ({', '.join(parts)})"


def _top_level_items(body: str) -> list[str]:
    """``body`` split at the commas outside parentheses and quotes."""
    items: list[str] = []
    depth, quote, start = 0, "", 0
    closing = {"'": "'", '"': '"', "`": "`", "[": "]"}
    for i, ch in enumerate(body):
        if quote:
            if ch == quote:
                quote = ""
        elif ch in closing:
            quote = closing[ch]
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "," and depth == 0:
            items.append(body[start:i])
            start = i + 1
    items.append(body[start:])
    return items


def schema_of(conn: sqlite3.Connection) -> frozenset[SchemaItem]:
    rows = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
    return frozenset(
        (str(t), str(n), str(tb), _normalised(str(t), sql))
        for t, n, tb, sql in rows
        if not _SQLITE_INTERNAL.match(str(n))
    )


def expected_schema(revision: str) -> frozenset[SchemaItem]:
    """The schema Regiestoel's migrations make at ``revision``: made once per program run
    in a private in-memory database."""
    with _schemas_lock:
        if revision not in _schemas:
            _schemas[revision] = _migrated_schema(revision)
        return _schemas[revision]


def _migrated_schema(revision: str) -> frozenset[SchemaItem]:
    """Made the way Regiestoel makes its databases (app.schema.migrate, with the engine's
    own settings), in a file of a private temporary folder, removed afterwards."""
    import tempfile

    from alembic import command
    from alembic.config import Config

    from app.db import Database
    from app.paths import sqlite_url
    from models.base import SQLITE_APPLICATION_ID
    from models.migrations import MIGRATIONS_DIR

    with tempfile.TemporaryDirectory(prefix="regiestoel-schema-") as folder:
        db = Database(sqlite_url(Path(folder) / "reference.sqlite3"))
        try:
            with db.engine.begin() as conn:
                conn.exec_driver_sql(f"PRAGMA application_id = {SQLITE_APPLICATION_ID}")
                cfg = Config()
                cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, revision)
            raw = db.engine.raw_connection()
            try:
                return schema_of(raw.driver_connection)  # type: ignore[arg-type]
            finally:
                raw.close()
        finally:
            db.dispose()


def check_schema(conn: sqlite3.Connection, revision: str) -> None:
    """Refuse a database whose schema is not exactly what ``revision`` makes."""
    found = schema_of(conn)
    expected = expected_schema(revision)
    if found == expected:
        return
    extra = sorted(found - expected)
    missing = sorted(expected - found)
    # Name one thing that is off: what was added says more than what it replaced.
    kind, name = (extra[0][0], extra[0][1]) if extra else (missing[0][0], missing[0][1])
    raise Invalid("backup_schema_not_ours", kind=kind, name=name)


# --- checksums -----------------------------------------------------------------------------


def checksum_path(backup: Path) -> Path:
    return backup.with_name(backup.name + CHECKSUM_SUFFIX)


def checksum_line(data: bytes, name: str) -> bytes:
    """In the format of ``sha256sum``, so ``sha256sum -c`` checks it too."""
    return f"{hashlib.sha256(data).hexdigest()}  {name}\n".encode("ascii", "replace")


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def recorded_checksum(backup: Path) -> str | None:
    """The checksum written beside ``backup`` when it was made, or None when there is none
    (a backup copied by hand, or made by an older Regiestoel)."""
    try:
        text = checksum_path(backup).read_bytes()[:200].decode("ascii", "replace")
    except OSError:
        return None
    digest = text.split(" ", 1)[0].strip().lower()
    if not re.fullmatch(r"[0-9a-f]{64}", digest):
        raise Invalid("backup_checksum_unreadable")
    return digest


def verify_checksum(backup: Path, data: bytes) -> bool | None:
    """True when ``data`` matches the checksum written at backup time, None when there is
    none; a mismatch is refused: the file was damaged after it was made."""
    recorded = recorded_checksum(backup)
    if recorded is None:
        return None
    if not hmac.compare_digest(hashlib.sha256(data).hexdigest(), recorded):
        raise Invalid("backup_checksum_mismatch")
    return True
