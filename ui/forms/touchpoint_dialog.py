"""New or edit a touchpoint: a meeting, call, visit or email with the customer."""

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from app.domain.wording import Language
from app.model import TouchpointKind
from app.records import TouchpointForm, load_touchpoint, save_touchpoint
from ui.change_broadcast import TOUCHPOINTS
from ui.forms.date_fields import DateField
from ui.forms.editor_data import EditorData
from ui.forms.form_dialog import FormContext, FormDialog
from ui.forms.form_messages import Problems
from ui.forms.input_fields import enum_combo, notes_field, text_field


class TouchpointDialog(FormDialog):
    change_topics = frozenset({TOUCHPOINTS})

    @staticmethod
    def prepare(
        session: Session, *, account_id: int, record_id: int | None, today: date, language: Language
    ) -> EditorData:
        if record_id is None:
            return EditorData(TouchpointForm.blank(today))
        form, version = load_touchpoint(session, record_id)
        return EditorData(form, record_id, version)

    def __init__(self, context: FormContext, data: EditorData, parent: QWidget | None = None):
        super().__init__(context, record_id=data.record_id, version=data.version, parent=parent)
        editing = data.record_id is not None
        self.setWindowTitle(self.tr("Edit touchpoint") if editing else self.tr("New touchpoint"))
        self.happened_on = DateField(context.language, context.today)
        self.kind = enum_combo(TouchpointKind)
        self.by_whom = text_field(self.tr("Who of us was in touch"))
        self.participants = text_field(self.tr("Who took part on the customer's side"))
        self.summary = notes_field(self.tr("What was said or agreed"))
        self.add_field("happened_on", self.tr("&Date"), self.happened_on)
        self.add_field("kind", self.tr("&Kind"), self.kind)
        self.add_field("by_whom", self.tr("&By whom"), self.by_whom)
        self.add_field("participants", self.tr("&Participants"), self.participants)
        self.add_field("summary", self.tr("S&ummary"), self.summary)
        self.finish(data.form)

    def fill(self, form: TouchpointForm) -> None:
        self.happened_on.set_value(form.happened_on)
        self.kind.set_value(form.kind)
        self.by_whom.setText(form.by_whom)
        self.participants.setText(form.participants)
        self.summary.setPlainText(form.summary)

    def collect(self, problems: Problems) -> TouchpointForm:
        return TouchpointForm(
            happened_on=self.happened_on.value() or self.context.today,
            kind=self.kind.value(),
            participants=self.participants.text(),
            summary=self.summary.toPlainText(),
            by_whom=self.by_whom.text(),
        )

    def save_job(self, form: TouchpointForm) -> Callable[[Session], int]:
        account_id, record_id, version = self.context.account_id, self.record_id, self.version
        assert account_id is not None
        return lambda session: save_touchpoint(
            session, form, account_id=account_id, record_id=record_id, expected_version=version
        )

    def load_job(self) -> Callable[[Session], tuple[Any, int]]:
        record_id = self.record_id
        assert record_id is not None
        return lambda session: load_touchpoint(session, record_id)
