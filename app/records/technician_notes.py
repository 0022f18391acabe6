"""The technician-note form: risks, needs, complaints and praise seen at the customer."""

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.model import NoteKind, NoteStatus, TechnicianNote
from app.money import DEFAULT_CURRENCY, Money, from_minor
from app.records.checks import FieldChecks
from app.records.rows import (
    open_row,
    save_account_row,
)
from app.storage.write_turn import writes


@dataclass(frozen=True, slots=True)
class TechnicianNoteForm:
    noted_on: date
    kind: NoteKind
    title: str
    author: str = ""
    text: str = ""
    machine_or_site: str = ""
    estimated_value: Decimal | None = None  # what an opportunity could be worth
    currency: str = DEFAULT_CURRENCY
    follow_up_on: date | None = None
    status: NoteStatus = NoteStatus.OPEN
    read_by_seller: bool = False

    @classmethod
    def blank(
        cls, noted_on: date, kind: NoteKind = NoteKind.OBSERVATION, currency: str = "EUR"
    ) -> "TechnicianNoteForm":
        return cls(noted_on=noted_on, kind=kind, title="", currency=currency)


@dataclass(frozen=True, slots=True)
class TechnicianNoteView:
    id: int
    version: int
    noted_on: date
    author: str
    kind: NoteKind
    title: str
    machine_or_site: str
    estimated_value: Money | None
    follow_up_on: date | None
    status: NoteStatus
    read_by_seller: bool


def list_technician_notes(session: Session, account_id: int) -> list[TechnicianNoteView]:
    """The account's technician notes, newest first; one query."""
    rows = session.execute(
        select(
            TechnicianNote.id,
            TechnicianNote.version,
            TechnicianNote.noted_on,
            TechnicianNote.author,
            TechnicianNote.kind,
            TechnicianNote.title,
            TechnicianNote.machine_or_site,
            TechnicianNote.estimated_value_minor,
            TechnicianNote.currency,
            TechnicianNote.follow_up_on,
            TechnicianNote.status,
            TechnicianNote.read_by_seller,
        )
        .where(TechnicianNote.account_id == account_id)
        .order_by(TechnicianNote.noted_on.desc(), TechnicianNote.id.desc())
    )
    return [
        TechnicianNoteView(
            id=row.id,
            version=row.version,
            noted_on=row.noted_on,
            author=row.author,
            kind=row.kind,
            title=row.title,
            machine_or_site=row.machine_or_site,
            estimated_value=(
                None
                if row.estimated_value_minor is None
                else Money.from_minor(row.estimated_value_minor, row.currency)
            ),
            follow_up_on=row.follow_up_on,
            status=row.status,
            read_by_seller=bool(row.read_by_seller),
        )
        for row in rows
    ]


def load_technician_note(session: Session, note_id: int) -> tuple[TechnicianNoteForm, int]:
    row = open_row(session, TechnicianNote, note_id)
    value = row.estimated_value_minor
    form = TechnicianNoteForm(
        noted_on=row.noted_on,
        kind=row.kind,
        title=row.title,
        author=row.author,
        text=row.text,
        machine_or_site=row.machine_or_site,
        estimated_value=None if value is None else from_minor(value, row.currency),
        currency=row.currency,
        follow_up_on=row.follow_up_on,
        status=row.status,
        read_by_seller=row.read_by_seller,
    )
    return form, row.version


def _validated(form: TechnicianNoteForm) -> dict[str, object]:
    checks = FieldChecks()
    noted_on = checks.day("noted_on", form.noted_on)
    currency = checks.currency("currency", form.currency)
    if noted_on is not None and form.follow_up_on is not None and form.follow_up_on < noted_on:
        checks.fail("follow_up_on", f"must not be before the note's date ({noted_on:%Y-%m-%d})")
    values: dict[str, object] = {
        "noted_on": noted_on,
        "kind": checks.choice("kind", form.kind, NoteKind),
        "title": checks.text("title", form.title, TechnicianNote, required=True),
        "author": checks.text("author", form.author, TechnicianNote),
        "text": checks.text("text", form.text, TechnicianNote),
        "machine_or_site": checks.text("machine_or_site", form.machine_or_site, TechnicianNote),
        "estimated_value_minor": checks.money(
            "estimated_value", form.estimated_value, currency, required=False
        ),
        "currency": currency,
        "follow_up_on": form.follow_up_on,
        "status": checks.choice("status", form.status, NoteStatus),
        "read_by_seller": bool(form.read_by_seller),
    }
    checks.raise_if_any()
    return values


@writes
def save_technician_note(
    session: Session,
    form: TechnicianNoteForm,
    *,
    account_id: int,
    record_id: int | None = None,
    expected_version: int | None = None,
) -> int:
    """Create or update a technician note of ``account_id``; return its id (flushed, not
    committed). Raises ``FormInvalidError``, ``StaleRecordError``, ``NotFoundError``."""
    values = _validated(form)
    return save_account_row(
        session,
        TechnicianNote,
        values,
        account_id=account_id,
        record_id=record_id,
        expected_version=expected_version,
    )
