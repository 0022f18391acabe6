"""The touchpoint form: every meeting, call, visit or email with the customer."""

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.model import Touchpoint, TouchpointKind
from app.records.checks import FieldChecks
from app.records.rows import (
    open_row,
    save_account_row,
)
from app.storage.write_turn import writes


@dataclass(frozen=True, slots=True)
class TouchpointForm:
    happened_on: date
    kind: TouchpointKind
    participants: str = ""
    summary: str = ""
    by_whom: str = ""

    @classmethod
    def blank(
        cls, happened_on: date, kind: TouchpointKind = TouchpointKind.CALL, by_whom: str = ""
    ) -> "TouchpointForm":
        return cls(happened_on=happened_on, kind=kind, by_whom=by_whom)


@dataclass(frozen=True, slots=True)
class TouchpointView:
    id: int
    version: int
    happened_on: date
    kind: TouchpointKind
    participants: str
    summary: str
    by_whom: str


def list_touchpoints(session: Session, account_id: int) -> list[TouchpointView]:
    """The account's touchpoints, newest first; one query."""
    rows = session.execute(
        select(
            Touchpoint.id,
            Touchpoint.version,
            Touchpoint.happened_on,
            Touchpoint.kind,
            Touchpoint.participants,
            Touchpoint.summary,
            Touchpoint.by_whom,
        )
        .where(Touchpoint.account_id == account_id)
        .order_by(Touchpoint.happened_on.desc(), Touchpoint.id.desc())
    )
    return [TouchpointView(*row) for row in rows]


def load_touchpoint(session: Session, touchpoint_id: int) -> tuple[TouchpointForm, int]:
    row = open_row(session, Touchpoint, touchpoint_id)
    form = TouchpointForm(
        happened_on=row.happened_on,
        kind=row.kind,
        participants=row.participants,
        summary=row.summary,
        by_whom=row.by_whom,
    )
    return form, row.version


def _validated(form: TouchpointForm) -> dict[str, object]:
    checks = FieldChecks()
    values: dict[str, object] = {
        "happened_on": checks.day("happened_on", form.happened_on),
        "kind": checks.choice("kind", form.kind, TouchpointKind),
        "participants": checks.text("participants", form.participants, Touchpoint),
        "summary": checks.text("summary", form.summary, Touchpoint),
        "by_whom": checks.text("by_whom", form.by_whom, Touchpoint),
    }
    checks.raise_if_any()
    return values


@writes
def save_touchpoint(
    session: Session,
    form: TouchpointForm,
    *,
    account_id: int,
    record_id: int | None = None,
    expected_version: int | None = None,
) -> int:
    """Create or update a touchpoint of ``account_id``; return its id (flushed, not
    committed). Raises ``FormInvalidError``, ``StaleRecordError``, ``NotFoundError``."""
    values = _validated(form)
    return save_account_row(
        session,
        Touchpoint,
        values,
        account_id=account_id,
        record_id=record_id,
        expected_version=expected_version,
    )
