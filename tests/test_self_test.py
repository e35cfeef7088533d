"""`regiestoel --self-test` (from the sources; CI runs the packaged one) and the packaging rules."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "build" / "regiestoel.spec"
PACKAGE_SH = ROOT / "build" / "package.sh"

CHECK_NAMES = ("database", "resources", "translations", "icons", "Qt platform libraries",
               "calendar", "search", "PostgreSQL driver", "keyring", "AI engine")
HIDE_LIBRARY = ROOT / "tests" / "hide_library.py"


def _self_test_env(tmp_path: Path, **changes: str) -> dict[str, str]:
    env = dict(os.environ)
    env.update(REGIESTOEL_CONFIG_DIR=str(tmp_path / "config"),
               # Never the real keychain in tests.
               PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring")
    for name in ("REGIESTOEL_DATA_DIR", "REGIESTOEL_DATABASE_URL", "QT_QPA_PLATFORM",
                 "XDG_SESSION_TYPE"):
        env.pop(name, None)
    env.update(changes)
    return env


def can_hide_libraries() -> bool:
    """Hiding a system library needs root and a private mount namespace (CI has both)."""
    if not sys.platform.startswith("linux") or os.geteuid() != 0 or not shutil.which("unshare"):
        return False
    probe = subprocess.run(["unshare", "--mount", "true"], capture_output=True)
    return probe.returncode == 0


needs_hiding = pytest.mark.skipif(not can_hide_libraries(),
                                  reason="hiding a system library needs root and unshare")


def test_self_test_passes_offscreen(tmp_path: Path):
    env = _self_test_env(tmp_path, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-m", "ui.main", "--self-test"], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=180)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    for name in CHECK_NAMES:
        if name != "keyring":
            assert any(line.startswith(f"ok   {name}: ") for line in lines), (name,
                                                                              result.stdout)
    assert "ok   AI engine: not bundled" in lines or any(
        line.startswith("ok   AI engine: imported app.ai with llama-cpp-python ")
        for line in lines)
    # A keyring that cannot keep secrets is no failure, and never "ok" either.
    assert any(line.startswith("warn keyring: keyring.backends.null.Keyring cannot keep "
                               "secrets") for line in lines), result.stdout
    if sys.platform.startswith("linux"):
        assert ("ok   Qt platform libraries: offscreen: every system library it needs is "
                "installed") in lines
    assert not any(line.startswith("FAIL") for line in lines)
    assert lines[-1] == "self-test passed"
    # Nothing of the user's: no data folder was made in the config folder either.
    assert not (tmp_path / "config").exists() or not any((tmp_path / "config").iterdir())


def test_self_test_fails_and_says_which_check(monkeypatch, capsys):
    from ui import self_test

    def broken() -> str:
        raise RuntimeError("no translations")

    monkeypatch.setattr(self_test, "CHECKS", (("translations", broken),
                                              ("AI engine", self_test._check_ai)))
    assert self_test.run_self_test() == 1
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "FAIL translations: RuntimeError: no translations"
    assert out[1].startswith("ok   AI engine: ")
    assert out[-1] == "self-test failed (1 of 2 checks)"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 is Linux's")
def test_self_test_checks_the_xcb_plugin_when_no_platform_is_chosen(tmp_path: Path):
    """Without QT_QPA_PLATFORM a real start loads xcb, so that is the plugin checked, while
    the self-test itself still needs no display."""
    result = subprocess.run([sys.executable, "-m", "ui.main", "--self-test"], cwd=ROOT,
                            env=_self_test_env(tmp_path, DISPLAY=":12345"),
                            capture_output=True, text=True, timeout=180)
    assert result.returncode == 0, result.stdout + result.stderr
    assert ("ok   Qt platform libraries: xcb: every system library it needs is installed"
            in result.stdout.splitlines())


@needs_hiding
def test_a_missing_xcb_library_fails_the_self_test_naming_its_debian_package(tmp_path: Path):
    """The attack: a laptop without libxcb-cursor0 (Qt's most missed library since 6.5)."""
    result = subprocess.run(
        [sys.executable, str(HIDE_LIBRARY), "libxcb-cursor.so.0,libxkbcommon-x11.so.0", "--",
         sys.executable, "-m", "ui.main", "--self-test"],
        cwd=ROOT, env=_self_test_env(tmp_path), capture_output=True, text=True, timeout=180)
    assert result.returncode == 1, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert ("FAIL Qt platform libraries: RuntimeError: the xcb platform plugin cannot load, "
            "missing libxcb-cursor.so.0 (Debian package libxcb-cursor0), libxkbcommon-x11.so.0 "
            "(Debian package libxkbcommon-x11-0); install with: sudo apt install "
            "libxcb-cursor0 libxkbcommon-x11-0") in lines, result.stdout
    # Everything else still works, and says so.
    # (the keychain check warns with the null keyring of the tests: it works without one)
    assert sum(line.startswith(("ok   ", "warn ")) for line in lines) == len(CHECK_NAMES) - 1
    assert lines[-1] == f"self-test failed (1 of {len(CHECK_NAMES)} checks)"


LAUNCH = "from ui.launch import run; raise SystemExit(run())"


@needs_hiding
def test_the_self_test_still_runs_and_names_what_qt_itself_misses(tmp_path: Path):
    """GLib missing: Qt cannot even be imported, yet the installed entry point's self-test
    runs its checks and says which library and package."""
    result = subprocess.run(
        [sys.executable, str(HIDE_LIBRARY), "libglib-2.0.so.0", "--",
         sys.executable, "-c", LAUNCH, "--self-test"],
        cwd=ROOT, env=_self_test_env(tmp_path), capture_output=True, text=True, timeout=180)
    assert result.returncode == 1, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert ("FAIL Qt platform libraries: RuntimeError: the xcb platform plugin cannot load, "
            "missing libglib-2.0.so.0 (Debian package libglib2.0-0); install with: sudo apt "
            "install libglib2.0-0") in lines, result.stdout
    assert "ok   database: " in result.stdout and "Traceback" not in result.stderr


@needs_hiding
def test_a_start_without_a_library_qt_needs_says_what_to_run_not_a_traceback(tmp_path: Path):
    result = subprocess.run(
        [sys.executable, str(HIDE_LIBRARY), "libglib-2.0.so.0", "--",
         sys.executable, "-c", LAUNCH, "--data-dir", str(tmp_path / "data")],
        cwd=ROOT, env=_self_test_env(tmp_path), capture_output=True, text=True, timeout=180)
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        "regiestoel: cannot start: libglib-2.0.so.0: cannot open shared object file: No such "
        "file or directory",
        "regiestoel: 'regiestoel --self-test' says what is missing and which package "
        "provides it."]


@needs_hiding
def test_a_missing_wayland_library_fails_in_a_wayland_session(tmp_path: Path):
    result = subprocess.run(
        [sys.executable, str(HIDE_LIBRARY), "libwayland-cursor.so.0", "--",
         sys.executable, "-m", "ui.main", "--self-test"],
        cwd=ROOT, env=_self_test_env(tmp_path, XDG_SESSION_TYPE="wayland"),
        capture_output=True, text=True, timeout=180)
    assert result.returncode == 1, result.stdout + result.stderr
    assert ("FAIL Qt platform libraries: RuntimeError: the wayland platform plugin cannot load, "
            "missing libwayland-cursor.so.0 (Debian package libwayland-cursor0); install with: "
            "sudo apt install libwayland-cursor0") in result.stdout.splitlines(), result.stdout


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="checked on Linux")
def test_an_unknown_platform_fails_the_self_test(tmp_path: Path):
    result = subprocess.run([sys.executable, "-m", "ui.main", "--self-test"], cwd=ROOT,
                            env=_self_test_env(tmp_path, QT_QPA_PLATFORM="no-such-thing"),
                            capture_output=True, text=True, timeout=180)
    assert result.returncode == 1
    assert ("FAIL Qt platform libraries: RuntimeError: there is no Qt platform plugin "
            "'no-such-thing'") in result.stdout.splitlines()


def test_spec_exists_and_build_keeps_only_sources():
    assert SPEC.is_file() and PACKAGE_SH.is_file()
    script = PACKAGE_SH.read_text(encoding="utf-8")
    work = re.search(r"--workpath\s+(\S+)", script)
    dist = re.search(r"--distpath\s+(\S+)", script)
    assert work and dist, "package.sh must say where PyInstaller works and writes"
    for path in (work.group(1), dist.group(1)):
        normal = path.strip("\"'").removeprefix("./")
        assert normal != "build" and not normal.startswith("build/"), path
    assert (work.group(1), dist.group(1)) == (".pyinstaller/work", "dist")
    ignored = (ROOT / ".gitignore").read_text(encoding="utf-8").split()
    assert "/dist/" in ignored and "/.pyinstaller/" in ignored
    spec = SPEC.read_text(encoding="utf-8")
    # The spec itself never redirects PyInstaller's folders into build/.
    assert not re.search(r"(DISTPATH|workpath)\s*=", spec)
    assert 'name="regiestoel"' in spec and "exclude_binaries=True" in spec  # one folder
    assert "import llama_cpp" in spec and 'collect_dynamic_libs("llama_cpp")' in spec


def test_make_package_runs_the_script():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert re.search(r"^package: .*translations", makefile, re.M)
    assert "bash build/package.sh" in makefile
    assert re.search(r"^\.PHONY:.*\bpackage\b", makefile, re.M)
