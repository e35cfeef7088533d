"""Run a command on a system where some shared libraries are missing (tests only).

Usage, as root: ``python tests/hide_library.py SONAME[,SONAME...] -- COMMAND...``; it runs
itself again in a private mount namespace (``unshare --mount``), so nothing outside sees it.

Each system library folder holding one of the sonames is covered, for this namespace only,
by a folder of links to everything else in it: the dynamic loader then finds no such
library, exactly as on a computer where its package was never installed.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

LIBRARY_DIRS = ("/usr/lib/x86_64-linux-gnu", "/lib/x86_64-linux-gnu", "/usr/lib/aarch64-linux-gnu",
                "/usr/lib64", "/usr/lib")


def hide(sonames: set[str], work: Path) -> tuple[list[str], list[tuple[str, Path, Path]]]:
    hidden: list[str] = []
    mounts: list[tuple[str, Path, Path]] = []
    for number, folder in enumerate(dict.fromkeys(os.path.realpath(d) for d in LIBRARY_DIRS)):
        names = {entry.name for entry in os.scandir(folder)} if os.path.isdir(folder) else set()
        victims = {name for name in names
                   if any(name == s or name.startswith(s + ".") for s in sonames)}
        if not victims:
            continue
        original, links = work / f"original{number}", work / f"links{number}"
        original.mkdir()
        links.mkdir()
        subprocess.run(["mount", "--bind", folder, str(original)], check=True)
        for name in names - victims:
            (links / name).symlink_to(original / name)
        subprocess.run(["mount", "--bind", str(links), folder], check=True)
        mounts.append((folder, original, links))
        hidden += sorted(victims)
    return hidden, mounts


def undo(mounts: list[tuple[str, Path, Path]]) -> None:
    """Unmount, then remove the links and the empty mount points -- never a recursive delete:
    `original` shows the real library folder until it is unmounted."""
    for folder, original, links in reversed(mounts):
        subprocess.run(["umount", folder], check=True)
        subprocess.run(["umount", str(original)], check=True)
        for link in links.iterdir():
            link.unlink()
        links.rmdir()
        original.rmdir()


def main(argv: list[str]) -> int:
    if argv[:1] != ["--inside"]:
        return subprocess.run(["unshare", "--mount", "--propagation", "private",
                               sys.executable, __file__, "--inside", *argv]).returncode
    argv = argv[1:]
    # unshare replaced itself with this process: its parent is still outside.
    if os.readlink("/proc/self/ns/mnt") == os.readlink(f"/proc/{os.getppid()}/ns/mnt"):
        print("hide_library: not in a private mount namespace; nothing hidden", file=sys.stderr)
        return 98
    split = argv.index("--")
    sonames = set(argv[0].split(","))
    work = Path(tempfile.mkdtemp(prefix="regiestoel-hidden-libs-"))
    hidden, mounts = hide(sonames, work)
    try:
        if not hidden:
            print(f"hide_library: none of {sorted(sonames)} is installed", file=sys.stderr)
            return 97
        return subprocess.run(argv[split + 1:]).returncode
    finally:
        undo(mounts)
        work.rmdir()


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
