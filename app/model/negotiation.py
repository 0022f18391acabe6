"""A renewal negotiation in preparation; feeds the brief's Position section."""

from datetime import date
from enum import StrEnum

from sqlalchemy import Date, ForeignKey, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.model.base import Base, Tracked, enum_column


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
