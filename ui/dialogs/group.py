"""Start or edit a learning group: name, purpose, the colleagues you chose, an optional guide."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.changes import Changes
from app.services import groups
from app.services.groups import GroupInput, GroupRow
from app.services.people import PersonRow, fold
from ui.context import AppContext
from ui.dialogs.form import FormDialog, ignore_changes
from ui.icons import icon
from ui.names_groups import GENERATION_COLOURS, GENERATION_ORDER, generation_name, size_advice
from ui.widgets.common import hint_label

GuideCandidate = tuple[int, str, tuple[str, ...]]
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1
NAME_ROLE = Qt.ItemDataRole.UserRole + 2


class _MixBar(QWidget):
    """One thin bar, a coloured part per generation, as wide as its share of the group."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.parts: list[tuple[str, int]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMaximumWidth(360)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(240, 12)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(60, 12)

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        total = sum(n for _k, n in self.parts)
        if not total:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        clip = QPainterPath()
        clip.addRoundedRect(rect, 5, 5)
        painter.setClipPath(clip)
        x = rect.left()
        for key, count in self.parts:
            width = rect.width() * count / total
            painter.fillRect(QRectF(x, rect.top(), width, rect.height()),
                             QColor(GENERATION_COLOURS[key]))
            x += width
        painter.end()


class GenerationMix(QWidget):
    """The generation mix of a group, as coloured chips with counts; never years or ages."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mix: dict[str, int] = {}
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        self.bar = _MixBar()
        self.chips = QLabel()
        self.chips.setWordWrap(True)
        self.chips.setTextFormat(Qt.TextFormat.RichText)
        column.addWidget(self.bar)
        column.addWidget(self.chips)
        self.set_mix({})

    def set_mix(self, mix: dict[str, int]) -> None:
        self.mix = {k: n for k, n in mix.items() if n}
        parts = [(k, self.mix[k]) for k in GENERATION_ORDER if k in self.mix]
        self.bar.parts = parts
        self.bar.setVisible(bool(parts))
        self.bar.update()
        chips = [
            f'<span style="color:{GENERATION_COLOURS[k]}">&#9679;</span>'
            f"&nbsp;{escape(generation_name(k)).replace(' ', '&nbsp;')}&nbsp;<b>{n}</b>"
            for k, n in parts
        ]
        self.chips.setText("&nbsp;&nbsp;&nbsp; ".join(chips) if chips else "—")
        summary = ", ".join(f"{generation_name(k)}: {n}" for k, n in parts)
        self.setAccessibleName(self.tr("Generation mix"))
        self.setAccessibleDescription(summary)
        self.chips.setToolTip(summary)

    def plain_text(self) -> str:
        """What the chips say, without markup (for tests and screen readers)."""
        return ", ".join(f"{generation_name(k)} {n}" for k in GENERATION_ORDER
                         if (n := self.mix.get(k)))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.set_mix(self.mix)
        super().changeEvent(event)


class GroupDialog(FormDialog):
    """``colleagues`` are the active people to choose from; ``guides`` come from
    ``groups.guide_candidates``. Without ``group`` a new group is started."""

    def __init__(
        self,
        ctx: AppContext,
        colleagues: list[PersonRow],
        guides: list[GuideCandidate],
        group: GroupRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.group = group
        self.guides = guides
        self.saved_id: int | None = None
        self.warning: str | None = None
        self.me = ctx.session.person_id
        current_members = {pid for pid, _name in group.members} if group else set()
        # Colleagues asked who have not answered yet stay chosen; they join when they accept.
        self.invited = {pid for pid, _name in group.invited} if group else set()
        self.declined = {pid for pid, _name in group.declined} if group else set()
        # Whoever starts a group is in it unless they leave themself out; a guide editing a
        # group they only guide is not made a member.
        self.starter_in = group is None
        self._generations = {p.id: p.generation for p in colleagues}
        for pid, _name in (*(group.members if group else ()), *(group.invited if group else ())):
            self._generations.setdefault(pid, "unknown")

        self.intro = hint_label()
        self.body.insertWidget(0, self.intro)

        self.name = QLineEdit()
        self.name.setMaxLength(120)
        self.purpose = QPlainTextEdit()
        self.purpose.setTabChangesFocus(True)
        self.purpose.setFixedHeight(70)
        self.purpose_hint = hint_label()

        members_box = QWidget()
        members = QVBoxLayout(members_box)
        members.setContentsMargins(0, 0, 0, 0)
        members.setSpacing(4)
        self.member_search = QLineEdit()
        ignore_changes(self.member_search)
        self.member_search.setClearButtonEnabled(True)
        self.member_search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.members = QListWidget()
        self.members.setMinimumHeight(150)
        self.members.setMaximumHeight(210)
        known = {p.id for p in colleagues}
        extra = [(pid, name) for pid, name in (*(group.members if group else ()),
                                               *(group.invited if group else ()))
                 if pid not in known]
        for person_id, name, expertise in sorted(
                [(p.id, p.name, p.expertise) for p in colleagues]
                + [(pid, name, ()) for pid, name in extra], key=lambda r: fold(r[1])):
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, person_id)
            item.setData(SEARCH_ROLE, fold(" ".join([name, *expertise])))
            item.setData(NAME_ROLE, name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            chosen = (person_id in current_members or person_id in self.invited
                      or (self.starter_in and person_id == self.me))
            item.setCheckState(Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked)
            self.members.addItem(item)
        self.starter_hint = hint_label()
        self.starter_hint.setVisible(self.starter_in)
        self.chosen = QLabel()
        self.chosen.setWordWrap(True)
        self.mix = GenerationMix()
        self.size_advice = hint_label()
        self.size_advice.setProperty("role", "hint")
        # What changes while ticking keeps its room (three lines, two for the advice), so the
        # guide below never jumps under the mouse.
        lines = self.fontMetrics().lineSpacing()
        self.chosen.setMinimumHeight(3 * lines)
        self.chosen.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.size_advice.setMinimumHeight(2 * lines)
        self.size_advice.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        policy = self.size_advice.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.size_advice.setSizePolicy(policy)
        members.addWidget(self.member_search)
        members.addWidget(self.members)
        members.addWidget(self.starter_hint)
        members.addWidget(self.chosen)
        members.addWidget(self.mix)
        members.addWidget(self.size_advice)
        members_box.setFocusProxy(self.member_search)

        guide_box = QWidget()
        guide_column = QVBoxLayout(guide_box)
        guide_column.setContentsMargins(0, 0, 0, 0)
        guide_column.setSpacing(4)
        self.guide_search = QLineEdit()
        ignore_changes(self.guide_search)
        self.guide_search.setClearButtonEnabled(True)
        self.guide_search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.guide = QComboBox()
        self.guide.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.guide.setMinimumContentsLength(24)
        self.guide_hint = hint_label()
        guide_column.addWidget(self.guide_search)
        guide_column.addWidget(self.guide)
        guide_box.setFocusProxy(self.guide_search)
        # A guide who was asked and has not answered stays chosen, or the question is withdrawn.
        self.guide_invited = group.guide_invited[0] if group and group.guide_invited else None
        self._guide_id: int | None = (group.guide_id or self.guide_invited) if group else None
        if group and group.guide_id and group.guide_id not in {g[0] for g in guides}:
            # A guide who lost the role stays visible until someone chooses another.
            self.guides = [*guides, (group.guide_id, group.guide_name, ())]

        self.add_field("name", self.name)
        self.add_field("purpose", self.purpose, self.purpose_hint)
        self.add_field("members", members_box, focus=self.member_search)
        self.add_field("guide", guide_box, self.guide_hint, focus=self.guide_search)

        if group is not None:
            self.name.setText(group.name)
            self.purpose.setPlainText(group.purpose)
        self.name.textChanged.connect(self._check)
        self.members.itemChanged.connect(self._member_changed)
        self.member_search.textChanged.connect(self._filter_members)
        self.guide_search.textChanged.connect(lambda _t: self._fill_guides())
        self.guide.currentIndexChanged.connect(self._guide_chosen)
        self.setTabOrder(self.name, self.purpose)
        self.setTabOrder(self.purpose, self.member_search)
        self.setTabOrder(self.member_search, self.members)
        self.setTabOrder(self.members, self.guide_search)
        self.setTabOrder(self.guide_search, self.guide)
        self.setMinimumWidth(600)
        self.retranslate()

    # --- members -------------------------------------------------------------------------

    def _items(self) -> list[QListWidgetItem]:
        return [self.members.item(r) for r in range(self.members.count())]

    def member_ids(self) -> list[int]:
        return [int(i.data(Qt.ItemDataRole.UserRole)) for i in self._items()
                if i.checkState() == Qt.CheckState.Checked]

    def item_for(self, person_id: int) -> QListWidgetItem | None:
        return next((i for i in self._items()
                     if i.data(Qt.ItemDataRole.UserRole) == person_id), None)

    def _member_changed(self, _item: QListWidgetItem) -> None:
        self._update_members()

    def _filter_members(self, text: str) -> None:
        needle = fold(text.strip())
        for item in self._items():
            item.setHidden(bool(needle) and needle not in item.data(SEARCH_ROLE))

    def _update_members(self) -> None:
        ids = self.member_ids()
        names = [i.text() for i in self._items() if i.checkState() == Qt.CheckState.Checked]
        summary = (self.tr("%n person(s) chosen: %1", "", len(ids)).replace(
            "%1", ", ".join(names)) if ids else self.tr("Nobody chosen yet."))
        if self.group is None and ids and self.me not in ids:
            summary += " " + self.tr(
                "You leave yourself out: once the group has started you do not see its "
                "sessions and notes.")
        self.chosen.setText(summary)
        mix: dict[str, int] = {}
        for pid in ids:
            key = self._generations.get(pid, "unknown")
            mix[key] = mix.get(key, 0) + 1
        self.mix.set_mix(mix)
        advice = size_advice(groups.size_warning(len(ids)))
        self.size_advice.setText(advice)
        self.size_advice.setVisible(bool(advice))
        self._check()

    # --- guide ---------------------------------------------------------------------------

    def _guide_label(self, name: str, expertise: tuple[str, ...]) -> str:
        if not expertise:
            return name
        return self.tr("%1 — ask me about: %2").replace("%1", name).replace(
            "%2", ", ".join(expertise))

    def _fill_guides(self) -> None:
        needle = fold(self.guide_search.text().strip())
        wanted = self._guide_id
        self.guide.blockSignals(True)
        self.guide.clear()
        self.guide.addItem(self.tr("(no guide)"), None)
        for gid, name, expertise in self.guides:
            if gid == self.me and gid != wanted:
                continue  # you do not guide a group you start; a guide editing stays guide
            matches = not needle or needle in fold(" ".join([name, *expertise]))
            if matches or gid == wanted:
                label = self._guide_label(name, expertise)
                if gid == self.guide_invited:
                    label = self.tr("%1 (invited)").replace("%1", label)
                self.guide.addItem(icon("guide"), label, gid)
        index = self.guide.findData(wanted) if wanted is not None else 0
        self.guide.setCurrentIndex(max(index, 0))
        self.guide.blockSignals(False)
        shown = self.guide.count() - 1 - (1 if wanted is not None and needle else 0)
        if not [g for g in self.guides if g[0] != self.me or g[0] == wanted]:
            self.guide_hint.setText(self.tr(
                "Nobody has the guide role yet. The owner can give it to an experienced "
                "colleague under People."))
        elif needle and shown <= 0:
            self.guide_hint.setText(self.tr("No guide knows about “%1”. Try another word.")
                                    .replace("%1", self.guide_search.text().strip()))
        else:
            self.guide_hint.setText(self.tr(
                "Optional. An experienced colleague who helps the group now and then. "
                "Search by what you want to learn about."))

    def _guide_chosen(self, _index: int) -> None:
        self._guide_id = self.guide.currentData()

    def choose_guide(self, guide_id: int | None) -> None:
        self._guide_id = guide_id
        self._fill_guides()

    # --- checking and saving -------------------------------------------------------------

    def _check(self) -> None:
        ready = bool(self.name.text().strip()) and bool(self.member_ids())
        self.show_field_error(
            "members", "" if self.member_ids() else self.tr("Choose at least one person."))
        self.save_button.setEnabled(ready)

    def collect(self) -> GroupInput:
        return GroupInput(name=self.name.text(), purpose=self.purpose.toPlainText(),
                          member_ids=self.member_ids(), guide_id=self._guide_id)

    def submit(self) -> None:
        data = self.collect()
        db, actor = self.ctx.db, self.ctx.actor
        if self.group is None:
            def work() -> Changes:
                return groups.start_group(db, actor, data)
        else:
            group_id, version = self.group.id, self.group.version_id

            def work() -> Changes:
                return groups.update_group(db, actor, group_id, data, expected_version=version)

        self.save(work, self._saved)

    def _saved(self, changes: Changes) -> None:
        self.saved_id, self.warning = changes.value
        self.accept()

    # --- texts ---------------------------------------------------------------------------

    def retranslate(self) -> None:
        new = self.group is None
        self.setWindowTitle(self.tr("Start a learning group") if self.group is None
                            else self.tr("Edit %1").replace("%1", self.group.name))
        self.intro.setText(self.tr(
            "Choose the colleagues you want to learn with: 3 to 6 people, young and old "
            "mixed. You meet one hour a day, four days in a row, in working time. Everyone "
            "you choose gets an invitation on My learning and joins when they accept."))
        texts = {
            "name": self.tr("&Name"),
            "purpose": self.tr("&Purpose"),
            "members": self.tr("&Who joins"),
            "guide": self.tr("&Guide"),
        }
        for key, text in texts.items():
            self.set_label(key, text)
        self.starter_hint.setText(self.tr(
            "You are in the group you start. To start it for others without being in it, "
            "untick yourself."))
        self.name.setPlaceholderText(self.tr("for example: Smoother mornings in the bakery"))
        self.purpose_hint.setText(self.tr(
            "What do you want to get better at together? A sentence or two is enough."))
        self.member_search.setPlaceholderText(self.tr("Search colleagues by name or subject"))
        self.member_search.setAccessibleName(self.tr("Search colleagues"))
        self.members.setAccessibleName(self.tr("Colleagues in the group"))
        self.members.blockSignals(True)
        for item in self._items():
            pid, name = item.data(Qt.ItemDataRole.UserRole), item.data(NAME_ROLE)
            if pid == self.me and (self.starter_in or self.group is not None
                                   and pid in {m for m, _n in self.group.members}):
                item.setText(self.tr("%1 (you)").replace("%1", name))
                item.setToolTip(self.tr(
                    "Untick yourself to start the group for others without being in it."))
            elif pid in self.invited:
                item.setText(self.tr("%1 (invited)").replace("%1", name))
                item.setToolTip(self.tr("Asked to join; has not answered yet."))
            elif pid in self.declined:
                item.setText(self.tr("%1 (declined)").replace("%1", name))
                item.setToolTip(self.tr("Said no to joining. Tick to ask again."))
        self.members.blockSignals(False)
        self.guide_search.setPlaceholderText(self.tr("Find a guide by subject, e.g. planning"))
        self.guide_search.setAccessibleName(self.tr("Search guides by subject"))
        self.guide.setAccessibleName(self.tr("Guide"))
        self.save_button.setText(self.tr("&Start group") if new else self.tr("&Save"))
        self._fill_guides()
        self._update_members()
