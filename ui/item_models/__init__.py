"""Qt item models: thin adapters over what the services return."""
