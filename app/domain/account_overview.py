"""One account at a glance: key facts, next key dates, ledger balance, service record,
health, and the negotiation workbench (give and get, who moved, budget versus notice)."""

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.budget_notice import BudgetNoticeWarning, budget_notice_warnings
from app.domain.contracts import ContractView, account_contracts
from app.domain.give_and_get import GiveAndGet, give_and_get, negotiation_in_focus
from app.domain.ledger_balance import LedgerBalance, ledger_balance
from app.domain.portfolio import AccountSnapshot, gather_snapshots
from app.domain.service_record import ServiceRecord, service_record
from app.domain.stance_history import StanceMove, stance_moves
from app.errors import NotFoundError
from app.model import Account

MOVES_LOOKBACK_DAYS = 365  # "who moved" looks back a year


@dataclass(frozen=True, slots=True)
class KeyDate:
    what: str  # "notice_deadline", "term_end", "budget_window", "budget_planning", "meeting"
    on: date
    subject: str  # the contract or budget cycle it belongs to


@dataclass(frozen=True, slots=True)
class AccountOverview:
    snapshot: AccountSnapshot
    contracts: tuple[ContractView, ...]  # every contract, also expired and draft ones
    industry: str
    owner: str
    country: str
    relationship_since: date | None
    key_dates: tuple[KeyDate, ...]  # upcoming, soonest first
    balance: LedgerBalance
    service: ServiceRecord
    budget_warnings: tuple[BudgetNoticeWarning, ...] = ()  # soonest due first
    give_and_get: GiveAndGet | None = None  # of the negotiation in focus, if any
    stance_moves: tuple[StanceMove, ...] = ()  # of the last year, newest first


def key_dates(snapshot: AccountSnapshot, today: date) -> list[KeyDate]:
    """The dates ahead that a seller plans around, soonest first."""
    found: list[KeyDate] = []
    for contract in snapshot.contracts:
        if not contract.live:
            continue
        name = contract.title or contract.number
        if contract.dates.notice_deadline and contract.dates.notice_deadline >= today:
            found.append(KeyDate("notice_deadline", contract.dates.notice_deadline, name))
        if contract.dates.term_end and contract.dates.term_end >= today:
            found.append(KeyDate("term_end", contract.dates.term_end, name))
    for budget in snapshot.budget_dates:
        occurrence = budget.occurrence
        if occurrence.window_opens >= today:
            found.append(KeyDate("budget_window", occurrence.window_opens, budget.label))
        found.append(KeyDate("budget_planning", occurrence.planned_on, budget.label))
    if snapshot.next_meeting is not None:
        found.append(KeyDate("meeting", snapshot.next_meeting, ""))
    return sorted(found, key=lambda key: (key.on, key.what))


def find_account_id(session: Session, customer_number: str) -> int:
    """The id for a customer number; raises ``NotFoundError`` naming it."""
    found = session.scalar(
        select(Account.id).where(Account.customer_number == customer_number.strip())
    )
    if found is None:
        raise NotFoundError(f"customer number {customer_number!r}: no such account")
    return found


def account_overview(session: Session, customer_number: str, today: date) -> AccountOverview:
    account_id = find_account_id(session, customer_number)
    account = session.get_one(Account, account_id)
    snapshot = gather_snapshots(session, today, [account_id])[account_id]
    balance = ledger_balance(session, account_id, today)
    negotiation_id = negotiation_in_focus(session, account_id)
    return AccountOverview(
        snapshot=snapshot,
        contracts=tuple(account_contracts(session, account_id, today)),
        industry=account.industry,
        owner=account.owner,
        country=account.country,
        relationship_since=account.relationship_since,
        key_dates=tuple(key_dates(snapshot, today)),
        balance=balance,
        service=service_record(session, account_id, balance.period),
        budget_warnings=tuple(
            budget_notice_warnings(
                snapshot.budget_dates, snapshot.contracts, snapshot.next_meeting, today
            )
        ),
        give_and_get=(
            give_and_get(session, negotiation_id, today, balance=balance)
            if negotiation_id is not None
            else None
        ),
        stance_moves=stance_moves(
            session, account_id, since=today - timedelta(days=MOVES_LOOKBACK_DAYS)
        ),
    )
