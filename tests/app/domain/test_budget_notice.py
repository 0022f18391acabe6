"""Budget versus notice: the budget closes before the renewal talk, or the notice deadline
comes before the budget window; on month ends, leap days and the turn of the year."""

from datetime import date, timedelta

import pytest
from sqlalchemy.orm import Session

from app.bootstrap import Workspace
from app.domain.account_overview import account_overview
from app.domain.agenda import AgendaKind, Urgency, agenda
from app.domain.agenda_wording import describe
from app.domain.budget_cycles import next_occurrence
from app.domain.budget_notice import (
    BudgetNoticeKind,
    BudgetNoticeWarning,
    budget_notice_warnings,
)
from app.domain.contract_dates import ContractTerms, contract_dates
from app.domain.contracts import ContractView
from app.domain.portfolio import BudgetDate
from app.domain.timeline import timeline_items
from app.model import (
    Account,
    BudgetCycle,
    ContractStatus,
    Negotiation,
    NegotiationStatus,
    PeriodUnit,
    Tier,
)
from app.money import Money
from tests.helpers import factories

TODAY = date(2026, 11, 23)


def budget(first: date, today: date, lead_days: int, rule: str = "FREQ=YEARLY") -> BudgetDate:
    occurrence = next_occurrence(rule, first, lead_days, today)
    assert occurrence is not None
    return BudgetDate(1, "Capex", occurrence)


def contract(
    end: date, notice_months: int, today: date, *, renew: int | None = None
) -> ContractView:
    terms = ContractTerms(date(2020, 1, 1), end, notice_months, PeriodUnit.MONTHS, renew)
    return ContractView(
        7, 1, "C-7", "", ContractStatus.ACTIVE, None, None, Money.zero("EUR"),
        date(2020, 1, 1), None, renew, contract_dates(terms, today),
    )  # fmt: skip


def kinds(found: list[BudgetNoticeWarning]) -> list[BudgetNoticeKind]:
    return [warning.kind for warning in found]


@pytest.mark.parametrize(
    ("today", "end", "notice", "planned", "lead", "warned"),
    [
        # 31 March less one month is 28 February; the window opens on 1 March.
        (date(2027, 1, 31), date(2027, 3, 31), 1, date(2027, 4, 1), 31, True),
        # In a leap year it is 29 February: the day before 1 March still warns ...
        (date(2028, 1, 31), date(2028, 3, 31), 1, date(2028, 3, 31), 30, True),
        # ... but a window opening on 29 February itself does not.
        (date(2028, 1, 31), date(2028, 3, 31), 1, date(2028, 3, 30), 30, False),
        # 31 December against a window opening on 1 January.
        (date(2026, 11, 23), date(2027, 3, 31), 3, date(2027, 2, 15), 45, True),
        (date(2026, 11, 23), date(2027, 3, 31), 3, date(2027, 2, 14), 45, False),
        # The deadline is today: still in time to warn; passed yesterday: nothing to warn of.
        (date(2026, 12, 31), date(2027, 3, 31), 3, date(2027, 2, 15), 45, True),
        (date(2027, 1, 1), date(2027, 3, 31), 3, date(2027, 2, 15), 45, False),
    ],
)
def test_notice_deadline_before_the_budget_window(
    today: date, end: date, notice: int, planned: date, lead: int, warned: bool
) -> None:
    found = budget_notice_warnings(
        [budget(planned, today, lead)], [contract(end, notice, today)], None, today
    )
    assert kinds(found) == ([BudgetNoticeKind.NOTICE_BEFORE_BUDGET] if warned else [])
    if warned:
        [warning] = found
        assert warning.due == warning.notice_deadline
        assert warning.gap == (warning.notice_deadline, warning.window_opens)


def test_the_earliest_window_counts_and_an_open_window_is_in_time() -> None:
    today = date(2026, 11, 23)
    late = budget(date(2020, 9, 1), today, 30)  # window opens 2 Aug 2027
    soon = BudgetDate(2, "Opex", budget(date(2020, 12, 20), today, 30).occurrence)  # open now
    deadline_in_march = contract(date(2027, 6, 30), 3, today)
    assert budget_notice_warnings([late], [deadline_in_march], None, today) != []
    assert budget_notice_warnings([late, soon], [deadline_in_march], None, today) == []


@pytest.mark.parametrize(
    ("today", "first", "rule", "meeting", "warned"),
    [
        # Budget closes on 31 December, the talk is on 1 January.
        (date(2026, 11, 23), date(2020, 12, 31), "FREQ=YEARLY", date(2027, 1, 1), True),
        # The planning day itself is still in time.
        (date(2026, 11, 23), date(2021, 1, 1), "FREQ=YEARLY", date(2027, 1, 1), False),
        # Planned today, meeting tomorrow.
        (date(2026, 12, 31), date(2020, 12, 31), "FREQ=YEARLY", date(2027, 1, 1), True),
        # 29 February comes back only in leap years: next in 2028.
        (date(2024, 3, 1), date(2024, 2, 29), "FREQ=YEARLY", date(2025, 3, 1), False),
        (date(2024, 3, 1), date(2024, 2, 29), "FREQ=YEARLY", date(2028, 3, 1), True),
        # Monthly on the 31st skips February: after 31 January the next is 31 March.
        (date(2027, 2, 1), date(2027, 1, 31), "FREQ=MONTHLY", date(2027, 3, 15), False),
        (date(2027, 2, 1), date(2027, 1, 31), "FREQ=MONTHLY", date(2027, 4, 1), True),
    ],
)
def test_budget_closing_before_the_meeting(
    today: date, first: date, rule: str, meeting: date, warned: bool
) -> None:
    planning = budget(first, today, 30, rule)
    found = budget_notice_warnings([planning], [], meeting, today)
    assert kinds(found) == ([BudgetNoticeKind.BUDGET_BEFORE_MEETING] if warned else [])
    if warned:
        [warning] = found
        assert warning.planned_on == planning.occurrence.planned_on < meeting
        assert warning.due == planning.occurrence.window_opens
        assert warning.gap == (warning.planned_on, meeting)


def test_nothing_to_compare_nothing_to_warn() -> None:
    today = date(2026, 11, 23)
    assert budget_notice_warnings([], [contract(date(2027, 3, 31), 3, today)], None, today) == []
    assert budget_notice_warnings([budget(date(2020, 12, 1), today, 30)], [], None, today) == []
    ended = contract(date(2026, 10, 31), 3, today)
    assert budget_notice_warnings([budget(date(2021, 3, 1), today, 30)], [ended], None, today) == []


def _flagship_like(session: Session, number: str) -> Account:
    """Notice by 31 Dec 2026; budget planned 15 Feb 2027, window from 1 Jan 2027."""
    owner = factories.account(session, customer_number=number, tier=Tier.C)
    factories.contract(
        session, owner, start_date=date(2024, 4, 1), end_date=date(2027, 3, 31), notice_period=3
    )
    session.add(
        BudgetCycle(
            account_id=owner.id,
            label="Investitionsbudget",
            first_date=date(2021, 2, 15),
            rrule="FREQ=YEARLY",
            lead_days=45,
        )
    )
    session.flush()
    return owner


def test_the_agenda_the_header_and_the_timeline_show_the_warning(workspace: Workspace) -> None:
    with workspace.session() as session:
        owner = _flagship_like(session, "W-1")
        late_talk = factories.account(session, customer_number="W-2", tier=Tier.C)
        session.add(
            BudgetCycle(
                account_id=late_talk.id,
                label="Opex",
                first_date=date(2020, 12, 10),
                rrule="FREQ=YEARLY",
                lead_days=30,
            )
        )
        session.add(
            Negotiation(
                account_id=late_talk.id,
                status=NegotiationStatus.PREPARING,
                meeting_on=date(2026, 12, 18),
            )
        )
        session.flush()
        items = [i for i in agenda(session, TODAY, 60) if i.kind is AgendaKind.BUDGET_VS_NOTICE]
        overview = account_overview(session, "W-1", TODAY)
        timeline = timeline_items(session, owner.id, TODAY, "de")
    assert [(i.customer_number, i.due, i.urgency) for i in items] == [
        ("W-2", date(2026, 11, 10), Urgency.OVERDUE),  # the window opened 13 days ago
        ("W-1", date(2026, 12, 31), Urgency.LATER),
    ]
    assert describe(items[0]) == (
        "Budget planning 'Opex' closes on 10 Dec 2026, before the renewal meeting on "
        "18 Dec 2026: talk to them from 10 Nov 2026"
    )
    assert describe(items[1], "de") == (
        "Kündigungsfrist C-1 am 31.12.2026 liegt vor dem Budgetfenster „Investitionsbudget“ "
        "(ab 01.01.2027): Verlängerung vor der Frist klären"
    )
    [warning] = overview.budget_warnings
    assert warning.kind is BudgetNoticeKind.NOTICE_BEFORE_BUDGET
    [span] = timeline.warnings
    assert (span.start, span.end, span.record_id) == (date(2026, 12, 31), date(2027, 1, 1), 1)
    assert span.text.startswith("Kündigungsfrist C-1 am 31.12.2026")


def test_the_agenda_leaves_out_warnings_beyond_its_horizon(workspace: Workspace) -> None:
    with workspace.session() as session:
        _flagship_like(session, "W-3")
        assert not [i for i in agenda(session, TODAY, 30) if i.kind is AgendaKind.BUDGET_VS_NOTICE]
        soon = [i for i in agenda(session, TODAY, 38) if i.kind is AgendaKind.BUDGET_VS_NOTICE]
        assert [i.due for i in soon] == [TODAY + timedelta(days=38)]
