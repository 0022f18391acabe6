"""The contract form: exact money, computed dates, and the term and notice rules."""

from dataclasses import replace
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy.orm import Session

from app.model import ContractStatus, PeriodUnit
from app.money import Money
from app.records import (
    AccountForm,
    ContractForm,
    FormInvalidError,
    list_contracts,
    load_contract,
    save_account,
    save_contract,
)
from tests.app.records.support import World, problems

TODAY = date(2026, 11, 23)
FULL = ContractForm(
    number="SV-2025-014",
    title="Service agreement",
    start_date=date(2025, 4, 1),
    end_date=date(2027, 3, 31),
    notice_period=3,
    notice_unit=PeriodUnit.MONTHS,
    auto_renew_months=12,
    annual_value=Decimal("148000.05"),
    currency="EUR",
    status=ContractStatus.ACTIVE,
    signed_on=date(2025, 3, 14),
    notes="Price index clause.",
)


def test_save_list_load_round_trip(session: Session, world: World) -> None:
    form = replace(FULL, package_id=world.package_id)
    contract_id = save_contract(session, form, account_id=world.account_id)
    session.commit()
    view = next(
        v for v in list_contracts(session, world.account_id, today=TODAY) if v.id == contract_id
    )
    assert view.annual_value == Money(Decimal("148000.05"), "EUR")
    assert (view.number, view.status, view.notice_unit) == (
        "SV-2025-014",
        ContractStatus.ACTIVE,
        PeriodUnit.MONTHS,
    )
    assert view.package_name == "Premium 8"
    assert view.dates.term_end == date(2027, 3, 31)
    assert view.dates.notice_deadline == date(2026, 12, 31)
    assert view.dates.days_to_notice == 38
    assert view.live
    loaded, version = load_contract(session, contract_id)
    assert loaded == form and version == 1
    assert str(loaded.annual_value) == "148000.05"


def test_contracts_are_listed_newest_start_first(session: Session, world: World) -> None:
    save_contract(
        session,
        replace(FULL, number="OLD", start_date=date(2020, 1, 1)),
        account_id=world.account_id,
    )
    save_contract(session, FULL, account_id=world.account_id)
    numbers = [view.number for view in list_contracts(session, world.account_id, today=TODAY)]
    assert numbers == ["SV-2025-014", "C-1", "OLD"]


def test_amounts_keep_the_currency_decimals(session: Session, world: World) -> None:
    yen = replace(FULL, currency="jpy", annual_value=Decimal(1_500_000))
    contract_id = save_contract(session, yen, account_id=world.account_id)
    assert load_contract(session, contract_id)[0].annual_value == Decimal(1_500_000)
    with pytest.raises(FormInvalidError) as refused:
        save_contract(
            session,
            replace(yen, number="Y-2", annual_value=Decimal("10.5")),
            account_id=world.account_id,
        )
    assert problems(refused) == {
        "annual_value": "Annual value: 10.5 has more than 0 decimal places for JPY"
    }


@pytest.mark.parametrize(
    "change, field, message",
    [
        ({"number": "  "}, "number", "Contract number: must not be blank"),
        (
            {"end_date": date(2025, 3, 31)},
            "end_date",
            "End date: must be on or after the start date (2025-04-01)",
        ),
        ({"notice_period": 37}, "notice_period", "Notice period: 0 to 36 months"),
        ({"notice_period": -1}, "notice_period", "Notice period: 0 to 36 months"),
        (
            {"notice_period": 1096, "notice_unit": PeriodUnit.DAYS},
            "notice_period",
            "Notice period: 0 to 1,095 days",
        ),
        ({"auto_renew_months": 0}, "auto_renew_months", "Auto-renew term: 1 to 60 months"),
        ({"auto_renew_months": 61}, "auto_renew_months", "Auto-renew term: 1 to 60 months"),
        (
            {"end_date": None},
            "auto_renew_months",
            "Auto-renew term: needs an end date (an open-ended contract runs on)",
        ),
        (
            {"annual_value": Decimal("-1")},
            "annual_value",
            "Annual value: must not be negative (-1)",
        ),
        (
            {"annual_value": Decimal("1.005")},
            "annual_value",
            "Annual value: 1.005 has more than 2 decimal places for EUR",
        ),
        (
            {"annual_value": Decimal("1000000000000.00")},
            "annual_value",
            "Annual value: at most 999,999,999,999.99 EUR",
        ),
        ({"currency": "ABC"}, "currency", "Currency: 'ABC' is not a known ISO 4217 currency"),
        ({"package_id": 999}, "package_id", "Service package: the chosen package no longer exists"),
        (
            {"end_date": date(2025, 6, 30), "notice_period": 6},
            "notice_period",
            "Notice period: longer than the term: notice would be due on 2024-12-30, "
            "before the start date",
        ),
        ({"number": "C-1"}, "number", "Contract number: C-1 is already used by another contract"),
    ],
)
def test_contract_rules(
    scratch: Session, scratch_world: World, change: dict[str, Any], field: str, message: str
) -> None:
    with pytest.raises(FormInvalidError) as refused:
        save_contract(scratch, replace(FULL, **change), account_id=scratch_world.account_id)
    assert problems(refused) == {field: message}


@pytest.mark.parametrize(
    "change",
    [
        {"notice_period": 36, "end_date": date(2030, 12, 31)},
        {"notice_period": 0},
        {"notice_period": 1095, "notice_unit": PeriodUnit.DAYS, "end_date": date(2030, 1, 1)},
        {"auto_renew_months": 1},
        {"auto_renew_months": 60},
        {"end_date": None, "auto_renew_months": None},
        {"end_date": date(2025, 4, 1), "notice_period": 0},  # a one-day contract
        {"annual_value": Decimal("999999999999.99")},
    ],
)
def test_the_limits_themselves_are_allowed(
    scratch: Session, scratch_world: World, change: dict[str, Any]
) -> None:
    save_contract(scratch, replace(FULL, **change), account_id=scratch_world.account_id)


def test_every_term_problem_at_once(scratch: Session, scratch_world: World) -> None:
    bad = replace(
        FULL,
        number="",
        end_date=None,
        notice_period=40,
        auto_renew_months=0,
        annual_value=Decimal("-5"),
        currency="EURO",
    )
    with pytest.raises(FormInvalidError) as refused:
        save_contract(scratch, bad, account_id=scratch_world.account_id)
    assert set(refused.value.fields) == {
        "number",
        "notice_period",
        "auto_renew_months",
        "annual_value",
        "currency",
    }
    assert len(refused.value.messages_for("auto_renew_months")) == 2


def test_the_same_number_in_another_account_is_fine(session: Session, world: World) -> None:
    other = save_account(session, AccountForm(name="Kunde AG", customer_number="20-1"))
    save_contract(session, replace(FULL, number="C-1"), account_id=other)
