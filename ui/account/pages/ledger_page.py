"""The ledger (Leistungsbilanz): every service given free, its value, and a running total;
above it what was given this period and its share of the annual contract value."""

from dataclasses import dataclass
from typing import Any

from PySide6.QtGui import QColor, QPalette
from sqlalchemy.orm import Session

from app.domain.ledger_balance import LedgerBalance, ledger_balance
from app.formatting import day, hours, money, share
from app.money import Money
from app.records import FreeServiceView, RecordKind, list_free_services
from ui.account.record_model import Column, RecordTableModel
from ui.account.record_page import RecordPage
from ui.account.workspace_pages import WorkspacePage
from ui.change_broadcast import CATALOG, CONTACTS, CONTRACTS, LEDGER
from ui.choice_labels import choice_label
from ui.counts import counted
from ui.forms.ledger_entry_dialog import LedgerEntryDialog
from ui.record_colours import muted_text

NONE = "—"


@dataclass(frozen=True)
class LedgerLine:
    """A ledger entry with the total of it and every earlier entry (in its currency)."""

    entry: FreeServiceView
    running: Money
    in_period: bool

    @property
    def id(self) -> int:
        return self.entry.id

    @property
    def version(self) -> int:
        return self.entry.version


def ledger_lines(entries: list[FreeServiceView], balance: LedgerBalance) -> list[LedgerLine]:
    """``entries`` (newest first, as listed) with running totals counted from the oldest."""
    totals: dict[str, Money] = {}
    lines: list[LedgerLine] = []
    for entry in reversed(entries):
        currency = entry.value.currency
        totals[currency] = totals.get(currency, Money.zero(currency)) + entry.value
        in_period = balance.period.start <= entry.provided_on <= balance.period.end
        lines.append(LedgerLine(entry, totals[currency], in_period))
    return lines[::-1]


class LedgerPage(RecordPage):
    page = WorkspacePage.LEDGER
    kind = RecordKind.FREE_SERVICE
    dialog = LedgerEntryDialog
    topics = frozenset({LEDGER, CONTRACTS, CONTACTS, CATALOG})
    change_topics = frozenset({LEDGER})

    balance: LedgerBalance | None = None

    def build_model(self) -> RecordTableModel:
        language = self.context.language
        colour = self._colour
        return RecordTableModel(
            [
                Column(
                    self.tr("Date"), lambda v: day(v.entry.provided_on, language), 12, colour=colour
                ),
                Column(
                    self.tr("Category"),
                    lambda v: v.entry.category_label(language),
                    27,
                    colour=colour,
                ),
                Column(self.tr("Description"), lambda v: v.entry.description, None, colour=colour),
                Column(
                    self.tr("Provided by"),
                    lambda v: v.entry.provided_by or choice_label(v.entry.provider_role),
                    15,
                    colour=colour,
                    tip=self._provider,
                ),
                Column(
                    self.tr("Received by"), lambda v: v.entry.received_by or NONE, 15, colour=colour
                ),
                Column(self.tr("Hours"), self._hours, 6, right=True, colour=colour),
                Column(
                    self.tr("Value"),
                    lambda v: money(v.entry.value, language),
                    13,
                    right=True,
                    colour=colour,
                ),
                Column(
                    self.tr("Running total"),
                    lambda v: money(v.running, language),
                    14,
                    right=True,
                    colour=colour,
                    header_tip=self.tr("This entry and every earlier one"),
                ),
            ],
            parent=self,
        )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # The period total is what a seller comes here for: not muted like other summaries.
        self.summary.setForegroundRole(QPalette.ColorRole.WindowText)
        font = self.summary.font()
        font.setBold(True)
        self.summary.setFont(font)

    def _colour(self, line: LedgerLine) -> QColor | None:
        return None if line.in_period else muted_text()

    def _provider(self, line: LedgerLine) -> str:
        entry = line.entry
        role = choice_label(entry.provider_role)
        return f"{entry.provided_by} ({role})" if entry.provided_by else role

    def _hours(self, line: LedgerLine) -> str:
        worked = line.entry.hours
        return hours(worked, self.context.language) if worked else ""

    def load(
        self, session: Session, account_id: int
    ) -> tuple[list[FreeServiceView], LedgerBalance]:
        entries = list_free_services(session, account_id)
        return entries, ledger_balance(session, account_id, self.context.today)

    def show_loaded(self, loaded: tuple[list[FreeServiceView], LedgerBalance]) -> None:
        entries, self.balance = loaded
        self.model.set_rows(ledger_lines(entries, self.balance))

    def add_text(self) -> str:
        return self.tr("&Add ledger entry…")

    def empty_texts(self) -> tuple[str, str]:
        return (
            self.tr("Nothing given free yet"),
            self.tr("Log every service beyond the contract: at renewal it answers a price cut."),
        )

    def summary_text(self) -> str:
        """ "Free this period (since 15 Mar 2024): €13,805.90 = 9% of the annual value"."""
        balance = self.balance
        if balance is None or not self.model.record_count():
            return ""
        language = self.context.language
        since = day(balance.period.start, language)
        if not balance.totals:
            return self.tr("Nothing given free this period (since {day})").format(day=since)
        total = " + ".join(money(value, language) for value in balance.totals)
        text = self.tr("Free this period (since {day}): {total}").format(day=since, total=total)
        fraction = balance.share_of_annual_value
        if fraction is not None:
            text = self.tr("{text} = {share} of the annual value").format(
                text=text, share=share(fraction, language)
            )
        entries = counted(balance.entries, self.tr("1 entry"), self.tr("{count} entries"))
        return self.tr("{text} · {entries}").format(text=text, entries=entries)

    def describe(self, view: Any) -> str:
        entry = view.entry
        return self.tr("the ledger entry “{description}” of {day}").format(
            description=entry.description, day=day(entry.provided_on, self.context.language)
        )
