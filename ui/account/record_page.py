"""The base of every workspace page: one list of records of the open account, with Add,
Edit and Delete on buttons and keys (Insert or Ctrl+N, Enter or F2, Delete).

A page loads on the database worker the first time it is shown and again only when
the change broadcast names one of its ``topics`` for its account. Saving and deleting
go through the worker's ``change`` with the page's ``change_topics``, so the header,
the agenda and the accounts list hear of it too.
"""

from functools import partial
from typing import Any, ClassVar

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QPushButton,
    QStackedWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from app.records import DeletedRecord, RecordKind
from ui.account.empty_records import EmptyRecords
from ui.account.record_deletion import RecordDeletion
from ui.account.record_editing import RecordEditing
from ui.account.record_view import record_view
from ui.account.workspace_pages import PageContext, WorkspacePage
from ui.forms.form_dialog import FormDialog
from ui.keyed_buttons import keyed_button
from ui.page_header import muted_label
from ui.shortcuts import Command
from ui.shown_refresh import ShownRefresh


class RecordPage(QWidget):
    """Subclasses set the class attributes and implement ``build_model``, ``load`` and the
    words; the model answers ``set_rows``, ``record_at``, ``index_of``, ``record_count``."""

    page: ClassVar[WorkspacePage]
    kind: ClassVar[RecordKind]
    dialog: ClassVar[type[FormDialog]]
    topics: ClassVar[frozenset[str]]  # reload when one of these changes for the account
    change_topics: ClassVar[frozenset[str]]  # announced when a row is deleted or restored

    loaded = Signal()
    record_deleted = Signal(object, object, str)  # DeletedRecord, frozenset of topics, what
    status_message = Signal(str)

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.account_id: int | None = None
        self.currency = "EUR"
        self.reload = ShownRefresh(self, self.refresh)
        self.reload.stale = True  # loads when first shown with an account
        self._pending_select: int | None = None
        self.model = self.build_model()
        self.summary = muted_label()
        insert = [QKeySequence(Qt.Key.Key_Insert)]
        self.add_button = keyed_button(
            self, self.add_text(), Command.ADD_RECORD, self.add_record, more_keys=insert
        )
        self.edit_button = keyed_button(
            self, self.tr("&Edit…"), Command.EDIT_RECORD, self.edit_record
        )
        self.delete_button = keyed_button(
            self, self.tr("&Delete"), Command.DELETE_RECORD, self.delete_record
        )
        self.view = self._build_view()
        self.empty = EmptyRecords()
        self.empty.add_button.clicked.connect(self.add_record)
        self.body = QStackedWidget()
        self.body.addWidget(self.view)
        self.body.addWidget(self.empty)
        self.deletion = RecordDeletion(self)
        self.editing = RecordEditing(self)
        self._build_layout()
        context.broadcast.changed.connect(self._on_changed)

    # -- for subclasses ----------------------------------------------------------------------
    def build_model(self) -> Any:
        raise NotImplementedError

    def load(self, session: Session, account_id: int) -> Any:
        """The page's rows (runs on the database worker)."""
        raise NotImplementedError

    def show_loaded(self, loaded: Any) -> None:
        self.model.set_rows(loaded)

    def add_text(self) -> str:
        raise NotImplementedError

    def empty_texts(self) -> tuple[str, str]:
        """The headline and the one-line hint shown while the page has no rows."""
        raise NotImplementedError

    def summary_text(self) -> str:
        return ""

    def describe(self, view: Any) -> str:
        """How a row is named in "Delete …?" and in the status bar."""
        raise NotImplementedError

    def extra_buttons(self) -> list[QPushButton]:
        return []

    def detail_widget(self) -> QWidget | None:
        """Shown under the list for the chosen row (long texts a column cannot hold)."""
        return None

    def selection_changed(self) -> None:
        """The current row changed: enable what applies to it."""

    # -- building ----------------------------------------------------------------------------
    def _build_view(self) -> QTreeView:
        view = record_view(self.model, self.model.columns)
        view.activated.connect(lambda _index: self.edit_record())
        view.selectionModel().currentRowChanged.connect(self._current_changed)
        return view

    def _build_layout(self) -> None:
        tools = QHBoxLayout()
        tools.setSpacing(8)
        tools.addWidget(self.summary, 1)
        for button in (*self.extra_buttons(), self.add_button, self.edit_button):
            tools.addWidget(button)
        tools.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 10, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(tools)
        layout.addWidget(self.body, 1)
        detail = self.detail_widget()
        if detail is not None:
            layout.addWidget(detail)
        self._enable_buttons()

    # -- loading -----------------------------------------------------------------------------
    def set_account(self, account_id: int, currency: str) -> None:
        """Show ``account_id``'s rows: now if the page is on screen, else when it is next."""
        if account_id != self.account_id:
            self.account_id = account_id
            self.model.set_rows([])
            self.summary.clear()
        self.currency = currency
        self.reload.request()

    def refresh(self) -> None:
        if self.account_id is None:
            return
        self.reload.stale = False
        account_id = self.account_id
        job = partial(self.load, account_id=account_id)
        self.context.worker.run(job, partial(self._show, account_id), self._load_failed)

    def _on_changed(self, topics: frozenset[str], account_id: int | None) -> None:
        if self.account_id is None or not topics & self.topics:
            return
        if account_id is not None and account_id != self.account_id:
            return
        self.reload.request()

    def _show(self, account_id: int, loaded: Any) -> None:
        if account_id != self.account_id:
            return  # another account was opened meanwhile
        current = self.current_record()
        self.show_loaded(loaded)
        self.summary.setText(self.summary_text())
        if self.model.record_count():
            self.body.setCurrentWidget(self.view)
        else:
            headline, hint = self.empty_texts()
            self.empty.show_message(headline, hint, self.add_text())
            self.body.setCurrentWidget(self.empty)
        wanted = self._pending_select
        if wanted is None and current is not None:
            wanted = current.id
        self._pending_select = None
        if (wanted is None or not self._select_now(wanted)) and self.model.record_count():
            self._select_first()
        self._enable_buttons()
        self.loaded.emit()

    def _load_failed(self, message: str) -> None:
        self.model.set_rows([])
        self.empty.show_message(self.tr("This page could not be loaded"), message, None)
        self.body.setCurrentWidget(self.empty)
        self.loaded.emit()

    # -- selection ---------------------------------------------------------------------------
    def select(self, record_id: int) -> None:
        """Select the row of ``record_id``; one not shown yet is selected after the next load."""
        if self.reload.stale or not self._select_now(record_id):
            self._pending_select = record_id

    def select_restored(self, deleted: DeletedRecord) -> None:
        """Ctrl+Z is putting ``deleted`` back: choose its row once it is listed again."""
        self.select(deleted.record_id)

    def _select_now(self, record_id: int) -> bool:
        index = self.model.index_of(record_id)
        if index.isValid():
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        return index.isValid()

    def _select_first(self) -> None:
        """A row is always chosen, so Enter, F2 and Delete work as soon as the list has focus."""
        first = self.model.index(0, 0)
        if self.model.record_at(first) is None:  # a group row: its first member
            first = self.model.index(0, 0, first)
        self.view.setCurrentIndex(first)

    def current_record(self) -> Any | None:
        return self.model.record_at(self.view.currentIndex())

    def focus_list(self) -> None:
        (self.view if self.body.currentWidget() is self.view else self.empty.add_button).setFocus()

    def _current_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._enable_buttons()

    def _enable_buttons(self) -> None:
        chosen = self.current_record() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)
        self.selection_changed()

    # -- editing -----------------------------------------------------------------------------
    def add_record(self) -> None:
        self.open_editor(None)

    def edit_record(self) -> None:
        view = self.current_record()
        if view is not None:
            self.open_editor(view.id)

    def open_editor(self, record_id: int | None) -> None:
        """Gather the form (and its choices) on the worker, then open the dialog."""
        self.editing.open(record_id)

    @property
    def editor(self) -> FormDialog | None:
        """The dialog open on this page, if any."""
        return self.editing.dialog

    def saved(self, record_id: int) -> None:
        self._pending_select = record_id
        self.status_message.emit(self.tr("Saved."))

    def delete_record(self) -> None:
        view = self.current_record()
        if view is not None and self.account_id is not None:
            self.deletion.ask(view, self.describe(view))

    def deleted(self, deleted: DeletedRecord, what: str) -> None:
        """The worker deleted a row: hand it to the workspace for Ctrl+Z."""
        self.record_deleted.emit(deleted, self.change_topics, what)
        self.status_message.emit(
            self.tr("Deleted {what}. Ctrl+Z brings it back.").format(what=what)
        )
