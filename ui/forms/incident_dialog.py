"""New or edit an incident: what happened, when it was reported, answered and solved.

Whether the SLA was met is never typed: the incidents page works it out from these
moments and the promised response time (taken from the package when left empty)."""

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from app.domain.wording import Language
from app.model import IncidentKind, PaidBy
from app.records import IncidentForm, load_incident, save_incident
from ui.change_broadcast import INCIDENTS
from ui.forms.date_fields import MomentField
from ui.forms.editor_data import EditorData, contract_choices
from ui.forms.form_dialog import FormContext, FormDialog
from ui.forms.form_messages import Problems
from ui.forms.input_fields import AmountField, ChoiceCombo, enum_combo, notes_field

# Stands in until the dialog puts in its own default (today, 08:00 local time).
_PLACEHOLDER_MOMENT = datetime(2000, 1, 1, tzinfo=UTC)


HOURS_WIDTH = 10


class IncidentDialog(FormDialog):
    change_topics = frozenset({INCIDENTS})

    @staticmethod
    def prepare(
        session: Session, *, account_id: int, record_id: int | None, today: date, language: Language
    ) -> EditorData:
        choices = {"contracts": contract_choices(session, account_id)}
        if record_id is None:
            return EditorData(IncidentForm.blank(_PLACEHOLDER_MOMENT), choices=choices)
        form, version = load_incident(session, record_id)
        return EditorData(form, record_id, version, choices)

    def __init__(self, context: FormContext, data: EditorData, parent: QWidget | None = None):
        super().__init__(context, record_id=data.record_id, version=data.version, parent=parent)
        editing = data.record_id is not None
        self.setWindowTitle(self.tr("Edit incident") if editing else self.tr("New incident"))
        language, today = context.language, context.today
        self.kind = enum_combo(IncidentKind)
        self.reported_at = MomentField(language, today)
        self.responded_at = MomentField(language, today, optional=True)
        self.resolved_at = MomentField(language, today, optional=True)
        self.promised = AmountField(language, self.tr("h"), width=HOURS_WIDTH)
        self.promised.edit.setPlaceholderText(self.tr("from the package"))
        self.downtime = AmountField(language, self.tr("h"), width=HOURS_WIDTH)
        self.contract = ChoiceCombo(data.choices["contracts"], none_label=self.tr("No contract"))
        self.paid_by = enum_combo(PaidBy)
        self.description = notes_field(self.tr("What happened, and what it cost the customer"))
        self.add_field("kind", self.tr("&Kind"), self.kind)
        self.add_field("reported_at", self.tr("Re&ported at"), self.reported_at)
        self.add_field("responded_at", self.tr("R&esponded at"), self.responded_at)
        self.add_field("resolved_at", self.tr("Res&olved at"), self.resolved_at)
        self.add_field("promised_response_hours", self.tr("Promised response &time"), self.promised)
        self.add_field("downtime_hours", self.tr("&Downtime"), self.downtime)
        self.add_field("contract_id", self.tr("Co&ntract"), self.contract)
        self.add_field("paid_by", self.tr("Paid &by"), self.paid_by)
        self.add_field("description", self.tr("De&scription"), self.description)
        form = data.form
        if not editing:
            form = replace(form, reported_at=self.reported_at.value())
        self.finish(form)

    def fill(self, form: IncidentForm) -> None:
        self.kind.set_value(form.kind)
        self.reported_at.set_value(form.reported_at)
        self.responded_at.set_value(form.responded_at)
        self.resolved_at.set_value(form.resolved_at)
        self.promised.set_amount(form.promised_response_hours)
        self.downtime.set_amount(form.downtime_hours if form.downtime_hours else None)
        self.contract.set_value(form.contract_id)
        self.paid_by.set_value(form.paid_by)
        self.description.setPlainText(form.description)

    def collect(self, problems: Problems) -> IncidentForm:
        downtime = problems.amount("downtime_hours", self.downtime)
        return IncidentForm(
            kind=self.kind.value(),
            reported_at=self.reported_at.value() or _PLACEHOLDER_MOMENT,
            contract_id=self.contract.value(),
            responded_at=self.responded_at.value(),
            resolved_at=self.resolved_at.value(),
            downtime_hours=downtime if downtime is not None else Decimal(0),
            promised_response_hours=problems.amount("promised_response_hours", self.promised),
            paid_by=self.paid_by.value(),
            description=self.description.toPlainText(),
        )

    def save_job(self, form: IncidentForm) -> Callable[[Session], int]:
        account_id, record_id, version = self.context.account_id, self.record_id, self.version
        assert account_id is not None
        return lambda session: save_incident(
            session, form, account_id=account_id, record_id=record_id, expected_version=version
        )

    def load_job(self) -> Callable[[Session], tuple[Any, int]]:
        record_id = self.record_id
        assert record_id is not None
        return lambda session: load_incident(session, record_id)
