"""A real X server for tests that look at a window as the desktop sees it (Xvfb, xdotool, xprop).

Xvfb picks a free display number itself (``-displayfd``), so parallel runs never collide.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager

TOOLS = ("Xvfb", "xdotool", "xprop")


def have_x_tools() -> bool:
    return all(shutil.which(tool) for tool in TOOLS)


@contextmanager
def virtual_display() -> Iterator[str]:
    """A fresh Xvfb; yields its DISPLAY value (":N")."""
    read, write = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x800x24",
                               "-nolisten", "tcp"], pass_fds=(write,),
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    try:
        with os.fdopen(read) as pipe:
            number = pipe.readline().strip()
        if not number:
            raise RuntimeError("Xvfb did not start")
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=10)


def window_properties(display: str, pid: int, names: tuple[str, ...],
                      timeout: float = 60.0) -> dict[str, str]:
    """xprop's lines for the first mapped window of process `pid`, once it has WM_CLASS."""
    env = dict(os.environ, DISPLAY=display)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = subprocess.run(["xdotool", "search", "--onlyvisible", "--pid", str(pid)],
                               env=env, capture_output=True, text=True)
        for window in found.stdout.split():
            shown = subprocess.run(["xprop", "-notype", "-id", window, *names], env=env,
                                   capture_output=True, text=True)
            lines = {}
            for line in shown.stdout.splitlines():
                if line[:1].isspace() or ("=" not in line and ":" not in line):
                    continue  # the drawn icon, row by row
                name = line.split("=", 1)[0].split(":", 1)[0].strip()
                lines[name] = line
            if "WM_CLASS" in lines:
                return lines
        time.sleep(0.5)
    raise TimeoutError(f"no window of process {pid} on {display} within {timeout:.0f} s")
