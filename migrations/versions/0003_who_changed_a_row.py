"""Who created and who last changed each row: created_by and updated_by on every table

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23 03:30:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Every table with the Tracked columns, as of this revision (parents first).
TABLES = (
    "account",
    "ledger_category",
    "service_package",
    "budget_cycle",
    "contact",
    "contract",
    "follow_up",
    "package_item",
    "technician_note",
    "touchpoint",
    "budget_override",
    "free_service",
    "incident",
    "negotiation",
    "promise",
)
COLUMNS = ("created_by", "updated_by")


def upgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            for column in COLUMNS:
                # Existing rows were written before anyone was recorded: "".
                batch_op.add_column(
                    sa.Column(column, sa.String(length=120), server_default="", nullable=False)
                )


def downgrade() -> None:
    for table in reversed(TABLES):
        with op.batch_alter_table(table, schema=None) as batch_op:
            for column in reversed(COLUMNS):
                batch_op.drop_column(column)
