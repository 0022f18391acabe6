"""Small, valid rows for tests: each builder fills the required fields and takes overrides."""

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from app.domain.ledger_categories import ensure_ledger_categories
from app.model import (
    Account,
    Contact,
    Contract,
    ContractStatus,
    FreeService,
    Incident,
    IncidentKind,
    ItemKind,
    LedgerCategory,
    PackageItem,
    ServicePackage,
)

DAY = date(2026, 11, 23)


def account(session: Session, **overrides: Any) -> Account:
    number = overrides.pop("customer_number", f"T-{len(session.new) + 1:04d}-{id(overrides)}")
    row = Account(name=overrides.pop("name", "Kunde GmbH"), customer_number=number, **overrides)
    session.add(row)
    session.flush()
    return row


def package(session: Session, name: str = "Premium 8", response_hours: int = 8) -> ServicePackage:
    row = ServicePackage(name=name, annual_price_minor=1_200_000, currency="EUR")
    row.items = [
        PackageItem(kind=ItemKind.RESPONSE_TIME_HOURS, quantity=Decimal(response_hours)),
        PackageItem(kind=ItemKind.MAINTENANCE_VISITS, quantity=Decimal(4)),
        PackageItem(
            kind=ItemKind.TRAINING_DAYS, quantity=Decimal(1), included=False, price_minor=90_000
        ),
    ]
    session.add(row)
    session.flush()
    return row


def contract(session: Session, owner: Account, **overrides: Any) -> Contract:
    values: dict[str, Any] = {
        "number": "C-1",
        "start_date": DAY - timedelta(days=700),
        "end_date": DAY + timedelta(days=100),
        "annual_value_minor": 14_800_000,
        "status": ContractStatus.ACTIVE,
    }
    values.update(overrides)
    row = Contract(account_id=owner.id, **values)
    session.add(row)
    session.flush()
    return row


def category(session: Session, key: str = "delivery_in_person") -> LedgerCategory:
    ensure_ledger_categories(session)
    found = session.query(LedgerCategory).filter_by(key=key).one()
    return found


def free_service(session: Session, owner: Account, **overrides: Any) -> FreeService:
    values: dict[str, Any] = {
        "provided_on": DAY - timedelta(days=30),
        "category_id": category(session).id,
        "description": "Replacement tool driven over in person",
        "value_minor": 80_000,
        "currency": owner.currency,
    }
    values.update(overrides)
    row = FreeService(account_id=owner.id, **values)
    session.add(row)
    session.flush()
    return row


def contact(session: Session, owner: Account, **overrides: Any) -> Contact:
    row = Contact(account_id=owner.id, name=overrides.pop("name", "Dr. Katrin Krause"), **overrides)
    session.add(row)
    session.flush()
    return row


def incident(session: Session, owner: Account, **overrides: Any) -> Incident:
    reported = datetime(2026, 9, 1, 6, 30, tzinfo=UTC)
    values: dict[str, Any] = {
        "kind": IncidentKind.BREAKDOWN,
        "reported_at": reported,
        "responded_at": reported + timedelta(hours=48),
        "promised_response_hours": Decimal(8),
    }
    values.update(overrides)
    row = Incident(account_id=owner.id, **values)
    session.add(row)
    session.flush()
    return row
