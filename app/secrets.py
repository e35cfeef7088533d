"""Secrets (a backup passphrase, a server password) in the OS keyring, never in a file."""

from __future__ import annotations

import logging
from typing import Any, Protocol

from models.errors import Invalid, StorageError

log = logging.getLogger(__name__)

SERVICE = "Regiestoel"
BACKUP_PASSPHRASE = "backup-passphrase"


class SecretStore(Protocol):
    """Where secrets are kept. ``available`` is False where nothing can be stored safely."""

    @property
    def available(self) -> bool: ...

    def get(self, name: str) -> str | None: ...

    def set(self, name: str, value: str) -> None: ...

    def delete(self, name: str) -> None: ...


def _can_store(backend: Any) -> bool:
    """Whether ``backend`` keeps secrets in a real keychain (not nowhere, not a plain file)."""
    from keyring.backends import chainer, fail, null

    if isinstance(backend, fail.Keyring | null.Keyring):
        return False
    if isinstance(backend, chainer.ChainerBackend):
        return any(_can_store(b) for b in backend.backends)
    # keyrings.alt's file backends keep secrets in a file under the home folder: that is
    # exactly what Regiestoel promises not to do, so such a keyring counts as none.
    return not hasattr(backend, "file_path")


class KeyringStore:
    """The OS keyring through the ``keyring`` package (the backend is looked up on each use,
    so ``keyring.set_keyring`` in tests takes effect)."""

    def __init__(self, service: str = SERVICE) -> None:
        self.service = service

    def _backend(self) -> Any:
        import keyring

        return keyring.get_keyring()

    @property
    def available(self) -> bool:
        try:
            return _can_store(self._backend())
        except Exception:  # a broken keyring configuration is no keyring
            log.warning("the keyring backend could not be loaded", exc_info=True)
            return False

    def get(self, name: str) -> str | None:
        from keyring.errors import KeyringError

        if not self.available:
            return None
        try:
            value: str | None = self._backend().get_password(self.service, name)
        except (KeyringError, NotImplementedError):
            log.warning("the keyring could not be read", exc_info=True)
            return None
        return value

    def set(self, name: str, value: str) -> None:
        from keyring.errors import KeyringError

        if not self.available:
            raise StorageError("keyring_unavailable")
        try:
            self._backend().set_password(self.service, name, value)
        except (KeyringError, NotImplementedError) as exc:
            raise StorageError("keyring_unavailable") from exc

    def delete(self, name: str) -> None:
        from keyring.errors import KeyringError, PasswordDeleteError

        if not self.available:
            return
        try:
            self._backend().delete_password(self.service, name)
        except PasswordDeleteError:
            pass  # nothing was stored: already forgotten
        except (KeyringError, NotImplementedError):
            log.warning("the keyring could not forget %s", name, exc_info=True)


class MemoryStore:
    """Secrets in a dict, for tests; ``available=False`` plays a system without a keyring."""

    def __init__(self, *, available: bool = True) -> None:
        self._available = available
        self.values: dict[str, str] = {}

    @property
    def available(self) -> bool:
        return self._available

    def get(self, name: str) -> str | None:
        return self.values.get(name) if self._available else None

    def set(self, name: str, value: str) -> None:
        if not self._available:
            raise StorageError("keyring_unavailable")
        self.values[name] = value

    def delete(self, name: str) -> None:
        self.values.pop(name, None)


def remember_passphrase(store: SecretStore, passphrase: str) -> None:
    """Keep the backup passphrase in the keyring; where there is none, say so and keep it
    nowhere (it is never written to a file instead)."""
    if not passphrase:
        raise Invalid("backup_passphrase_empty")
    if not store.available:
        raise StorageError("keyring_unavailable")
    store.set(BACKUP_PASSPHRASE, passphrase)


def recalled_passphrase(store: SecretStore) -> str | None:
    """The remembered backup passphrase, or None (none remembered, or no keyring)."""
    return store.get(BACKUP_PASSPHRASE) or None


def forget_passphrase(store: SecretStore) -> None:
    store.delete(BACKUP_PASSPHRASE)
