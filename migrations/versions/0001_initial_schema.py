"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-23 02:14:32.460731
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "account",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("customer_number", sa.String(length=40), nullable=False),
        sa.Column("industry", sa.String(length=120), nullable=False),
        sa.Column("street", sa.String(length=200), nullable=False),
        sa.Column("postal_code", sa.String(length=20), nullable=False),
        sa.Column("city", sa.String(length=120), nullable=False),
        sa.Column("country", sa.String(length=2), nullable=False),
        sa.Column(
            "tier",
            sa.Enum("A", "B", "C", name="tier", native_enum=False, create_constraint=True),
            nullable=False,
        ),
        sa.Column("owner", sa.String(length=120), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "prospect",
                "active",
                "lost",
                "archived",
                name="status",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("relationship_since", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "length(country) = 2 AND upper(country) = country",
            name=op.f("ck_account_country_iso3166"),
        ),
        sa.CheckConstraint(
            "length(currency) = 3 AND upper(currency) = currency",
            name=op.f("ck_account_currency_iso4217"),
        ),
        sa.CheckConstraint(
            "length(trim(customer_number)) > 0", name=op.f("ck_account_customer_number_not_blank")
        ),
        sa.CheckConstraint("length(trim(name)) > 0", name=op.f("ck_account_name_not_blank")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_account")),
        sa.UniqueConstraint("customer_number", name=op.f("uq_account_customer_number")),
    )
    with op.batch_alter_table("account", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_account_city"), ["city"], unique=False)

    op.create_table(
        "ledger_category",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=60), nullable=False),
        sa.Column("label_en", sa.String(length=120), nullable=False),
        sa.Column("label_de", sa.String(length=120), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint("length(trim(key)) > 0", name=op.f("ck_ledger_category_key_not_blank")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ledger_category")),
        sa.UniqueConstraint("key", name=op.f("uq_ledger_category_key")),
    )
    op.create_table(
        "service_package",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("annual_price_minor", sa.BigInteger(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "annual_price_minor >= 0",
            name=op.f("ck_service_package_annual_price_minor_non_negative"),
        ),
        sa.CheckConstraint(
            "length(currency) = 3 AND upper(currency) = currency",
            name=op.f("ck_service_package_currency_iso4217"),
        ),
        sa.CheckConstraint(
            "length(trim(name)) > 0", name=op.f("ck_service_package_name_not_blank")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_service_package")),
        sa.UniqueConstraint("name", name=op.f("uq_service_package_name")),
    )
    op.create_table(
        "budget_cycle",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("label", sa.String(length=200), nullable=False),
        sa.Column("first_date", sa.Date(), nullable=False),
        sa.Column("rrule", sa.String(length=500), nullable=False),
        sa.Column("lead_days", sa.Integer(), nullable=False),
        sa.Column("decision_makers", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "lead_days >= 0 AND lead_days <= 366", name=op.f("ck_budget_cycle_lead_days_range")
        ),
        sa.CheckConstraint("length(trim(rrule)) > 0", name=op.f("ck_budget_cycle_rrule_not_blank")),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["account.id"],
            name=op.f("fk_budget_cycle_account_id_account"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_budget_cycle")),
    )
    with op.batch_alter_table("budget_cycle", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_budget_cycle_account_id"), ["account_id"], unique=False
        )

    op.create_table(
        "contact",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("job_title", sa.String(length=200), nullable=False),
        sa.Column(
            "department",
            sa.Enum(
                "purchasing",
                "engineering",
                "production",
                "management",
                "finance",
                "quality",
                "it",
                "other",
                name="department",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column(
            "decision_role",
            sa.Enum(
                "decision_maker",
                "influencer",
                "user",
                "gatekeeper",
                name="decision_role",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column(
            "stance",
            sa.Enum(
                "champion",
                "supporter",
                "neutral",
                "critic",
                name="stance",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("phone", sa.String(length=60), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint("length(trim(name)) > 0", name=op.f("ck_contact_name_not_blank")),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["account.id"],
            name=op.f("fk_contact_account_id_account"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact")),
    )
    with op.batch_alter_table("contact", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_contact_account_id"), ["account_id"], unique=False)

    op.create_table(
        "contract",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=60), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("notice_period", sa.Integer(), nullable=False),
        sa.Column(
            "notice_unit",
            sa.Enum(
                "months", "days", name="notice_unit", native_enum=False, create_constraint=True
            ),
            nullable=False,
        ),
        sa.Column("auto_renew_months", sa.Integer(), nullable=True),
        sa.Column("annual_value_minor", sa.BigInteger(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("package_id", sa.Integer(), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "draft",
                "active",
                "terminated",
                "expired",
                name="status",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("signed_on", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "annual_value_minor >= 0", name=op.f("ck_contract_annual_value_minor_non_negative")
        ),
        sa.CheckConstraint(
            "auto_renew_months IS NULL OR auto_renew_months > 0",
            name=op.f("ck_contract_auto_renew_positive"),
        ),
        sa.CheckConstraint(
            "auto_renew_months IS NULL OR end_date IS NOT NULL",
            name=op.f("ck_contract_auto_renew_needs_end"),
        ),
        sa.CheckConstraint(
            "end_date IS NULL OR end_date >= start_date", name=op.f("ck_contract_end_after_start")
        ),
        sa.CheckConstraint(
            "length(currency) = 3 AND upper(currency) = currency",
            name=op.f("ck_contract_currency_iso4217"),
        ),
        sa.CheckConstraint("length(trim(number)) > 0", name=op.f("ck_contract_number_not_blank")),
        sa.CheckConstraint(
            "notice_period >= 0", name=op.f("ck_contract_notice_period_non_negative")
        ),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["account.id"],
            name=op.f("fk_contract_account_id_account"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["package_id"],
            ["service_package.id"],
            name=op.f("fk_contract_package_id_service_package"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contract")),
        sa.UniqueConstraint("account_id", "number", name=op.f("uq_contract_account_id_number")),
    )
    with op.batch_alter_table("contract", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_contract_account_id"), ["account_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_contract_package_id"), ["package_id"], unique=False)

    op.create_table(
        "follow_up",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "after_signing",
                "budget_window",
                "notice_deadline",
                "technician_note",
                "promise",
                "manual",
                name="kind",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("done_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("dismissed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("origin_key", sa.String(length=120), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint("length(trim(title)) > 0", name=op.f("ck_follow_up_title_not_blank")),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["account.id"],
            name=op.f("fk_follow_up_account_id_account"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_follow_up")),
        sa.UniqueConstraint(
            "account_id", "origin_key", name=op.f("uq_follow_up_account_id_origin_key")
        ),
    )
    with op.batch_alter_table("follow_up", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_follow_up_account_id"), ["account_id"], unique=False)
        batch_op.create_index(
            "ix_follow_up_open_due", ["done_at", "dismissed_at", "due_on"], unique=False
        )

    op.create_table(
        "package_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("package_id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "maintenance_visits",
                "response_time_hours",
                "spare_parts_hours",
                "training_days",
                "consignment_stock",
                "hotline",
                "software_updates",
                "other",
                name="kind",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("quantity", sa.Numeric(precision=10, scale=2), nullable=False),
        sa.Column("included", sa.Boolean(), nullable=False),
        sa.Column("price_minor", sa.BigInteger(), nullable=True),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("description", sa.String(length=300), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "(included AND price_minor IS NULL) OR (NOT included AND price_minor IS NOT NULL AND price_minor >= 0)",
            name=op.f("ck_package_item_billable_has_price"),
        ),
        sa.CheckConstraint(
            "length(currency) = 3 AND upper(currency) = currency",
            name=op.f("ck_package_item_currency_iso4217"),
        ),
        sa.CheckConstraint("quantity >= 0", name=op.f("ck_package_item_quantity_non_negative")),
        sa.ForeignKeyConstraint(
            ["package_id"],
            ["service_package.id"],
            name=op.f("fk_package_item_package_id_service_package"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_package_item")),
    )
    with op.batch_alter_table("package_item", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_package_item_package_id"), ["package_id"], unique=False
        )

    op.create_table(
        "technician_note",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("noted_on", sa.Date(), nullable=False),
        sa.Column("author", sa.String(length=120), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "risk",
                "opportunity",
                "observation",
                "complaint",
                "praise",
                name="kind",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("machine_or_site", sa.String(length=200), nullable=False),
        sa.Column("estimated_value_minor", sa.BigInteger(), nullable=True),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("follow_up_on", sa.Date(), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "open",
                "taken_over",
                "done",
                name="status",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("read_by_seller", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "estimated_value_minor IS NULL OR estimated_value_minor >= 0",
            name=op.f("ck_technician_note_estimated_value_non_negative"),
        ),
        sa.CheckConstraint(
            "length(currency) = 3 AND upper(currency) = currency",
            name=op.f("ck_technician_note_currency_iso4217"),
        ),
        sa.CheckConstraint(
            "length(trim(title)) > 0", name=op.f("ck_technician_note_title_not_blank")
        ),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["account.id"],
            name=op.f("fk_technician_note_account_id_account"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_technician_note")),
    )
    with op.batch_alter_table("technician_note", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_technician_note_account_id"), ["account_id"], unique=False
        )

    op.create_table(
        "touchpoint",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("happened_on", sa.Date(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "meeting",
                "call",
                "visit",
                "maintenance_visit",
                "training",
                "email",
                name="kind",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("participants", sa.String(length=500), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("by_whom", sa.String(length=120), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["account.id"],
            name=op.f("fk_touchpoint_account_id_account"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_touchpoint")),
    )
    with op.batch_alter_table("touchpoint", schema=None) as batch_op:
        batch_op.create_index(
            "ix_touchpoint_account_date_kind", ["account_id", "happened_on", "kind"], unique=False
        )

    op.create_table(
        "budget_override",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("cycle_id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("planned_on", sa.Date(), nullable=True),
        sa.Column("cancelled", sa.Boolean(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "(cancelled AND planned_on IS NULL) OR (NOT cancelled AND planned_on IS NOT NULL)",
            name=op.f("ck_budget_override_moved_or_cancelled"),
        ),
        sa.CheckConstraint(
            "year BETWEEN 1900 AND 2999", name=op.f("ck_budget_override_year_range")
        ),
        sa.ForeignKeyConstraint(
            ["cycle_id"],
            ["budget_cycle.id"],
            name=op.f("fk_budget_override_cycle_id_budget_cycle"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_budget_override")),
        sa.UniqueConstraint("cycle_id", "year", name=op.f("uq_budget_override_cycle_id_year")),
    )
    with op.batch_alter_table("budget_override", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_budget_override_cycle_id"), ["cycle_id"], unique=False)

    op.create_table(
        "free_service",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("provided_on", sa.Date(), nullable=False),
        sa.Column("category_id", sa.Integer(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("value_minor", sa.BigInteger(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("hours", sa.Numeric(precision=8, scale=2), nullable=False),
        sa.Column("provided_by", sa.String(length=120), nullable=False),
        sa.Column(
            "provider_role",
            sa.Enum(
                "technician",
                "seller",
                "inside_sales",
                "other",
                name="provider_role",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("received_by_id", sa.Integer(), nullable=True),
        sa.Column("contract_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint("hours >= 0", name=op.f("ck_free_service_hours_non_negative")),
        sa.CheckConstraint(
            "length(currency) = 3 AND upper(currency) = currency",
            name=op.f("ck_free_service_currency_iso4217"),
        ),
        sa.CheckConstraint(
            "length(trim(description)) > 0", name=op.f("ck_free_service_description_not_blank")
        ),
        sa.CheckConstraint(
            "value_minor >= 0", name=op.f("ck_free_service_value_minor_non_negative")
        ),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["account.id"],
            name=op.f("fk_free_service_account_id_account"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["category_id"],
            ["ledger_category.id"],
            name=op.f("fk_free_service_category_id_ledger_category"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["contract_id"],
            ["contract.id"],
            name=op.f("fk_free_service_contract_id_contract"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["received_by_id"],
            ["contact.id"],
            name=op.f("fk_free_service_received_by_id_contact"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_free_service")),
    )
    with op.batch_alter_table("free_service", schema=None) as batch_op:
        batch_op.create_index(
            "ix_free_service_account_date_value",
            ["account_id", "provided_on", "currency", "value_minor"],
            unique=False,
        )
        batch_op.create_index(
            batch_op.f("ix_free_service_category_id"), ["category_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_free_service_contract_id"), ["contract_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_free_service_received_by_id"), ["received_by_id"], unique=False
        )

    op.create_table(
        "incident",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("contract_id", sa.Integer(), nullable=True),
        sa.Column(
            "kind",
            sa.Enum(
                "breakdown",
                "delivery_problem",
                "software_fault",
                "quality_problem",
                name="kind",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("reported_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("responded_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("resolved_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("downtime_hours", sa.Numeric(precision=8, scale=2), nullable=False),
        sa.Column("promised_response_hours", sa.Numeric(precision=6, scale=2), nullable=True),
        sa.Column(
            "paid_by",
            sa.Enum(
                "warranty",
                "contract",
                "billed",
                "goodwill",
                name="paid_by",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "downtime_hours >= 0", name=op.f("ck_incident_downtime_hours_non_negative")
        ),
        sa.CheckConstraint(
            "promised_response_hours IS NULL OR promised_response_hours > 0",
            name=op.f("ck_incident_promised_response_positive"),
        ),
        sa.CheckConstraint(
            "resolved_at IS NULL OR resolved_at >= reported_at",
            name=op.f("ck_incident_resolved_after_reported"),
        ),
        sa.CheckConstraint(
            "responded_at IS NULL OR responded_at >= reported_at",
            name=op.f("ck_incident_responded_after_reported"),
        ),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["account.id"],
            name=op.f("fk_incident_account_id_account"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["contract_id"],
            ["contract.id"],
            name=op.f("fk_incident_contract_id_contract"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_incident")),
    )
    with op.batch_alter_table("incident", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_incident_account_id"), ["account_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_incident_contract_id"), ["contract_id"], unique=False)

    op.create_table(
        "negotiation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("contract_id", sa.Integer(), nullable=True),
        sa.Column("meeting_on", sa.Date(), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "preparing",
                "held",
                "won",
                "lost",
                name="status",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("goals", sa.Text(), nullable=False),
        sa.Column("limits", sa.Text(), nullable=False),
        sa.Column("concessions", sa.Text(), nullable=False),
        sa.Column("asks", sa.Text(), nullable=False),
        sa.Column("outcome", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["account.id"],
            name=op.f("fk_negotiation_account_id_account"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["contract_id"],
            ["contract.id"],
            name=op.f("fk_negotiation_contract_id_contract"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_negotiation")),
    )
    with op.batch_alter_table("negotiation", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_negotiation_account_id"), ["account_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_negotiation_contract_id"), ["contract_id"], unique=False
        )

    op.create_table(
        "promise",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("promised_on", sa.Date(), nullable=False),
        sa.Column("made_by", sa.String(length=120), nullable=False),
        sa.Column("made_to_id", sa.Integer(), nullable=True),
        sa.Column(
            "item_kind",
            sa.Enum(
                "maintenance_visits",
                "response_time_hours",
                "spare_parts_hours",
                "training_days",
                "consignment_stock",
                "hotline",
                "software_updates",
                "other",
                name="item_kind",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=True,
        ),
        sa.Column("quantity", sa.Numeric(precision=10, scale=2), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column(
            "service_check",
            sa.Enum(
                "unchecked",
                "confirmed",
                "objected",
                name="service_check",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("check_comment", sa.String(length=500), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "item_kind IS NOT NULL OR length(trim(text)) > 0", name=op.f("ck_promise_kind_or_text")
        ),
        sa.CheckConstraint(
            "quantity IS NULL OR quantity >= 0", name=op.f("ck_promise_quantity_non_negative")
        ),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["account.id"],
            name=op.f("fk_promise_account_id_account"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["made_to_id"],
            ["contact.id"],
            name=op.f("fk_promise_made_to_id_contact"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_promise")),
    )
    with op.batch_alter_table("promise", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_promise_account_id"), ["account_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_promise_made_to_id"), ["made_to_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("promise", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_promise_made_to_id"))
        batch_op.drop_index(batch_op.f("ix_promise_account_id"))

    op.drop_table("promise")
    with op.batch_alter_table("negotiation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_negotiation_contract_id"))
        batch_op.drop_index(batch_op.f("ix_negotiation_account_id"))

    op.drop_table("negotiation")
    with op.batch_alter_table("incident", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_incident_contract_id"))
        batch_op.drop_index(batch_op.f("ix_incident_account_id"))

    op.drop_table("incident")
    with op.batch_alter_table("free_service", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_free_service_received_by_id"))
        batch_op.drop_index(batch_op.f("ix_free_service_contract_id"))
        batch_op.drop_index(batch_op.f("ix_free_service_category_id"))
        batch_op.drop_index("ix_free_service_account_date_value")

    op.drop_table("free_service")
    with op.batch_alter_table("budget_override", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_budget_override_cycle_id"))

    op.drop_table("budget_override")
    with op.batch_alter_table("touchpoint", schema=None) as batch_op:
        batch_op.drop_index("ix_touchpoint_account_date_kind")

    op.drop_table("touchpoint")
    with op.batch_alter_table("technician_note", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_technician_note_account_id"))

    op.drop_table("technician_note")
    with op.batch_alter_table("package_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_package_item_package_id"))

    op.drop_table("package_item")
    with op.batch_alter_table("follow_up", schema=None) as batch_op:
        batch_op.drop_index("ix_follow_up_open_due")
        batch_op.drop_index(batch_op.f("ix_follow_up_account_id"))

    op.drop_table("follow_up")
    with op.batch_alter_table("contract", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contract_package_id"))
        batch_op.drop_index(batch_op.f("ix_contract_account_id"))

    op.drop_table("contract")
    with op.batch_alter_table("contact", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contact_account_id"))

    op.drop_table("contact")
    with op.batch_alter_table("budget_cycle", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_budget_cycle_account_id"))

    op.drop_table("budget_cycle")
    op.drop_table("service_package")
    op.drop_table("ledger_category")
    with op.batch_alter_table("account", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_account_city"))

    op.drop_table("account")
