"""Build dist/regiestoel_<version>_<arch>.deb from the one-folder program, with dpkg-deb.

/opt/regiestoel holds dist/regiestoel/ as it is; /usr/bin/regiestoel and regiestoel-admin
link to its two programs; the menu entry, the AppStream data and the icons go where the
desktop looks for them (Debian's triggers refresh the menu and icon caches, so the package
needs no scripts). Depends lists the Debian packages of every system library the bundled
files need and do not bring (app.system_libraries.DEBIAN_PACKAGES), libc6 at the highest
glibc version they ask for; an unknown library stops the build.

Run with the project's Python: ``.venv/bin/python build/deb.py`` (``make deb`` does).
"""

from __future__ import annotations

import os
import re
import shutil
import stat
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app import APP_ID, __version__  # noqa: E402
from app.system_libraries import DEBIAN_PACKAGES, is_elf, read_dynamic_section  # noqa: E402

BUNDLE = ROOT / "dist" / "regiestoel"
STAGING = ROOT / ".pyinstaller" / "deb"
LINUX_FILES = ROOT / "build" / "linux"
ICONS = ROOT / "resources" / "icons"
PROGRAMS = ("regiestoel", "regiestoel-admin")
INSTALL_DIR = "opt/regiestoel"
# Libraries only a plugin Qt can do without needs: recommended, not required (the GTK
# platform theme: native dialogs on GNOME; without GTK Qt uses its own).
OPTIONAL = ("PySide6/Qt/plugins/platformthemes/libqgtk3.so",)
# GLIBCXX symbol version -> the libstdc++6 (GCC) release that brought it.
GLIBCXX_RELEASES = {"3.4.28": "10", "3.4.29": "11", "3.4.30": "12", "3.4.31": "13",
                    "3.4.32": "14", "3.4.33": "14"}
DESCRIPTION = """\
workplace learning in the professional's own hands
 Regiestoel lets a small organisation without an HR department run workplace
 learning: professionals write their own development question, learn in working
 time in small learning groups they choose themselves, on situations from their
 own work, and give account together with their manager twice a year.
 .
 Dutch first, English second. Everything stays on this computer, or on the
 organisation's own PostgreSQL server. The package holds the desktop program and
 the admin commands (regiestoel-admin)."""
MAINTAINER = os.environ.get("DEB_MAINTAINER", "The Regiestoel project <info@regiestoel.nl>")


def _version_key(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in version.split("."))


def symbol_versions(files: list[Path], prefix: str) -> list[str]:
    """Every `prefix`_x.y version the files ask of the system (objdump -T, as a test does)."""
    found: set[str] = set()
    for chunk in range(0, len(files), 200):
        shown = subprocess.run(["objdump", "-T", *map(str, files[chunk:chunk + 200])],
                               capture_output=True, text=True, check=False).stdout
        found.update(re.findall(rf"\b{prefix}_([0-9]+(?:\.[0-9]+)+)\b", shown))
    return sorted(found, key=_version_key)


def system_needs(bundle: Path) -> tuple[dict[str, set[str]], list[Path]]:
    """soname -> the bundled files that need it, for every library the bundle lacks."""
    elves = [path for path in sorted(bundle.rglob("*"))
             if path.is_file() and not path.is_symlink() and is_elf(path)]
    present = {path.name for path in bundle.rglob("*")}
    needs: dict[str, set[str]] = {}
    for path in elves:
        try:
            needed = read_dynamic_section(path).needed
        except ValueError:
            continue  # a static file: needs nothing
        for name in needed:
            if name not in present:
                needs.setdefault(name, set()).add(str(path.relative_to(bundle)))
    return needs, elves


def dependencies(bundle: Path) -> tuple[list[str], list[str]]:
    """Depends and Recommends of the package."""
    needs, elves = system_needs(bundle)
    unknown = sorted(name for name in needs if name not in DEBIAN_PACKAGES)
    if unknown:
        raise SystemExit("deb.py: no Debian package known for " + ", ".join(
            f"{name} (needed by {sorted(needs[name])[0]})" for name in unknown) +
            "; add it to app/system_libraries.py DEBIAN_PACKAGES")
    required: set[str] = set()
    recommended: set[str] = set()
    for name, users in needs.items():
        package = DEBIAN_PACKAGES[name]
        optional = all(user.replace(os.sep, "/").endswith(OPTIONAL) for user in users)
        (recommended if optional else required).add(package)
    glibc = symbol_versions(elves, "GLIBC")
    depends = {package: package for package in required}
    if glibc:
        depends["libc6"] = f"libc6 (>= {glibc[-1]})"
    glibcxx = symbol_versions(elves, "GLIBCXX")
    if glibcxx and "libstdc++6" in depends:
        release = GLIBCXX_RELEASES.get(glibcxx[-1])
        if release:
            depends["libstdc++6"] = f"libstdc++6 (>= {release})"
    return sorted(depends.values()), sorted(recommended - required)


def _normalise_modes(tree: Path) -> None:
    """Directories 755, files 644 or 755 (owner root through --root-owner-group)."""
    for path in [tree, *tree.rglob("*")]:
        if path.is_symlink():
            continue
        mode = path.stat().st_mode
        executable = path.is_dir() or mode & (stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
        path.chmod(0o755 if executable else 0o644)


def _copyright() -> str:
    return (
        "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n"
        "Upstream-Name: Regiestoel\n"
        "Comment: The components bundled in /opt/regiestoel, with their own licences, are\n"
        " listed in Regiestoel's About dialog; their licence texts are in\n"
        " /opt/regiestoel/licenses/.\n\n"
        "Files: *\n"
        "Copyright: The Regiestoel project\n"
        "License: GPL-3+\n"
        " This program is free software: you can redistribute it and/or modify it under\n"
        " the terms of the GNU General Public License as published by the Free Software\n"
        " Foundation, either version 3 of the License, or (at your option) any later\n"
        " version.\n"
        " .\n"
        " On Debian systems, the complete text of the GNU General Public License version\n"
        " 3 can be found in /usr/share/common-licenses/GPL-3.\n")


def stage(bundle: Path, target: Path) -> None:
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(bundle, target / INSTALL_DIR, symlinks=True)
    (target / "usr" / "bin").mkdir(parents=True)
    for program in PROGRAMS:
        (target / "usr" / "bin" / program).symlink_to(f"/{INSTALL_DIR}/{program}")
    share = target / "usr" / "share"
    (share / "applications").mkdir(parents=True)
    shutil.copyfile(LINUX_FILES / f"{APP_ID}.desktop", share / "applications" / f"{APP_ID}.desktop")
    (share / "metainfo").mkdir(parents=True)
    shutil.copyfile(LINUX_FILES / f"{APP_ID}.metainfo.xml",
                    share / "metainfo" / f"{APP_ID}.metainfo.xml")
    hicolor = share / "icons" / "hicolor"
    for png in sorted(ICONS.glob("regiestoel-*.png")):
        size = png.stem.rsplit("-", 1)[1]
        (hicolor / f"{size}x{size}" / "apps").mkdir(parents=True)
        shutil.copyfile(png, hicolor / f"{size}x{size}" / "apps" / f"{APP_ID}.png")
    (hicolor / "scalable" / "apps").mkdir(parents=True)
    shutil.copyfile(ICONS / "regiestoel.svg", hicolor / "scalable" / "apps" / f"{APP_ID}.svg")
    (share / "doc" / "regiestoel").mkdir(parents=True)
    (share / "doc" / "regiestoel" / "copyright").write_text(_copyright(), encoding="utf-8")


def control(target: Path, architecture: str, depends: list[str], recommends: list[str]) -> str:
    size_kib = sum(p.lstat().st_size for p in target.rglob("*") if not p.is_dir()) // 1024
    lines = [
        "Package: regiestoel",
        f"Version: {__version__}",
        f"Architecture: {architecture}",
        f"Maintainer: {MAINTAINER}",
        f"Installed-Size: {size_kib}",
        f"Depends: {', '.join(depends)}",
        *([f"Recommends: {', '.join(recommends)}"] if recommends else []),
        "Section: misc",
        "Priority: optional",
        "Homepage: https://regiestoel.nl/",
        f"Description: {DESCRIPTION}",
    ]
    return "\n".join(lines) + "\n"


def main() -> int:
    if not (BUNDLE / "regiestoel").is_file() or not (BUNDLE / "regiestoel-admin").is_file():
        print(f"deb.py: {BUNDLE} is not built; run 'make package' first", file=sys.stderr)
        return 1
    for tool in ("dpkg-deb", "dpkg", "objdump"):
        if not shutil.which(tool):
            print(f"deb.py: {tool} is missing (Debian: apt install dpkg binutils)",
                  file=sys.stderr)
            return 1
    architecture = subprocess.run(["dpkg", "--print-architecture"], capture_output=True,
                                  text=True, check=True).stdout.strip()
    depends, recommends = dependencies(BUNDLE)
    name = f"regiestoel_{__version__}_{architecture}"
    target = STAGING / name
    stage(BUNDLE, target)
    (target / "DEBIAN").mkdir()
    (target / "DEBIAN" / "control").write_text(
        control(target, architecture, depends, recommends), encoding="utf-8")
    _normalise_modes(target)
    output = ROOT / "dist" / f"{name}.deb"
    # zstd: 4 s here for 93 MB, where xz took 6 minutes for 73 MB and gzip 100 s for 99 MB;
    # dpkg reads it since Debian 12 and Ubuntu 21.10.
    subprocess.run(["dpkg-deb", "--root-owner-group", "-Zzstd", "--build", str(target),
                    str(output)], check=True, stdout=subprocess.DEVNULL)
    shutil.rmtree(target)
    print(f"deb.py: built {output.relative_to(ROOT)} "
          f"({output.stat().st_size / 1e6:.0f} MB; Depends: {', '.join(depends)})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
