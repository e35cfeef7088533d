"""Regiestoel use cases: services, access rules, storage and the admin command line (no Qt)."""

__version__ = "0.1.0"
APP_NAME = "Regiestoel"
# One name for the desktop: the .desktop file, the AppStream id, the icon and the Wayland app id.
APP_ID = "nl.regiestoel.Regiestoel"
