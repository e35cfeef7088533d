"""The system libraries a Linux build relies on: ELF reading, what is missing, Debian packages."""

from __future__ import annotations

import ctypes
import os
import struct
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

# Shared libraries every Linux desktop has, by soname, with the Debian 12 (and Ubuntu 22.04)
# package that provides each. The package does not bundle the build machine's copies of these
# (they would raise the glibc it needs, and clash with the desktop's own GTK and GLib); the
# .deb declares them, and `--self-test` names the package of one that is missing.
DEBIAN_PACKAGES: Mapping[str, str] = {
    # The C library itself: its version is the "glibc 2.35 or newer" of the README.
    **dict.fromkeys(("libc.so.6", "libm.so.6", "libpthread.so.0", "libdl.so.2", "librt.so.1",
                     "libresolv.so.2", "libutil.so.1", "ld-linux-x86-64.so.2",
                     "ld-linux-aarch64.so.1"), "libc6"),
    "libstdc++.so.6": "libstdc++6",
    "libgcc_s.so.1": "libgcc-s1",
    # Qt's own needs: OpenGL, fonts, GLib's event loop, D-Bus, compression.
    "libGL.so.1": "libgl1",
    "libEGL.so.1": "libegl1",
    "libOpenGL.so.0": "libopengl0",
    "libGLX.so.0": "libglx0",
    "libGLdispatch.so.0": "libglvnd0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libpng16.so.16": "libpng16-16",
    "libexpat.so.1": "libexpat1",
    "libbrotlidec.so.1": "libbrotli1",
    "libbrotlicommon.so.1": "libbrotli1",
    **dict.fromkeys(("libglib-2.0.so.0", "libgthread-2.0.so.0", "libgobject-2.0.so.0",
                     "libgio-2.0.so.0", "libgmodule-2.0.so.0"), "libglib2.0-0"),
    "libpcre2-8.so.0": "libpcre2-8-0",
    "libffi.so.8": "libffi8",
    "libdbus-1.so.3": "libdbus-1-3",
    "libsystemd.so.0": "libsystemd0",
    "libzstd.so.1": "libzstd1",
    "libz.so.1": "zlib1g",
    # The xcb platform plugin (X11).
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libXau.so.6": "libxau6",
    "libXdmcp.so.6": "libxdmcp6",
    "libbsd.so.0": "libbsd0",
    "libmd.so.0": "libmd0",
    "libxcb.so.1": "libxcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-glx.so.0": "libxcb-glx0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    # The wayland platform plugin.
    "libwayland-client.so.0": "libwayland-client0",
    "libwayland-cursor.so.0": "libwayland-cursor0",
    "libwayland-egl.so.1": "libwayland-egl1",
    # The GTK platform theme (native file dialogs on GNOME): used when GTK is there.
    **dict.fromkeys(("libgtk-3.so.0", "libgdk-3.so.0"), "libgtk-3-0"),
    "libgdk_pixbuf-2.0.so.0": "libgdk-pixbuf-2.0-0",
    "libpango-1.0.so.0": "libpango-1.0-0",
    "libpangocairo-1.0.so.0": "libpangocairo-1.0-0",
    "libpangoft2-1.0.so.0": "libpangoft2-1.0-0",
    "libharfbuzz.so.0": "libharfbuzz0b",
    "libatk-1.0.so.0": "libatk1.0-0",
    "libcairo.so.2": "libcairo2",
    "libcairo-gobject.so.2": "libcairo-gobject2",
}

_DT_NULL, _DT_NEEDED, _DT_RPATH, _DT_RUNPATH = 0, 1, 15, 29
_SHT_DYNAMIC = 6


@dataclass(frozen=True)
class DynamicSection:
    """What an ELF file asks of the dynamic loader: the libraries it needs, where to look."""

    needed: tuple[str, ...]
    search_path: tuple[str, ...]  # DT_RUNPATH (or DT_RPATH), with $ORIGIN still in it


def read_dynamic_section(path: Path) -> DynamicSection:
    """DT_NEEDED and DT_RUNPATH of an ELF file, read from its section headers (``strip``
    keeps them). Raises ValueError for a file that is not a dynamically linked ELF file."""
    data = path.read_bytes()
    if data[:4] != b"\x7fELF":
        raise ValueError(f"{path} is not an ELF file")
    wide, order = data[4] == 2, "<" if data[5] == 1 else ">"
    if wide:
        shoff, = struct.unpack_from(order + "Q", data, 0x28)
        shentsize, shnum = struct.unpack_from(order + "HH", data, 0x3A)
        section, entry = order + "IIQQQQIIQQ", order + "qQ"
    else:
        shoff, = struct.unpack_from(order + "I", data, 0x20)
        shentsize, shnum = struct.unpack_from(order + "HH", data, 0x2E)
        section, entry = order + "IIIIIIIIII", order + "iI"
    sections = [struct.unpack_from(section, data, shoff + i * shentsize) for i in range(shnum)]
    for _name, kind, _flags, _addr, offset, size, link, *_rest in sections:
        if kind != _SHT_DYNAMIC:
            continue
        strings_at = sections[link][4]
        needed: list[str] = []
        runpath: list[str] = []
        rpath: list[str] = []
        step = struct.calcsize(entry)
        for at in range(offset, offset + size, step):
            tag, value = struct.unpack_from(entry, data, at)
            if tag == _DT_NULL:
                break
            if tag == _DT_NEEDED:
                needed.append(_string(data, strings_at + value))
            elif tag == _DT_RUNPATH:
                runpath += _string(data, strings_at + value).split(":")
            elif tag == _DT_RPATH:
                rpath += _string(data, strings_at + value).split(":")
        return DynamicSection(tuple(needed), tuple(p for p in runpath or rpath if p))
    raise ValueError(f"{path} has no dynamic section (a static or stripped-bare file)")


def _string(data: bytes, at: int) -> str:
    return data[at:data.index(b"\0", at)].decode("utf-8", "replace")


def is_elf(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(4) == b"\x7fELF"
    except OSError:
        return False


@dataclass(frozen=True)
class MissingLibrary:
    soname: str
    package: str | None  # the Debian package that provides it, when known

    def describe(self) -> str:
        if self.package:
            return f"{self.soname} (Debian package {self.package})"
        return f"{self.soname} (Debian package unknown; `apt-file search {self.soname}`)"


def _local_copy(name: str, owner: Path, extra_dirs: Sequence[Path]) -> Path | None:
    """The copy of `name` that comes with the program: next to the library that needs it, in
    its RUNPATH, or in one of the program's own library folders."""
    origin = str(owner.parent)
    folders = [Path(entry.replace("$ORIGIN", origin).replace("${ORIGIN}", origin))
               for entry in read_dynamic_section(owner).search_path]
    for folder in (*folders, *extra_dirs):
        candidate = folder / name
        if candidate.is_file():
            return candidate
    return None


def _load_problem(name: str) -> str | None:
    """None when the dynamic loader loads `name` (and what it needs), else the soname of the
    library it could not find, taken from the loader's message."""
    try:
        ctypes.CDLL(name)
    except OSError as exc:
        culprit = str(exc).split(":", 1)[0].strip()
        return Path(culprit).name if culprit.startswith(("lib", "ld-", "/")) else name
    return None


def missing_libraries(binary: Path, program_dirs: Iterable[Path] = ()) -> list[MissingLibrary]:
    """The system libraries `binary` needs -- itself or through the program's own libraries
    it needs -- that this system cannot load, each with the Debian package to install."""
    extra = [Path(p) for p in program_dirs]
    extra += [Path(p) for p in os.environ.get("LD_LIBRARY_PATH", "").split(os.pathsep) if p]
    seen: set[str] = set()
    missing: dict[str, MissingLibrary] = {}
    queue = [binary]
    while queue:
        owner = queue.pop()
        for name in read_dynamic_section(owner).needed:
            if name in seen:
                continue
            seen.add(name)
            local = _local_copy(name, owner, extra)
            if local is not None:
                queue.append(local)
                continue
            problem = _load_problem(name)
            if problem is not None and problem not in missing:
                missing[problem] = MissingLibrary(problem, DEBIAN_PACKAGES.get(problem))
    return sorted(missing.values(), key=lambda item: item.soname)


def qt_platform_candidates(environ: Mapping[str, str]) -> list[str]:
    """The Qt platform plugins Qt will try on Linux, in order: QT_QPA_PLATFORM's list
    ("wayland;xcb", options after ':' dropped), else wayland in a Wayland session and xcb
    everywhere else (as QGuiApplication decides)."""
    chosen = [part.split(":", 1)[0].strip() for part in
              environ.get("QT_QPA_PLATFORM", "").split(";")]
    chosen = [name for name in chosen if name]
    if chosen:
        return chosen
    if environ.get("XDG_SESSION_TYPE", "").lower() == "wayland":
        return ["wayland"]
    return ["xcb"]
