"""A ledger entry typed the German way ("1.234,50") moves the header's free value."""

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from app.bootstrap import Workspace
from app.model import FreeService
from tests.helpers.account_pages import account_page, open_on_page, wait_for_editor
from tests.helpers.offscreen import ignore_offscreen_warnings
from tests.helpers.windows import TODAY, WAIT_MS
from ui.account.workspace_pages import WorkspacePage
from ui.forms.ledger_entry_dialog import LedgerEntryDialog
from ui.main_window import MainWindow

pytestmark = ignore_offscreen_warnings


@pytest.fixture
def german_window(qtbot: QtBot, fresh_demo: Workspace, settings: QSettings) -> MainWindow:
    window = MainWindow(fresh_demo, TODAY, settings, "de")
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    return window


def entries(workspace: Workspace) -> int:
    with workspace.session() as session:
        return session.scalar(select(func.count(FreeService.id))) or 0


def add_entry_dialog(qtbot: QtBot, window: MainWindow) -> LedgerEntryDialog:
    """Insert on the ledger of 10-4711 opens the dialog for a new entry."""
    page = open_on_page(qtbot, window, "10-4711", WorkspacePage.LEDGER)
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Insert)
    dialog = wait_for_editor(qtbot, page)
    assert isinstance(dialog, LedgerEntryDialog)
    return dialog


def test_a_german_amount_is_saved_and_the_header_balance_grows(
    qtbot: QtBot, german_window: MainWindow, fresh_demo: Workspace
) -> None:
    dialog = add_entry_dialog(qtbot, german_window)
    header = account_page(german_window).header
    assert header.free_value.text() == "13.805,90\u00a0€"

    dialog.category.setFocus()
    qtbot.keyClick(dialog.category, Qt.Key.Key_Down)  # the first category
    qtbot.keyClicks(dialog.description, "Ersatzspindel persoenlich gebracht")
    qtbot.keyClicks(dialog.value.edit, "1.234,50")
    with qtbot.waitSignal(dialog.saved, timeout=WAIT_MS):
        qtbot.keyClick(dialog.value.edit, Qt.Key.Key_Return)

    qtbot.waitUntil(lambda: header.free_value.text() == "15.040,40\u00a0€", timeout=WAIT_MS)
    with fresh_demo.session() as session:
        newest = session.scalars(select(FreeService).order_by(FreeService.id.desc())).first()
        assert newest is not None
        assert newest.value_minor == 123_450
        assert newest.description == "Ersatzspindel persoenlich gebracht"
    assert header.free_share.text().startswith("10")  # % of the annual value


def test_an_empty_description_is_named_next_to_its_field_and_nothing_is_saved(
    qtbot: QtBot, german_window: MainWindow, fresh_demo: Workspace
) -> None:
    before = entries(fresh_demo)
    dialog = add_entry_dialog(qtbot, german_window)
    dialog.category.setFocus()
    qtbot.keyClick(dialog.category, Qt.Key.Key_Down)
    qtbot.keyClicks(dialog.value.edit, "80")

    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    qtbot.waitUntil(lambda: dialog.error_text("description") != "", timeout=WAIT_MS)
    assert dialog.error_text("description") == "Description: must not be blank"
    assert dialog.error_text("value") == ""
    assert dialog.description.hasFocus()  # the first field at fault
    assert dialog.isVisible()
    assert entries(fresh_demo) == before


def test_an_amount_that_is_not_one_is_named_with_the_other_problems(
    qtbot: QtBot, german_window: MainWindow, fresh_demo: Workspace
) -> None:
    before = entries(fresh_demo)
    dialog = add_entry_dialog(qtbot, german_window)
    qtbot.keyClicks(dialog.value.edit, "zwoelf")  # QTest types ASCII only

    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    qtbot.waitUntil(lambda: dialog.error_text("value") != "", timeout=WAIT_MS)
    assert dialog.error_text("value") == "Value: 'zwoelf' is not an amount"
    assert dialog.error_text("category_id") == "Category: choose what kind of service this was"
    assert dialog.error_text("description") == "Description: must not be blank"
    assert dialog.category.hasFocus()
    assert entries(fresh_demo) == before
