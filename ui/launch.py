"""The installed program's entry point: starts ui.main with the garbage collector paused.

Why the pause: see the top of ui/main.py; ``Application`` resumes it at the login screen.
"""

from __future__ import annotations

import gc
import sys


def run() -> int:
    if "--self-test" in sys.argv[1:]:
        # Before Qt is loaded: on a computer without a library Qt needs, the self-test is
        # what says which one (and its Debian package), so it must run all the same.
        from ui.self_test import run_self_test

        return run_self_test()
    gc.disable()
    try:
        from ui.main import main
    except ImportError as exc:  # Qt cannot load: a system library is missing
        print(f"regiestoel: cannot start: {exc}\nregiestoel: 'regiestoel --self-test' says "
              "what is missing and which package provides it.", file=sys.stderr)
        return 1
    return main()
