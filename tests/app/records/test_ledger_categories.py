"""The ledger-category form: a stable key, labels in both languages, its use counted."""

from dataclasses import replace
from typing import Any

import pytest
from sqlalchemy.orm import Session

from app.records import (
    FormInvalidError,
    LedgerCategoryForm,
    list_ledger_categories,
    load_ledger_category,
    save_ledger_category,
)
from tests.app.records.support import ENTITIES, World, problems

SURVEY = LedgerCategoryForm("site_survey", "Site survey", "Standortbegehung", sort_order=5)


def test_save_list_load_round_trip(session: Session, world: World) -> None:
    category_id = save_ledger_category(session, SURVEY)
    ledger = next(entity for entity in ENTITIES if entity.name == "ledger entry")
    ledger.create(session, world)
    ledger.create(session, world)
    session.commit()
    views = list_ledger_categories(session)
    assert views[0].id == category_id  # sort order 5 comes before the standard 10, 20, ...
    assert (views[0].label("de"), views[0].label("en"), views[0].entries) == (
        "Standortbegehung",
        "Site survey",
        0,
    )
    used = next(view for view in views if view.id == world.category_id)
    assert used.entries == 2
    assert load_ledger_category(session, category_id) == (SURVEY, 1)


def test_inactive_categories_can_be_left_out(session: Session, world: World) -> None:
    category_id = save_ledger_category(session, replace(SURVEY, active=False))
    assert category_id in [view.id for view in list_ledger_categories(session)]
    active = list_ledger_categories(session, include_inactive=False)
    assert category_id not in [view.id for view in active]


@pytest.mark.parametrize(
    "change, expected",
    [
        (
            {"key": "Site Survey"},
            {
                "key": "Key: 'Site Survey': use lower-case letters, digits and _ "
                "(e.g. loan_equipment)"
            },
        ),
        (
            {"key": "training"},
            {"key": "Key: training is already used by the category 'Extra training'"},
        ),
        (
            {"label_en": "", "label_de": " "},
            {
                "label_en": "English label: must not be blank",
                "label_de": "German label: must not be blank",
            },
        ),
        ({"sort_order": -1}, {"sort_order": "Sort order: 0 to 1,000,000"}),
    ],
)
def test_category_rules(scratch: Session, change: dict[str, Any], expected: dict[str, str]) -> None:
    with pytest.raises(FormInvalidError) as refused:
        save_ledger_category(scratch, replace(SURVEY, **change))
    assert problems(refused) == expected
