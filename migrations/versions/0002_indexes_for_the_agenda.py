"""Indexes for the agenda: recent incidents, open notes, active contracts by end date.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 02:34:11.580765
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("contract", schema=None) as batch_op:
        batch_op.create_index("ix_contract_status_end", ["status", "end_date"], unique=False)

    with op.batch_alter_table("incident", schema=None) as batch_op:
        batch_op.create_index(
            "ix_incident_reported_account", ["reported_at", "account_id"], unique=False
        )

    with op.batch_alter_table("technician_note", schema=None) as batch_op:
        batch_op.create_index(
            "ix_technician_note_status_follow_up", ["status", "follow_up_on"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("technician_note", schema=None) as batch_op:
        batch_op.drop_index("ix_technician_note_status_follow_up")

    with op.batch_alter_table("incident", schema=None) as batch_op:
        batch_op.drop_index("ix_incident_reported_account")

    with op.batch_alter_table("contract", schema=None) as batch_op:
        batch_op.drop_index("ix_contract_status_end")
