"""The negotiation form: round trip, order, the contract must be the account's own."""

from datetime import date

import pytest
from sqlalchemy.orm import Session

from app.model import NegotiationStatus
from app.records import (
    AccountForm,
    ContractForm,
    FormInvalidError,
    NegotiationForm,
    list_negotiations,
    load_negotiation,
    save_account,
    save_contract,
    save_negotiation,
)
from tests.app.records.support import World, problems


def test_save_list_load_round_trip(session: Session, world: World) -> None:
    held = NegotiationForm(
        contract_id=world.contract_id,
        meeting_on=date(2026, 2, 10),
        status=NegotiationStatus.WON,
        goals="Three more years",
        limits="No more than 3 % off",
        concessions="A free training day",
        asks="Two-year extension",
        outcome="Signed for three years at -2 %.",
    )
    held_id = save_negotiation(session, held, account_id=world.account_id)
    later_id = save_negotiation(
        session, NegotiationForm(meeting_on=date(2027, 1, 15)), account_id=world.account_id
    )
    draft_id = save_negotiation(session, NegotiationForm.blank(), account_id=world.account_id)
    session.commit()
    views = list_negotiations(session, world.account_id)
    assert [view.id for view in views] == [draft_id, later_id, held_id]  # undated first
    assert views[2].contract_number == "C-1"
    assert views[2].status is NegotiationStatus.WON
    assert load_negotiation(session, held_id) == (held, 1)


def test_the_contract_must_belong_to_the_account(session: Session, world: World) -> None:
    other = save_account(session, AccountForm(name="Kunde AG", customer_number="20-1"))
    foreign = save_contract(
        session, ContractForm(number="K-1", start_date=date(2026, 1, 1)), account_id=other
    )
    with pytest.raises(FormInvalidError) as refused:
        save_negotiation(session, NegotiationForm(contract_id=foreign), account_id=world.account_id)
    assert problems(refused) == {
        "contract_id": "Contract: the chosen contract belongs to another account"
    }
