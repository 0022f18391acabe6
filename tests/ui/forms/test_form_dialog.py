"""What every form does: refusals next to the field, Cancel keeps nothing, a stale save
keeps the user's edits and offers a reload."""

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from app.bootstrap import Workspace
from app.model import Contract, Touchpoint
from tests.helpers.account_pages import open_on_page, wait_for_editor
from tests.helpers.offscreen import ignore_offscreen_warnings
from tests.helpers.windows import WAIT_MS, new_window
from ui.account.workspace_pages import WorkspacePage
from ui.forms.contract_dialog import ContractDialog
from ui.forms.touchpoint_dialog import TouchpointDialog
from ui.main_window import MainWindow

pytestmark = ignore_offscreen_warnings

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def window(qtbot: QtBot, fresh_demo: Workspace, settings: QSettings) -> MainWindow:
    return new_window(qtbot, fresh_demo, settings)


def edit_first(qtbot: QtBot, window: MainWindow, which: WorkspacePage) -> object:
    page = open_on_page(qtbot, window, "10-4711", which)
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_F2)
    return wait_for_editor(qtbot, page)


def stored_contract(workspace: Workspace) -> tuple[int, int]:
    with workspace.session() as session:
        row = session.scalars(select(Contract).where(Contract.number == "SV-2024-4711")).one()
        return row.notice_period, row.version


def test_a_notice_period_of_40_months_is_refused_next_to_the_field(
    qtbot: QtBot, window: MainWindow, fresh_demo: Workspace
) -> None:
    before = stored_contract(fresh_demo)
    dialog = edit_first(qtbot, window, WorkspacePage.CONTRACTS)
    assert isinstance(dialog, ContractDialog)
    dialog.notice_period.setFocus()
    dialog.notice_period.selectAll()
    qtbot.keyClicks(dialog.notice_period, "40")

    qtbot.keyClick(dialog, Qt.Key.Key_S, CTRL)

    qtbot.waitUntil(lambda: dialog.error_text("notice_period") != "", timeout=WAIT_MS)
    assert dialog.error_text("notice_period") == "Notice period: 0 to 36 months"
    assert dialog.notice_period.hasFocus()
    assert dialog.isVisible()
    assert stored_contract(fresh_demo) == before


def test_the_contract_form_shows_the_notice_deadline_as_the_period_is_typed(
    qtbot: QtBot, window: MainWindow
) -> None:
    dialog = edit_first(qtbot, window, WorkspacePage.CONTRACTS)
    assert isinstance(dialog, ContractDialog)
    assert dialog.notice_deadline.text() == "Notice by 14 Dec 2026 (21 days left)"

    dialog.notice_period.setFocus()
    dialog.notice_period.selectAll()
    qtbot.keyClicks(dialog.notice_period, "2")

    assert dialog.notice_deadline.text() == "Notice by 14 Jan 2027 (52 days left)"


def touchpoints(workspace: Workspace) -> int:
    with workspace.session() as session:
        return session.scalar(select(func.count(Touchpoint.id))) or 0


def test_cancel_with_edits_asks_and_stores_nothing(
    qtbot: QtBot, window: MainWindow, fresh_demo: Workspace
) -> None:
    before = touchpoints(fresh_demo)
    page = open_on_page(qtbot, window, "10-4711", WorkspacePage.TOUCHPOINTS)
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_N, CTRL)
    dialog = wait_for_editor(qtbot, page)
    assert isinstance(dialog, TouchpointDialog)
    qtbot.keyClicks(dialog.by_whom, "Jonas Weber")

    with qtbot.assertNotEmitted(window.broadcast.changed, wait=300):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        question = dialog.discard_question
        assert isinstance(question, QMessageBox) and question.isVisible()
        discard = next(b for b in question.buttons() if b.text() == "&Discard")
        qtbot.mouseClick(discard, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: page.editor is None, timeout=WAIT_MS)
    assert touchpoints(fresh_demo) == before


def test_cancel_without_edits_closes_at_once(qtbot: QtBot, window: MainWindow) -> None:
    dialog = edit_first(qtbot, window, WorkspacePage.TOUCHPOINTS)

    qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    assert not dialog.isVisible()


def test_a_stale_save_keeps_the_edits_and_reload_brings_the_other_changes(
    qtbot: QtBot, window: MainWindow, fresh_demo: Workspace
) -> None:
    dialog = edit_first(qtbot, window, WorkspacePage.TOUCHPOINTS)
    assert isinstance(dialog, TouchpointDialog)
    dialog.summary.clear()
    qtbot.keyClicks(dialog.summary, "Renewal prepared, room climate raised")
    record_id = dialog.record_id
    with fresh_demo.transaction() as other:  # a colleague saves the same touchpoint meanwhile
        row = other.get_one(Touchpoint, record_id)
        row.participants = "Dr. Katrin Vogel"

    qtbot.keyClick(dialog, Qt.Key.Key_S, CTRL)

    qtbot.waitUntil(lambda: dialog.banner.isVisible(), timeout=WAIT_MS)
    assert "since you opened it" in dialog.banner.message.text()
    assert "Nothing was overwritten" in dialog.banner.message.text()
    assert dialog.banner.reload_button.isVisible()
    assert dialog.summary.toPlainText() == "Renewal prepared, room climate raised"

    qtbot.mouseClick(dialog.banner.reload_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: dialog.participants.text() == "Dr. Katrin Vogel", timeout=WAIT_MS)
    assert dialog.summary.toPlainText() == "Renewal prepared, room climate raised"
    assert "Your edits are kept in: Summary" in dialog.banner.message.text()
    with qtbot.waitSignal(dialog.saved, timeout=WAIT_MS):
        qtbot.keyClick(dialog, Qt.Key.Key_S, CTRL)
    with fresh_demo.session() as session:
        saved = session.get_one(Touchpoint, record_id)
        assert saved.summary == "Renewal prepared, room climate raised"
        assert saved.participants == "Dr. Katrin Vogel"
