"""New or edit an account: the key account's master data (accounts are archived, never
deleted: the accounts page's Archive button does that)."""

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtWidgets import QLineEdit, QWidget
from sqlalchemy.orm import Session

from app.domain.wording import Language
from app.model import AccountStatus, Tier
from app.records import AccountForm, load_account, save_account
from ui.change_broadcast import ACCOUNTS
from ui.forms.date_fields import DateField
from ui.forms.editor_data import EditorData
from ui.forms.form_dialog import FormContext, FormDialog
from ui.forms.form_messages import Problems
from ui.forms.input_fields import enum_combo, notes_field, text_field


def _code_field(length: int, placeholder: str) -> QLineEdit:
    field = text_field(placeholder)
    field.setMaxLength(length)
    field.setFixedWidth(field.fontMetrics().averageCharWidth() * (length + 6))
    return field


class AccountDialog(FormDialog):
    change_topics = frozenset({ACCOUNTS})

    @staticmethod
    def prepare(
        session: Session,
        *,
        account_id: int | None,
        record_id: int | None,
        today: date,
        language: Language,
    ) -> EditorData:
        if record_id is None:
            return EditorData(AccountForm.blank())
        form, version = load_account(session, record_id)
        return EditorData(form, record_id, version)

    def __init__(self, context: FormContext, data: EditorData, parent: QWidget | None = None):
        super().__init__(context, record_id=data.record_id, version=data.version, parent=parent)
        editing = data.record_id is not None
        self.setWindowTitle(self.tr("Edit account") if editing else self.tr("New account"))
        self.name = text_field(self.tr("e.g. Präzisionsteile Müller GmbH"))
        self.customer_number = text_field(self.tr("e.g. 10-4711"))
        self.industry = text_field()
        self.street = text_field()
        self.postal_code = _code_field(10, "")
        self.city = text_field()
        self.country = _code_field(2, "DE")
        self.tier = enum_combo(Tier)
        self.owner = text_field(self.tr("The seller responsible"))
        self.status = enum_combo(AccountStatus, leave_out=(AccountStatus.ARCHIVED,))
        self.currency = _code_field(3, "EUR")
        self.relationship_since = DateField(context.language, context.today, optional=True)
        self.notes = notes_field()
        self.add_field("name", self.tr("Na&me"), self.name)
        self.add_field("customer_number", self.tr("&Customer number"), self.customer_number)
        self.add_field("industry", self.tr("&Industry"), self.industry)
        self.add_field("street", self.tr("Str&eet"), self.street)
        self.add_field("postal_code", self.tr("&Postal code"), self.postal_code)
        self.add_field("city", self.tr("Cit&y"), self.city)
        self.add_field("country", self.tr("Co&untry"), self.country)
        self.add_field("tier", self.tr("&Tier"), self.tier)
        self.add_field("owner", self.tr("&Owner"), self.owner)
        self.add_field("status", self.tr("St&atus"), self.status)
        self.add_field("currency", self.tr("Curre&ncy"), self.currency)
        self.add_field(
            "relationship_since", self.tr("Relations&hip since"), self.relationship_since
        )
        self.add_field("notes", self.tr("Note&s"), self.notes)
        self.finish(data.form)

    def fill(self, form: AccountForm) -> None:
        self.name.setText(form.name)
        self.customer_number.setText(form.customer_number)
        self.industry.setText(form.industry)
        self.street.setText(form.street)
        self.postal_code.setText(form.postal_code)
        self.city.setText(form.city)
        self.country.setText(form.country)
        self.tier.set_value(form.tier)
        self.owner.setText(form.owner)
        self.status.set_value(form.status)
        self.currency.setText(form.currency)
        self.relationship_since.set_value(form.relationship_since)
        self.notes.setPlainText(form.notes)

    def collect(self, problems: Problems) -> AccountForm:
        return AccountForm(
            name=self.name.text(),
            customer_number=self.customer_number.text(),
            industry=self.industry.text(),
            street=self.street.text(),
            postal_code=self.postal_code.text(),
            city=self.city.text(),
            country=self.country.text(),
            tier=self.tier.value(),
            owner=self.owner.text(),
            currency=self.currency.text(),
            status=self.status.value(),
            relationship_since=self.relationship_since.value(),
            notes=self.notes.toPlainText(),
        )

    def save_job(self, form: AccountForm) -> Callable[[Session], int]:
        record_id, version = self.record_id, self.version
        return lambda session: save_account(
            session, form, record_id=record_id, expected_version=version
        )

    def load_job(self) -> Callable[[Session], tuple[Any, int]]:
        record_id = self.record_id
        assert record_id is not None
        return lambda session: load_account(session, record_id)
