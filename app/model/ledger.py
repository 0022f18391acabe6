"""The free-service ledger (Leistungsbilanz): everything given beyond the contract."""

from datetime import date
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import (
    BigInteger,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Numeric,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column

from app.model.base import Base, Tracked, currency_check, enum_column, non_negative


class ProviderRole(StrEnum):
    TECHNICIAN = "technician"
    SELLER = "seller"
    INSIDE_SALES = "inside_sales"
    OTHER = "other"


class FreeService(Tracked, Base):
    """One service given free of charge. Nothing here is billed; it exists to be shown."""

    __tablename__ = "free_service"
    __table_args__ = (
        currency_check(),
        non_negative("value_minor"),
        non_negative("hours"),
        CheckConstraint("length(trim(description)) > 0", name="description_not_blank"),
        # Covers "ledger totals per account since a date" without touching the table.
        Index(
            "ix_free_service_account_date_value",
            "account_id",
            "provided_on",
            "currency",
            "value_minor",
        ),
    )

    account_id: Mapped[int] = mapped_column(ForeignKey("account.id", ondelete="CASCADE"))
    provided_on: Mapped[date] = mapped_column(Date)
    category_id: Mapped[int] = mapped_column(
        ForeignKey("ledger_category.id", ondelete="RESTRICT"), index=True
    )
    description: Mapped[str] = mapped_column(Text)
    value_minor: Mapped[int] = mapped_column(BigInteger, default=0)
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    hours: Mapped[Decimal] = mapped_column(Numeric(8, 2), default=Decimal(0))
    provided_by: Mapped[str] = mapped_column(String(120), default="")
    provider_role: Mapped[ProviderRole] = mapped_column(
        enum_column(ProviderRole, "provider_role"), default=ProviderRole.TECHNICIAN
    )
    received_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("contact.id", ondelete="SET NULL"), index=True
    )
    contract_id: Mapped[int | None] = mapped_column(
        ForeignKey("contract.id", ondelete="SET NULL"), index=True
    )
