"""Fuzzing the readers of outside files and the command line's ID and URL arguments: whatever
comes in, the answer is a clear refusal (a domain error, or one line and exit 1 or 2), never a
traceback, a hang or runaway memory (issue 17)."""

from __future__ import annotations

import json
import struct
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.ai.gguf import read_gguf
from app.backup import MAGIC, decrypt
from app.cli import main
from app.services.people_csv import read_sheet
from models.errors import DomainError
from tests.ai.gguf_files import write_gguf

FUZZ = settings(max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture])


@pytest.fixture(scope="module")
def model_bytes(tmp_path_factory) -> bytes:
    folder = tmp_path_factory.mktemp("gguf")
    return write_gguf(folder / "m.gguf", {"tokenizer.chat_template": "{{ x }}",
                                          "general.alignment": 32}).read_bytes()


@FUZZ
@given(data=st.data())
def test_the_gguf_reader_refuses_any_damage_cleanly(tmp_path_factory, model_bytes, data):
    blob = bytearray(model_bytes)
    for _ in range(data.draw(st.integers(1, 6))):
        at = data.draw(st.integers(0, len(blob) - 1))
        width = data.draw(st.sampled_from([1, 4, 8]))
        value = data.draw(st.sampled_from([0, 1, 2**31, 2**63, 2**64 - 1, 9, 8, 255]))
        blob[at:at + width] = (value % (1 << (8 * width))).to_bytes(width, "little")
    if data.draw(st.booleans()):
        blob = blob[: data.draw(st.integers(0, len(blob)))]
    path = tmp_path_factory.mktemp("f") / "x.gguf"
    path.write_bytes(bytes(blob))
    try:
        info = read_gguf(path)
    except DomainError as exc:
        assert exc.code.startswith("ai_")
    else:
        assert info.file_size == len(blob)


@FUZZ
@given(st.binary(max_size=300))
def test_the_gguf_reader_on_random_bytes_after_the_magic(tmp_path_factory, tail):
    path = tmp_path_factory.mktemp("g") / "x.gguf"
    path.write_bytes(b"GGUF" + struct.pack("<I", 3) + tail)
    with pytest.raises(DomainError):
        read_gguf(path)


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(
        st.text(max_size=8), children, max_size=4),
    max_leaves=12,
)


@settings(max_examples=300)
@given(fields=st.dictionaries(
    st.sampled_from(["version", "kdf", "n", "r", "p", "salt", "nonce", "check", "cipher"]),
    _JSON, max_size=9), body=st.binary(max_size=64))
def test_the_backup_header_reader_refuses_any_header_fast(fields, body):
    header = json.dumps(fields, allow_nan=True).encode("ascii", "replace")
    with pytest.raises(DomainError):
        decrypt(MAGIC + header + b"\n" + body, "een wachtwoordzin")


@settings(max_examples=200)
@given(st.binary(max_size=2000))
def test_the_backup_header_reader_on_raw_bytes(blob):
    with pytest.raises(DomainError):
        decrypt(MAGIC + blob, "een wachtwoordzin")


_CELL = st.text(st.characters(blacklist_categories=["Cs"]), max_size=30)


@settings(max_examples=200)
@given(rows=st.lists(st.lists(_CELL, max_size=10), max_size=8),
       delimiter=st.sampled_from([";", ",", "\t"]), encoding=st.sampled_from(
           ["utf-8", "utf-8-sig", "cp1252"]))
def test_the_csv_reader_turns_any_text_into_rows_or_problems(rows, delimiter, encoding):
    header = delimiter.join(["ID", "Naam", "E-mail", "Rollen"])
    text = header + "\r\n" + "\r\n".join(delimiter.join(r) for r in rows)
    data = text.encode(encoding, "replace")
    sheet = read_sheet(data, "nl")
    if isinstance(sheet, list):
        assert all(e.row >= 1 and e.code for e in sheet)
    else:
        assert all(r.row >= 2 for r in sheet.rows)


@settings(max_examples=200)
@given(st.binary(max_size=3000))
def test_the_csv_reader_on_raw_bytes(data):
    sheet = read_sheet(data, "en")
    if isinstance(sheet, list):
        assert sheet and all(e.message("en") for e in sheet)


_ID = st.one_of(st.integers(min_value=-(2**70), max_value=2**70).map(str),
                st.text(max_size=25), st.sampled_from(["0", "-0", "1e9", "٣", "⁵", " 7 ",
                                                       "0x10", "NaN", "inf"]))


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("demo")
    assert main(["--data-dir", str(folder), "demo"]) == 0
    return folder


@settings(max_examples=120, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(value=_ID, command=st.sampled_from([
    ["calendar", "export", "--person", "{}", "{dir}/x.ics"],
    ["person", "archive", "{}"],
    ["person", "erase", "{}"],
    ["culture", "results", "{}"],
    ["lessons", "search", "x", "--limit", "{}"],
]))
def test_the_command_line_id_arguments_never_give_a_traceback(demo_dir, capsys, value,
                                                             command):
    argv = ["--lang", "en", "--data-dir", str(demo_dir)] + [
        part.replace("{}", value).replace("{dir}", str(demo_dir)) for part in command]
    try:
        code = main(argv)
    except SystemExit as exc:  # argparse: bad usage
        code = exc.code  # type: ignore[assignment]
    err = capsys.readouterr().err
    assert code in (0, 1, 2)
    assert "Traceback" not in err


_URL = st.one_of(
    st.text(max_size=40),
    st.builds(lambda scheme, rest: f"{scheme}://{rest}",
              st.sampled_from(["postgresql", "postgres", "sqlite", "mysql", "oracle",
                               "mssql", "postgresql+psycopg", "file", ""]),
              st.text(max_size=30)),
)


@settings(max_examples=200, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(url=_URL)
def test_the_command_line_url_argument_never_gives_a_traceback(tmp_path_factory, capsys,
                                                              monkeypatch, url):
    # A server URL is never dialled for real in this test: no network, a refused port.
    monkeypatch.setenv("PGCONNECT_TIMEOUT", "1")
    folder = tmp_path_factory.mktemp("u")
    monkeypatch.chdir(folder)
    try:
        code = main(["--lang", "en", "--database-url", url.replace("\x00", ""), "check"])
    except SystemExit as exc:
        code = exc.code  # type: ignore[assignment]
    err = capsys.readouterr().err
    assert code in (0, 1, 2), err
    assert "Traceback" not in err
