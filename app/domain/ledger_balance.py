"""The free-service balance (Leistungsbilanz) of an account over a period.

Totals are kept per currency and never added across currencies; the share of
the annual contract value is given only where the currencies match.
"""

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.contracts import ContractView, account_contracts, annual_value, main_contract
from app.domain.periods import Period, last_twelve_months
from app.model import FreeService, LedgerCategory
from app.money import Money

NOTABLE_ENTRIES = 5


@dataclass(frozen=True, slots=True)
class LedgerEntry:
    id: int
    provided_on: date
    category_key: str
    category_en: str
    category_de: str
    description: str
    value: Money
    provided_by: str


@dataclass(frozen=True, slots=True)
class CategoryLine:
    """ "3× replacement tools delivered in person — 2.400 €"."""

    category_key: str
    label_en: str
    label_de: str
    count: int
    total: Money


@dataclass(frozen=True, slots=True)
class LedgerBalance:
    account_id: int
    period: Period
    period_basis: str  # "contract_term", "last_12_months" or "given"
    entries: int
    totals: tuple[Money, ...]  # one per currency, largest first
    annual_value: tuple[Money, ...]  # live contracts, one per currency
    lines: tuple[CategoryLine, ...]  # largest total first
    notable: tuple[LedgerEntry, ...]  # most valuable entries, largest first

    @property
    def total(self) -> Money | None:
        """The single total when everything is in one currency."""
        return self.totals[0] if len(self.totals) == 1 else None

    @property
    def share_of_annual_value(self) -> Decimal | None:
        """Free value as a fraction of the annual contract value (same single currency)."""
        if len(self.totals) != 1 or len(self.annual_value) != 1:
            return None
        if self.totals[0].currency != self.annual_value[0].currency:
            return None
        return self.totals[0].share_of(self.annual_value[0])


def balance_period(contracts: list[ContractView], today: date) -> tuple[Period, str]:
    """Since the start of the current term of the main contract, else the last 12 months."""
    main = main_contract(contracts)
    if main is not None and main.live and main.dates.term_start <= today:
        return Period(main.dates.term_start, today), "contract_term"
    return last_twelve_months(today), "last_12_months"


def ledger_balance(
    session: Session,
    account_id: int,
    today: date,
    period: Period | None = None,
    notable: int = NOTABLE_ENTRIES,
) -> LedgerBalance:
    """The balance of free services for ``account_id`` (default period: see balance_period)."""
    contracts = account_contracts(session, account_id, today)
    basis = "given"
    if period is None:
        period, basis = balance_period(contracts, today)
    rows = session.execute(
        select(
            FreeService.id,
            FreeService.provided_on,
            LedgerCategory.key,
            LedgerCategory.label_en,
            LedgerCategory.label_de,
            FreeService.description,
            FreeService.value_minor,
            FreeService.currency,
            FreeService.provided_by,
        )
        .join(LedgerCategory, FreeService.category_id == LedgerCategory.id)
        .where(
            FreeService.account_id == account_id,
            FreeService.provided_on >= period.start,
            FreeService.provided_on <= period.end,
        )
        .order_by(FreeService.provided_on, FreeService.id)
    ).all()
    entries = [
        LedgerEntry(
            row.id,
            row.provided_on,
            row.key,
            row.label_en,
            row.label_de,
            row.description,
            Money.from_minor(row.value_minor, row.currency),
            row.provided_by,
        )
        for row in rows
    ]
    totals: dict[str, Money] = {}
    lines: dict[tuple[str, str], CategoryLine] = {}
    for entry in entries:
        currency = entry.value.currency
        totals[currency] = totals.get(currency, Money.zero(currency)) + entry.value
        key = (entry.category_key, currency)
        line = lines.get(key)
        lines[key] = CategoryLine(
            entry.category_key,
            entry.category_en,
            entry.category_de,
            (line.count if line else 0) + 1,
            (line.total if line else Money.zero(currency)) + entry.value,
        )
    return LedgerBalance(
        account_id=account_id,
        period=period,
        period_basis=basis,
        entries=len(entries),
        totals=tuple(sorted(totals.values(), key=lambda money: -money.amount)),
        annual_value=tuple(annual_value(contracts)),
        lines=tuple(
            sorted(
                lines.values(), key=lambda line: (-line.total.amount, -line.count, line.label_en)
            )
        ),
        notable=tuple(
            sorted(entries, key=lambda entry: (-entry.value.amount, entry.provided_on))[:notable]
        ),
    )
