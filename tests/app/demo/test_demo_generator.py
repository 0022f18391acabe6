"""The demo workspace: the showcase stories, determinism, valid rows, refusals, scale shape."""

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from dateutil.relativedelta import relativedelta
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from app.bootstrap import Workspace, open_workspace
from app.demo import DemoSummary, WorkspaceNotEmptyError, generate_demo
from app.errors import InvalidValueError, KamDeskError
from app.model import (
    Account,
    Base,
    BudgetCycle,
    BudgetOverride,
    Contact,
    Contract,
    ContractStatus,
    Department,
    FreeService,
    Incident,
    IncidentKind,
    ItemKind,
    LedgerCategory,
    Negotiation,
    NegotiationStatus,
    NoteKind,
    PackageItem,
    Promise,
    ServicePackage,
    Stance,
    TechnicianNote,
    Touchpoint,
    TouchpointKind,
    UTCDateTime,
)

# today + 21 days round-trips through "+ 3 months - 3 months" on this date.
TODAY = date(2026, 11, 23)


def _generate(path: Path, **options: Any) -> tuple[Workspace, DemoSummary]:
    workspace = open_workspace(path)
    with workspace.transaction() as session:
        summary = generate_demo(session, today=options.pop("today", TODAY), **options)
    return workspace, summary


@pytest.fixture(scope="module")
def showcase(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Session]:
    workspace, _ = _generate(tmp_path_factory.mktemp("showcase") / "demo.db")
    with workspace.session() as session:
        yield session
    workspace.close()


def _account(session: Session, number: str) -> Account:
    return session.scalars(select(Account).where(Account.customer_number == number)).one()


def _count(session: Session, model: type[Base], *where: Any) -> int:
    return session.scalar(select(func.count()).select_from(model).where(*where)) or 0


def test_showcase_has_twelve_accounts_in_five_countries_and_two_currencies(
    showcase: Session,
) -> None:
    accounts = showcase.scalars(select(Account)).all()
    assert len(accounts) == 12
    assert {account.country for account in accounts} == {"DE", "AT", "CH", "PL", "FR"}
    assert {account.currency for account in accounts} == {"EUR", "CHF"}
    assert all(a.currency == "CHF" for a in accounts if a.country == "CH")
    assert {account.tier for account in accounts} == {"A", "B", "C"}
    assert any("ł" in account.name or "ę" in account.name for account in accounts)
    currencies = set(showcase.scalars(select(ServicePackage.currency)))
    assert currencies == {"EUR", "CHF"}


def test_flagship_notice_deadline_is_21_days_ahead_and_negotiation_comes_first(
    showcase: Session,
) -> None:
    account = _account(showcase, "10-4711")
    contract = showcase.scalars(select(Contract).where(Contract.account_id == account.id)).one()
    assert contract.status is ContractStatus.ACTIVE
    assert contract.end_date is not None and contract.auto_renew_months is None
    assert contract.end_date - relativedelta(months=3) == TODAY + timedelta(days=21)
    package = showcase.get_one(ServicePackage, contract.package_id)
    assert package.name == "Premium 8"
    negotiation = showcase.scalars(
        select(Negotiation).where(Negotiation.account_id == account.id)
    ).one()
    assert negotiation.status is NegotiationStatus.PREPARING
    assert negotiation.meeting_on is not None
    assert TODAY < negotiation.meeting_on < TODAY + timedelta(days=21)
    assert negotiation.goals and negotiation.limits and negotiation.concessions
    assert negotiation.asks


def test_flagship_breakdown_was_answered_after_48_hours_against_8(showcase: Session) -> None:
    account = _account(showcase, "10-4711")
    breakdown = showcase.scalars(
        select(Incident).where(
            Incident.account_id == account.id, Incident.kind == IncidentKind.BREAKDOWN
        )
    ).one()
    assert breakdown.responded_at is not None
    assert breakdown.responded_at - breakdown.reported_at == timedelta(hours=48)
    assert breakdown.promised_response_hours == Decimal(8)
    assert (TODAY - breakdown.reported_at.date()).days == 18


def test_flagship_ledger_holds_the_renewal_argument(showcase: Session) -> None:
    account = _account(showcase, "10-4711")
    contract = showcase.scalars(select(Contract).where(Contract.account_id == account.id)).one()
    rows = showcase.execute(
        select(LedgerCategory.key, FreeService.provided_on)
        .join(LedgerCategory, LedgerCategory.id == FreeService.category_id)
        .where(FreeService.account_id == account.id)
    ).all()
    keys = [key for key, _ in rows]
    assert keys.count("delivery_in_person") == 3
    assert keys.count("order_cancellation") == 5
    assert keys.count("profitability_calculation") == 1
    assert keys.count("training") == 1
    assert 5 <= len(keys) <= 25
    assert all(contract.start_date <= day < TODAY for _, day in rows)


def test_flagship_technician_notes_buying_center_and_promises(showcase: Session) -> None:
    account = _account(showcase, "10-4711")
    notes = {
        note.title: note
        for note in showcase.scalars(
            select(TechnicianNote).where(TechnicianNote.account_id == account.id)
        )
    }
    risk = notes["Measuring room runs above 20 °C"]
    opportunity = notes["No automatic measuring controller installed"]
    assert risk.kind is NoteKind.RISK and not risk.read_by_seller
    assert opportunity.kind is NoteKind.OPPORTUNITY
    assert opportunity.estimated_value_minor == 22_000_00 and opportunity.currency == "EUR"

    contacts = showcase.scalars(select(Contact).where(Contact.account_id == account.id)).all()
    assert 4 <= len(contacts) <= 6
    assert {Department.PURCHASING, Department.ENGINEERING, Department.PRODUCTION} <= {
        contact.department for contact in contacts
    }
    assert [c.department for c in contacts if c.stance is Stance.CRITIC] == [Department.PURCHASING]

    promises = showcase.scalars(select(Promise).where(Promise.account_id == account.id)).all()
    package_hours = showcase.scalar(
        select(PackageItem.quantity)
        .join(ServicePackage)
        .where(ServicePackage.name == "Premium 8", PackageItem.kind == ItemKind.RESPONSE_TIME_HOURS)
    )
    assert package_hours == Decimal(8)
    faster = [p for p in promises if p.item_kind is ItemKind.RESPONSE_TIME_HOURS]
    assert [p.quantity for p in faster] == [Decimal(4)]
    assert any(p.item_kind is None and "zweite Schicht" in p.text for p in promises)
    assert any(p.item_kind is ItemKind.MAINTENANCE_VISITS for p in promises)


def test_flagship_budget_planning_is_a_few_months_ahead(showcase: Session) -> None:
    account = _account(showcase, "10-4711")
    cycle = showcase.scalars(select(BudgetCycle).where(BudgetCycle.account_id == account.id)).one()
    assert cycle.rrule == "FREQ=YEARLY" and cycle.lead_days == 45
    upcoming = cycle.first_date.replace(year=TODAY.year)
    if upcoming < TODAY:
        upcoming = upcoming.replace(year=TODAY.year + 1)
    assert 60 <= (upcoming - TODAY).days <= 130


def test_contract_stories_auto_renewing_expired_and_open_ended(showcase: Session) -> None:
    def contracts_of(number: str) -> list[Contract]:
        account = _account(showcase, number)
        query = select(Contract).where(Contract.account_id == account.id)
        return list(showcase.scalars(query))

    [renewing] = contracts_of("10-5120")
    assert renewing.auto_renew_months == 12 and renewing.status is ContractStatus.ACTIVE
    assert renewing.end_date is not None and renewing.end_date < TODAY
    assert (TODAY - renewing.start_date).days > 4 * 365

    [expired] = contracts_of("40-2207")
    assert expired.status is ContractStatus.EXPIRED and expired.auto_renew_months is None
    assert expired.end_date is not None and expired.end_date < TODAY

    [open_ended] = contracts_of("30-0815")
    assert open_ended.end_date is None and open_ended.currency == "CHF"


def test_one_account_has_had_no_contact_for_75_days(showcase: Session) -> None:
    latest = dict(
        showcase.execute(
            select(Account.customer_number, func.max(Touchpoint.happened_on))
            .join(Touchpoint, Touchpoint.account_id == Account.id)
            .group_by(Account.customer_number)
        )
        .tuples()
        .all()
    )
    silent = [number for number, day in latest.items() if (TODAY - day).days >= 60]
    assert silent == ["20-3310"]
    assert (TODAY - latest["20-3310"]).days == 75


def test_budget_overrides_move_one_year_and_cancel_another(showcase: Session) -> None:
    overrides = showcase.execute(
        select(Account.customer_number, BudgetOverride.cancelled, BudgetOverride.planned_on)
        .join(BudgetCycle, BudgetCycle.id == BudgetOverride.cycle_id)
        .join(Account, Account.id == BudgetCycle.account_id)
    ).all()
    assert sorted((number, cancelled) for number, cancelled, _ in overrides) == [
        ("10-6034", False),
        ("20-4480", True),
    ]


def test_every_showcase_account_has_the_promised_shape(showcase: Session) -> None:
    def per_account(model: Any) -> dict[int, int]:
        query = select(model.account_id, func.count()).group_by(model.account_id)
        return dict(showcase.execute(query).tuples().all())

    ids = list(showcase.scalars(select(Account.id)))
    contracts, contacts = per_account(Contract), per_account(Contact)
    ledger, notes = per_account(FreeService), per_account(TechnicianNote)
    incidents, touchpoints = per_account(Incident), per_account(Touchpoint)
    cycles, promises = per_account(BudgetCycle), per_account(Promise)
    for account_id in ids:
        assert contracts[account_id] >= 1
        assert 3 <= contacts[account_id] <= 6
        assert cycles[account_id] >= 1
        assert 5 <= ledger[account_id] <= 25
        assert 2 <= notes[account_id] <= 6
        assert incidents.get(account_id, 0) <= 4
        assert 4 <= touchpoints[account_id] <= 15
        assert promises.get(account_id, 0) <= 3
    values = list(showcase.scalars(select(FreeService.value_minor)))
    assert all(80_00 <= value <= 6_000_00 for value in values)
    assert _count(showcase, Touchpoint, Touchpoint.kind == TouchpointKind.MAINTENANCE_VISIT)
    assert _count(showcase, TechnicianNote, TechnicianNote.follow_up_on.is_not(None))
    statuses = list(showcase.scalars(select(Contract.status)))
    assert statuses.count(ContractStatus.ACTIVE) >= 10


def _table_contents(workspace: Workspace) -> dict[str, list[tuple[Any, ...]]]:
    with workspace.session() as session:
        return {
            table.name: [tuple(row) for row in session.execute(select(table).order_by(table.c.id))]
            for table in Base.metadata.sorted_tables
        }


def test_same_inputs_give_identical_tables_and_another_seed_does_not(tmp_path: Path) -> None:
    first, _ = _generate(tmp_path / "a.db", accounts=40, seed=7)
    second, _ = _generate(tmp_path / "b.db", accounts=40, seed=7)
    other, _ = _generate(tmp_path / "c.db", accounts=40, seed=8)
    try:
        contents = _table_contents(first)
        assert sum(len(rows) for rows in contents.values()) > 3000
        assert contents == _table_contents(second)
        assert contents != _table_contents(other)
    finally:
        for workspace in (first, second, other):
            workspace.close()


def test_a_smaller_demo_is_the_start_of_the_showcase(tmp_path: Path, showcase: Session) -> None:
    workspace, summary = _generate(tmp_path / "demo.db", accounts=3)
    try:
        assert summary.accounts == 3
        with workspace.session() as session:
            numbers = list(session.scalars(select(Account.customer_number).order_by(Account.id)))
            assert numbers == ["10-4711", "10-5120", "40-2207"]
            small = session.scalars(select(Contract.end_date).order_by(Contract.id)).all()
        full = showcase.scalars(select(Contract.end_date).order_by(Contract.id)).all()
        assert small == full[:3]
    finally:
        workspace.close()


def test_generated_rows_satisfy_the_schema(tmp_path: Path) -> None:
    calls: list[tuple[int, int]] = []
    workspace, summary = _generate(
        tmp_path / "demo.db", accounts=60, progress=lambda done, total: calls.append((done, total))
    )
    try:
        assert calls[-1] == (60, 60)
        with workspace.session() as session:
            assert session.execute(text("PRAGMA foreign_key_check")).all() == []
            assert session.execute(text("PRAGMA integrity_check")).scalar() == "ok"
            assert _count(session, Account) == summary.accounts == 60
            for table in Base.metadata.sorted_tables:
                for column in table.columns:
                    values = session.scalars(
                        select(column).where(column.is_not(None)).distinct().limit(500)
                    ).all()
                    if column.name.endswith("_minor"):
                        assert values and all(type(value) is int for value in values)
                        kinds = session.scalars(
                            text(f"SELECT DISTINCT typeof({column.name}) FROM {table.name}")
                        ).all()
                        assert set(kinds) <= {"integer", "null"}, column
                    if isinstance(column.type, UTCDateTime):
                        assert all(isinstance(value, datetime) for value in values)
                        assert all(value.tzinfo is UTC for value in values), column
    finally:
        workspace.close()


def test_fewer_than_one_account_is_refused(workspace: Workspace) -> None:
    with workspace.session() as session, pytest.raises(InvalidValueError) as error:
        generate_demo(session, today=TODAY, accounts=0)
    assert error.value.field == "accounts"


def test_a_workspace_with_accounts_is_refused_and_left_untouched(workspace: Workspace) -> None:
    with workspace.transaction() as session:
        session.add(Account(name="Echte Kunde GmbH", customer_number="K-1"))
    with workspace.session() as session:
        with pytest.raises(KamDeskError, match="already holds 1 account"):
            generate_demo(session, today=TODAY)
        assert _count(session, Account) == 1
        assert _count(session, LedgerCategory) == 0
        assert _count(session, ServicePackage) == 0
    assert issubclass(WorkspaceNotEmptyError, KamDeskError)


def test_bulk_accounts_have_the_scale_shape(tmp_path: Path) -> None:
    workspace, summary = _generate(tmp_path / "demo.db", accounts=200)
    try:
        showcase_workspace, showcase = _generate(tmp_path / "showcase.db")
        showcase_workspace.close()
        generated = 200 - 12

        def per_generated(total: int, curated: int) -> float:
            return (total - curated) / generated

        assert summary.accounts == 200 and summary.packages == 4
        assert 3.5 <= per_generated(summary.contracts, showcase.contracts) <= 4.5
        assert 45 <= per_generated(summary.ledger_entries, showcase.ledger_entries) <= 55
        assert 8.5 <= per_generated(summary.incidents, showcase.incidents) <= 11.5
        assert 8.5 <= per_generated(summary.technician_notes, showcase.technician_notes) <= 11.5
        assert 8.5 <= per_generated(summary.touchpoints, showcase.touchpoints) <= 11.5
        assert 4 <= per_generated(summary.contacts, showcase.contacts) <= 6
        assert 1 <= per_generated(summary.budget_cycles, showcase.budget_cycles) <= 2
        assert summary.promises > showcase.promises
        assert summary.negotiations > showcase.negotiations
        with workspace.session() as session:
            numbers = session.scalars(select(Account.customer_number)).all()
            assert len(set(numbers)) == 200 and "90-00013" in numbers
    finally:
        workspace.close()
