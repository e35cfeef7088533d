"""Use cases, one module per area; each takes the database and the acting person."""
