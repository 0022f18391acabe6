"""New or edit a promise: what the seller promised, to whom; the page checks it against the
package (never typed here) and flags what the package does not cover."""

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from app.domain.wording import Language
from app.model import ItemKind, ServiceCheck
from app.records import PromiseForm, load_promise, save_promise
from ui.change_broadcast import PROMISES
from ui.choice_labels import choice_label
from ui.forms.date_fields import DateField
from ui.forms.editor_data import EditorData, contact_choices
from ui.forms.form_dialog import FormContext, FormDialog
from ui.forms.form_messages import Problems
from ui.forms.input_fields import AmountField, ChoiceCombo, enum_combo, text_field
from ui.promised_quantities import unit_of


class PromiseDialog(FormDialog):
    change_topics = frozenset({PROMISES})

    @staticmethod
    def prepare(
        session: Session, *, account_id: int, record_id: int | None, today: date, language: Language
    ) -> EditorData:
        choices = {"contacts": contact_choices(session, account_id)}
        if record_id is None:
            return EditorData(PromiseForm.blank(today), choices=choices)
        form, version = load_promise(session, record_id)
        return EditorData(form, record_id, version, choices)

    def __init__(self, context: FormContext, data: EditorData, parent: QWidget | None = None):
        super().__init__(context, record_id=data.record_id, version=data.version, parent=parent)
        editing = data.record_id is not None
        self.setWindowTitle(self.tr("Edit promise") if editing else self.tr("New promise"))
        language, today = context.language, context.today
        self.promised_on = DateField(language, today)
        self.made_by = text_field(self.tr("Who of us promised it"))
        self.made_to = ChoiceCombo(data.choices["contacts"], none_label=self.tr("Not recorded"))
        self.item_kind = ChoiceCombo(
            ((choice_label(kind), kind) for kind in ItemKind),
            none_label=self.tr("Something else (describe it below)"),
        )
        self.quantity = AmountField(language)
        self.quantity.edit.setPlaceholderText(self.tr("hours, visits, days"))
        self.text = text_field(self.tr("e.g. Response within 4 hours for line 3"))
        self.service_check = enum_combo(ServiceCheck)
        self.check_comment = text_field(self.tr("What the service team said"))
        self.item_kind.currentIndexChanged.connect(self._show_unit)
        self.add_field("promised_on", self.tr("&Date"), self.promised_on)
        self.add_field("made_by", self.tr("Made &by"), self.made_by)
        self.add_field("made_to_id", self.tr("Made &to"), self.made_to)
        self.add_field("item_kind", self.tr("&What was promised"), self.item_kind)
        self.add_field("quantity", self.tr("&Quantity"), self.quantity)
        self.add_field("text", self.tr("In &words"), self.text)
        self.add_field("service_check", self.tr("Service &check"), self.service_check)
        self.add_field("check_comment", self.tr("C&omment"), self.check_comment)
        self.finish(data.form)

    def _show_unit(self) -> None:
        self.quantity.unit.setText(unit_of(self.item_kind.value()))

    def fill(self, form: PromiseForm) -> None:
        self.promised_on.set_value(form.promised_on)
        self.made_by.setText(form.made_by)
        self.made_to.set_value(form.made_to_id)
        self.item_kind.set_value(form.item_kind)
        self.quantity.set_amount(form.quantity)
        self.text.setText(form.text)
        self.service_check.set_value(form.service_check)
        self.check_comment.setText(form.check_comment)
        self._show_unit()

    def collect(self, problems: Problems) -> PromiseForm:
        return PromiseForm(
            promised_on=self.promised_on.value() or self.context.today,
            made_by=self.made_by.text(),
            made_to_id=self.made_to.value(),
            item_kind=self.item_kind.value(),
            quantity=problems.amount("quantity", self.quantity),
            text=self.text.text(),
            service_check=self.service_check.value(),
            check_comment=self.check_comment.text(),
        )

    def save_job(self, form: PromiseForm) -> Callable[[Session], int]:
        account_id, record_id, version = self.context.account_id, self.record_id, self.version
        assert account_id is not None
        return lambda session: save_promise(
            session, form, account_id=account_id, record_id=record_id, expected_version=version
        )

    def load_job(self) -> Callable[[Session], tuple[Any, int]]:
        record_id = self.record_id
        assert record_id is not None
        return lambda session: load_promise(session, record_id)
