"""The learning groups area, driven as a professional would: start a group, plan, export."""

from __future__ import annotations

from datetime import date, time, timedelta

from icalendar import Calendar
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLabel, QMessageBox

from app.planning import WorkCalendar, four_days_from
from app.services import cycles, groups, situations
from models import Role
from tests.group_helpers import form_group
from ui.dialogs.group import GroupDialog
from ui.views.groups import GroupsView


def quiet_monday(weeks_ahead: int = 2) -> date:
    """A Monday at least ``weeks_ahead`` weeks away whose two weeks are all working days."""
    calendar = WorkCalendar()
    day = date.today() + timedelta(weeks=weeks_ahead)
    day += timedelta(days=(7 - day.weekday()) % 7)
    while not all(calendar.is_working_day(day + timedelta(days=n))
                  for n in range(12) if (day + timedelta(days=n)).weekday() < 5):
        day += timedelta(weeks=1)
    return day


def open_view(qtbot, ctx, actor, group_id: int | None = None) -> GroupsView:
    ctx.session.actor = actor
    view = GroupsView(ctx)
    qtbot.addWidget(view)
    view.resize(1000, 800)
    view.show()
    qtbot.waitUntil(lambda: view.loaded)
    if group_id is not None:
        view.select_group(group_id)
    if view.rows:
        qtbot.waitUntil(lambda: view.detail_loaded and view.detail is not None
                        and (group_id is None or view.detail.group.id == group_id))
    return view


def three_colleagues(add_person):
    anna = add_person("Anna de Vries", birth_year=1998)
    bert = add_person("Bert Jansen", birth_year=1961)
    chantal = add_person("Chantal Bakker", birth_year=1985)
    return anna, bert, chantal


def start_group(db, starter, members, name: str = "Soepele ochtend") -> int:
    """A group whose invited colleagues have all accepted."""
    return form_group(db, starter, members, name)


def all_label_text(widget) -> str:
    return "\n".join(label.text() for label in widget.findChildren(QLabel))


def test_an_empty_area_explains_learning_groups_and_a_group_of_three_shows_its_mix(
        qtbot, ctx, add_person, db):
    anna, bert, chantal = three_colleagues(add_person)
    add_person("Gerrit Gids", roles={Role.GUIDE, Role.PROFESSIONAL},
               expertise=["planning", "ovens"])
    add_person("Mo Klant", roles={Role.GUIDE}, expertise=["klantcontact"])
    view = open_view(qtbot, ctx, anna)
    assert view.stack.currentWidget() is view.empty
    assert "3 to 6 colleagues" in view.empty.text.text()

    view.empty_start.click()
    qtbot.waitUntil(lambda: isinstance(view.dialog, GroupDialog))
    dialog = view.dialog
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    me = dialog.item_for(anna.person_id)
    assert me.checkState() == Qt.CheckState.Checked and "(you)" in me.text()
    assert "invitation on My learning" in dialog.intro.text()
    assert save.isEnabled() is False  # no name yet
    assert "3 to 6 people" in dialog.size_advice.text() and dialog.size_advice.isVisibleTo(
        dialog)

    dialog.name.setText("Soepele ochtend")
    dialog.member_search.setText("BERT")
    visible = [dialog.members.item(r).text() for r in range(dialog.members.count())
               if not dialog.members.item(r).isHidden()]
    assert visible == ["Bert Jansen"]
    dialog.item_for(bert.person_id).setCheckState(Qt.CheckState.Checked)
    dialog.member_search.setText("chan")
    dialog.item_for(chantal.person_id).setCheckState(Qt.CheckState.Checked)
    dialog.member_search.clear()
    assert not dialog.size_advice.isVisibleTo(dialog)
    assert dialog.mix.plain_text() == "Baby boomers 1, Millennials 1, Gen Z 1"

    dialog.guide_search.setText("plann")
    guides = [dialog.guide.itemText(i) for i in range(dialog.guide.count())]
    assert guides == ["(no guide)", "Gerrit Gids — ask me about: ovens, planning"] or \
        guides == ["(no guide)", "Gerrit Gids — ask me about: planning, ovens"]
    dialog.guide.setCurrentIndex(1)
    in_dialog = all_label_text(dialog)
    assert save.isEnabled()
    save.click()
    qtbot.waitUntil(lambda: view.detail is not None and view.detail_loaded
                    and view.detail.group.name == "Soepele ochtend", timeout=10_000)
    assert view.stack.currentWidget() is view.content
    # Bert and Chantal are asked, not put in: until they accept, Anna is the only member.
    assert view.mix.plain_text() == "Gen Z 1"
    assert view.advice_box.isHidden()  # three chosen: the advice counts the invited
    assert view.guide_label.text() == "Gerrit Gids (invited, no answer yet)"
    assert view.members_label.text().splitlines() == [
        "Anna de Vries (you)", "Invited, no answer yet: Bert Jansen, Chantal Bakker"]
    for person in (bert, chantal):
        groups.accept_invitation(db, person, groups.my_invitations(db, person)[0].id)
    view.reload()
    qtbot.waitUntil(lambda: view.detail_loaded and len(view.detail.group.members) == 3)
    assert view.mix.plain_text() == "Baby boomers 1, Millennials 1, Gen Z 1"
    # The mix is the only trace of a year of birth: never a year, never an age.
    shown = all_label_text(view) + in_dialog
    for year in ("1998", "1961", "1985"):
        assert year not in shown


def test_a_group_of_two_gets_gentle_advice_about_its_size(qtbot, ctx, add_person, db):
    anna, bert, _chantal = three_colleagues(add_person)
    group_id = start_group(db, anna, [anna, bert], "Met z'n tweeën")
    view = open_view(qtbot, ctx, anna, group_id)
    assert view.advice_box.isVisibleTo(view)
    assert "3 to 6 people" in view.advice_label.text()
    assert "Plan the first one" in view.cycles_hint.text()
    assert not view.export_button.isEnabled()


def test_the_calendar_export_holds_the_four_sessions(qtbot, ctx, add_person, db, tmp_path,
                                                     monkeypatch):
    anna, bert, chantal = three_colleagues(add_person)
    group_id = start_group(db, anna, [anna, bert, chantal])
    cycles.plan_cycle(db, anna, group_id, cycles.CyclePlan(quiet_monday(), time(9, 0), None))
    view = open_view(qtbot, ctx, anna, group_id)
    assert view.cycle_tree.topLevelItem(0).childCount() == 4
    target = tmp_path / "ochtend"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    assert view.export_button.isEnabled()
    view.export_button.click()
    qtbot.waitUntil(lambda: view.export_path is not None)
    assert view.export_path == target.with_suffix(".ics")
    assert "ochtend.ics" in view.export_note.text()
    calendar = Calendar.from_ical(view.export_path.read_bytes())
    events = list(calendar.walk("VEVENT"))
    assert len(events) == 4
    assert all("Soepele ochtend" in str(e["SUMMARY"]) for e in events)


def test_a_session_of_today_or_earlier_can_be_started_and_a_future_one_not(
        qtbot, ctx, add_person, db):
    anna, bert, chantal = three_colleagues(add_person)
    group_id = start_group(db, anna, [anna, bert, chantal])
    last_week = date.today() - timedelta(days=date.today().weekday() + 7)
    cycles.plan_cycle(db, anna, group_id, cycles.CyclePlan(last_week, time(10, 0), None))
    cycles.plan_cycle(db, anna, group_id, cycles.CyclePlan(quiet_monday(), time(10, 0), None))
    view = open_view(qtbot, ctx, anna, group_id)
    past, future = sorted(view.detail.cycles, key=lambda c: c.first_day)

    view.cycle_tree.setCurrentItem(view.session_item(future.sessions[0].id))
    assert not view.start_session_button.isEnabled()
    view.cycle_tree.setCurrentItem(view.session_item(past.sessions[0].id))
    assert view.start_session_button.isEnabled()
    with qtbot.waitSignal(view.start_session_requested) as started:
        view.start_session_button.click()
    assert started.args == [past.sessions[0].id]


def test_cancelling_a_cycle_asks_first_and_then_shows_it_cancelled(qtbot, ctx, add_person, db):
    anna, bert, chantal = three_colleagues(add_person)
    group_id = start_group(db, anna, [anna, bert, chantal])
    cycles.plan_cycle(db, anna, group_id, cycles.CyclePlan(quiet_monday(), time(9, 0), None))
    view = open_view(qtbot, ctx, anna, group_id)
    view.cycle_tree.setCurrentItem(view.cycle_tree.topLevelItem(0))
    assert view.cancel_cycle_button.isEnabled()
    view.cancel_cycle_button.click()
    assert isinstance(view.confirmation, QMessageBox)
    view.confirmation.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: view.cycle_tree.topLevelItemCount() == 1
                    and view.cycle_tree.topLevelItem(0).text(4) == "cancelled")
    assert not view.cancel_cycle_button.isEnabled()


def test_a_member_brings_in_one_of_their_own_situations(qtbot, ctx, add_person, db):
    anna, bert, chantal = three_colleagues(add_person)
    group_id = start_group(db, anna, [anna, bert, chantal])
    situations.register_situation(db, anna, situations.SituationInput("Ovens te laat aan"))
    view = open_view(qtbot, ctx, anna, group_id)
    assert "Bring in one of your work situations" in view.situations_hint.text()
    actions = view.bring_menu.actions()
    assert [a.text() for a in actions] == ["Ovens te laat aan"]
    actions[0].trigger()
    qtbot.waitUntil(lambda: "Ovens te laat aan" in view.situations_label.text())
    assert view.detail.group.situation_count == 1
    assert not view.bring_button.isEnabled()


def test_the_four_days_never_fall_on_a_closed_day(qtbot, ctx, add_person, db):
    """A cycle from a Thursday runs over the weekend: Thursday, Friday, Monday, Tuesday."""
    anna, bert, chantal = three_colleagues(add_person)
    group_id = start_group(db, anna, [anna, bert, chantal])
    thursday = quiet_monday() + timedelta(days=3)
    cycle_id = cycles.plan_cycle(db, anna, group_id,
                                 cycles.CyclePlan(thursday, time(9, 0), None)).value
    view = open_view(qtbot, ctx, anna, group_id)
    shown = [view.session_item(s.id).text(1) for s in view.detail.cycles[0].sessions]
    assert [d.split()[0] for d in shown] == ["Thu", "Fri", "Mon", "Tue"]
    assert view.detail.cycles[0].id == cycle_id
    assert [s.day for s in view.detail.cycles[0].sessions] == four_days_from(
        WorkCalendar(), thursday)



def test_a_guide_who_edits_the_group_stays_its_guide_and_is_not_made_a_member(
        qtbot, ctx, add_person, db):
    anna, bert, chantal = three_colleagues(add_person)
    gerrit = add_person("Gerrit Gids", roles={Role.GUIDE, Role.PROFESSIONAL})
    group_id = form_group(db, anna, [anna, bert, chantal], "Ochtend", guide=gerrit)
    view = open_view(qtbot, ctx, gerrit, group_id)
    assert view.guide_label.text() == "Gerrit Gids (you)"
    assert not view.bring_button.isVisibleTo(view)
    view.edit_button.click()
    qtbot.waitUntil(lambda: isinstance(view.dialog, GroupDialog))
    dialog = view.dialog
    assert dialog.guide.currentData() == gerrit.person_id
    mine = dialog.item_for(gerrit.person_id)
    assert mine.checkState() == Qt.CheckState.Unchecked and "(you)" not in mine.text()
    dialog.purpose.setPlainText("Rustiger starten")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: view.detail.group.purpose == "Rustiger starten")
    assert view.detail.group.guide_id == gerrit.person_id


def test_ticking_colleagues_moves_nothing_below_and_the_starter_is_told_how_to_leave(
        qtbot, ctx, add_person):
    """Issue 18: the summary and the generation bar grew over the list and the layout
    jumped, so clicks landed on the wrong control; nothing said how the starter stays out."""
    from ui.screen import available

    anna, bert, chantal = three_colleagues(add_person)
    more = [add_person(f"Collega Nummer {n} met een lange naam") for n in range(1, 6)]
    view = open_view(qtbot, ctx, anna)
    view.empty_start.click()
    qtbot.waitUntil(lambda: isinstance(view.dialog, GroupDialog) and view.dialog.isVisible())
    dialog = view.dialog
    assert dialog.frameGeometry().height() <= available(dialog).height()
    assert "untick yourself" in dialog.starter_hint.text()
    assert dialog.starter_hint.isVisible()
    guide_at = dialog.guide_search.mapTo(dialog, dialog.guide_search.rect().topLeft())
    list_at = dialog.members.geometry()
    for person in (bert, chantal, *more):
        item = dialog.item_for(person.person_id)
        dialog.members.scrollToItem(item)
        box = dialog.members.visualItemRect(item)
        # The tick box sits at the start of the row.
        qtbot.mouseClick(dialog.members.viewport(), Qt.MouseButton.LeftButton,
                         pos=box.topLeft() + QPoint(box.height() // 2, box.height() // 2))
        assert item.checkState() == Qt.CheckState.Checked, person
        assert dialog.members.geometry() == list_at
        assert dialog.guide_search.mapTo(dialog, dialog.guide_search.rect().topLeft()) \
            == guide_at
    assert "8 people chosen" in dialog.chosen.text()
    assert dialog.size_advice.text()  # more than six is advised against


def test_searching_is_no_change_but_a_ticked_colleague_is(qtbot, ctx, add_person):
    anna, bert, _chantal = three_colleagues(add_person)
    view = open_view(qtbot, ctx, anna)
    view.empty_start.click()
    qtbot.waitUntil(lambda: isinstance(view.dialog, GroupDialog) and view.dialog.isVisible())
    dialog = view.dialog
    qtbot.keyClicks(dialog.member_search, "bert")
    assert not dialog.is_changed()
    dialog.item_for(bert.person_id).setCheckState(Qt.CheckState.Checked)
    assert dialog.is_changed()
    qtbot.keyClick(dialog.member_search, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: dialog.discard_question is not None
                    and dialog.discard_question.isVisible())
