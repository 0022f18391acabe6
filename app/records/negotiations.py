"""The negotiation form: the seller's position for a renewal talk (goals, limits, give and get)."""

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.model import Contract, Negotiation, NegotiationStatus
from app.records.checks import FieldChecks
from app.records.rows import (
    check_owned,
    open_row,
    save_account_row,
)
from app.storage.write_turn import writes


@dataclass(frozen=True, slots=True)
class NegotiationForm:
    contract_id: int | None = None  # the contract to renew
    meeting_on: date | None = None
    status: NegotiationStatus = NegotiationStatus.PREPARING
    goals: str = ""
    limits: str = ""
    concessions: str = ""  # what we can give
    asks: str = ""  # what we ask in return
    outcome: str = ""

    @classmethod
    def blank(
        cls, contract_id: int | None = None, meeting_on: date | None = None
    ) -> "NegotiationForm":
        return cls(contract_id=contract_id, meeting_on=meeting_on)


@dataclass(frozen=True, slots=True)
class NegotiationView:
    id: int
    version: int
    contract_id: int | None
    contract_number: str | None
    meeting_on: date | None
    status: NegotiationStatus
    goals: str
    limits: str
    concessions: str
    asks: str
    outcome: str


def list_negotiations(session: Session, account_id: int) -> list[NegotiationView]:
    """The account's negotiations: undated ones (in preparation) first, then the latest
    meeting first; one query."""
    rows = session.execute(
        select(
            Negotiation.id,
            Negotiation.version,
            Negotiation.contract_id,
            Contract.number,
            Negotiation.meeting_on,
            Negotiation.status,
            Negotiation.goals,
            Negotiation.limits,
            Negotiation.concessions,
            Negotiation.asks,
            Negotiation.outcome,
        )
        .outerjoin(Contract, Negotiation.contract_id == Contract.id)
        .where(Negotiation.account_id == account_id)
        .order_by(Negotiation.meeting_on.desc().nulls_first(), Negotiation.id.desc())
    )
    return [NegotiationView(*row) for row in rows]


def load_negotiation(session: Session, negotiation_id: int) -> tuple[NegotiationForm, int]:
    row = open_row(session, Negotiation, negotiation_id)
    form = NegotiationForm(
        contract_id=row.contract_id,
        meeting_on=row.meeting_on,
        status=row.status,
        goals=row.goals,
        limits=row.limits,
        concessions=row.concessions,
        asks=row.asks,
        outcome=row.outcome,
    )
    return form, row.version


def _validated(session: Session, form: NegotiationForm, account_id: int) -> dict[str, object]:
    checks = FieldChecks()
    values: dict[str, object] = {
        "contract_id": form.contract_id,
        "meeting_on": form.meeting_on,
        "status": checks.choice("status", form.status, NegotiationStatus),
        "goals": checks.text("goals", form.goals, Negotiation),
        "limits": checks.text("limits", form.limits, Negotiation),
        "concessions": checks.text("concessions", form.concessions, Negotiation),
        "asks": checks.text("asks", form.asks, Negotiation),
        "outcome": checks.text("outcome", form.outcome, Negotiation),
    }
    check_owned(session, checks, "contract_id", Contract, form.contract_id, account_id)
    checks.raise_if_any()
    return values


@writes
def save_negotiation(
    session: Session,
    form: NegotiationForm,
    *,
    account_id: int,
    record_id: int | None = None,
    expected_version: int | None = None,
) -> int:
    """Create or update a negotiation of ``account_id``; return its id (flushed, not
    committed). Raises ``FormInvalidError``, ``StaleRecordError``, ``NotFoundError``."""
    values = _validated(session, form, account_id)
    return save_account_row(
        session,
        Negotiation,
        values,
        account_id=account_id,
        record_id=record_id,
        expected_version=expected_version,
    )
