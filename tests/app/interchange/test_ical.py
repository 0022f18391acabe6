"""The .ics export parses back with icalendar and holds the expected, stably named events."""

from datetime import UTC, date, datetime, timedelta

import pytest
from dateutil.rrule import rrulestr
from icalendar import Calendar
from sqlalchemy import select, update

from app.bootstrap import Workspace
from app.domain.budget_cycles import YearOverride, occurrences
from app.domain.contracts import contract_views
from app.errors import NotFoundError
from app.interchange.ical import export_ical
from app.model import Account, AccountStatus, BudgetCycle, FollowUp
from tests.app.interchange.conftest import DEMO_TODAY

TODAY = DEMO_TODAY


def events(data: bytes) -> dict[str, object]:
    calendar = Calendar.from_ical(data)
    found = {}
    for event in calendar.walk("VEVENT"):
        uid = str(event["uid"])
        assert uid not in found, f"duplicate UID {uid}"
        found[uid] = event
    return found


def test_the_calendar_is_valid_rfc_5545_and_deterministic(demo_workspace: Workspace) -> None:
    with demo_workspace.session() as session:
        data = export_ical(session, TODAY)
        assert export_ical(session, TODAY) == data
    calendar = Calendar.from_ical(data)
    assert str(calendar["version"]) == "2.0"
    assert str(calendar["prodid"]).startswith("-//KAM Desk//")
    assert data.startswith(b"BEGIN:VCALENDAR\r\n") and data.endswith(b"END:VCALENDAR\r\n")
    for event in calendar.walk("VEVENT"):
        assert event["dtstamp"].dt == datetime(2026, 11, 23, tzinfo=UTC)
        start, end = event["dtstart"].dt, event["dtend"].dt
        assert type(start) is date and end == start + timedelta(days=1)  # all-day DATE values
        assert event.decoded("dtstart") is not None and str(event["transp"]) == "TRANSPARENT"
    assert all(len(line) <= 75 for line in data.split(b"\r\n"))  # folded as RFC 5545 asks


def test_budget_cycles_recur_with_their_rule_and_overrides(demo_workspace: Workspace) -> None:
    with demo_workspace.session() as session:
        found = events(export_ical(session, TODAY))
        cycles = session.scalars(select(BudgetCycle).order_by(BudgetCycle.id)).all()
        for cycle in cycles:
            event = found[f"budget-{cycle.id}@kamdesk"]
            assert event["rrule"].to_ical().decode() == cycle.rrule
            # The calendar's recurrence set is the domain's, moved dates as their own events.
            start = event["dtstart"].dt
            rule = rrulestr(
                f"RRULE:{cycle.rrule}", dtstart=datetime.combine(start, datetime.min.time())
            )
            exdate = event.get("exdate")
            excluded = {value.dt for value in exdate.dts} if exdate is not None else set()
            window = (date(2025, 1, 1), date(2030, 12, 31))
            in_calendar = {
                moment.date()
                for moment in rule.between(
                    datetime.combine(window[0], datetime.min.time()),
                    datetime.combine(window[1], datetime.min.time()),
                    inc=True,
                )
            } - excluded
            moved = {
                found[f"budget-{cycle.id}-{override.year}@kamdesk"]["dtstart"].dt
                for override in cycle.overrides
                if not override.cancelled
            }
            expected = occurrences(
                cycle.rrule,
                cycle.first_date,
                0,
                *window,
                {o.year: YearOverride(o.planned_on) for o in cycle.overrides},
            )
            assert in_calendar | moved == {item.planned_on for item in expected}, cycle.id
    cancelled = found["budget-7@kamdesk"]  # the demo's cycle cancelled for 2027
    assert [value.dt for value in cancelled["exdate"].dts] == [date(2027, 2, 1)]
    moved_event = found["budget-6-2027@kamdesk"]
    assert moved_event["dtstart"].dt == date(2027, 6, 22)
    assert [value.dt for value in found["budget-6@kamdesk"]["exdate"].dts] == [date(2027, 6, 1)]


def test_contact_windows_open_lead_days_before_each_planning_date(
    demo_workspace: Workspace,
) -> None:
    with demo_workspace.session() as session:
        found = events(export_ical(session, TODAY))
        lead_days = {
            cycle_id: lead
            for cycle_id, lead in session.execute(select(BudgetCycle.id, BudgetCycle.lead_days))
        }
    window = found["budget-window-1-2027@kamdesk"]  # 10-4711 plans on 1 March, 45 days lead
    assert window["dtstart"].dt == date(2027, 3, 1) - timedelta(days=45)
    assert "Präzisionsteile Müller GmbH" in str(window["summary"])
    assert "budget-window-7-2027@kamdesk" not in found  # cancelled that year
    moved = found["budget-window-6-2027@kamdesk"]  # planning moved to 22 June that year
    assert moved["dtstart"].dt == date(2027, 6, 22) - timedelta(days=lead_days[6])
    years = {uid.split("-")[3].split("@")[0] for uid in found if uid.startswith("budget-window-1-")}
    assert years == {"2027", "2028", "2029"}


def test_notice_deadlines_of_live_contracts_and_open_follow_ups(demo_workspace: Workspace) -> None:
    with demo_workspace.session() as session:
        found = events(export_ical(session, TODAY))
        live = [view for view in contract_views(session, TODAY) if view.live]
        open_follow_ups = session.scalars(
            select(FollowUp.id).where(FollowUp.done_at.is_(None), FollowUp.dismissed_at.is_(None))
        ).all()
    notices = {uid for uid in found if uid.startswith("notice-contract-")}
    assert notices == {
        f"notice-contract-{view.id}-{view.dates.notice_deadline.isoformat()}@kamdesk"
        for view in live
        if view.dates.notice_deadline is not None
    }
    assert "notice-contract-1-2026-12-14@kamdesk" in notices  # 10-4711: term ends 14 Mar 2027
    follow_ups = {uid for uid in found if uid.startswith("follow-up-")}
    assert follow_ups == {f"follow-up-{number}@kamdesk" for number in open_follow_ups}


def test_uids_stay_when_the_data_changes_so_calendars_update(demo_workspace: Workspace) -> None:
    with demo_workspace.session() as session:
        before = events(export_ical(session, TODAY))
        session.execute(update(FollowUp).values(title=FollowUp.title + " (neu)"))
        session.execute(update(Account).values(name=Account.name + " <b>&</b>"))
        after = events(export_ical(session, TODAY))
        session.rollback()
    assert set(after) == set(before)
    changed = after["follow-up-3@kamdesk"]
    assert str(changed["summary"]).startswith("Klimatisierung")
    assert "(neu)" in str(changed["summary"]) and "<b>&</b>" in str(changed["summary"])


def test_one_account_and_the_languages(demo_workspace: Workspace) -> None:
    with demo_workspace.session() as session:
        mine = events(export_ical(session, TODAY, "10-4711", lang="de"))
        with pytest.raises(NotFoundError, match="'99-999': no such account"):
            export_ical(session, TODAY, "99-999")
        account_id = session.scalar(select(Account.id).where(Account.customer_number == "10-4711"))
        session.execute(update(Account).values(status=AccountStatus.ARCHIVED))
        assert events(export_ical(session, TODAY)) == {}
        assert events(export_ical(session, TODAY, "10-4711")).keys() == mine.keys()
        session.rollback()
    assert "budget-1@kamdesk" in mine and account_id == 1
    assert all("Präzisionsteile Müller GmbH" in str(e["summary"]) for e in mine.values())
    assert str(mine["budget-1@kamdesk"]["summary"]).startswith("Budgetplanung:")
