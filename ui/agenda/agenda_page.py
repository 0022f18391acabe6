"""The agenda page: a tree of what is due, grouped by urgency, loaded off the GUI thread."""

from datetime import date
from decimal import Decimal
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStackedWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.domain.agenda import DEFAULT_DAYS
from app.domain.wording import Language
from app.formatting import day, number
from ui.agenda.agenda_lines import AgendaLine, load_agenda_lines
from ui.agenda.agenda_model import ACCOUNT, DUE, LIGHT, AgendaModel
from ui.agenda.agenda_targets import target_of
from ui.change_broadcast import CONTACTS, EVERYTHING, LEDGER, ChangeBroadcast
from ui.database_worker import DatabaseWorker
from ui.page_header import EmptyState, muted_label, title_label
from ui.row_spacing import RowSpacingDelegate
from ui.shortcuts import Command, shortcut_for
from ui.shown_refresh import ShownRefresh

if TYPE_CHECKING:  # imported on first use: the agenda is the first screen
    from ui.agenda.follow_up_actions import FollowUpActions

# Who sits at the table and what was given for free never put anything on the agenda.
AGENDA_TOPICS = EVERYTHING - {CONTACTS, LEDGER}


class AgendaPage(QWidget):
    """Emits ``account_requested(customer_number, RecordTarget)`` when an item is opened;
    a follow-up can be marked done (Ctrl+D) or snoozed from its context menu."""

    account_requested = Signal(str, object)
    status_message = Signal(str)
    loaded = Signal()
    load_failed = Signal(str)

    def __init__(
        self,
        worker: DatabaseWorker,
        broadcast: ChangeBroadcast,
        today: date,
        language: Language,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._worker = worker
        self._today = today
        self._language = language
        self.reload = ShownRefresh(self, self.refresh)
        self.model = AgendaModel(language, parent=self)

        self.subtitle = muted_label(self.tr("Loading the agenda…"))
        self.tree = self._build_tree()
        self.empty_state = EmptyState()
        self._body = QStackedWidget()
        self._body.addWidget(self.tree)
        self._body.addWidget(self.empty_state)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.setSpacing(4)
        layout.addWidget(title_label(self.tr("Agenda")))
        layout.addWidget(self.subtitle)
        layout.addSpacing(10)
        layout.addWidget(self._body, 1)

        self._follow_up_actions: FollowUpActions | None = None
        done = QAction(self)
        done.setShortcut(shortcut_for(Command.MARK_DONE).key_sequence())
        done.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        done.triggered.connect(self.mark_current_done)
        self.addAction(done)

        broadcast.changed.connect(self._on_changed)
        self.refresh()  # start loading now; the page is usually shown right after

    def _build_tree(self) -> QTreeView:
        tree = QTreeView()
        tree.setModel(self.model)
        tree.setItemDelegate(RowSpacingDelegate(tree))
        tree.setUniformRowHeights(True)
        tree.setAlternatingRowColors(True)
        tree.setAllColumnsShowFocus(True)
        tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = tree.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(LIGHT, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(DUE, QHeaderView.ResizeMode.Fixed)
        metrics = tree.fontMetrics()
        # Items sit two indentation steps in (group level plus the expand arrow's level).
        tree.setColumnWidth(LIGHT, 2 * tree.indentation() + 22)
        tree.setColumnWidth(DUE, metrics.horizontalAdvance("30 Sept 2026") + 28)
        tree.setColumnWidth(ACCOUNT, metrics.averageCharWidth() * 34)
        tree.activated.connect(self._open)
        tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        tree.customContextMenuRequested.connect(self._context_menu)
        return tree

    def refresh(self) -> None:
        """Reload the agenda on the database worker; the tree updates when it arrives."""
        self.reload.stale = False
        job = partial(load_agenda_lines, today=self._today, language=self._language)
        self._worker.run(job, self._show_lines, self._show_error)

    def focus_list(self) -> None:
        self.tree.setFocus()

    def _on_changed(self, topics: frozenset[str], _account_id: int | None) -> None:
        if not topics & AGENDA_TOPICS:
            return
        self.reload.request()

    def _show_lines(self, lines: list[AgendaLine]) -> None:
        scrolled_to = self.tree.verticalScrollBar().value()
        current = self.tree.currentIndex()
        at = (current.parent().row(), current.row()) if current.parent().isValid() else None
        self.model.set_lines(lines)
        for row in range(self.model.rowCount()):
            self.tree.setFirstColumnSpanned(row, QModelIndex(), True)
            self.tree.expand(self.model.index(row, 0))  # not expandAll(): it visits every item
        if at is not None:  # keep the keyboard where it was: on the next item of the group
            self._select_near(*at)
        self.tree.verticalScrollBar().setValue(scrolled_to)
        self.subtitle.setText(self._summary(len(lines)))
        if lines:
            self._body.setCurrentWidget(self.tree)
        else:
            self.empty_state.show_message(
                self.tr("Nothing due in the next %n days", "", DEFAULT_DAYS),
                self.tr(
                    "Notice deadlines, budget windows, follow-ups and technician notes "
                    "appear here as they come due."
                ),
            )
            self._body.setCurrentWidget(self.empty_state)
        self.loaded.emit()

    def _show_error(self, message: str) -> None:
        self.subtitle.setText(self.tr("The agenda could not be loaded."))
        self.empty_state.show_message(self.tr("The agenda could not be loaded"), message)
        self._body.setCurrentWidget(self.empty_state)
        self.load_failed.emit(message)

    def _summary(self, count: int) -> str:
        today = day(self._today, self._language, "full")
        if count == 1:
            due = self.tr("1 item due in the next %n days", "", DEFAULT_DAYS)
        else:
            due = self.tr("{count} items due in the next %n days", "", DEFAULT_DAYS).format(
                count=number(Decimal(count), self._language)
            )
        return self.tr("{today} · {due}").format(today=today, due=due)

    def _select_near(self, group: int, row: int) -> None:
        groups = self.model.rowCount()
        if not groups:
            return
        parent = self.model.index(min(group, groups - 1), 0)
        rows = self.model.rowCount(parent)
        if rows:
            self.tree.setCurrentIndex(self.model.index(min(row, rows - 1), 0, parent))

    def _open(self, index: QModelIndex) -> None:
        if self.model.is_show_more(index):
            self.model.show_more(index)
            return
        item = self.model.item_at(index)
        if item is not None:
            self.account_requested.emit(item.customer_number, target_of(item))

    # -- follow-ups: done and snooze -------------------------------------------------------
    def follow_up_actions(self) -> "FollowUpActions":
        if self._follow_up_actions is None:
            from ui.agenda.follow_up_actions import FollowUpActions

            actions = FollowUpActions(self._worker, self._today, self._language, self)
            actions.status_message.connect(self.status_message)
            self._follow_up_actions = actions
        return self._follow_up_actions

    def mark_current_done(self) -> None:
        item = self.model.item_at(self.tree.currentIndex())
        if item is not None and self.follow_up_actions().applies_to(item):
            self.follow_up_actions().mark_done(item)

    def _context_menu(self, position: QPoint) -> None:
        index = self.tree.indexAt(position)
        if not index.isValid():  # the menu key: the current row, not the mouse's
            index = self.tree.currentIndex()
            position = self.tree.visualRect(index).center()
        item = self.model.item_at(index)
        actions = self.follow_up_actions()
        if item is None or not actions.applies_to(item):
            return
        menu = actions.menu_for(item, self.tree)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(self.tree.viewport().mapToGlobal(position))
