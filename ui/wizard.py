"""The first-run wizard: language, organisation, first owner, and the paper recovery code."""

from __future__ import annotations

from typing import Any, cast

from PySide6.QtCore import QEvent, QEventLoop, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QGuiApplication, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.money import format_amount, parse_amount
from app.passwords import MIN_PASSWORD_LENGTH
from app.services.organisation import OrganisationSetup, SetupResult, set_up
from app.validation import clean_email
from models.errors import DomainError, Invalid
from ui.context import AppContext
from ui.icons import app_icon
from ui.widgets.common import FieldError, hint_label, name_by_buddies, with_notes


class _Page(QWizardPage):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            name_by_buddies(self)
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        # Fields wrapped with their hint and error get their label as accessible name.
        name_by_buddies(self)
        super().showEvent(event)
        QTimer.singleShot(0, self, self._fit_wrapped_text)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        QTimer.singleShot(0, self, self._fit_wrapped_text)

    def _fit_wrapped_text(self) -> None:
        # A form layout sizes a wrapped hint inside a field's column by its one-line width,
        # so its last line was cut off: each such label asks for its height at its width.
        for label in self.findChildren(QLabel):
            if label.wordWrap() and label.isVisible() and label.width() > 0:
                need = label.heightForWidth(label.width())
                if need > 0 and need != label.minimumHeight():
                    label.setMinimumHeight(need)

    def retranslate(self) -> None:
        """Each page sets its own texts here, again whenever the language changes."""


class WelcomePage(_Page):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        form = QFormLayout()
        self.language = QComboBox()
        self.language.addItem("Nederlands", "nl")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(0 if ctx.language == "nl" else 1)
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.language_label = QLabel()
        self.language_label.setBuddy(self.language)
        form.addRow(self.language_label, self.language)
        layout.addLayout(form)
        layout.addStretch(1)
        self.retranslate()

    def _language_chosen(self) -> None:
        language = self.language.currentData()
        self.ctx.languages.apply(language)
        self.ctx.local.language = language

    def retranslate(self) -> None:
        self.setTitle(self.tr("Welcome to Regiestoel"))
        self.setSubTitle(self.tr("Set up your organisation in a few minutes."))
        self.intro.setText(self.tr(
            "With Regiestoel your colleagues direct their own development: they learn in "
            "working time, in small groups they form themselves, on situations from their "
            "own work. You, as the owner, keep the budget and the progress in view.\n\n"
            "Everything stays on this computer. Choose the language you want to work in; "
            "you can change it later in the settings."
        ))
        self.language_label.setText(self.tr("&Language"))


class OrganisationPage(_Page):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.name = QLineEdit()
        self.name.setMaxLength(200)
        self.name_error = FieldError()
        self.budget = QLineEdit()
        self.budget_error = FieldError()
        self.budget_hint = hint_label()
        self.norm = QSpinBox()
        self.norm.setRange(0, 2000)
        self.norm.setValue(40)
        self.norm_hint = hint_label()
        self.labels = [QLabel() for _ in range(3)]
        for label, field in zip(self.labels, (self.name, self.budget, self.norm), strict=True):
            label.setBuddy(field)
        form.addRow(self.labels[0], with_notes(self.name, self.name_error))
        form.addRow(self.labels[1], with_notes(self.budget, self.budget_error, self.budget_hint))
        form.addRow(self.labels[2], with_notes(self.norm, self.norm_hint))
        self.name.textChanged.connect(self._check)
        self.budget.textChanged.connect(self._check)
        self.retranslate()

    def budget_cents(self) -> int | None:
        if not self.budget.text().strip():
            return 0
        try:
            return parse_amount(self.budget.text(), self.ctx.language, field="yearly_budget")
        except Invalid as exc:
            self.budget_error.show_message(self.ctx.describe(exc))
            return None

    def _check(self) -> None:
        self.budget_error.show_message("")
        self.name_error.show_message(
            "" if self.name.text().strip() or not self.name.isModified()
            else self.tr("Give your organisation a name.")
        )
        self.budget_cents()
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        return bool(self.name.text().strip()) and self.budget_error.isHidden()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Your organisation"))
        self.setSubTitle(self.tr("The name, the yearly learning budget and the norm for learning "
                                 "hours."))
        for label, text in zip(
            self.labels,
            (self.tr("Organisation &name"), self.tr("Yearly learning &budget (€)"),
             self.tr("Learning &hours per person per year")),
            strict=True,
        ):
            label.setText(text)
        self.name.setPlaceholderText(self.tr("for example: Bakery De Korenschoof"))
        self.budget.setPlaceholderText(format_amount(2_500_000, self.ctx.language))
        self.budget_hint.setText(self.tr(
            "The money available each year for courses, training and coaching. Everyone "
            "will see what is left of it."))
        self.norm_hint.setText(self.tr(
            "How many hours each person learns in working time per year, in learning groups "
            "and otherwise. Regiestoel shows everyone their hours against this norm."))
        self._check()


class OwnerPage(_Page):
    created = Signal(object)  # SetupResult

    def __init__(self, ctx: AppContext, org_page: OrganisationPage) -> None:
        super().__init__(ctx)
        self.org_page = org_page
        self.result: SetupResult | None = None
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.name, self.email = QLineEdit(), QLineEdit()
        self.password, self.repeat = QLineEdit(), QLineEdit()
        for field in (self.password, self.repeat):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        self.errors = {k: FieldError() for k in ("name", "email", "password", "repeat")}
        self.labels = [QLabel() for _ in range(4)]
        fields = (self.name, self.email, self.password, self.repeat)
        for label, field, key in zip(self.labels, fields, self.errors, strict=True):
            label.setBuddy(field)
            form.addRow(label, with_notes(field, self.errors[key]))
            field.textChanged.connect(self._check)
        self.explain = hint_label()
        form.addRow("", self.explain)
        self.setCommitPage(True)
        self.retranslate()

    def _problems(self) -> dict[str, str]:
        problems: dict[str, str] = {}
        if self.email.text().strip():
            try:
                clean_email(self.email.text())
            except Invalid as exc:
                problems["email"] = self.ctx.describe(exc)
        pw = self.password.text()
        if pw and len(pw) < MIN_PASSWORD_LENGTH:
            problems["password"] = self.tr("At least %n characters.", "", MIN_PASSWORD_LENGTH)
        if self.repeat.text() and self.repeat.text() != pw:
            problems["repeat"] = self.tr("The two passwords are not the same.")
        return problems

    def _check(self) -> None:
        problems = self._problems()
        for key, label in self.errors.items():
            label.show_message(problems.get(key, ""))
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        filled = all(f.text().strip() for f in (self.name, self.email, self.password, self.repeat))
        return filled and not self._problems()

    def validatePage(self) -> bool:  # noqa: N802 - Qt API
        if self.result is not None:
            return True
        budget = self.org_page.budget_cents()
        if budget is None:
            return False
        setup = OrganisationSetup(
            name=self.org_page.name.text(),
            yearly_budget_cents=budget,
            hours_norm=self.org_page.norm.value(),
            language=self.ctx.language,
            owner_name=self.name.text(),
            owner_email=self.email.text(),
            owner_password=self.password.text(),
        )
        try:
            self.result = self._set_up_off_the_ui_thread(setup)
        except DomainError as exc:
            target = {"owner_email": "email", "owner_name": "name",
                      "owner_password": "password"}.get(exc.field or "")
            if target:
                self.errors[target].show_message(self.ctx.describe(exc))
            else:
                self.ctx.show_error(self, exc)
            return False
        self.created.emit(self.result)
        return True

    def _set_up_off_the_ui_thread(self, setup: OrganisationSetup) -> SetupResult:
        """Hashing the owner's password takes a moment: the database worker does it while
        the window keeps repainting (a local event loop), and the wizard takes no second
        click meanwhile. Errors are raised here as if the call were direct."""
        outcome: dict[str, Any] = {}
        loop = QEventLoop()

        def done(result: Any) -> None:
            outcome["result"] = result
            loop.quit()

        def failed(exc: BaseException) -> None:
            outcome["error"] = exc
            loop.quit()

        wizard = self.wizard()
        wizard.setEnabled(False)
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.ctx.tasks.run(lambda: set_up(self.ctx.db, setup), done, failed)
            if not outcome:
                loop.exec()
        finally:
            QGuiApplication.restoreOverrideCursor()
            wizard.setEnabled(True)
        if "error" in outcome:
            raise outcome["error"]
        return cast(SetupResult, outcome["result"])

    def retranslate(self) -> None:
        self.setTitle(self.tr("Your own account"))
        self.setSubTitle(self.tr("You become the first owner: you manage people, budget and "
                                 "settings."))
        for label, text in zip(
            self.labels,
            (self.tr("Your &name"), self.tr("&E-mail address"), self.tr("&Password"),
             self.tr("&Repeat password")),
            strict=True,
        ):
            label.setText(text)
        self.explain.setText(self.tr(
            "On the next page you get a recovery code. Keep it on paper: it is the only way "
            "to reset your password if you forget it."))
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Create organisation"))
        self._check()


class RecoveryPage(_Page):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        layout = QVBoxLayout(self)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.code = QLabel()
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSize(18)
        font.setBold(True)
        self.code.setFont(font)
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.copy = QPushButton()
        self.copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.code.text()))
        self.confirm = QCheckBox()
        self.confirm.toggled.connect(self.completeChanged)
        layout.addWidget(self.text)
        layout.addSpacing(12)
        layout.addWidget(self.code)
        layout.addWidget(self.copy, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addSpacing(12)
        layout.addWidget(self.confirm)
        layout.addStretch(1)
        self.retranslate()

    def show_code(self, result: SetupResult) -> None:
        self.code.setText(result.recovery_code)

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        return self.confirm.isChecked()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Your recovery code"))
        self.setSubTitle(self.tr("Write it down now. Regiestoel shows it only once."))
        self.text.setText(self.tr(
            "If you ever forget your password, this code lets you choose a new one. Write it "
            "on paper and keep it somewhere safe, away from this computer. Nobody else can "
            "reset an owner's password."))
        self.copy.setText(self.tr("Copy code"))
        self.confirm.setText(self.tr("I have written down the recovery code"))


class FirstRunWizard(QWizard):
    """Emits ``organisation_created`` with the SetupResult when the owner finishes."""

    organisation_created = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.welcome = WelcomePage(ctx)
        self.organisation = OrganisationPage(ctx)
        self.owner = OwnerPage(ctx, self.organisation)
        self.recovery = RecoveryPage(ctx)
        for page in (self.welcome, self.organisation, self.owner, self.recovery):
            self.addPage(page)
        self.owner.created.connect(self.recovery.show_code)
        self.setPixmap(QWizard.WizardPixmap.LogoPixmap, app_icon().pixmap(56, 56))
        self.resize(720, 560)
        self.setWindowTitle("Regiestoel")
        self.accepted.connect(self._finished)

    def _finished(self) -> None:
        if self.owner.result is not None:
            self.ctx.local.save()
            self.organisation_created.emit(self.owner.result)
