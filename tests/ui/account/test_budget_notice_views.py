"""Budget versus notice where the seller sees it: a coloured line in the account header, a
hatched band on the timeline that opens the budget cycle, and the agenda item that lands on
the Budget dates page with the cycle chosen."""

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QModelIndex, QPoint, QSettings, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from pytestqt.qtbot import QtBot

from app.bootstrap import Workspace
from app.domain.agenda import AgendaKind
from app.domain.budget_notice import BudgetNoticeKind, BudgetNoticeWarning
from app.records import RecordKind
from tests.helpers.account_pages import account_page, wait_for_editor
from tests.helpers.offscreen import ignore_offscreen_warnings
from tests.helpers.windows import TODAY, WAIT_MS, new_window
from ui.account.budget_warning_lines import warning_colour
from ui.account.workspace_pages import WorkspacePage
from ui.agenda.agenda_page import AgendaPage
from ui.lights import RED
from ui.main_window import MainWindow
from ui.record_colours import WARNING_TEXT
from ui.timeline.timeline_page import TimelinePage

pytestmark = ignore_offscreen_warnings

FLAGSHIP_WARNING = (
    "Notice deadline of SV-2024-4711 on 14 Dec 2026 falls before the budget window "
    "'Jährliches Investitionsbudget' opens (15 Jan 2027): settle the renewal before the deadline"
)


@pytest.fixture
def window(qtbot: QtBot, fresh_demo: Workspace, settings: QSettings) -> MainWindow:
    return new_window(qtbot, fresh_demo, settings)


def open_account(qtbot: QtBot, window: MainWindow, customer_number: str) -> None:
    account = account_page(window)
    with qtbot.waitSignal(account.loaded, timeout=WAIT_MS):
        window.open_account(customer_number)


def open_timeline(qtbot: QtBot, window: MainWindow) -> TimelinePage:
    timeline = account_page(window).workspace.timeline
    with qtbot.waitSignal(timeline.loaded, timeout=WAIT_MS):
        window.open_account("10-4711")  # the timeline is the first tab
    return timeline


def flagship_cycle(qtbot: QtBot, window: MainWindow) -> int:
    budget = account_page(window).workspace.page(WorkspacePage.BUDGET_DATES)
    with qtbot.waitSignal(budget.loaded, timeout=WAIT_MS):
        account_page(window).workspace.setCurrentWidget(budget)
    (cycle,) = budget.model.rows()
    account_page(window).workspace.setCurrentIndex(0)
    return int(cycle.id)


def average(image: QImage, x: float, y: float, size: int = 6) -> QColor:
    """The mean colour of a ``size``² patch at (x, y): hatching is lines and gaps."""
    pixels = [
        image.pixelColor(int(x) + dx, int(y) + dy) for dx in range(size) for dy in range(size)
    ]
    count = len(pixels)
    return QColor(
        sum(p.red() for p in pixels) // count,
        sum(p.green() for p in pixels) // count,
        sum(p.blue() for p in pixels) // count,
    )


def notice_warning(deadline: date) -> BudgetNoticeWarning:
    return BudgetNoticeWarning(
        BudgetNoticeKind.NOTICE_BEFORE_BUDGET,
        1,
        "Capex",
        deadline + timedelta(days=40),
        deadline + timedelta(days=80),
        contract_id=7,
        contract_name="C-7",
        notice_deadline=deadline,
    )


# -- the header --------------------------------------------------------------------------------
def test_the_header_warns_in_amber_when_notice_falls_before_the_budget_window(
    qtbot: QtBot, window: MainWindow
) -> None:
    open_account(qtbot, window, "10-4711")
    lines = account_page(window).header.budget_warnings

    assert lines.isVisible()
    assert [text.text() for text in lines.texts] == [FLAGSHIP_WARNING]
    colour = lines.texts[0].palette().color(QPalette.ColorRole.WindowText)
    assert colour == WARNING_TEXT  # 21 days ahead: amber, not yet red


def test_an_account_in_step_shows_no_warning_line(qtbot: QtBot, window: MainWindow) -> None:
    open_account(qtbot, window, "10-4711")
    open_account(qtbot, window, "30-0815")

    assert account_page(window).header.budget_warnings.isHidden()
    assert account_page(window).header.budget_warnings.texts == []


@pytest.mark.parametrize(
    ("days", "colour"), [(-1, RED), (0, RED), (7, RED), (8, WARNING_TEXT), (60, WARNING_TEXT)]
)
def test_a_warning_turns_red_in_its_last_week(days: int, colour: QColor) -> None:
    assert warning_colour(notice_warning(TODAY + timedelta(days=days)), TODAY) == colour


# -- the timeline ------------------------------------------------------------------------------
def test_the_timeline_paints_a_hatched_amber_band_from_the_deadline_to_the_window(
    qtbot: QtBot, window: MainWindow
) -> None:
    timeline = open_timeline(qtbot, window)
    view = timeline.view
    layout = view.layout_data()

    (warning,) = layout.warnings
    per_day = layout.plot_width / (layout.end - layout.start).days

    def x(day: date) -> float:
        return layout.plot_left + (day - layout.start).days * per_day

    assert warning.band.x == pytest.approx(x(date(2026, 12, 14)))
    assert warning.band.right == pytest.approx(x(date(2027, 1, 15)))
    assert warning.item.kind is RecordKind.BUDGET_CYCLE
    assert warning.item.choice is BudgetNoticeKind.NOTICE_BEFORE_BUDGET
    assert view.describe(warning.item).split("\n") == [
        "Notice deadline before the budget window",
        "14 Dec 2026 – 15 Jan 2027",
        FLAGSHIP_WARNING,
    ]
    # On screen: amber inside the band, the plain lane beside it.
    image = view.grab().toImage()
    lane = layout.lanes[-1]
    y = lane.y + lane.height - 10
    inside = average(image, warning.band.centre[0] - 3, y)
    outside = average(image, warning.band.right + 20, y)
    assert inside.red() - inside.blue() > 25  # amber: much more red than blue
    assert abs(outside.red() - outside.blue()) < 10  # grey or white


def test_clicking_the_warning_opens_its_budget_cycle(qtbot: QtBot, window: MainWindow) -> None:
    timeline = open_timeline(qtbot, window)
    cycle_id = flagship_cycle(qtbot, window)
    (warning,) = timeline.view.layout_data().warnings
    assert warning.item.record_id == cycle_id
    centre = QPoint(*(round(c) for c in warning.marker.centre))

    qtbot.mouseClick(timeline.view, Qt.MouseButton.LeftButton, pos=centre)

    budget = account_page(window).workspace.page(WorkspacePage.BUDGET_DATES)
    dialog = wait_for_editor(qtbot, budget)
    assert account_page(window).workspace.currentWidget() is budget
    chosen = budget.current_record()
    assert chosen is not None and chosen.id == cycle_id
    assert dialog.record_id == cycle_id
    dialog.reject()


# -- the agenda --------------------------------------------------------------------------------
def test_enter_on_the_agenda_warning_lands_on_the_budget_cycle(
    qtbot: QtBot, window: MainWindow
) -> None:
    agenda = window.stack.currentWidget()
    assert isinstance(agenda, AgendaPage)
    model = agenda.model
    found: QModelIndex | None = None
    for group in range(model.rowCount()):
        parent = model.index(group, 0)
        for row in range(model.rowCount(parent)):
            item = model.item_at(model.index(row, 0, parent))
            if item is not None and item.kind is AgendaKind.BUDGET_VS_NOTICE:
                found = model.index(row, 0, parent)
    assert found is not None
    item = model.item_at(found)
    assert item is not None and item.customer_number == "10-4711"
    agenda.tree.setCurrentIndex(found)
    agenda.tree.setFocus()
    budget = account_page(window).workspace.page(WorkspacePage.BUDGET_DATES)

    with qtbot.waitSignal(budget.loaded, timeout=WAIT_MS):
        qtbot.keyClick(agenda.tree, Qt.Key.Key_Return)

    assert window.stack.currentWidget() is account_page(window)
    assert account_page(window).workspace.currentWidget() is budget
    chosen = budget.current_record()
    assert chosen is not None and chosen.id == item.subject_id
