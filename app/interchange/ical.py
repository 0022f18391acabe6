"""The seller's key dates as an iCalendar (RFC 5545) file for Outlook, Google or Apple.

What goes in, all as all-day events (DATE values, marked free so they block no time):

- each budget cycle as ONE recurring event carrying the cycle's RRULE; a year moved
  or cancelled by an override is left out of the series with an EXDATE, and a moved
  date becomes its own event;
- the contact window of each planning date from today to the end of the third year
  ahead, as an event on the day the window opens. Chosen over a VALARM on the
  planning event: the window shows in the calendar itself, and Google Calendar
  drops alarms from imported files;
- the notice deadline of every live contract;
- every open follow-up.

UIDs are derived from the rows (``budget-12@kamdesk``, ``budget-12-2027@kamdesk``,
``budget-window-12-2027@kamdesk``, ``notice-contract-7-2027-03-14@kamdesk``,
``follow-up-31@kamdesk``), so importing a newer export updates events instead of
duplicating them. DTSTAMP is midnight UTC of ``today``: the same data and day give
the same bytes. Archived and lost accounts are left out unless asked for by number.
"""

from collections import Counter
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from icalendar import Calendar, Event, vRecur
from sqlalchemy import select
from sqlalchemy.orm import Session

from app import __version__
from app.domain.account_overview import find_account_id
from app.domain.budget_cycles import YearOverride, occurrences
from app.domain.contracts import contract_views
from app.domain.wording import Language
from app.model import Account, AccountStatus, BudgetCycle, Contract, FollowUp

PRODID = f"-//KAM Desk//kamdesk {__version__}//EN"
UID_DOMAIN = "kamdesk"
WINDOW_YEARS = 3
DAY = timedelta(days=1)

WORDS: dict[Language, dict[str, str]] = {
    "en": {
        "budget": "Budget planning: {account}",
        "moved": "Budget planning (moved): {account}",
        "window": "Call before budget planning: {account}",
        "window_text": "Budget planning ({label}) on {day}; the contact window opens "
        "{lead} days before.",
        "lead": "Get in touch {lead} days before.",
        "deciders": "Decision makers: {names}",
        "notice": "Notice deadline: {account}, contract {number}",
        "notice_text": "Last day to give notice for the term ending {end}.",
        "follow_up": "{title} ({account})",
    },
    "de": {
        "budget": "Budgetplanung: {account}",
        "moved": "Budgetplanung (verschoben): {account}",
        "window": "Vor der Budgetplanung anrufen: {account}",
        "window_text": "Budgetplanung ({label}) am {day}; das Kontaktfenster öffnet "
        "{lead} Tage vorher.",
        "lead": "{lead} Tage vorher Kontakt aufnehmen.",
        "deciders": "Entscheider: {names}",
        "notice": "Kündigungsfrist: {account}, Vertrag {number}",
        "notice_text": "Letzter Tag der Kündigung für die Laufzeit bis {end}.",
        "follow_up": "{title} ({account})",
    },
}


@dataclass(frozen=True, slots=True)
class CalendarEntry:
    uid: str
    start: date
    summary: str
    description: str = ""
    rrule: str | None = None
    exdates: tuple[date, ...] = ()


def _uid(*parts: object) -> str:
    return "-".join(str(part) for part in parts) + f"@{UID_DOMAIN}"


def export_ical(
    session: Session,
    today: date,
    account_customer_number: str | None = None,
    *,
    lang: Language = "en",
) -> bytes:
    """The calendar of every active or prospect account (or of one, by customer number).

    Raises ``NotFoundError`` for an unknown customer number.
    """
    if account_customer_number is not None:
        chosen = select(Account.id, Account.name).where(
            Account.id == find_account_id(session, account_customer_number)
        )
    else:
        chosen = select(Account.id, Account.name).where(
            Account.status.in_((AccountStatus.ACTIVE, AccountStatus.PROSPECT))
        )
    accounts = {account_id: name for account_id, name in session.execute(chosen)}
    words = WORDS[lang]
    entries = [
        *_budget_entries(session, accounts, today, words),
        *_notice_entries(session, accounts, today, words),
        *_follow_up_entries(session, accounts, words),
    ]
    entries.sort(key=lambda entry: (entry.start, entry.uid))
    stamp = datetime.combine(today, time(0), tzinfo=UTC)
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", "KAM Desk")
    for entry in entries:
        calendar.add_component(_event(entry, stamp))
    data: bytes = calendar.to_ical()
    return data


def _event(entry: CalendarEntry, stamp: datetime) -> Event:
    event = Event()
    event.add("uid", entry.uid)
    event.add("dtstamp", stamp)
    event.add("dtstart", entry.start)
    event.add("dtend", entry.start + DAY)
    event.add("summary", entry.summary)
    if entry.description:
        event.add("description", entry.description)
    event.add("transp", "TRANSPARENT")
    if entry.rrule is not None:
        event.add("rrule", vRecur.from_ical(entry.rrule))
    if entry.exdates:
        event.add("exdate", list(entry.exdates))
    return event


def _years_after(day: date, years: int) -> date:
    return date(min(day.year + years, 9999), 12, 31)


def _rule(text: str) -> str:
    rule = text.strip().upper()
    return rule[len("RRULE:") :] if rule.startswith("RRULE:") else rule


def _budget_entries(
    session: Session, accounts: dict[int, str], today: date, words: dict[str, str]
) -> list[CalendarEntry]:
    cycles = session.scalars(
        select(BudgetCycle).where(BudgetCycle.account_id.in_(accounts)).order_by(BudgetCycle.id)
    ).all()
    entries = []
    horizon = _years_after(today, WINDOW_YEARS)
    for cycle in cycles:
        account = accounts[cycle.account_id]
        rule = _rule(cycle.rrule)
        lines = [words["lead"].format(lead=cycle.lead_days)]
        if cycle.decision_makers.strip():
            lines.append(words["deciders"].format(names=cycle.decision_makers.strip()))
        if cycle.notes.strip():
            lines.append(cycle.notes.strip())
        description = "\n".join(lines)
        overrides = {override.year: override for override in cycle.overrides}
        exdates = []
        for year, override in sorted(overrides.items()):
            in_year = occurrences(rule, cycle.first_date, 0, date(year, 1, 1), date(year, 12, 31))
            if in_year:  # the override replaces that year's first planning date
                exdates.append(in_year[0].planned_on)
            if not override.cancelled and override.planned_on is not None:
                entries.append(
                    CalendarEntry(
                        _uid("budget", cycle.id, year),
                        override.planned_on,
                        words["moved"].format(account=account) + f" — {cycle.label}",
                        "\n".join([*lines, override.notes.strip()]).strip(),
                    )
                )
        # RFC 5545 leaves a DTSTART off the rule undefined: start at the rule's first date.
        first = occurrences(
            rule, cycle.first_date, 0, cycle.first_date, _years_after(cycle.first_date, 10)
        )
        entries.append(
            CalendarEntry(
                _uid("budget", cycle.id),
                first[0].planned_on if first else cycle.first_date,
                words["budget"].format(account=account) + f" — {cycle.label}",
                description,
                rule,
                tuple(exdates),
            )
        )
        planned = occurrences(
            rule,
            cycle.first_date,
            cycle.lead_days,
            today,
            horizon,
            {year: YearOverride(o.planned_on) for year, o in overrides.items()},
        )
        per_year = Counter(occurrence.planned_on.year for occurrence in planned)
        for occurrence in planned:
            day = occurrence.planned_on
            # One planning date a year (the usual case): the UID survives a moved date.
            key = day.year if per_year[day.year] == 1 else day.isoformat()
            entries.append(
                CalendarEntry(
                    _uid("budget-window", cycle.id, key),
                    occurrence.window_opens,
                    words["window"].format(account=account),
                    words["window_text"].format(
                        label=cycle.label, day=day.isoformat(), lead=cycle.lead_days
                    ),
                )
            )
    return entries


def _notice_entries(
    session: Session, accounts: dict[int, str], today: date, words: dict[str, str]
) -> list[CalendarEntry]:
    entries = []
    for view in contract_views(session, today, Contract.account_id.in_(accounts)):
        deadline = view.dates.notice_deadline
        if not view.live or deadline is None or view.dates.term_end is None:
            continue
        title = f" {view.title}" if view.title else ""
        entries.append(
            CalendarEntry(
                _uid("notice-contract", view.id, deadline.isoformat()),
                deadline,
                words["notice"].format(account=accounts[view.account_id], number=view.number),
                (words["notice_text"].format(end=view.dates.term_end.isoformat()) + title).strip(),
            )
        )
    return entries


def _follow_up_entries(
    session: Session, accounts: dict[int, str], words: dict[str, str]
) -> list[CalendarEntry]:
    rows = session.execute(
        select(FollowUp.id, FollowUp.account_id, FollowUp.due_on, FollowUp.title, FollowUp.notes)
        .where(
            FollowUp.account_id.in_(accounts),
            FollowUp.done_at.is_(None),
            FollowUp.dismissed_at.is_(None),
        )
        .order_by(FollowUp.id)
    )
    return [
        CalendarEntry(
            _uid("follow-up", row.id),
            row.due_on,
            words["follow_up"].format(title=row.title, account=accounts[row.account_id]),
            row.notes,
        )
        for row in rows
    ]
