"""The Timeline tab of the account workspace, on the demo data."""

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from pytestqt.qtbot import QtBot

from app.bootstrap import Workspace
from app.records import RecordKind
from tests.helpers import factories
from tests.helpers.account_pages import account_page, wait_for_editor
from tests.helpers.offscreen import ignore_offscreen_warnings
from tests.helpers.windows import WAIT_MS, new_window
from ui.account.workspace_pages import WorkspacePage
from ui.main_window import MainWindow
from ui.timeline.timeline_page import TimelinePage

pytestmark = ignore_offscreen_warnings


@pytest.fixture
def window(qtbot: QtBot, fresh_demo: Workspace, settings: QSettings) -> MainWindow:
    return new_window(qtbot, fresh_demo, settings)


def open_timeline(qtbot: QtBot, window: MainWindow, customer_number: str) -> TimelinePage:
    workspace = account_page(window).workspace
    timeline = workspace.timeline
    with qtbot.waitSignal(timeline.loaded, timeout=WAIT_MS):
        window.open_account(customer_number)
    assert workspace.currentWidget() is timeline  # the first tab
    assert workspace.tabText(0) == "Timeline"
    return timeline


def test_the_first_tab_shows_the_accounts_timeline(qtbot: QtBot, window: MainWindow) -> None:
    timeline = open_timeline(qtbot, window, "10-4711")
    assert timeline.body.currentWidget() is timeline.view
    layout = timeline.view.layout_data()
    assert len(layout.bars) == 1
    assert {m.item.kind for m in layout.markers} >= {RecordKind.FREE_SERVICE, RecordKind.INCIDENT}
    start, end = timeline.view.visible_range()
    timeline.presets["year"].click()
    year = timeline.view.visible_range()
    assert (year[1] - year[0]).days < (end - start).days


def test_clicking_a_free_service_opens_its_form(qtbot: QtBot, window: MainWindow) -> None:
    timeline = open_timeline(qtbot, window, "10-4711")
    view = timeline.view
    marker = next(m for m in view.layout_data().markers if m.item.kind is RecordKind.FREE_SERVICE)
    x, y = marker.box.centre
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=QPoint(round(x), round(y)))
    workspace = account_page(window).workspace
    ledger = workspace.page(WorkspacePage.LEDGER)
    dialog = wait_for_editor(qtbot, ledger)
    assert workspace.currentWidget() is ledger
    assert ledger.current_record().id == marker.item.record_id
    dialog.reject()


def test_an_account_without_records_explains_the_empty_timeline(
    qtbot: QtBot, window: MainWindow, fresh_demo: Workspace
) -> None:
    with fresh_demo.transaction() as session:
        factories.account(session, customer_number="99-0001", name="Neukunde AG")
    timeline = open_timeline(qtbot, window, "99-0001")
    assert timeline.body.currentWidget() is timeline.empty
    assert timeline.empty.headline.text() == "Nothing on the timeline yet"
    assert not timeline.export_button.isEnabled()
