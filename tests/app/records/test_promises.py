"""The promise form: coverage by the live package is computed on every list."""

from dataclasses import replace
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy.orm import Session

from app.domain.promises import Coverage
from app.model import ItemKind, ServiceCheck
from app.records import (
    FormInvalidError,
    PromiseForm,
    list_promises,
    load_contract,
    load_promise,
    save_contract,
    save_promise,
)
from tests.app.records.support import World, problems

TODAY = date(2026, 11, 23)


def promise(world: World, **change: Any) -> PromiseForm:
    form = PromiseForm(
        promised_on=date(2026, 10, 1),
        made_by="A. Seller",
        made_to_id=world.contact_id,
        item_kind=ItemKind.RESPONSE_TIME_HOURS,
        quantity=Decimal(4),
        text="4 h on site for the press line",
        service_check=ServiceCheck.OBJECTED,
        check_comment="We cannot staff that at night.",
    )
    return replace(form, **change)


def test_save_list_load_round_trip(session: Session, world: World) -> None:
    form = promise(world)
    promise_id = save_promise(session, form, account_id=world.account_id)
    session.commit()
    [view] = list_promises(session, world.account_id, today=TODAY)
    assert (view.id, view.version, view.made_to, view.quantity) == (
        promise_id,
        1,
        "Dr. Katrin Krause",
        Decimal(4),
    )
    assert view.coverage is Coverage.EXCEEDS_PACKAGE  # 4 h promised, the package says 8 h
    assert view.package_quantity == Decimal(8)
    assert view.service_check is ServiceCheck.OBJECTED
    assert load_promise(session, promise_id) == (form, 1)


@pytest.mark.parametrize(
    "change, coverage",
    [
        ({"quantity": Decimal(8)}, Coverage.COVERED),
        ({"quantity": Decimal(24)}, Coverage.COVERED),
        ({"item_kind": ItemKind.TRAINING_DAYS, "quantity": Decimal(1)}, Coverage.BILLABLE),
        ({"item_kind": ItemKind.HOTLINE, "quantity": None}, Coverage.NOT_IN_PACKAGE),
        ({"item_kind": None, "quantity": None}, Coverage.FREE_TEXT),
    ],
)
def test_coverage_is_computed_against_the_live_package(
    session: Session, world: World, change: dict[str, Any], coverage: Coverage
) -> None:
    save_promise(session, promise(world, **change), account_id=world.account_id)
    [view] = list_promises(session, world.account_id, today=TODAY)
    assert view.coverage is coverage


def test_no_live_contract_means_no_package(session: Session, world: World) -> None:
    save_promise(session, promise(world, quantity=Decimal(8)), account_id=world.account_id)
    form, version = load_contract(session, world.contract_id)
    save_contract(
        session,
        replace(form, end_date=date(2026, 6, 30)),
        account_id=world.account_id,
        record_id=world.contract_id,
        expected_version=version,
    )
    [view] = list_promises(session, world.account_id, today=TODAY)
    assert view.coverage is Coverage.NO_PACKAGE


@pytest.mark.parametrize(
    "change, expected",
    [
        (
            {"item_kind": None, "quantity": None, "text": "  "},
            {"text": "Text: describe what was promised, or choose a promised service"},
        ),
        (
            {"item_kind": None, "quantity": Decimal(2)},
            {"quantity": "Quantity: choose the promised service the quantity counts"},
        ),
        ({"quantity": Decimal("-1")}, {"quantity": "Quantity: must not be negative (-1)"}),
        (
            {"quantity": Decimal("0.125")},
            {"quantity": "Quantity: 0.125 has more than 2 decimal places"},
        ),
        ({"made_to_id": 999}, {"made_to_id": "Made to: the chosen contact no longer exists"}),
    ],
)
def test_promise_rules(
    scratch: Session, scratch_world: World, change: dict[str, Any], expected: dict[str, str]
) -> None:
    with pytest.raises(FormInvalidError) as refused:
        save_promise(scratch, promise(scratch_world, **change), account_id=scratch_world.account_id)
    assert problems(refused) == expected
