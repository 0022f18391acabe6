"""Give and get: a negotiation's concessions and asks in money, beside what was already given.

Every item is valued: its amount, or its percentage of the annual value of the
negotiation's contract (the account's main contract when the negotiation names
none), rounded half-even to the currency's minor unit. An item with neither, or
a percentage without any contract to take it of, stays unvalued and is counted
as such, never as zero. "Already given" is the free-service balance of the
ledger's period (``app.domain.ledger_balance``); the total on the table is
already given plus the planned concessions. Every total is kept per currency
and never added across currencies.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_EVEN, Decimal

from sqlalchemy import case, select
from sqlalchemy.orm import Session

from app.domain.contracts import ContractView, account_contracts, main_contract
from app.domain.ledger_balance import LedgerBalance, ledger_balance
from app.domain.periods import Period
from app.errors import NotFoundError
from app.model import Negotiation, NegotiationItem, NegotiationStatus, TradeKind, TradeSide
from app.money import Money, minor_digits


@dataclass(frozen=True, slots=True)
class TradeItem:
    id: int
    side: TradeSide
    kind: TradeKind
    description: str
    percent: Decimal | None  # of the annual value, as entered
    amount: Money | None  # as entered
    value: Money | None  # in money: the amount, or the percentage of ``basis``; None: unvalued


@dataclass(frozen=True, slots=True)
class GiveAndGet:
    negotiation_id: int
    account_id: int
    basis: Money | None  # the annual value percentages are taken of
    basis_contract: str | None  # that contract's number
    give: tuple[TradeItem, ...]  # in the seller's order
    get: tuple[TradeItem, ...]
    planned: tuple[Money, ...]  # the concessions' total, one per currency, largest first
    asked: tuple[Money, ...]  # what we ask in return, likewise
    already_given: tuple[Money, ...]  # free services of ``period``, likewise
    on_the_table: tuple[Money, ...]  # already given + planned, likewise
    period: Period
    period_basis: str  # as LedgerBalance.period_basis

    @property
    def unvalued(self) -> int:
        """Items that carry no money value (counted apart, never as zero)."""
        return sum(1 for item in (*self.give, *self.get) if item.value is None)

    @property
    def empty(self) -> bool:
        return not (self.give or self.get)


def totals(values: Iterable[Money]) -> tuple[Money, ...]:
    """One sum per currency, largest first (ties by currency code); never converted."""
    found: dict[str, Money] = {}
    for value in values:
        currency = value.currency
        found[currency] = found.get(currency, Money.zero(currency)) + value
    return tuple(sorted(found.values(), key=lambda m: (-m.amount, m.currency)))


def percent_of(basis: Money, percent: Decimal) -> Money:
    """``percent`` % of ``basis``, rounded half-even to the currency's minor unit."""
    step = Decimal(1).scaleb(-minor_digits(basis.currency))
    return Money((basis.amount * percent / 100).quantize(step, ROUND_HALF_EVEN), basis.currency)


def negotiation_in_focus(session: Session, account_id: int) -> int | None:
    """The negotiation the brief and the header speak about: one in preparation (the
    latest meeting first), else the latest held one; None when there is none."""
    preparing_first = case((Negotiation.status == NegotiationStatus.PREPARING, 0), else_=1)
    found: int | None = session.scalar(
        select(Negotiation.id)
        .where(Negotiation.account_id == account_id)
        .order_by(
            preparing_first, Negotiation.meeting_on.desc().nulls_last(), Negotiation.id.desc()
        )
        .limit(1)
    )
    return found


def _basis(contracts: list[ContractView], contract_id: int | None) -> ContractView | None:
    named = [c for c in contracts if c.id == contract_id]
    return named[0] if named else main_contract(contracts)


def give_and_get(
    session: Session, negotiation_id: int, today: date, *, balance: LedgerBalance | None = None
) -> GiveAndGet:
    """The negotiation's give-and-get list valued in money as of ``today``, with the
    free-service balance of the period (``balance`` when the caller has it already).

    Raises ``NotFoundError`` when the negotiation does not exist."""
    found = session.execute(
        select(Negotiation.account_id, Negotiation.contract_id).where(
            Negotiation.id == negotiation_id
        )
    ).first()
    if found is None:
        raise NotFoundError(
            f"Negotiation #{negotiation_id} does not exist: maybe someone deleted it"
        )
    account_id, contract_id = found
    if balance is None:
        balance = ledger_balance(session, account_id, today)
    contract = _basis(account_contracts(session, account_id, today), contract_id)
    basis = contract.annual_value if contract is not None else None
    items = []
    for row in session.execute(
        select(
            NegotiationItem.id,
            NegotiationItem.side,
            NegotiationItem.kind,
            NegotiationItem.description,
            NegotiationItem.percent,
            NegotiationItem.value_minor,
            NegotiationItem.currency,
        )
        .where(NegotiationItem.negotiation_id == negotiation_id)
        .order_by(NegotiationItem.position, NegotiationItem.id)
    ):
        amount = None
        if row.value_minor is not None:
            amount = Money.from_minor(row.value_minor, row.currency)
        value = amount
        if value is None and row.percent is not None and basis is not None:
            value = percent_of(basis, row.percent)
        items.append(
            TradeItem(row.id, row.side, row.kind, row.description, row.percent, amount, value)
        )
    give = tuple(item for item in items if item.side is TradeSide.GIVE)
    get = tuple(item for item in items if item.side is TradeSide.GET)
    planned = totals(item.value for item in give if item.value is not None)
    return GiveAndGet(
        negotiation_id=negotiation_id,
        account_id=account_id,
        basis=basis,
        basis_contract=contract.number if contract is not None else None,
        give=give,
        get=get,
        planned=planned,
        asked=totals(item.value for item in get if item.value is not None),
        already_given=balance.totals,
        on_the_table=totals([*balance.totals, *planned]),
        period=balance.period,
        period_basis=balance.period_basis,
    )
