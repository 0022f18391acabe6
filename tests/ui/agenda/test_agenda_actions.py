"""From the agenda: an item opens on the right page of its account with its row chosen;
a follow-up is marked done (Ctrl+D) or snoozed from its context menu."""

from collections.abc import Callable

import pytest
from PySide6.QtCore import QModelIndex, QSettings, Qt
from pytestqt.qtbot import QtBot

from app.bootstrap import Workspace
from app.domain.agenda import AgendaItem, AgendaKind
from app.model import FollowUp
from tests.helpers.account_pages import account_page
from tests.helpers.offscreen import ignore_offscreen_warnings
from tests.helpers.windows import TODAY, WAIT_MS, new_window
from ui.account.workspace_pages import RecordTarget, WorkspacePage
from ui.agenda.agenda_page import AgendaPage
from ui.main_window import MainWindow

pytestmark = ignore_offscreen_warnings

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def window(qtbot: QtBot, fresh_demo: Workspace, settings: QSettings) -> MainWindow:
    return new_window(qtbot, fresh_demo, settings)


def agenda_of(window: MainWindow) -> AgendaPage:
    page = window.stack.currentWidget()
    assert isinstance(page, AgendaPage)
    return page


def find(page: AgendaPage, wanted: Callable[[AgendaItem], bool]) -> QModelIndex:
    model = page.model
    for group_row in range(model.rowCount()):
        group = model.index(group_row, 0)
        for row in range(model.rowCount(group)):
            index = model.index(row, 0, group)
            item = model.item_at(index)
            if item is not None and wanted(item):
                return index
    raise AssertionError("no such agenda item")


def items(page: AgendaPage) -> list[AgendaItem]:
    found = []
    for group_row in range(page.model.rowCount()):
        group = page.model.index(group_row, 0)
        for row in range(page.model.rowCount(group)):
            item = page.model.item_at(page.model.index(row, 0, group))
            if item is not None:
                found.append(item)
    return found


def test_the_notice_deadline_opens_the_contracts_page_with_its_contract_chosen(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = agenda_of(window)
    index = find(
        page,
        lambda item: item.kind is AgendaKind.NOTICE_DEADLINE and item.customer_number == "10-4711",
    )
    item = page.model.item_at(index)
    assert item is not None
    page.tree.setCurrentIndex(index)
    page.tree.setFocus()
    contracts = account_page(window).workspace.page(WorkspacePage.CONTRACTS)

    with qtbot.waitSignal(page.account_requested) as requested:
        qtbot.keyClick(page.tree, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: contracts.current_record() is not None and contracts.isVisible(), timeout=WAIT_MS
    )

    assert requested.args == ["10-4711", RecordTarget(WorkspacePage.CONTRACTS, item.subject_id)]
    workspace = account_page(window).workspace
    assert workspace.currentWidget() is contracts
    chosen = contracts.current_record()
    assert chosen is not None and chosen.id == item.subject_id
    assert chosen.number == "SV-2024-4711"


@pytest.mark.parametrize(
    ("kind", "page"),
    [
        (AgendaKind.SLA_BREACH, WorkspacePage.INCIDENTS),
        (AgendaKind.UNCOVERED_PROMISE, WorkspacePage.PROMISES),
        (AgendaKind.NOTE_FOLLOW_UP, WorkspacePage.NOTES),
        (AgendaKind.FOLLOW_UP, WorkspacePage.FOLLOW_UPS),
    ],
)
def test_each_kind_of_item_lands_on_the_page_of_its_row(
    qtbot: QtBot, window: MainWindow, kind: AgendaKind, page: WorkspacePage
) -> None:
    agenda = agenda_of(window)
    index = find(agenda, lambda item: item.kind is kind and item.customer_number == "10-4711")
    item = agenda.model.item_at(index)
    assert item is not None
    target = account_page(window).workspace.page(page)
    position = agenda.tree.visualRect(index).center()

    qtbot.mouseClick(agenda.tree.viewport(), Qt.MouseButton.LeftButton, pos=position)
    qtbot.mouseDClick(agenda.tree.viewport(), Qt.MouseButton.LeftButton, pos=position)

    qtbot.waitUntil(lambda: target.current_record() is not None, timeout=WAIT_MS)
    assert account_page(window).workspace.currentWidget() is target
    chosen = target.current_record()
    assert chosen is not None and chosen.id == item.subject_id


def follow_up_done(workspace: Workspace, follow_up_id: int | None) -> bool:
    with workspace.session() as session:
        row = session.get_one(FollowUp, follow_up_id)
        return row.done_at is not None


def test_ctrl_d_marks_a_follow_up_done_and_it_leaves_the_agenda(
    qtbot: QtBot, window: MainWindow, fresh_demo: Workspace
) -> None:
    page = agenda_of(window)
    index = find(page, lambda item: item.kind is AgendaKind.FOLLOW_UP)
    item = page.model.item_at(index)
    assert item is not None
    page.tree.setCurrentIndex(index)
    page.tree.setFocus()

    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
        qtbot.keyClick(page.tree, Qt.Key.Key_D, CTRL)

    assert item.subject_id not in [i.subject_id for i in items(page) if i.kind is item.kind]
    assert follow_up_done(fresh_demo, item.subject_id)
    assert window.statusBar().currentMessage().startswith(f"Done: “{item.title}”")
    assert page.tree.currentIndex().isValid()  # the keyboard stays in the list


def test_a_follow_up_snoozed_a_week_comes_back_a_week_later(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = agenda_of(window)
    index = find(page, lambda item: item.kind is AgendaKind.FOLLOW_UP)
    item = page.model.item_at(index)
    assert item is not None
    menu = page.follow_up_actions().menu_for(item, page.tree)
    texts = [action.text() for action in menu.actions() if action.text()]
    assert texts == ["Mark &done", "Snooze one d&ay", "Snooze one &week", "Snooze &until…"]
    week = next(action for action in menu.actions() if action.text() == "Snooze one &week")

    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
        week.trigger()

    moved = next(i for i in items(page) if i.subject_id == item.subject_id and i.kind is item.kind)
    assert (moved.due - max(item.due, TODAY)).days == 7
    menu.deleteLater()


def test_other_items_have_no_follow_up_menu_and_ctrl_d_does_nothing(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = agenda_of(window)
    index = find(page, lambda item: item.kind is AgendaKind.NOTICE_DEADLINE)
    page.tree.setCurrentIndex(index)
    page.tree.setFocus()

    with qtbot.assertNotEmitted(window.broadcast.changed, wait=300):
        qtbot.keyClick(page.tree, Qt.Key.Key_D, CTRL)
