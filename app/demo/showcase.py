"""The curated showcase: twelve invented industrial key accounts with known stories.

All dates are relative to ``today``. The stories tests and the brief rely on:

* ``10-4711`` Präzisionsteile Müller GmbH (DE, EUR, tier A, "Premium 8", 8-hour
  response): the renewal story, see ``app.demo.flagship``. Notice deadline 21 days
  ahead (end = today + 21 days + 3 months), a breakdown answered after 48 h
  against 8 h promised, three tool deliveries in person, one profitability
  calculation, five cancelled wrong orders, the measuring-room risk and the
  measuring-controller opportunity (22,000 EUR).
* ``10-5120`` Weißhaupt Umformtechnik (DE): an auto-renewing contract (12 months)
  that started about six years ago and whose written end date lies four years in
  the past, so the renewal logic must roll it forward (the rolled term ends 6–7
  months ahead).
* ``40-2207`` Zakłady Mechaniczne Łódź S.A. (PL): its only contract expired 4–5
  months ago (status expired) and was not renewed.
* ``30-0815`` Feinmess Winterthur AG (CH, CHF): an open-ended contract (no end date,
  six months' notice).
* ``20-3310`` Grünwald Werkzeugmaschinen (AT): no contact for 75 days; its latest
  touchpoint, and all its other activity, is exactly 75 days old or older.
* ``10-6034`` Schäfer & Söhne Drehteile: its budget cycle's next planning date is
  moved by a BudgetOverride (three weeks later, two weeks earlier in December).
* ``20-4480`` Hödlmoser Präzisionstechnik (AT): its budget cycle's next planning
  year is cancelled by a BudgetOverride.

Every other showcase contract is active with its notice deadline 3+ months ahead,
so 10-4711's deadline is the only one due within the next months.
"""

import random
from dataclasses import dataclass
from datetime import date, timedelta
from enum import Enum

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
from app.demo.facts import AccountFacts, Term, account_rng
from app.demo.flagship import FLAGSHIP_NUMBER, add_flagship_story
from app.demo.planning import (
    BudgetStory,
    add_after_signing,
    add_budget_cycle,
    add_manual_follow_ups,
    add_promises,
)
from app.demo.power_maps import add_flagship_power_map, add_power_map
from app.demo.writer import DemoRows
from app.model import ContractStatus, Tier


class ContractStory(Enum):
    ACTIVE = "active"  # fixed term, notice deadline 3+ months ahead
    AUTO_RENEW_LAPSED = "auto_renew_lapsed"  # written end in the past, renews by 12 months
    EXPIRED = "expired"  # ended months ago, not renewed
    OPEN_ENDED = "open_ended"  # no end date


@dataclass(frozen=True)
class ShowcaseAccount:
    number: str
    name: str
    industry: str
    street: str
    postal_code: str
    city: str
    country: str
    tier: Tier
    owner: str
    package: str
    email_domain: str
    budget_month: int
    contract: ContractStory = ContractStory.ACTIVE
    budget: BudgetStory = BudgetStory.AS_PLANNED
    silent_days: int | None = None  # the account nobody has contacted for this long


# Ordered so that the first five already hold every contract story and the silent account.
SHOWCASE: tuple[ShowcaseAccount, ...] = (
    ShowcaseAccount("10-4711", "Präzisionsteile Müller GmbH", "Automotive supplier",
                    "Industriestraße 12", "73431", "Aalen", "DE", Tier.A, "Jonas Weber",
                    "Premium 8", "praezision-mueller.de", 10),
    ShowcaseAccount("10-5120", "Weißhaupt Umformtechnik GmbH & Co. KG", "Presses & forming",
                    "Max-Eyth-Straße 40", "72760", "Reutlingen", "DE", Tier.A, "Sabine Krüger",
                    "Premium 24", "weisshaupt-umformtechnik.de", 11,
                    contract=ContractStory.AUTO_RENEW_LAPSED),
    ShowcaseAccount("40-2207", "Zakłady Mechaniczne Łódź S.A.", "Machine tools",
                    "ul. Przemysłowa 7", "90-001", "Łódź", "PL", Tier.B, "Sabine Krüger",
                    "Basic", "zm-lodz.pl", 1, contract=ContractStory.EXPIRED),
    ShowcaseAccount("30-0815", "Feinmess Winterthur AG", "Measuring equipment",
                    "Zürcherstrasse 118", "8400", "Winterthur", "CH", Tier.A, "Luca Meier",
                    "Premium 24 CH", "feinmess-winterthur.ch", 9,
                    contract=ContractStory.OPEN_ENDED),
    ShowcaseAccount("20-3310", "Grünwald Werkzeugmaschinen GmbH", "Machine tools",
                    "Ennser Straße 25", "4400", "Steyr", "AT", Tier.B, "Jonas Weber",
                    "Premium 24", "gruenwald-wzm.at", 3, silent_days=75),
    ShowcaseAccount("10-6034", "Schäfer & Söhne Drehteile GmbH", "Automotive supplier",
                    "Am Hüttenwerk 3", "42103", "Wuppertal", "DE", Tier.B, "Sabine Krüger",
                    "Basic", "schaefer-soehne.de", 6, budget=BudgetStory.MOVED),
    ShowcaseAccount("20-4480", "Hödlmoser Präzisionstechnik GmbH", "Measuring equipment",
                    "Gewerbepark 9", "4600", "Wels", "AT", Tier.C, "Jonas Weber",
                    "Basic", "hoedlmoser.at", 2, budget=BudgetStory.CANCELLED),
    ShowcaseAccount("10-7302", "Großmann Maschinenbau AG", "Machine tools",
                    "Zwickauer Straße 230", "09116", "Chemnitz", "DE", Tier.B, "Sabine Krüger",
                    "Premium 24", "grossmann-maschinenbau.de", 4),
    ShowcaseAccount("30-1142", "Stanztechnik Bühler AG", "Presses & forming",
                    "Lerchenfeldstrasse 5", "9014", "St. Gallen", "CH", Tier.B, "Luca Meier",
                    "Premium 24 CH", "buehler-stanztechnik.ch", 8),
    ShowcaseAccount("40-3518", "Przedsiębiorstwo Obróbki Precyzyjnej Śląsk Sp. z o.o.",
                    "Automotive supplier", "ul. Fabryczna 21", "44-100", "Gliwice", "PL",
                    Tier.C, "Sabine Krüger", "Basic", "opslask.pl", 5),
    ShowcaseAccount("50-1904", "Forges et Presses de Lorraine S.A.S.", "Presses & forming",
                    "12 avenue des Forges", "57000", "Metz", "FR", Tier.B, "Jonas Weber",
                    "Premium 24", "forges-lorraine.fr", 7),
    ShowcaseAccount("50-2760", "Métrologie Industrielle Besançon S.A.", "Measuring equipment",
                    "4 rue Pasteur", "25000", "Besançon", "FR", Tier.C, "Jonas Weber",
                    "Basic", "metrologie-besancon.fr", 12),
)  # fmt: skip


def add_showcase(
    rows: DemoRows,
    catalog: dict[str, PackageTerms],
    *,
    today: date,
    seed: int,
    count: int,
) -> None:
    """Queue the first ``count`` showcase accounts with everything that belongs to them."""
    for spec in SHOWCASE[:count]:
        rng = account_rng(seed, spec.number)
        facts = add_account(
            rows,
            customer_number=spec.number,
            name=spec.name,
            industry=spec.industry,
            street=spec.street,
            postal_code=spec.postal_code,
            city=spec.city,
            country=spec.country,
            tier=spec.tier,
            owner=spec.owner,
            relationship_since=date(today.year - rng.randint(5, 15), rng.randint(1, 12), 1),
            email_domain=spec.email_domain,
        )
        if spec.number == FLAGSHIP_NUMBER:
            add_flagship_story(rows, facts, today, catalog[spec.package])
            add_flagship_power_map(rows, facts)
        else:
            _add_curated(rows, rng, spec, facts, today, catalog[spec.package])
            add_power_map(rows, rng, facts)


def _add_curated(
    rows: DemoRows,
    rng: random.Random,
    spec: ShowcaseAccount,
    facts: AccountFacts,
    today: date,
    package: PackageTerms,
) -> None:
    add_contacts(rows, rng, facts, rng.randint(3, 6))
    _add_contract(rows, rng, spec, facts, today, package)
    add_budget_cycle(
        rows,
        rng,
        facts,
        today,
        month=spec.budget_month,
        lead_days=rng.choice((30, 45, 60)),
        story=spec.budget,
    )
    # The silent account has nothing newer than its last contact.
    newest = spec.silent_days or 3
    add_ledger(rows, rng, facts, today, rng.randint(5, 25), newest=newest)
    add_notes(rows, rng, facts, today, rng.randint(2, 6), newest=newest)
    add_incidents(rows, rng, facts, today, rng.randint(0, 4), newest=max(newest, 4))
    latest_contact = spec.silent_days or rng.randint(2, 40)
    add_touchpoints(rows, rng, facts, today, rng.randint(4, 15), newest=latest_contact)
    add_promises(rows, rng, facts, today, rng.randint(0, 2), newest=newest)
    add_after_signing(rows, facts, today)
    add_manual_follow_ups(rows, rng, facts, today, rng.randint(0, 1))


def _add_contract(
    rows: DemoRows,
    rng: random.Random,
    spec: ShowcaseAccount,
    facts: AccountFacts,
    today: date,
    package: PackageTerms,
) -> None:
    auto_renew: int | None = None
    notice = 3
    status = ContractStatus.ACTIVE
    if spec.contract is ContractStory.AUTO_RENEW_LAPSED:
        start = (today + relativedelta(months=7)).replace(day=1) - relativedelta(years=6)
        end: date | None = start + relativedelta(years=2) - timedelta(days=1)
        auto_renew = 12
        covers_until = None
    elif spec.contract is ContractStory.EXPIRED:
        end = (today - relativedelta(months=4)).replace(day=1) - timedelta(days=1)
        start = end + timedelta(days=1) - relativedelta(years=3)
        status = ContractStatus.EXPIRED
        covers_until = end
    elif spec.contract is ContractStory.OPEN_ENDED:
        start = (today - relativedelta(years=4)).replace(day=1)
        end = covers_until = None
        notice = 6
    else:
        # A month end 7-30 months ahead: the notice deadline stays 3+ months away.
        end = (today + relativedelta(months=rng.randint(7, 30))).replace(day=1) - timedelta(days=1)
        start = end + timedelta(days=1) - relativedelta(years=3)
        auto_renew = 12 if rng.random() < 0.3 else None
        covers_until = end
    title = facts.say((f"Servicevertrag {package.name}", f"Service contract {package.name}"))
    discount_percent = rng.randint(0, 8)
    contract_id = rows.contract(
        account_id=facts.account_id,
        number=f"SV-{start.year}-{spec.number[3:]}",
        title=title,
        start_date=start,
        end_date=end,
        notice_period=notice,
        auto_renew_months=auto_renew,
        # Whole currency units: list price less the negotiated discount.
        annual_value_minor=package.annual_price_minor * (100 - discount_percent) // 10000 * 100,
        currency=package.currency,
        package_id=package.id,
        status=status,
        signed_on=start - timedelta(days=rng.randint(10, 40)),
    )
    facts.terms.append(
        Term(contract_id, start, covers_until, package.response_hours, package.maintenance_visits)
    )
