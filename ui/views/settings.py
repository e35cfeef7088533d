"""Settings: my own preferences and the organisation's, then one tab per topic, built when shown."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.access import Operation
from app.changes import Area, Changes
from app.money import format_amount, parse_amount
from app.services import organisation, people
from app.services.organisation import OrganisationSettings
from models.errors import DomainError, Invalid
from ui.context import AppContext
from ui.icons import icon
from ui.offline import needs_server, reason_label
from ui.widgets.common import FieldError, hint_label, name_by_buddies, title_label, with_notes

# A form is easiest to read at a moderate width, also on a wide screen.
READABLE_WIDTH = 980


def _scrolling(content: QWidget) -> QScrollArea:
    content.setMaximumWidth(READABLE_WIDTH)
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setWidget(content)
    return area


class SettingsView(QWidget):
    language_chosen = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.can_manage = ctx.session.may(Operation.MANAGE_SETTINGS)
        self.current: OrganisationSettings | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 18, 24, 8)
        self.title = title_label()
        outer.addWidget(self.title)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        outer.addWidget(self.tabs, 1)
        inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(0, 12, 12, 12)

        # --- my preferences --------------------------------------------------------------
        self.mine = QGroupBox()
        mine = QFormLayout(self.mine)
        self.language = QComboBox()
        self.language.addItem("Nederlands", "nl")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(0 if ctx.language == "nl" else 1)
        self.language_hint = hint_label()
        self.language_label = QLabel()
        self.language_label.setBuddy(self.language)
        mine.addRow(self.language_label, with_notes(self.language, self.language_hint))
        layout.addWidget(self.mine)
        # Also mine: which desktop notifications, and when not.
        from ui.tray import tray_available
        from ui.views.notification_prefs import NotificationPrefsBox

        self.notification_prefs = NotificationPrefsBox(ctx, tray=tray_available())
        layout.addWidget(self.notification_prefs)
        # Also mine: a personal copy of my data on this laptop, to work offline.
        from ui.views.personal_copy_box import PersonalCopyBox, offers_copy

        self.personal_copy = PersonalCopyBox(ctx) if offers_copy(ctx) else None
        if self.personal_copy is not None:
            layout.addWidget(self.personal_copy)

        # --- the organisation ------------------------------------------------------------
        self.org_box = QGroupBox()
        form = QFormLayout(self.org_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.name = QLineEdit()
        self.name.setMaxLength(200)
        self.budget = QLineEdit()
        self.norm = QSpinBox()
        self.norm.setRange(0, 2000)
        self.idle = QSpinBox()
        self.idle.setRange(1, 240)
        self.default_language = QComboBox()
        self.default_language.addItem("Nederlands", "nl")
        self.default_language.addItem("English", "en")
        # Below 3 the service refuses it, with a message next to the field.
        self.culture_threshold = QSpinBox()
        self.culture_threshold.setRange(1, organisation.CULTURE_THRESHOLD_MAX)
        self.errors = {k: FieldError() for k in ("name", "yearly_budget", "hours_norm",
                                                 "idle_lock_minutes", "culture_threshold")}
        self.idle_hint = hint_label()
        self.threshold_hint = hint_label()
        # What a lowering risks, in words, while the value is below the norm of five.
        self.threshold_warning = FieldError()
        self.shared = QCheckBox()
        self.shared.setChecked(ctx.local.use_shared_folder)
        self.shared_hint = hint_label()
        self.rows = [
            (self.name, "name"), (self.budget, "yearly_budget"), (self.norm, "hours_norm"),
            (self.idle, "idle_lock_minutes"), (self.default_language, None),
            (self.culture_threshold, "culture_threshold"),
        ]
        self.row_labels: list[QLabel] = []
        for widget, key in self.rows:
            label = QLabel()
            label.setBuddy(widget)
            self.row_labels.append(label)
            notes: list[QLabel] = [self.errors[key]] if key else []
            if widget is self.idle:
                notes.append(self.idle_hint)
            if widget is self.culture_threshold:
                notes += [self.threshold_warning, self.threshold_hint]
            form.addRow(label, with_notes(widget, *notes))
        form.addRow("", with_notes(self.shared, self.shared_hint))
        self.org_form = form
        self.general_error = FieldError()
        form.addRow("", self.general_error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.save)
        form.addRow("", self.buttons)
        layout.addWidget(self.org_box)
        layout.addStretch(1)
        self.tabs.addTab(_scrolling(inner), icon("settings"), "")

        # --- one tab per topic, built the first time it is shown ---------------------------
        # (opening Settings then costs only what its first tab shows.)
        self.pages: dict[str, QWidget] = {}
        self._builders: list[tuple[str, Callable[[], QWidget]]] = [
            ("learning", self._build_learning),
            # Everyone's calendar folder; the e-mail server only for the owner.
            ("reminders", self._build_reminders),
            # Models belong to this computer: everyone who uses it may manage them.
            ("ai", self._build_ai),
        ]
        if self.can_manage and not ctx.on_copy:
            # Where this laptop's data lives, backups, restore and the privacy duties are the
            # owner's (and never a widget that merely hides: the services refuse others too).
            self._builders += [("database", self._build_database), ("safety", self._build_safety),
                               ("laptops", self._build_laptops)]
        icons = {"learning": "calendar", "reminders": "reminders", "ai": "coach",
                 "database": "server", "safety": "restore", "laptops": "laptop"}
        # Each topic's column waits empty in its tab until the tab is first shown.
        self._columns: dict[str, QVBoxLayout] = {}
        for key, _build in self._builders:
            content = QWidget()
            self._columns[key] = QVBoxLayout(content)
            self._columns[key].setContentsMargins(0, 12, 12, 12)
            self.tabs.addTab(_scrolling(content), icon(icons[key]), "")
        self.tabs.currentChanged.connect(self._tab_shown)
        for w in (self.name, self.budget, self.norm, self.idle, self.default_language,
                  self.culture_threshold):
            w.setEnabled(self.can_manage)
        self.buttons.setVisible(self.can_manage)
        # On a personal copy the organisation's settings change at its database.
        self.org_offline = reason_label()
        form.addRow("", self.org_offline)
        if self.can_manage and needs_server(ctx, "offline_needs_server", self.org_offline,
                                            self.buttons.button(
                                                QDialogButtonBox.StandardButton.Save)):
            for field in (self.name, self.budget, self.norm, self.idle, self.default_language,
                          self.culture_threshold, self.shared):
                field.setEnabled(False)
        self.shared.setEnabled(self.can_manage)

        self.language.currentIndexChanged.connect(self._language_changed)
        self.budget.textChanged.connect(self._check_budget)
        self.culture_threshold.valueChanged.connect(self._warn_threshold)
        ctx.bus.changed.connect(self._changed)
        self.retranslate()
        self.reload()

    # --- the topic tabs ----------------------------------------------------------------------

    def show_page(self, key: str) -> QWidget:
        """Bring a topic's tab forward (building it if needed) and return its panel."""
        index = 1 + [k for k, _b in self._builders].index(key)
        self.tabs.setCurrentIndex(index)
        return self.page(key)

    def page(self, key: str) -> QWidget:
        if key not in self.pages:
            self.pages[key] = dict(self._builders)[key]()
            self._columns[key].addWidget(self.pages[key])
            self._columns[key].addStretch(1)
            self.pages[key].show()  # a visible tab would only show it on a later event
            name_by_buddies(self.pages[key])
        return self.pages[key]

    def _tab_shown(self, index: int) -> None:
        if 1 <= index <= len(self._builders):
            self.page(self._builders[index - 1][0])

    def _build_learning(self) -> QWidget:
        from ui.views.learning_settings import LearningSettingsPanel

        return LearningSettingsPanel(self.ctx)

    def _build_reminders(self) -> QWidget:
        from ui.views.reminder_settings import ReminderSettingsPanel

        return ReminderSettingsPanel(self.ctx)

    def _build_ai(self) -> QWidget:
        from ui.views.ai_models import AiModelsPanel

        return AiModelsPanel(self.ctx)

    def _build_database(self) -> QWidget:
        from ui.views.database_panel import DatabasePanel

        return DatabasePanel(self.ctx)

    def _build_laptops(self) -> QWidget:
        from ui.views.laptops import LaptopsPanel

        return LaptopsPanel(self.ctx)

    def _build_safety(self) -> QWidget:
        from ui.views.data_safety import DataSafetyPanel

        return DataSafetyPanel(self.ctx, quit_app=QApplication.quit)

    def reload(self) -> None:
        db, actor = self.ctx.db, self.ctx.actor
        self.ctx.call(self, lambda: organisation.get_settings(db, actor), self._show)

    def _changed(self, changes: Changes) -> None:
        if changes.touches(Area.ORGANISATION):
            self.reload()

    def _show(self, current: OrganisationSettings) -> None:
        self.current = current
        lang = self.ctx.language
        self.name.setText(current.name)
        self.budget.setText(format_amount(current.yearly_budget_cents, lang))
        self.norm.setValue(current.hours_norm)
        self.idle.setValue(current.idle_lock_minutes)
        self.default_language.setCurrentIndex(0 if current.default_language == "nl" else 1)
        self.culture_threshold.setValue(current.culture_threshold)
        self._warn_threshold()

    def _check_budget(self) -> int | None:
        try:
            cents = parse_amount(self.budget.text(), self.ctx.language, field="yearly_budget")
        except Invalid as exc:
            self.errors["yearly_budget"].show_message(self.ctx.describe(exc))
            return None
        self.errors["yearly_budget"].show_message("")
        return cents

    def _warn_threshold(self, *_args: object) -> None:
        value = self.culture_threshold.value()
        if organisation.CULTURE_THRESHOLD_MIN <= value < organisation.CULTURE_THRESHOLD_DEFAULT:
            self.threshold_warning.show_message(self.tr(
                "With fewer than 5 respondents, colleagues can often tell who gave an answer: "
                "in a small group one different answer stands out, and people who work "
                "together recognise each other's views. Dutch survey tools never show fewer "
                "than 5. Teams keep 5, and rounds opened before keep their threshold."))
        else:
            self.threshold_warning.show_message("")

    def _language_changed(self) -> None:
        # My own language, for my sessions: the machine's (the login screen's) stays as it is.
        language = self.language.currentData()
        self.ctx.languages.apply(language)
        db, actor = self.ctx.db, self.ctx.actor
        self.ctx.change(self, lambda: people.set_language(db, actor, actor.person_id or 0,
                                                          language))
        if self.current is not None:
            self._show(self.current)  # amounts in the new language's format
        self.language_chosen.emit(language)

    def save(self) -> None:
        for label in (*self.errors.values(), self.general_error):
            label.show_message("")
        cents = self._check_budget()
        if cents is None:
            return
        new = OrganisationSettings(
            name=self.name.text(),
            yearly_budget_cents=cents,
            hours_norm=self.norm.value(),
            idle_lock_minutes=self.idle.value(),
            default_language=self.default_language.currentData(),
            culture_threshold=self.culture_threshold.value(),
        )
        if self.shared.isChecked() != self.ctx.local.use_shared_folder:
            self.ctx.local.use_shared_folder = self.shared.isChecked()
            self.ctx.local.save()
        db, actor = self.ctx.db, self.ctx.actor
        version = self.current.version_id if self.current is not None else 0
        self.ctx.change(self, lambda: organisation.update_settings(db, actor, new,
                                                                   expected_version=version),
                        self._saved, self._failed)

    def _saved(self, _changes: Changes) -> None:
        self.general_error.show_message("")
        self.ctx.bus.notice.emit(self.tr("Settings saved."))

    def _failed(self, error: DomainError) -> None:
        target = self.errors.get(error.field or "", self.general_error)
        target.show_message(self.ctx.describe(error))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Settings"))
        self.mine.setTitle(self.tr("My preferences"))
        self.language_label.setText(self.tr("&Language"))
        self.language_hint.setText(self.tr("The language Regiestoel speaks to you in. It "
                                           "changes at once."))
        self.org_box.setTitle(self.tr("Organisation"))
        self._retranslate_tabs()
        labels = [self.tr("Organisation &name"), self.tr("Yearly learning &budget (€)"),
                  self.tr("Learning &hours per person per year"),
                  self.tr("Loc&k after (minutes idle)"), self.tr("De&fault language"),
                  self.tr("Culture scan &results from (respondents)")]
        for label, text in zip(self.row_labels, labels, strict=True):
            label.setText(text)
        # A field wrapped with its notes has a container as parent, where Qt's screen-reader
        # support does not look for its label: the name is given to the field itself.
        for label, (widget, _key) in zip(self.row_labels, self.rows, strict=True):
            widget.setAccessibleName(label.text().replace("&", ""))
        self.language.setAccessibleName(self.language_label.text().replace("&", ""))
        self.idle_hint.setText(self.tr(
            "On a shared laptop Regiestoel locks itself when nobody uses it for this long, "
            "so the next person cannot read your development records."))
        self.threshold_hint.setText(self.tr(
            "A culture scan result shows only when at least this many people answered; a "
            "team's result needs at least 5 in the team, whatever you choose here. 5 is the "
            "norm; you may raise it, or lower it to 3."))
        self._warn_threshold()
        self.shared.setText(self.tr("Share the data with every account on this computer"))
        self.shared_hint.setText(self.tr(
            "Every account on this computer then opens the same database. Takes effect the "
            "next time Regiestoel starts."))
        if not self.can_manage:
            self.org_box.setToolTip(self.tr("Only an owner can change these settings."))
        name_by_buddies(self)
        # Again once every panel has its new texts (they may get a language change later).
        QTimer.singleShot(0, self, lambda: name_by_buddies(self))

    def _retranslate_tabs(self) -> None:
        names = {"learning": self.tr("Planning sessions"),
                 "reminders": self.tr("Reminders"),
                 "ai": self.tr("AI coach"),
                 "database": self.tr("Database"),
                 "safety": self.tr("Backups and privacy"),
                 "laptops": self.tr("Laptops")}
        self.tabs.setTabText(0, self.tr("General"))
        for index, (key, _build) in enumerate(self._builders, start=1):
            self.tabs.setTabText(index, names[key])
