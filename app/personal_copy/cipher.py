"""An encrypted SQLite file (SQLCipher, through ``sqlcipher3``) as a ``Database``.

Every page of the file and of its write-ahead log is encrypted (AES-256, with an HMAC per
page), the header included; temporary tables and sort files stay in memory, so no plain
text of the copy ever reaches the disk.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.db import Database
from app.paths import sqlite_url
from app.personal_copy.keys import sqlcipher_key
from models.errors import StorageError


def _dbapi() -> Any:
    import sqlcipher3.dbapi2

    return sqlcipher3.dbapi2


def connect(file: Path, key: bytes) -> Any:
    """A DB-API connection to the encrypted file, keyed before any other statement."""
    dbapi = _dbapi()
    conn = dbapi.connect(str(file), check_same_thread=False)
    try:
        # SQLCipher would print a failed page check to stderr; our callers say it in words.
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = {sqlcipher_key(key)}")
        conn.execute("PRAGMA cipher_compatibility = 4")
        conn.execute("PRAGMA temp_store = MEMORY")
    except BaseException:
        conn.close()
        raise
    return conn


def readable(file: Path, key: bytes) -> bool:
    """Whether the key opens the file (a wrong key, or a damaged first page, does not)."""
    dbapi = _dbapi()
    conn = connect(file, key)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except dbapi.DatabaseError:
        return False
    finally:
        conn.close()


def encrypted_database(file: Path, key: bytes, *, read_only: bool = False) -> Database:
    """The copy as a ``Database``: the same engine set-up (WAL, foreign keys, full sync,
    secure delete) as any Regiestoel SQLite file, through SQLCipher."""
    db = Database(sqlite_url(file), read_only=read_only, dbapi=_dbapi(),
                  connect=lambda: connect(file, key))
    db.is_personal_copy = True
    return db


def rekey(file: Path, old: bytes, new: bytes) -> None:
    """Re-encrypt every page with the new key, in one transaction of SQLCipher's own."""
    conn = connect(file, old)
    try:
        conn.execute("PRAGMA journal_mode = DELETE")  # re-keying a WAL file is not allowed
        conn.execute(f"PRAGMA rekey = {sqlcipher_key(new)}")
    except _dbapi().DatabaseError as exc:
        raise StorageError("personal_copy_damaged") from exc
    finally:
        conn.close()
