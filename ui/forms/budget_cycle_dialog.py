"""New or edit a budget date: when the customer plans the budget, how often, how early to
call, and the years that differ. The next planning dates are previewed as the user types."""

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from PySide6.QtWidgets import QSpinBox, QWidget
from sqlalchemy.orm import Session

from app.domain.budget_cycles import YearOverride, check_rrule, occurrences
from app.domain.wording import Language
from app.errors import InvalidValueError
from app.formatting import day
from app.records import BudgetCycleForm, load_budget_cycle, save_budget_cycle
from app.records.budget_cycles import MAX_LEAD_DAYS
from ui.change_broadcast import BUDGET_CYCLES
from ui.forms.budget_overrides import OverridesEditor
from ui.forms.date_fields import DateField
from ui.forms.editor_data import EditorData
from ui.forms.form_dialog import FormContext, FormDialog
from ui.forms.form_messages import Problems
from ui.forms.input_fields import notes_field, text_field
from ui.forms.recurrence_editor import RecurrenceEditor
from ui.page_header import muted_label

PREVIEWED = 3
PREVIEW_YEARS = 12


class BudgetCycleDialog(FormDialog):
    change_topics = frozenset({BUDGET_CYCLES})

    @staticmethod
    def prepare(
        session: Session, *, account_id: int, record_id: int | None, today: date, language: Language
    ) -> EditorData:
        if record_id is None:
            return EditorData(BudgetCycleForm.blank(today))
        form, version = load_budget_cycle(session, record_id)
        return EditorData(form, record_id, version)

    def __init__(self, context: FormContext, data: EditorData, parent: QWidget | None = None):
        super().__init__(context, record_id=data.record_id, version=data.version, parent=parent)
        editing = data.record_id is not None
        self.setWindowTitle(self.tr("Edit budget date") if editing else self.tr("New budget date"))
        language, today = context.language, context.today
        self.label = text_field(self.tr("e.g. Annual investment budget"))
        self.first_date = DateField(language, today)
        self.recurrence = RecurrenceEditor(language)
        self.preview = muted_label()
        self.preview.setWordWrap(True)
        self.lead_days = QSpinBox()
        self.lead_days.setRange(0, MAX_LEAD_DAYS * 10)  # the core names the real limit
        self.lead_days.setSuffix(self.tr(" days before"))
        self.decision_makers = notes_field(self.tr("Who decides on the budget"), 2)
        self.notes = notes_field(lines=2)
        self.overrides = OverridesEditor(language, today)
        self.add_field("label", self.tr("&Label"), self.label)
        self.add_field("first_date", self.tr("&First planning date"), self.first_date)
        every_year = self.recurrence.every_year
        self.add_field("rrule", self.tr("Repeats"), self.recurrence, focus=every_year)
        self.form_layout.addRow("", self.preview)
        self.add_field("lead_days", self.tr("Call from (lead &time)"), self.lead_days)
        self.add_field("decision_makers", self.tr("&Decision makers"), self.decision_makers)
        self.add_field("notes", self.tr("&Notes"), self.notes)
        self.add_field("overrides", self.tr("Years that differ"), self.overrides)
        self.first_date.dateChanged.connect(self._first_date_changed)
        self.recurrence.changed.connect(self._show_preview)
        self.lead_days.valueChanged.connect(self._show_preview)
        self.overrides.changed.connect(self._show_preview)
        self.finish(data.form)

    def _first_date_changed(self) -> None:
        self.recurrence.set_first_date(self.first_date.value())
        self._show_preview()

    def _show_preview(self) -> None:
        self.preview.setText(self.preview_text())

    def preview_text(self) -> str:
        """ "Next: 1 Mar 2027 (call from 15 Jan), 1 Mar 2028, 1 Mar 2029"."""
        first = self.first_date.value()
        if first is None:
            return ""
        today = self.context.today
        overrides = {
            override.year: YearOverride(None if override.cancelled else override.planned_on)
            for override in self.overrides.overrides()
        }
        try:
            rule = check_rrule(self.recurrence.rule(), first)
        except InvalidValueError as error:
            return self.tr("This rule does not work: {reason}").format(reason=error.reason)
        try:
            found = occurrences(
                rule,
                first,
                self.lead_days.value(),
                today,
                today + timedelta(days=366 * PREVIEW_YEARS),
                overrides,
            )[:PREVIEWED]
        except ValueError:  # a rule dateutil reads but cannot enumerate
            return self.tr("This rule gives no dates; saving names the problem.")
        if not found:
            return self.tr("No planning date ahead.")
        language = self.context.language
        dates = [day(occurrence.planned_on, language) for occurrence in found]
        call = day(found[0].window_opens, language)
        return self.tr("Next: {first} (call from {call}); then {later}").format(
            first=dates[0], call=call, later=", ".join(dates[1:]) or "–"
        )

    def fill(self, form: BudgetCycleForm) -> None:
        self.label.setText(form.label)
        self.first_date.set_value(form.first_date)
        self.recurrence.set_first_date(form.first_date)
        self.recurrence.set_rule(form.rrule)
        self.lead_days.setValue(form.lead_days)
        self.decision_makers.setPlainText(form.decision_makers)
        self.notes.setPlainText(form.notes)
        self.overrides.next_year = max(self.context.today.year, form.first_date.year)
        self.overrides.set_overrides(form.overrides)
        self._show_preview()

    def collect(self, problems: Problems) -> BudgetCycleForm:
        return BudgetCycleForm(
            label=self.label.text(),
            first_date=self.first_date.value() or self.context.today,
            rrule=self.recurrence.rule(),
            lead_days=self.lead_days.value(),
            decision_makers=self.decision_makers.toPlainText(),
            notes=self.notes.toPlainText(),
            overrides=self.overrides.overrides(),
        )

    def save_job(self, form: BudgetCycleForm) -> Callable[[Session], int]:
        account_id, record_id, version = self.context.account_id, self.record_id, self.version
        assert account_id is not None
        return lambda session: save_budget_cycle(
            session, form, account_id=account_id, record_id=record_id, expected_version=version
        )

    def load_job(self) -> Callable[[Session], tuple[Any, int]]:
        record_id = self.record_id
        assert record_id is not None
        return lambda session: load_budget_cycle(session, record_id)
