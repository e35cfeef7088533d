"""Recognise a data folder on a network file system, where SQLite's locking is not safe."""

from __future__ import annotations

import os
import sys
from pathlib import Path, PureWindowsPath

from app.paths import Location
from models.errors import StorageError

PROC_MOUNTS = Path("/proc/mounts")

NETWORK_FS_TYPES = frozenset({
    "nfs", "nfs4", "cifs", "smb3", "smbfs", "sshfs", "fuse.sshfs", "9p", "afs", "ceph",
    "fuse.ceph", "glusterfs", "fuse.glusterfs", "davfs", "fuse.davfs", "fuse.davfs2",
})

DRIVE_REMOTE = 4


def _unescape_mount_field(field: str) -> str:
    # /proc/mounts writes space, tab, newline and backslash as octal escapes (\040 ...).
    out: list[str] = []
    i = 0
    while i < len(field):
        if field[i] == "\\" and i + 4 <= len(field) and field[i + 1:i + 4].isdigit():
            out.append(chr(int(field[i + 1:i + 4], 8)))
            i += 4
        else:
            out.append(field[i])
            i += 1
    return "".join(out)


def mount_fs_type(path: Path, mounts_text: str) -> str | None:
    """The file system type of the mount holding ``path`` (the longest matching mount)."""
    best: tuple[int, str] | None = None
    target = str(path)
    for line in mounts_text.splitlines():
        parts = line.split()
        if len(parts) < 3:
            continue
        mount_point = _unescape_mount_field(parts[1])
        prefix = mount_point.rstrip("/") + "/"
        if not (target == mount_point or target.startswith(prefix)):
            continue
        # Later lines win on equal length: a mount on top hides the one beneath.
        if best is None or len(mount_point) >= best[0]:
            best = (len(mount_point), parts[2])
    return best[1] if best else None


def _real_path(path: Path) -> Path:
    """Absolute, with symlinks of the existing part resolved (a new folder is not made yet)."""
    path = Path(os.path.abspath(path))
    try:
        return path.resolve()
    except OSError:
        return path


def _windows_is_network(path: Path) -> bool:
    text = str(path)
    if text.startswith(("\\\\?\\UNC\\", "//")) or (
        text.startswith("\\\\") and not text.startswith(("\\\\?\\", "\\\\.\\"))
    ):
        return True
    drive = PureWindowsPath(text).drive
    if not drive or len(drive) != 2:
        return False
    try:
        import ctypes

        windll = getattr(ctypes, "windll", None)
        if windll is None:
            return False
        return bool(windll.kernel32.GetDriveTypeW(f"{drive}\\") == DRIVE_REMOTE)
    except (OSError, AttributeError):
        return False


def is_network_folder(path: str | os.PathLike[str], mounts_file: Path | None = None) -> bool:
    """True when ``path`` lies on a network share (NFS, SMB, sshfs, ...)."""
    if sys.platform == "win32" and mounts_file is None:
        return _windows_is_network(Path(path))
    if mounts_file is None:
        if not sys.platform.startswith("linux"):
            return False  # macOS and others: no cheap, reliable check; allow
        mounts_file = PROC_MOUNTS
    try:
        text = mounts_file.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False
    fs_type = mount_fs_type(_real_path(Path(path)), text)
    return fs_type is not None and fs_type.lower() in NETWORK_FS_TYPES


def check_local(location: Location, *, mounts_file: Path | None = None) -> None:
    """Refuse a SQLite data folder on a network share; a database server is fine anywhere."""
    if not location.is_sqlite_file:
        return
    if is_network_folder(location.data_dir, mounts_file):
        raise StorageError("network_folder", path=str(location.data_dir))
