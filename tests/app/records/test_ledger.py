"""The ledger-entry form: exact values, category labels in both languages, its rules."""

from dataclasses import replace
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.model import LedgerCategory, ProviderRole
from app.money import Money
from app.records import (
    AccountForm,
    ContactForm,
    FormInvalidError,
    FreeServiceForm,
    list_free_services,
    load_free_service,
    save_account,
    save_contact,
    save_free_service,
)
from tests.app.records.support import World, problems


def entry(world: World, **change: Any) -> FreeServiceForm:
    form = FreeServiceForm(
        provided_on=date(2026, 10, 2),
        category_id=world.category_id,
        description="Replacement punch driven over at 5 a.m.",
        value=Decimal("1234.56"),
        currency="EUR",
        hours=Decimal("4.25"),
        provided_by="M. Schmidt",
        provider_role=ProviderRole.SELLER,
        received_by_id=world.contact_id,
        contract_id=world.contract_id,
    )
    return replace(form, **change)


def test_save_list_load_round_trip(session: Session, world: World) -> None:
    form = entry(world)
    entry_id = save_free_service(session, form, account_id=world.account_id)
    session.commit()
    [view] = list_free_services(session, world.account_id)
    assert (view.id, view.version, view.value) == (entry_id, 1, Money(Decimal("1234.56"), "EUR"))
    assert view.hours == Decimal("4.25")
    assert view.category_key == "delivery_in_person"
    assert view.category_label("en") == "Spare part / tool delivered in person"
    assert view.category_label("de") == "Ersatzteil / Werkzeug persönlich geliefert"
    assert (view.received_by, view.contract_number) == ("Dr. Katrin Krause", "C-1")
    assert view.provider_role is ProviderRole.SELLER
    assert load_free_service(session, entry_id) == (form, 1)


def test_the_ledger_is_listed_newest_first(session: Session, world: World) -> None:
    for day in (date(2026, 1, 5), date(2026, 6, 1), date(2026, 3, 9)):
        save_free_service(session, entry(world, provided_on=day), account_id=world.account_id)
    days = [view.provided_on for view in list_free_services(session, world.account_id)]
    assert days == [date(2026, 6, 1), date(2026, 3, 9), date(2026, 1, 5)]


@pytest.mark.parametrize(
    "change, field, message",
    [
        ({"description": " \t"}, "description", "Description: must not be blank"),
        ({"category_id": None}, "category_id", "Category: choose what kind of service this was"),
        ({"category_id": 999}, "category_id", "Category: the chosen category no longer exists"),
        ({"value": Decimal("-0.01")}, "value", "Value: must not be negative (-0.01)"),
        ({"value": Decimal("0.001")}, "value", "Value: 0.001 has more than 2 decimal places"),
        ({"hours": Decimal("-1")}, "hours", "Hours: must not be negative (-1)"),
        ({"hours": Decimal("1.255")}, "hours", "Hours: 1.255 has more than 2 decimal places"),
        ({"hours": Decimal("1000000")}, "hours", "Hours: at most 999,999.99"),
        ({"received_by_id": 999}, "received_by_id", "Received by: the chosen contact no longer"),
        ({"contract_id": 999}, "contract_id", "Contract: the chosen contract no longer exists"),
    ],
)
def test_ledger_rules(
    scratch: Session, scratch_world: World, change: dict[str, Any], field: str, message: str
) -> None:
    with pytest.raises(FormInvalidError) as refused:
        save_free_service(
            scratch, entry(scratch_world, **change), account_id=scratch_world.account_id
        )
    assert list(problems(refused)) == [field]
    assert problems(refused)[field].startswith(message)


def test_a_contact_of_another_account_cannot_receive_it(session: Session, world: World) -> None:
    other = save_account(session, AccountForm(name="Kunde AG", customer_number="20-1"))
    stranger = save_contact(session, ContactForm(name="Eva Fremd"), account_id=other)
    with pytest.raises(FormInvalidError) as refused:
        save_free_service(
            session, entry(world, received_by_id=stranger), account_id=world.account_id
        )
    assert problems(refused) == {
        "received_by_id": "Received by: the chosen contact belongs to another account"
    }


def test_a_retired_category_stays_on_old_entries_but_is_not_offered(
    session: Session, world: World
) -> None:
    training = session.scalar(select(LedgerCategory.id).where(LedgerCategory.key == "training"))
    kept_id = save_free_service(session, entry(world), account_id=world.account_id)
    other_id = save_free_service(
        session, entry(world, category_id=training), account_id=world.account_id
    )
    retired = session.get(LedgerCategory, world.category_id)
    assert retired is not None
    retired.active = False
    session.flush()

    kept, version = load_free_service(session, kept_id)
    save_free_service(  # an entry keeps its retired category when edited
        session,
        replace(kept, hours=Decimal(5)),
        account_id=world.account_id,
        record_id=kept_id,
        expected_version=version,
    )
    expected = {
        "category_id": "Category: 'Spare part / tool delivered in person' is no longer offered; "
        "choose another"
    }
    with pytest.raises(FormInvalidError) as refused:
        save_free_service(session, entry(world), account_id=world.account_id)
    assert problems(refused) == expected
    moved, _ = load_free_service(session, other_id)
    with pytest.raises(FormInvalidError) as refused:
        save_free_service(
            session,
            replace(moved, category_id=world.category_id),
            account_id=world.account_id,
            record_id=other_id,
        )
    assert problems(refused) == expected
