"""The agenda page: grouped by urgency, opened by double-click or Enter, reloaded on change."""

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QModelIndex, QSettings, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from app.bootstrap import Workspace
from app.domain.agenda import Urgency
from tests.helpers.offscreen import ignore_offscreen_warnings
from tests.helpers.windows import TODAY, WAIT_MS, new_window
from ui.account.account_page import AccountPage
from ui.agenda.agenda_lines import load_agenda_lines
from ui.agenda.agenda_model import ACCOUNT, DUE, WHAT, AgendaModel
from ui.agenda.agenda_page import AgendaPage
from ui.change_broadcast import CONTACTS, NOTES, ChangeBroadcast
from ui.database_worker import DatabaseWorker
from ui.main_window import MainWindow

pytestmark = ignore_offscreen_warnings


def agenda_of(window: MainWindow) -> AgendaPage:
    page = window.stack.currentWidget()
    assert isinstance(page, AgendaPage)
    return page


def first_overdue(page: AgendaPage) -> QModelIndex:
    overdue_group = page.model.index(0, 0)
    assert page.model.item_at(overdue_group) is None  # a group row, not an item
    return page.model.index(0, DUE, overdue_group)


def test_the_agenda_model_passes_the_model_tester(
    window: MainWindow, qtmodeltester: ModelTester
) -> None:
    qtmodeltester.check(agenda_of(window).model)


def test_items_are_grouped_by_urgency_with_their_counts(window: MainWindow) -> None:
    model = agenda_of(window).model

    assert model.group_urgencies() == [Urgency.OVERDUE, Urgency.THIS_WEEK, Urgency.THIS_MONTH]
    titles = [model.index(row, 0).data() for row in range(model.rowCount())]
    # This month holds 10-4711's notice deadline falling before its budget window too.
    assert titles == ["Overdue (13)", "This week (1)", "This month (10)"]
    assert model.item_count() == 24
    for group_row, urgency in enumerate(model.group_urgencies()):
        group = model.index(group_row, 0)
        items = [model.item_at(model.index(row, 0, group)) for row in range(model.rowCount(group))]
        assert {item.urgency for item in items if item is not None} == {urgency}


def test_an_item_shows_its_date_account_and_sentence(window: MainWindow) -> None:
    model = agenda_of(window).model
    group = model.index(0, 0)
    item = model.item_at(model.index(0, 0, group))
    assert item is not None

    assert model.index(0, DUE, group).data() == "25 Dec 2025"
    assert model.index(0, ACCOUNT, group).data() == item.account_name
    assert (
        model.index(0, WHAT, group)
        .data()
        .startswith("Promise of 18 Dec 2025 not covered by the package")
    )
    assert model.index(0, WHAT, group).data(Qt.ItemDataRole.DecorationRole) is not None


def test_double_clicking_an_overdue_item_opens_its_account(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = agenda_of(window)
    index = first_overdue(page)
    item = page.model.item_at(index)
    assert item is not None
    position = page.tree.visualRect(index).center()

    with qtbot.waitSignal(page.account_requested) as requested:
        # A real double-click starts with a click; QTest's double-click alone lacks it.
        qtbot.mouseClick(page.tree.viewport(), Qt.MouseButton.LeftButton, pos=position)
        qtbot.mouseDClick(page.tree.viewport(), Qt.MouseButton.LeftButton, pos=position)

    assert requested.args[0] == item.customer_number
    account = window.stack.currentWidget()
    assert isinstance(account, AccountPage)
    qtbot.waitUntil(lambda: account.title.text() == item.account_name, timeout=WAIT_MS)


def test_enter_opens_the_selected_item(qtbot: QtBot, window: MainWindow) -> None:
    page = agenda_of(window)
    index = first_overdue(page)
    page.tree.setCurrentIndex(index)
    page.tree.setFocus()

    with qtbot.waitSignal(page.account_requested) as requested:
        qtbot.keyClick(page.tree, Qt.Key.Key_Return)

    assert requested.args[0] == "10-6034"


def test_a_change_to_notes_reloads_the_agenda_but_a_new_contact_does_not(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = agenda_of(window)

    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
        window.broadcast.announce({NOTES}, account_id=1)
    with qtbot.assertNotEmitted(page.loaded, wait=300):
        window.broadcast.announce({CONTACTS}, account_id=1)


@pytest.fixture
def empty_agenda(qtbot: QtBot, workspace: Workspace, settings: QSettings) -> Iterator[AgendaPage]:
    window = new_window(qtbot, workspace, settings)
    yield agenda_of(window)


def test_an_empty_agenda_says_nothing_is_due(empty_agenda: AgendaPage) -> None:
    assert empty_agenda.empty_state.isVisible()
    assert empty_agenda.empty_state.headline.text() == "Nothing due in the next 30 days"
    assert not empty_agenda.tree.isVisible()


def test_a_page_on_its_own_loads_on_its_worker(qtbot: QtBot, demo_workspace: Workspace) -> None:
    broadcast = ChangeBroadcast()
    worker = DatabaseWorker(demo_workspace, broadcast)
    try:
        with qtbot.waitSignal(worker.busy_changed, check_params_cb=lambda busy: not busy):
            page = AgendaPage(worker, broadcast, TODAY, "de")
            qtbot.addWidget(page)
        group = page.model.index(0, 0)
        assert page.model.index(0, DUE, group).data() == "25.12.2025"
        assert (
            page.model.index(0, WHAT, group)
            .data()
            .startswith("Zusage vom 18.12.2025 nicht durch das Paket gedeckt")
        )
    finally:
        worker.stop()


def test_a_long_group_ends_in_a_show_more_row_that_adds_the_rest(
    demo_workspace: Workspace, qtmodeltester: ModelTester
) -> None:
    with demo_workspace.session() as session:
        lines = load_agenda_lines(session, TODAY, "en")
    model = AgendaModel("en", first_shown=5)
    model.set_lines(lines)
    qtmodeltester.check(model)  # and it keeps checking the insertions below
    overdue = model.index(0, 0)
    more = model.index(5, WHAT, overdue)

    assert model.rowCount(overdue) == 6
    assert model.is_show_more(more)
    assert model.item_at(more) is None
    assert more.data() == "Show 8 more… (double-click or Enter)"
    assert overdue.data() == "Overdue (13)"

    model.show_more(more)

    assert model.rowCount(overdue) == 13
    assert not any(model.is_show_more(model.index(row, 0, overdue)) for row in range(13))
    shown = [model.item_at(model.index(row, 0, overdue)) for row in range(13)]
    assert [line.item for line in lines[:13]] == shown
