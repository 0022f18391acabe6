"""The service record: response times against what the package promised, and visits.

Met or breached is computed here from the moments, never stored. An incident
still waiting for a response counts as breached once the promised hours are over.
"""

from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from typing import Protocol

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain.contracts import ContractView, account_contracts, contract_views
from app.domain.periods import Period
from app.model import (
    Contract,
    ContractStatus,
    Incident,
    IncidentKind,
    ItemKind,
    NoteKind,
    NoteStatus,
    PackageItem,
    TechnicianNote,
    Touchpoint,
    TouchpointKind,
)

HOUR = Decimal(3600)
DAYS_PER_YEAR = Decimal("365.25")


@dataclass(frozen=True, slots=True)
class IncidentRecord:
    id: int
    kind: IncidentKind
    reported_at: datetime
    responded_at: datetime | None
    response_hours: Decimal | None  # None while nobody has responded
    promised_hours: Decimal | None  # None when no package promised a response time
    downtime_hours: Decimal
    description: str

    @property
    def breached(self) -> bool:
        return self.met is False

    @property
    def met(self) -> bool | None:
        """True within the promise, False over it, None when nothing was promised."""
        if self.promised_hours is None or self.response_hours is None:
            return None
        return self.response_hours <= self.promised_hours


@dataclass(frozen=True, slots=True)
class ServiceRecord:
    account_id: int
    period: Period
    incidents: tuple[IncidentRecord, ...]  # oldest first
    downtime_hours: Decimal
    visits_delivered: int
    visits_contracted: Decimal  # prorated over the period and the contract terms
    open_complaints: int

    @property
    def met(self) -> int:
        return sum(1 for record in self.incidents if record.met is True)

    @property
    def breached(self) -> int:
        return sum(1 for record in self.incidents if record.met is False)

    @property
    def worst(self) -> IncidentRecord | None:
        """The breach with the largest overrun, else the slowest response."""
        timed = [r for r in self.incidents if r.response_hours is not None]
        if not timed:
            return None

        def overrun(record: IncidentRecord) -> Decimal:
            assert record.response_hours is not None
            promised = record.promised_hours if record.promised_hours is not None else Decimal(0)
            return record.response_hours - promised

        breaches = [r for r in timed if r.met is False]
        return max(breaches or timed, key=overrun)


def hours_between(start: datetime, end: datetime) -> Decimal:
    return (Decimal((end - start).total_seconds()) / HOUR).quantize(Decimal("0.01"))


class IncidentFields(Protocol):
    """An incident row or ORM object: what a record is computed from."""

    id: int
    kind: IncidentKind
    reported_at: datetime
    responded_at: datetime | None
    downtime_hours: Decimal
    description: str


INCIDENT_COLUMNS = (
    Incident.id,
    Incident.account_id,
    Incident.contract_id,
    Incident.kind,
    Incident.reported_at,
    Incident.responded_at,
    Incident.downtime_hours,
    Incident.promised_response_hours,
    Incident.description,
)


def incident_record(
    incident: IncidentFields, promised: Decimal | None, now: datetime
) -> IncidentRecord:
    responded = incident.responded_at
    response: Decimal | None = None
    if responded is not None:
        response = hours_between(incident.reported_at, responded)
    elif promised is not None and hours_between(incident.reported_at, now) > promised:
        response = hours_between(incident.reported_at, now)  # still waiting, already late
    return IncidentRecord(
        incident.id,
        incident.kind,
        incident.reported_at,
        responded,
        response,
        promised,
        incident.downtime_hours,
        incident.description,
    )


def package_quantities(
    session: Session, package_ids: set[int], kind: ItemKind
) -> dict[int, Decimal]:
    """Quantity of an included item kind per package (the smallest, if listed twice)."""
    if not package_ids:
        return {}
    rows = session.execute(
        select(PackageItem.package_id, func.min(PackageItem.quantity))
        .where(
            PackageItem.package_id.in_(package_ids),
            PackageItem.kind == kind,
            PackageItem.included.is_(True),
        )
        .group_by(PackageItem.package_id)
    ).all()
    return {package_id: Decimal(quantity) for package_id, quantity in rows}


def promised_response(
    on: date, contract_id: int | None, contracts: list[ContractView], hours: dict[int, Decimal]
) -> Decimal | None:
    """Response hours of the package valid on ``on``: the incident's contract, else the
    contract whose term covered that day."""
    candidates = [c for c in contracts if c.id == contract_id] if contract_id else []
    if not candidates:
        candidates = [
            c
            for c in contracts
            if c.start <= on and (c.dates.term_end is None or on <= c.dates.term_end)
        ]
    promised = [hours[c.package_id] for c in candidates if c.package_id in hours]
    return min(promised) if promised else None


def visits_contracted(
    period: Period, contracts: list[ContractView], visits_per_year: dict[int, Decimal]
) -> Decimal:
    """Maintenance visits the packages promise for the days of ``period`` they cover."""
    total = Decimal(0)
    for contract in contracts:
        if contract.package_id not in visits_per_year:
            continue
        covered = period.overlap(contract.start, contract.dates.term_end)
        if covered is None:
            continue
        total += visits_per_year[contract.package_id] * Decimal(covered.days) / DAYS_PER_YEAR
    return total.quantize(Decimal("0.1"))


def service_record(
    session: Session, account_id: int, period: Period, now: datetime | None = None
) -> ServiceRecord:
    """Incidents reported in ``period`` with their SLA outcome, downtime and visits."""
    now = now or datetime.combine(period.end, time.max, tzinfo=UTC)
    contracts = [
        c
        for c in account_contracts(session, account_id, period.end)
        if c.status is not ContractStatus.DRAFT
    ]
    package_ids = {c.package_id for c in contracts if c.package_id is not None}
    response_hours = package_quantities(session, package_ids, ItemKind.RESPONSE_TIME_HOURS)
    start = datetime.combine(period.start, time.min, tzinfo=UTC)
    end = datetime.combine(period.end + timedelta(days=1), time.min, tzinfo=UTC)
    incidents = session.execute(
        select(*INCIDENT_COLUMNS)
        .where(
            Incident.account_id == account_id,
            Incident.reported_at >= start,
            Incident.reported_at < end,
        )
        .order_by(Incident.reported_at, Incident.id)
    ).all()
    records = []
    for incident in incidents:
        promised = incident.promised_response_hours
        if promised is None:
            promised = promised_response(
                incident.reported_at.date(), incident.contract_id, contracts, response_hours
            )
        records.append(incident_record(incident, promised, now))
    delivered = session.scalar(
        select(func.count())
        .select_from(Touchpoint)
        .where(
            Touchpoint.account_id == account_id,
            Touchpoint.kind == TouchpointKind.MAINTENANCE_VISIT,
            Touchpoint.happened_on >= period.start,
            Touchpoint.happened_on <= period.end,
        )
    )
    complaints = session.scalar(
        select(func.count())
        .select_from(TechnicianNote)
        .where(
            TechnicianNote.account_id == account_id,
            TechnicianNote.kind == NoteKind.COMPLAINT,
            TechnicianNote.status == NoteStatus.OPEN,
        )
    )
    visits = package_quantities(session, package_ids, ItemKind.MAINTENANCE_VISITS)
    return ServiceRecord(
        account_id=account_id,
        period=period,
        incidents=tuple(records),
        downtime_hours=sum((r.downtime_hours for r in records), Decimal(0)),
        visits_delivered=delivered or 0,
        visits_contracted=visits_contracted(period, contracts, visits),
        open_complaints=complaints or 0,
    )


def recent_incidents(
    session: Session, account_ids: Collection[int] | None, today: date, days: int
) -> dict[int, list[IncidentRecord]]:
    """Incidents reported in the last ``days`` days per account (all accounts when None),
    with their SLA outcome as of the end of ``today``."""
    since = datetime.combine(today - timedelta(days=days - 1), time.min, tzinfo=UTC)
    now = datetime.combine(today, time.max, tzinfo=UTC)
    query = select(*INCIDENT_COLUMNS).where(Incident.reported_at >= since)
    if account_ids is not None:
        query = query.where(Incident.account_id.in_(list(account_ids)))
    rows = session.execute(query.order_by(Incident.reported_at, Incident.id)).all()
    # Without a promise of its own an incident takes the one of the package valid on its
    # day, maybe of a contract ended since: load those accounts' contract history.
    needing = {row.account_id for row in rows if row.promised_response_hours is None}
    history: dict[int, list[ContractView]] = defaultdict(list)
    if needing:
        for view in contract_views(
            session,
            today,
            Contract.account_id.in_(needing),
            Contract.status != ContractStatus.DRAFT,
        ):
            history[view.account_id].append(view)
    package_ids = {c.package_id for cs in history.values() for c in cs if c.package_id}
    hours = package_quantities(session, package_ids, ItemKind.RESPONSE_TIME_HOURS)
    found: dict[int, list[IncidentRecord]] = defaultdict(list)
    for row in rows:
        promised = row.promised_response_hours
        if promised is None:
            promised = promised_response(
                row.reported_at.date(), row.contract_id, history.get(row.account_id, []), hours
            )
        found[row.account_id].append(incident_record(row, promised, now))
    return found
