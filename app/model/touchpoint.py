"""Every contact with the customer: powers "no contact for N days" and visits delivered."""

from datetime import date
from enum import StrEnum

from sqlalchemy import Date, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.model.base import Base, Tracked, enum_column


class TouchpointKind(StrEnum):
    MEETING = "meeting"
    CALL = "call"
    VISIT = "visit"
    MAINTENANCE_VISIT = "maintenance_visit"
    TRAINING = "training"
    EMAIL = "email"


class Touchpoint(Tracked, Base):
    __tablename__ = "touchpoint"
    __table_args__ = (
        # "last contact per account" and "visits in a period" read only this index.
        Index("ix_touchpoint_account_date_kind", "account_id", "happened_on", "kind"),
    )

    account_id: Mapped[int] = mapped_column(ForeignKey("account.id", ondelete="CASCADE"))
    happened_on: Mapped[date] = mapped_column(Date)
    kind: Mapped[TouchpointKind] = mapped_column(enum_column(TouchpointKind, "kind"))
    participants: Mapped[str] = mapped_column(String(500), default="")
    summary: Mapped[str] = mapped_column(Text, default="")
    by_whom: Mapped[str] = mapped_column(String(120), default="")
