"""Settings: the organisation's (owner only), and my own preferences (everyone)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
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
from ui.widgets.common import FieldError, hint_label, title_label, with_notes


class SettingsView(QScrollArea):
    language_chosen = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.can_manage = ctx.session.may(Operation.MANAGE_SETTINGS)
        self.current: OrganisationSettings | None = None
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        inner = QWidget()
        # A form is easiest to read at a moderate width, also on a wide screen.
        inner.setMaximumWidth(980)
        self.setWidget(inner)
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(24, 18, 24, 18)
        self.title = title_label()
        layout.addWidget(self.title)

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
        self.errors = {k: FieldError() for k in ("name", "yearly_budget", "hours_norm",
                                                 "idle_lock_minutes")}
        self.idle_hint = hint_label()
        self.shared = QCheckBox()
        self.shared.setChecked(ctx.local.use_shared_folder)
        self.shared_hint = hint_label()
        self.rows = [
            (self.name, "name"), (self.budget, "yearly_budget"), (self.norm, "hours_norm"),
            (self.idle, "idle_lock_minutes"), (self.default_language, None),
        ]
        self.row_labels: list[QLabel] = []
        for widget, key in self.rows:
            label = QLabel()
            label.setBuddy(widget)
            self.row_labels.append(label)
            notes: list[QLabel] = [self.errors[key]] if key else []
            if widget is self.idle:
                notes.append(self.idle_hint)
            form.addRow(label, with_notes(widget, *notes))
        form.addRow("", with_notes(self.shared, self.shared_hint))
        self.org_form = form
        self.general_error = FieldError()
        form.addRow("", self.general_error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.save)
        form.addRow("", self.buttons)
        layout.addWidget(self.org_box)
        from ui.views.learning_settings import LearningSettingsPanel

        self.learning_box = QGroupBox()
        learning = QVBoxLayout(self.learning_box)
        self.learning = LearningSettingsPanel(ctx)
        learning.addWidget(self.learning)
        layout.addWidget(self.learning_box)
        from ui.views.ai_models import AiModelsPanel

        # Models belong to this computer: everyone who uses it may manage them.
        self.ai_box = QGroupBox()
        ai = QVBoxLayout(self.ai_box)
        self.ai_models = AiModelsPanel(ctx)
        ai.addWidget(self.ai_models)
        layout.addWidget(self.ai_box)
        self.safety_box: QGroupBox | None = None
        self.database_box: QGroupBox | None = None
        if self.can_manage:
            # Where this laptop's data lives: the owner sets up the machine.
            from ui.views.database_panel import DatabasePanel

            self.database_box = QGroupBox()
            where = QVBoxLayout(self.database_box)
            self.database_panel = DatabasePanel(ctx)
            where.addWidget(self.database_panel)
            layout.addWidget(self.database_box)
            # Backups, restore and the privacy duties are the owner's (and never a widget
            # that merely hides: the services refuse everyone else too).
            from ui.views.data_safety import DataSafetyPanel

            self.safety_box = QGroupBox()
            safety = QVBoxLayout(self.safety_box)
            self.safety = DataSafetyPanel(ctx, quit_app=QApplication.quit)
            safety.addWidget(self.safety)
            layout.addWidget(self.safety_box)
        layout.addStretch(1)
        for w in (self.name, self.budget, self.norm, self.idle, self.default_language):
            w.setEnabled(self.can_manage)
        self.buttons.setVisible(self.can_manage)
        self.shared.setEnabled(self.can_manage)

        self.language.currentIndexChanged.connect(self._language_changed)
        self.budget.textChanged.connect(self._check_budget)
        ctx.bus.changed.connect(self._changed)
        self.retranslate()
        self.reload()

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

    def _check_budget(self) -> int | None:
        try:
            cents = parse_amount(self.budget.text(), self.ctx.language, field="yearly_budget")
        except Invalid as exc:
            self.errors["yearly_budget"].show_message(self.ctx.describe(exc))
            return None
        self.errors["yearly_budget"].show_message("")
        return cents

    def _language_changed(self) -> None:
        language = self.language.currentData()
        self.ctx.languages.apply(language)
        self.ctx.local.language = language
        self.ctx.local.save()
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
        )
        if self.shared.isChecked() != self.ctx.local.use_shared_folder:
            self.ctx.local.use_shared_folder = self.shared.isChecked()
            self.ctx.local.save()
        db, actor = self.ctx.db, self.ctx.actor
        self.ctx.change(self, lambda: organisation.update_settings(db, actor, new),
                        lambda _c: self.general_error.show_message(""), self._failed)

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
        self.learning_box.setTitle(self.tr("Rooms, closing days and session agendas"))
        self.ai_box.setTitle(self.tr("AI coach"))
        if self.safety_box is not None:
            self.safety_box.setTitle(self.tr("Backups and privacy"))
        if self.database_box is not None:
            self.database_box.setTitle(self.tr("One database for several laptops"))
        labels = [self.tr("Organisation &name"), self.tr("Yearly learning &budget (€)"),
                  self.tr("Learning &hours per person per year"),
                  self.tr("Loc&k after (minutes idle)"), self.tr("De&fault language")]
        for label, text in zip(self.row_labels, labels, strict=True):
            label.setText(text)
        self.idle_hint.setText(self.tr(
            "On a shared laptop Regiestoel locks itself when nobody uses it for this long, "
            "so the next person cannot read your development records."))
        self.shared.setText(self.tr("Share the data with every account on this computer"))
        self.shared_hint.setText(self.tr(
            "Every account on this computer then opens the same database. Takes effect the "
            "next time Regiestoel starts."))
        if not self.can_manage:
            self.org_box.setToolTip(self.tr("Only an owner can change these settings."))
