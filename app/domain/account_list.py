"""The accounts list: every account with its health, next key date, annual value and the
free value delivered this period, from a fixed number of queries (never one per account)."""

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain.account_overview import KeyDate, key_dates
from app.domain.contracts import annual_value
from app.domain.health import Health
from app.domain.ledger_balance import balance_period
from app.domain.portfolio import gather_snapshots
from app.model import Account, AccountStatus, FreeService, Tier
from app.money import Money


@dataclass(frozen=True, slots=True)
class AccountRow:
    id: int
    customer_number: str
    name: str
    city: str
    country: str
    tier: Tier
    status: AccountStatus
    owner: str
    health: Health
    next_key_date: KeyDate | None
    annual_value: tuple[Money, ...]  # live contracts, one per currency
    free_value: tuple[Money, ...]  # free services this period, one per currency
    period_start: date


def free_value_since(session: Session, starts: dict[int, date]) -> dict[int, tuple[Money, ...]]:
    """Free-service totals per account since its own start date.

    Period starts are few distinct dates (term starts, month starts): one query per
    distinct start, each answered from the covering ledger index.
    """
    by_start: dict[date, list[int]] = defaultdict(list)
    for account_id, start in starts.items():
        by_start[start].append(account_id)
    sums: dict[int, list[Money]] = defaultdict(list)
    for start, ids in by_start.items():
        for account_id, currency, total in session.execute(
            select(FreeService.account_id, FreeService.currency, func.sum(FreeService.value_minor))
            .where(FreeService.account_id.in_(ids), FreeService.provided_on >= start)
            .group_by(FreeService.account_id, FreeService.currency)
        ):
            sums[account_id].append(Money.from_minor(int(total), currency))
    return {key: tuple(sorted(found, key=lambda m: -m.amount)) for key, found in sums.items()}


def account_rows(session: Session, today: date) -> list[AccountRow]:
    """Every account for the list, ordered by name."""
    snapshots = gather_snapshots(session, today)
    details = {
        row.id: row for row in session.execute(select(Account.id, Account.country, Account.owner))
    }
    periods = {
        account_id: balance_period(list(snap.contracts), today)[0]
        for account_id, snap in snapshots.items()
    }
    free = free_value_since(
        session, {account_id: period.start for account_id, period in periods.items()}
    )
    rows = []
    for account_id, snap in snapshots.items():
        upcoming = key_dates(snap, today)
        rows.append(
            AccountRow(
                id=account_id,
                customer_number=snap.customer_number,
                name=snap.name,
                city=snap.city,
                country=details[account_id].country,
                tier=snap.tier,
                status=snap.status,
                owner=details[account_id].owner,
                health=snap.health,
                next_key_date=upcoming[0] if upcoming else None,
                annual_value=tuple(annual_value(list(snap.contracts))),
                free_value=free.get(account_id, ()),
                period_start=periods[account_id].start,
            )
        )
    rows.sort(key=lambda row: (row.name.casefold(), row.customer_number))
    return rows
