"""The account form: round trip, a unique customer number, clean text, archiving."""

import unicodedata
from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy.orm import Session

from app.errors import NotFoundError
from app.model import AccountStatus, Tier
from app.records import (
    AccountForm,
    FormInvalidError,
    archive_account,
    list_accounts,
    load_account,
    save_account,
    unarchive_account,
)
from tests.app.records.support import World, columns, problems

FULL = AccountForm(
    name="Präzision Müller GmbH",
    customer_number="10-4711",
    industry="Machine tools",
    street="Hauptstraße 1",
    postal_code="70173",
    city="Stuttgart",
    country="ch",
    tier=Tier.A,
    owner="A. Seller",
    currency="chf",
    status=AccountStatus.PROSPECT,
    relationship_since=date(2019, 4, 1),
    notes="Pays on time.\nSecond line stays.",
)


def test_save_list_load_round_trip(session: Session) -> None:
    account_id = save_account(session, FULL)
    session.commit()
    [view] = list_accounts(session)
    assert (view.id, view.version, view.name, view.customer_number) == (
        account_id,
        1,
        "Präzision Müller GmbH",
        "10-4711",
    )
    assert (view.country, view.currency, view.tier, view.status) == (
        "CH",
        "CHF",
        Tier.A,
        AccountStatus.PROSPECT,
    )
    assert view.relationship_since == date(2019, 4, 1)
    form, version = load_account(session, account_id)
    assert form == replace(FULL, country="CH", currency="CHF")
    assert version == 1


def test_text_is_stripped_and_stored_in_nfc(session: Session) -> None:
    decomposed = unicodedata.normalize("NFD", "  Präzision Müller GmbH \t")
    assert decomposed.strip() != "Präzision Müller GmbH"
    account_id = save_account(session, replace(FULL, name=decomposed, city="Stutt\ngart"))
    stored = columns(session, "account", account_id)
    assert stored["name"] == "Präzision Müller GmbH"
    assert stored["city"] == "Stutt gart"  # one-line fields take no line breaks
    assert stored["notes"] == FULL.notes  # multi-line fields keep them


def test_customer_number_is_unique_and_names_the_account_using_it(
    session: Session, world: World
) -> None:
    with pytest.raises(FormInvalidError) as refused:
        save_account(session, AccountForm(name="Other AG", customer_number=" 10-4711 "))
    assert problems(refused) == {
        "customer_number": "Customer number: 10-4711 is already used by Präzision Müller GmbH"
    }
    form, version = load_account(session, world.account_id)
    renamed = replace(form, name="Präzision Müller AG")  # its own number is no clash
    save_account(session, renamed, record_id=world.account_id, expected_version=version)


def test_every_problem_is_listed_at_once(session: Session) -> None:
    bad = AccountForm(
        name="  ",
        customer_number="",
        country="Deutschland",
        currency="EURO",
        industry="x" * 121,
    )
    with pytest.raises(FormInvalidError) as refused:
        save_account(session, bad)
    assert problems(refused) == {
        "name": "Name: must not be blank",
        "customer_number": "Customer number: must not be blank",
        "industry": "Industry: at most 120 characters (121 entered)",
        "country": "Country: 'Deutschland' is not a two-letter country code (e.g. DE)",
        "currency": "Currency: 'EURO' is not a three-letter ISO 4217 code",
    }
    assert refused.value.fields == ("name", "customer_number", "industry", "country", "currency")
    text = str(refused.value)
    assert text.startswith("5 fields need attention:")
    for message in problems(refused).values():
        assert f"- {message}" in text
    assert list_accounts(session, include_archived=True) == []


@pytest.mark.parametrize(
    "change, field, message",
    [
        ({"country": "XX"}, "country", "Country: XX is not a known ISO 3166 country code"),
        ({"country": "D"}, "country", "Country: 'D' is not a two-letter country code (e.g. DE)"),
        ({"currency": "XYZ"}, "currency", "Currency: 'XYZ' is not a known ISO 4217 currency"),
        ({"notes": "bad\x00byte"}, "notes", "Notes: contains an invisible control character"),
    ],
)
def test_account_rules(scratch: Session, change: dict[str, str], field: str, message: str) -> None:
    with pytest.raises(FormInvalidError) as refused:
        save_account(scratch, replace(FULL, customer_number="99-1", **change))  # type: ignore[arg-type]
    assert problems(refused)[field].startswith(message)


def test_archived_accounts_leave_the_list_and_come_back(session: Session, world: World) -> None:
    assert archive_account(session, world.account_id, expected_version=1) == 2
    session.commit()
    assert list_accounts(session) == []
    [archived] = list_accounts(session, include_archived=True)
    assert archived.archived and archived.version == 2
    assert unarchive_account(session, world.account_id) == 3
    [back] = list_accounts(session)
    assert back.status is AccountStatus.ACTIVE


def test_saving_an_account_that_does_not_exist(session: Session) -> None:
    with pytest.raises(NotFoundError, match="Account #42 does not exist"):
        save_account(session, FULL, record_id=42, expected_version=1)
