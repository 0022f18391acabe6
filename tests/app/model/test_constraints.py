"""The database itself refuses bad rows; the ORM is not the only guard."""

from datetime import timedelta

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DataError, IntegrityError, StatementError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from app.bootstrap import Workspace
from app.model import Account, Contact, Contract, FreeService, Incident, ServicePackage
from tests.helpers import factories


def _fails(session: Session, statement: str) -> None:
    # PostgreSQL refuses a too-long value by its column type (DataError) before any CHECK.
    with pytest.raises((IntegrityError, DataError)), session.begin_nested():
        session.execute(text(statement))


def test_customer_number_is_unique(workspace: Workspace) -> None:
    with workspace.session() as session:
        factories.account(session, customer_number="10-4711")
        with pytest.raises(IntegrityError, match="customer_number"):
            factories.account(session, customer_number="10-4711")


@pytest.mark.parametrize(
    "column, value",
    [
        ("name", "'   '"),
        ("currency", "'eur'"),
        ("currency", "'EURO'"),
        ("country", "'deu'"),
        ("tier", "'D'"),
        ("status", "'sleeping'"),
    ],
)
def test_account_checks(workspace: Workspace, column: str, value: str) -> None:
    columns = {
        "name": "'Kunde GmbH'",
        "customer_number": "'1'",
        "industry": "''",
        "street": "''",
        "postal_code": "''",
        "city": "''",
        "country": "'DE'",
        "tier": "'A'",
        "owner": "''",
        "currency": "'EUR'",
        "status": "'active'",
        "notes": "''",
        "created_at": "'2026-01-01 00:00:00'",
        "updated_at": "'2026-01-01 00:00:00'",
        "version": "1",
    }
    columns[column] = value
    with workspace.session() as session:
        _fails(
            session,
            f"INSERT INTO account ({', '.join(columns)}) VALUES ({', '.join(columns.values())})",
        )


def test_contract_rules(workspace: Workspace) -> None:
    with workspace.session() as session:
        owner = factories.account(session)
        good = factories.contract(session, owner)
        _fails(session, f"UPDATE contract SET end_date = '2000-01-01' WHERE id = {good.id}")
        _fails(session, f"UPDATE contract SET annual_value_minor = -1 WHERE id = {good.id}")
        _fails(session, f"UPDATE contract SET auto_renew_months = 0 WHERE id = {good.id}")
        _fails(
            session,
            f"UPDATE contract SET end_date = NULL, auto_renew_months = 12 WHERE id = {good.id}",
        )
        _fails(session, f"UPDATE contract SET account_id = 9999 WHERE id = {good.id}")
        with pytest.raises(IntegrityError):
            factories.contract(session, owner)  # same number twice on one account


def test_billable_package_item_needs_a_price(workspace: Workspace) -> None:
    with workspace.session() as session:
        item_id = factories.package(session).items[0].id
        _fails(session, f"UPDATE package_item SET included = FALSE WHERE id = {item_id}")
        _fails(session, f"UPDATE package_item SET price_minor = 100 WHERE id = {item_id}")


def test_incident_cannot_be_answered_before_it_was_reported(workspace: Workspace) -> None:
    with workspace.session() as session:
        owner = factories.account(session)
        row = factories.incident(session, owner)
        session.commit()
        row.responded_at = row.reported_at - timedelta(minutes=1)
        with pytest.raises(IntegrityError, match="responded_after_reported"):
            session.flush()


def test_deleting_an_account_removes_its_rows(workspace: Workspace) -> None:
    with workspace.session() as session:
        owner = factories.account(session)
        factories.contract(session, owner)
        factories.free_service(session, owner)
        factories.contact(session, owner)
        factories.incident(session, owner)
        session.commit()
        session.execute(text(f"DELETE FROM account WHERE id = {owner.id}"))
        session.commit()
        for model in (Contract, FreeService, Contact, Incident):
            assert session.scalars(select(model)).all() == []


def test_package_in_use_cannot_be_deleted(workspace: Workspace) -> None:
    with workspace.session() as session:
        owner = factories.account(session)
        used = factories.package(session)
        factories.contract(session, owner, package_id=used.id)
        session.commit()
        _fails(session, f"DELETE FROM service_package WHERE id = {used.id}")
        assert session.get(ServicePackage, used.id) is not None


def test_deleting_a_contact_keeps_the_ledger_entry(workspace: Workspace) -> None:
    with workspace.session() as session:
        owner = factories.account(session)
        person = factories.contact(session, owner)
        entry = factories.free_service(session, owner, received_by_id=person.id)
        session.commit()
        session.execute(text(f"DELETE FROM contact WHERE id = {person.id}"))
        session.commit()
        session.refresh(entry)
        assert entry.received_by_id is None


def test_category_in_use_cannot_be_deleted(workspace: Workspace) -> None:
    with workspace.session() as session:
        owner = factories.account(session)
        entry = factories.free_service(session, owner)
        session.commit()
        _fails(session, f"DELETE FROM ledger_category WHERE id = {entry.category_id}")


def test_version_counter_refuses_a_stale_save(workspace: Workspace) -> None:
    with workspace.session() as first:
        row = factories.account(first, customer_number="V-1")
        first.commit()
        assert row.version == 1
        with workspace.session() as second:
            theirs = second.get(Account, row.id)
            assert theirs is not None
            theirs.city = "Linz"
            second.commit()
            assert theirs.version == 2
        row.city = "Graz"
        with pytest.raises(StaleDataError):
            first.commit()


def test_enum_values_are_checked_before_the_database(workspace: Workspace) -> None:
    with workspace.session() as session:
        session.add(Account(name="X", customer_number="E-1", tier="Z"))
        with pytest.raises(StatementError):
            session.flush()
