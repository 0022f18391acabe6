"""The key account: the customer company the seller looks after."""

from datetime import date
from enum import StrEnum

from sqlalchemy import CheckConstraint, Date, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.model.base import Base, Tracked, currency_check, enum_column


class Tier(StrEnum):
    A = "A"
    B = "B"
    C = "C"


class AccountStatus(StrEnum):
    PROSPECT = "prospect"
    ACTIVE = "active"
    LOST = "lost"
    ARCHIVED = "archived"


class Account(Tracked, Base):
    __tablename__ = "account"
    __table_args__ = (
        currency_check(),
        CheckConstraint("length(trim(name)) > 0", name="name_not_blank"),
        CheckConstraint("length(trim(customer_number)) > 0", name="customer_number_not_blank"),
        CheckConstraint("length(country) = 2 AND upper(country) = country", name="country_iso3166"),
    )

    name: Mapped[str] = mapped_column(String(300))
    customer_number: Mapped[str] = mapped_column(String(40), unique=True)
    industry: Mapped[str] = mapped_column(String(120), default="")
    street: Mapped[str] = mapped_column(String(200), default="")
    postal_code: Mapped[str] = mapped_column(String(20), default="")
    city: Mapped[str] = mapped_column(String(120), default="", index=True)
    country: Mapped[str] = mapped_column(String(2), default="DE")
    tier: Mapped[Tier] = mapped_column(enum_column(Tier, "tier"), default=Tier.B)
    owner: Mapped[str] = mapped_column(String(120), default="")
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    status: Mapped[AccountStatus] = mapped_column(
        enum_column(AccountStatus, "status"), default=AccountStatus.ACTIVE
    )
    relationship_since: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")

    def __repr__(self) -> str:
        return f"<Account {self.customer_number} {self.name!r}>"
