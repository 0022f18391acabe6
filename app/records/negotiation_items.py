"""The give-and-get list of a negotiation: what we could concede and what we ask in return.

An item is valued either by an amount in money or by a percentage of the renewed
contract's annual value (a 3 % price cut), never both. Most kinds must carry one
of the two, because the point of the list is to see the trade in money; a longer
term, a longer payment term and a reference visit may stay unvalued, since their
worth is often real but not a figure the seller can name (the domain counts them
as unvalued instead of as zero).
"""

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from app.errors import NotFoundError
from app.model import Account, Negotiation, NegotiationItem, TradeKind, TradeSide
from app.money import Money, from_minor
from app.records.checks import FieldChecks
from app.records.rows import assign, open_row, row_for_update, saving
from app.storage.write_turn import writes

# Kinds whose worth the seller may leave open; every other kind needs an amount or a %.
MAY_BE_UNVALUED = frozenset(
    {TradeKind.LONGER_TERM, TradeKind.PAYMENT_TERM, TradeKind.REFERENCE_VISIT}
)
MAX_POSITION = 10_000
SIDE_ORDER = case((NegotiationItem.side == TradeSide.GIVE, 0), else_=1)


@dataclass(frozen=True, slots=True)
class NegotiationItemForm:
    side: TradeSide
    kind: TradeKind = TradeKind.OTHER
    description: str = ""  # required for OTHER: the kind says nothing then
    value: Decimal | None = None  # an amount in ``currency`` ...
    percent: Decimal | None = None  # ... or a share of the annual value (0-100), not both
    currency: str | None = None  # None: the account's currency
    position: int | None = None  # order within its side; None: after the last (kept on update)

    @classmethod
    def blank(cls, side: TradeSide) -> "NegotiationItemForm":
        return cls(side=side)


@dataclass(frozen=True, slots=True)
class NegotiationItemView:
    id: int
    version: int
    side: TradeSide
    kind: TradeKind
    description: str
    amount: Money | None  # as entered; a percentage is valued by app.domain.give_and_get
    percent: Decimal | None
    position: int


def list_negotiation_items(session: Session, negotiation_id: int) -> list[NegotiationItemView]:
    """The negotiation's items, what we give first, each side in the seller's order; one
    query."""
    rows = session.execute(
        select(
            NegotiationItem.id,
            NegotiationItem.version,
            NegotiationItem.side,
            NegotiationItem.kind,
            NegotiationItem.description,
            NegotiationItem.value_minor,
            NegotiationItem.currency,
            NegotiationItem.percent,
            NegotiationItem.position,
        )
        .where(NegotiationItem.negotiation_id == negotiation_id)
        .order_by(SIDE_ORDER, NegotiationItem.position, NegotiationItem.id)
    )
    return [
        NegotiationItemView(
            id=row.id,
            version=row.version,
            side=row.side,
            kind=row.kind,
            description=row.description,
            amount=(
                Money.from_minor(row.value_minor, row.currency)
                if row.value_minor is not None
                else None
            ),
            percent=row.percent,
            position=row.position,
        )
        for row in rows
    ]


def load_negotiation_item(session: Session, item_id: int) -> tuple[NegotiationItemForm, int]:
    row = open_row(session, NegotiationItem, item_id)
    form = NegotiationItemForm(
        side=row.side,
        kind=row.kind,
        description=row.description,
        value=from_minor(row.value_minor, row.currency) if row.value_minor is not None else None,
        percent=row.percent,
        currency=row.currency,
        position=row.position,
    )
    return form, row.version


def _account_currency(session: Session, negotiation_id: int) -> str:
    currency = session.scalar(
        select(Account.currency)
        .join(Negotiation, Negotiation.account_id == Account.id)
        .where(Negotiation.id == negotiation_id)
    )
    if currency is None:
        raise NotFoundError(
            f"Negotiation #{negotiation_id} does not exist: maybe someone deleted it"
        )
    return currency


def _validated(form: NegotiationItemForm, default_currency: str) -> dict[str, object]:
    checks = FieldChecks()
    side = checks.choice("side", form.side, TradeSide)
    kind = checks.choice("kind", form.kind, TradeKind)
    description = checks.text(
        "description", form.description, NegotiationItem, required=kind is TradeKind.OTHER
    )
    currency = checks.currency("currency", form.currency or default_currency)
    value_minor = checks.money("value", form.value, currency, required=False)
    percent = checks.measure(
        "percent", form.percent, NegotiationItem, required=False, positive=True
    )
    if percent is not None and percent > 100:
        checks.fail("percent", f"at most 100 % ({percent} entered)")
    if form.value is not None and form.percent is not None:
        checks.fail("value", "give an amount or a percentage of the annual value, not both")
    elif form.value is None and form.percent is None and kind not in (None, *MAY_BE_UNVALUED):
        checks.fail("value", "enter an amount or a percentage of the annual value")
    position = form.position
    if position is not None:
        position = checks.whole("position", position, 0, MAX_POSITION)
    checks.raise_if_any()
    return {
        "side": side,
        "kind": kind,
        "description": description,
        "value_minor": value_minor,
        "percent": percent,
        "currency": currency,
        "position": position,
    }


def _next_position(session: Session, negotiation_id: int, side: object) -> int:
    last = session.scalar(
        select(func.max(NegotiationItem.position)).where(
            NegotiationItem.negotiation_id == negotiation_id, NegotiationItem.side == side
        )
    )
    return 0 if last is None else min(last + 1, MAX_POSITION)


@writes
def save_negotiation_item(
    session: Session,
    form: NegotiationItemForm,
    *,
    negotiation_id: int,
    record_id: int | None = None,
    expected_version: int | None = None,
) -> int:
    """Create or update a give-and-get item of ``negotiation_id``; return its id (flushed,
    not committed). Raises ``FormInvalidError``, ``StaleRecordError``, ``NotFoundError``
    (the negotiation or the item is gone, or the item belongs to another negotiation)."""
    values = _validated(form, _account_currency(session, negotiation_id))
    with saving(session) as saved:
        if record_id is None:
            if values["position"] is None:
                values["position"] = _next_position(session, negotiation_id, values["side"])
            row = NegotiationItem(**values, negotiation_id=negotiation_id)
            session.add(row)
        else:
            row = row_for_update(
                session,
                NegotiationItem,
                record_id,
                account_id=None,
                expected_version=expected_version,
            )
            if row.negotiation_id != negotiation_id:
                raise NotFoundError(f"Give-and-get item #{record_id} is not in this negotiation")
            if values["position"] is None:
                del values["position"]
            assign(row, values)
        saved.row = row
    return saved.record_id


@writes
def move_negotiation_item(session: Session, item_id: int, steps: int) -> bool:
    """Move an item ``steps`` places up (negative) or down its side's list, renumbering that
    side 0, 1, 2 … in the new order; False when it is already at that end (nothing written).
    Raises ``NotFoundError`` when the item is gone."""
    row = open_row(session, NegotiationItem, item_id)
    siblings = list(
        session.scalars(
            select(NegotiationItem)
            .where(
                NegotiationItem.negotiation_id == row.negotiation_id,
                NegotiationItem.side == row.side,
            )
            .order_by(NegotiationItem.position, NegotiationItem.id)
        )
    )
    index = siblings.index(row)
    target = max(0, min(len(siblings) - 1, index + steps))
    if target == index:
        return False
    siblings.insert(target, siblings.pop(index))
    with saving(session) as saved:
        for position, sibling in enumerate(siblings):
            if sibling.position != position:
                sibling.position = position
        saved.row = row
    return True
