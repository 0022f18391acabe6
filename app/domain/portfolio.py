"""Facts about many accounts at once, gathered with one query per kind of row.

The agenda, the accounts list and a single account's header all read these
snapshots; giving ``account_ids`` narrows every query to those accounts.
"""

from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, func, select, true
from sqlalchemy.orm import InstrumentedAttribute, Session

from app.domain.budget_cycles import BudgetOccurrence, YearOverride, next_occurrence
from app.domain.contracts import ContractView, contract_views, main_contract
from app.domain.health import SLA_WINDOW_DAYS, Health, HealthFacts, assess_health
from app.domain.promises import PromiseCheck, check_promises
from app.domain.service_record import IncidentRecord, recent_incidents
from app.model import (
    Account,
    AccountStatus,
    BudgetCycle,
    BudgetOverride,
    Contract,
    ContractStatus,
    Negotiation,
    NegotiationStatus,
    NoteKind,
    NoteStatus,
    ServiceCheck,
    TechnicianNote,
    Tier,
    Touchpoint,
)


@dataclass(frozen=True, slots=True)
class BudgetDate:
    cycle_id: int
    label: str
    occurrence: BudgetOccurrence


@dataclass(frozen=True, slots=True)
class AccountSnapshot:
    account_id: int
    customer_number: str
    name: str
    city: str
    tier: Tier
    status: AccountStatus
    currency: str
    contracts: tuple[ContractView, ...]
    main_contract: ContractView | None
    last_contact: date | None
    recent_incidents: tuple[IncidentRecord, ...]  # reported in the last 90 days
    promises: tuple[PromiseCheck, ...]
    budget_dates: tuple[BudgetDate, ...]  # the next planning date of each cycle
    next_meeting: date | None  # a negotiation in preparation
    health: Health

    @property
    def uncovered_promises(self) -> tuple[PromiseCheck, ...]:
        return tuple(
            p for p in self.promises if not p.covered and p.service_check != ServiceCheck.CONFIRMED
        )


def _in(column: InstrumentedAttribute[int], ids: Collection[int] | None) -> ColumnElement[bool]:
    return column.in_(list(ids)) if ids is not None else true()


def _counts(
    session: Session, ids: Collection[int] | None, *conditions: ColumnElement[bool]
) -> dict[int, int]:
    rows = session.execute(
        select(TechnicianNote.account_id, func.count())
        .where(_in(TechnicianNote.account_id, ids), *conditions)
        .group_by(TechnicianNote.account_id)
    ).all()
    return {account_id: count for account_id, count in rows}


def upcoming_budget_dates(
    session: Session, ids: Collection[int] | None, today: date
) -> dict[int, list[BudgetDate]]:
    """The next planning date of every budget cycle, per account, soonest first."""
    overrides: dict[int, dict[int, YearOverride]] = defaultdict(dict)
    for cycle_id, year, planned_on in session.execute(
        select(BudgetOverride.cycle_id, BudgetOverride.year, BudgetOverride.planned_on)
        .join(BudgetCycle, BudgetOverride.cycle_id == BudgetCycle.id)
        .where(_in(BudgetCycle.account_id, ids))
    ):
        overrides[cycle_id][year] = YearOverride(planned_on)
    found: dict[int, list[BudgetDate]] = defaultdict(list)
    for cycle_id, account_id, label, rule, first, lead_days in session.execute(
        select(
            BudgetCycle.id,
            BudgetCycle.account_id,
            BudgetCycle.label,
            BudgetCycle.rrule,
            BudgetCycle.first_date,
            BudgetCycle.lead_days,
        ).where(_in(BudgetCycle.account_id, ids))
    ):
        upcoming = next_occurrence(rule, first, lead_days, today, overrides.get(cycle_id))
        if upcoming is not None:
            found[account_id].append(BudgetDate(cycle_id, label, upcoming))
    for dates in found.values():
        dates.sort(key=lambda item: item.occurrence.planned_on)
    return found


def upcoming_meetings(
    session: Session, ids: Collection[int] | None, today: date
) -> dict[int, date]:
    """The nearest meeting on or after ``today`` of a negotiation in preparation, per
    account (all accounts when ``ids`` is None)."""
    return {
        account_id: day
        for account_id, day in session.execute(
            select(Negotiation.account_id, func.min(Negotiation.meeting_on))
            .where(
                _in(Negotiation.account_id, ids),
                Negotiation.status == NegotiationStatus.PREPARING,
                Negotiation.meeting_on >= today,
            )
            .group_by(Negotiation.account_id)
        )
    }


def gather_snapshots(
    session: Session, today: date, account_ids: Collection[int] | None = None
) -> dict[int, AccountSnapshot]:
    """Snapshots of the given accounts (all when None), keyed by account id."""
    ids = account_ids
    contracts: dict[int, list[ContractView]] = defaultdict(list)
    # Only active contracts can be live, come up for notice or end unrenewed.
    for view in contract_views(
        session, today, _in(Contract.account_id, ids), Contract.status == ContractStatus.ACTIVE
    ):
        contracts[view.account_id].append(view)
    last_contact: dict[int, date] = {
        account_id: day
        for account_id, day in session.execute(
            select(Touchpoint.account_id, func.max(Touchpoint.happened_on))
            .where(_in(Touchpoint.account_id, ids), Touchpoint.happened_on <= today)
            .group_by(Touchpoint.account_id)
        )
    }
    complaints = _counts(
        session,
        ids,
        TechnicianNote.kind == NoteKind.COMPLAINT,
        TechnicianNote.status == NoteStatus.OPEN,
    )
    unread_risks = _counts(
        session,
        ids,
        TechnicianNote.kind == NoteKind.RISK,
        TechnicianNote.status == NoteStatus.OPEN,
        TechnicianNote.read_by_seller.is_(False),
    )
    live_packages = {
        account_id: {v.package_id for v in views if v.live and v.package_id is not None}
        for account_id, views in contracts.items()
    }
    promises: dict[int, list[PromiseCheck]] = defaultdict(list)
    for check in check_promises(session, ids, live_packages):
        promises[check.account_id].append(check)
    meetings = upcoming_meetings(session, ids, today)
    incidents = recent_incidents(session, ids, today, SLA_WINDOW_DAYS)
    budgets = upcoming_budget_dates(session, ids, today)

    snapshots = {}
    for account in session.execute(
        select(
            Account.id,
            Account.customer_number,
            Account.name,
            Account.city,
            Account.tier,
            Account.status,
            Account.currency,
        ).where(_in(Account.id, ids))
    ):
        views = contracts.get(account.id, [])
        recent = incidents.get(account.id, [])
        checks = promises.get(account.id, [])
        meeting = meetings.get(account.id)
        ahead = [
            v.dates.days_to_notice
            for v in views
            if v.live and v.dates.days_to_notice is not None and v.dates.days_to_notice >= 0
        ]
        nearest_notice = min(ahead) if ahead else None
        ended = [
            -(v.dates.days_to_term_end or 0)
            for v in views
            if v.status is ContractStatus.ACTIVE and v.dates.expired
        ]
        facts = HealthFacts(
            tier=account.tier,
            last_contact=last_contact.get(account.id),
            sla_breaches_90_days=sum(1 for r in recent if r.breached),
            open_complaints=complaints.get(account.id, 0),
            uncovered_promises=sum(
                1 for p in checks if not p.covered and p.service_check != ServiceCheck.CONFIRMED
            ),
            unread_risks=unread_risks.get(account.id, 0),
            days_to_notice=nearest_notice,
            meeting_before_notice=(
                meeting is not None
                and nearest_notice is not None
                and (meeting - today).days <= nearest_notice
            ),
            days_since_unrenewed_end=min(ended) if ended else None,
        )
        snapshots[account.id] = AccountSnapshot(
            account_id=account.id,
            customer_number=account.customer_number,
            name=account.name,
            city=account.city,
            tier=account.tier,
            status=account.status,
            currency=account.currency,
            contracts=tuple(views),
            main_contract=main_contract(views),
            last_contact=facts.last_contact,
            recent_incidents=tuple(recent),
            promises=tuple(checks),
            budget_dates=tuple(budgets.get(account.id, [])),
            next_meeting=meeting,
            health=assess_health(facts, today),
        )
    return snapshots
