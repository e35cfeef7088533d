"""Admin commands of the learning loop on the demo organisation: formats and exit codes."""

from __future__ import annotations

from pathlib import Path

import icalendar
import pytest

from app.cli import main


@pytest.fixture
def demo(data_dir: Path, capsys) -> Path:
    assert main(["--data-dir", str(data_dir), "demo"]) == 0
    capsys.readouterr()
    return data_dir


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_groups_list_prints_id_name_members(demo, capsys):
    code, out, _ = run(capsys, "--data-dir", str(demo), "groups", "list")
    lines = [line.split("\t") for line in out.strip().splitlines()]
    assert code == 0 and len(lines) == 3
    assert lines[0][1] == "Storingen sneller oplossen"
    assert "Kevin Mulder" in lines[0][2]


def test_situations_list_prints_id_title_status_owner(demo, capsys):
    code, out, _ = run(capsys, "--data-dir", str(demo), "situations", "list")
    lines = [line.split("\t") for line in out.strip().splitlines()]
    assert code == 0 and all(len(line) == 4 for line in lines)
    statuses = {line[2] for line in lines}
    assert {"registered", "analysed", "experimenting", "improved"} <= statuses


def test_lessons_search_finds_dutch_forms_best_first(demo, capsys):
    code, out, _ = run(capsys, "--data-dir", str(demo), "lessons", "search", "ideeen")
    assert code == 0
    first = out.splitlines()[0].split("\t")
    assert first[1].startswith("Ideeën") and float(first[2]) >= 0
    code, out, _ = run(capsys, "--data-dir", str(demo), "lessons", "search", "zzzz")
    assert code == 0 and out == ""


def test_calendar_export_of_a_group_has_four_events_per_cycle(demo, capsys, tmp_path):
    target = tmp_path / "storingen.ics"
    code, _, _ = run(capsys, "--data-dir", str(demo), "calendar", "export", "--group", "1",
                     str(target))
    assert code == 0
    calendar = icalendar.Calendar.from_ical(target.read_bytes())
    events = [c for c in calendar.walk("VEVENT")]
    assert len(events) == 4
    assert all(str(e["DTSTART"].params.get("TZID")) == "Europe/Amsterdam" for e in events)


def test_calendar_export_of_an_unknown_group_is_bad_input(demo, capsys, tmp_path):
    code, _, err = run(capsys, "--data-dir", str(demo), "calendar", "export", "--group", "99",
                       str(tmp_path / "x.ics"))
    assert code == 2 and "Traceback" not in err


def test_calendar_export_needs_a_group_or_a_person(demo, capsys, tmp_path):
    with pytest.raises(SystemExit) as exit_:
        main(["--data-dir", str(demo), "calendar", "export", str(tmp_path / "x.ics")])
    assert exit_.value.code == 2
