"""The budget-date form: the recurrence and its per-year overrides, saved together."""

from dataclasses import replace
from datetime import date
from typing import Any

import pytest
from sqlalchemy.orm import Session

from app.records import (
    BudgetCycleForm,
    BudgetOverrideForm,
    FormInvalidError,
    list_budget_cycles,
    load_budget_cycle,
    save_budget_cycle,
)
from tests.app.records.support import World, children, problems

TODAY = date(2026, 11, 23)
FULL = BudgetCycleForm(
    label="Annual investment budget",
    first_date=date(2024, 9, 15),
    rrule=" rrule:freq=yearly ",
    lead_days=45,
    decision_makers="CFO, plant manager",
    notes="Board meets mid-September.",
    overrides=(
        BudgetOverrideForm(2027, date(2027, 10, 1), notes="moved for the merger"),
        BudgetOverrideForm(2028, cancelled=True),
    ),
)


def overrides_by_year(session: Session, cycle_id: int) -> dict[int, dict[str, Any]]:
    return {row["year"]: row for row in children(session, "budget_override", "cycle_id", cycle_id)}


def test_save_list_load_round_trip(session: Session, world: World) -> None:
    cycle_id = save_budget_cycle(session, FULL, account_id=world.account_id)
    session.commit()
    [view] = list_budget_cycles(session, world.account_id, today=TODAY)
    assert (view.id, view.version, view.rrule, view.lead_days) == (cycle_id, 1, "FREQ=YEARLY", 45)
    assert view.override_years == (2027, 2028)
    assert view.next is not None and view.next.planned_on == date(2027, 10, 1)
    assert view.next.moved and view.next.window_opens == date(2027, 8, 17)
    form, version = load_budget_cycle(session, cycle_id)
    assert form == replace(FULL, rrule="FREQ=YEARLY")
    assert version == 1


def test_overrides_are_matched_by_year(session: Session, world: World) -> None:
    cycle_id = save_budget_cycle(session, FULL, account_id=world.account_id)
    session.commit()
    before = {
        row["year"]: row for row in children(session, "budget_override", "cycle_id", cycle_id)
    }
    form, version = load_budget_cycle(session, cycle_id)
    edited = replace(
        form,
        overrides=(
            BudgetOverrideForm(2029, date(2029, 8, 1)),  # added
            BudgetOverrideForm(2027, date(2027, 11, 1)),  # changed
        ),  # 2028 dropped
    )
    save_budget_cycle(
        session, edited, account_id=world.account_id, record_id=cycle_id, expected_version=version
    )
    session.commit()
    after = overrides_by_year(session, cycle_id)
    assert sorted(after) == [2027, 2029]
    assert after[2027]["id"] == before[2027]["id"]  # the same row, updated
    assert after[2027]["planned_on"] == date(2027, 11, 1)
    reloaded, new_version = load_budget_cycle(session, cycle_id)
    assert [o.year for o in reloaded.overrides] == [2027, 2029]
    assert new_version == version + 1  # an override change moves the cycle's version on


@pytest.mark.parametrize(
    "change, field, message",
    [
        ({"label": ""}, "label", "Label: must not be blank"),
        (
            {"rrule": "FREQ=SOMETIMES"},
            "rrule",
            "Recurrence rule: 'FREQ=SOMETIMES' is not a valid RRULE",
        ),
        ({"rrule": ""}, "rrule", "Recurrence rule: the recurrence is empty (e.g. FREQ=YEARLY)"),
        (
            {"rrule": "FREQ=HOURLY"},
            "rrule",
            "Recurrence rule: budget planning cannot repeat more often than daily",
        ),
        ({"lead_days": 367}, "lead_days", "Lead time: 0 to 366 days"),
        ({"lead_days": -1}, "lead_days", "Lead time: 0 to 366 days"),
        (
            {"overrides": (BudgetOverrideForm(2027, date(2027, 1, 1)),) * 2},
            "overrides[1].year",
            "Year (override for 2027): 2027 is listed twice",
        ),
        (
            {"overrides": (BudgetOverrideForm(2027, date(2027, 1, 1), cancelled=True),)},
            "overrides[0].planned_on",
            "Planned on (override for 2027): leave it empty when the year's planning is cancelled",
        ),
        (
            {"overrides": (BudgetOverrideForm(2027),)},
            "overrides[0].planned_on",
            "Planned on (override for 2027): give the moved date, or mark the year cancelled",
        ),
        (
            {"overrides": (BudgetOverrideForm(2027, date(2030, 1, 1)),)},
            "overrides[0].planned_on",
            "Planned on (override for 2027): 2030-01-01 is more than a year away from 2027",
        ),
        (
            {"overrides": (BudgetOverrideForm(1800, cancelled=True),)},
            "overrides[0].year",
            "Year (override for 1800): 1900 to 2999",
        ),
    ],
)
def test_budget_rules(
    scratch: Session, scratch_world: World, change: dict[str, Any], field: str, message: str
) -> None:
    with pytest.raises(FormInvalidError) as refused:
        save_budget_cycle(scratch, replace(FULL, **change), account_id=scratch_world.account_id)
    assert list(problems(refused)) == [field]
    assert problems(refused)[field].startswith(message)


def test_the_limits_themselves_are_allowed(scratch: Session, scratch_world: World) -> None:
    for lead in (0, 366):
        save_budget_cycle(
            scratch, replace(FULL, lead_days=lead), account_id=scratch_world.account_id
        )
