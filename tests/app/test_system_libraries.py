"""The system libraries of the Linux build: ELF reading, missing libraries, Debian packages."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from app.system_libraries import (
    DEBIAN_PACKAGES,
    MissingLibrary,
    missing_libraries,
    qt_platform_candidates,
    read_dynamic_section,
)

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ELF is Linux's")


def _qt_plugin(kind: str, name: str) -> Path:
    import PySide6

    return Path(PySide6.__file__).parent / "Qt" / "plugins" / kind / name


def test_the_xcb_plugin_needs_the_x11_libraries_and_finds_qt_next_to_it():
    section = read_dynamic_section(_qt_plugin("platforms", "libqxcb.so"))
    assert {"libQt6XcbQpa.so.6", "libxcb-cursor.so.0", "libxkbcommon-x11.so.0",
            "libX11.so.6", "libc.so.6"} <= set(section.needed)
    assert any("$ORIGIN" in entry for entry in section.search_path)


def test_a_file_that_is_not_elf_is_refused(tmp_path: Path):
    text = tmp_path / "libfake.so.1"
    text.write_text("not a library", encoding="utf-8")
    with pytest.raises(ValueError, match="not an ELF file"):
        read_dynamic_section(text)


def test_the_offscreen_plugin_this_suite_runs_on_misses_nothing():
    assert missing_libraries(_qt_plugin("platforms", "libqoffscreen.so")) == []


def test_a_library_nobody_has_is_reported_with_what_the_loader_said(tmp_path: Path):
    """A copy of a real plugin, its libQt6XcbQpa dependency renamed to a library that exists
    nowhere: the one missing name is reported, without a Debian package to offer."""
    plugin = _qt_plugin("platforms", "libqxcb.so")
    data = plugin.read_bytes()
    assert data.count(b"libQt6XcbQpa.so.6\0") == 1
    copy = tmp_path / "libqxcb.so"
    copy.write_bytes(data.replace(b"libQt6XcbQpa.so.6\0", b"libQt6XcbQpz.so.6\0"))
    missing = missing_libraries(copy, [plugin.parent.parent.parent / "lib"])
    assert missing == [MissingLibrary("libQt6XcbQpz.so.6", None)]
    assert missing[0].describe() == ("libQt6XcbQpz.so.6 (Debian package unknown; "
                                     "`apt-file search libQt6XcbQpz.so.6`)")


@pytest.mark.parametrize(("environ", "expected"), [
    ({}, ["xcb"]),
    ({"XDG_SESSION_TYPE": "x11"}, ["xcb"]),
    ({"XDG_SESSION_TYPE": "wayland"}, ["wayland"]),
    ({"QT_QPA_PLATFORM": "offscreen", "XDG_SESSION_TYPE": "wayland"}, ["offscreen"]),
    ({"QT_QPA_PLATFORM": "wayland;xcb"}, ["wayland", "xcb"]),
    ({"QT_QPA_PLATFORM": "xcb:dpi=96"}, ["xcb"]),
    ({"QT_QPA_PLATFORM": " "}, ["xcb"]),
])
def test_the_platform_qt_will_load(environ: dict[str, str], expected: list[str]):
    assert qt_platform_candidates(environ) == expected


def _owners(sonames) -> dict[str, str]:
    """soname -> the Debian package dpkg says installed it (one dpkg call for all)."""
    candidates: dict[str, str] = {}
    for soname in sonames:
        for folder in ("/usr/lib/x86_64-linux-gnu", "/lib/x86_64-linux-gnu", "/usr/lib64"):
            path = Path(folder) / soname
            if path.exists():  # dpkg knows the name under /lib or /usr/lib (merged /usr)
                for name in {str(path), str(path.resolve())}:
                    candidates[name] = soname
                    candidates[name.replace("/usr/lib/", "/lib/", 1)] = soname
    found = subprocess.run(["dpkg", "-S", *candidates], capture_output=True, text=True)
    owners = {}
    for line in found.stdout.splitlines():
        package, _, path = line.partition(": ")
        if path in candidates:
            owners[candidates[path]] = package.split(":", 1)[0]
    return owners


@pytest.mark.skipif(not shutil.which("dpkg"), reason="needs a Debian system")
def test_every_debian_package_named_is_the_one_that_really_provides_the_library():
    owners = _owners(DEBIAN_PACKAGES)  # some are not installed here (arm64's loader)
    for soname, owner in owners.items():
        assert owner == DEBIAN_PACKAGES[soname], soname
    assert len(owners) >= len(DEBIAN_PACKAGES) * 3 // 4
