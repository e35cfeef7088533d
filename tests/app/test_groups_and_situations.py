"""Learning groups and work situations, as professionals use them, with their access rules."""

from __future__ import annotations

import pytest

from app.services import groups, people, situations
from app.services.situations import SituationInput
from models import NoteKind, Role, SituationAim, SituationKind, SituationStatus
from models.errors import Conflict, Forbidden, Invalid
from tests import fresh
from tests.group_helpers import form_group


@pytest.fixture
def crew(db, owner, add_person):
    """Four colleagues, two generations apart, and a guide."""
    a = add_person("Anna", birth_year=1999)
    b = add_person("Bert", birth_year=1964)
    c = add_person("Cem", birth_year=1988)
    d = add_person("Dirk", birth_year=2000)
    guide = add_person("Gerda", roles={Role.PROFESSIONAL, Role.GUIDE}, expertise=["Planning"])
    return a, b, c, d, guide


def test_a_professional_starts_a_group_with_a_generation_mix(db, crew):
    a, b, c, d, guide = crew
    changes = groups.start_group(db, a, groups.GroupInput(
        "Slimmer plannen", member_ids=[a.person_id, b.person_id, c.person_id],
        guide_id=guide.person_id))
    group_id, warning = changes.value
    assert warning is None
    for person in (b, c, guide):
        groups.accept_invitation(db, person, groups.my_invitations(db, person)[0].id)
    row = groups.get_group(db, a, group_id)
    assert row.mix == {"gen_z": 1, "boomers": 1, "millennials": 1}
    assert row.guide_name == "Gerda"
    # The mix is all that is shown: no years of birth in the row.
    assert not any(str(y) in repr(row) for y in (1999, 1964, 1988))


def test_two_people_is_a_warning_not_a_block(db, crew):
    a, b, *_ = crew
    changes = groups.start_group(db, a, groups.GroupInput("Duo", member_ids=[a.person_id,
                                                                           b.person_id]))
    assert changes.value[1] == "group_small"


def test_an_archived_colleague_cannot_join(db, owner, crew):
    a, b, *_ = crew
    people.archive_person(db, owner, b.person_id)
    with pytest.raises(Invalid) as err:
        groups.start_group(db, a, groups.GroupInput("X", member_ids=[a.person_id, b.person_id]))
    assert err.value.code == "group_member_archived"


def test_the_guide_needs_the_guide_role(db, crew):
    a, b, c, *_ = crew
    with pytest.raises(Invalid):
        groups.start_group(db, a, groups.GroupInput("X", member_ids=[a.person_id],
                                                    guide_id=c.person_id))


def test_group_content_is_only_for_members_and_guide(db, owner, crew):
    a, b, c, d, guide = crew
    group_id = form_group(db, a, [a, b, c], "G", guide=guide)
    assert groups.get_group(db, guide, group_id).name == "G"
    for outsider in (d, owner):
        with pytest.raises(Forbidden):
            groups.get_group(db, outsider, group_id)


def test_a_situation_goes_from_questions_to_experiment_to_lesson(db, crew):
    a, b, c, *_ = crew
    group_id = form_group(db, a, [a, b, c], "G")
    sid = situations.register_situation(db, a, SituationInput(
        "Klanten bellen te laat terug", kind=SituationKind.BOTTLENECK,
        aim=SituationAim.IMPROVE)).value
    groups.attach_situation(db, a, group_id, sid)
    # Questions first: no options yet.
    with pytest.raises(Conflict):
        situations.add_note(db, b, sid, NoteKind.OPTION, "Een belrooster")
    with pytest.raises(Invalid):
        fresh.finish_analysis(db, a, sid)
    situations.add_note(db, b, sid, NoteKind.QUESTION, "Wanneer komen de meeste telefoontjes?")
    fresh.finish_analysis(db, a, sid)
    situations.add_note(db, c, sid, NoteKind.OPTION, "Een belrooster")
    fresh.start_experiment(db, a, sid, "Belrooster van 9 tot 11",
                           "Iedereen is binnen een dag teruggebeld")
    detail = situations.get_situation(db, c, sid)
    assert detail.row.status is SituationStatus.EXPERIMENTING
    assert [n.text for n in detail.notes_of(NoteKind.QUESTION)] == [
        "Wanneer komen de meeste telefoontjes?"]
    fresh.finish_situation(db, a, sid, SituationStatus.IMPROVED, "Het werkt")
    assert situations.get_situation(db, a, sid).row.status is SituationStatus.IMPROVED
    with pytest.raises(Conflict):
        fresh.finish_situation(db, a, sid, SituationStatus.CLOSED, "nog eens")


def test_someone_elses_situation_outside_my_groups_is_not_mine_to_read(db, crew):
    a, b, *_ = crew
    sid = situations.register_situation(db, a, SituationInput("Privé knelpunt")).value
    with pytest.raises(Forbidden):
        situations.get_situation(db, b, sid)
    assert [r.id for r in situations.list_situations(db, b)] == []
    assert [r.id for r in situations.list_situations(db, a)] == [sid]


def test_a_group_edited_by_someone_else_in_the_meantime_is_a_conflict(db, owner, add_person):
    members = [add_person(f"Lid {i}") for i in range(3)]
    data = groups.GroupInput(name="Monteurs", member_ids=[m.person_id for m in members])
    group_id = form_group(db, members[0], members, "Monteurs")
    row = next(g for g in groups.my_groups(db, members[0]) if g.id == group_id)
    renamed = groups.GroupInput(name="Monteurs Noord", member_ids=data.member_ids)
    groups.update_group(db, members[1], group_id, renamed, expected_version=row.version_id)
    with pytest.raises(Conflict) as caught:
        groups.update_group(db, members[0], group_id, data, expected_version=row.version_id)
    assert caught.value.code == "edited_elsewhere"
    assert next(g for g in groups.my_groups(db, members[0]) if g.id == group_id).name == (
        "Monteurs Noord")
