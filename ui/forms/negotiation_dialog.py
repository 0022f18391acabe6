"""New or edit a negotiation: the seller's position for a renewal talk (give and get)."""

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from app.domain.wording import Language
from app.model import NegotiationStatus
from app.records import NegotiationForm, load_negotiation, save_negotiation
from ui.change_broadcast import NEGOTIATIONS
from ui.forms.date_fields import DateField
from ui.forms.editor_data import EditorData, contract_choices
from ui.forms.form_dialog import FormContext, FormDialog
from ui.forms.form_messages import Problems
from ui.forms.input_fields import ChoiceCombo, enum_combo, notes_field

TEXT_LINES = 3


class NegotiationDialog(FormDialog):
    change_topics = frozenset({NEGOTIATIONS})

    @staticmethod
    def prepare(
        session: Session, *, account_id: int, record_id: int | None, today: date, language: Language
    ) -> EditorData:
        choices = {"contracts": contract_choices(session, account_id)}
        if record_id is None:
            first = choices["contracts"][0][1] if choices["contracts"] else None
            return EditorData(NegotiationForm.blank(contract_id=first), choices=choices)
        form, version = load_negotiation(session, record_id)
        return EditorData(form, record_id, version, choices)

    def __init__(self, context: FormContext, data: EditorData, parent: QWidget | None = None):
        super().__init__(context, record_id=data.record_id, version=data.version, parent=parent)
        editing = data.record_id is not None
        self.setWindowTitle(self.tr("Edit negotiation") if editing else self.tr("New negotiation"))
        self.contract = ChoiceCombo(data.choices["contracts"], none_label=self.tr("No contract"))
        self.meeting_on = DateField(context.language, context.today, optional=True)
        self.status = enum_combo(NegotiationStatus)
        self.goals = notes_field(self.tr("What we want from this talk"), TEXT_LINES)
        self.limits = notes_field(self.tr("Where we stop"), TEXT_LINES)
        self.concessions = notes_field(self.tr("What we could give, with its value"), TEXT_LINES)
        self.asks = notes_field(self.tr("What we ask in return"), TEXT_LINES)
        self.outcome = notes_field(self.tr("Filled in after the meeting"), TEXT_LINES)
        self.add_field("contract_id", self.tr("Co&ntract to renew"), self.contract)
        self.add_field("meeting_on", self.tr("&Meeting on"), self.meeting_on)
        self.add_field("status", self.tr("&Status"), self.status)
        self.add_field("goals", self.tr("&Goals"), self.goals)
        self.add_field("limits", self.tr("&Limits"), self.limits)
        self.add_field("concessions", self.tr("We can &offer"), self.concessions)
        self.add_field("asks", self.tr("We &ask in return"), self.asks)
        self.add_field("outcome", self.tr("O&utcome"), self.outcome)
        self.finish(data.form)

    def fill(self, form: NegotiationForm) -> None:
        self.contract.set_value(form.contract_id)
        self.meeting_on.set_value(form.meeting_on)
        self.status.set_value(form.status)
        self.goals.setPlainText(form.goals)
        self.limits.setPlainText(form.limits)
        self.concessions.setPlainText(form.concessions)
        self.asks.setPlainText(form.asks)
        self.outcome.setPlainText(form.outcome)

    def collect(self, problems: Problems) -> NegotiationForm:
        return NegotiationForm(
            contract_id=self.contract.value(),
            meeting_on=self.meeting_on.value(),
            status=self.status.value(),
            goals=self.goals.toPlainText(),
            limits=self.limits.toPlainText(),
            concessions=self.concessions.toPlainText(),
            asks=self.asks.toPlainText(),
            outcome=self.outcome.toPlainText(),
        )

    def save_job(self, form: NegotiationForm) -> Callable[[Session], int]:
        account_id, record_id, version = self.context.account_id, self.record_id, self.version
        assert account_id is not None
        return lambda session: save_negotiation(
            session, form, account_id=account_id, record_id=record_id, expected_version=version
        )

    def load_job(self) -> Callable[[Session], tuple[Any, int]]:
        record_id = self.record_id
        assert record_id is not None
        return lambda session: load_negotiation(session, record_id)
