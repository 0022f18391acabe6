"""Seeded negotiation-workbench rows for invented accounts: give-and-get items of a
negotiation and dated stance changes of the buying center.

Every function draws only from the ``random.Random`` it is given.
"""

import random
from datetime import date
from decimal import Decimal

from app.demo.facts import AccountFacts, days_ago
from app.demo.writer import DemoRows
from app.model import Stance, TradeKind, TradeSide

# kind, (German, English), percentages or None, value range in whole units or None
Choice = tuple[TradeKind, tuple[str, str], tuple[int, ...] | None, tuple[int, int] | None]
GIVE: tuple[Choice, ...] = (
    (TradeKind.PRICE_CUT, ("Preisnachlass auf die Jahrespauschale", "Discount on the annual fee"),
     (2, 3, 5), None),
    (TradeKind.MAINTENANCE_VISIT, ("Zusätzliche Wartung pro Jahr", "One extra maintenance visit"),
     None, (900, 2_500)),
    (TradeKind.TRAINING, ("Kostenloser Schulungstag", "A free training day"), None, (800, 2_000)),
    (TradeKind.PAYMENT_TERM, ("Zahlungsziel 60 statt 30 Tage", "Payment in 60 days, not 30"),
     None, (300, 1_200)),
)  # fmt: skip
GET: tuple[Choice, ...] = (
    (TradeKind.LONGER_TERM, ("Laufzeit 36 Monate", "A 36-month term"), None, None),
    (TradeKind.VOLUME, ("Mehr Ersatzteilvolumen", "More spare-parts volume"), (5, 10), None),
    (TradeKind.REFERENCE_VISIT, ("Referenzbesuch", "A reference visit"), None, (1_000, 3_000)),
)  # fmt: skip
MAX_STANCE_CHANGES = 2


def add_trade_items(
    rows: DemoRows, rng: random.Random, facts: AccountFacts, negotiation_id: int
) -> None:
    """Queue one to three concessions and one to three asks, valued by amount or %."""
    for side, choices in ((TradeSide.GIVE, GIVE), (TradeSide.GET, GET)):
        picked = rng.sample(choices, rng.randint(1, 3))
        for position, (kind, phrase, percents, values) in enumerate(picked):
            percent = Decimal(rng.choice(percents)) if percents else None
            value_minor = rng.randint(*values) * 100 if values else None
            description = facts.say(phrase)
            if percent is not None:
                description = f"{description} {percent} %"
            rows.negotiation_item(
                negotiation_id=negotiation_id,
                side=side,
                kind=kind,
                description=description,
                value_minor=value_minor,
                currency=facts.currency,
                percent=percent,
                position=position,
            )


def add_stance_changes(
    rows: DemoRows, rng: random.Random, facts: AccountFacts, today: date
) -> None:
    """Queue up to two dated moves, each ending in the contact's stance as stored now."""
    count = min(len(facts.contact_ids), rng.randint(1, MAX_STANCE_CHANGES))
    for index in rng.sample(range(len(facts.contact_ids)), count):
        now = facts.contact_stances[index]
        before = rng.choice([stance for stance in Stance if stance is not now])
        rows.contact_change(
            contact_id=facts.contact_ids[index],
            changed_on=days_ago(today, rng.randint(3, 400)),
            old_stance=before,
            new_stance=now,
        )
