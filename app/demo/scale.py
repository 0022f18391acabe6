"""The bulk generator: invented accounts shaped like DESIGN §9, for performance work.

Per account on average: ~4 contracts (a chain of terms, the newest active), ~5
contacts, ~50 ledger entries, ~10 incidents, ~10 technician notes, ~10
touchpoints, 1–2 budget cycles, and now and then promises, follow-ups, a
negotiation with its give-and-get list and stance changes in the buying center.
Customer numbers are ``90-`` plus the account's position (``90-00013``).
"""

import random
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from app.demo.activity import (
    add_account,
    add_contacts,
    add_incidents,
    add_ledger,
    add_notes,
    add_touchpoints,
)
from app.demo.catalog import PackageTerms
from app.demo.facts import AccountFacts, Term
from app.demo.names import (
    CITIES,
    COUNTRIES,
    INDUSTRIES,
    LEGAL_FORMS,
    SELLERS,
    STREETS,
    SURNAMES,
    TRADES,
    ascii_slug,
    name_group,
)
from app.demo.planning import (
    BudgetStory,
    add_after_signing,
    add_budget_cycle,
    add_manual_follow_ups,
    add_promises,
)
from app.demo.power_maps import add_power_map
from app.demo.workbench import add_stance_changes, add_trade_items
from app.demo.writer import DemoRows
from app.model import ContractStatus, NegotiationStatus, PeriodUnit, Tier

COUNTRY_CODES: tuple[str, ...] = tuple(COUNTRIES)
COUNTRY_WEIGHTS: tuple[int, ...] = tuple(share for *_, share in COUNTRIES.values())
TIERS: tuple[Tier, ...] = (Tier.A, Tier.B, Tier.B, Tier.B, Tier.C, Tier.C, Tier.C)
TOP_LEVEL_DOMAINS = {"DE": "de", "AT": "at", "CH": "ch", "PL": "pl", "FR": "fr"}
BUDGET_STORIES: tuple[BudgetStory, ...] = (BudgetStory.AS_PLANNED,) * 18 + (
    BudgetStory.MOVED,
    BudgetStory.CANCELLED,
)


def bulk_number(position: int) -> str:
    """The customer number of the generated account at 1-based ``position``."""
    return f"90-{position:05d}"


def add_bulk_account(
    rows: DemoRows,
    rng: random.Random,
    *,
    today: date,
    customer_number: str,
    catalog: dict[str, PackageTerms],
) -> None:
    """Queue one invented account with everything that belongs to it."""
    facts = _add_invented_account(rows, rng, today, customer_number)
    add_contacts(rows, rng, facts, rng.randint(3, 7))
    packages = [package for package in catalog.values() if package.currency == facts.currency]
    _add_contract_chain(rows, rng, facts, today, packages, rng.randint(2, 6))
    for _ in range(1 if rng.random() < 0.6 else 2):
        add_budget_cycle(
            rows,
            rng,
            facts,
            today,
            month=rng.randint(1, 12),
            day=rng.choice((1, 15)),
            lead_days=rng.choice((30, 45, 60, 90)),
            story=rng.choice(BUDGET_STORIES),
        )
    add_ledger(rows, rng, facts, today, rng.randint(30, 70))
    add_incidents(rows, rng, facts, today, rng.randint(5, 15))
    add_notes(rows, rng, facts, today, rng.randint(5, 15))
    add_touchpoints(rows, rng, facts, today, rng.randint(5, 15), newest=rng.randint(1, 120))
    if rng.random() < 0.35:
        add_promises(rows, rng, facts, today, rng.randint(1, 2))
    if rng.random() < 0.3:
        add_after_signing(rows, facts, today)
        add_manual_follow_ups(rows, rng, facts, today, rng.randint(0, 2))
    if rng.random() < 0.15:
        negotiation_id = _add_negotiation(rows, rng, facts, today)
        add_trade_items(rows, rng, facts, negotiation_id)
    if rng.random() < 0.25:
        add_stance_changes(rows, rng, facts, today)
    add_power_map(rows, rng, facts)


def _add_invented_account(
    rows: DemoRows, rng: random.Random, today: date, customer_number: str
) -> AccountFacts:
    country = rng.choices(COUNTRY_CODES, COUNTRY_WEIGHTS)[0]
    group = name_group(country)
    industry = rng.choice(INDUSTRIES)
    postal_code, city = rng.choice(CITIES[country])
    surname = rng.choice(SURNAMES[group])
    trade = rng.choice(TRADES[group][industry])
    legal_form = rng.choice(LEGAL_FORMS[country])
    street = rng.choice(STREETS[group])
    number = rng.randint(1, 180)
    if group == "DE":
        name, address = f"{surname} {trade} {legal_form}", f"{street} {number}"
    elif group == "PL":
        name, address = f"{trade} {city} {legal_form}", f"{street} {number}"
    else:
        name, address = f"{trade} {surname} {legal_form}", f"{number} {street}"
    return add_account(
        rows,
        customer_number=customer_number,
        name=name,
        industry=industry,
        street=address,
        postal_code=postal_code,
        city=city,
        country=country,
        tier=rng.choice(TIERS),
        owner=SELLERS[2] if country == "CH" else rng.choice(SELLERS[:2]),
        relationship_since=date(today.year - rng.randint(3, 25), rng.randint(1, 12), 1),
        email_domain=f"{ascii_slug(surname + trade)[:24]}.{TOP_LEVEL_DOMAINS[country]}",
    )


def _add_contract_chain(
    rows: DemoRows,
    rng: random.Random,
    facts: AccountFacts,
    today: date,
    packages: list[PackageTerms],
    count: int,
) -> None:
    """Queue ``count`` consecutive terms: the newest active, the older ones ended."""
    shape = rng.random()
    auto_renew: int | None = None
    if shape < 0.1:  # open-ended
        start = (today - timedelta(days=rng.randint(100, 1500))).replace(day=1)
        end: date | None = None
    elif shape < 0.3:  # auto-renewing; its written end may lie in the past
        start = (today - relativedelta(years=rng.randint(2, 8))).replace(day=1)
        end = start + relativedelta(years=rng.randint(1, 3)) - timedelta(days=1)
        auto_renew = 12
    else:  # a fixed term of 1-3 years that has started and ends on a month end ahead
        years = rng.randint(1, 3)
        after_end = (today + relativedelta(months=rng.randint(1, 12 * years))).replace(day=1)
        end = after_end - timedelta(days=1)
        start = after_end - relativedelta(years=years)
    spans: list[tuple[date, date | None, ContractStatus, int | None]] = [
        (start, end, ContractStatus.ACTIVE, auto_renew)
    ]
    for _ in range(count - 1):
        previous_end = spans[0][0] - timedelta(days=1)
        previous_start = previous_end + timedelta(days=1) - relativedelta(years=rng.randint(1, 3))
        status = ContractStatus.EXPIRED if rng.random() < 0.9 else ContractStatus.TERMINATED
        spans.insert(0, (previous_start, previous_end, status, None))
    for index, (term_start, term_end, status, renew) in enumerate(spans):
        package = rng.choice(packages) if packages and rng.random() < 0.9 else None
        in_days = rng.random() < 0.1
        contract_id = rows.contract(
            account_id=facts.account_id,
            number=f"SV-{term_start.year}-{index + 1:02d}",
            title=facts.say(("Servicevertrag", "Service contract"))
            + (f" {package.name}" if package else ""),
            start_date=term_start,
            end_date=term_end,
            notice_period=90 if in_days else rng.choice((3, 3, 3, 6)),
            notice_unit=PeriodUnit.DAYS if in_days else PeriodUnit.MONTHS,
            auto_renew_months=renew,
            annual_value_minor=(package.annual_price_minor if package else 3_000_00)
            * rng.randint(85, 110)
            // 10000
            * 100,
            currency=facts.currency,
            package_id=package.id if package else None,
            status=status,
            signed_on=term_start - timedelta(days=rng.randint(5, 45)),
        )
        covers_until = term_end if renew is None else None
        facts.terms.append(
            Term(
                contract_id,
                term_start,
                covers_until,
                package.response_hours if package else None,
                package.maintenance_visits if package else 0,
            )
        )


def _add_negotiation(rows: DemoRows, rng: random.Random, facts: AccountFacts, today: date) -> int:
    term = facts.terms[-1]
    status = rng.choice(
        (
            NegotiationStatus.PREPARING,
            NegotiationStatus.HELD,
            NegotiationStatus.WON,
            NegotiationStatus.LOST,
        )
    )
    preparing = status is NegotiationStatus.PREPARING
    meeting = today + timedelta(days=rng.randint(5, 60) if preparing else -rng.randint(10, 400))
    outcome = {
        NegotiationStatus.WON: ("Verlängert, 2 % Nachlass gegen Preisliste für Stornos",
                                "Renewed, 2 % discount against list prices for cancellations"),
        NegotiationStatus.LOST: ("Wettbewerber hat den Zuschlag", "Competitor won the deal"),
        NegotiationStatus.HELD: ("Zweite Runde vereinbart", "Second round agreed"),
    }.get(status)  # fmt: skip
    return rows.negotiation(
        account_id=facts.account_id,
        contract_id=term.contract_id,
        meeting_on=meeting,
        status=status,
        goals=facts.say(("Verlängerung zu gleichen Konditionen", "Renewal on equal terms")),
        limits=facts.say(("Höchstens 3 % Nachlass", "At most 3 % discount")),
        concessions=facts.say(("Zusätzlicher Schulungstag", "One extra training day")),
        asks=facts.say(("Laufzeit drei Jahre", "Three-year term")),
        outcome=facts.say(outcome) if outcome else "",
    )
