"""Declarative base, constraint naming convention and the mixins every table shares."""

from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import CheckConstraint, Enum, Integer, MetaData, String
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

from app.model.types import UTCDateTime, utcnow

# Named constraints survive Alembic's batch (copy-and-move) migrations on SQLite.
NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


# Wide enough for a login name or "Anna Schmidt (Vertrieb Süd)"; longer names are cut.
ACTOR_LENGTH = 120


class Tracked:
    """Surrogate key, creation/update moments and users, and the optimistic version counter."""

    id: Mapped[int] = mapped_column(Integer, primary_key=True, sort_order=-100)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, sort_order=100)
    updated_at: Mapped[datetime] = mapped_column(
        UTCDateTime(), default=utcnow, onupdate=utcnow, sort_order=101
    )
    # Team mode: a row changed by someone else since it was loaded refuses the save.
    version: Mapped[int] = mapped_column(Integer, default=1, sort_order=102)
    # Who created the row and who saved it last (set on flush, see app.model.attribution);
    # "" for rows written before revision 0003 or by bulk inserts.
    created_by: Mapped[str] = mapped_column(
        String(ACTOR_LENGTH), default="", server_default="", sort_order=103
    )
    updated_by: Mapped[str] = mapped_column(
        String(ACTOR_LENGTH), default="", server_default="", sort_order=104
    )

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.__table__.c.version}  # type: ignore[attr-defined]


def enum_column(enum: type[StrEnum], name: str) -> Enum:
    """A portable enum: VARCHAR plus a named CHECK constraint holding the enum's values."""
    return Enum(
        enum,
        name=name,
        native_enum=False,
        create_constraint=True,
        length=max(len(member.value) for member in enum),
        values_callable=lambda members: [member.value for member in members],
        validate_strings=True,
    )


def currency_check(column: str = "currency") -> CheckConstraint:
    """ISO 4217 shape: three upper-case letters (the full list is checked in code)."""
    return CheckConstraint(
        f"length({column}) = 3 AND upper({column}) = {column}", name=f"{column}_iso4217"
    )


def non_negative(column: str) -> CheckConstraint:
    return CheckConstraint(f"{column} >= 0", name=f"{column}_non_negative")
