"""What service technicians see at the customer: risks, needs, complaints, praise."""

from datetime import date
from enum import StrEnum

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column

from app.model.base import Base, Tracked, currency_check, enum_column


class NoteKind(StrEnum):
    RISK = "risk"  # an upcoming problem
    OPPORTUNITY = "opportunity"  # an additional need
    OBSERVATION = "observation"
    COMPLAINT = "complaint"
    PRAISE = "praise"


class NoteStatus(StrEnum):
    OPEN = "open"
    TAKEN_OVER = "taken_over"  # taken over by sales
    DONE = "done"


class TechnicianNote(Tracked, Base):
    __tablename__ = "technician_note"
    __table_args__ = (
        # The agenda looks only at open notes.
        Index("ix_technician_note_status_follow_up", "status", "follow_up_on"),
        currency_check(),
        CheckConstraint(
            "estimated_value_minor IS NULL OR estimated_value_minor >= 0",
            name="estimated_value_non_negative",
        ),
        CheckConstraint("length(trim(title)) > 0", name="title_not_blank"),
    )

    account_id: Mapped[int] = mapped_column(
        ForeignKey("account.id", ondelete="CASCADE"), index=True
    )
    noted_on: Mapped[date] = mapped_column(Date)
    author: Mapped[str] = mapped_column(String(120), default="")
    kind: Mapped[NoteKind] = mapped_column(enum_column(NoteKind, "kind"))
    title: Mapped[str] = mapped_column(String(200))
    text: Mapped[str] = mapped_column(Text, default="")
    machine_or_site: Mapped[str] = mapped_column(String(200), default="")
    # For opportunities: what the additional need could be worth.
    estimated_value_minor: Mapped[int | None] = mapped_column(BigInteger)
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    follow_up_on: Mapped[date | None] = mapped_column(Date)
    status: Mapped[NoteStatus] = mapped_column(
        enum_column(NoteStatus, "status"), default=NoteStatus.OPEN
    )
    read_by_seller: Mapped[bool] = mapped_column(Boolean, default=False)
