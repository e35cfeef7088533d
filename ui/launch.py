"""The installed program's entry point: starts ui.main with the garbage collector paused.

Why the pause: see the top of ui/main.py; ``Application`` resumes it at the login screen.
"""

from __future__ import annotations

import gc


def run() -> int:
    gc.disable()
    from ui.main import main

    return main()
