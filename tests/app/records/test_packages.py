"""The service-package form: a package and its items, saved together."""

from dataclasses import replace
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy.orm import Session

from app.model import ItemKind
from app.money import Money
from app.records import (
    FormInvalidError,
    PackageItemForm,
    ServicePackageForm,
    list_packages,
    load_package,
    save_package,
)
from tests.app.records.support import World, children, package_form, problems


def test_save_list_load_round_trip(session: Session, world: World) -> None:
    form = replace(package_form("Basic 24"), currency="CHF", description="Small plants")
    form = replace(form, items=tuple(replace(item, description="x") for item in form.items))
    package_id = save_package(session, form)
    session.commit()
    views = {view.name: view for view in list_packages(session)}
    assert list(views) == ["Basic 24", "Premium 8"]
    basic = views["Basic 24"]
    assert (basic.id, basic.version, basic.contracts) == (package_id, 1, 0)
    assert views["Premium 8"].contracts == 1
    assert basic.annual_price == Money(Decimal("12000.00"), "CHF")
    assert [(i.kind, i.quantity, i.included, i.price) for i in basic.items] == [
        (ItemKind.RESPONSE_TIME_HOURS, Decimal(8), True, None),
        (ItemKind.MAINTENANCE_VISITS, Decimal(4), True, None),
        (ItemKind.TRAINING_DAYS, Decimal(1), False, Money(Decimal("900.00"), "CHF")),
    ]
    loaded, version = load_package(session, package_id)
    ids = tuple(item.id for item in basic.items)
    assert loaded == replace(
        form, items=tuple(replace(item, id=i) for item, i in zip(form.items, ids, strict=True))
    )
    assert version == 1


def test_items_are_edited_in_place_added_and_removed(session: Session, world: World) -> None:
    form, version = load_package(session, world.package_id)
    response, visits, _training = form.items
    edited = replace(
        form,
        items=(
            replace(response, quantity=Decimal(4)),
            visits,
            PackageItemForm(ItemKind.HOTLINE, Decimal(1)),
        ),
    )
    save_package(session, edited, record_id=world.package_id, expected_version=version)
    rows = children(session, "package_item", "package_id", world.package_id)
    assert [row["id"] for row in rows[:2]] == [response.id, visits.id]
    assert [(row["kind"], row["quantity"]) for row in rows] == [
        (ItemKind.RESPONSE_TIME_HOURS, Decimal(4)),
        (ItemKind.MAINTENANCE_VISITS, Decimal(4)),
        (ItemKind.HOTLINE, Decimal(1)),
    ]
    assert load_package(session, world.package_id)[1] == version + 1


@pytest.mark.parametrize(
    "items, expected",
    [
        (
            (PackageItemForm(ItemKind.TRAINING_DAYS, Decimal(2), included=False),),
            {"items[0].price": "Price (item 1, training days): a billable item needs a price"},
        ),
        (
            (
                PackageItemForm(ItemKind.HOTLINE),
                PackageItemForm(ItemKind.HOTLINE, price=Decimal(100)),
            ),
            {
                "items[1].price": "Price (item 2, hotline): an included item has no price; "
                "clear it or make the item billable"
            },
        ),
        (
            (
                PackageItemForm(
                    ItemKind.TRAINING_DAYS,
                    included=False,
                    price=Decimal("-1"),
                    quantity=Decimal(-2),
                ),
            ),
            {
                "items[0].price": "Price (item 1, training days): must not be negative (-1)",
                "items[0].quantity": "Quantity (item 1, training days): must not be negative (-2)",
            },
        ),
        (
            (PackageItemForm(ItemKind.OTHER, included=False, price=Decimal("9.999")),),
            {
                "items[0].price": "Price (item 1, other): 9.999 has more than 2 decimal places "
                "for EUR"
            },
        ),
    ],
)
def test_item_rules(
    scratch: Session, items: tuple[PackageItemForm, ...], expected: dict[str, str]
) -> None:
    with pytest.raises(FormInvalidError) as refused:
        save_package(scratch, ServicePackageForm(name="Custom", items=items))
    assert problems(refused) == expected


@pytest.mark.parametrize(
    "change, expected",
    [
        (
            {"name": "Premium 8"},
            {"name": "Name: Premium 8 is already used by another service package"},
        ),
        ({"name": ""}, {"name": "Name: must not be blank"}),
        (
            {"annual_price": Decimal("-1"), "currency": "eur"},
            {"annual_price": "Annual price: must not be negative (-1)"},
        ),
    ],
)
def test_package_rules(scratch: Session, change: dict[str, Any], expected: dict[str, str]) -> None:
    with pytest.raises(FormInvalidError) as refused:
        save_package(scratch, replace(package_form("Gold"), **change))
    assert problems(refused) == expected
