"""The accounts page: search-as-you-type and sortable columns over every account."""

from datetime import date
from decimal import Decimal
from functools import partial

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.account_list import AccountRow
from app.domain.wording import Language
from app.formatting import number
from ui.accounts.account_editing import AccountEditing
from ui.accounts.account_lines import AccountLine, load_account_lines
from ui.accounts.accounts_model import (
    ANNUAL_VALUE,
    CITY,
    CUSTOMER_NUMBER,
    CUSTOMER_NUMBER_ROLE,
    FREE_VALUE,
    HEALTH,
    NAME,
    NEXT_KEY_DATE,
    TIER,
    AccountsModel,
)
from ui.change_broadcast import CONTACTS, EVERYTHING, ChangeBroadcast
from ui.database_worker import DatabaseWorker
from ui.folded_search_proxy import FoldedSearchProxy
from ui.keyed_buttons import keyed_button
from ui.page_header import EmptyState, muted_label, title_label
from ui.shortcuts import Command
from ui.shown_refresh import ShownRefresh

LIST_TOPICS = EVERYTHING - {CONTACTS}


class AccountsPage(QWidget):
    """Emits ``account_requested(customer_number)`` when a row is opened; New (Ctrl+N),
    Edit (F2) and Archive (Delete) change accounts through the account dialog."""

    account_requested = Signal(str)
    loaded = Signal()
    load_failed = Signal(str)
    status_message = Signal(str)

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
        self._select_after_load: int | None = None
        self.editing = AccountEditing(worker, today, language, self, self.current_account)
        self.editing.saved.connect(self._saved)
        self.editing.status_message.connect(self.status_message)
        self.model = AccountsModel(self)
        self.proxy = FoldedSearchProxy(self)
        self.proxy.setSourceModel(self.model)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search name, city or customer number"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(220)
        self.search.setMaximumWidth(440)
        self.search.textChanged.connect(self._search_changed)
        self.search.installEventFilter(self)
        self.count_label = muted_label(self.tr("Loading accounts…"))
        self.table = self._build_table()
        self.empty_state = EmptyState()
        self._body = QStackedWidget()
        self._body.addWidget(self.table)
        self._body.addWidget(self.empty_state)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.setSpacing(4)
        layout.addWidget(title_label(self.tr("Accounts")))
        layout.addWidget(
            muted_label(
                self.tr("Health, next key date and what was given free this period, per account.")
            )
        )
        layout.addSpacing(10)
        layout.addLayout(self._build_tool_row())
        layout.addSpacing(6)
        layout.addWidget(self._body, 1)
        broadcast.changed.connect(self._on_changed)
        self.refresh()  # start loading now; the page is usually shown right after

    def _build_tool_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(10)
        row.addWidget(self.search, 1)
        row.addWidget(self.count_label)
        row.addStretch(1)
        new = self.tr("&New…")
        self.new_button = keyed_button(self, new, Command.ADD_RECORD, self.editing.new_account)
        edit = self.tr("&Edit…")
        self.edit_button = keyed_button(self, edit, Command.EDIT_RECORD, self.editing.edit_current)
        archive = self.tr("&Archive…")
        self.archive_button = keyed_button(
            self, archive, Command.DELETE_RECORD, self.editing.archive_current
        )
        for button in (self.new_button, self.edit_button, self.archive_button):
            row.addWidget(button)
        self._enable_buttons()
        return row

    def _build_table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.proxy)
        table.setSortingEnabled(True)
        table.sortByColumn(NAME, Qt.SortOrder.AscendingOrder)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setShowGrid(False)
        table.setWordWrap(False)
        table.setCornerButtonEnabled(False)
        table.verticalHeader().hide()
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        char = table.fontMetrics().averageCharWidth()
        widths = {
            HEALTH: 9,
            CUSTOMER_NUMBER: 14,
            CITY: 18,
            TIER: 6,
            NEXT_KEY_DATE: 34,
            ANNUAL_VALUE: 15,
            FREE_VALUE: 17,
        }
        for column, chars in widths.items():
            table.setColumnWidth(column, chars * char)
        table.activated.connect(self._open)
        table.selectionModel().currentRowChanged.connect(lambda *_: self._enable_buttons())
        return table

    # -- loading ---------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload every account on the database worker (about a second for 5,000)."""
        self.reload.stale = False
        job = partial(load_account_lines, today=self._today, language=self._language)
        self._worker.run(job, self._show_lines, self._show_error)

    def _on_changed(self, topics: frozenset[str], _account_id: int | None) -> None:
        if not topics & LIST_TOPICS:
            return
        self.reload.request()

    def _show_lines(self, lines: list[AccountLine]) -> None:
        selected = self._current_customer_number()
        self.model.set_lines(lines)
        self._update_count()
        wanted = self._select_after_load
        self._select_after_load = None
        if wanted is not None:
            selected = next((ln.row.customer_number for ln in lines if ln.row.id == wanted), "")
        if selected:
            self._select(selected)
        self._enable_buttons()
        self.loaded.emit()

    def _show_error(self, message: str) -> None:
        self.count_label.setText(self.tr("Not loaded"))
        self.empty_state.show_message(self.tr("The accounts could not be loaded"), message)
        self._body.setCurrentWidget(self.empty_state)
        self.load_failed.emit(message)

    # -- searching -------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def focus_list(self) -> None:
        self.table.setFocus()

    def _search_changed(self, text: str) -> None:
        self.proxy.set_search(text)
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        total_text = number(Decimal(total), self._language)
        if self.proxy.searching:
            shown_text = number(Decimal(shown), self._language)
            if total == 1:
                text = self.tr("{shown} of 1 account").format(shown=shown_text)
            else:
                text = self.tr("{shown} of {total} accounts").format(
                    shown=shown_text, total=total_text
                )
        else:
            text = self.tr("1 account") if total == 1 else self.tr("{total} accounts")
            text = text.format(total=total_text)
        self.count_label.setText(text)
        self._show_table_or_empty_state(shown, total)

    def _show_table_or_empty_state(self, shown: int, total: int) -> None:
        if shown:
            self._body.setCurrentWidget(self.table)
        elif total:
            self.empty_state.show_message(
                self.tr("No account matches “{typed}”").format(typed=self.search.text().strip()),
                self.tr("The search looks at the name, the city and the customer number."),
            )
            self._body.setCurrentWidget(self.empty_state)
        else:
            self.empty_state.show_message(
                self.tr("No accounts yet"),
                self.tr(
                    "Add the first one with New… (Ctrl+N), or import them with "
                    "“kamdesk-cli import-csv accounts FILE”."
                ),
            )
            self._body.setCurrentWidget(self.empty_state)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Down or Enter in the search field moves on to the results, as in a browser.
        if (
            watched is self.search
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and self._search_key(event)
        ):
            return True
        return super().eventFilter(watched, event)

    def _search_key(self, event: QKeyEvent) -> bool:
        if self.proxy.rowCount() == 0:
            return False
        current = self.table.currentIndex()
        if not current.isValid():
            current = self.proxy.index(0, NAME)
        if event.key() == Qt.Key.Key_Down:
            self.table.setCurrentIndex(current)
            self.table.setFocus()
            return True
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._open(current)
            return True
        return False

    # -- opening ---------------------------------------------------------------------------
    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            self.account_requested.emit(index.data(CUSTOMER_NUMBER_ROLE))

    # -- editing ---------------------------------------------------------------------------
    def current_account(self) -> AccountRow | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.line(self.proxy.mapToSource(index).row()).row

    def _saved(self, account_id: int) -> None:
        self._select_after_load = account_id

    def _enable_buttons(self) -> None:
        chosen = self.current_account() is not None
        self.edit_button.setEnabled(chosen)
        self.archive_button.setEnabled(chosen)

    def _current_customer_number(self) -> str:
        index = self.table.currentIndex()
        return str(index.data(CUSTOMER_NUMBER_ROLE)) if index.isValid() else ""

    def _select(self, customer_number: str) -> None:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, NAME)
            if index.data(CUSTOMER_NUMBER_ROLE) == customer_number:
                self.table.setCurrentIndex(index)
                self.table.scrollTo(index)
                return
