"""Windows and macOS on paper: what can be checked here of the release workflow and installers.

The workflow runs on hosted Windows and macOS runners, never on this project's machines (see
the README's *Installers*). Here: the workflow is valid YAML that builds every system from the
one spec, the Inno Setup script is consistent, the shell scripts parse.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
WORKFLOW = ROOT / ".github" / "workflows" / "release.yml"
INNO = ROOT / "build" / "windows" / "regiestoel.iss"
SCRIPTS = [ROOT / "build" / "package.sh", ROOT / "build" / "deb_check.sh",
           ROOT / "build" / "macos" / "make_dmg.sh", ROOT / ".ci" / "run"]
# Inno Setup's own messages (compiler:Default.isl and its translations).
INNO_MESSAGES = {"CreateDesktopIcon", "AdditionalIcons", "LaunchProgram"}


def _workflow() -> dict:
    return yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))


def _job_text(job: dict) -> str:
    return "\n".join(str(step.get("run", "")) + str(step.get("with", ""))
                     for step in job["steps"])


def test_the_workflow_builds_on_linux_windows_and_macos_runners():
    jobs = _workflow()["jobs"]
    runners = {name: job["runs-on"] for name, job in jobs.items()}
    assert runners["windows"].startswith("windows-")
    assert runners["macos"].startswith("macos-")
    assert runners["linux"] == "ubuntu-22.04"  # the oldest system the README claims


def test_every_runner_builds_from_the_one_spec():
    jobs = _workflow()["jobs"]
    assert "build\\regiestoel.spec" in _job_text(jobs["windows"])
    assert "bash build/package.sh" in _job_text(jobs["macos"])  # which runs the spec
    assert "make deb" in _job_text(jobs["linux"])  # make package, then the .deb
    assert "build/regiestoel.spec" in (ROOT / "build" / "package.sh").read_text(encoding="utf-8")
    for name, job in jobs.items():
        assert "--self-test" in _job_text(job), name
        assert "regiestoel-admin" in _job_text(job), name


def test_the_workflow_wraps_each_build_in_its_installer():
    jobs = _workflow()["jobs"]
    assert "ISCC.exe" in _job_text(jobs["windows"])
    assert "build\\windows\\regiestoel.iss" in _job_text(jobs["windows"])
    assert "build/macos/make_dmg.sh" in _job_text(jobs["macos"])
    uploads = {name: next(step["with"]["path"] for step in job["steps"]
                          if step.get("uses", "").startswith("actions/upload-artifact"))
               for name, job in jobs.items()}
    assert uploads == {"linux": "dist/regiestoel_*.deb",
                       "windows": "dist/Regiestoel-*-setup.exe",
                       "macos": "dist/Regiestoel-*.dmg"}


def _inno() -> str:
    return INNO.read_text(encoding="utf-8-sig")


def _sections(text: str) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    current = ""
    for line in text.splitlines():
        stripped = line.strip()
        if re.fullmatch(r"\[[A-Za-z]+\]", stripped):
            current = stripped[1:-1]
            found[current] = []
        elif current and stripped and not stripped.startswith(";"):
            found[current].append(stripped)
    return found


def test_the_windows_installer_is_per_user_without_administrator_rights():
    setup = dict(line.split("=", 1) for line in _sections(_inno())["Setup"])
    assert setup["PrivilegesRequired"] == "lowest"
    assert setup["DefaultDirName"].startswith("{autopf}\\")  # %LOCALAPPDATA%\Programs then
    assert setup["UninstallDisplayIcon"] == "{app}\\{#AppExe}"
    assert re.fullmatch(r"\{\{[0-9A-F-]{36}\}", setup["AppId"])


def test_the_windows_installer_makes_start_menu_entries_for_both_programs():
    icons = _sections(_inno())["Icons"]
    start_menu = [line for line in icons if line.startswith('Name: "{autoprograms}')]
    assert any('Filename: "{app}\\{#AppExe}"' in line for line in start_menu)
    assert any("regiestoel-admin.exe" in line for line in start_menu)
    assert '#define AppExe "regiestoel.exe"' in _inno()


def test_the_uninstaller_keeps_the_data_unless_the_user_says_otherwise():
    code = "\n".join(_sections(_inno())["Code"])
    assert "usPostUninstall" in code and "UninstallSilent()" in code
    assert "MB_DEFBUTTON2" in code  # "No" is the default answer
    assert "DelTree(Folder" in code and "{localappdata}\\Regiestoel" in code
    assert "commonappdata" not in code  # the machine-wide folder is other accounts' data
    # Pascal blocks balance (a cheap stand-in for ISCC, which runs only on Windows).
    words = re.findall(r"\b(begin|end)\b", re.sub(r"\{[^}]*\}|'[^']*'", "", code))
    assert words.count("begin") == words.count("end")


def test_every_message_the_installer_shows_exists_in_dutch_and_english():
    text = _inno()
    used = set(re.findall(r"\{cm:([A-Za-z]+)", text)) | set(
        re.findall(r"CustomMessage\('([A-Za-z]+)'\)", text))
    custom = _sections(text)["CustomMessages"]
    for message in used - INNO_MESSAGES:
        for language in ("dutch", "english"):
            assert any(line.startswith(f"{language}.{message}=") for line in custom), (
                language, message)


def test_the_files_the_installer_takes_from_the_repository_exist():
    text = _inno()
    for relative in re.findall(r"\{#Root\}\\([^\s\"]+)", text):
        if relative == "dist" or relative.startswith("dist\\"):
            continue  # build output
        assert (ROOT / relative.replace("\\", "/")).exists(), relative


@pytest.mark.parametrize("script", SCRIPTS, ids=lambda p: p.name)
def test_the_shell_scripts_parse(script: Path):
    assert subprocess.run(["bash", "-n", str(script)], capture_output=True).returncode == 0
    if shutil.which("shellcheck"):
        result = subprocess.run(["shellcheck", "-S", "error", str(script)], capture_output=True,
                                text=True)
        assert result.returncode == 0, result.stdout
