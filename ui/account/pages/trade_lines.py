"""The give-and-get list of one negotiation as the Negotiation page shows it: every item
valued in money (``app.domain.give_and_get``) with the version its form needs, and the
words for a value ("€1,900.00", "3 % = €4,440.00", "not valued")."""

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from babel.numbers import format_decimal
from PySide6.QtCore import QCoreApplication
from sqlalchemy.orm import Session

from app.domain.give_and_get import GiveAndGet, TradeItem, give_and_get
from app.domain.wording import Language
from app.formatting import LOCALES, day, money
from app.model import TradeSide
from app.money import Money
from app.records import list_negotiation_items


@dataclass(frozen=True, slots=True)
class TradeLine:
    """One row of a side's list: the valued item and the version its form saves against."""

    id: int
    version: int
    item: TradeItem


@dataclass(frozen=True, slots=True)
class TradeLists:
    negotiation_id: int
    trades: GiveAndGet
    give: tuple[TradeLine, ...]  # in the seller's order
    get: tuple[TradeLine, ...]

    def side(self, side: TradeSide) -> tuple[TradeLine, ...]:
        return self.give if side is TradeSide.GIVE else self.get


def load_trade_lists(session: Session, negotiation_id: int, today: date) -> TradeLists:
    """The negotiation's items valued as of ``today`` (runs on the database worker).

    Raises ``NotFoundError`` when the negotiation is gone."""
    trades = give_and_get(session, negotiation_id, today)
    versions = {view.id: view.version for view in list_negotiation_items(session, negotiation_id)}

    def lines(items: tuple[TradeItem, ...]) -> tuple[TradeLine, ...]:
        return tuple(TradeLine(item.id, versions.get(item.id, 0), item) for item in items)

    return TradeLists(negotiation_id, trades, lines(trades.give), lines(trades.get))


def percent_text(percent: Decimal, lang: Language) -> str:
    """ "3 %", "2,25 %": the share as entered (up to its two decimals), with a no-break
    space before the sign."""
    return f"{format_decimal(percent, format='#,##0.##', locale=LOCALES[lang])}\u00a0%"


def sums_text(values: tuple[Money, ...], currency: str, lang: Language) -> str:
    """ "€8,190.00", "€1,000.00 + CHF 500.00" (never added across currencies), or zero in
    ``currency`` when there is nothing."""
    if not values:
        return money(Money.zero(currency), lang)
    return " + ".join(money(value, lang) for value in values)


def value_text(item: TradeItem, lang: Language) -> str:
    """What the Value column says: the amount, "3 % = €4,440.00", or why there is none."""
    if item.amount is not None:
        return money(item.amount, lang)
    if item.percent is not None:
        share = percent_text(item.percent, lang)
        if item.value is None:
            return QCoreApplication.translate("TradeLines", "{percent} (no annual value)").format(
                percent=share
            )
        return f"{share} = {money(item.value, lang)}"
    return QCoreApplication.translate("TradeLines", "not valued")


def value_tip(item: TradeItem, trades: GiveAndGet, lang: Language) -> str:
    """The Value column's tooltip: how a percentage became money, or why it did not."""
    if item.percent is None:
        return value_text(item, lang)
    share = percent_text(item.percent, lang)
    if item.value is None or trades.basis is None:
        return QCoreApplication.translate(
            "TradeLines", "{percent} of the annual value: no live contract has one to take it of"
        ).format(percent=share)
    return QCoreApplication.translate(
        "TradeLines", "{percent} of the annual value ({basis}, {contract}) = {value}"
    ).format(
        percent=share,
        basis=money(trades.basis, lang),
        contract=trades.basis_contract or "",
        value=money(item.value, lang),
    )


def period_text(trades: GiveAndGet, lang: Language) -> str:
    """ "Free services in the ledger since 15 Mar 2024", for the "already given" tooltip."""
    return QCoreApplication.translate(
        "TradeLines", "Free services in the ledger since {day}"
    ).format(day=day(trades.period.start, lang))
