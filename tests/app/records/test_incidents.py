"""The incident form: aware moments, times in order, and the SLA computed, never typed."""

from dataclasses import replace
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy.orm import Session

from app.model import IncidentKind, PaidBy
from app.records import (
    FormInvalidError,
    IncidentForm,
    list_incidents,
    load_incident,
    save_incident,
)
from tests.app.records.support import World, columns, problems

BERLIN = ZoneInfo("Europe/Berlin")
REPORTED = datetime(2026, 9, 1, 8, 30, tzinfo=BERLIN)  # 06:30 UTC
NOW = datetime(2026, 11, 23, 12, 0, tzinfo=BERLIN)


def incident(world: World, **change: Any) -> IncidentForm:
    form = IncidentForm(
        kind=IncidentKind.BREAKDOWN,
        reported_at=REPORTED,
        contract_id=world.contract_id,
        responded_at=REPORTED + timedelta(hours=48),
        resolved_at=REPORTED + timedelta(hours=60),
        downtime_hours=Decimal("52.5"),
        promised_response_hours=Decimal(8),
        paid_by=PaidBy.GOODWILL,
        description="Spindle drive failed; machine stood still two days.",
    )
    return replace(form, **change)


def test_save_list_load_round_trip(session: Session, world: World) -> None:
    form = incident(world)
    incident_id = save_incident(session, form, account_id=world.account_id)
    session.commit()
    assert columns(session, "incident", incident_id)["reported_at"].isoformat() == (
        "2026-09-01T06:30:00+00:00"
    )
    [view] = list_incidents(session, world.account_id, now=NOW)
    assert view.reported_at == REPORTED  # the same moment, now in UTC
    assert (view.response_hours, view.promised_response_hours) == (Decimal(48), Decimal(8))
    assert view.sla_met is False and view.sla_breached
    assert (view.contract_number, view.paid_by, view.downtime_hours) == (
        "C-1",
        PaidBy.GOODWILL,
        Decimal("52.5"),
    )
    loaded, version = load_incident(session, incident_id)
    assert loaded == form and version == 1
    assert loaded.reported_at.utcoffset() == timedelta(0)


def test_sla_met_and_still_waiting(session: Session, world: World) -> None:
    fast = incident(world, responded_at=REPORTED + timedelta(hours=6), resolved_at=None)
    waiting = incident(
        world, reported_at=NOW - timedelta(hours=10), responded_at=None, resolved_at=None
    )
    fresh = incident(
        world, reported_at=NOW - timedelta(hours=2), responded_at=None, resolved_at=None
    )
    for form in (fast, waiting, fresh):
        save_incident(session, form, account_id=world.account_id)
    views = list_incidents(session, world.account_id, now=NOW)
    assert [view.sla_met for view in views] == [None, False, True]  # newest first
    assert views[1].response_hours == Decimal(10)  # waiting past the promise counts as late


def test_a_new_incident_takes_the_promise_of_the_package_of_its_day(
    session: Session, world: World
) -> None:
    form = incident(world, promised_response_hours=None, contract_id=None)
    incident_id = save_incident(session, form, account_id=world.account_id)
    assert columns(session, "incident", incident_id)["promised_response_hours"] == Decimal(8)
    assert list_incidents(session, world.account_id, now=NOW)[0].sla_met is False


@pytest.mark.parametrize(
    "change, field, message",
    [
        (
            {"reported_at": datetime(2026, 9, 1, 8, 30)},  # noqa: DTZ001 (the naive moment under test)
            "reported_at",
            "Reported at: 2026-09-01 08:30 has no time zone",
        ),
        (
            {"responded_at": datetime(2026, 9, 2, 8, 30)},  # noqa: DTZ001
            "responded_at",
            "Responded at: 2026-09-02 08:30 has no time zone",
        ),
        (
            {"responded_at": REPORTED - timedelta(minutes=1)},
            "responded_at",
            "Responded at: must not be before the report (2026-09-01 06:30 UTC)",
        ),
        (
            {"resolved_at": REPORTED - timedelta(hours=1)},
            "resolved_at",
            "Resolved at: must not be before the report (2026-09-01 06:30 UTC)",
        ),
        (
            {"downtime_hours": Decimal("-0.5")},
            "downtime_hours",
            "Downtime hours: must not be negative (-0.5)",
        ),
        (
            {"promised_response_hours": Decimal(0)},
            "promised_response_hours",
            "Promised response time: must be more than 0 (0)",
        ),
        ({"contract_id": 999}, "contract_id", "Contract: the chosen contract no longer exists"),
    ],
)
def test_incident_rules(
    scratch: Session, scratch_world: World, change: dict[str, Any], field: str, message: str
) -> None:
    with pytest.raises(FormInvalidError) as refused:
        save_incident(
            scratch, incident(scratch_world, **change), account_id=scratch_world.account_id
        )
    assert problems(refused) == {field: message}


def test_responded_at_the_moment_of_the_report_is_allowed(
    scratch: Session, scratch_world: World
) -> None:
    save_incident(
        scratch,
        incident(scratch_world, responded_at=REPORTED, resolved_at=REPORTED),
        account_id=scratch_world.account_id,
    )
