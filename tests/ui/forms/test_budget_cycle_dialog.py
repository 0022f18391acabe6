"""The budget-date dialog: the common recurrences without typing RRULE text, a custom rule
for the rest, and a year moved or skipped, previewed before saving."""

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from app.bootstrap import Workspace
from app.model import BudgetCycle
from tests.helpers.account_pages import open_on_page, wait_for_editor
from tests.helpers.offscreen import ignore_offscreen_warnings
from tests.helpers.windows import WAIT_MS, new_window
from ui.account.workspace_pages import WorkspacePage
from ui.forms.budget_cycle_dialog import BudgetCycleDialog
from ui.forms.recurrence_editor import Repeat
from ui.main_window import MainWindow

pytestmark = ignore_offscreen_warnings


@pytest.fixture
def dialog(qtbot: QtBot, fresh_demo: Workspace, settings: QSettings) -> BudgetCycleDialog:
    """The stored budget date of 10-4711 (1 March every year, call 45 days before), opened."""
    window: MainWindow = new_window(qtbot, fresh_demo, settings)
    page = open_on_page(qtbot, window, "10-4711", WorkspacePage.BUDGET_DATES)
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    opened = wait_for_editor(qtbot, page)
    assert isinstance(opened, BudgetCycleDialog)
    return opened


def stored_rule(workspace: Workspace, cycle_id: int | None) -> str:
    with workspace.session() as session:
        return session.get_one(BudgetCycle, cycle_id).rrule


def test_a_yearly_date_is_shown_as_every_year_on_its_day(dialog: BudgetCycleDialog) -> None:
    editor = dialog.recurrence

    assert editor.mode() is Repeat.EVERY_YEAR
    assert editor.every_year.text() == "Every ye&ar on 1 March"
    assert dialog.preview.text() == (
        "Next: 1 Mar 2027 (call from 15 Jan 2027); then 1 Mar 2028, 1 Mar 2029"
    )


def test_every_n_years_is_chosen_without_typing_a_rule(
    qtbot: QtBot, dialog: BudgetCycleDialog
) -> None:
    editor = dialog.recurrence
    qtbot.mouseClick(editor.every_n, Qt.MouseButton.LeftButton)
    editor.interval.setFocus()
    editor.interval.selectAll()
    qtbot.keyClicks(editor.interval, "3")

    assert editor.rule() == "FREQ=YEARLY;INTERVAL=3"
    assert dialog.preview.text() == (
        "Next: 1 Mar 2029 (call from 15 Jan 2029); then 1 Mar 2032, 1 Mar 2035"
    )


def test_a_custom_rule_is_kept_as_typed_and_a_bad_one_is_named_on_save(
    qtbot: QtBot, dialog: BudgetCycleDialog, fresh_demo: Workspace
) -> None:
    editor = dialog.recurrence
    qtbot.mouseClick(editor.custom, Qt.MouseButton.LeftButton)
    editor.custom_rule.selectAll()
    qtbot.keyClicks(editor.custom_rule, "FREQ=HOURLY")

    assert dialog.preview.text() == (
        "This rule does not work: budget planning cannot repeat more often than daily"
    )
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    qtbot.waitUntil(lambda: dialog.error_text("rrule") != "", timeout=WAIT_MS)
    assert dialog.error_text("rrule").startswith("Recurrence rule:")
    assert stored_rule(fresh_demo, dialog.record_id) == "FREQ=YEARLY"


def test_skipping_a_year_is_saved_with_the_budget_date(
    qtbot: QtBot, dialog: BudgetCycleDialog, fresh_demo: Workspace
) -> None:
    qtbot.mouseClick(dialog.overrides.skip_button, Qt.MouseButton.LeftButton)
    year_dialog = dialog.overrides.dialog
    assert year_dialog is not None and year_dialog.skipped.isChecked()
    year_dialog.year.setFocus()
    year_dialog.year.selectAll()
    qtbot.keyClicks(year_dialog.year, "2027")
    ok = year_dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    assert dialog.overrides.list.topLevelItem(0).text(1) == "Skipped"
    assert dialog.preview.text().startswith("Next: 1 Mar 2028")
    with qtbot.waitSignal(dialog.saved, timeout=WAIT_MS):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    with fresh_demo.session() as session:
        cycle = session.get_one(BudgetCycle, dialog.record_id)
        assert [(o.year, o.cancelled) for o in cycle.overrides] == [(2027, True)]
