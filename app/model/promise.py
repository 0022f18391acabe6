"""Promises made verbally by the seller, checked against the package and by service."""

from datetime import date
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import CheckConstraint, Date, ForeignKey, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.model.base import Base, Tracked, enum_column
from app.model.catalog import ItemKind


class ServiceCheck(StrEnum):
    UNCHECKED = "unchecked"
    CONFIRMED = "confirmed"
    OBJECTED = "objected"


class Promise(Tracked, Base):
    """Covered-by-package is computed from ``item_kind``/``quantity``, never typed."""

    __tablename__ = "promise"
    __table_args__ = (
        CheckConstraint("quantity IS NULL OR quantity >= 0", name="quantity_non_negative"),
        CheckConstraint("item_kind IS NOT NULL OR length(trim(text)) > 0", name="kind_or_text"),
    )

    account_id: Mapped[int] = mapped_column(
        ForeignKey("account.id", ondelete="CASCADE"), index=True
    )
    promised_on: Mapped[date] = mapped_column(Date)
    made_by: Mapped[str] = mapped_column(String(120), default="")
    made_to_id: Mapped[int | None] = mapped_column(
        ForeignKey("contact.id", ondelete="SET NULL"), index=True
    )
    item_kind: Mapped[ItemKind | None] = mapped_column(enum_column(ItemKind, "item_kind"))
    quantity: Mapped[Decimal | None] = mapped_column(Numeric(10, 2))
    text: Mapped[str] = mapped_column(Text, default="")
    service_check: Mapped[ServiceCheck] = mapped_column(
        enum_column(ServiceCheck, "service_check"), default=ServiceCheck.UNCHECKED
    )
    check_comment: Mapped[str] = mapped_column(String(500), default="")
