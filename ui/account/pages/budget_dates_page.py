"""Budget dates: when the customer plans the budget next, and when to call before it."""

from typing import Any

from PySide6.QtGui import QColor
from sqlalchemy.orm import Session

from app.domain.budget_cycles import simple_yearly_interval
from app.formatting import day
from app.records import BudgetCycleView, RecordKind, list_budget_cycles
from ui.account.record_model import Column, RecordTableModel
from ui.account.record_page import RecordPage
from ui.account.workspace_pages import WorkspacePage
from ui.change_broadcast import BUDGET_CYCLES
from ui.forms.budget_cycle_dialog import BudgetCycleDialog
from ui.lights import BLUE
from ui.record_colours import muted_text

NONE = "—"


class BudgetDatesPage(RecordPage):
    page = WorkspacePage.BUDGET_DATES
    kind = RecordKind.BUDGET_CYCLE
    dialog = BudgetCycleDialog
    topics = frozenset({BUDGET_CYCLES})
    change_topics = frozenset({BUDGET_CYCLES})

    def build_model(self) -> RecordTableModel:
        return RecordTableModel(
            [
                Column(self.tr("Budget"), lambda v: v.label, None),
                Column(self.tr("Next planning"), self._next_planning, 14),
                Column(self.tr("Call from"), self._window, 26, colour=self._window_colour),
                Column(self.tr("Repeats"), self._repeats, 18, tip=lambda v: v.rrule),
                Column(self.tr("Lead time"), self._lead, 10, right=True),
                Column(self.tr("Years that differ"), self._overrides, 14),
                Column(
                    self.tr("Decision makers"), lambda v: " ".join(v.decision_makers.split()), 24
                ),
            ],
            parent=self,
        )

    def _next_planning(self, view: BudgetCycleView) -> str:
        if view.next is None:
            return self.tr("None ahead")
        text = day(view.next.planned_on, self.context.language)
        return self.tr("{day} (moved)").format(day=text) if view.next.moved else text

    def _window(self, view: BudgetCycleView) -> str:
        if view.next is None:
            return NONE
        opens = day(view.next.window_opens, self.context.language)
        if view.next.window_is_open(self.context.today):
            return self.tr("{day} · open now").format(day=opens)
        return opens

    def _window_colour(self, view: BudgetCycleView) -> QColor | None:
        if view.next is None:
            return muted_text()
        return BLUE if view.next.window_is_open(self.context.today) else None

    def _repeats(self, view: BudgetCycleView) -> str:
        interval = simple_yearly_interval(view.rrule)
        if interval == 1:
            return self.tr("Every year")
        if interval is not None:
            return self.tr("Every {count} years").format(count=interval)
        return self.tr("Custom rule")

    def _lead(self, view: BudgetCycleView) -> str:
        if view.lead_days == 1:
            return self.tr("1 day")
        return self.tr("{count} days").format(count=view.lead_days)

    @staticmethod
    def _overrides(view: BudgetCycleView) -> str:
        return ", ".join(str(year) for year in view.override_years) or NONE

    def load(self, session: Session, account_id: int) -> list[BudgetCycleView]:
        return list_budget_cycles(session, account_id, today=self.context.today)

    def add_text(self) -> str:
        return self.tr("&Add budget date…")

    def empty_texts(self) -> tuple[str, str]:
        return (
            self.tr("No budget dates yet"),
            self.tr("Add when the customer plans the budget: the agenda tells you when to call."),
        )

    def summary_text(self) -> str:
        coming = [view.next for view in self.model.rows() if view.next is not None]
        if not coming:
            return ""
        soonest = min(coming, key=lambda occurrence: occurrence.planned_on)
        language = self.context.language
        return self.tr("Next planning {day} · call from {opens}").format(
            day=day(soonest.planned_on, language), opens=day(soonest.window_opens, language)
        )

    def describe(self, view: Any) -> str:
        return self.tr("the budget date “{label}”").format(label=view.label)
