"""Password and recovery-code hashing with Argon2id."""

from __future__ import annotations

import secrets

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from models.errors import Invalid

MIN_PASSWORD_LENGTH = 8
# Unambiguous characters only: the code is read from paper and typed back in.
_RECOVERY_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"

_hasher = PasswordHasher()  # argon2id with the library's current recommended parameters


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(stored_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(stored_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def check_password_rules(password: str, *, field: str = "password") -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise Invalid("password_too_short", field=field, minimum=MIN_PASSWORD_LENGTH)
    if password.strip() != password or "\x00" in password:
        raise Invalid("password_whitespace", field=field)


def new_recovery_code() -> str:
    """Five groups of four, e.g. ``K7QM-2XRA-...``: about 100 bits, easy to copy from paper."""
    groups = ("".join(secrets.choice(_RECOVERY_ALPHABET) for _ in range(4)) for _ in range(5))
    return "-".join(groups)


def new_temporary_password() -> str:
    """Three groups of four unambiguous characters (``K7QM-2XRA-P4TN``, about 60 bits): read
    from a printed slip and typed once, then replaced by the person's own password."""
    groups = ("".join(secrets.choice(_RECOVERY_ALPHABET) for _ in range(4)) for _ in range(3))
    return "-".join(groups)


def normalise_recovery_code(code: str) -> str:
    cleaned = "".join(ch for ch in code.upper() if ch.isalnum())
    return "-".join(cleaned[i : i + 4] for i in range(0, len(cleaned), 4))
