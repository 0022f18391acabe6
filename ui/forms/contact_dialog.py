"""New or edit a contact: who sits at the table, in which department, and where they stand."""

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from app.domain.wording import Language
from app.model import DecisionRole, Department, Stance
from app.records import ContactForm, load_contact, save_contact
from ui.change_broadcast import CONTACTS
from ui.forms.editor_data import EditorData
from ui.forms.form_dialog import FormContext, FormDialog
from ui.forms.form_messages import Problems
from ui.forms.input_fields import enum_combo, notes_field, text_field


class ContactDialog(FormDialog):
    change_topics = frozenset({CONTACTS})

    @staticmethod
    def prepare(
        session: Session, *, account_id: int, record_id: int | None, today: date, language: Language
    ) -> EditorData:
        if record_id is None:
            return EditorData(ContactForm.blank())
        form, version = load_contact(session, record_id)
        return EditorData(form, record_id, version)

    def __init__(self, context: FormContext, data: EditorData, parent: QWidget | None = None):
        super().__init__(context, record_id=data.record_id, version=data.version, parent=parent)
        editing = data.record_id is not None
        self.setWindowTitle(self.tr("Edit contact") if editing else self.tr("New contact"))
        self.name = text_field()
        self.job_title = text_field(self.tr("e.g. Head of maintenance"))
        self.department = enum_combo(Department)
        self.decision_role = enum_combo(DecisionRole)
        self.stance = enum_combo(Stance)
        self.phone = text_field()
        self.email = text_field(self.tr("name@example.com"))
        self.notes = notes_field()
        self.add_field("name", self.tr("&Name"), self.name)
        self.add_field("job_title", self.tr("&Job title"), self.job_title)
        self.add_field("department", self.tr("&Department"), self.department)
        self.add_field("decision_role", self.tr("Decision r&ole"), self.decision_role)
        self.add_field("stance", self.tr("&Stance"), self.stance)
        self.add_field("phone", self.tr("P&hone"), self.phone)
        self.add_field("email", self.tr("&Email"), self.email)
        self.add_field("notes", self.tr("No&tes"), self.notes)
        self.finish(data.form)

    def fill(self, form: ContactForm) -> None:
        self.name.setText(form.name)
        self.job_title.setText(form.job_title)
        self.department.set_value(form.department)
        self.decision_role.set_value(form.decision_role)
        self.stance.set_value(form.stance)
        self.phone.setText(form.phone)
        self.email.setText(form.email)
        self.notes.setPlainText(form.notes)

    def collect(self, problems: Problems) -> ContactForm:
        return ContactForm(
            name=self.name.text(),
            job_title=self.job_title.text(),
            department=self.department.value(),
            decision_role=self.decision_role.value(),
            stance=self.stance.value(),
            phone=self.phone.text(),
            email=self.email.text(),
            notes=self.notes.toPlainText(),
        )

    def save_job(self, form: ContactForm) -> Callable[[Session], int]:
        account_id, record_id, version = self.context.account_id, self.record_id, self.version
        assert account_id is not None
        today = self.context.today  # a stance change is dated the day the window works in
        return lambda session: save_contact(
            session,
            form,
            account_id=account_id,
            record_id=record_id,
            expected_version=version,
            today=today,
        )

    def load_job(self) -> Callable[[Session], tuple[Any, int]]:
        record_id = self.record_id
        assert record_id is not None
        return lambda session: load_contact(session, record_id)
