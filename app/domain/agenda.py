"""The agenda: what needs the seller now, across all accounts, sorted by urgency.

One query per kind of row, never one per account; each query already leaves out
the rows that cannot be due (SQL prefilters), and the rules themselves are the
shared ones of contract_dates, budget_cycles, promises and health.
"""

from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date, timedelta
from enum import IntEnum, StrEnum

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.orm import Session

from app.domain.budget_notice import BudgetNoticeWarning, budget_notice_warnings
from app.domain.contract_dates import add_months
from app.domain.contracts import ContractView, contract_views, live_packages
from app.domain.health import NO_CONTACT_LIMIT_DAYS, silence_over_limit
from app.domain.portfolio import BudgetDate, upcoming_budget_dates, upcoming_meetings
from app.domain.promises import PromiseCheck, check_promises
from app.domain.service_record import recent_incidents
from app.model import (
    Account,
    AccountStatus,
    Contract,
    ContractStatus,
    FollowUp,
    NoteKind,
    NoteStatus,
    PeriodUnit,
    TechnicianNote,
    Tier,
    Touchpoint,
)

DEFAULT_DAYS = 30
SLA_LOOKBACK_DAYS = 30
CONTRACT_ENDED_LOOKBACK_DAYS = 30
# Things to react to get a week: an unread note, a breach to talk about, a promise to check.
REACTION_DAYS = 7
MONTH_END_SLACK_DAYS = 4  # 31 March and 28 February are both 'one month' apart


class AgendaKind(StrEnum):
    BUDGET_WINDOW = "budget_window"
    NOTICE_DEADLINE = "notice_deadline"
    CONTRACT_END = "contract_end"
    FOLLOW_UP = "follow_up"
    NOTE_FOLLOW_UP = "note_follow_up"
    UNREAD_NOTE = "unread_note"
    NO_CONTACT = "no_contact"
    SLA_BREACH = "sla_breach"
    UNCOVERED_PROMISE = "uncovered_promise"
    BUDGET_VS_NOTICE = "budget_vs_notice"


class Urgency(IntEnum):
    OVERDUE = 0
    THIS_WEEK = 1
    THIS_MONTH = 2
    LATER = 3

    @property
    def label(self) -> str:
        return self.name.lower()


def urgency_of(due: date, today: date) -> Urgency:
    if due < today:
        return Urgency.OVERDUE
    if due <= today + timedelta(days=7):
        return Urgency.THIS_WEEK
    if due <= today + timedelta(days=30):
        return Urgency.THIS_MONTH
    return Urgency.LATER


@dataclass(frozen=True, slots=True)
class AgendaItem:
    account_id: int
    customer_number: str
    account_name: str
    kind: AgendaKind
    due: date
    urgency: Urgency
    title: str  # the row's own words: a follow-up's title, a note's title, a cycle's label
    subject_id: int | None  # the row to open: contract, follow-up, note, incident, promise …
    figure: int | None = None  # hours, days or count the reason is about
    reference: date | None = None  # a second date: the planning date, the contract end …
    against: int | None = None  # what was promised, for an SLA breach (hours)
    promise: PromiseCheck | None = None  # the uncovered promise itself, to describe it
    warning: BudgetNoticeWarning | None = None  # budget versus notice, to describe it


@dataclass(frozen=True, slots=True)
class _Account:
    id: int
    customer_number: str
    name: str
    tier: Tier
    last_contact: date | None


def _active_accounts(session: Session, today: date) -> dict[int, _Account]:
    last = (
        select(Touchpoint.account_id, func.max(Touchpoint.happened_on).label("day"))
        .where(Touchpoint.happened_on <= today)
        .group_by(Touchpoint.account_id)
        .subquery()
    )
    return {
        row.id: _Account(row.id, row.customer_number, row.name, row.tier, row.day)
        for row in session.execute(
            select(Account.id, Account.customer_number, Account.name, Account.tier, last.c.day)
            .outerjoin(last, last.c.account_id == Account.id)
            .where(Account.status == AccountStatus.ACTIVE)
        )
    }


def _item(
    account: _Account,
    kind: AgendaKind,
    due: date,
    today: date,
    title: str,
    subject_id: int | None,
    figure: int | None = None,
    reference: date | None = None,
    against: int | None = None,
) -> AgendaItem:
    return AgendaItem(
        account.id,
        account.customer_number,
        account.name,
        kind,
        due,
        urgency_of(due, today),
        title,
        subject_id,
        figure,
        reference,
        against,
    )


def _due_contract_filter(session: Session, today: date, horizon: date) -> ColumnElement[bool]:
    """Contracts whose notice deadline or fixed end can fall between ``today`` and the
    horizon (or that ended lately). Notice periods come in a few sizes; for each, the end
    dates that matter form one range, widened by a few days for month-end clamping."""
    ranges: list[ColumnElement[bool]] = [
        Contract.auto_renew_months.is_not(None),
        Contract.end_date.between(today - timedelta(days=CONTRACT_ENDED_LOOKBACK_DAYS), horizon),
    ]
    for period, unit in session.execute(
        select(Contract.notice_period, Contract.notice_unit)
        .where(Contract.status == ContractStatus.ACTIVE)
        .distinct()
    ):
        if unit is PeriodUnit.MONTHS:
            lo = add_months(today, period) - timedelta(days=MONTH_END_SLACK_DAYS)
            hi = add_months(horizon, period) + timedelta(days=MONTH_END_SLACK_DAYS)
        else:
            lo, hi = today + timedelta(days=period), horizon + timedelta(days=period)
        ranges.append(
            and_(
                Contract.notice_period == period,
                Contract.notice_unit == unit,
                Contract.end_date.between(lo, hi),
            )
        )
    return or_(*ranges)


def _contract_items(
    contracts: list[ContractView], accounts: dict[int, _Account], today: date, horizon: date
) -> Iterator[AgendaItem]:
    for contract in contracts:
        account = accounts.get(contract.account_id)
        if account is None:
            continue
        dates = contract.dates
        name = contract.title or contract.number
        if contract.live and dates.notice_deadline and today <= dates.notice_deadline <= horizon:
            yield _item(
                account,
                AgendaKind.NOTICE_DEADLINE,
                dates.notice_deadline,
                today,
                name,
                contract.id,
                figure=dates.days_to_notice,
                reference=dates.term_end,
            )
        end = dates.term_end
        if end is None or contract.auto_renew_months:
            continue
        recently_ended = today - timedelta(days=CONTRACT_ENDED_LOOKBACK_DAYS) <= end < today
        if today <= end <= horizon or recently_ended:
            yield _item(
                account,
                AgendaKind.CONTRACT_END,
                end,
                today,
                name,
                contract.id,
                figure=dates.days_to_term_end,
            )


def _budget_items(
    budgets: dict[int, list[BudgetDate]], accounts: dict[int, _Account], today: date, horizon: date
) -> Iterator[AgendaItem]:
    for account_id, dates in budgets.items():
        account = accounts.get(account_id)
        if account is None:
            continue
        for budget in dates:
            opens = budget.occurrence.window_opens
            called = account.last_contact is not None and account.last_contact >= opens
            if opens <= horizon and not (opens <= today and called):
                yield _item(
                    account,
                    AgendaKind.BUDGET_WINDOW,
                    opens,
                    today,
                    budget.label,
                    budget.cycle_id,
                    reference=budget.occurrence.planned_on,
                )


def _warning_items(
    session: Session,
    contracts: list[ContractView],
    budgets: dict[int, list[BudgetDate]],
    accounts: dict[int, _Account],
    today: date,
) -> Iterator[AgendaItem]:
    """Budget versus notice. The contracts are those whose notice deadline can fall before
    the horizon, which is all this warning needs: it is due on that deadline."""
    meetings = upcoming_meetings(session, None, today)
    by_account: dict[int, list[ContractView]] = {}
    for contract in contracts:
        by_account.setdefault(contract.account_id, []).append(contract)
    for account_id, dates in budgets.items():
        account = accounts.get(account_id)
        if account is None:
            continue
        found = budget_notice_warnings(
            dates, by_account.get(account_id, []), meetings.get(account_id), today
        )
        for warning in found:
            yield replace(
                _item(
                    account,
                    AgendaKind.BUDGET_VS_NOTICE,
                    warning.due,
                    today,
                    warning.contract_name or warning.budget_label,
                    warning.cycle_id,
                    reference=warning.planned_on,
                ),
                warning=warning,
            )


def _service_items(
    session: Session, accounts: dict[int, _Account], today: date
) -> Iterator[AgendaItem]:
    for account in accounts.values():
        silent = silence_over_limit(account.tier, account.last_contact, today)
        if silent is not None:
            assert account.last_contact is not None
            yield _item(
                account,
                AgendaKind.NO_CONTACT,
                account.last_contact + timedelta(days=NO_CONTACT_LIMIT_DAYS[account.tier] + 1),
                today,
                "",
                None,
                figure=silent,
                reference=account.last_contact,
            )
    for account_id, records in recent_incidents(session, None, today, SLA_LOOKBACK_DAYS).items():
        breached = accounts.get(account_id)
        for record in records:
            if breached is None or not record.breached:
                continue
            assert record.response_hours is not None and record.promised_hours is not None
            reported = record.reported_at.date()
            yield _item(
                breached,
                AgendaKind.SLA_BREACH,
                reported + timedelta(days=REACTION_DAYS),
                today,
                record.description,
                record.id,
                figure=int(record.response_hours),
                reference=reported,
                against=int(record.promised_hours),
            )
    packages = live_packages(session, today)
    for promise in check_promises(session, None, packages, unconfirmed_only=True):
        promised_to = accounts.get(promise.account_id)
        if promised_to is None or promise.covered:
            continue
        yield replace(
            _item(
                promised_to,
                AgendaKind.UNCOVERED_PROMISE,
                promise.promised_on + timedelta(days=REACTION_DAYS),
                today,
                promise.text,
                promise.id,
                reference=promise.promised_on,
            ),
            promise=promise,
        )


def _row_items(
    session: Session, accounts: dict[int, _Account], today: date, horizon: date
) -> Iterator[AgendaItem]:
    for follow_up in session.execute(
        select(FollowUp.id, FollowUp.account_id, FollowUp.due_on, FollowUp.title).where(
            FollowUp.done_at.is_(None), FollowUp.dismissed_at.is_(None), FollowUp.due_on <= horizon
        )
    ):
        account = accounts.get(follow_up.account_id)
        if account is not None:
            yield _item(
                account,
                AgendaKind.FOLLOW_UP,
                follow_up.due_on,
                today,
                follow_up.title,
                follow_up.id,
            )
    for note in session.execute(
        select(
            TechnicianNote.id,
            TechnicianNote.account_id,
            TechnicianNote.noted_on,
            TechnicianNote.follow_up_on,
            TechnicianNote.title,
            TechnicianNote.read_by_seller,
            TechnicianNote.kind,
        ).where(
            TechnicianNote.status == NoteStatus.OPEN,
            or_(TechnicianNote.follow_up_on <= horizon, TechnicianNote.read_by_seller.is_(False)),
        )
    ):
        account = accounts.get(note.account_id)
        if account is None:
            continue
        if note.follow_up_on is not None and note.follow_up_on <= horizon:
            yield _item(
                account, AgendaKind.NOTE_FOLLOW_UP, note.follow_up_on, today, note.title, note.id
            )
        elif not note.read_by_seller:
            # Risks and complaints want a reaction within days; the rest within a week.
            grace = 2 if note.kind in (NoteKind.RISK, NoteKind.COMPLAINT) else REACTION_DAYS
            due = note.noted_on + timedelta(days=grace)
            if due <= horizon:
                yield _item(account, AgendaKind.UNREAD_NOTE, due, today, note.title, note.id)


def agenda(session: Session, today: date, days: int = DEFAULT_DAYS) -> list[AgendaItem]:
    """Everything overdue or due within ``days`` for the active accounts, most urgent first."""
    if days < 0:
        raise ValueError("days must not be negative")
    horizon = today + timedelta(days=days)
    accounts = _active_accounts(session, today)
    contracts = contract_views(
        session,
        today,
        Contract.status == ContractStatus.ACTIVE,
        _due_contract_filter(session, today, horizon),
    )
    budgets = upcoming_budget_dates(session, None, today)
    items = [
        *_contract_items(contracts, accounts, today, horizon),
        *_budget_items(budgets, accounts, today, horizon),
        *_warning_items(session, contracts, budgets, accounts, today),
        *_service_items(session, accounts, today),
        *_row_items(session, accounts, today, horizon),
    ]
    items = [item for item in items if item.due <= horizon]
    items.sort(key=lambda item: (item.urgency, item.due, item.account_name, item.kind))
    return items
