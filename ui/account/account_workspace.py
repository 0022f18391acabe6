"""The pages of one account in tabs, and Ctrl+Z for the last delete made on any of them.

Every page loads only when its tab is first shown; opening an agenda item lands on the
right tab with its row selected (``open_target``).
"""

from dataclasses import dataclass
from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QTabWidget, QWidget

from app.records import DeletedRecord, RecordKind, restore_record
from ui.account.pages.budget_dates_page import BudgetDatesPage
from ui.account.pages.contacts_page import ContactsPage
from ui.account.pages.contracts_page import ContractsPage
from ui.account.pages.follow_ups_page import FollowUpsPage
from ui.account.pages.incidents_page import IncidentsPage
from ui.account.pages.ledger_page import LedgerPage
from ui.account.pages.negotiations_page import NegotiationsPage
from ui.account.pages.notes_page import NotesPage
from ui.account.pages.promises_page import PromisesPage
from ui.account.pages.touchpoints_page import TouchpointsPage
from ui.account.power_map.power_map_page import PowerMapPage
from ui.account.record_page import RecordPage
from ui.account.workspace_pages import PageContext, RecordTarget, WorkspacePage
from ui.problem_box import show_problem
from ui.shortcuts import Command, shortcut_for
from ui.timeline.timeline_page import TimelinePage

# The page whose form opens an item clicked on the timeline.
TIMELINE_PAGES = {
    RecordKind.CONTRACT: WorkspacePage.CONTRACTS,
    RecordKind.BUDGET_CYCLE: WorkspacePage.BUDGET_DATES,
    RecordKind.FREE_SERVICE: WorkspacePage.LEDGER,
    RecordKind.TECHNICIAN_NOTE: WorkspacePage.NOTES,
    RecordKind.INCIDENT: WorkspacePage.INCIDENTS,
    RecordKind.TOUCHPOINT: WorkspacePage.TOUCHPOINTS,
    RecordKind.FOLLOW_UP: WorkspacePage.FOLLOW_UPS,
}


@dataclass(frozen=True)
class _Deleted:
    record: DeletedRecord
    topics: frozenset[str]
    account_id: int
    page: RecordPage
    what: str


class AccountWorkspace(QTabWidget):
    """Emits ``status_message`` for the window's status bar ("Restored …")."""

    status_message = Signal(str)

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDocumentMode(True)
        self.setUsesScrollButtons(True)
        self._context = context
        self._last_deleted: _Deleted | None = None
        self.pages: dict[WorkspacePage, RecordPage] = {}
        self.timeline = TimelinePage(context)
        self.timeline.item_activated.connect(self._open_timeline_item)
        self.addTab(self.timeline, self.tr("Timeline"))
        self.power_map = PowerMapPage(context)
        self.power_map.status_message.connect(self.status_message)
        self.power_map.contact_activated.connect(self._open_contact)
        titles = [
            (ContractsPage, self.tr("Contracts")),
            (BudgetDatesPage, self.tr("Budget dates")),
            (LedgerPage, self.tr("Ledger")),
            (NotesPage, self.tr("Technician notes")),
            (IncidentsPage, self.tr("Incidents")),
            (ContactsPage, self.tr("Contacts")),
            (TouchpointsPage, self.tr("Touchpoints")),
            (PromisesPage, self.tr("Promises")),
            (NegotiationsPage, self.tr("Negotiation")),
            (FollowUpsPage, self.tr("Follow-ups")),
        ]
        for page_class, title in titles:
            page = page_class(context)
            page.status_message.connect(self.status_message)
            page.record_deleted.connect(partial(self._remember_deleted, page))
            self.pages[page_class.page] = page
            self.addTab(page, title)
            if page_class is ContactsPage:  # the buying center as a graph, beside its list
                self.addTab(self.power_map, self.tr("Power map"))
        undo = QAction(self)
        undo.setShortcut(shortcut_for(Command.UNDO_DELETE).key_sequence())
        undo.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        undo.triggered.connect(self.undo_delete)
        self.addAction(undo)

    def page(self, which: WorkspacePage) -> RecordPage:
        return self.pages[which]

    def current_page(self) -> RecordPage | None:
        """The record page on screen; None on the timeline."""
        current = self.currentWidget()
        return current if isinstance(current, RecordPage) else None

    def set_account(self, account_id: int, currency: str) -> None:
        """Show ``account_id``: the page on screen loads now, the others when opened."""
        if self._last_deleted is not None and self._last_deleted.account_id != account_id:
            self._last_deleted = None  # undo belongs to the account it was done in
        self.timeline.set_account(account_id, currency)
        self.power_map.set_account(account_id)
        for page in self.pages.values():
            page.set_account(account_id, currency)

    def open_target(self, target: RecordTarget) -> None:
        page = self.pages[target.page]
        if target.record_id is not None:
            page.select(target.record_id)
        self.setCurrentWidget(page)
        page.focus_list()

    def _open_timeline_item(self, kind: str, record_id: int) -> None:
        """A timeline click: that record's page, its row selected, and its form open."""
        which = TIMELINE_PAGES.get(RecordKind(kind))
        if which is None:
            return
        self.open_target(RecordTarget(which, record_id))
        self.pages[which].open_editor(record_id)

    def _open_contact(self, contact_id: int) -> None:
        """A double-click on the power map: that person's form, on the Contacts page."""
        self.open_target(RecordTarget(WorkspacePage.CONTACTS, contact_id))
        self.pages[WorkspacePage.CONTACTS].open_editor(contact_id)

    # -- undo ------------------------------------------------------------------------------
    def _remember_deleted(
        self, page: RecordPage, deleted: DeletedRecord, topics: frozenset[str], what: str
    ) -> None:
        assert page.account_id is not None
        self._last_deleted = _Deleted(deleted, topics, page.account_id, page, what)

    @property
    def can_undo(self) -> bool:
        return self._last_deleted is not None

    def undo_delete(self) -> None:
        """Put the last deleted row back; the status bar says what came back."""
        last = self._last_deleted
        if last is None:
            self.status_message.emit(self.tr("Nothing to undo."))
            return
        self._last_deleted = None
        last.page.select_restored(last.record)
        self._context.worker.change(
            lambda session: restore_record(session, last.record),
            last.topics,
            lambda _id: self._restored(last),
            account_id=last.account_id,
            on_error=self._undo_failed,
        )

    def _restored(self, last: _Deleted) -> None:
        self.setCurrentWidget(last.page)
        self.status_message.emit(self.tr("Restored {what}.").format(what=last.what))

    def _undo_failed(self, message: str) -> None:
        show_problem(self, message, self.tr("Undo"))
