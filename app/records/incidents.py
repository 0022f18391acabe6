"""The incident form: what happened, when it was reported, answered and solved.

Response hours and SLA met/breached are computed on every list with the same
rule the brief uses (``incident_record``), never stored.
"""

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.contracts import ContractView, account_contracts
from app.domain.service_record import incident_record, package_quantities, promised_response
from app.model import Contract, ContractStatus, Incident, IncidentKind, ItemKind, PaidBy, utcnow
from app.records.checks import FieldChecks
from app.records.rows import (
    assign,
    check_owned,
    open_row,
    require_account,
    row_for_update,
    saving,
)
from app.storage.write_turn import writes


@dataclass(frozen=True, slots=True)
class IncidentForm:
    kind: IncidentKind
    reported_at: datetime  # aware; stored in UTC
    contract_id: int | None = None
    responded_at: datetime | None = None
    resolved_at: datetime | None = None
    downtime_hours: Decimal = Decimal(0)
    # None on a new incident: taken from the package valid on the day it was reported.
    promised_response_hours: Decimal | None = None
    paid_by: PaidBy = PaidBy.CONTRACT
    description: str = ""

    @classmethod
    def blank(
        cls, reported_at: datetime, kind: IncidentKind = IncidentKind.BREAKDOWN
    ) -> "IncidentForm":
        return cls(kind=kind, reported_at=reported_at)


@dataclass(frozen=True, slots=True)
class IncidentView:
    id: int
    version: int
    kind: IncidentKind
    contract_id: int | None
    contract_number: str | None
    reported_at: datetime
    responded_at: datetime | None
    resolved_at: datetime | None
    downtime_hours: Decimal
    promised_response_hours: Decimal | None  # stored, else the package's at the time
    response_hours: Decimal | None  # computed; still-waiting incidents count once late
    sla_met: bool | None  # computed: None when nothing was promised or not yet answered
    paid_by: PaidBy
    description: str

    @property
    def sla_breached(self) -> bool:
        return self.sla_met is False


def _history(session: Session, account_id: int, now: datetime) -> list[ContractView]:
    """Contracts an incident without its own promise takes its response time from."""
    return [
        view
        for view in account_contracts(session, account_id, now.date())
        if view.status is not ContractStatus.DRAFT
    ]


def list_incidents(
    session: Session, account_id: int, *, now: datetime | None = None
) -> list[IncidentView]:
    """The account's incidents, newest first, with response hours and SLA outcome as of
    ``now`` (default: the current moment). One query; two more only when an incident
    has no promised response of its own and the package must say."""
    now = now or utcnow()
    rows = session.execute(
        select(
            Incident.id,
            Incident.version,
            Incident.kind,
            Incident.contract_id,
            Contract.number.label("contract_number"),
            Incident.reported_at,
            Incident.responded_at,
            Incident.resolved_at,
            Incident.downtime_hours,
            Incident.promised_response_hours,
            Incident.paid_by,
            Incident.description,
        )
        .outerjoin(Contract, Incident.contract_id == Contract.id)
        .where(Incident.account_id == account_id)
        .order_by(Incident.reported_at.desc(), Incident.id.desc())
    ).all()
    contracts: list[ContractView] = []
    hours: dict[int, Decimal] = {}
    if any(row.promised_response_hours is None for row in rows):
        contracts = _history(session, account_id, now)
        package_ids = {c.package_id for c in contracts if c.package_id is not None}
        hours = package_quantities(session, package_ids, ItemKind.RESPONSE_TIME_HOURS)
    views = []
    for row in rows:
        promised = row.promised_response_hours
        if promised is None:
            promised = promised_response(row.reported_at.date(), row.contract_id, contracts, hours)
        record = incident_record(row, promised, now)
        views.append(
            IncidentView(
                id=row.id,
                version=row.version,
                kind=row.kind,
                contract_id=row.contract_id,
                contract_number=row.contract_number,
                reported_at=row.reported_at,
                responded_at=row.responded_at,
                resolved_at=row.resolved_at,
                downtime_hours=row.downtime_hours,
                promised_response_hours=promised,
                response_hours=record.response_hours,
                sla_met=record.met,
                paid_by=row.paid_by,
                description=row.description,
            )
        )
    return views


def load_incident(session: Session, incident_id: int) -> tuple[IncidentForm, int]:
    row = open_row(session, Incident, incident_id)
    form = IncidentForm(
        kind=row.kind,
        reported_at=row.reported_at,
        contract_id=row.contract_id,
        responded_at=row.responded_at,
        resolved_at=row.resolved_at,
        downtime_hours=row.downtime_hours,
        promised_response_hours=row.promised_response_hours,
        paid_by=row.paid_by,
        description=row.description,
    )
    return form, row.version


def _validated(session: Session, form: IncidentForm, account_id: int) -> dict[str, object]:
    checks = FieldChecks()
    reported = checks.moment("reported_at", form.reported_at, required=True)
    responded = checks.moment("responded_at", form.responded_at)
    resolved = checks.moment("resolved_at", form.resolved_at)
    when = f"{reported:%Y-%m-%d %H:%M} UTC" if reported else ""
    if reported is not None and responded is not None and responded < reported:
        checks.fail("responded_at", f"must not be before the report ({when})")
    if reported is not None and resolved is not None and resolved < reported:
        checks.fail("resolved_at", f"must not be before the report ({when})")
    values: dict[str, object] = {
        "kind": checks.choice("kind", form.kind, IncidentKind),
        "reported_at": reported,
        "contract_id": form.contract_id,
        "responded_at": responded,
        "resolved_at": resolved,
        "downtime_hours": checks.measure("downtime_hours", form.downtime_hours, Incident),
        "promised_response_hours": checks.measure(
            "promised_response_hours",
            form.promised_response_hours,
            Incident,
            required=False,
            positive=True,
        ),
        "paid_by": checks.choice("paid_by", form.paid_by, PaidBy),
        "description": checks.text("description", form.description, Incident),
    }
    check_owned(session, checks, "contract_id", Contract, form.contract_id, account_id)
    checks.raise_if_any()
    return values


@writes
def save_incident(
    session: Session,
    form: IncidentForm,
    *,
    account_id: int,
    record_id: int | None = None,
    expected_version: int | None = None,
) -> int:
    """Create or update an incident of ``account_id``; return its id (flushed, not
    committed). A new incident without a promised response time gets the one of the
    package valid on the day it was reported, so later package changes do not rewrite
    history. Raises ``FormInvalidError``, ``StaleRecordError``, ``NotFoundError``."""
    values = _validated(session, form, account_id)
    with saving(session) as saved:
        if record_id is None:
            require_account(session, account_id)
            reported = values["reported_at"]
            if values["promised_response_hours"] is None and isinstance(reported, datetime):
                contracts = _history(session, account_id, reported)
                package_ids = {c.package_id for c in contracts if c.package_id is not None}
                hours = package_quantities(session, package_ids, ItemKind.RESPONSE_TIME_HOURS)
                values["promised_response_hours"] = promised_response(
                    reported.date(), form.contract_id, contracts, hours
                )
            row = Incident(account_id=account_id, **values)
            session.add(row)
        else:
            row = row_for_update(
                session,
                Incident,
                record_id,
                account_id=account_id,
                expected_version=expected_version,
            )
            assign(row, values)
        saved.row = row
    return saved.record_id
