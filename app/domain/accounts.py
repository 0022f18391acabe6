"""Account lists and counts for the CLI and the window."""

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.model import Account, AccountStatus, Tier


@dataclass(frozen=True, slots=True)
class AccountSummary:
    id: int
    customer_number: str
    name: str
    city: str
    country: str
    industry: str
    tier: Tier
    status: AccountStatus
    owner: str
    currency: str
    relationship_since: date | None


def count_accounts(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(Account)) or 0


def list_accounts(session: Session, *, include_archived: bool = True) -> list[AccountSummary]:
    """Every account, ordered by name then customer number, in one query."""
    query = select(
        Account.id,
        Account.customer_number,
        Account.name,
        Account.city,
        Account.country,
        Account.industry,
        Account.tier,
        Account.status,
        Account.owner,
        Account.currency,
        Account.relationship_since,
    ).order_by(Account.name, Account.customer_number)
    if not include_archived:
        query = query.where(Account.status != AccountStatus.ARCHIVED)
    return [AccountSummary(*row) for row in session.execute(query)]
