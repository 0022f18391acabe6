"""New or edit a ledger entry: a service given free of charge, with its money value.

The value is typed the way the window's language writes it ("1.234,50" in German)."""

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from app.domain.wording import Language
from app.model import ProviderRole
from app.records import FreeServiceForm, load_free_service, save_free_service
from ui.change_broadcast import LEDGER
from ui.forms.date_fields import DateField
from ui.forms.editor_data import (
    EditorData,
    account_currency,
    category_choices,
    contact_choices,
    contract_choices,
)
from ui.forms.form_dialog import FormContext, FormDialog
from ui.forms.form_messages import Problems
from ui.forms.input_fields import AmountField, ChoiceCombo, enum_combo, text_field

HOURS_WIDTH = 8


class LedgerEntryDialog(FormDialog):
    change_topics = frozenset({LEDGER})

    @staticmethod
    def prepare(
        session: Session, *, account_id: int, record_id: int | None, today: date, language: Language
    ) -> EditorData:
        if record_id is None:
            form = FreeServiceForm.blank(today, account_currency(session, account_id))
            version = None
        else:
            form, version = load_free_service(session, record_id)
        choices = {
            "categories": category_choices(session, language, form.category_id),
            "contacts": contact_choices(session, account_id),
            "contracts": contract_choices(session, account_id),
        }
        return EditorData(form, record_id, version, choices)

    def __init__(self, context: FormContext, data: EditorData, parent: QWidget | None = None):
        super().__init__(context, record_id=data.record_id, version=data.version, parent=parent)
        editing = data.record_id is not None
        self.setWindowTitle(
            self.tr("Edit ledger entry") if editing else self.tr("New ledger entry")
        )
        language, today = context.language, context.today
        self._currency = data.form.currency
        self.provided_on = DateField(language, today)
        self.category = ChoiceCombo(
            data.choices["categories"], none_label=self.tr("Choose what was given…")
        )
        self.description = text_field(self.tr("e.g. Replacement tool driven over in person"))
        self.value = AmountField(language, currency=self._currency)
        self.hours = AmountField(language, self.tr("h"), width=HOURS_WIDTH)
        self.provided_by = text_field(self.tr("Name"))
        self.provider_role = enum_combo(ProviderRole)
        self.received_by = ChoiceCombo(data.choices["contacts"], none_label=self.tr("Not recorded"))
        self.contract = ChoiceCombo(data.choices["contracts"], none_label=self.tr("No contract"))
        self.add_field("provided_on", self.tr("&Date"), self.provided_on)
        self.add_field("category_id", self.tr("&Category"), self.category)
        self.add_field("description", self.tr("De&scription"), self.description)
        self.add_field("value", self.tr("&Value"), self.value, also=("currency",))
        self.add_field("hours", self.tr("&Hours spent"), self.hours)
        self.add_field("provided_by", self.tr("Provided &by"), self.provided_by)
        self.add_field("provider_role", self.tr("Provider r&ole"), self.provider_role)
        self.add_field("received_by_id", self.tr("R&eceived by"), self.received_by)
        self.add_field("contract_id", self.tr("Con&tract"), self.contract)
        self.finish(data.form)

    def fill(self, form: FreeServiceForm) -> None:
        self.provided_on.set_value(form.provided_on)
        self.category.set_value(form.category_id)
        self.description.setText(form.description)
        # A new entry starts empty: the value must be typed, never taken as 0 unseen.
        self.value.set_amount(form.value if self.record_id is not None else None)
        self.hours.set_amount(form.hours if form.hours else None)
        self.provided_by.setText(form.provided_by)
        self.provider_role.set_value(form.provider_role)
        self.received_by.set_value(form.received_by_id)
        self.contract.set_value(form.contract_id)

    def collect(self, problems: Problems) -> FreeServiceForm:
        value = problems.amount("value", self.value)
        if value is None and not self.value.edit.text().strip():
            problems.add("value", self.tr("enter an amount (0 if none)"))
        hours = problems.amount("hours", self.hours)
        return FreeServiceForm(
            provided_on=self.provided_on.value() or self.context.today,
            category_id=self.category.value(),
            description=self.description.text(),
            value=value if value is not None else Decimal(0),
            currency=self._currency,
            hours=hours if hours is not None else Decimal(0),
            provided_by=self.provided_by.text(),
            provider_role=self.provider_role.value(),
            received_by_id=self.received_by.value(),
            contract_id=self.contract.value(),
        )

    def save_job(self, form: FreeServiceForm) -> Callable[[Session], int]:
        account_id, record_id, version = self.context.account_id, self.record_id, self.version
        assert account_id is not None
        return lambda session: save_free_service(
            session, form, account_id=account_id, record_id=record_id, expected_version=version
        )

    def load_job(self) -> Callable[[Session], tuple[Any, int]]:
        record_id = self.record_id
        assert record_id is not None
        return lambda session: load_free_service(session, record_id)
