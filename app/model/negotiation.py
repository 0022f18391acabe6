"""A renewal negotiation in preparation and its give-and-get list; feeds the brief's
Position section."""

from datetime import date
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import BigInteger, CheckConstraint, Date, ForeignKey, Integer, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.model.base import Base, Tracked, currency_check, enum_column, non_negative


class NegotiationStatus(StrEnum):
    PREPARING = "preparing"
    HELD = "held"
    WON = "won"
    LOST = "lost"


class Negotiation(Tracked, Base):
    __tablename__ = "negotiation"

    account_id: Mapped[int] = mapped_column(
        ForeignKey("account.id", ondelete="CASCADE"), index=True
    )
    contract_id: Mapped[int | None] = mapped_column(
        ForeignKey("contract.id", ondelete="SET NULL"), index=True
    )
    meeting_on: Mapped[date | None] = mapped_column(Date)
    status: Mapped[NegotiationStatus] = mapped_column(
        enum_column(NegotiationStatus, "status"), default=NegotiationStatus.PREPARING
    )
    goals: Mapped[str] = mapped_column(Text, default="")
    limits: Mapped[str] = mapped_column(Text, default="")
    concessions: Mapped[str] = mapped_column(Text, default="")
    asks: Mapped[str] = mapped_column(Text, default="")
    outcome: Mapped[str] = mapped_column(Text, default="")


class TradeSide(StrEnum):
    GIVE = "give"  # a concession we could make
    GET = "get"  # what we ask in return


class TradeKind(StrEnum):
    PRICE_CUT = "price_cut"
    MAINTENANCE_VISIT = "maintenance_visit"
    PAYMENT_TERM = "payment_term"
    TRAINING = "training"
    LONGER_TERM = "longer_term"
    VOLUME = "volume"
    REFERENCE_VISIT = "reference_visit"
    OTHER = "other"


class NegotiationItem(Tracked, Base):
    """One line of the give-and-get list, valued in money.

    The value is either an amount (``value_minor`` in ``currency``) or a percentage of
    the renewed contract's annual value (``percent``, e.g. a 3 % price cut); the domain
    turns a percentage into money when the contract is known."""

    __tablename__ = "negotiation_item"
    __table_args__ = (
        currency_check(),
        non_negative("value_minor"),
        CheckConstraint("percent >= 0 AND percent <= 100", name="percent_in_range"),
    )

    negotiation_id: Mapped[int] = mapped_column(
        ForeignKey("negotiation.id", ondelete="CASCADE"), index=True
    )
    side: Mapped[TradeSide] = mapped_column(enum_column(TradeSide, "side"))
    kind: Mapped[TradeKind] = mapped_column(enum_column(TradeKind, "kind"), default=TradeKind.OTHER)
    description: Mapped[str] = mapped_column(String(300), default="")
    value_minor: Mapped[int | None] = mapped_column(BigInteger)
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    percent: Mapped[Decimal | None] = mapped_column(Numeric(5, 2))
    # Order within its side, as the seller arranged the list.
    position: Mapped[int] = mapped_column(Integer, default=0)
