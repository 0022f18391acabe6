"""New or edit a follow-up: something to do for the account by a date."""

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtWidgets import QCheckBox, QWidget
from sqlalchemy.orm import Session

from app.domain.wording import Language
from app.model import FollowUpKind
from app.records import FollowUpForm, load_follow_up, save_follow_up
from ui.change_broadcast import FOLLOW_UPS
from ui.forms.date_fields import DateField
from ui.forms.editor_data import EditorData
from ui.forms.form_dialog import FormContext, FormDialog
from ui.forms.form_messages import Problems
from ui.forms.input_fields import enum_combo, notes_field, text_field


class FollowUpDialog(FormDialog):
    change_topics = frozenset({FOLLOW_UPS})

    @staticmethod
    def prepare(
        session: Session, *, account_id: int, record_id: int | None, today: date, language: Language
    ) -> EditorData:
        if record_id is None:
            return EditorData(FollowUpForm.blank(today))
        form, version = load_follow_up(session, record_id)
        return EditorData(form, record_id, version)

    def __init__(self, context: FormContext, data: EditorData, parent: QWidget | None = None):
        super().__init__(context, record_id=data.record_id, version=data.version, parent=parent)
        editing = data.record_id is not None
        self.setWindowTitle(self.tr("Edit follow-up") if editing else self.tr("New follow-up"))
        self.due_on = DateField(context.language, context.today)
        self.title = text_field(self.tr("What to do, e.g. Call about the budget"))
        self.kind = enum_combo(FollowUpKind)
        self.notes = notes_field()
        self.done = QCheckBox(self.tr("Don&e"))
        self.dismissed = QCheckBox(self.tr("Dis&missed (no longer needed)"))
        self.add_field("due_on", self.tr("&Due on"), self.due_on)
        self.add_field("title", self.tr("&Title"), self.title)
        self.add_field("kind", self.tr("&Kind"), self.kind)
        self.add_field("notes", self.tr("&Notes"), self.notes)
        self.add_field("done", "", self.done)
        self.add_field("dismissed", "", self.dismissed)
        self.finish(data.form)

    def fill(self, form: FollowUpForm) -> None:
        self.due_on.set_value(form.due_on)
        self.title.setText(form.title)
        self.kind.set_value(form.kind)
        self.notes.setPlainText(form.notes)
        self.done.setChecked(form.done)
        self.dismissed.setChecked(form.dismissed)

    def collect(self, problems: Problems) -> FollowUpForm:
        return FollowUpForm(
            due_on=self.due_on.value() or self.context.today,
            title=self.title.text(),
            kind=self.kind.value(),
            notes=self.notes.toPlainText(),
            done=self.done.isChecked(),
            dismissed=self.dismissed.isChecked(),
        )

    def save_job(self, form: FollowUpForm) -> Callable[[Session], int]:
        account_id, record_id, version = self.context.account_id, self.record_id, self.version
        assert account_id is not None
        return lambda session: save_follow_up(
            session, form, account_id=account_id, record_id=record_id, expected_version=version
        )

    def load_job(self) -> Callable[[Session], tuple[Any, int]]:
        record_id = self.record_id
        assert record_id is not None
        return lambda session: load_follow_up(session, record_id)
