"""Regiestoel use cases: services, access rules, storage and the admin command line (no Qt)."""

__version__ = "0.1.0"
APP_NAME = "Regiestoel"
