"""New or edit a technician note: a risk, need, complaint or praise seen at the customer."""

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtWidgets import QCheckBox, QWidget
from sqlalchemy.orm import Session

from app.domain.wording import Language
from app.model import NoteKind, NoteStatus
from app.records import TechnicianNoteForm, load_technician_note, save_technician_note
from ui.change_broadcast import NOTES
from ui.forms.date_fields import DateField
from ui.forms.editor_data import EditorData, account_currency
from ui.forms.form_dialog import FormContext, FormDialog
from ui.forms.form_messages import Problems
from ui.forms.input_fields import AmountField, enum_combo, notes_field, text_field


class TechnicianNoteDialog(FormDialog):
    change_topics = frozenset({NOTES})

    @staticmethod
    def prepare(
        session: Session, *, account_id: int, record_id: int | None, today: date, language: Language
    ) -> EditorData:
        if record_id is None:
            currency = account_currency(session, account_id)
            return EditorData(TechnicianNoteForm.blank(today, currency=currency))
        form, version = load_technician_note(session, record_id)
        return EditorData(form, record_id, version)

    def __init__(self, context: FormContext, data: EditorData, parent: QWidget | None = None):
        super().__init__(context, record_id=data.record_id, version=data.version, parent=parent)
        editing = data.record_id is not None
        self.setWindowTitle(
            self.tr("Edit technician note") if editing else self.tr("New technician note")
        )
        language, today = context.language, context.today
        self._currency = data.form.currency
        self.noted_on = DateField(language, today)
        self.kind = enum_combo(NoteKind)
        self.title = text_field(self.tr("e.g. Measuring room runs above 20 °C"))
        self.author = text_field(self.tr("Technician's name"))
        self.text = notes_field(self.tr("What was seen, and what it may lead to"))
        self.machine_or_site = text_field()
        self.estimated_value = AmountField(language, currency=self._currency)
        self.estimated_value.edit.setPlaceholderText(self.tr("for opportunities"))
        self.follow_up_on = DateField(language, today, optional=True)
        self.status = enum_combo(NoteStatus)
        self.read_by_seller = QCheckBox(self.tr("Read by the se&ller"))
        self.add_field("noted_on", self.tr("&Date"), self.noted_on)
        self.add_field("kind", self.tr("&Kind"), self.kind)
        self.add_field("title", self.tr("T&itle"), self.title)
        self.add_field("author", self.tr("&Author"), self.author)
        self.add_field("text", self.tr("&Text"), self.text)
        self.add_field("machine_or_site", self.tr("&Machine or site"), self.machine_or_site)
        self.add_field(
            "estimated_value",
            self.tr("&Estimated value"),
            self.estimated_value,
            also=("currency",),
        )
        self.add_field("follow_up_on", self.tr("&Follow up on"), self.follow_up_on)
        self.add_field("status", self.tr("&Status"), self.status)
        self.add_field("read_by_seller", "", self.read_by_seller)
        self.finish(data.form)

    def fill(self, form: TechnicianNoteForm) -> None:
        self.noted_on.set_value(form.noted_on)
        self.kind.set_value(form.kind)
        self.title.setText(form.title)
        self.author.setText(form.author)
        self.text.setPlainText(form.text)
        self.machine_or_site.setText(form.machine_or_site)
        self.estimated_value.set_amount(form.estimated_value)
        self.follow_up_on.set_value(form.follow_up_on)
        self.status.set_value(form.status)
        self.read_by_seller.setChecked(form.read_by_seller)

    def collect(self, problems: Problems) -> TechnicianNoteForm:
        return TechnicianNoteForm(
            noted_on=self.noted_on.value() or self.context.today,
            kind=self.kind.value(),
            title=self.title.text(),
            author=self.author.text(),
            text=self.text.toPlainText(),
            machine_or_site=self.machine_or_site.text(),
            estimated_value=problems.amount("estimated_value", self.estimated_value),
            currency=self._currency,
            follow_up_on=self.follow_up_on.value(),
            status=self.status.value(),
            read_by_seller=self.read_by_seller.isChecked(),
        )

    def save_job(self, form: TechnicianNoteForm) -> Callable[[Session], int]:
        account_id, record_id, version = self.context.account_id, self.record_id, self.version
        assert account_id is not None
        return lambda session: save_technician_note(
            session, form, account_id=account_id, record_id=record_id, expected_version=version
        )

    def load_job(self) -> Callable[[Session], tuple[Any, int]]:
        record_id = self.record_id
        assert record_id is not None
        return lambda session: load_technician_note(session, record_id)
