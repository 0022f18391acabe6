"""Seeded filling of one account: buying center, ledger, notes, incidents and touchpoints.

The curated showcase and the bulk generator share these, with different counts.
Every function draws only from the ``random.Random`` it is given.
"""

import random
from datetime import date, timedelta

from app.demo.facts import AccountFacts, at_utc, days_ago, half_hours
from app.demo.names import (
    COUNTRIES,
    FIRST_NAMES,
    JOB_TITLES,
    SURNAMES,
    TECHNICIANS,
    ascii_slug,
    full_name,
    name_group,
)
from app.demo.phrases import (
    INCIDENT_PHRASES,
    LEDGER_PHRASES,
    MACHINES,
    NOTE_PHRASES,
    TOUCHPOINT_PHRASES,
)
from app.demo.writer import DemoRows
from app.model import (
    DecisionRole,
    Department,
    IncidentKind,
    NoteKind,
    NoteStatus,
    PaidBy,
    ProviderRole,
    Stance,
    Tier,
    TouchpointKind,
)

# The four seats of a buying center come first; further contacts fill other departments.
CORE_SEATS: tuple[tuple[Department, DecisionRole], ...] = (
    (Department.PURCHASING, DecisionRole.GATEKEEPER),
    (Department.ENGINEERING, DecisionRole.INFLUENCER),
    (Department.PRODUCTION, DecisionRole.USER),
    (Department.MANAGEMENT, DecisionRole.DECISION_MAKER),
)
EXTRA_DEPARTMENTS: tuple[Department, ...] = (
    Department.QUALITY,
    Department.FINANCE,
    Department.IT,
    Department.OTHER,
    Department.PRODUCTION,
)
STANCES: tuple[Stance, ...] = (
    Stance.CHAMPION,
    Stance.SUPPORTER,
    Stance.SUPPORTER,
    Stance.NEUTRAL,
    Stance.NEUTRAL,
    Stance.CRITIC,
)
LEDGER_CATEGORIES: tuple[str, ...] = tuple(LEDGER_PHRASES)
NOTE_KINDS: tuple[NoteKind, ...] = (
    NoteKind.RISK,
    NoteKind.RISK,
    NoteKind.OPPORTUNITY,
    NoteKind.OPPORTUNITY,
    NoteKind.OBSERVATION,
    NoteKind.COMPLAINT,
    NoteKind.PRAISE,
)
INCIDENT_KINDS: tuple[IncidentKind, ...] = tuple(INCIDENT_PHRASES)
TOUCHPOINT_KINDS: tuple[TouchpointKind, ...] = (
    TouchpointKind.MEETING,
    TouchpointKind.CALL,
    TouchpointKind.CALL,
    TouchpointKind.VISIT,
    TouchpointKind.MAINTENANCE_VISIT,
    TouchpointKind.MAINTENANCE_VISIT,
    TouchpointKind.TRAINING,
    TouchpointKind.EMAIL,
)


def add_account(
    rows: DemoRows,
    *,
    customer_number: str,
    name: str,
    industry: str,
    street: str,
    postal_code: str,
    city: str,
    country: str,
    tier: Tier,
    owner: str,
    relationship_since: date,
    email_domain: str,
    notes: str = "",
) -> AccountFacts:
    """Queue the account row; return the facts its children are generated from."""
    language, currency, phone_prefix, _ = COUNTRIES[country]
    account_id = rows.account(
        name=name,
        customer_number=customer_number,
        industry=industry,
        street=street,
        postal_code=postal_code,
        city=city,
        country=country,
        tier=tier,
        owner=owner,
        currency=currency,
        relationship_since=relationship_since,
        notes=notes,
    )
    return AccountFacts(
        account_id=account_id,
        customer_number=customer_number,
        country=country,
        language=language,
        currency=currency,
        owner=owner,
        email_domain=email_domain,
        phone_prefix=phone_prefix,
    )


def add_contacts(rows: DemoRows, rng: random.Random, facts: AccountFacts, count: int) -> None:
    """Queue ``count`` contacts: purchasing, engineering, production, management, then others."""
    group = name_group(facts.country)
    for index in range(count):
        if index < len(CORE_SEATS):
            department, role = CORE_SEATS[index]
        else:
            department, role = rng.choice(EXTRA_DEPARTMENTS), DecisionRole.INFLUENCER
        first, last = rng.choice(FIRST_NAMES[group]), rng.choice(SURNAMES[group])
        name = full_name(group, first, last)
        job_title = JOB_TITLES[department][0 if group == "DE" else 1]
        stance = rng.choice(STANCES)
        contact_id = rows.contact(
            account_id=facts.account_id,
            name=name,
            job_title=job_title,
            department=department,
            decision_role=role,
            stance=stance,
            phone=f"{facts.phone_prefix} {rng.randint(200, 999)} {rng.randint(1000, 99999)}",
            email=f"{_mailbox(first, last)}@{facts.email_domain}",
        )
        facts.contact_ids.append(contact_id)
        facts.contact_names.append(name)
        facts.contact_stances.append(stance)


def _mailbox(first: str, last: str) -> str:
    return f"{ascii_slug(first)[:1]}.{ascii_slug(last)}"


def add_ledger(
    rows: DemoRows,
    rng: random.Random,
    facts: AccountFacts,
    today: date,
    count: int,
    *,
    newest: int = 3,
    oldest: int = 1000,
) -> None:
    """Queue ``count`` free-service entries dated ``newest``..``oldest`` days before ``today``."""
    for _ in range(count):
        day = days_ago(today, rng.randint(newest, oldest))
        category = rng.choice(LEDGER_CATEGORIES)
        phrases, (low, high), (min_hours, max_hours) = LEDGER_PHRASES[category]
        by_seller = category in ("profitability_calculation", "consulting")
        term = facts.term_on(day)
        rows.free_service(
            account_id=facts.account_id,
            provided_on=day,
            category=category,
            description=facts.say(rng.choice(phrases)),
            value_minor=rng.randint(low * 100, high * 100),
            currency=facts.currency,
            hours=half_hours(rng.randint(min_hours * 2, max_hours * 2)),
            provided_by=facts.owner if by_seller else rng.choice(TECHNICIANS),
            provider_role=ProviderRole.SELLER if by_seller else ProviderRole.TECHNICIAN,
            received_by_id=rng.choice(facts.contact_ids) if facts.contact_ids else None,
            contract_id=term.contract_id if term else None,
        )


def add_notes(
    rows: DemoRows,
    rng: random.Random,
    facts: AccountFacts,
    today: date,
    count: int,
    *,
    newest: int = 2,
    oldest: int = 900,
) -> None:
    """Queue ``count`` technician notes; recent ones unread and open, old ones mostly done."""
    for _ in range(count):
        age = rng.randint(newest, oldest)
        kind = rng.choice(NOTE_KINDS)
        title, text = rng.choice(NOTE_PHRASES[kind])
        recent = age <= 45
        if recent:
            status = NoteStatus.OPEN
        else:
            status = rng.choice((NoteStatus.DONE, NoteStatus.DONE, NoteStatus.TAKEN_OVER))
        follow_up = None
        if recent and rng.random() < 0.5:
            follow_up = days_ago(today, age - rng.randint(7, 60))
        rows.technician_note(
            account_id=facts.account_id,
            noted_on=days_ago(today, age),
            author=rng.choice(TECHNICIANS),
            kind=kind,
            title=facts.say(title),
            text=facts.say(text),
            machine_or_site=rng.choice(MACHINES),
            # Opportunities carry what the additional need could be worth, in 500 steps.
            estimated_value_minor=rng.randint(10, 300) * 500_00
            if kind is NoteKind.OPPORTUNITY
            else None,
            currency=facts.currency,
            follow_up_on=follow_up,
            status=status,
            read_by_seller=not recent or rng.random() < 0.3,
        )


def add_incidents(
    rows: DemoRows,
    rng: random.Random,
    facts: AccountFacts,
    today: date,
    count: int,
    *,
    newest: int = 4,
    oldest: int = 1000,
    within_sla: float = 0.85,
) -> None:
    """Queue ``count`` incidents; about ``within_sla`` of them answered within the promise."""
    midnight = at_utc(today, 0)
    for _ in range(count):
        day = days_ago(today, rng.randint(newest, oldest))
        kind = rng.choice(INCIDENT_KINDS)
        reported = at_utc(day, rng.randint(5, 20), rng.randrange(0, 60, 5))
        term = facts.term_on(day)
        promised = term.response_hours if term else None
        if promised is None:
            response_minutes = rng.randint(120, 72 * 60)
        elif rng.random() < within_sla:
            response_minutes = rng.randint(30, int(promised * 60))
        else:
            response_minutes = rng.randint(int(promised * 60) + 30, int(promised * 180))
        responded = reported + timedelta(minutes=response_minutes)
        resolved = responded + timedelta(minutes=rng.randint(45, 36 * 60))
        downtime = 0
        if kind is IncidentKind.BREAKDOWN:
            downtime = (min(resolved, midnight) - reported) // timedelta(minutes=30)
        paid_by = PaidBy.CONTRACT if term else PaidBy.BILLED
        if rng.random() < 0.1:
            paid_by = rng.choice((PaidBy.WARRANTY, PaidBy.GOODWILL))
        rows.incident(
            account_id=facts.account_id,
            contract_id=term.contract_id if term else None,
            kind=kind,
            reported_at=reported,
            # Nothing happens after midnight of today: a late answer is still awaited.
            responded_at=responded if responded <= midnight else None,
            resolved_at=resolved if resolved <= midnight else None,
            downtime_hours=half_hours(downtime),
            promised_response_hours=promised,
            paid_by=paid_by,
            description=facts.say(rng.choice(INCIDENT_PHRASES[kind])),
        )


def add_touchpoints(
    rows: DemoRows,
    rng: random.Random,
    facts: AccountFacts,
    today: date,
    count: int,
    *,
    newest: int,
    oldest: int = 730,
) -> None:
    """Queue ``count`` touchpoints; the latest is exactly ``newest`` days before ``today``."""
    for index in range(count):
        age = newest if index == 0 else rng.randint(newest, oldest)
        kind = rng.choice(TOUCHPOINT_KINDS)
        by_technician = kind in (TouchpointKind.MAINTENANCE_VISIT, TouchpointKind.TRAINING)
        names = facts.contact_names
        participants = ", ".join(rng.sample(names, min(len(names), rng.randint(1, 2))))
        rows.touchpoint(
            account_id=facts.account_id,
            happened_on=days_ago(today, age),
            kind=kind,
            participants=participants,
            summary=facts.say(rng.choice(TOUCHPOINT_PHRASES[kind])),
            by_whom=rng.choice(TECHNICIANS) if by_technician else facts.owner,
        )
