"""Who moved, on the Contacts page of the demo's flagship: each contact's latest stance
change in the Moved column with its reason as the tooltip, the account's moves as sentences
above the list, and a stance changed in the form showing up there after the save."""

import pytest
from PySide6.QtCore import QModelIndex, QSettings, Qt
from pytestqt.qtbot import QtBot

from app.bootstrap import Workspace
from app.model import Stance
from tests.helpers.account_pages import open_on_page, wait_for_editor
from tests.helpers.offscreen import ignore_offscreen_warnings
from tests.helpers.windows import WAIT_MS, new_window
from ui.account.pages.contacts_model import MOVED, STANCE, ContactsModel
from ui.account.pages.contacts_page import ContactsPage
from ui.account.workspace_pages import WorkspacePage
from ui.forms.contact_dialog import ContactDialog
from ui.main_window import MainWindow
from ui.record_colours import BAD_TEXT, GOOD_TEXT

pytestmark = ignore_offscreen_warnings


@pytest.fixture
def window(qtbot: QtBot, fresh_demo: Workspace, settings: QSettings) -> MainWindow:
    return new_window(qtbot, fresh_demo, settings)


def contacts_page(qtbot: QtBot, window: MainWindow) -> ContactsPage:
    page = open_on_page(qtbot, window, "10-4711", WorkspacePage.CONTACTS)
    assert isinstance(page, ContactsPage)
    return page


def row_of(model: ContactsModel, name: str) -> QModelIndex:
    for group in range(model.rowCount()):
        parent = model.index(group, 0)
        for row in range(model.rowCount(parent)):
            if model.index(row, 0, parent).data() == name:
                return model.index(row, 0, parent)
    raise AssertionError(f"{name} is not listed")


def cell(
    model: ContactsModel, name: str, column: int, role: int = Qt.ItemDataRole.DisplayRole
) -> object:
    found = row_of(model, name)
    return model.index(found.row(), column, found.parent()).data(role)


def test_each_contact_shows_its_latest_move_with_the_reason_as_tooltip(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = contacts_page(qtbot, window)
    model = page.model

    assert cell(model, "Dieter Hartmann", MOVED) == "Supporter → Critic · 9 Nov 2026"
    assert cell(model, "Dieter Hartmann", MOVED, Qt.ItemDataRole.ToolTipRole) == (
        "Dieter Hartmann (Leitung Einkauf): supporter → critic on 9 Nov 2026, "
        "4 days after the SLA breach (48\u00a0h instead of 8\u00a0h)"
    )
    assert cell(model, "Dieter Hartmann", MOVED, Qt.ItemDataRole.ForegroundRole) == BAD_TEXT
    assert cell(model, "Dr. Katrin Vogel", MOVED) == "Supporter → Champion · 7 May 2026"
    assert cell(model, "Dr. Katrin Vogel", MOVED, Qt.ItemDataRole.ForegroundRole) == GOOD_TEXT
    assert cell(model, "Dieter Hartmann", MOVED, Qt.ItemDataRole.DecorationRole) is not None
    assert cell(model, "Michael Brandt", MOVED) == ""  # never moved
    assert model.headerData(MOVED, Qt.Orientation.Horizontal) == "Moved"


def test_the_panel_tells_who_moved_newest_first(qtbot: QtBot, window: MainWindow) -> None:
    page = contacts_page(qtbot, window)
    panel = page.who_moved

    assert panel.isVisible()
    assert panel.sentences == [
        "Dieter Hartmann (Leitung Einkauf): supporter → critic on 9 Nov 2026, "
        "4 days after the SLA breach (48\u00a0h instead of 8\u00a0h)",
        "Stefan Özdemir (Produktionsleitung): champion → supporter on 8 Nov 2026, "
        "3 days after the SLA breach (48\u00a0h instead of 8\u00a0h)",
        "Dr. Katrin Vogel (Leitung Fertigungstechnik): supporter → champion on 7 May 2026, "
        "10 days after the free service 'profitability / ROI calculation' (€5,800)",
    ]
    assert panel.more.isHidden()


def test_a_stance_changed_in_the_form_shows_as_the_newest_move(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = contacts_page(qtbot, window)
    brandt = row_of(page.model, "Michael Brandt")
    page.view.setCurrentIndex(brandt)
    page.view.setFocus()

    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    dialog = wait_for_editor(qtbot, page)
    assert isinstance(dialog, ContactDialog)
    assert dialog.stance.value() is Stance.NEUTRAL
    qtbot.keyClick(dialog.stance, Qt.Key.Key_Down)  # Neutral → Critic
    assert dialog.stance.value() is Stance.CRITIC
    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert cell(page.model, "Michael Brandt", STANCE) == "Critic"
    assert cell(page.model, "Michael Brandt", MOVED) == "Neutral → Critic · 23 Nov 2026"
    assert page.who_moved.sentences[0].startswith(
        "Michael Brandt (Geschäftsführung): neutral → critic on 23 Nov 2026"
    )
    chosen = page.current_record()
    assert chosen is not None and chosen.name == "Michael Brandt"


def test_an_account_where_nobody_moved_shows_no_panel(qtbot: QtBot, window: MainWindow) -> None:
    contacts_page(qtbot, window)  # the flagship first: its moves must not linger
    page = open_on_page(qtbot, window, "30-0815", WorkspacePage.CONTACTS)
    assert isinstance(page, ContactsPage)

    assert page.who_moved.isHidden()
    assert page.model.record_count() > 0
    assert all(page.latest.get(view.id) is None for view in page.model.rows())
