"""`make screenshots`: every screen and dialog of the demo organisation, saved as PNG files.

Run under a real X server (`make screenshots` starts Xvfb at 1366×768 with openbox), each
picture is the framed window as the screen shows it; offscreen, the widget drawn alone."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer  # noqa: E402
from PySide6.QtGui import QGuiApplication, QPixmap  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialog, QWidget, QWizard  # noqa: E402

from app.demo import create_demo, demo_password  # noqa: E402
from app.paths import resolve_location  # noqa: E402
from app.services import auth  # noqa: E402
from app.settings import LocalSettings  # noqa: E402
from app.storage import open_location  # noqa: E402
from ui.context import AppContext, Bus  # noqa: E402
from ui.i18n import Languages  # noqa: E402
from ui.idle import IdleLock  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402
from ui.tasks import Tasks  # noqa: E402
from ui.theme import apply_theme  # noqa: E402

SAMPLE_CSV = (
    "ID;Naam;E-mail;Rollen;Teams;Leidinggevende (e-mail);Geboortejaar;Expertise\r\n"
    ";Nadia Haddou;nadia@vandijk-installatie.nl;professional;Monteurs;"
    "henk@vandijk-installatie.nl;1991;Zonnepanelen\r\n"
    ";Erik Vos;erik@vandijk-installatie;professional;Monteurs;henk@vandijk-installatie.nl;"
    "19x8;\r\n"
    ";Tessa Kramer;tessa@vandijk-installatie.nl;begeleider;Magazijn;"
    "onbekend@vandijk-installatie.nl;1988;Voorraadbeheer\r\n"
)


def settle(ms: int = 150) -> None:
    """Let queued work (background loads and their signals) finish and paint."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()
    QCoreApplication.processEvents()


def real_display() -> bool:
    """On a real X server (``make screenshots`` under Xvfb and openbox), not offscreen."""
    return QGuiApplication.platformName() == "xcb"


def picture(widget: QWidget) -> QPixmap:
    """What the screen shows of the window: on a real display the framed window as the X
    server composed it (title bar included, cut off where the screen ends); offscreen, the
    widget drawn by itself."""
    window = widget.window()
    if not real_display():
        return window.grab()
    window.raise_()
    window.activateWindow()
    # The window manager maps, frames and raises it; a first window takes longest.
    for _ in range(60):
        settle(50)
        handle = window.windowHandle()
        if handle is not None and handle.isExposed() and window.frameGeometry().height() > 1:
            break
    settle(250)
    screen = window.screen()
    frame = window.frameGeometry().intersected(screen.geometry())
    return screen.grabWindow(0, frame.x(), frame.y(), frame.width(), frame.height())


class Shooter:
    def __init__(self, out: Path, suffix: str, only: set[str] | None) -> None:
        self.out = out
        self.suffix = suffix
        self.only = only
        self.saved: list[Path] = []

    def wanted(self, name: str) -> bool:
        return self.only is None or name in self.only

    def shoot(self, name: str, widget: QWidget) -> None:
        if not self.wanted(name):
            return
        settle()
        path = self.out / f"{name}{self.suffix}.png"
        picture(widget).save(str(path))
        self.saved.append(path)

    def dialog(self, name: str, make: Callable[[], QDialog], prepare: Callable[[QDialog], None]
               | None = None) -> None:
        if not self.wanted(name):
            return
        dialog = make()
        dialog.show()
        if prepare is not None:
            prepare(dialog)
        settle(250)
        self.shoot(name, dialog)
        dialog.done(0)
        dialog.deleteLater()


def run(out: Path, *, scale_suffix: str, dark: bool, only: set[str] | None,
        language: str) -> list[Path]:
    qapp = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(qapp, QApplication)
    apply_theme(qapp, dark=dark)
    languages = Languages(qapp)
    languages.apply(language)
    shooter = Shooter(out, scale_suffix + ("-dark" if dark else ""), only)
    work = Path(tempfile.mkdtemp(prefix="regiestoel-shots-"))
    # This machine's own imported AI models are not part of the pictures.
    os.environ["REGIESTOEL_CONFIG_DIR"] = str(work / "config")

    # The first-run wizard, on an empty data folder.
    empty_location = resolve_location(work / "empty")
    empty_db, _ = open_location(empty_location)
    empty_ctx = AppContext(empty_db, empty_location, Tasks(qapp), Bus(), languages,
                           LocalSettings(language=language))
    if any(shooter.wanted(f"wizard-{i}") for i in range(1, 5)):
        _shoot_wizard(shooter, empty_ctx)

    location = resolve_location(work / "demo")
    db, _ = open_location(location)
    create_demo(db)
    ctx = AppContext(db, location, Tasks(qapp), Bus(), languages,
                     LocalSettings(language=language))
    window = MainWindow(ctx, IdleLock(qapp))
    if not real_display():  # a real window opens at the size the program chooses
        window.resize(1180, 760)
    window.show()
    settle(300)
    shooter.shoot("login", window)

    owner_id = next(c.id for c in auth.login_candidates(db) if c.name == "Marieke van Dijk")
    result = auth.authenticate(db, owner_id, demo_password())
    window._logged_in(result, demo_password())
    settle(300)
    shooter.shoot("home", window)
    # Marieke manages Henk, Sandra and Youssef: her view of them.
    settle(300)
    window.go_to("team")
    settle(500)
    shooter.shoot("my-team", window)
    people_view = window.go_to("people")
    settle(300)
    shooter.shoot("people", window)
    if people_view is not None:
        people_view.search.setText("warmte")  # type: ignore[attr-defined]
        settle()
        shooter.shoot("people-search", window)
        people_view.search.clear()  # type: ignore[attr-defined]
        people_view.tabs.setCurrentIndex(1)  # type: ignore[attr-defined]
        settle()
        shooter.shoot("teams", window)
        people_view.tabs.setCurrentIndex(0)  # type: ignore[attr-defined]
        _shoot_people_dialogs(shooter, ctx, window, people_view, work)
    window.go_to("audit")
    settle(300)
    shooter.shoot("audit-log", window)
    _shoot_budget_owner(shooter, window)
    _shoot_culture_and_dashboard(shooter, ctx, window)
    overview = window.go_to("conversations")
    settle(500)
    if overview is not None and hasattr(overview, "tabs"):
        overview.tabs.setCurrentIndex(1)
        settle(500)
        shooter.shoot("conversations-overview", window)
    settings_view = window.go_to("settings")
    settle(300)
    shooter.shoot("settings", window)
    for name, key in (("settings-learning", "learning"), ("settings-ai", "ai"),
                      ("settings-safety", "safety"), ("settings-database", "database")):
        settings_view.show_page(key)  # type: ignore[union-attr]
        settle(300)
        shooter.shoot(name, window)
    settings_view.tabs.setCurrentIndex(0)  # type: ignore[union-attr]

    from ui.dialogs.about import AboutDialog
    from ui.dialogs.passwords import ChangePasswordDialog, RecoveryDialog

    shooter.dialog("about", lambda: AboutDialog(window))
    shooter.dialog("change-password", lambda: ChangePasswordDialog(ctx, window))
    shooter.dialog("forgot-password", lambda: RecoveryDialog(ctx, owner_id, window))
    from app.secrets import MemoryStore
    from ui.server_password import ServerPasswordDialog

    # At start, on a laptop pointed at a shared server whose password no keyring remembers.
    shooter.dialog("server-password", lambda: ServerPasswordDialog(
        "postgresql://regiestoel@server.bakkerij.local:5432/regiestoel", ctx.language,
        store=MemoryStore()))

    # A professional's view of the same program: Kevin is in a cycle that runs this week.
    pro_id = next(c.id for c in auth.login_candidates(db) if c.name == "Kevin Mulder")
    window.lock()
    settle(200)
    window._logged_in(auth.authenticate(db, pro_id, demo_password()), demo_password())
    settle(300)
    shooter.shoot("home-professional", window)
    _shoot_learning(shooter, ctx, window)
    _shoot_coach(shooter, ctx, window)
    window.close()
    ctx.tasks.wait()
    return shooter.saved


def _shoot_conversations(shooter: Shooter, ctx: AppContext, window: MainWindow) -> None:
    """Kevin's talent conversations: this half year's meeting and last half year's record."""
    from app.services import conversations as talks
    from models import Side
    from ui.dialogs.sign import SignDialog

    view = window.go_to("conversations")
    settle(500)
    rows = talks.list_conversations(ctx.db, ctx.actor)
    if view is None or not rows:
        return
    current = max(rows, key=lambda r: (r.year, r.half))
    earlier = min(rows, key=lambda r: (r.year, r.half))
    panel = view.panel  # type: ignore[attr-defined]
    view.open_conversation(current.id)  # type: ignore[attr-defined]
    settle(700)
    # Both have published, so the meeting opens first: the preparation is a click away.
    panel.pages.setCurrentWidget(panel.prepare)
    settle(300)
    shooter.shoot("conversation-prepare", window)
    panel.pages.setCurrentWidget(panel.meeting)
    settle(500)
    shooter.shoot("conversation-meeting", window)
    shooter.dialog("conversation-sign", lambda: SignDialog(ctx, current, Side.PROFESSIONAL,
                                                           window))
    view.open_conversation(earlier.id)  # type: ignore[attr-defined]
    settle(700)
    panel.pages.setCurrentWidget(panel.record)
    settle(700)
    shooter.shoot("conversation-record", window)
    panel.pages.setCurrentWidget(panel.history)
    settle(700)
    shooter.shoot("conversation-history", window)


def _shoot_budget_owner(shooter: Shooter, window: MainWindow) -> None:
    """The owner's view of the budget: the ledger and the requests to decide."""
    view = window.go_to("budget")
    settle(500)
    if view is None or not hasattr(view, "tabs"):
        return
    tabs = view.tabs  # type: ignore[attr-defined]
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        settle(400)
        name = ("budget-mine", "budget-decide", "budget-ledger")[min(index, 2)]
        shooter.shoot(name, window)


def _shoot_culture_and_dashboard(shooter: Shooter, ctx: AppContext, window: MainWindow
                                 ) -> None:
    """The owner's culture scan (results, trend, answering, a new round, focus) and dashboard."""
    from app.services import culture, people
    from ui.dialogs.culture import (
        AnswerDialog,
        CultureActionDialog,
        FocusDialog,
        OpenRoundDialog,
    )

    view = window.go_to("culture")
    settle(800)
    if view is None:
        return
    shooter.shoot("culture", window)
    view.ensureWidgetVisible(view.trend_card, 0, 0)  # type: ignore[attr-defined]
    settle(300)
    shooter.shoot("culture-trend", window)
    teams = people.list_teams(ctx.db, ctx.actor)
    threshold = culture.current_threshold(ctx.db)
    shooter.dialog("culture-open-round", lambda: OpenRoundDialog(ctx, teams, threshold, window))
    mine = culture.my_open_rounds(ctx.db, ctx.actor)
    if mine:
        def half_answered(dialog: QDialog) -> None:
            for n, group in enumerate(list(dialog.groups.values())[:7]):  # type: ignore[attr-defined]
                group.button((4, 3, 5, 4, 2, 4, 0)[n]).click()

        shooter.dialog("culture-answer", lambda: AnswerDialog(ctx, mine[0], window),
                       half_answered)
    result = view.result  # type: ignore[attr-defined]
    if result is not None:
        shooter.dialog("culture-focus", lambda: FocusDialog(ctx, result.round_id, result.focus,
                                                            window))
        if result.focus:
            shooter.dialog("culture-action", lambda: CultureActionDialog(
                ctx, result.round_id, result.focus[0], window))
    dashboard = window.go_to("dashboard")
    settle(1000)
    shooter.shoot("dashboard", window)
    if dashboard is not None and getattr(dashboard, "chart_views", []):
        bar = dashboard.verticalScrollBar()  # type: ignore[attr-defined]
        bar.setValue(bar.maximum())
        settle(300)
        shooter.shoot("dashboard-charts", window)
        bar.setValue(0)
    if dashboard is not None and shooter.wanted("dashboard-list"):
        dashboard.open_figure("conversations")  # type: ignore[attr-defined]
        settle(500)
        dialog = dashboard.dialog  # type: ignore[attr-defined]
        if dialog is not None:
            shooter.shoot("dashboard-list", dialog)
            dialog.done(0)


def _shoot_learning(shooter: Shooter, ctx: AppContext, window: MainWindow) -> None:
    """The learning loop as Kevin sees it: situations, lessons, groups, a session."""
    from app.services import cycles, development, groups, people, situations
    from ui.dialogs.development import DevelopmentDialog
    from ui.dialogs.finish_situation import FinishSituationDialog
    from ui.dialogs.group import GroupDialog
    from ui.dialogs.lesson import LessonDialog
    from ui.dialogs.plan_cycle import PlanCycleDialog
    from ui.dialogs.situation import SituationDialog
    from ui.views.session_runner import SessionRunner

    db, actor = ctx.db, ctx.actor
    view = window.go_to("situations")
    settle(400)
    if view is not None and hasattr(view, "table"):
        view.table.selectRow(0)
        settle(400)
    shooter.shoot("situations", window)
    question = development.my_question(db, actor)
    mine = situations.list_situations(db, actor)
    detail = situations.get_situation(db, actor, mine[0].id)
    shooter.dialog("situation-new", lambda: SituationDialog(ctx, question, None, window))
    shooter.dialog("situation-finish", lambda: FinishSituationDialog(ctx, detail, window))
    shooter.dialog("development-question", lambda: DevelopmentDialog(ctx, question, window))

    lessons_view = window.go_to("lessons")
    settle(400)
    shooter.shoot("lessons", window)
    if lessons_view is not None and hasattr(lessons_view, "search"):
        lessons_view.search.setText("storingen klant")
        settle(700)
        shooter.shoot("lessons-search", window)
    shooter.dialog("lesson-new", lambda: LessonDialog(ctx, None, window))

    groups_view = window.go_to("groups")
    settle(500)
    shooter.shoot("groups", window)
    my_groups = groups.my_groups(db, actor)
    colleagues = people.list_people(db, actor)
    guides = groups.guide_candidates(db, actor)
    shooter.dialog("group-edit", lambda: GroupDialog(ctx, colleagues, guides, my_groups[0],
                                                     window))
    rooms = cycles.list_rooms(db, actor)
    closing = cycles.list_closing_days(db, actor)
    shooter.dialog("plan-cycle", lambda: PlanCycleDialog(ctx, my_groups[0], rooms, closing,
                                                         window))
    del groups_view

    _shoot_conversations(shooter, ctx, window)
    budget_view = window.go_to("budget")
    settle(500)
    shooter.shoot("budget-professional", window)
    from app.services import learning_requests
    from ui.dialogs.evaluate_request import EvaluateRequestDialog
    from ui.dialogs.learning_request import LearningRequestDialog

    own = situations.list_situations(db, actor)
    shooter.dialog("learning-request", lambda: LearningRequestDialog(ctx, question, own, None,
                                                                     window))
    done = [r for r in learning_requests.my_requests(db, actor)]
    if done:
        shooter.dialog("evaluate-request", lambda: EvaluateRequestDialog(ctx, done[0], own,
                                                                         window))
    del budget_view

    today = next(s for s in cycles.upcoming_sessions(db, actor)
                 if s.group_name == my_groups[0].name)
    if shooter.wanted("session-runner"):
        clock = [0.0]
        runner = SessionRunner(ctx, today.id, clock=lambda: clock[0], where="screenshots")
        if not real_display():
            runner.resize(1280, 800)
        runner.show()
        settle(500)
        runner.toggle()
        clock[0] += 3 * 60 + 12
        runner.tick()
        shooter.shoot("session-runner", runner)
        runner.close()


# What the coach "says" in the pictures: a scripted engine, so no model is needed to shoot.
COACH_SAMPLE = {
    "nl": "- Zet de meest gestelde klantvragen op één kaart in de bus [L1].\n"
          "- Laat de klant bij het inplannen een foto van de storing sturen.\n"
          "- Spreek met de binnendienst een vast terugbelmoment af.\n"
          "- Probeer een week lang elke storing in twee zinnen te noteren [L2].\n",
    "en": "- Put the questions customers ask most on one card in the van [L1].\n"
          "- Ask the customer for a photo of the fault when the visit is planned.\n"
          "- Agree a fixed call-back time with the office.\n"
          "- For one week, note every fault in two sentences [L2].\n",
}


def _shoot_coach(shooter: Shooter, ctx: AppContext, window: MainWindow) -> None:
    """The coach brainstorming on Kevin's work situation, with its lessons listed."""
    import threading

    from app.ai.engine import Generation, OnToken, Prompt
    from app.services import situations
    from ui.coach import Coach
    from ui.widgets.coach_panel import CoachDialog

    if not shooter.wanted("coach-brainstorm"):
        return

    class Scripted:
        loaded = True

        def load(self) -> None: ...

        def context_size(self) -> int:
            return 4096

        def prompt_tokens(self, prompt: Prompt) -> int:
            return 0  # a scripted answer fits any context

        def generate(self, prompt: Prompt, on_token: OnToken,
                     stop: threading.Event | None = None,
                     max_tokens: int | None = None) -> Generation:
            text = COACH_SAMPLE[ctx.language]
            for word in text.split(" "):
                on_token(word + " ")
            return Generation(text, len(text.split()), False, 1.0, 0.1, True)

    ctx.coach = Coach(lambda: ("scripted", Scripted()))
    mine = situations.list_situations(ctx.db, ctx.actor)

    def ask(dialog: QDialog) -> None:
        dialog.panel.ask()  # type: ignore[attr-defined]
        settle(800)

    shooter.dialog("coach-brainstorm", lambda: CoachDialog(ctx, "brainstorm", mine[0].id,
                                                           parent=window), ask)
    ctx.coach = None


def _shoot_wizard(shooter: Shooter, ctx: AppContext) -> None:
    from ui.wizard import FirstRunWizard

    wizard = FirstRunWizard(ctx)
    wizard.show()
    shooter.shoot("wizard-1", wizard)
    wizard.next()
    wizard.organisation.name.setText("Installatiebedrijf Van Dijk")
    wizard.organisation.budget.setText("37.500")
    wizard.organisation.norm.setValue(48)
    shooter.shoot("wizard-2", wizard)
    wizard.next()
    wizard.owner.name.setText("Marieke van Dijk")
    wizard.owner.email.setText("marieke@vandijk-installatie")
    wizard.owner.password.setText("kort")
    shooter.shoot("wizard-3", wizard)
    wizard.owner.email.setText("marieke@vandijk-installatie.nl")
    wizard.owner.password.setText("een-lang-wachtwoord")
    wizard.owner.repeat.setText("een-lang-wachtwoord")
    wizard.next()
    shooter.shoot("wizard-4", wizard)
    wizard.button(QWizard.WizardButton.CancelButton)
    wizard.hide()
    wizard.deleteLater()


def _shoot_people_dialogs(shooter: Shooter, ctx: AppContext, window: MainWindow,
                          view: QWidget, work: Path) -> None:
    from app.services import people
    from ui.dialogs.import_people import ImportPeopleDialog
    from ui.dialogs.passwords import ResetPasswordDialog
    from ui.dialogs.person import PersonDialog

    teams = people.list_teams(ctx.db, ctx.actor)
    managers = people.managers(ctx.db, ctx.actor)
    rows = people.list_people(ctx.db, ctx.actor)
    kevin = next(r for r in rows if r.name == "Kevin Mulder")
    shooter.dialog("person-new", lambda: PersonDialog(ctx, teams, managers, None, window))
    shooter.dialog("person-edit", lambda: PersonDialog(ctx, teams, managers, kevin, window))
    shooter.dialog("reset-password",
                   lambda: ResetPasswordDialog(ctx, kevin.id, kevin.name, window))
    sample = work / "medewerkers.csv"
    sample.write_bytes(SAMPLE_CSV.encode("utf-8-sig"))

    def load(dialog: QDialog) -> None:
        assert isinstance(dialog, ImportPeopleDialog)
        dialog.load(sample)

    shooter.dialog("import-people", lambda: ImportPeopleDialog(ctx, window), load)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("out", type=Path)
    p.add_argument("--scale-suffix", default="", help="added to file names, e.g. -150")
    p.add_argument("--dark", action="store_true")
    p.add_argument("--only", help="comma-separated screen names")
    p.add_argument("--lang", default="nl", choices=("nl", "en"))
    args = p.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    only = set(args.only.split(",")) if args.only else None
    saved = run(args.out, scale_suffix=args.scale_suffix, dark=args.dark, only=only,
                language=args.lang)
    for path in saved:
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
