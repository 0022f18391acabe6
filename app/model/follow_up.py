"""Follow-ups: the after-signing cadence and anything else the seller must do by a date."""

from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.model.base import Base, Tracked, enum_column
from app.model.types import UTCDateTime


class FollowUpKind(StrEnum):
    AFTER_SIGNING = "after_signing"
    BUDGET_WINDOW = "budget_window"
    NOTICE_DEADLINE = "notice_deadline"
    TECHNICIAN_NOTE = "technician_note"
    PROMISE = "promise"
    MANUAL = "manual"


class FollowUp(Tracked, Base):
    __tablename__ = "follow_up"
    __table_args__ = (
        # Generated follow-ups carry a key ("contract:12:day30") so generating twice adds nothing.
        UniqueConstraint("account_id", "origin_key"),
        CheckConstraint("length(trim(title)) > 0", name="title_not_blank"),
        Index("ix_follow_up_open_due", "done_at", "dismissed_at", "due_on"),
    )

    account_id: Mapped[int] = mapped_column(
        ForeignKey("account.id", ondelete="CASCADE"), index=True
    )
    due_on: Mapped[date] = mapped_column(Date)
    kind: Mapped[FollowUpKind] = mapped_column(enum_column(FollowUpKind, "kind"))
    title: Mapped[str] = mapped_column(String(200))
    notes: Mapped[str] = mapped_column(Text, default="")
    done_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    dismissed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    origin_key: Mapped[str | None] = mapped_column(String(120))
