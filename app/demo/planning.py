"""Seeded budget cycles, promises and follow-ups for one account (showcase and bulk alike)."""

import random
from datetime import date, timedelta
from decimal import Decimal
from enum import Enum

from app.demo.facts import AccountFacts, at_utc, days_ago
from app.demo.phrases import BUDGET_LABELS, FREE_TEXT_PROMISES, MANUAL_FOLLOW_UPS
from app.demo.writer import DemoRows
from app.model import FollowUpKind, ItemKind, ServiceCheck


class BudgetStory(Enum):
    """What happens to a budget cycle's next planning date."""

    AS_PLANNED = "as_planned"
    MOVED = "moved"  # a BudgetOverride moves that year's date
    CANCELLED = "cancelled"  # a BudgetOverride cancels that year's planning


# Kinds a seller promises verbally, with the quantities one hears in such talks.
PROMISE_KINDS: tuple[tuple[ItemKind, tuple[int, ...]], ...] = (
    (ItemKind.MAINTENANCE_VISITS, (1, 2, 3)),
    (ItemKind.RESPONSE_TIME_HOURS, (4, 8, 24, 48)),
    (ItemKind.TRAINING_DAYS, (1, 2, 3)),
    (ItemKind.SPARE_PARTS_HOURS, (24, 48)),
)


def next_yearly(first_date: date, today: date) -> date:
    """The first yearly recurrence of ``first_date`` on or after ``today`` (day <= 28)."""
    this_year = first_date.replace(year=today.year)
    return this_year if this_year >= today else first_date.replace(year=today.year + 1)


def add_budget_cycle(
    rows: DemoRows,
    rng: random.Random,
    facts: AccountFacts,
    today: date,
    *,
    month: int,
    day: int = 1,
    lead_days: int = 45,
    story: BudgetStory = BudgetStory.AS_PLANNED,
) -> int:
    """Queue a yearly cycle on ``month``/``day`` (day <= 28) started some years ago."""
    first_date = date(today.year - rng.randint(2, 8), month, day)
    cycle_id = rows.budget_cycle(
        account_id=facts.account_id,
        label=facts.say(rng.choice(BUDGET_LABELS)),
        first_date=first_date,
        lead_days=lead_days,
        decision_makers=", ".join(facts.contact_names[:2]),
    )
    upcoming = next_yearly(first_date, today)
    if story is BudgetStory.MOVED:
        # Three weeks later, or two weeks earlier in December so the year stays the same.
        shift = timedelta(days=-14 if upcoming.month == 12 else 21)
        rows.budget_override(
            cycle_id=cycle_id,
            year=upcoming.year,
            planned_on=upcoming + shift,
            notes=facts.say(
                ("Budgetrunde wegen Eigentümerwechsel verschoben", "Moved after change of owner")
            ),
        )
    elif story is BudgetStory.CANCELLED:
        rows.budget_override(
            cycle_id=cycle_id,
            year=upcoming.year,
            planned_on=None,
            notes=facts.say(("Investitionsstopp in diesem Jahr", "Investment freeze this year")),
        )
    return cycle_id


def add_promises(
    rows: DemoRows,
    rng: random.Random,
    facts: AccountFacts,
    today: date,
    count: int,
    *,
    newest: int = 5,
) -> None:
    """Queue ``count`` verbal promises: mostly a package item kind, sometimes free text."""
    for _ in range(count):
        if rng.random() < 0.7:
            kind, quantities = rng.choice(PROMISE_KINDS)
            item_kind: ItemKind | None = kind
            quantity: Decimal | None = Decimal(rng.choice(quantities))
            text = ""
        else:
            item_kind, quantity = None, None
            text = facts.say(rng.choice(FREE_TEXT_PROMISES))
        rows.promise(
            account_id=facts.account_id,
            promised_on=days_ago(today, rng.randint(newest, newest + 400)),
            made_by=facts.owner,
            made_to_id=rng.choice(facts.contact_ids) if facts.contact_ids else None,
            item_kind=item_kind,
            quantity=quantity,
            text=text,
            service_check=rng.choice(
                (ServiceCheck.UNCHECKED, ServiceCheck.CONFIRMED, ServiceCheck.OBJECTED)
            ),
        )


def add_after_signing(rows: DemoRows, facts: AccountFacts, today: date) -> None:
    """Queue the after-signing check-ins (day 30 and 90) of the newest contract.

    They carry an origin key unique per account, as the real cadence does; past ones
    are done.
    """
    if not facts.terms:
        return
    term = facts.terms[-1]
    for step in (30, 90):
        due = term.start + timedelta(days=step)
        rows.follow_up(
            account_id=facts.account_id,
            due_on=due,
            kind=FollowUpKind.AFTER_SIGNING,
            title=facts.say((f"Nachfassen {step} Tage nach Start", f"Check-in day {step}")),
            done_at=at_utc(due, 10) if due < today else None,
            origin_key=f"contract:{term.contract_id}:day{step}",
        )


def add_manual_follow_ups(
    rows: DemoRows, rng: random.Random, facts: AccountFacts, today: date, count: int
) -> None:
    """Queue ``count`` open to-dos the seller typed in, due from 10 days ago to 40 ahead."""
    for _ in range(count):
        rows.follow_up(
            account_id=facts.account_id,
            due_on=today + timedelta(days=rng.randint(-10, 40)),
            kind=FollowUpKind.MANUAL,
            title=facts.say(rng.choice(MANUAL_FOLLOW_UPS)),
            done_at=None,
            origin_key=None,
        )
