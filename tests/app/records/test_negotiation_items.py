"""The give-and-get form: round trip and order, what a value must be, versions, undo."""

from dataclasses import replace
from decimal import Decimal

import pytest
from sqlalchemy.orm import Session

from app.errors import NotFoundError
from app.model import TradeKind, TradeSide
from app.money import Money
from app.records import (
    AccountForm,
    FormInvalidError,
    NegotiationForm,
    NegotiationItemForm,
    RecordKind,
    StaleRecordError,
    delete_record,
    list_negotiation_items,
    load_negotiation_item,
    move_negotiation_item,
    restore_record,
    save_account,
    save_negotiation,
    save_negotiation_item,
)
from tests.app.records.support import World, problems

CUT = NegotiationItemForm(TradeSide.GIVE, TradeKind.PRICE_CUT, "3 % off", percent=Decimal(3))
VISIT = NegotiationItemForm(
    TradeSide.GIVE, TradeKind.MAINTENANCE_VISIT, "Third visit", value=Decimal("1900.00")
)
TERM = NegotiationItemForm(TradeSide.GET, TradeKind.LONGER_TERM, "36 months")


def _negotiation(session: Session, account_id: int) -> int:
    return save_negotiation(session, NegotiationForm(goals="Renew"), account_id=account_id)


def test_save_list_load_round_trip_in_the_sellers_order(session: Session, world: World) -> None:
    negotiation = _negotiation(session, world.account_id)
    term = save_negotiation_item(session, TERM, negotiation_id=negotiation)
    visit = save_negotiation_item(session, VISIT, negotiation_id=negotiation)
    cut = save_negotiation_item(session, CUT, negotiation_id=negotiation)
    session.commit()
    views = list_negotiation_items(session, negotiation)
    # What we give first, each side in the order the items were added.
    assert [(v.id, v.position) for v in views] == [(visit, 0), (cut, 1), (term, 0)]
    assert views[0].amount == Money(Decimal("1900.00"), "EUR")
    assert views[1].amount is None and views[1].percent == Decimal("3.00")
    form, version = load_negotiation_item(session, visit)
    assert version == 1
    assert form == NegotiationItemForm(
        TradeSide.GIVE,
        TradeKind.MAINTENANCE_VISIT,
        "Third visit",
        value=Decimal("1900.00"),
        currency="EUR",
        position=0,
    )


def test_moving_an_item_reorders_only_its_side(session: Session, world: World) -> None:
    negotiation = _negotiation(session, world.account_id)
    visit = save_negotiation_item(session, VISIT, negotiation_id=negotiation)
    cut = save_negotiation_item(session, CUT, negotiation_id=negotiation)
    training = save_negotiation_item(
        session,
        replace(VISIT, kind=TradeKind.TRAINING, description="Training"),
        negotiation_id=negotiation,
    )
    term = save_negotiation_item(session, TERM, negotiation_id=negotiation)
    session.commit()

    def order() -> list[tuple[int, int]]:
        return [(v.id, v.position) for v in list_negotiation_items(session, negotiation)]

    assert move_negotiation_item(session, training, -2) is True
    session.commit()
    assert order() == [(training, 0), (visit, 1), (cut, 2), (term, 0)]
    assert move_negotiation_item(session, training, -1) is False  # already first
    assert move_negotiation_item(session, term, 1) is False  # alone on its side
    assert move_negotiation_item(session, visit, 5) is True  # as far as it goes
    session.commit()
    assert order() == [(training, 0), (cut, 1), (visit, 2), (term, 0)]
    with pytest.raises(NotFoundError):
        move_negotiation_item(session, 999_999, 1)


def test_the_currency_defaults_to_the_accounts(session: Session, world: World) -> None:
    swiss = save_account(
        session, AccountForm(name="Feinmess AG", customer_number="30-1", currency="CHF")
    )
    negotiation = _negotiation(session, swiss)
    item = save_negotiation_item(session, VISIT, negotiation_id=negotiation)
    assert list_negotiation_items(session, negotiation)[0].amount == Money(
        Decimal("1900.00"), "CHF"
    )
    euro = save_negotiation_item(
        session, replace(VISIT, currency="EUR"), negotiation_id=negotiation
    )
    amounts = {v.id: v.amount for v in list_negotiation_items(session, negotiation)}
    assert amounts[item] is not None and amounts[item].currency == "CHF"
    assert amounts[euro] == Money(Decimal("1900.00"), "EUR")


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        (
            {"value": Decimal(100), "percent": Decimal(3)},
            {"value": "Value: give an amount or a percentage of the annual value, not both"},
        ),
        (
            {"kind": TradeKind.TRAINING, "value": None, "percent": None},
            {"value": "Value: enter an amount or a percentage of the annual value"},
        ),
        ({"value": Decimal(-1), "percent": None}, {"value": "Value: must not be negative (-1)"}),
        (
            {"value": Decimal("1.005"), "percent": None},
            {"value": "Value: 1.005 has more than 2 decimal places for EUR"},
        ),
        ({"percent": Decimal("100.5")}, {"percent": "Percent: at most 100 % (100.5 entered)"}),
        ({"percent": Decimal(0)}, {"percent": "Percent: must be more than 0 (0)"}),
        (
            {"kind": TradeKind.OTHER, "description": "  "},
            {"description": "Description: must not be blank"},
        ),
        (
            {"description": "x" * 301},
            {"description": "Description: at most 300 characters (301 entered)"},
        ),
        ({"side": "both"}, {"side": "Side: 'both' is not one of give, get"}),
    ],
)
def test_a_refused_item_names_its_field(
    scratch: Session, scratch_world: World, changes: dict[str, object], expected: dict[str, str]
) -> None:
    negotiation = _negotiation(scratch, scratch_world.account_id)
    form = replace(CUT, **changes)
    with pytest.raises(FormInvalidError) as refused:
        save_negotiation_item(scratch, form, negotiation_id=negotiation)
    assert problems(refused) == expected


@pytest.mark.parametrize(
    "kind", [TradeKind.LONGER_TERM, TradeKind.PAYMENT_TERM, TradeKind.REFERENCE_VISIT]
)
def test_terms_and_reference_visits_may_stay_unvalued(
    scratch: Session, scratch_world: World, kind: TradeKind
) -> None:
    negotiation = _negotiation(scratch, scratch_world.account_id)
    save_negotiation_item(
        scratch, NegotiationItemForm(TradeSide.GET, kind), negotiation_id=negotiation
    )
    [view] = list_negotiation_items(scratch, negotiation)
    assert (view.amount, view.percent, view.description) == (None, None, "")


def test_a_stale_save_is_refused_and_an_item_stays_in_its_negotiation(
    session: Session, world: World
) -> None:
    negotiation = _negotiation(session, world.account_id)
    other = _negotiation(session, world.account_id)
    item = save_negotiation_item(session, VISIT, negotiation_id=negotiation)
    session.commit()
    changed = replace(VISIT, value=Decimal(2000))
    save_negotiation_item(
        session, changed, negotiation_id=negotiation, record_id=item, expected_version=1
    )
    session.commit()
    with pytest.raises(StaleRecordError, match="Give-and-get item Third visit was changed"):
        save_negotiation_item(
            session, VISIT, negotiation_id=negotiation, record_id=item, expected_version=1
        )
    with pytest.raises(NotFoundError, match="not in this negotiation"):
        save_negotiation_item(session, VISIT, negotiation_id=other, record_id=item)
    with pytest.raises(NotFoundError, match="Negotiation #999"):
        save_negotiation_item(session, VISIT, negotiation_id=999)
    assert list_negotiation_items(session, negotiation)[0].position == 0  # kept on update


def test_delete_and_undo_an_item_and_a_negotiation_with_its_items(
    session: Session, world: World
) -> None:
    negotiation = _negotiation(session, world.account_id)
    cut = save_negotiation_item(session, CUT, negotiation_id=negotiation)
    save_negotiation_item(session, TERM, negotiation_id=negotiation)
    session.commit()
    before = list_negotiation_items(session, negotiation)
    deleted = delete_record(session, RecordKind.NEGOTIATION_ITEM, cut)
    assert deleted.name == "Give-and-get item 3 % off"
    assert [v.id for v in list_negotiation_items(session, negotiation)] != [v.id for v in before]
    restore_record(session, deleted)
    assert list_negotiation_items(session, negotiation) == before
    whole = delete_record(session, RecordKind.NEGOTIATION, negotiation)
    assert list_negotiation_items(session, negotiation) == []
    restore_record(session, whole)
    assert list_negotiation_items(session, negotiation) == before
