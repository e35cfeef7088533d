"""`regiestoel-admin`: arguments, output formats and exit codes as documented."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_init_creates_the_organisation_and_prints_a_recovery_code(capsys, data_dir, monkeypatch):
    monkeypatch.setenv("REGIESTOEL_PASSWORD", "een-goed-wachtwoord")
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "--lang", "en", "init",
                       "--org", "Bakkerij", "--owner-name", "Olga", "--owner-email", "o@b.nl",
                       "--budget", "12,500.00")
    assert code == 0
    assert "Bakkerij" in out and "Recovery code" in out
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "people", "list")
    assert code == 0
    assert out.split("\t")[1:] == ["Olga", "o@b.nl", "manager,owner\n"]


def test_init_without_password_and_without_terminal_is_an_error(capsys, data_dir):
    code, _, err = run(capsys, "--data-dir", str(data_dir), "init", "--org", "X",
                       "--owner-name", "O", "--owner-email", "o@x.nl")
    assert code == 2
    assert "REGIESTOEL_PASSWORD" in err and "Traceback" not in err


def test_init_with_an_invalid_email_says_so_in_dutch(capsys, data_dir, monkeypatch):
    monkeypatch.setenv("REGIESTOEL_PASSWORD", "een-goed-wachtwoord")
    code, _, err = run(capsys, "--data-dir", str(data_dir), "--lang", "nl", "init", "--org",
                       "X", "--owner-name", "O", "--owner-email", "geen-adres")
    assert code == 2
    assert "geen geldig e-mailadres" in err


def test_demo_fills_an_empty_folder_once(capsys, data_dir):
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "demo")
    assert code == 0 and "25" in out
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "people", "list")
    lines = out.strip().splitlines()
    assert len(lines) == 25
    assert all(len(line.split("\t")) == 4 for line in lines)
    code, _, err = run(capsys, "--data-dir", str(data_dir), "demo")
    assert code == 2 and err


def test_check_is_ok_on_a_healthy_database_and_fails_on_a_foreign_file(capsys, data_dir, tmp_path):
    run(capsys, "--data-dir", str(data_dir), "demo")
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "--lang", "en", "check")
    assert code == 0 and out.startswith("ok:") and len(out.strip().splitlines()) == 1
    foreign = tmp_path / "foreign"
    foreign.mkdir()
    (foreign / "regiestoel.sqlite3").write_bytes(b"\x00garbage" * 100)
    code, out, _ = run(capsys, "--data-dir", str(foreign), "--lang", "en", "check")
    assert code == 1 and "not a Regiestoel database" in out
    code, _, err = run(capsys, "--data-dir", str(foreign), "people", "list")
    assert code == 1 and "Traceback" not in err


def test_importing_a_missing_file_is_bad_input(capsys, data_dir):
    run(capsys, "--data-dir", str(data_dir), "demo")
    code, _, err = run(capsys, "--data-dir", str(data_dir), "people", "import",
                       str(data_dir / "bestaat-niet.csv"))
    assert code == 2 and err.count("\n") == 1


def test_export_then_dry_run_import_changes_nothing(capsys, data_dir, tmp_path):
    run(capsys, "--data-dir", str(data_dir), "demo")
    target = tmp_path / "mensen.csv"
    code, _, _ = run(capsys, "--data-dir", str(data_dir), "people", "export", str(target))
    assert code == 0 and target.read_bytes().startswith(b"\xef\xbb\xbf")
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "people", "import", str(target),
                       "--dry-run")
    assert code == 0, out


def test_a_wrong_option_is_bad_usage(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["--no-such-option", "check"])
    assert exit_.value.code == 2


def test_installed_as_python_dash_m_app(tmp_path: Path):
    result = subprocess.run(
        [sys.executable, "-m", "app", "--data-dir", str(tmp_path), "--lang", "en", "check"],
        capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == 1
    assert "no Regiestoel database here yet" in result.stdout
