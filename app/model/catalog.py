"""The catalog: service packages with their promises, and the free-service categories."""

from decimal import Decimal
from enum import StrEnum

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    ForeignKey,
    Integer,
    Numeric,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.model.base import Base, Tracked, currency_check, enum_column, non_negative


class ItemKind(StrEnum):
    MAINTENANCE_VISITS = "maintenance_visits"  # per year
    RESPONSE_TIME_HOURS = "response_time_hours"  # on-site response
    SPARE_PARTS_HOURS = "spare_parts_hours"  # spare-parts delivery time
    TRAINING_DAYS = "training_days"
    CONSIGNMENT_STOCK = "consignment_stock"
    HOTLINE = "hotline"
    SOFTWARE_UPDATES = "software_updates"
    OTHER = "other"


class ServicePackage(Tracked, Base):
    __tablename__ = "service_package"
    __table_args__ = (
        currency_check(),
        non_negative("annual_price_minor"),
        CheckConstraint("length(trim(name)) > 0", name="name_not_blank"),
    )

    name: Mapped[str] = mapped_column(String(120), unique=True)
    description: Mapped[str] = mapped_column(Text, default="")
    annual_price_minor: Mapped[int] = mapped_column(BigInteger, default=0)
    currency: Mapped[str] = mapped_column(String(3), default="EUR")

    items: Mapped[list["PackageItem"]] = relationship(
        back_populates="package",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="PackageItem.id",
    )


class PackageItem(Tracked, Base):
    """One promise of a package: a kind, a quantity, included or billable at a price."""

    __tablename__ = "package_item"
    __table_args__ = (
        currency_check(),
        non_negative("quantity"),
        CheckConstraint(
            "(included AND price_minor IS NULL) OR "
            "(NOT included AND price_minor IS NOT NULL AND price_minor >= 0)",
            name="billable_has_price",
        ),
    )

    package_id: Mapped[int] = mapped_column(
        ForeignKey("service_package.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[ItemKind] = mapped_column(enum_column(ItemKind, "kind"))
    quantity: Mapped[Decimal] = mapped_column(Numeric(10, 2), default=Decimal(1))
    included: Mapped[bool] = mapped_column(Boolean, default=True)
    price_minor: Mapped[int | None] = mapped_column(BigInteger)
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    description: Mapped[str] = mapped_column(String(300), default="")

    package: Mapped[ServicePackage] = relationship(back_populates="items")


class LedgerCategory(Tracked, Base):
    """A kind of free service; categories are data so a team can add its own."""

    __tablename__ = "ledger_category"
    __table_args__ = (CheckConstraint("length(trim(key)) > 0", name="key_not_blank"),)

    key: Mapped[str] = mapped_column(String(60), unique=True)
    label_en: Mapped[str] = mapped_column(String(120))
    label_de: Mapped[str] = mapped_column(String(120))
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
