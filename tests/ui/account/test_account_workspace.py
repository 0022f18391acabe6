"""The account workspace: header and pages, lazy loading, delete and Ctrl+Z, the broadcast."""

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from app.bootstrap import Workspace
from app.model import Touchpoint
from tests.helpers.account_pages import account_page, open_on_page
from tests.helpers.offscreen import ignore_offscreen_warnings
from tests.helpers.windows import WAIT_MS, new_window
from ui.account.workspace_pages import WorkspacePage
from ui.change_broadcast import CONTACTS, LEDGER
from ui.main_window import MainWindow

pytestmark = ignore_offscreen_warnings

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def window(qtbot: QtBot, fresh_demo: Workspace, settings: QSettings) -> MainWindow:
    return new_window(qtbot, fresh_demo, settings)


def touchpoints(workspace: Workspace) -> int:
    with workspace.session() as session:
        return session.scalar(select(func.count(Touchpoint.id))) or 0


def test_the_header_shows_health_with_reasons_dates_and_the_free_value(
    qtbot: QtBot, window: MainWindow
) -> None:
    open_on_page(qtbot, window, "10-4711", WorkspacePage.CONTRACTS)
    header = account_page(window).header

    assert header.title.text() == "Präzisionsteile Müller GmbH"
    assert header.health_light.text() == "Health: Amber"
    assert "• notice deadline in 21 days" in header.reasons.text()
    assert header.free_value.text() == "€13,805.90"
    assert header.free_share.text() == "9% of the annual value"
    assert header.free_since.text() == "since 15 Mar 2024 · 14 entries"


def test_only_the_page_on_screen_is_loaded(qtbot: QtBot, window: MainWindow) -> None:
    contracts = open_on_page(qtbot, window, "10-4711", WorkspacePage.CONTRACTS)
    workspace = account_page(window).workspace
    ledger = workspace.page(WorkspacePage.LEDGER)

    assert contracts.model.record_count() == 1
    assert ledger.model.record_count() == 0  # not opened yet

    with qtbot.waitSignal(ledger.loaded, timeout=WAIT_MS):
        workspace.setCurrentWidget(ledger)
    assert ledger.model.record_count() == 14


def test_delete_asks_then_ctrl_z_brings_the_touchpoint_back(
    qtbot: QtBot, window: MainWindow, fresh_demo: Workspace
) -> None:
    before = touchpoints(fresh_demo)
    page = open_on_page(qtbot, window, "10-4711", WorkspacePage.TOUCHPOINTS)
    shown = page.model.record_count()
    chosen = page.current_record()
    assert chosen is not None
    page.view.setFocus()

    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    question = page.deletion.question
    assert question is not None and question.text() == "Delete the call of 14 Nov 2026?"
    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
        qtbot.keyClick(question, Qt.Key.Key_Return)  # Delete is the default button

    assert page.model.record_count() == shown - 1
    assert touchpoints(fresh_demo) == before - 1
    assert "Ctrl+Z brings it back" in window.statusBar().currentMessage()
    with qtbot.waitActive(window):  # the offscreen platform leaves no window active after a box
        window.activateWindow()

    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
        qtbot.keyClick(page.view, Qt.Key.Key_Z, CTRL)

    assert page.model.record_count() == shown
    assert touchpoints(fresh_demo) == before
    assert window.statusBar().currentMessage() == "Restored the call of 14 Nov 2026."
    restored = page.current_record()
    assert restored is not None and restored.id == chosen.id


def test_escape_on_the_question_deletes_nothing(
    qtbot: QtBot, window: MainWindow, fresh_demo: Workspace
) -> None:
    before = touchpoints(fresh_demo)
    page = open_on_page(qtbot, window, "10-4711", WorkspacePage.TOUCHPOINTS)
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    question = page.deletion.question
    assert question is not None

    with qtbot.assertNotEmitted(window.broadcast.changed, wait=300):
        qtbot.keyClick(question, Qt.Key.Key_Escape)

    assert touchpoints(fresh_demo) == before


def test_a_change_to_contacts_leaves_the_header_alone_but_the_ledger_reloads_it(
    qtbot: QtBot, window: MainWindow
) -> None:
    open_on_page(qtbot, window, "10-4711", WorkspacePage.CONTRACTS)
    account = account_page(window)
    account_id = account.account_id

    with qtbot.assertNotEmitted(account.loaded, wait=300):
        window.broadcast.announce({CONTACTS}, account_id)
    with qtbot.waitSignal(account.loaded, timeout=WAIT_MS):
        window.broadcast.announce({LEDGER}, account_id)
    with qtbot.assertNotEmitted(account.loaded, wait=300):
        window.broadcast.announce({LEDGER}, account_id + 1)  # another account's ledger


def test_ctrl_z_with_nothing_deleted_says_so(qtbot: QtBot, window: MainWindow) -> None:
    page = open_on_page(qtbot, window, "10-4711", WorkspacePage.CONTRACTS)
    page.view.setFocus()

    qtbot.keyClick(page.view, Qt.Key.Key_Z, CTRL)

    assert window.statusBar().currentMessage() == "Nothing to undo."
