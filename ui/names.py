"""Translated names of domain values (roles), kept in one Qt Linguist context."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from models import Role


def role_name(role: Role) -> str:
    names = {
        Role.OWNER: QCoreApplication.translate("Roles", "owner"),
        Role.MANAGER: QCoreApplication.translate("Roles", "manager"),
        Role.PROFESSIONAL: QCoreApplication.translate("Roles", "professional"),
        Role.GUIDE: QCoreApplication.translate("Roles", "guide"),
    }
    return names[role]


ROLE_ORDER = (Role.OWNER, Role.MANAGER, Role.PROFESSIONAL, Role.GUIDE)


def role_names(roles: frozenset[Role] | set[Role]) -> str:
    return ", ".join(role_name(r) for r in ROLE_ORDER if r in roles)
