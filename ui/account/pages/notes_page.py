"""Technician notes: what service saw at the customer. Unread ones are bold; "Mark read"
and "Take over to sales" act on the chosen note without opening it."""

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QPushButton
from sqlalchemy.orm import Session

from app.formatting import day, money
from app.model import NoteKind, NoteStatus
from app.records import (
    RecordKind,
    TechnicianNoteForm,
    TechnicianNoteView,
    list_technician_notes,
    load_technician_note,
    save_technician_note,
)
from ui.account.record_model import Column, RecordTableModel
from ui.account.record_page import RecordPage
from ui.account.workspace_pages import WorkspacePage
from ui.change_broadcast import NOTES
from ui.choice_labels import choice_label
from ui.counts import counted
from ui.forms.technician_note_dialog import TechnicianNoteDialog
from ui.keyed_buttons import keyed_button
from ui.record_colours import BAD_TEXT, GOOD_TEXT, muted_text
from ui.shortcuts import Command

NONE = "—"
KIND_COLOURS = {
    NoteKind.RISK: BAD_TEXT,
    NoteKind.COMPLAINT: BAD_TEXT,
    NoteKind.OPPORTUNITY: GOOD_TEXT,
}


def update_note(
    note_id: int, account_id: int, version: int, change: Callable[[TechnicianNoteForm], Any]
) -> Callable[[Session], int]:
    """A job that applies ``change`` to the stored note, refused if someone saved it since."""

    def job(session: Session) -> int:
        form, _stored_version = load_technician_note(session, note_id)
        return save_technician_note(
            session,
            change(form),
            account_id=account_id,
            record_id=note_id,
            expected_version=version,
        )

    return job


class NotesPage(RecordPage):
    page = WorkspacePage.NOTES
    kind = RecordKind.TECHNICIAN_NOTE
    dialog = TechnicianNoteDialog
    topics = frozenset({NOTES})
    change_topics = frozenset({NOTES})

    def build_model(self) -> RecordTableModel:
        language = self.context.language
        return RecordTableModel(
            [
                Column(self.tr("Date"), lambda v: day(v.noted_on, language), 12),
                Column(
                    self.tr("Kind"),
                    lambda v: choice_label(v.kind),
                    12,
                    colour=lambda v: KIND_COLOURS.get(v.kind),
                ),
                Column(self.tr("Title"), lambda v: v.title, None),
                Column(self.tr("Machine or site"), lambda v: v.machine_or_site, 20),
                Column(self.tr("Estimated value"), self._value, 14, right=True),
                Column(self.tr("Follow up"), self._follow_up, 12),
                Column(self.tr("Status"), self._status, 18, colour=self._status_colour),
                Column(self.tr("Author"), lambda v: v.author, 17),
            ],
            bold=lambda v: not v.read_by_seller,
            parent=self,
        )

    def extra_buttons(self) -> list[QPushButton]:
        read = self.tr("Mark &read")
        self.mark_read_button = keyed_button(self, read, Command.MARK_READ, self.mark_read)
        self.take_over_button = QPushButton(self.tr("&Take over to sales"))
        self.take_over_button.setToolTip(self.tr("Sales follows it up from now on"))
        self.take_over_button.clicked.connect(self.take_over)
        return [self.mark_read_button, self.take_over_button]

    def selection_changed(self) -> None:
        note: TechnicianNoteView | None = self.current_record()
        self.mark_read_button.setEnabled(note is not None and not note.read_by_seller)
        self.take_over_button.setEnabled(note is not None and note.status is NoteStatus.OPEN)

    def _value(self, view: TechnicianNoteView) -> str:
        value = view.estimated_value
        return money(value, self.context.language, cents=False) if value is not None else ""

    def _follow_up(self, view: TechnicianNoteView) -> str:
        return day(view.follow_up_on, self.context.language) if view.follow_up_on else ""

    def _status(self, view: TechnicianNoteView) -> str:
        status = choice_label(view.status)
        return status if view.read_by_seller else self.tr("{status} · unread").format(status=status)

    @staticmethod
    def _status_colour(view: TechnicianNoteView) -> QColor | None:
        return muted_text() if view.status is NoteStatus.DONE else None

    # -- actions -----------------------------------------------------------------------------
    def mark_read(self) -> None:
        note: TechnicianNoteView | None = self.current_record()
        if note is not None and not note.read_by_seller:
            self._change(
                note, lambda form: replace(form, read_by_seller=True), self.tr("Marked read.")
            )

    def take_over(self) -> None:
        note: TechnicianNoteView | None = self.current_record()
        if note is not None and note.status is NoteStatus.OPEN:
            self._change(
                note,
                lambda form: replace(form, status=NoteStatus.TAKEN_OVER, read_by_seller=True),
                self.tr("Taken over to sales: “{title}”.").format(title=note.title),
            )

    def _change(
        self,
        note: TechnicianNoteView,
        change: Callable[[TechnicianNoteForm], TechnicianNoteForm],
        done: str,
    ) -> None:
        assert self.account_id is not None
        self.context.worker.change(
            update_note(note.id, self.account_id, note.version, change),
            self.change_topics,
            lambda _id: self.status_message.emit(done),
            account_id=self.account_id,
            on_error=self.deletion.show_problem,
        )

    # -- words -------------------------------------------------------------------------------
    def load(self, session: Session, account_id: int) -> list[TechnicianNoteView]:
        return list_technician_notes(session, account_id)

    def add_text(self) -> str:
        return self.tr("&Add note…")

    def empty_texts(self) -> tuple[str, str]:
        return (
            self.tr("No technician notes yet"),
            self.tr("What service sees at the customer (risks, needs, complaints) goes here."),
        )

    def summary_text(self) -> str:
        rows: list[TechnicianNoteView] = self.model.rows()
        if not rows:
            return ""
        unread = sum(1 for view in rows if not view.read_by_seller)
        still_open = sum(1 for view in rows if view.status is NoteStatus.OPEN)
        notes = counted(len(rows), self.tr("1 note"), self.tr("{count} notes"))
        return self.tr("{notes} · {unread} unread · {open} open").format(
            notes=notes, unread=unread, open=still_open
        )

    def describe(self, view: Any) -> str:
        return self.tr("the note “{title}”").format(title=view.title)
