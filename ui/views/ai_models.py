"""Settings > AI coach: import a GGUF model, see whether it fits, choose the active one."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.ai import fit
from app.ai.engine import EngineSettings, ai_available, not_installed
from app.ai.gguf import GGUFInfo, read_gguf
from app.ai.model_rights import ManagedModels
from app.ai.registry import ModelEntry, ModelRegistry
from app.paths import resources_dir
from models.errors import DomainError, Invalid
from ui.context import AppContext
from ui.icons import icon
from ui.relay import Relay
from ui.widgets.common import FieldError, confirm, hint_label


def run_file_job(relay: Relay, work: Callable[[Callable[[int, int], None]], Any],
                 done: Callable[[Any], None], failed: Callable[[BaseException], None],
                 progress: Callable[[int, int], None] | None = None) -> threading.Thread:
    """Hashing and copying hundreds of MB: on its own thread, never on the UI or DB thread;
    progress and the outcome come back to the UI thread through ``relay``."""

    def report(done_bytes: int, total: int) -> None:
        if progress is not None:
            relay.post(progress, done_bytes, total)

    def finish(callback: Callable[[Any], None], value: Any) -> None:
        relay.end()
        callback(value)

    def body() -> None:
        try:
            result = work(report)
        except BaseException as exc:  # noqa: BLE001 - shown by the panel
            relay.post(finish, failed, exc)
        else:
            relay.post(finish, done, result)

    relay.begin()
    thread = threading.Thread(target=body, name="regiestoel-model-file", daemon=True)
    thread.start()
    return thread


def recommended_models() -> list[dict[str, Any]]:
    data = json.loads((resources_dir() / "ai" / "recommended_models.json")
                      .read_text(encoding="utf-8"))
    return list(data["models"])


def _writes_dutch(entry: ModelEntry) -> bool:
    """What is known without asking the model (the coach probes an unknown one when used)."""
    from app.ai.dutch import listed_languages

    if entry.dutch:
        return entry.dutch == "yes"
    languages = listed_languages(entry)
    return languages is None or "nl" in languages


def _size(size: int) -> str:
    return f"{size / 1024 ** 3:.1f} GB" if size >= 1024 ** 3 else f"{size / 1024 ** 2:.0f} MB"


def _params(count: int) -> str:
    return f"{count / 1e9:.1f} B" if count >= 1e9 else f"{count / 1e6:.0f} M"


class AiModelsPanel(QWidget):
    """The models of this computer (not of the organisation): they stay on this machine."""

    COLUMNS = 6

    def __init__(self, ctx: AppContext, registry: ModelRegistry | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.registry = registry or ModelRegistry()
        self.infos: dict[str, GGUFInfo | DomainError] = {}
        self.job: threading.Thread | None = None
        self.confirmation: QMessageBox | None = None
        self.relay = Relay(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.intro = hint_label()
        self.state = QLabel()
        self.state.setWordWrap(True)
        layout.addWidget(self.intro)
        layout.addWidget(self.state)
        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(120)
        layout.addWidget(self.table)
        self.progress = QProgressBar()
        self.progress.hide()
        layout.addWidget(self.progress)
        self.error = FieldError()
        layout.addWidget(self.error)
        # For everyone but whoever manages the models: why the buttons are off.
        self.owner_only = hint_label()
        self.owner_only.hide()
        layout.addWidget(self.owner_only)
        buttons = QHBoxLayout()
        self.import_button = QPushButton(icon("import"), "")
        self.activate_button = QPushButton(icon("check"), "")
        self.remove_button = QPushButton(icon("delete"), "")
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.activate_button)
        buttons.addStretch(1)
        buttons.addWidget(self.remove_button)
        layout.addLayout(buttons)
        self.recommended_title = QLabel()
        self.recommended_hint = hint_label()
        self.recommended = QTableWidget(0, 4)
        self.recommended.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.recommended.verticalHeader().hide()
        self.recommended.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Stretch)
        models = recommended_models()
        self.recommended.setRowCount(len(models))
        for row, m in enumerate(models):
            for col, value in enumerate((m["name"], f"{m['size_mb'] / 1024:.1f} GB",
                                         ", ".join(m["languages"]), m["licence"])):
                item = QTableWidgetItem(value)
                item.setToolTip(f"{m['file']} — {m['source']}")
                self.recommended.setItem(row, col, item)
        self.recommended.resizeColumnsToContents()
        self.recommended.setMinimumHeight(230)
        layout.addWidget(self.recommended_title)
        layout.addWidget(self.recommended_hint)
        layout.addWidget(self.recommended)
        self.import_button.clicked.connect(self.choose_file)
        self.activate_button.clicked.connect(self.activate)
        self.remove_button.clicked.connect(self.ask_remove)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.retranslate()
        self.refresh()

    # --- showing ---------------------------------------------------------------------------

    def selected(self) -> ModelEntry | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.table.item(rows[0].row(), 0)
        sha = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return next((e for e in self.registry.entries if e.sha256 == sha), None)

    def refresh(self) -> None:
        entries = list(self.registry.entries)
        self.table.setVisible(bool(entries))
        self.table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            self._fill_row(row, entry)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        missing = [e for e in entries if e.sha256 not in self.infos]
        if missing:
            # Reading a header walks the whole vocabulary: off the UI thread.
            def work(_progress: Callable[[int, int], None]) -> dict[str, Any]:
                found: dict[str, GGUFInfo | DomainError] = {}
                for e in missing:
                    try:
                        found[e.sha256] = read_gguf(e.path)
                    except DomainError as exc:
                        found[e.sha256] = exc
                return found

            run_file_job(self.relay, work, self._got_infos, lambda _e: None)
        self._update_buttons()
        self._render_state()

    def _got_infos(self, found: dict[str, GGUFInfo | DomainError]) -> None:
        self.infos.update(found)
        for row, entry in enumerate(self.registry.entries):
            if row < self.table.rowCount():
                self._fill_row(row, entry)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def _fill_row(self, row: int, entry: ModelEntry) -> None:
        info = self.infos.get(entry.sha256)
        active = entry.sha256 == self.registry.active
        name = ("✓ " if active else "") + entry.name
        cells = [name, _size(entry.file_size), "", "", "", ""]
        tip = f"{entry.path}\nSHA-256: {entry.sha256}"
        if isinstance(info, GGUFInfo):
            estimate = fit.estimate(info, EngineSettings().context)
            verdicts = {"fits": self.tr("fits"),
                        "tight": self.tr("close other programs first"),
                        "too_large": self.tr("too large for this computer")}
            cells[2:] = [_params(info.parameters), info.quantisation,
                         self.tr("yes") if info.has_chat_template else self.tr("no (fallback)"),
                         f"{verdicts[estimate.verdict]} ({_size(estimate.needed)})"]
        elif isinstance(info, DomainError):
            cells[5] = self.ctx.describe(info)
        for col, value in enumerate(cells):
            item = QTableWidgetItem(value)
            item.setToolTip(tip)
            if col == 0:
                item.setData(Qt.ItemDataRole.UserRole, entry.sha256)
                font = item.font()
                font.setBold(active)
                item.setFont(font)
            self.table.setItem(row, col, item)

    def _render_state(self) -> None:
        if not ai_available():
            self.state.setText(self.ctx.describe(not_installed()))
        elif self.registry.active_entry() is None:
            self.state.setText(self.tr("No model yet: import one with the button below."))
        else:
            entry = self.registry.active_entry()
            text = self.tr("The coach uses %1.").replace("%1", entry.name if entry else "")
            if entry is not None and self.ctx.language == "nl" and not _writes_dutch(entry):
                text += " " + self.ctx.describe(Invalid("ai_model_no_dutch", name=entry.name))
            self.state.setText(text)

    @property
    def models(self) -> ManagedModels:
        """The models as the person logged in may change them (the rule lives in app/)."""
        return ManagedModels(self.registry, self.ctx.session.actor)

    def _update_buttons(self) -> None:
        entry = self.selected()
        busy = self.job is not None
        allowed = self.models.may_manage
        self.import_button.setEnabled(allowed and not busy)
        self.activate_button.setEnabled(allowed and not busy and entry is not None
                                        and entry.sha256 != self.registry.active)
        self.remove_button.setEnabled(allowed and not busy and entry is not None)
        self.owner_only.setVisible(not allowed)

    # --- changing --------------------------------------------------------------------------

    def choose_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import a model"), str(Path.home()),
            self.tr("GGUF models (*.gguf);;All files (*)"))
        if path:
            self.import_file(path)

    def import_file(self, path: str) -> None:
        """Check, copy and hash on a file thread; the progress bar follows the bytes."""
        self.error.show_message("")
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.progress.show()
        models = self.models

        def work(progress: Callable[[int, int], None]) -> tuple[ModelEntry, GGUFInfo]:
            return models.import_model(path, progress)

        def step(done: int, total: int) -> None:
            self.progress.setValue(int(done * 100 / total) if total else 100)

        self.job = run_file_job(self.relay, work, self._imported, self._import_failed, step)
        self._update_buttons()

    def _imported(self, result: tuple[ModelEntry, GGUFInfo]) -> None:
        entry, info = result
        self.job = None
        self.progress.hide()
        self.infos[entry.sha256] = info
        self.refresh()

    def _import_failed(self, error: BaseException) -> None:
        self.job = None
        self.progress.hide()
        self._update_buttons()
        if isinstance(error, DomainError):
            self.error.show_message(self.ctx.describe(error))
        else:
            self.ctx.show_error(self, error)

    def activate(self) -> None:
        entry = self.selected()
        if entry is not None:
            try:
                self.models.set_active(entry.sha256)
            except DomainError as exc:
                self.error.show_message(self.ctx.describe(exc))
            self.refresh()

    def ask_remove(self) -> None:
        entry = self.selected()
        if entry is None:
            return
        self.confirmation = confirm(
            self, self.tr("Remove this model?"),
            self.tr("%1 is removed from this computer. You can import it again later.")
            .replace("%1", entry.name), lambda: self.remove(entry.sha256))

    def remove(self, sha256: str) -> None:
        try:
            self.models.remove(sha256)
        except DomainError as exc:
            self.error.show_message(self.ctx.describe(exc))
            return
        self.infos.pop(sha256, None)
        self.refresh()

    def retranslate(self) -> None:
        self.intro.setText(self.tr(
            "The AI coach runs a language model on this computer: nothing you write leaves "
            "it. Import a model file (GGUF) that you fetched elsewhere, from disk or a USB "
            "stick. Models belong to this computer, not to the organisation."))
        self.table.setHorizontalHeaderLabels([
            self.tr("Model"), self.tr("Size"), self.tr("Parameters"), self.tr("Quantisation"),
            self.tr("Chat template"), self.tr("Memory")])
        self.owner_only.setText(self.ctx.describe(DomainError("ai_models_owner_only")))
        self.import_button.setText(self.tr("&Import a model…"))
        self.activate_button.setText(self.tr("Use this model"))
        self.remove_button.setText(self.tr("Remove"))
        self.recommended_title.setText(self.tr("Recommended models"))
        self.recommended_hint.setText(self.tr(
            "Small models that run on an ordinary laptop. Regiestoel never downloads "
            "anything: fetch the file on another computer and import it here."))
        self.recommended.setHorizontalHeaderLabels([
            self.tr("Name"), self.tr("Size"), self.tr("Languages"), self.tr("Licence")])
        self.refresh_texts()

    def refresh_texts(self) -> None:
        if self.table.rowCount():
            for row, entry in enumerate(self.registry.entries):
                self._fill_row(row, entry)
