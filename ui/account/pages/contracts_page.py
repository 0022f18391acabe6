"""Contracts: term end, notice deadline with the days left, package and annual value."""

from typing import Any

from PySide6.QtGui import QColor
from sqlalchemy.orm import Session

from app.formatting import day, money
from app.records import ContractView, RecordKind, list_contracts
from ui.account.record_model import Column, RecordTableModel
from ui.account.record_page import RecordPage
from ui.account.workspace_pages import WorkspacePage
from ui.change_broadcast import CATALOG, CONTRACTS, INCIDENTS, LEDGER, NEGOTIATIONS, PROMISES
from ui.choice_labels import choice_label
from ui.counts import counted
from ui.forms.contract_dialog import ContractDialog
from ui.record_colours import BAD_TEXT, WARNING_TEXT, muted_text

NOTICE_SOON_DAYS = 30
NOTICE_NEAR_DAYS = 90
NONE = "—"


class ContractsPage(RecordPage):
    page = WorkspacePage.CONTRACTS
    kind = RecordKind.CONTRACT
    dialog = ContractDialog
    topics = frozenset({CONTRACTS, CATALOG})
    # A deleted contract is unlinked from ledger entries, incidents and negotiations.
    change_topics = frozenset({CONTRACTS, LEDGER, INCIDENTS, NEGOTIATIONS, PROMISES})

    def build_model(self) -> RecordTableModel:
        language = self.context.language
        return RecordTableModel(
            [
                Column(self.tr("Number"), lambda v: v.number, 14),
                Column(self.tr("Title"), lambda v: v.title, None),
                Column(self.tr("Status"), lambda v: choice_label(v.status), 10),
                Column(self.tr("Package"), lambda v: v.package_name or NONE, 14),
                Column(
                    self.tr("Annual value"),
                    lambda v: money(v.annual_value, language),
                    15,
                    right=True,
                ),
                Column(self.tr("Term ends"), self._term_end, 12),
                Column(
                    self.tr("Notice deadline"),
                    self._notice,
                    24,
                    colour=self._notice_colour,
                    header_tip=self.tr("The last day notice can be given for the current term"),
                ),
                Column(self.tr("Auto-renews"), self._renewal, 12),
            ],
            parent=self,
        )

    def _term_end(self, view: ContractView) -> str:
        if view.dates.term_end is None:
            return self.tr("Open-ended")
        return day(view.dates.term_end, self.context.language)

    def _notice(self, view: ContractView) -> str:
        deadline, left = view.dates.notice_deadline, view.dates.days_to_notice
        if deadline is None or left is None:
            return NONE
        when = day(deadline, self.context.language)
        if view.dates.expired:
            return when
        if left < 0:
            return self.tr("{day} · passed").format(day=when)
        if left == 0:
            return self.tr("{day} · today").format(day=when)
        if left == 1:
            return self.tr("{day} · 1 day left").format(day=when)
        return self.tr("{day} · {days} days left").format(day=when, days=left)

    @staticmethod
    def _notice_colour(view: ContractView) -> QColor | None:
        left = view.dates.days_to_notice
        if left is None or not view.live or left < 0:
            return muted_text() if left is not None else None
        if left <= NOTICE_SOON_DAYS:
            return BAD_TEXT
        return WARNING_TEXT if left <= NOTICE_NEAR_DAYS else None

    def _renewal(self, view: ContractView) -> str:
        if not view.auto_renew_months:
            return self.tr("No")
        return self.tr("by {months} months").format(months=view.auto_renew_months)

    def load(self, session: Session, account_id: int) -> list[ContractView]:
        return list_contracts(session, account_id, today=self.context.today)

    def add_text(self) -> str:
        return self.tr("&Add contract…")

    def empty_texts(self) -> tuple[str, str]:
        return (
            self.tr("No contracts yet"),
            self.tr("Add the contract: its notice deadline and term end then reach the agenda."),
        )

    def summary_text(self) -> str:
        rows: list[ContractView] = self.model.rows()
        live = [view for view in rows if view.live]
        if not rows:
            return ""
        total = counted(len(rows), self.tr("1 contract"), self.tr("{count} contracts"))
        return self.tr("{total} · {live} live").format(total=total, live=len(live))

    def describe(self, view: Any) -> str:
        return self.tr("contract {number}").format(number=view.number)
