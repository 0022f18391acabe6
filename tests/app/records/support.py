"""Shared builders for the record-service tests: a small account world and one entry per
editable entity, so version and deletion rules are checked for every one of them."""

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.ledger_categories import ensure_ledger_categories
from app.model import (
    Base,
    ContractStatus,
    IncidentKind,
    ItemKind,
    LedgerCategory,
    NoteKind,
    ServicePackage,
    TouchpointKind,
)
from app.records import (
    AccountForm,
    BudgetCycleForm,
    BudgetOverrideForm,
    ContactForm,
    ContractForm,
    FieldError,
    FollowUpForm,
    FormInvalidError,
    FreeServiceForm,
    IncidentForm,
    LedgerCategoryForm,
    NegotiationForm,
    PackageItemForm,
    PromiseForm,
    RecordKind,
    ServicePackageForm,
    TechnicianNoteForm,
    TouchpointForm,
    load_budget_cycle,
    load_contact,
    load_contract,
    load_follow_up,
    load_free_service,
    load_incident,
    load_ledger_category,
    load_negotiation,
    load_package,
    load_promise,
    load_technician_note,
    load_touchpoint,
    save_account,
    save_budget_cycle,
    save_contact,
    save_contract,
    save_follow_up,
    save_free_service,
    save_incident,
    save_ledger_category,
    save_negotiation,
    save_package,
    save_promise,
    save_technician_note,
    save_touchpoint,
)

DAY = date(2026, 11, 23)
MOMENT = datetime(2026, 9, 1, 6, 30, tzinfo=UTC)


@dataclass(frozen=True)
class World:
    """One account with a contact, a contract on a package, and the standard categories."""

    account_id: int
    contact_id: int
    contract_id: int
    package_id: int
    category_id: int


def package_form(name: str = "Premium 8") -> ServicePackageForm:
    return ServicePackageForm(
        name=name,
        annual_price=Decimal("12000.00"),
        items=(
            PackageItemForm(ItemKind.RESPONSE_TIME_HOURS, Decimal(8)),
            PackageItemForm(ItemKind.MAINTENANCE_VISITS, Decimal(4)),
            PackageItemForm(
                ItemKind.TRAINING_DAYS, Decimal(1), included=False, price=Decimal("900.00")
            ),
        ),
    )


def build_world(session: Session, customer_number: str = "10-4711") -> World:
    ensure_ledger_categories(session)
    category = session.scalar(
        select(LedgerCategory.id).where(LedgerCategory.key == "delivery_in_person")
    )
    assert category is not None
    account = save_account(
        session, AccountForm(name="Präzision Müller GmbH", customer_number=customer_number)
    )
    package = session.scalar(select(ServicePackage.id).where(ServicePackage.name == "Premium 8"))
    if package is None:
        package = save_package(session, package_form())
    contact = save_contact(session, ContactForm(name="Dr. Katrin Krause"), account_id=account)
    contract = save_contract(
        session,
        ContractForm(
            number="C-1",
            start_date=date(2025, 1, 1),
            end_date=date(2027, 12, 31),
            annual_value=Decimal("148000.00"),
            package_id=package,
            status=ContractStatus.ACTIVE,
        ),
        account_id=account,
    )
    return World(account, contact, contract, package, category)


def columns(session: Session, table: str, record_id: int) -> dict[str, Any]:
    """Every column of one row, as the database holds it."""
    found = Base.metadata.tables[table]
    return dict(session.execute(select(found).where(found.c.id == record_id)).mappings().one())


def children(session: Session, table: str, column: str, parent_id: int) -> list[dict[str, Any]]:
    found = Base.metadata.tables[table]
    query = select(found).where(found.c[column] == parent_id).order_by(found.c.id)
    return [dict(row) for row in session.execute(query).mappings()]


def problems(error: pytest.ExceptionInfo[FormInvalidError]) -> dict[str, str]:
    """field key -> message of a refused form."""
    found: tuple[FieldError, ...] = error.value.errors
    return {problem.field: problem.message for problem in found}


@dataclass(frozen=True)
class Entity:
    """How to create, open, change and save one kind of record through the services."""

    name: str
    kind: RecordKind
    table: str
    form: Callable[[World], Any]
    save: Callable[..., int]
    load: Callable[[Session, int], tuple[Any, int]]
    change: Callable[[Any], Any]
    per_account: bool = True

    def create(self, session: Session, world: World) -> int:
        if self.per_account:
            return self.save(session, self.form(world), account_id=world.account_id)
        return self.save(session, self.form(world))

    def update(
        self, session: Session, world: World, record_id: int, form: Any, version: int | None
    ) -> int:
        if self.per_account:
            return self.save(
                session,
                form,
                account_id=world.account_id,
                record_id=record_id,
                expected_version=version,
            )
        return self.save(session, form, record_id=record_id, expected_version=version)


ENTITIES = [
    Entity(
        "contact",
        RecordKind.CONTACT,
        "contact",
        lambda w: ContactForm(name="Jan Nowak", email="jan@example.com"),
        save_contact,
        load_contact,
        lambda f: replace(f, phone="+49 711 1234"),
    ),
    Entity(
        "contract",
        RecordKind.CONTRACT,
        "contract",
        lambda w: ContractForm(
            number="C-2",
            start_date=date(2026, 1, 1),
            end_date=date(2026, 12, 31),
            annual_value=Decimal("9999.99"),
            package_id=w.package_id,
        ),
        save_contract,
        load_contract,
        lambda f: replace(f, title="Renewed"),
    ),
    Entity(
        "budget cycle",
        RecordKind.BUDGET_CYCLE,
        "budget_cycle",
        lambda w: BudgetCycleForm(
            label="Annual investment budget",
            first_date=date(2024, 9, 15),
            overrides=(
                BudgetOverrideForm(2026, date(2026, 10, 1)),
                BudgetOverrideForm(2027, cancelled=True),
            ),
        ),
        save_budget_cycle,
        load_budget_cycle,
        lambda f: replace(f, lead_days=60),
    ),
    Entity(
        "ledger entry",
        RecordKind.FREE_SERVICE,
        "free_service",
        lambda w: FreeServiceForm(
            provided_on=DAY,
            category_id=w.category_id,
            description="Replacement tool driven over in person",
            value=Decimal("800.00"),
            hours=Decimal("3.5"),
            received_by_id=w.contact_id,
            contract_id=w.contract_id,
        ),
        save_free_service,
        load_free_service,
        lambda f: replace(f, value=Decimal("850.00")),
    ),
    Entity(
        "technician note",
        RecordKind.TECHNICIAN_NOTE,
        "technician_note",
        lambda w: TechnicianNoteForm(DAY, NoteKind.RISK, "Room warmer than 20 °C"),
        save_technician_note,
        load_technician_note,
        lambda f: replace(f, read_by_seller=True),
    ),
    Entity(
        "incident",
        RecordKind.INCIDENT,
        "incident",
        lambda w: IncidentForm(IncidentKind.BREAKDOWN, MOMENT, contract_id=w.contract_id),
        save_incident,
        load_incident,
        lambda f: replace(f, downtime_hours=Decimal("12.5")),
    ),
    Entity(
        "touchpoint",
        RecordKind.TOUCHPOINT,
        "touchpoint",
        lambda w: TouchpointForm(DAY, TouchpointKind.VISIT, summary="Plant tour"),
        save_touchpoint,
        load_touchpoint,
        lambda f: replace(f, participants="K. Krause"),
    ),
    Entity(
        "promise",
        RecordKind.PROMISE,
        "promise",
        lambda w: PromiseForm(
            DAY, made_to_id=w.contact_id, item_kind=ItemKind.TRAINING_DAYS, quantity=Decimal(2)
        ),
        save_promise,
        load_promise,
        lambda f: replace(f, check_comment="ok"),
    ),
    Entity(
        "negotiation",
        RecordKind.NEGOTIATION,
        "negotiation",
        lambda w: NegotiationForm(contract_id=w.contract_id, goals="Keep the price"),
        save_negotiation,
        load_negotiation,
        lambda f: replace(f, limits="-3 %"),
    ),
    Entity(
        "follow-up",
        RecordKind.FOLLOW_UP,
        "follow_up",
        lambda w: FollowUpForm(DAY, "Call about the 90-day check"),
        save_follow_up,
        load_follow_up,
        lambda f: replace(f, notes="Ask for the plant manager"),
    ),
    Entity(
        "service package",
        RecordKind.SERVICE_PACKAGE,
        "service_package",
        lambda w: package_form("Basic 24"),
        save_package,
        load_package,
        lambda f: replace(f, description="For small plants"),
        per_account=False,
    ),
    Entity(
        "ledger category",
        RecordKind.LEDGER_CATEGORY,
        "ledger_category",
        lambda w: LedgerCategoryForm("site_survey", "Site survey", "Standortbegehung"),
        save_ledger_category,
        load_ledger_category,
        lambda f: replace(f, sort_order=500),
        per_account=False,
    ),
]
