"""The technician-note form: round trip, optional value, follow-up date rule."""

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy.orm import Session

from app.model import NoteKind, NoteStatus
from app.money import Money
from app.records import (
    FormInvalidError,
    TechnicianNoteForm,
    list_technician_notes,
    load_technician_note,
    save_technician_note,
)
from tests.app.records.support import World, problems

FULL = TechnicianNoteForm(
    noted_on=date(2026, 10, 14),
    kind=NoteKind.OPPORTUNITY,
    title="Automatic measuring controller missing",
    author="T. Weber",
    text="Operators measure by hand; scrap rate 3 %.",
    machine_or_site="Line 2, press P-400",
    estimated_value=Decimal("22000.00"),
    currency="EUR",
    follow_up_on=date(2026, 11, 30),
    status=NoteStatus.TAKEN_OVER,
    read_by_seller=True,
)


def test_save_list_load_round_trip(session: Session, world: World) -> None:
    note_id = save_technician_note(session, FULL, account_id=world.account_id)
    plain = replace(FULL, title="Room too warm", estimated_value=None, noted_on=date(2026, 11, 2))
    save_technician_note(session, plain, account_id=world.account_id)
    session.commit()
    newest, older = list_technician_notes(session, world.account_id)
    assert newest.title == "Room too warm" and newest.estimated_value is None
    assert (older.id, older.version) == (note_id, 1)
    assert older.estimated_value == Money(Decimal("22000.00"), "EUR")
    assert (older.kind, older.status, older.read_by_seller) == (
        NoteKind.OPPORTUNITY,
        NoteStatus.TAKEN_OVER,
        True,
    )
    assert load_technician_note(session, note_id) == (FULL, 1)


def test_note_rules_all_at_once(scratch: Session, scratch_world: World) -> None:
    bad = replace(
        FULL,
        title="",
        follow_up_on=date(2026, 10, 1),
        estimated_value=Decimal("-5"),
        machine_or_site="m" * 201,
    )
    with pytest.raises(FormInvalidError) as refused:
        save_technician_note(scratch, bad, account_id=scratch_world.account_id)
    assert problems(refused) == {
        "follow_up_on": "Follow-up date: must not be before the note's date (2026-10-14)",
        "title": "Title: must not be blank",
        "machine_or_site": "Machine or site: at most 200 characters (201 entered)",
        "estimated_value": "Estimated value: must not be negative (-5)",
    }
