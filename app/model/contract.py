"""Contracts: the terms, notice periods and renewals that make up the timeline."""

from datetime import date
from enum import StrEnum

from sqlalchemy import (
    BigInteger,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from app.model.base import Base, Tracked, currency_check, enum_column, non_negative


class ContractStatus(StrEnum):
    DRAFT = "draft"
    ACTIVE = "active"
    TERMINATED = "terminated"
    EXPIRED = "expired"


class PeriodUnit(StrEnum):
    MONTHS = "months"
    DAYS = "days"


class Contract(Tracked, Base):
    __tablename__ = "contract"
    __table_args__ = (
        UniqueConstraint("account_id", "number"),
        # The agenda and the renewal lists start from active contracts by end date.
        Index("ix_contract_status_end", "status", "end_date"),
        currency_check(),
        non_negative("annual_value_minor"),
        CheckConstraint("end_date IS NULL OR end_date >= start_date", name="end_after_start"),
        CheckConstraint("notice_period >= 0", name="notice_period_non_negative"),
        CheckConstraint(
            "auto_renew_months IS NULL OR auto_renew_months > 0", name="auto_renew_positive"
        ),
        CheckConstraint(
            "auto_renew_months IS NULL OR end_date IS NOT NULL", name="auto_renew_needs_end"
        ),
        CheckConstraint("length(trim(number)) > 0", name="number_not_blank"),
    )

    account_id: Mapped[int] = mapped_column(
        ForeignKey("account.id", ondelete="CASCADE"), index=True
    )
    number: Mapped[str] = mapped_column(String(60))
    title: Mapped[str] = mapped_column(String(200), default="")
    start_date: Mapped[date] = mapped_column(Date)
    # None: open-ended, runs until notice is given.
    end_date: Mapped[date | None] = mapped_column(Date)
    notice_period: Mapped[int] = mapped_column(Integer, default=3)
    notice_unit: Mapped[PeriodUnit] = mapped_column(
        enum_column(PeriodUnit, "notice_unit"), default=PeriodUnit.MONTHS
    )
    # None: the contract ends at end_date; otherwise it renews by this many months.
    auto_renew_months: Mapped[int | None] = mapped_column(Integer)
    annual_value_minor: Mapped[int] = mapped_column(BigInteger, default=0)
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    # A package in use cannot be deleted: the catalog must say which contracts use it.
    package_id: Mapped[int | None] = mapped_column(
        ForeignKey("service_package.id", ondelete="RESTRICT"), index=True
    )
    status: Mapped[ContractStatus] = mapped_column(
        enum_column(ContractStatus, "status"), default=ContractStatus.DRAFT
    )
    signed_on: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")
