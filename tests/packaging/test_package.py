"""The one-folder package as an owner gets it: two programs, what it needs of the system,
its size, the licences of everything in it, and its window on a real X server."""

from __future__ import annotations

import importlib.util
import os
import re
import subprocess
import sys
from importlib import metadata
from pathlib import Path

import pytest

from app import APP_ID
from app.components import OWN_DISTRIBUTION, canonical_name, requirement_closure
from app.system_libraries import DEBIAN_PACKAGES, read_dynamic_section
from tests.packaging.conftest import ROOT, package_env
from tests.test_self_test import CHECK_NAMES, HIDE_LIBRARY, needs_hiding
from tests.xserver import have_x_tools, virtual_display, window_properties

README = (ROOT / "README.md").read_text(encoding="utf-8")
MB = 1_000_000
SIZE_LIMIT_WITHOUT_AI = 180 * MB
# libstdc++ is the system's (not bundled): Ubuntu 22.04 has GCC 12's, Debian 12 GCC 12's.
GLIBCXX_CLAIM, CXXABI_CLAIM = "3.4.30", "1.3.13"


def _key(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in version.split("."))


def _highest(files: list[Path], prefix: str) -> tuple[str, list[str]]:
    """The highest `prefix`_x.y symbol version any file asks for (objdump -T), and who."""
    found: dict[str, set[str]] = {}
    for start in range(0, len(files), 200):
        batch = files[start:start + 200]
        shown = subprocess.run(["objdump", "-T", *map(str, batch)], capture_output=True,
                               text=True, check=True).stdout
        current = ""
        for line in shown.splitlines():
            if line.endswith("file format elf64-x86-64") or ":     file format" in line:
                current = line.split(":", 1)[0]
            for version in re.findall(rf"\b{prefix}_([0-9]+(?:\.[0-9]+)+)\b", line):
                found.setdefault(version, set()).add(current)
    top = max(found, key=_key)
    return top, sorted(found[top])


def _run(package: Path, program: str, *args: str, tmp_path: Path, **env: str):
    return subprocess.run([str(package / program), *args], capture_output=True, text=True,
                          env=package_env(tmp_path, **env), timeout=300)


# --- two programs, one folder ----------------------------------------------------------------

def test_both_programs_share_one_folder_of_libraries(package: Path):
    assert os.access(package / "regiestoel", os.X_OK)
    assert os.access(package / "regiestoel-admin", os.X_OK)
    assert [p.name for p in package.iterdir() if p.is_dir()] in (
        ["_internal", "licenses"], ["licenses", "_internal"])


def test_the_admin_commands_work_from_the_package(package: Path, tmp_path: Path):
    shown = _run(package, "regiestoel-admin", "--help", tmp_path=tmp_path)
    assert shown.returncode == 0 and shown.stdout.startswith("usage: regiestoel-admin")
    data = tmp_path / "data"
    made = _run(package, "regiestoel-admin", "--data-dir", str(data), "--lang", "en", "init",
                "--org", "Pakket", "--owner-name", "Olga", "--owner-email", "olga@example.org",
                tmp_path=tmp_path, REGIESTOEL_PASSWORD="pakket-wachtwoord")
    assert made.returncode == 0, made.stderr
    checked = _run(package, "regiestoel-admin", "--data-dir", str(data), "--lang", "en",
                   "check", tmp_path=tmp_path)
    assert checked.returncode == 0 and checked.stdout.startswith("ok: schema "), checked.stdout
    listed = _run(package, "regiestoel-admin", "--data-dir", str(data), "people", "list",
                  tmp_path=tmp_path)
    assert listed.stdout.split("\t")[1:3] == ["Olga", "olga@example.org"]


def _commands_the_screens_name() -> set[str]:
    named = set()
    for folder in ("ui", "resources/content"):
        for path in (ROOT / folder).rglob("*"):
            if path.suffix in (".py", ".json", ".txt") and path.is_file():
                named.update(re.findall(r"regiestoel-admin ([a-z][a-z-]*)",
                                        path.read_text(encoding="utf-8")))
    return named


def test_every_command_the_screens_name_is_in_the_package(package: Path, tmp_path: Path):
    named = _commands_the_screens_name()
    assert "restore" in named  # the restore advice (the database panel now moves by itself)
    for command in sorted(named):
        shown = _run(package, "regiestoel-admin", command, "--help", tmp_path=tmp_path)
        assert shown.returncode == 0, (command, shown.stderr)


def test_the_packaged_self_test_checks_the_plugin_a_real_start_loads(package: Path,
                                                                    tmp_path: Path):
    result = _run(package, "regiestoel", "--self-test", tmp_path=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert "ok   Qt platform libraries: xcb: every system library it needs is installed" in lines
    assert sum(line.startswith(("ok   ", "warn ")) for line in lines) == len(CHECK_NAMES)


@needs_hiding
def test_the_packaged_self_test_names_a_missing_xcb_library_and_its_package(package: Path,
                                                                           tmp_path: Path):
    result = subprocess.run(
        [sys.executable, str(HIDE_LIBRARY), "libxcb-icccm.so.4", "--",
         str(package / "regiestoel"), "--self-test"],
        env=package_env(tmp_path), capture_output=True, text=True, timeout=300)
    assert result.returncode == 1
    assert ("FAIL Qt platform libraries: RuntimeError: the xcb platform plugin cannot load, "
            "missing libxcb-icccm.so.4 (Debian package libxcb-icccm4); install with: sudo apt "
            "install libxcb-icccm4") in result.stdout.splitlines(), result.stdout


# --- what the package needs of the system ------------------------------------------------------

def test_no_bundled_file_needs_a_newer_glibc_than_the_readme_claims(elf_files: list[Path]):
    claim = re.search(r"glibc (\d+\.\d+) or newer", README)
    assert claim, "the README states the glibc the package needs"
    highest, who = _highest(elf_files, "GLIBC")
    assert _key(highest) <= _key(claim.group(1)), (highest, who)


def test_the_systems_libstdcxx_of_ubuntu_22_04_is_enough(elf_files: list[Path]):
    assert _key(_highest(elf_files, "GLIBCXX")[0]) <= _key(GLIBCXX_CLAIM)
    assert _key(_highest(elf_files, "CXXABI")[0]) <= _key(CXXABI_CLAIM)


def test_no_copy_of_a_desktop_library_is_bundled(package: Path):
    bundled = {path.name for path in package.rglob("*")}
    assert not bundled & set(DEBIAN_PACKAGES), sorted(bundled & set(DEBIAN_PACKAGES))
    for name in ("libstdc++.so.6", "libexpat.so.1", "libgtk-3.so.0", "libglib-2.0.so.0"):
        assert name not in bundled


def test_every_system_library_needed_is_one_the_deb_declares(package: Path,
                                                             elf_files: list[Path]):
    present = {path.name for path in package.rglob("*")}
    for path in elf_files:
        for name in read_dynamic_section(path).needed:
            assert name in present or name in DEBIAN_PACKAGES, (path, name)


def test_the_bundled_libraries_are_stripped(elf_files: list[Path]):
    """Debug symbols out; wheels' vendored .libs/ stay as auditwheel made them."""
    ours = [path for path in elf_files if ".libs" not in path.parent.name]
    shown = subprocess.run(["objdump", "-h", *map(str, ours)], capture_output=True, text=True,
                           check=True).stdout
    assert ".debug_info" not in shown and ".symtab" not in shown


# --- size --------------------------------------------------------------------------------------

def _size(paths) -> int:
    return sum(p.lstat().st_size for p in paths)


def _ai_share(package: Path, manifest: dict) -> int:
    """What the AI extra adds: the folders of the distributions only it brings (llama-cpp-
    python, numpy, ...) and the native libraries only they need."""
    names = {c["name"] for c in manifest["components"]}
    if "llama.cpp" not in names:
        return 0
    with_ai = {canonical_name(d.metadata["Name"]) for d in
               requirement_closure(OWN_DISTRIBUTION, ["ai"])}
    without = {canonical_name(d.metadata["Name"]) for d in requirement_closure(OWN_DISTRIBUTION)}
    tops = {top for top, dists in metadata.packages_distributions().items()
            if {canonical_name(d) for d in dists} & (with_ai - without)}
    files: set[Path] = set()
    for top in tops:
        for folder in (package / "_internal" / top, package / "_internal" / f"{top}.libs"):
            files.update(p for p in folder.rglob("*") if p.is_file())
    for component in manifest["components"]:
        if component["name"] in ("llama.cpp", "GCC runtime libraries"):
            files.update(package / "_internal" / f for f in component["files"])
    return _size(files)


def test_the_package_without_the_ai_extra_is_at_most_180_mb(package: Path, manifest: dict):
    total = _size(p for p in package.rglob("*") if not p.is_dir())
    ai = _ai_share(package, manifest)
    assert total - ai <= SIZE_LIMIT_WITHOUT_AI, (total / MB, ai / MB)
    print(f"package: {total / MB:.0f} MB, of which the AI extra {ai / MB:.0f} MB")


def test_no_qt_part_the_program_never_loads_is_bundled(package: Path):
    qt = package / "_internal" / "PySide6" / "Qt"
    plugins = {p.parent.name + "/" + p.name for p in (qt / "plugins").rglob("*.so")}
    assert not any(p.startswith(("generic/", "egldeviceintegrations/", "tls/",
                                 "networkinformation/", "sqldrivers/")) for p in plugins)
    assert {p for p in plugins if p.startswith("imageformats/")} == {"imageformats/libqsvg.so"}
    assert {"platforms/libqxcb.so", "platforms/libqwayland.so",
            "platforms/libqoffscreen.so"} <= plugins
    libraries = {p.name for p in (qt / "lib").iterdir()}
    assert not any(name.startswith(("libQt6Network", "libQt6Quick", "libQt6Qml", "libQt6Pdf"))
                   for name in libraries)
    assert sorted(p.name for p in (qt / "translations").iterdir()) == [
        "qt_en.qm", "qt_nl.qm", "qtbase_en.qm", "qtbase_nl.qm"]


# --- licences ----------------------------------------------------------------------------------

def test_every_bundled_library_belongs_to_a_listed_component(package: Path, manifest: dict,
                                                            elf_files: list[Path]):
    listed = {f for c in manifest["components"] for f in c["files"]}
    for path in elf_files:
        relative = path.relative_to(package)
        inside = str(relative.relative_to("_internal")) if relative.parts[0] == "_internal" \
            else str(relative)
        assert inside in listed, inside
    for component in manifest["components"]:
        assert component["licence"] and len(component["licence"]) <= 60, component


def _in_the_standard_library(top: str) -> bool:
    if top in sys.stdlib_module_names:
        return True
    spec = importlib.util.find_spec(top)  # _sysconfigdata_*, made when Python was built
    origin = os.path.realpath(spec.origin) if spec and spec.origin else ""
    return origin.startswith(os.path.realpath(sys.base_prefix)) and "-packages" not in origin


def test_every_bundled_python_package_belongs_to_a_listed_component(package: Path,
                                                                   manifest: dict):
    from PyInstaller.archive.readers import CArchiveReader

    names = {c["name"] for c in manifest["components"]}
    archive = CArchiveReader(str(package / "regiestoel"))
    modules = set(archive.open_embedded_archive("PYZ.pyz").toc)
    owners = metadata.packages_distributions()
    for top in sorted({name.split(".", 1)[0] for name in modules}):
        if top in ("app", "ui", "models"):
            continue
        if top.startswith(("pyimod", "_pyi")):  # PyInstaller's loader and runtime hooks
            assert "PyInstaller bootloader" in names
            continue
        if _in_the_standard_library(top):
            assert "Python" in names
            continue
        dists = owners.get(top)
        assert dists, f"module {top} belongs to no installed distribution"
        assert {metadata.distribution(d).metadata["Name"] for d in dists} & names, top


def test_the_licence_texts_are_next_to_the_programs(package: Path, manifest: dict):
    licences = package / "licenses"
    assert (licences / "Regiestoel-LICENSE.txt").read_text(encoding="utf-8") == (
        ROOT / "LICENSE").read_text(encoding="utf-8")
    for component in manifest["components"]:
        folder = licences / component["name"]
        assert folder.is_dir(), component["name"]
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in (licences / "Qt" / "LGPL-3.txt").read_text(
        encoding="utf-8")


# --- the window, as the desktop sees it ----------------------------------------------------------

@pytest.mark.skipif(not have_x_tools(), reason="needs Xvfb, xdotool and xprop")
def test_the_packaged_window_matches_the_menu_entry(package: Path, tmp_path: Path):
    with virtual_display() as display:
        program = subprocess.Popen(
            [str(package / "regiestoel"), "--data-dir", str(tmp_path / "data"),
             "--no-crash-dialog"], env=package_env(tmp_path, DISPLAY=display),
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            shown = window_properties(display, program.pid,
                                      ("WM_CLASS", "_GTK_APPLICATION_ID", "_NET_WM_ICON"))
        finally:
            program.terminate()
            program.wait(timeout=30)
    assert shown["WM_CLASS"] == 'WM_CLASS = "regiestoel", "Regiestoel"'
    assert shown["_GTK_APPLICATION_ID"] == f'_GTK_APPLICATION_ID = "{APP_ID}"'
    assert shown["_NET_WM_ICON"].startswith("_NET_WM_ICON = \tIcon (")
