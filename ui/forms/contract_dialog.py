"""New or edit a contract: term, notice, renewal, annual value and the package bought.

Below the notice period the dialog works out the notice deadline as the user types,
with the same rule the agenda uses, so a wrong period shows before it is saved.
"""

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QSpinBox, QWidget
from sqlalchemy.orm import Session

from app.domain.contract_dates import ContractTerms, contract_dates
from app.domain.wording import Language
from app.formatting import day
from app.model import ContractStatus, PeriodUnit
from app.records import ContractForm, load_contract, save_contract
from ui.change_broadcast import CONTRACTS
from ui.forms.date_fields import DateField
from ui.forms.editor_data import EditorData, account_currency, package_choices
from ui.forms.form_dialog import FormContext, FormDialog
from ui.forms.form_messages import Problems
from ui.forms.input_fields import AmountField, ChoiceCombo, enum_combo, notes_field, text_field
from ui.page_header import muted_label

LARGEST_TYPED = 9999  # the core names the real limit (36 months, 1095 days)


class ContractDialog(FormDialog):
    change_topics = frozenset({CONTRACTS})

    @staticmethod
    def prepare(
        session: Session, *, account_id: int, record_id: int | None, today: date, language: Language
    ) -> EditorData:
        choices = {"packages": package_choices(session)}
        if record_id is None:
            blank = ContractForm.blank(today, account_currency(session, account_id))
            return EditorData(blank, choices=choices)
        form, version = load_contract(session, record_id)
        return EditorData(form, record_id, version, choices)

    def __init__(self, context: FormContext, data: EditorData, parent: QWidget | None = None):
        super().__init__(context, record_id=data.record_id, version=data.version, parent=parent)
        editing = data.record_id is not None
        self.setWindowTitle(self.tr("Edit contract") if editing else self.tr("New contract"))
        language, today = context.language, context.today
        self._currency = data.form.currency
        self.number = text_field(self.tr("e.g. SV-2026-0815"))
        self.title = text_field(self.tr("e.g. Service contract turning centres"))
        self.status = enum_combo(ContractStatus)
        self.start_date = DateField(language, today)
        self.end_date = DateField(language, today, optional=True)
        self.end_date.setSpecialValueText(self.tr("Open-ended"))
        self.notice_period = QSpinBox()
        self.notice_period.setRange(0, LARGEST_TYPED)
        self.notice_unit = enum_combo(PeriodUnit)
        self.notice_deadline = muted_label()
        self.auto_renew = QSpinBox()
        self.auto_renew.setRange(0, LARGEST_TYPED)
        self.auto_renew.setSpecialValueText(self.tr("No automatic renewal"))
        self.auto_renew.setSuffix(self.tr(" months"))
        self.annual_value = AmountField(language, currency=self._currency)
        self.package = ChoiceCombo(data.choices["packages"], none_label=self.tr("No package"))
        self.signed_on = DateField(language, today, optional=True)
        self.notes = notes_field()
        self.add_field("number", self.tr("&Number"), self.number)
        self.add_field("title", self.tr("T&itle"), self.title)
        self.add_field("status", self.tr("St&atus"), self.status)
        self.add_field("start_date", self.tr("&Start date"), self.start_date)
        self.add_field("end_date", self.tr("&End date"), self.end_date)
        self.add_field(
            "notice_period",
            self.tr("N&otice period"),
            self._notice_row(),
            focus=self.notice_period,
            also=("notice_unit",),
        )
        self.add_field("auto_renew_months", self.tr("Auto-rene&w"), self.auto_renew)
        self.add_field(
            "annual_value", self.tr("Annual &value"), self.annual_value, also=("currency",)
        )
        self.add_field("package_id", self.tr("&Package"), self.package)
        self.add_field("signed_on", self.tr("Si&gned on"), self.signed_on)
        self.add_field("notes", self.tr("Note&s"), self.notes)
        for changed in (self.end_date.dateChanged, self.start_date.dateChanged):
            changed.connect(self._show_deadline)
        self.notice_period.valueChanged.connect(self._show_deadline)
        self.notice_unit.currentIndexChanged.connect(self._show_deadline)
        self.auto_renew.valueChanged.connect(self._show_deadline)
        self.finish(data.form)

    def _notice_row(self) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.notice_period)
        layout.addWidget(self.notice_unit)
        layout.addSpacing(10)
        layout.addWidget(self.notice_deadline, 1)
        return row

    def _show_deadline(self) -> None:
        """ "Notice by 14 Dec 2026 (21 days left)" for the term running today."""
        self.notice_deadline.setText(self.deadline_text())

    def deadline_text(self) -> str:
        start, end = self.start_date.value(), self.end_date.value()
        if start is None or end is None or end < start:
            return ""
        terms = ContractTerms(
            start, end, self.notice_period.value(), self.notice_unit.value(), self._renew_months()
        )
        dates = contract_dates(terms, self.context.today)
        if dates.notice_deadline is None or dates.days_to_notice is None:
            return ""
        when = day(dates.notice_deadline, self.context.language)
        left = dates.days_to_notice
        if left < 0:
            return self.tr("Notice by {day} (passed)").format(day=when)
        if left == 1:
            return self.tr("Notice by {day} (1 day left)").format(day=when)
        return self.tr("Notice by {day} ({days} days left)").format(day=when, days=left)

    def _renew_months(self) -> int | None:
        return self.auto_renew.value() or None

    def fill(self, form: ContractForm) -> None:
        self.number.setText(form.number)
        self.title.setText(form.title)
        self.status.set_value(form.status)
        self.start_date.set_value(form.start_date)
        self.end_date.set_value(form.end_date)
        self.notice_period.setValue(form.notice_period)
        self.notice_unit.set_value(form.notice_unit)
        self.auto_renew.setValue(form.auto_renew_months or 0)
        self.annual_value.set_amount(form.annual_value)
        self.package.set_value(form.package_id)
        self.signed_on.set_value(form.signed_on)
        self.notes.setPlainText(form.notes)
        self._show_deadline()

    def collect(self, problems: Problems) -> ContractForm:
        return ContractForm(
            number=self.number.text(),
            start_date=self.start_date.value() or self.context.today,
            title=self.title.text(),
            end_date=self.end_date.value(),
            notice_period=self.notice_period.value(),
            notice_unit=self.notice_unit.value(),
            auto_renew_months=self._renew_months(),
            annual_value=problems.required_amount("annual_value", self.annual_value),
            currency=self._currency,
            package_id=self.package.value(),
            status=self.status.value(),
            signed_on=self.signed_on.value(),
            notes=self.notes.toPlainText(),
        )

    def save_job(self, form: ContractForm) -> Callable[[Session], int]:
        account_id, record_id, version = self.context.account_id, self.record_id, self.version
        assert account_id is not None
        return lambda session: save_contract(
            session, form, account_id=account_id, record_id=record_id, expected_version=version
        )

    def load_job(self) -> Callable[[Session], tuple[Any, int]]:
        record_id = self.record_id
        assert record_id is not None
        return lambda session: load_contract(session, record_id)
