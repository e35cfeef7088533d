"""Translations: the Dutch .ts is complete, current with the code, and keeps placeholders."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DUTCH = ROOT / "resources" / "translations" / "regiestoel_nl.ts"
PLACEHOLDER = re.compile(r"%(?:n|\d)")


def messages(ts: Path) -> dict[tuple[str, str, str], ET.Element]:
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            found[key] = message
    return found


def translations_of(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    forms = translation.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [translation.text or ""]


def test_every_dutch_translation_is_finished_and_not_empty():
    unfinished = []
    for key, message in messages(DUTCH).items():
        translation = message.find("translation")
        assert translation is not None
        if translation.get("type") in {"unfinished", "vanished", "obsolete"} or not all(
            t.strip() for t in translations_of(message)
        ):
            unfinished.append(key[1])
    assert unfinished == []


def test_dutch_translations_keep_every_placeholder():
    wrong = []
    for (_ctx, source, _comment), message in messages(DUTCH).items():
        wanted = set(PLACEHOLDER.findall(source))
        for text in translations_of(message):
            if set(PLACEHOLDER.findall(text)) != wanted or text.count("<b>") != \
                    source.count("<b>"):
                wrong.append((source, text))
    assert wrong == []


def test_the_dutch_ts_holds_every_string_in_the_code(tmp_path: Path):
    """Run lupdate on the code into a scratch copy: nothing may be new."""
    lupdate = shutil.which("pyside6-lupdate") or str(
        Path(sys.executable).with_name("pyside6-lupdate"))
    if not Path(lupdate).exists() and shutil.which(lupdate) is None:
        pytest.fail("pyside6-lupdate is missing: install PySide6-Essentials")
    scratch = tmp_path / "scratch_nl.ts"
    sources = sorted(str(p) for p in (ROOT / "ui").rglob("*.py") if p.name != "screenshots.py")
    subprocess.run([lupdate, "-no-obsolete", *sources, "-ts", str(scratch)], check=True,
                   capture_output=True, cwd=ROOT)
    in_code = {(c, s, m) for (c, s, m) in messages(scratch)}
    in_ts = set(messages(DUTCH))
    assert sorted(in_code - in_ts) == []
