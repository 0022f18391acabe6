"""The accounts page: search-as-you-type and sortable columns over every account."""

from datetime import date
from decimal import Decimal
from functools import partial

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.wording import Language
from app.formatting import number
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
from ui.page_header import EmptyState, muted_label, title_label

LIST_TOPICS = EVERYTHING - {CONTACTS}


class AccountsPage(QWidget):
    """Emits ``account_requested(customer_number)`` when a row is opened."""

    account_requested = Signal(str)
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
        self._stale = False
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
        for text in (self.tr("New…"), self.tr("Edit…"), self.tr("Archive")):
            button = QPushButton(text)
            button.setEnabled(False)  # the editing services are not ready yet
            button.setToolTip(self.tr("Arrives with the forms"))
            row.addWidget(button)
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
        return table

    # -- loading ---------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload every account on the database worker (about a second for 5,000)."""
        self._stale = False
        job = partial(load_account_lines, today=self._today, language=self._language)
        self._worker.run(job, self._show_lines, self._show_error)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _on_changed(self, topics: frozenset[str], _account_id: int | None) -> None:
        if not topics & LIST_TOPICS:
            return
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def _show_lines(self, lines: list[AccountLine]) -> None:
        selected = self._current_customer_number()
        self.model.set_lines(lines)
        self._update_count()
        if selected:
            self._select(selected)
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
                    "Import accounts with “kamdesk-cli import-csv accounts FILE”; "
                    "the forms to add them here arrive next."
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
