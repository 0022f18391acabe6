"""The base of every editing dialog: fields in a QFormLayout, the core's refusals shown next
to the field they name, Save (Enter, Ctrl+S) on the database worker, Cancel that keeps
nothing, and a reload that keeps the user's edits when someone else saved meanwhile.

A dialog writes nothing until the core accepts the whole form: the save runs as one
``DatabaseWorker.change`` job, which commits only when it succeeds.
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from app.domain.wording import Language
from app.errors import KamDeskError
from app.money import DEFAULT_CURRENCY
from app.records import FieldError, FormInvalidError, StaleRecordError
from ui.database_worker import DatabaseWorker
from ui.forms.field_state import restore, state_of
from ui.forms.form_messages import FormBanner, Problems, ask_to_discard, error_label, refusing
from ui.shortcuts import Command, shortcut_for

FORM_WIDTH = 580


@dataclass(frozen=True)
class FormContext:
    """What every dialog needs: the worker, the language, today, and the account edited."""

    worker: DatabaseWorker
    language: Language
    today: date
    account_id: int | None = None
    currency: str = DEFAULT_CURRENCY  # the account's: new money fields start in it


@dataclass(eq=False)  # one row may be found under several keys: compared by identity
class _Field:
    key: str
    label: str  # without the & of its mnemonic, for messages
    widget: QWidget
    focus: QWidget
    error: QLabel


class FormDialog(QDialog):
    """Subclasses set their title, add their fields with ``add_field``, then call
    ``finish(form)``; they implement ``fill``, ``collect``, ``save_job`` and (for editing)
    ``load_job``. A static ``prepare(session, ...)`` gathers their ``EditorData``."""

    saved = Signal(int)  # the id of the saved record
    change_topics: frozenset[str] = frozenset()

    def __init__(
        self,
        context: FormContext,
        *,
        record_id: int | None = None,
        version: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.record_id = record_id
        self.version = version
        self.saving = False
        self._fields: dict[str, _Field] = {}
        self._baseline: dict[str, Any] = {}
        self.banner = FormBanner()
        self.banner.reload_requested.connect(self.reload)
        self.form_layout = QFormLayout()
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form_layout.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.form_layout.setHorizontalSpacing(12)
        self.form_layout.setVerticalSpacing(8)
        buttons = QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        self.buttons = QDialogButtonBox(buttons)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        self.save_button.setToolTip(self.tr("Save (Enter or Ctrl+S)"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        QShortcut(shortcut_for(Command.SAVE_FORM).key_sequence(), self, self.save)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        layout.setSpacing(12)
        layout.addWidget(self.banner)
        layout.addLayout(self.form_layout)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(FORM_WIDTH)

    # -- building ----------------------------------------------------------------------------
    def add_field(
        self,
        key: str,
        label: str,
        widget: QWidget,
        *,
        focus: QWidget | None = None,
        also: tuple[str, ...] = (),
    ) -> None:
        """A row "label: widget" with its error line under it. ``key`` is the core's name of
        the field (``FieldError.field``); ``also`` lists further names shown on this row."""
        caption = QLabel(label)
        caption.setBuddy(focus or widget)
        if isinstance(widget, QSpinBox):  # a count is short: it does not stretch like text
            widget.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        if isinstance(widget, QPlainTextEdit):
            self.form_layout.addRow(caption, widget)
            self.form_layout.setAlignment(caption, Qt.AlignmentFlag.AlignTop)
        else:
            self.form_layout.addRow(caption, widget)
        error = error_label()
        self.form_layout.addRow("", error)
        self.form_layout.setRowVisible(error, False)
        plain = label.replace("&", "")
        field = _Field(key, plain, widget, focus or widget, error)
        for name in (key, *also):
            self._fields[name] = field

    def add_heading(self, text: str) -> None:
        heading = QLabel(text)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        heading.setContentsMargins(0, 6, 0, 0)
        self.form_layout.addRow(heading)

    def finish(self, form: Any) -> None:
        """Show ``form`` and remember it as the state nothing was changed from."""
        self.fill(form)
        self._baseline = self._states()
        first = next(iter(self._fields.values()), None)
        if first is not None:
            first.focus.setFocus(Qt.FocusReason.OtherFocusReason)
        self.adjustSize()

    # -- for subclasses ----------------------------------------------------------------------
    def fill(self, form: Any) -> None:
        raise NotImplementedError

    def collect(self, problems: Problems) -> Any:
        """The form the fields hold; fields that cannot be read go to ``problems``."""
        raise NotImplementedError

    def save_job(self, form: Any) -> Callable[[Session], int]:
        raise NotImplementedError

    def load_job(self) -> Callable[[Session], tuple[Any, int]]:
        raise NotImplementedError

    # -- saving ------------------------------------------------------------------------------
    def labels(self) -> dict[str, str]:
        return {key: field.label for key, field in self._fields.items()}

    def has_edits(self) -> bool:
        return self._states() != self._baseline

    def save(self) -> None:
        if self.saving:
            return
        self.clear_errors()
        problems = Problems(self.labels())
        form = self.collect(problems)
        job = refusing(self.save_job(form), problems.errors)
        self._set_saving(True)
        self.context.worker.change(
            job,
            self.change_topics,
            self._saved,
            account_id=self.context.account_id,
            on_error=self._failed,
            on_refused=self._refused,
        )

    def _set_saving(self, saving: bool) -> None:
        self.saving = saving
        self.buttons.setEnabled(not saving)

    def _saved(self, record_id: int) -> None:
        self._set_saving(False)
        self.saved.emit(record_id)
        self.done(QDialog.DialogCode.Accepted)

    def _failed(self, message: str) -> None:
        self._set_saving(False)
        self.banner.show_message(message)

    def _refused(self, error: KamDeskError) -> None:
        self._set_saving(False)
        if isinstance(error, FormInvalidError):
            self.show_errors(error.errors)
        elif isinstance(error, StaleRecordError):
            self.banner.show_message(str(error), offer_reload=True)
            self.banner.reload_button.setFocus()
        else:
            self.banner.show_message(str(error))

    # -- problems ----------------------------------------------------------------------------
    def field_for(self, key: str) -> _Field | None:
        """The row showing ``key``; a row of a list ("overrides[1].year") shows on the list."""
        if key in self._fields:
            return self._fields[key]
        return self._fields.get(key.split("[", 1)[0].split(".", 1)[0])

    def show_errors(self, errors: tuple[FieldError, ...] | list[FieldError]) -> None:
        self.clear_errors()
        shown: dict[int, list[str]] = {}
        unplaced: list[str] = []
        for error in errors:
            field = self.field_for(error.field)
            if field is None:
                unplaced.append(error.message)
            else:
                shown.setdefault(id(field), []).append(error.message)
        first: _Field | None = None
        for field in dict.fromkeys(self._fields.values()):
            messages = shown.get(id(field))
            if messages:
                field.error.setText("\n".join(messages))
                self.form_layout.setRowVisible(field.error, True)
                first = first or field
        if unplaced:
            self.banner.show_message("\n".join(unplaced))
        if first is not None:
            first.focus.setFocus(Qt.FocusReason.OtherFocusReason)

    def error_text(self, key: str) -> str:
        """What the row of ``key`` says is wrong ("" when nothing is)."""
        field = self.field_for(key)
        return field.error.text() if field is not None and field.error.isVisibleTo(self) else ""

    def clear_errors(self) -> None:
        self.banner.clear()
        for field in self._fields.values():
            field.error.clear()
            self.form_layout.setRowVisible(field.error, False)

    # -- someone else saved: reload, keeping the user's edits -------------------------------
    def _states(self) -> dict[str, Any]:
        rows = dict.fromkeys(self._fields.values())
        return {field.key: state_of(field.widget) for field in rows}

    def reload(self) -> None:
        self.context.worker.run(self.load_job(), self._reloaded, self._failed)

    def _reloaded(self, loaded: tuple[Any, int]) -> None:
        stored, self.version = loaded
        mine, before = self._states(), self._baseline
        self.fill(stored)
        theirs = self._states()
        self._baseline = theirs
        kept = [key for key, state in mine.items() if state != before.get(key)]
        by_key = {field.key: field for field in self._fields.values()}
        for key in kept:
            restore(by_key[key].widget, mine[key])
        both = [key for key in kept if theirs[key] != before.get(key)]
        also_theirs = self.tr("Someone else changed this too; yours is kept.")
        self.show_errors([FieldError(key, also_theirs) for key in both])
        if kept:
            self.banner.show_message(
                self.tr(
                    "Reloaded with the other changes. Your edits are kept in: {fields}. "
                    "Save again to store them."
                ).format(fields=", ".join(by_key[key].label for key in kept))
            )
        else:
            self.banner.show_message(self.tr("Reloaded with the other changes."))

    # -- cancelling --------------------------------------------------------------------------
    def reject(self) -> None:
        if self.saving:
            return  # the save decides; closing now would hide its answer
        if not self.has_edits():
            super().reject()
            return
        self.discard_question = ask_to_discard(self, lambda: QDialog.reject(self))
