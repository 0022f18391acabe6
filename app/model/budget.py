"""The customer's budget-planning dates: a recurrence with per-year overrides."""

from datetime import date

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.model.base import Base, Tracked


class BudgetCycle(Tracked, Base):
    __tablename__ = "budget_cycle"
    __table_args__ = (
        CheckConstraint("lead_days >= 0 AND lead_days <= 366", name="lead_days_range"),
        CheckConstraint("length(trim(rrule)) > 0", name="rrule_not_blank"),
    )

    account_id: Mapped[int] = mapped_column(
        ForeignKey("account.id", ondelete="CASCADE"), index=True
    )
    label: Mapped[str] = mapped_column(String(200))
    first_date: Mapped[date] = mapped_column(Date)
    # RFC 5545 RRULE (without the "RRULE:" prefix), exported to calendars unchanged.
    rrule: Mapped[str] = mapped_column(String(500), default="FREQ=YEARLY")
    lead_days: Mapped[int] = mapped_column(Integer, default=45)
    decision_makers: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    overrides: Mapped[list["BudgetOverride"]] = relationship(
        back_populates="cycle",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="BudgetOverride.year",
    )


class BudgetOverride(Tracked, Base):
    """One year's exception: the planning moved to another date, or skipped that year."""

    __tablename__ = "budget_override"
    __table_args__ = (
        UniqueConstraint("cycle_id", "year"),
        CheckConstraint("year BETWEEN 1900 AND 2999", name="year_range"),
        CheckConstraint(
            "(cancelled AND planned_on IS NULL) OR (NOT cancelled AND planned_on IS NOT NULL)",
            name="moved_or_cancelled",
        ),
    )

    cycle_id: Mapped[int] = mapped_column(
        ForeignKey("budget_cycle.id", ondelete="CASCADE"), index=True
    )
    year: Mapped[int] = mapped_column(Integer)
    planned_on: Mapped[date | None] = mapped_column(Date)
    cancelled: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str] = mapped_column(Text, default="")

    cycle: Mapped[BudgetCycle] = relationship(back_populates="overrides")
