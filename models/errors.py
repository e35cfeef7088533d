"""Domain errors: a code and parameters, never user-facing text (the caller words it)."""

from __future__ import annotations

from typing import Any


class DomainError(Exception):
    """An expected problem. ``code`` selects the message; ``params`` fill it in."""

    def __init__(self, code: str, *, field: str | None = None, **params: Any) -> None:
        super().__init__(code)
        self.code = code
        self.field = field
        self.params = params

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.code!r}, field={self.field!r}, {self.params!r})"


class NotFound(DomainError):
    """The thing asked for does not exist (or is not visible to the asker)."""


class Conflict(DomainError):
    """The change clashes with what is stored (duplicate, concurrent edit, wrong state)."""


class Invalid(DomainError):
    """The input is not acceptable; ``field`` says which field, if one."""


class Forbidden(DomainError):
    """The person asking may not do this."""


class StorageError(DomainError):
    """The database cannot be used (foreign file, newer schema, read-only folder)."""
