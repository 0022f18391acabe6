"""Negotiation workbench: give-and-get items, dated stance changes, power-map edges and
node positions

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23 04:39:07.004844
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "contact_change",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("changed_on", sa.Date(), nullable=False),
        sa.Column(
            "old_stance",
            sa.Enum(
                "champion",
                "supporter",
                "neutral",
                "critic",
                name="old_stance",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=True,
        ),
        sa.Column(
            "new_stance",
            sa.Enum(
                "champion",
                "supporter",
                "neutral",
                "critic",
                name="new_stance",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=True,
        ),
        sa.Column(
            "old_role",
            sa.Enum(
                "decision_maker",
                "influencer",
                "user",
                "gatekeeper",
                name="old_role",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=True,
        ),
        sa.Column(
            "new_role",
            sa.Enum(
                "decision_maker",
                "influencer",
                "user",
                "gatekeeper",
                name="new_role",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=True,
        ),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_by", sa.String(length=120), server_default="", nullable=False),
        sa.Column("updated_by", sa.String(length=120), server_default="", nullable=False),
        sa.CheckConstraint(
            "old_stance IS NOT NULL OR new_stance IS NOT NULL "
            "OR old_role IS NOT NULL OR new_role IS NOT NULL",
            name=op.f("ck_contact_change_something_changed"),
        ),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contact.id"],
            name=op.f("fk_contact_change_contact_id_contact"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact_change")),
    )
    with op.batch_alter_table("contact_change", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_contact_change_contact_id"), ["contact_id"], unique=False
        )

    op.create_table(
        "contact_link",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("source_id", sa.Integer(), nullable=False),
        sa.Column("target_id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "reports_to", "influences", name="kind", native_enum=False, create_constraint=True
            ),
            nullable=False,
        ),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_by", sa.String(length=120), server_default="", nullable=False),
        sa.Column("updated_by", sa.String(length=120), server_default="", nullable=False),
        sa.CheckConstraint("source_id <> target_id", name=op.f("ck_contact_link_not_to_self")),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["account.id"],
            name=op.f("fk_contact_link_account_id_account"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["source_id"],
            ["contact.id"],
            name=op.f("fk_contact_link_source_id_contact"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["target_id"],
            ["contact.id"],
            name=op.f("fk_contact_link_target_id_contact"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact_link")),
        sa.UniqueConstraint(
            "source_id", "target_id", "kind", name=op.f("uq_contact_link_source_id_target_id_kind")
        ),
    )
    with op.batch_alter_table("contact_link", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_contact_link_account_id"), ["account_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_contact_link_source_id"), ["source_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_contact_link_target_id"), ["target_id"], unique=False)

    op.create_table(
        "map_position",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("x", sa.Float(), nullable=False),
        sa.Column("y", sa.Float(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_by", sa.String(length=120), server_default="", nullable=False),
        sa.Column("updated_by", sa.String(length=120), server_default="", nullable=False),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contact.id"],
            name=op.f("fk_map_position_contact_id_contact"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_map_position")),
        sa.UniqueConstraint("contact_id", name=op.f("uq_map_position_contact_id")),
    )
    op.create_table(
        "negotiation_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("negotiation_id", sa.Integer(), nullable=False),
        sa.Column(
            "side",
            sa.Enum("give", "get", name="side", native_enum=False, create_constraint=True),
            nullable=False,
        ),
        sa.Column(
            "kind",
            sa.Enum(
                "price_cut",
                "maintenance_visit",
                "payment_term",
                "training",
                "longer_term",
                "volume",
                "reference_visit",
                "other",
                name="kind",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("description", sa.String(length=300), nullable=False),
        sa.Column("value_minor", sa.BigInteger(), nullable=True),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("percent", sa.Numeric(precision=5, scale=2), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_by", sa.String(length=120), server_default="", nullable=False),
        sa.Column("updated_by", sa.String(length=120), server_default="", nullable=False),
        sa.CheckConstraint(
            "length(currency) = 3 AND upper(currency) = currency",
            name=op.f("ck_negotiation_item_currency_iso4217"),
        ),
        sa.CheckConstraint(
            "percent >= 0 AND percent <= 100", name=op.f("ck_negotiation_item_percent_in_range")
        ),
        sa.CheckConstraint(
            "value_minor >= 0", name=op.f("ck_negotiation_item_value_minor_non_negative")
        ),
        sa.ForeignKeyConstraint(
            ["negotiation_id"],
            ["negotiation.id"],
            name=op.f("fk_negotiation_item_negotiation_id_negotiation"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_negotiation_item")),
    )
    with op.batch_alter_table("negotiation_item", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_negotiation_item_negotiation_id"), ["negotiation_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("negotiation_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_negotiation_item_negotiation_id"))

    op.drop_table("negotiation_item")
    op.drop_table("map_position")
    with op.batch_alter_table("contact_link", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contact_link_target_id"))
        batch_op.drop_index(batch_op.f("ix_contact_link_source_id"))
        batch_op.drop_index(batch_op.f("ix_contact_link_account_id"))

    op.drop_table("contact_link")
    with op.batch_alter_table("contact_change", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contact_change_contact_id"))

    op.drop_table("contact_change")
