"""What the one-folder package holds: parts left out, system libraries left to the system,
and which component (with its licence) every bundled file belongs to. Used by regiestoel.spec.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
from collections import defaultdict
from importlib import metadata
from pathlib import Path

from app.components import (
    MATERIAL_DESIGN_FONT,
    MATERIAL_DESIGN_ICONS,
    Component,
    canonical_name,
    is_shared_library,
    native_component,
    python_component,
    runtime_versions,
)
from app.system_libraries import DEBIAN_PACKAGES

LINUX = sys.platform.startswith("linux")
SYSTEM_LIBRARY_DIRS = ("/lib", "/lib64", "/usr/lib", "/usr/lib64", "/usr/local/lib")

# Qt parts the program never loads. Libraries by name (after "lib"), plugins by folder.
UNUSED_QT_LIBRARIES = ("Qt6Quick", "Qt6Qml", "Qt6Pdf", "Qt6WebEngine", "Qt6Multimedia",
                       "Qt63D", "Qt6VirtualKeyboard", "Qt6Location", "Qt6Positioning",
                       "Qt6Sensors", "Qt6Network", "Qt6EglFSDeviceIntegration",
                       "Qt6EglFsKmsSupport")
UNUSED_QT_PLUGINS = (
    "/plugins/qmltooling/", "/plugins/multimedia/", "/plugins/sqldrivers/", "/plugins/position/",
    "/plugins/sensors/", "/plugins/virtualkeyboard/", "/plugins/generic/",
    "/plugins/egldeviceintegrations/", "/plugins/networkinformation/", "/plugins/tls/",
    "/plugins/platforminputcontexts/libqtvirtualkeyboard",
    # Embedded-device and remote platforms; a desktop uses xcb, wayland (offscreen for tests).
    "/plugins/platforms/libqeglfs", "/plugins/platforms/libqlinuxfb",
    "/plugins/platforms/libqminimalegl", "/plugins/platforms/libqvnc",
    "/plugins/platforms/libqvkkhrdisplay",
)
# Image formats: the icons are SVG (PNG, BMP and XPM are built into Qt).
WANTED_IMAGE_FORMATS = ("qsvg",)
QT_LANGUAGES = ("nl", "en")


def _posix(dest: str) -> str:
    return dest.replace("\\", "/")


def qt_part_wanted(dest: str) -> bool:
    """False for a Qt library, plugin or translation the program never loads."""
    dest = _posix(dest)
    name = dest.rsplit("/", 1)[-1]
    if name.removeprefix("lib").startswith(UNUSED_QT_LIBRARIES):
        return False
    if any(part in dest for part in UNUSED_QT_PLUGINS):
        return False
    if "/plugins/imageformats/" in dest:
        stem = name.removeprefix("lib").split(".", 1)[0]
        return stem.startswith(WANTED_IMAGE_FORMATS)
    if dest.startswith("PySide6/") and "/translations/" in dest:  # Qt/translations on Linux
        # qtbase_nl.qm and qt_nl.qm: the stock buttons and dialogs in Dutch; not qt_help_*.
        return name.startswith(("qt_", "qtbase_")) and not name.startswith("qt_help_") and \
            name.endswith(tuple(f"_{lang}.qm" for lang in QT_LANGUAGES))
    return True


def is_system_library(source: str) -> bool:
    real = os.path.realpath(source)
    return any(real.startswith(folder + "/") for folder in SYSTEM_LIBRARY_DIRS)


def left_to_system(dest: str, source: str) -> bool:
    """A desktop library (libstdc++, GLib, GTK, X11, xcb, fontconfig...) copied from the build
    machine: left out, so the package needs no newer glibc than the libraries it really
    brings, and loads the desktop's own GTK and GLib. The .deb declares these; --self-test
    names any that is missing."""
    return LINUX and is_system_library(source) and _posix(dest).rsplit("/", 1)[-1] in \
        DEBIAN_PACKAGES


def prune_orphans(entries: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """Drop system libraries that nothing kept needs any more: PyInstaller collected them
    for libraries now left to the system (libXi for GTK, libgcrypt for libsystemd...)."""
    from app.system_libraries import is_elf, read_dynamic_section

    kept = list(entries)
    while True:
        needed: set[str] = set()
        for _dest, source, _kind in kept:
            if is_elf(Path(source)):
                with contextlib.suppress(ValueError):
                    needed.update(read_dynamic_section(Path(source)).needed)
        orphans = [entry for entry in kept if is_system_library(entry[1])
                   and _posix(entry[0]).rsplit("/", 1)[-1] not in needed]
        if not orphans:
            return kept
        kept = [entry for entry in kept if entry not in orphans]


# ---------------------------------------------------------------------------------------------
# Which component every bundled file belongs to.

def _owner_index() -> dict[str, metadata.Distribution]:
    """Every installed file (real path) -> its distribution."""
    owners: dict[str, metadata.Distribution] = {}
    for dist in metadata.distributions():
        for file in dist.files or ():
            owners.setdefault(os.path.realpath(dist.locate_file(file)), dist)
    return owners


class Attribution:
    """Components found in a build's tables of contents, with the files each accounts for."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.owners = _owner_index()
        self.versions = runtime_versions()
        self.components: dict[str, Component] = {}
        self.files: dict[str, list[str]] = defaultdict(list)
        self.distributions: dict[str, metadata.Distribution] = {}
        self.unknown: list[str] = []
        self.top_level = metadata.packages_distributions()
        self.python_dirs = [os.path.realpath(sys.base_prefix),
                            os.path.realpath(os.path.dirname(os.__file__))]

    def _add(self, component: Component, dest: str | None) -> None:
        self.components.setdefault(component.name, component)
        if dest is not None:
            self.files[component.name].append(_posix(dest))

    def _python(self) -> Component:
        return Component("Python", self.versions["Python"], "PSF-2.0")

    def add_file(self, dest: str, source: str, *, binary: bool) -> None:
        """Account for one bundled file; binaries are listed under their component."""
        real = os.path.realpath(source)
        name = _posix(dest).rsplit("/", 1)[-1]
        dist = self.owners.get(real)
        owner = canonical_name(dist.metadata["Name"]) if dist is not None else ""
        if owner == "pyinstaller":  # its loader modules and hooks: part of the bootloader
            self._add(self._bootloader(), dest if binary else None)
            return
        if owner == "regiestoel":  # Regiestoel's own metadata (the version number)
            return
        native = native_component(name, self.versions) if is_shared_library(name) else None
        if native is not None:
            self._add(native, dest)
        if dist is not None:
            self.distributions[dist.metadata["Name"]] = dist
            self._add(python_component(dist), dest if binary and native is None else None)
        if name == MATERIAL_DESIGN_FONT:
            self._add(MATERIAL_DESIGN_ICONS, dest)
        elif native is not None or dist is not None:
            pass
        elif real.startswith(str(self.root) + os.sep):
            pass  # Regiestoel's own code and resources
        elif any(real.startswith(folder + os.sep) for folder in self.python_dirs):
            self._add(self._python(), dest if binary else None)  # the standard library
        else:
            self.unknown.append(f"{_posix(dest)} ({source})")

    def add_module(self, name: str, source: str | None) -> None:
        top = name.split(".", 1)[0]
        if source and os.path.isfile(source):
            self.add_file(name, source, binary=False)
        elif top in sys.stdlib_module_names:
            self._add(self._python(), None)  # frozen or built into the interpreter
        elif top in self.top_level:  # a namespace package (jaraco): no file of its own
            for dist_name in self.top_level[top]:
                dist = metadata.distribution(dist_name)
                self.distributions[dist.metadata["Name"]] = dist
                self._add(python_component(dist), None)
        else:
            self.unknown.append(f"module {name} ({source})")

    def _bootloader(self) -> Component:
        return Component("PyInstaller bootloader", metadata.version("pyinstaller"),
                         "GPL-2.0-or-later WITH Bootloader-exception")

    def add_bootloader(self, executables: list[str]) -> None:
        for executable in executables:
            self._add(self._bootloader(), executable)


# ---------------------------------------------------------------------------------------------
# Licence notices, in licenses/ next to the executables.

LICENCE_WORDS = ("LICEN", "COPYING", "NOTICE", "AUTHORS", "COPYRIGHT")
# Licences whose full text is the same for everyone: kept in build/licences/ (copied from
# Debian's common-licenses; GPL-3 is LICENSE), so a Windows or macOS build carries them too.
STANDARD_TEXTS_DIR = Path(__file__).resolve().parent / "licences"
STANDARD_TEXTS = {"LGPL-3.0": ("LGPL-3", "GPL-3"), "GPL-3.0": ("GPL-3",),
                  "GPL-2.0": ("GPL-2",), "LGPL-2.1": ("LGPL-2.1",), "Apache-2.0": ("Apache-2.0",),
                  "MPL-2.0": ("MPL-2.0",)}


def _debian_copyright(library: str) -> Path | None:
    """The copyright file of the Debian package a system library came from."""
    if not shutil.which("dpkg"):
        return None
    for candidate in {library, os.path.realpath(library)}:
        found = subprocess.run(["dpkg", "-S", candidate], capture_output=True, text=True)
        if found.returncode == 0:
            package = found.stdout.split(":", 1)[0].strip()
            copyright_file = Path("/usr/share/doc") / package / "copyright"
            if copyright_file.is_file():
                return copyright_file
    return None


def copy_licences(target: Path, attribution: Attribution, system_sources: dict[str, str],
                  own_licence: Path) -> list[str]:
    """Every component's licence texts; returns the components that have none to copy."""
    target.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(own_licence, target / "Regiestoel-LICENSE.txt")
    without: list[str] = []
    for name, dist in attribution.distributions.items():
        folder = target / name
        for file in dist.files or ():
            inside = file.parts[1:] if ".dist-info" in file.parts[0] else ()
            if inside and any(word in part.upper() for part in inside for word in LICENCE_WORDS):
                source = Path(dist.locate_file(file))
                if source.is_file():
                    (folder / Path(*inside)).parent.mkdir(parents=True, exist_ok=True)
                    shutil.copyfile(source, folder / Path(*inside))
    for name, component in attribution.components.items():
        folder = target / name
        if folder.exists():
            continue
        texts = {_debian_copyright(system_sources[f]) for f in attribution.files.get(name, ())
                 if f in system_sources} - {None}
        for text in sorted(texts):  # type: ignore[type-var]
            folder.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(text, folder / f"copyright-{text.parent.name}")
        for spdx, texts in STANDARD_TEXTS.items():
            if component.licence.startswith(spdx):
                folder.mkdir(parents=True, exist_ok=True)
                for text in texts:
                    source = own_licence if text == "GPL-3" else STANDARD_TEXTS_DIR / f"{text}.txt"
                    shutil.copyfile(source, folder / f"{text}.txt")
        if name == "Python":
            for candidate in (Path(sys.base_prefix) / "lib" / f"python{sys.version_info[0]}."
                              f"{sys.version_info[1]}" / "LICENSE.txt",
                              Path(sys.base_prefix) / "LICENSE.txt"):
                if candidate.is_file():
                    folder.mkdir(parents=True, exist_ok=True)
                    shutil.copyfile(candidate, folder / "LICENSE.txt")
                    break
        if name == "Qt":
            folder.mkdir(parents=True, exist_ok=True)
            (folder / "README.txt").write_text(
                "Regiestoel uses Qt and Qt for Python (PySide6, shiboken6) under the GNU Lesser "
                "General Public License v3.0 (LGPL-3.0-only).\nThe Qt libraries are separate "
                "shared libraries in _internal/PySide6 and can be replaced by the user.\n"
                "Source code: https://download.qt.io/ and "
                "https://code.qt.io/cgit/pyside/pyside-setup.git/\n", encoding="utf-8")
        if not folder.exists():
            without.append(name)
            folder.mkdir(parents=True)
        (folder / "COMPONENT.txt").write_text(
            f"{component.name} {component.version}\nLicence (SPDX): {component.licence}\n",
            encoding="utf-8")
    return without
