"""What each workspace page shows: figures right-aligned, computed values never typed,
what needs a look marked, an empty page that says how to start."""

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QFont
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from app.bootstrap import Workspace
from tests.helpers.account_pages import open_on_page, wait_for_editor
from tests.helpers.offscreen import ignore_offscreen_warnings
from tests.helpers.windows import WAIT_MS, new_window
from ui.account.pages.contacts_model import STANCE
from ui.account.record_page import RecordPage
from ui.account.workspace_pages import WorkspacePage
from ui.forms.negotiation_dialog import NegotiationDialog
from ui.main_window import MainWindow
from ui.record_colours import BAD_TEXT

pytestmark = ignore_offscreen_warnings

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


@pytest.fixture
def window(qtbot: QtBot, demo_workspace: Workspace, settings: QSettings) -> MainWindow:
    return new_window(qtbot, demo_workspace, settings)


def cell(page: RecordPage, row: int, title: str, role: int = Qt.ItemDataRole.DisplayRole) -> object:
    columns = [column.title for column in page.model.columns]
    return page.model.index(row, columns.index(title)).data(role)


@pytest.mark.parametrize("which", list(WorkspacePage))
def test_every_page_model_passes_the_model_tester(
    qtbot: QtBot, window: MainWindow, qtmodeltester: ModelTester, which: WorkspacePage
) -> None:
    page = open_on_page(qtbot, window, "10-4711", which)

    assert page.model.record_count() > 0
    qtmodeltester.check(page.model)


def test_contracts_show_the_notice_deadline_with_days_left_in_red(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = open_on_page(qtbot, window, "10-4711", WorkspacePage.CONTRACTS)

    assert cell(page, 0, "Notice deadline") == "14 Dec 2026 · 21 days left"
    assert cell(page, 0, "Notice deadline", Qt.ItemDataRole.ForegroundRole) == BAD_TEXT
    assert cell(page, 0, "Annual value") == "€148,000.00"
    assert cell(page, 0, "Annual value", Qt.ItemDataRole.TextAlignmentRole) == RIGHT
    assert cell(page, 0, "Term ends") == "14 Mar 2027"
    assert cell(page, 0, "Package") == "Premium 8"


def test_budget_dates_show_the_next_planning_and_when_to_call(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = open_on_page(qtbot, window, "10-4711", WorkspacePage.BUDGET_DATES)

    assert cell(page, 0, "Next planning") == "1 Mar 2027"
    assert cell(page, 0, "Call from") == "15 Jan 2027"
    assert cell(page, 0, "Repeats") == "Every year"
    assert page.summary.text() == "Next planning 1 Mar 2027 · call from 15 Jan 2027"


def test_the_ledger_runs_a_total_and_says_the_period_share(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = open_on_page(qtbot, window, "10-4711", WorkspacePage.LEDGER)
    last = page.model.record_count() - 1

    assert cell(page, last, "Running total") == cell(page, last, "Value")  # the oldest entry
    assert cell(page, 0, "Running total") == "€13,805.90"
    assert cell(page, 0, "Value", Qt.ItemDataRole.TextAlignmentRole) == RIGHT
    assert page.summary.text() == (
        "Free this period (since 15 Mar 2024): €13,805.90 = 9% of the annual value · 14 entries"
    )


def test_unread_notes_are_bold_and_mark_read_makes_them_plain(
    qtbot: QtBot, fresh_demo: Workspace, settings: QSettings
) -> None:
    window = new_window(qtbot, fresh_demo, settings)
    page = open_on_page(qtbot, window, "10-4711", WorkspacePage.NOTES)
    row = next(
        r
        for r in range(page.model.record_count())
        if cell(page, r, "Title") == ("Measuring room runs above 20 °C")
    )
    font = cell(page, row, "Title", Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.bold()
    assert cell(page, row, "Status") == "Open · unread"
    page.view.setCurrentIndex(page.model.index(row, 0))

    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
        qtbot.mouseClick(page.mark_read_button, Qt.MouseButton.LeftButton)

    assert cell(page, row, "Title", Qt.ItemDataRole.FontRole) is None
    assert cell(page, row, "Status") == "Open"
    assert not page.mark_read_button.isEnabled()

    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
        qtbot.mouseClick(page.take_over_button, Qt.MouseButton.LeftButton)

    assert cell(page, row, "Status") == "Taken over by sales"
    assert window.statusBar().currentMessage() == (
        "Taken over to sales: “Measuring room runs above 20 °C”."
    )


def test_incidents_show_the_sla_worked_out_with_an_icon_and_a_word(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = open_on_page(qtbot, window, "10-4711", WorkspacePage.INCIDENTS)

    assert cell(page, 0, "SLA") == "Breached"
    assert cell(page, 0, "SLA", Qt.ItemDataRole.DecorationRole) is not None
    assert cell(page, 0, "SLA", Qt.ItemDataRole.ForegroundRole) == BAD_TEXT
    assert cell(page, 0, "Response") == "48\u00a0h"
    assert cell(page, 0, "Promised") == "8\u00a0h"
    assert cell(page, 1, "SLA") == "Met"
    assert page.summary.text() == "3 incidents · 2 within the SLA · 1 breached"


def test_contacts_are_grouped_by_department_with_a_stance_marker(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = open_on_page(qtbot, window, "10-4711", WorkspacePage.CONTACTS)
    model = page.model
    purchasing = model.index(0, 0)

    assert purchasing.data() == "Purchasing (1)"
    assert model.index(0, 0, purchasing).data() == "Dieter Hartmann"
    assert model.index(0, STANCE, purchasing).data() == "Critic"
    assert model.index(0, STANCE, purchasing).data(Qt.ItemDataRole.DecorationRole) is not None
    assert page.view.isFirstColumnSpanned(0, purchasing.parent())
    assert page.summary.text() == "5 people · 1 decision maker · 1 champion · 1 critic"


def test_uncovered_promises_are_flagged_red_with_the_reason(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = open_on_page(qtbot, window, "10-4711", WorkspacePage.PROMISES)
    checks = [cell(page, row, "Package check") for row in range(page.model.record_count())]
    colours = [
        cell(page, row, "Package check", Qt.ItemDataRole.ForegroundRole)
        for row in range(page.model.record_count())
    ]

    assert checks == [
        "Free text: cannot be checked",
        "More than the package gives (package: 8\u00a0h)",
        "Covered by the package",
    ]
    assert colours == [BAD_TEXT, BAD_TEXT, None]
    assert isinstance(colours[0], QColor)


def test_an_empty_page_says_why_and_its_button_adds_the_first_row(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = open_on_page(qtbot, window, "10-5120", WorkspacePage.NEGOTIATIONS)

    assert page.body.currentWidget() is page.empty
    assert page.empty.headline.text() == "No negotiation prepared"
    assert page.empty.add_button.text() == "&Add negotiation…"

    qtbot.mouseClick(page.empty.add_button, Qt.MouseButton.LeftButton)

    dialog = wait_for_editor(qtbot, page)
    assert isinstance(dialog, NegotiationDialog)
    assert dialog.windowTitle() == "New negotiation"
