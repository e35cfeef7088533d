"""`regiestoel --self-test` (from the sources; CI runs the packaged one) and the packaging rules."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "build" / "regiestoel.spec"
PACKAGE_SH = ROOT / "build" / "package.sh"

CHECK_NAMES = ("database", "resources", "translations", "icons", "calendar", "search",
               "PostgreSQL driver", "keyring", "AI engine")


def test_self_test_passes_offscreen(tmp_path: Path):
    env = dict(os.environ)
    env.update(QT_QPA_PLATFORM="offscreen", REGIESTOEL_CONFIG_DIR=str(tmp_path / "config"),
               # Never the real keychain in tests.
               PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring")
    env.pop("REGIESTOEL_DATA_DIR", None)
    env.pop("REGIESTOEL_DATABASE_URL", None)
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
