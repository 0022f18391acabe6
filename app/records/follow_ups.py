"""The follow-up form: something the seller must do by a date (manual or from the cadence)."""

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import and_, case, select
from sqlalchemy.orm import Session

from app.model import FollowUp, FollowUpKind, utcnow
from app.records.checks import FieldChecks
from app.records.rows import assign, open_row, require_account, row_for_update, saving
from app.storage.write_turn import writes


@dataclass(frozen=True, slots=True)
class FollowUpForm:
    due_on: date
    title: str
    kind: FollowUpKind = FollowUpKind.MANUAL
    notes: str = ""
    done: bool = False  # ticking it stamps the moment; unticking clears it
    dismissed: bool = False

    @classmethod
    def blank(cls, due_on: date) -> "FollowUpForm":
        return cls(due_on=due_on, title="")


@dataclass(frozen=True, slots=True)
class FollowUpView:
    id: int
    version: int
    due_on: date
    kind: FollowUpKind
    title: str
    notes: str
    done_at: datetime | None
    dismissed_at: datetime | None
    origin_key: str | None  # set when the cadence created it ("contract:12:day30")

    @property
    def open(self) -> bool:
        return self.done_at is None and self.dismissed_at is None


def list_follow_ups(session: Session, account_id: int) -> list[FollowUpView]:
    """The account's follow-ups: open ones by due date first, then closed ones, latest
    due first; one query."""
    is_open = and_(FollowUp.done_at.is_(None), FollowUp.dismissed_at.is_(None))
    rows = session.execute(
        select(
            FollowUp.id,
            FollowUp.version,
            FollowUp.due_on,
            FollowUp.kind,
            FollowUp.title,
            FollowUp.notes,
            FollowUp.done_at,
            FollowUp.dismissed_at,
            FollowUp.origin_key,
        )
        .where(FollowUp.account_id == account_id)
        .order_by(
            case((is_open, 0), else_=1),
            case((is_open, FollowUp.due_on), else_=None),
            FollowUp.due_on.desc(),
            FollowUp.id,
        )
    )
    return [FollowUpView(*row) for row in rows]


def load_follow_up(session: Session, follow_up_id: int) -> tuple[FollowUpForm, int]:
    row = open_row(session, FollowUp, follow_up_id)
    form = FollowUpForm(
        due_on=row.due_on,
        title=row.title,
        kind=row.kind,
        notes=row.notes,
        done=row.done_at is not None,
        dismissed=row.dismissed_at is not None,
    )
    return form, row.version


def _validated(form: FollowUpForm) -> dict[str, object]:
    checks = FieldChecks()
    values: dict[str, object] = {
        "due_on": checks.day("due_on", form.due_on),
        "title": checks.text("title", form.title, FollowUp, required=True),
        "kind": checks.choice("kind", form.kind, FollowUpKind),
        "notes": checks.text("notes", form.notes, FollowUp),
    }
    checks.raise_if_any()
    return values


def _stamp(current: datetime | None, ticked: bool, now: datetime) -> datetime | None:
    """Keep the first moment a box was ticked; clear it when unticked."""
    if not ticked:
        return None
    return current or now


@writes
def save_follow_up(
    session: Session,
    form: FollowUpForm,
    *,
    account_id: int,
    record_id: int | None = None,
    expected_version: int | None = None,
    now: datetime | None = None,
) -> int:
    """Create or update a follow-up of ``account_id``; return its id (flushed, not
    committed). ``done``/``dismissed`` are stamped with ``now`` (default: the current
    moment) when first ticked. The origin of a generated follow-up is kept.

    Raises ``FormInvalidError``, ``StaleRecordError``, ``NotFoundError``."""
    values = _validated(form)
    now = now or utcnow()
    with saving(session) as saved:
        if record_id is None:
            require_account(session, account_id)
            row = FollowUp(account_id=account_id, **values)
            session.add(row)
        else:
            row = row_for_update(
                session,
                FollowUp,
                record_id,
                account_id=account_id,
                expected_version=expected_version,
            )
            assign(row, values)
        done_at = row.done_at if record_id is not None else None
        dismissed_at = row.dismissed_at if record_id is not None else None
        assign(
            row,
            {
                "done_at": _stamp(done_at, form.done, now),
                "dismissed_at": _stamp(dismissed_at, form.dismissed, now),
            },
        )
        saved.row = row
    return saved.record_id
