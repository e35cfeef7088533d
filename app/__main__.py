"""`python -m app` runs the admin command line."""

from app.cli import main

raise SystemExit(main())
