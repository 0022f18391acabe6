"""What the generators know about an account while they fill it, and small shared helpers."""

import random
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal

from app.demo.names import Language
from app.model import Stance


@dataclass(frozen=True)
class Term:
    """A written contract as incidents and ledger entries need it."""

    contract_id: int
    start: date
    # The last day it covers; None while it runs on (open-ended or auto-renewing).
    covers_until: date | None
    response_hours: Decimal | None
    maintenance_visits: int

    def covers(self, day: date) -> bool:
        return self.start <= day and (self.covers_until is None or day <= self.covers_until)


@dataclass
class AccountFacts:
    """One account being generated: its id, language and the rows children refer to."""

    account_id: int
    customer_number: str
    country: str
    language: Language
    currency: str
    owner: str
    email_domain: str
    phone_prefix: str
    terms: list[Term] = field(default_factory=list)
    contact_ids: list[int] = field(default_factory=list)
    contact_names: list[str] = field(default_factory=list)
    contact_stances: list[Stance] = field(default_factory=list)  # as stored now

    def say(self, phrase: tuple[str, str]) -> str:
        """The German or English half of a phrase, in the account's language."""
        return phrase[0] if self.language is Language.DE else phrase[1]

    def term_on(self, day: date) -> Term | None:
        """The newest contract covering ``day``, if any."""
        for term in reversed(self.terms):
            if term.covers(day):
                return term
        return None


def account_rng(seed: int, customer_number: str) -> random.Random:
    """A private random stream per account, so account k is the same whatever the total.

    A string seed is hashed with SHA-512 by ``random``, independent of PYTHONHASHSEED.
    """
    return random.Random(f"kamdesk-demo:{seed}:{customer_number}")


def at_utc(day: date, hour: int, minute: int = 0) -> datetime:
    """An aware UTC moment on ``day``."""
    return datetime.combine(day, time(hour, minute), tzinfo=UTC)


def half_hours(count: int) -> Decimal:
    """``count`` half hours as an exact Decimal (7 -> 3.5)."""
    return Decimal(count) / 2


def days_ago(today: date, days: int) -> date:
    return today - timedelta(days=days)
