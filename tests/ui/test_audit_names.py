"""The audit log speaks in words: every recorded action has a name in the interface."""

from __future__ import annotations


def test_every_audited_action_has_a_readable_name(qapp):
    """The owner's audit log never shows a bare code such as 'person_erased'."""
    import re
    from pathlib import Path

    from ui.item_models.audit import action_name

    root = Path(__file__).resolve().parents[2] / "app"
    pattern = re.compile(r'audit\.record\(\s*\w+,\s*[\w.()]+,\s*"([a-z_]+)"')
    actions = {a for p in root.rglob("*.py") for a in pattern.findall(p.read_text())}
    assert len(actions) > 10
    assert [a for a in sorted(actions) if action_name(a) == a] == []
