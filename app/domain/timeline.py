"""Everything of one account that has a date, for the timeline: contract terms, budget
planning dates, free services, incidents, technician notes, touchpoints and follow-ups,
and the stretches where budget and notice are out of step (warning spans).

Plain frozen dataclasses; each item names its record (``kind``, ``record_id``) so a click
on it can open that record's form.
"""

from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.budget_cycles import YearOverride, occurrences
from app.domain.budget_notice import BudgetNoticeKind, account_budget_notice
from app.domain.contract_dates import add_months
from app.domain.contracts import account_contracts
from app.domain.wording import Language
from app.model import BudgetCycle, BudgetOverride, ContractStatus
from app.money import Money
from app.records import (
    RecordKind,
    list_follow_ups,
    list_free_services,
    list_incidents,
    list_technician_notes,
    list_touchpoints,
)

YEARS_BACK = 3  # budget planning dates shown before today
YEARS_AHEAD = 3  # and after


@dataclass(frozen=True, slots=True)
class ContractTerm:
    kind: RecordKind  # always CONTRACT
    record_id: int
    title: str  # "C-1 Premium 8"
    start: date
    end: date | None  # the rolled end of the running term; None: open-ended
    renewals: tuple[date, ...]  # ends that an automatic renewal carried over
    notice_deadline: date | None
    value: Money  # annual value

    @property
    def day(self) -> date:
        return self.start


@dataclass(frozen=True, slots=True)
class BudgetDate:
    kind: RecordKind  # always BUDGET_CYCLE
    record_id: int
    title: str
    day: date  # the planning date
    window_opens: date  # the contact window runs from here to ``day``
    moved: bool


@dataclass(frozen=True, slots=True)
class MarkerItem:
    """A dated record shown as one marker: free service, incident, note, touchpoint,
    follow-up."""

    kind: RecordKind
    record_id: int
    day: date
    title: str
    detail: str  # a free service's category label; "" for the others
    choice: StrEnum | None  # the kind of incident, note, touchpoint or follow-up
    value: Money | None  # free services and notes with an estimate
    sla_breached: bool = False  # incidents only
    done: bool = False  # follow-ups only


@dataclass(frozen=True, slots=True)
class WarningSpan:
    """Budget versus notice as a span to shade: from the budget's close to the meeting, or
    from the notice deadline to the budget window's opening. A click opens the budget date."""

    kind: RecordKind  # always BUDGET_CYCLE
    record_id: int
    reason: BudgetNoticeKind
    start: date
    end: date
    text: str  # the warning's sentence in the timeline's language

    @property
    def day(self) -> date:
        return self.start


@dataclass(frozen=True, slots=True)
class Timeline:
    today: date
    contracts: tuple[ContractTerm, ...]
    budget_dates: tuple[BudgetDate, ...]
    markers: tuple[MarkerItem, ...]  # oldest first
    warnings: tuple[WarningSpan, ...] = ()  # soonest first

    @property
    def empty(self) -> bool:
        return not (self.contracts or self.budget_dates or self.markers)

    def span(self) -> tuple[date, date] | None:
        """First and last date of the records; the budget dates (generated years ahead
        and back) count only when there is nothing else. None when empty."""
        days = [c.start for c in self.contracts] + [c.end for c in self.contracts if c.end]
        days += [m.day for m in self.markers]
        if not days:
            days = [b.window_opens for b in self.budget_dates] + [b.day for b in self.budget_dates]
        return (min(days), max(days)) if days else None


def _renewal_ends(end: date, renew_months: int | None, renewals: int) -> tuple[date, ...]:
    """The ends a renewal rolled over: the original end and each renewed one before ``end``."""
    if not renew_months or not renewals:
        return ()
    original = add_months(end, -renew_months * renewals)
    return tuple(add_months(original, renew_months * step) for step in range(renewals))


def _contracts(session: Session, account_id: int, today: date) -> list[ContractTerm]:
    terms = []
    for view in account_contracts(session, account_id, today):
        if view.status is ContractStatus.DRAFT:
            continue
        end = view.dates.term_end
        title = f"{view.number} {view.package_name or view.title}".strip()
        renewals = _renewal_ends(end, view.auto_renew_months, view.dates.renewals) if end else ()
        terms.append(
            ContractTerm(
                RecordKind.CONTRACT,
                view.id,
                title,
                view.start,
                end,
                renewals,
                view.dates.notice_deadline,
                view.annual_value,
            )
        )
    return sorted(terms, key=lambda term: (term.start, term.record_id))


def _budget_dates(session: Session, account_id: int, today: date) -> list[BudgetDate]:
    cycles = session.scalars(select(BudgetCycle).where(BudgetCycle.account_id == account_id))
    start = date(today.year - YEARS_BACK, 1, 1)
    end = date(today.year + YEARS_AHEAD, 12, 31)
    found = []
    for cycle in cycles.all():
        overrides = {
            row.year: YearOverride(row.planned_on)
            for row in session.scalars(
                select(BudgetOverride).where(BudgetOverride.cycle_id == cycle.id)
            )
        }
        for occurrence in occurrences(
            cycle.rrule, cycle.first_date, cycle.lead_days, start, end, overrides
        ):
            found.append(
                BudgetDate(
                    RecordKind.BUDGET_CYCLE,
                    cycle.id,
                    cycle.label,
                    occurrence.planned_on,
                    occurrence.window_opens,
                    occurrence.moved,
                )
            )
    return sorted(found, key=lambda item: (item.day, item.record_id))


def _markers(session: Session, account_id: int, today: date, lang: Language) -> list[MarkerItem]:
    markers = [
        MarkerItem(
            RecordKind.FREE_SERVICE,
            s.id,
            s.provided_on,
            s.description,
            s.category_label(lang),
            None,
            s.value,
        )
        for s in list_free_services(session, account_id)
    ]
    now = datetime.combine(today, time.max, tzinfo=UTC)
    markers += [
        MarkerItem(
            RecordKind.INCIDENT,
            i.id,
            i.reported_at.date(),
            i.description,
            "",
            i.kind,
            None,
            sla_breached=i.sla_breached,
        )
        for i in list_incidents(session, account_id, now=now)
    ]
    markers += [
        MarkerItem(
            RecordKind.TECHNICIAN_NOTE, n.id, n.noted_on, n.title, "", n.kind, n.estimated_value
        )
        for n in list_technician_notes(session, account_id)
    ]
    markers += [
        MarkerItem(RecordKind.TOUCHPOINT, t.id, t.happened_on, t.summary, "", t.kind, None)
        for t in list_touchpoints(session, account_id)
    ]
    markers += [
        MarkerItem(RecordKind.FOLLOW_UP, f.id, f.due_on, f.title, "", f.kind, None, done=not f.open)
        for f in list_follow_ups(session, account_id)
    ]
    return sorted(markers, key=lambda m: (m.day, m.kind.value, m.record_id))


def timeline_items(
    session: Session, account_id: int, today: date, lang: Language = "en"
) -> Timeline:
    """The account's dated records as seen on ``today``; budget dates from ``YEARS_BACK``
    years before to ``YEARS_AHEAD`` years after today. Draft contracts are left out."""
    return Timeline(
        today,
        tuple(_contracts(session, account_id, today)),
        tuple(_budget_dates(session, account_id, today)),
        tuple(_markers(session, account_id, today, lang)),
        tuple(
            WarningSpan(RecordKind.BUDGET_CYCLE, w.cycle_id, w.kind, *w.gap, w.sentence(lang))
            for w in account_budget_notice(session, account_id, today)
        ),
    )
