"""Add or edit a person: name, e-mail, roles, teams, manager, year of birth, expertise."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from app.changes import Changes
from app.passwords import MIN_PASSWORD_LENGTH
from app.services import people
from app.services.people import PersonInput, PersonRow, TeamRow
from app.validation import clean_email
from models import Role
from models.errors import Invalid
from ui.context import AppContext
from ui.dialogs.form import FormDialog
from ui.names import ROLE_ORDER, role_name
from ui.widgets.common import hint_label


class PersonDialog(FormDialog):
    def __init__(
        self,
        ctx: AppContext,
        teams: list[TeamRow],
        managers: list[PersonRow],
        person: PersonRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.person = person
        self.saved_id: int | None = None

        self.name = QLineEdit()
        self.name.setMaxLength(200)
        self.email = QLineEdit()
        self.email.setMaxLength(254)
        roles_box = QWidget()
        roles_row = QHBoxLayout(roles_box)
        roles_row.setContentsMargins(0, 0, 0, 0)
        self.role_boxes: dict[Role, QCheckBox] = {}
        for role in ROLE_ORDER:
            box = QCheckBox(role_name(role))
            self.role_boxes[role] = box
            roles_row.addWidget(box)
        roles_row.addStretch(1)
        self.teams = QListWidget()
        self.teams.setMaximumHeight(110)
        for t in teams:
            item = QListWidgetItem(t.name)
            item.setData(Qt.ItemDataRole.UserRole, t.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.teams.addItem(item)
        self.manager = QComboBox()
        self.manager.addItem("", None)
        for m in managers:
            if person is None or m.id != person.id:
                self.manager.addItem(m.name, m.id)
        self.birth_year = QLineEdit()
        self.birth_year.setValidator(QIntValidator(1900, 2100, self))
        self.birth_year.setMaximumWidth(120)
        self.birth_hint = hint_label()
        self.expertise = QLineEdit()
        self.expertise_hint = hint_label()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_hint = hint_label()

        self.add_field("name", self.name)
        self.add_field("email", self.email)
        # The roles are a row of check boxes: the label names the row, Alt+letter the first.
        self.add_field("roles", roles_box, focus=self.role_boxes[ROLE_ORDER[0]])
        self.add_field("teams", self.teams)
        self.add_field("manager", self.manager)
        self.add_field("birth_year", self.birth_year, self.birth_hint)
        self.add_field("expertise", self.expertise, self.expertise_hint)
        if person is None:
            self.add_field("password", self.password, self.password_hint)

        for field in (self.name, self.email, self.password, self.birth_year):
            field.textChanged.connect(self._check)
        for box in self.role_boxes.values():
            box.toggled.connect(self._check)
        if person is not None:
            self._fill(person)
        else:
            self.role_boxes[Role.PROFESSIONAL].setChecked(True)
        self.setMinimumWidth(560)
        self.retranslate()

    def _fill(self, p: PersonRow) -> None:
        self.name.setText(p.name)
        self.email.setText(p.email)
        for role, box in self.role_boxes.items():
            box.setChecked(role in p.roles)
        for row in range(self.teams.count()):
            item = self.teams.item(row)
            checked = item.data(Qt.ItemDataRole.UserRole) in p.team_ids
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        index = self.manager.findData(p.manager_id) if p.manager_id else 0
        self.manager.setCurrentIndex(max(index, 0))
        self.birth_year.setText(str(p.birth_year) if p.birth_year else "")
        self.expertise.setText(", ".join(p.expertise))

    # --- checking ------------------------------------------------------------------------

    def _roles(self) -> set[Role]:
        return {r for r, box in self.role_boxes.items() if box.isChecked()}

    def _problems(self) -> dict[str, str]:
        problems: dict[str, str] = {}
        if self.email.text().strip():
            try:
                clean_email(self.email.text())
            except Invalid as exc:
                problems["email"] = self.ctx.describe(exc)
        if not self._roles():
            problems["roles"] = self.tr("Choose at least one role.")
        pw = self.password.text()
        if self.person is None and pw and len(pw) < MIN_PASSWORD_LENGTH:
            problems["password"] = self.tr("At least %n characters.", "", MIN_PASSWORD_LENGTH)
        return problems

    def _check(self) -> None:
        problems = self._problems()
        for key in ("email", "roles", "password"):
            if key in self.fields:
                self.show_field_error(key, problems.get(key, ""))
        ready = bool(self.name.text().strip() and self.email.text().strip()) and not problems
        self.save_button.setEnabled(ready)

    def collect(self) -> PersonInput:
        year = self.birth_year.text().strip()
        return PersonInput(
            name=self.name.text(),
            email=self.email.text(),
            roles=self._roles(),
            team_ids=[
                int(self.teams.item(r).data(Qt.ItemDataRole.UserRole))
                for r in range(self.teams.count())
                if self.teams.item(r).checkState() == Qt.CheckState.Checked
            ],
            manager_id=self.manager.currentData(),
            birth_year=int(year) if year else None,
            expertise=[t for t in self.expertise.text().split(",") if t.strip()],
        )

    # --- saving --------------------------------------------------------------------------

    def submit(self) -> None:
        data = self.collect()
        db, actor = self.ctx.db, self.ctx.actor
        if self.person is None:
            password = self.password.text() or None

            def work() -> Changes:
                return people.add_person(db, actor, data, initial_password=password)
        else:
            pid, version = self.person.id, self.person.version_id

            def work() -> Changes:
                return people.update_person(db, actor, pid, data, expected_version=version)

        self.save(work, self._saved)

    def _saved(self, changes: Changes) -> None:
        self.saved_id = changes.ids[0] if changes.ids else None
        self.accept()

    # --- texts ---------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New person") if self.person is None
                            else self.tr("Edit %1").replace("%1", self.person.name))
        texts = {
            "name": self.tr("&Name"),
            "email": self.tr("&E-mail address"),
            "roles": self.tr("Roles"),
            "teams": self.tr("&Teams"),
            "manager": self.tr("Direct &manager"),
            "birth_year": self.tr("&Year of birth"),
            "expertise": self.tr("As&k me about"),
            "password": self.tr("Temporary &password"),
        }
        for key, text in texts.items():
            if key in self.fields:
                self.set_label(key, text)
        for role, box in self.role_boxes.items():
            box.setText(role_name(role))
        self.manager.setItemText(0, self.tr("(no manager)"))
        self.birth_hint.setText(self.tr(
            "Optional. Only used to show the generation mix of a learning group, never as "
            "an age."))
        self.expertise.setPlaceholderText(self.tr("for example: planning, heat pumps"))
        self.expertise_hint.setText(self.tr(
            "What colleagues may ask this person about, separated by commas."))
        self.password_hint.setText(self.tr(
            "Optional. With a temporary password this person can log in, and then chooses "
            "their own. Without one, set it later."))
        self._check()
