"""Incidents against promised response times. Met or breached is computed, never stored."""

from datetime import datetime
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import CheckConstraint, ForeignKey, Index, Numeric, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.model.base import Base, Tracked, enum_column, non_negative
from app.model.types import UTCDateTime


class IncidentKind(StrEnum):
    BREAKDOWN = "breakdown"
    DELIVERY_PROBLEM = "delivery_problem"
    SOFTWARE_FAULT = "software_fault"
    QUALITY_PROBLEM = "quality_problem"


class PaidBy(StrEnum):
    WARRANTY = "warranty"
    CONTRACT = "contract"
    BILLED = "billed"
    GOODWILL = "goodwill"


class Incident(Tracked, Base):
    __tablename__ = "incident"
    __table_args__ = (
        # "SLA breaches in the last N days" across all accounts reads only recent rows.
        Index("ix_incident_reported_account", "reported_at", "account_id"),
        non_negative("downtime_hours"),
        CheckConstraint(
            "promised_response_hours IS NULL OR promised_response_hours > 0",
            name="promised_response_positive",
        ),
        CheckConstraint(
            "responded_at IS NULL OR responded_at >= reported_at", name="responded_after_reported"
        ),
        CheckConstraint(
            "resolved_at IS NULL OR resolved_at >= reported_at", name="resolved_after_reported"
        ),
    )

    account_id: Mapped[int] = mapped_column(
        ForeignKey("account.id", ondelete="CASCADE"), index=True
    )
    contract_id: Mapped[int | None] = mapped_column(
        ForeignKey("contract.id", ondelete="SET NULL"), index=True
    )
    kind: Mapped[IncidentKind] = mapped_column(enum_column(IncidentKind, "kind"))
    reported_at: Mapped[datetime] = mapped_column(UTCDateTime())
    responded_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    downtime_hours: Mapped[Decimal] = mapped_column(Numeric(8, 2), default=Decimal(0))
    # Copied from the package when the incident is logged: packages change, promises made don't.
    promised_response_hours: Mapped[Decimal | None] = mapped_column(Numeric(6, 2))
    paid_by: Mapped[PaidBy] = mapped_column(enum_column(PaidBy, "paid_by"), default=PaidBy.CONTRACT)
    description: Mapped[str] = mapped_column(Text, default="")
