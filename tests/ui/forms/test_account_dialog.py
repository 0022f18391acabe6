"""New, Edit and Archive on the accounts page, through the account dialog."""

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app.bootstrap import Workspace
from tests.helpers.offscreen import ignore_offscreen_warnings
from tests.helpers.windows import WAIT_MS, new_window
from ui.accounts.accounts_model import NAME
from ui.accounts.accounts_page import AccountsPage
from ui.forms.account_dialog import AccountDialog

pytestmark = ignore_offscreen_warnings

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def page(qtbot: QtBot, fresh_demo: Workspace, settings: QSettings) -> AccountsPage:
    window = new_window(qtbot, fresh_demo, settings)
    qtbot.keyClick(window, Qt.Key.Key_2, CTRL)
    accounts = window.stack.currentWidget()
    assert isinstance(accounts, AccountsPage)
    qtbot.waitUntil(lambda: accounts.model.rowCount() == 12, timeout=WAIT_MS)
    return accounts


def shown_names(page: AccountsPage) -> list[str]:
    return [page.proxy.index(row, NAME).data() for row in range(page.proxy.rowCount())]


def open_new(qtbot: QtBot, page: AccountsPage) -> AccountDialog:
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: page.editing.dialog is not None, timeout=WAIT_MS)
    assert page.editing.dialog is not None
    return page.editing.dialog


def test_a_new_account_typed_into_the_dialog_appears_in_the_list(
    qtbot: QtBot, page: AccountsPage
) -> None:
    dialog = open_new(qtbot, page)
    assert dialog.name.hasFocus()
    qtbot.keyClicks(dialog.name, "Feinmechanik Aalen GmbH")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.customer_number, "10-9001")
    qtbot.keyClicks(dialog.city, "Aalen")

    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert "Feinmechanik Aalen GmbH" in shown_names(page)
    assert page.count_label.text() == "13 accounts"
    current = page.current_account()
    assert current is not None and current.customer_number == "10-9001"


def test_a_customer_number_in_use_is_named_and_nothing_is_added(
    qtbot: QtBot, page: AccountsPage
) -> None:
    dialog = open_new(qtbot, page)
    qtbot.keyClicks(dialog.name, "Doppelt GmbH")
    qtbot.keyClicks(dialog.customer_number, "10-4711")

    qtbot.keyClick(dialog, Qt.Key.Key_S, CTRL)

    qtbot.waitUntil(lambda: dialog.error_text("customer_number") != "", timeout=WAIT_MS)
    assert dialog.error_text("customer_number") == (
        "Customer number: 10-4711 is already used by Präzisionsteile Müller GmbH"
    )
    assert dialog.customer_number.hasFocus()
    assert len(shown_names(page)) == 12


def test_tab_goes_through_the_fields_from_top_to_bottom(qtbot: QtBot, page: AccountsPage) -> None:
    dialog = open_new(qtbot, page)
    expected: list[QWidget] = [
        dialog.name,
        dialog.customer_number,
        dialog.industry,
        dialog.street,
        dialog.postal_code,
        dialog.city,
        dialog.country,
        dialog.tier,
        dialog.owner,
        dialog.status,
        dialog.currency,
        dialog.relationship_since,
        dialog.notes,
    ]
    # The focus chain, as Tab follows it (a date field's Tab first walks its day, month, year).
    visited: list[QWidget] = []
    widget = dialog.name
    while len(visited) < len(expected):
        if widget in expected and widget not in visited:
            visited.append(widget)
        widget = widget.nextInFocusChain()
    assert visited == expected


def test_edit_renames_the_chosen_account(qtbot: QtBot, page: AccountsPage) -> None:
    page.search.setText("10-4711")
    page.table.setCurrentIndex(page.proxy.index(0, NAME))
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: page.editing.dialog is not None, timeout=WAIT_MS)
    dialog = page.editing.dialog
    assert dialog is not None and dialog.name.text() == "Präzisionsteile Müller GmbH"
    dialog.name.selectAll()
    qtbot.keyClicks(dialog.name, "Mueller Praezision AG")

    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
        qtbot.keyClick(dialog.name, Qt.Key.Key_Return)

    assert shown_names(page) == ["Mueller Praezision AG"]


def test_archive_asks_and_the_account_leaves_the_list(qtbot: QtBot, page: AccountsPage) -> None:
    page.search.setText("10-4711")
    page.table.setCurrentIndex(page.proxy.index(0, NAME))
    qtbot.mouseClick(page.archive_button, Qt.MouseButton.LeftButton)
    question = page.editing.question
    assert question is not None and "Archive Präzisionsteile Müller GmbH" in question.text()
    archive = next(b for b in question.buttons() if b.text() == "&Archive")

    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
        qtbot.mouseClick(archive, Qt.MouseButton.LeftButton)

    page.search.clear()
    assert "Präzisionsteile Müller GmbH" not in shown_names(page)
    assert page.count_label.text() == "11 accounts"
