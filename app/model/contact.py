"""The buying center: the people at the customer who decide on a renewal."""

from enum import StrEnum

from sqlalchemy import CheckConstraint, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.model.base import Base, Tracked, enum_column


class Department(StrEnum):
    PURCHASING = "purchasing"
    ENGINEERING = "engineering"
    PRODUCTION = "production"
    MANAGEMENT = "management"
    FINANCE = "finance"
    QUALITY = "quality"
    IT = "it"
    OTHER = "other"


class DecisionRole(StrEnum):
    DECISION_MAKER = "decision_maker"
    INFLUENCER = "influencer"
    USER = "user"
    GATEKEEPER = "gatekeeper"


class Stance(StrEnum):
    CHAMPION = "champion"
    SUPPORTER = "supporter"
    NEUTRAL = "neutral"
    CRITIC = "critic"


class Contact(Tracked, Base):
    __tablename__ = "contact"
    __table_args__ = (CheckConstraint("length(trim(name)) > 0", name="name_not_blank"),)

    account_id: Mapped[int] = mapped_column(
        ForeignKey("account.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(300))
    job_title: Mapped[str] = mapped_column(String(200), default="")
    department: Mapped[Department] = mapped_column(
        enum_column(Department, "department"), default=Department.OTHER
    )
    decision_role: Mapped[DecisionRole] = mapped_column(
        enum_column(DecisionRole, "decision_role"), default=DecisionRole.INFLUENCER
    )
    stance: Mapped[Stance] = mapped_column(enum_column(Stance, "stance"), default=Stance.NEUTRAL)
    phone: Mapped[str] = mapped_column(String(60), default="")
    email: Mapped[str] = mapped_column(String(254), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
