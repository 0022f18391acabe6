"""The account page: the header of one account (who, health and why, next key dates, what
was given free this period) above its workspace pages in tabs (contracts, ledger …).

The header reloads when the change broadcast names something it shows for this account;
each page reloads on its own topics (``ui.account.record_page``).
"""

from datetime import date
from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.domain.account_overview import AccountOverview, account_overview
from app.domain.wording import Language
from ui.account.account_header import AccountHeader
from ui.account.account_workspace import AccountWorkspace
from ui.account.workspace_pages import PageContext, RecordTarget
from ui.brief.document_buttons import DocumentButtons
from ui.change_broadcast import (
    ACCOUNTS,
    BUDGET_CYCLES,
    CATALOG,
    CONTRACTS,
    INCIDENTS,
    LEDGER,
    NEGOTIATIONS,
    NOTES,
    PROMISES,
    TOUCHPOINTS,
    ChangeBroadcast,
)
from ui.database_worker import DatabaseWorker
from ui.shown_refresh import ShownRefresh

# What the header shows depends on these (health, key dates, the ledger balance).
HEADER_TOPICS = frozenset(
    {
        ACCOUNTS,
        BUDGET_CYCLES,
        CATALOG,
        CONTRACTS,
        INCIDENTS,
        LEDGER,
        NEGOTIATIONS,
        NOTES,
        PROMISES,
        TOUCHPOINTS,
    }
)


class AccountPage(QWidget):
    """Shows the account given to ``show_account``; ``loaded`` follows when it is on screen."""

    loaded = Signal()
    load_failed = Signal(str)
    account_shown = Signal(str, str)  # customer number, name
    document_requested = Signal(str, str)  # DocumentKind value, customer number
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
        self._customer_number = ""
        self._account_id: int | None = None
        self._target: RecordTarget | None = None
        self.reload = ShownRefresh(self, self.refresh)

        self.header = AccountHeader(language, today)
        self.documents = DocumentButtons()
        self.documents.requested.connect(
            lambda kind: self.document_requested.emit(kind, self._customer_number)
        )
        self.header.title_row.addWidget(self.documents, 0, Qt.AlignmentFlag.AlignBottom)
        self.workspace = AccountWorkspace(PageContext(worker, broadcast, today, language))
        self.workspace.status_message.connect(self.status_message)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.setSpacing(14)
        layout.addWidget(self.header)
        layout.addWidget(self.workspace, 1)
        broadcast.changed.connect(self._on_changed)

    # The header's parts, by the names the rest of the window (and its tests) use.
    @property
    def title(self) -> QLabel:
        return self.header.title

    @property
    def facts(self) -> QLabel:
        return self.header.facts

    @property
    def reasons(self) -> QLabel:
        return self.header.reasons

    @property
    def customer_number(self) -> str:
        return self._customer_number

    @property
    def account_id(self) -> int | None:
        return self._account_id

    def show_account(self, customer_number: str, target: RecordTarget | None = None) -> None:
        """Load and show the account with ``customer_number`` (on the database worker);
        with ``target``, land on that page with its row selected."""
        self._target = target
        if customer_number != self._customer_number:
            self._customer_number = customer_number
            self._account_id = None
            self.header.show_loading(customer_number)
            self.documents.setEnabled(False)
        elif self._account_id is not None and target is not None:
            self._target = None
            self.workspace.open_target(target)
        self.refresh()

    def refresh(self) -> None:
        if not self._customer_number:
            return
        self.reload.stale = False
        job = partial(account_overview, customer_number=self._customer_number, today=self._today)
        self._worker.run(job, self._show_overview, self._show_error)

    def _on_changed(self, topics: frozenset[str], account_id: int | None) -> None:
        if account_id is not None and account_id != self._account_id:
            return
        if not topics & HEADER_TOPICS:
            return
        self.reload.request()

    def _show_overview(self, overview: AccountOverview) -> None:
        snapshot = overview.snapshot
        if snapshot.customer_number != self._customer_number:
            return  # another account was asked for meanwhile; its answer follows
        first_time = self._account_id != snapshot.account_id
        self._account_id = snapshot.account_id
        self.header.show_overview(overview)
        self.documents.setEnabled(True)
        self.workspace.show()
        if first_time:
            self.workspace.set_account(snapshot.account_id, snapshot.currency)
        if self._target is not None:
            target, self._target = self._target, None
            self.workspace.open_target(target)
        self.account_shown.emit(snapshot.customer_number, snapshot.name)
        self.loaded.emit()

    def _show_error(self, message: str) -> None:
        self._account_id = None
        self.documents.setEnabled(False)
        self.workspace.hide()  # the pages of the account shown before are not this one's
        self.header.show_error(message)
        self.load_failed.emit(message)
