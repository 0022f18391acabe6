"""How the buying center changes and hangs together: dated stance/role changes, who
reports to or influences whom, and where the seller placed each person on the power map."""

from datetime import date
from enum import StrEnum

from sqlalchemy import CheckConstraint, Date, Float, ForeignKey, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.model.base import Base, Tracked, enum_column
from app.model.contact import DecisionRole, Stance


class ContactChange(Tracked, Base):
    """A contact's stance or decision role as it changed on ``changed_on``: history is
    appended, never overwritten. A column that did not change holds None on both sides."""

    __tablename__ = "contact_change"
    __table_args__ = (
        CheckConstraint(
            "old_stance IS NOT NULL OR new_stance IS NOT NULL "
            "OR old_role IS NOT NULL OR new_role IS NOT NULL",
            name="something_changed",
        ),
    )

    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contact.id", ondelete="CASCADE"), index=True
    )
    changed_on: Mapped[date] = mapped_column(Date)
    old_stance: Mapped[Stance | None] = mapped_column(enum_column(Stance, "old_stance"))
    new_stance: Mapped[Stance | None] = mapped_column(enum_column(Stance, "new_stance"))
    old_role: Mapped[DecisionRole | None] = mapped_column(enum_column(DecisionRole, "old_role"))
    new_role: Mapped[DecisionRole | None] = mapped_column(enum_column(DecisionRole, "new_role"))


class LinkKind(StrEnum):
    REPORTS_TO = "reports_to"
    INFLUENCES = "influences"


class ContactLink(Tracked, Base):
    """An edge of the power map: ``source`` reports to / influences ``target``."""

    __tablename__ = "contact_link"
    __table_args__ = (
        UniqueConstraint("source_id", "target_id", "kind"),
        CheckConstraint("source_id <> target_id", name="not_to_self"),
    )

    account_id: Mapped[int] = mapped_column(
        ForeignKey("account.id", ondelete="CASCADE"), index=True
    )
    source_id: Mapped[int] = mapped_column(ForeignKey("contact.id", ondelete="CASCADE"), index=True)
    target_id: Mapped[int] = mapped_column(ForeignKey("contact.id", ondelete="CASCADE"), index=True)
    kind: Mapped[LinkKind] = mapped_column(enum_column(LinkKind, "kind"))


class MapPosition(Tracked, Base):
    """Where a contact's node sits on the power map (scene coordinates), once dragged.

    Its own table so arranging the map never bumps the contact's version (and never
    makes a colleague's open contact form stale)."""

    __tablename__ = "map_position"

    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contact.id", ondelete="CASCADE"), unique=True
    )
    x: Mapped[float] = mapped_column(Float)
    y: Mapped[float] = mapped_column(Float)
