"""The .deb: where it puts things and what it declares (CI installs and purges it for real)."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from app import APP_ID, __version__
from app.system_libraries import DEBIAN_PACKAGES, missing_libraries, read_dynamic_section
from tests.packaging.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def _field(deb: Path, name: str) -> str:
    return subprocess.run(["dpkg-deb", "-f", str(deb), name], capture_output=True, text=True,
                          check=True).stdout.strip()


def _contents(deb: Path) -> dict[str, str]:
    """Path -> link target ('' for files and folders)."""
    listing = subprocess.run(["dpkg-deb", "-c", str(deb)], capture_output=True, text=True,
                             check=True).stdout
    found = {}
    for line in listing.splitlines():
        name = line.split(None, 5)[5]
        path, _, target = name.partition(" -> ")
        found[path.removeprefix(".")] = target
    return found


def test_the_deb_puts_the_program_in_opt_with_links_a_menu_entry_and_icons(deb: Path):
    contents = _contents(deb)
    for program in ("regiestoel", "regiestoel-admin"):
        assert f"/opt/regiestoel/{program}" in contents
        assert contents[f"/usr/bin/{program}"] == f"/opt/regiestoel/{program}"
    assert f"/usr/share/applications/{APP_ID}.desktop" in contents
    assert f"/usr/share/metainfo/{APP_ID}.metainfo.xml" in contents
    for size in (16, 22, 24, 32, 48, 64, 128, 256, 512):
        assert f"/usr/share/icons/hicolor/{size}x{size}/apps/{APP_ID}.png" in contents
    assert f"/usr/share/icons/hicolor/scalable/apps/{APP_ID}.svg" in contents
    assert "/usr/share/doc/regiestoel/copyright" in contents
    # Everything else stays under /opt/regiestoel: purging it leaves nothing behind.
    outside = {p for p in contents if not p.startswith(("/opt/regiestoel/", "/usr/share/"))}
    assert outside <= {"/", "/opt/", "/usr/", "/usr/bin/", "/usr/share/",
                       "/usr/bin/regiestoel", "/usr/bin/regiestoel-admin"}, outside


def test_the_deb_is_this_version_for_this_machine(deb: Path):
    assert _field(deb, "Package") == "regiestoel"
    assert _field(deb, "Version") == __version__
    architecture = subprocess.run(["dpkg", "--print-architecture"], capture_output=True,
                                  text=True, check=True).stdout.strip()
    assert _field(deb, "Architecture") == architecture
    assert deb.name == f"regiestoel_{__version__}_{architecture}.deb"


def test_the_deb_declares_every_library_the_xcb_plugin_needs(deb: Path, package: Path):
    depends = {re.sub(r"\s*\(.*\)", "", part.strip())
               for part in _field(deb, "Depends").split(",")}
    plugin = package / "_internal" / "PySide6" / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    needed = set(read_dynamic_section(plugin).needed)
    xcb = {DEBIAN_PACKAGES[name] for name in needed if name in DEBIAN_PACKAGES}
    assert {"libxcb-cursor0", "libxkbcommon-x11-0", "libxcb-icccm4", "libx11-xcb1"} <= xcb
    assert xcb <= depends, xcb - depends
    # ...and this machine, which has them all, finds nothing missing for the plugin.
    assert missing_libraries(plugin, [plugin.parents[2] / "lib", package / "_internal"]) == []


def test_the_deb_asks_for_the_glibc_the_readme_claims(deb: Path):
    claim = re.search(r"glibc (\d+\.\d+) or newer", README)
    assert claim
    glibc = re.search(r"libc6 \(>= ([0-9.]+)\)", _field(deb, "Depends"))
    assert glibc, _field(deb, "Depends")
    assert tuple(map(int, glibc.group(1).split("."))) <= tuple(map(int, claim.group(1).split(".")))


def test_gtk_is_recommended_not_required(deb: Path):
    """Only the GTK platform theme (native dialogs on GNOME) uses it; Qt does without."""
    assert "libgtk-3-0" in _field(deb, "Recommends")
    assert "libgtk-3-0" not in _field(deb, "Depends")
