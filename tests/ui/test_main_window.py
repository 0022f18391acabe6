"""The main window: status bar, page shortcuts, help dialogs and what it remembers."""

import pytest
from PySide6.QtCore import QSettings, QSize, Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from app import __version__
from app.bootstrap import Workspace
from app.storage.location import data_dir
from tests.helpers.offscreen import ignore_offscreen_warnings
from tests.helpers.windows import TODAY, WAIT_MS, new_window
from ui.account.account_page import AccountPage
from ui.accounts.accounts_page import AccountsPage
from ui.agenda.agenda_page import AgendaPage
from ui.catalog.catalog_page import CatalogPage
from ui.help_dialogs import AboutDialog, ShortcutsDialog
from ui.main_window import DEFAULT_SIZE, MainWindow
from ui.navigation import PageId
from ui.shortcuts import SHORTCUTS

pytestmark = ignore_offscreen_warnings

CTRL = Qt.KeyboardModifier.ControlModifier


def test_the_status_bar_names_the_open_database(
    window: MainWindow, demo_workspace: Workspace
) -> None:
    database = demo_workspace.location.describe()

    assert window.database_label.description == database
    assert window.database_label.toolTip() == f"Database: {database}"
    assert window.database_label in window.statusBar().findChildren(QLabel)


def test_only_the_agenda_is_built_at_start(window: MainWindow) -> None:
    assert window.current_page() is PageId.AGENDA
    assert isinstance(window.stack.currentWidget(), AgendaPage)
    assert window.stack.count() == 1  # the other pages wait until they are opened


def test_ctrl_2_shows_the_accounts_and_ctrl_3_the_catalog(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_2, CTRL)

    assert window.current_page() is PageId.ACCOUNTS
    assert isinstance(window.stack.currentWidget(), AccountsPage)
    assert window.navigation.currentItem().text() == "Accounts"

    qtbot.keyClick(window, Qt.Key.Key_3, CTRL)

    catalog = window.stack.currentWidget()
    assert isinstance(catalog, CatalogPage)
    assert catalog.tabs.tabText(0) == "Service packages"

    qtbot.keyClick(window, Qt.Key.Key_1, CTRL)

    assert window.current_page() is PageId.AGENDA


def test_ctrl_f_on_the_agenda_goes_to_the_accounts_search(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_F, CTRL)

    accounts = window.stack.currentWidget()
    assert isinstance(accounts, AccountsPage)
    qtbot.waitUntil(accounts.search.hasFocus)


def test_f5_reloads_what_is_shown(qtbot: QtBot, window: MainWindow) -> None:
    agenda = window.stack.currentWidget()
    assert isinstance(agenda, AgendaPage)

    with qtbot.waitSignal(agenda.loaded, timeout=WAIT_MS):
        qtbot.keyClick(window, Qt.Key.Key_F5)


def test_the_busy_indicator_shows_while_the_database_works(
    qtbot: QtBot, window: MainWindow
) -> None:
    assert not window.busy_indicator.isVisible()

    with qtbot.waitSignal(window.worker.busy_changed, check_params_cb=lambda busy: not busy):
        qtbot.keyClick(window, Qt.Key.Key_F5)
        assert window.busy_indicator.isVisible()

    assert not window.busy_indicator.isVisible()


def test_the_shortcuts_dialog_lists_every_declared_shortcut(
    qtbot: QtBot, window: MainWindow
) -> None:
    qtbot.keyClick(window, Qt.Key.Key_F1)

    dialog = window.findChild(ShortcutsDialog)
    assert dialog is not None and dialog.isVisible()
    listed = dialog.listed_keys()
    assert "Ctrl+K" in listed
    assert listed == [shortcut.shown_keys() for shortcut in SHORTCUTS]
    dialog.close()


def test_every_window_action_has_the_keys_of_its_table_entry(window: MainWindow) -> None:
    for shortcut in SHORTCUTS:
        if shortcut.window_action:
            action = window.actions_by_command[shortcut.command]
            assert action.shortcut() == shortcut.key_sequence()


def test_about_shows_the_version_licence_and_data_folder(window: MainWindow) -> None:
    dialog = window.show_about()

    assert isinstance(dialog, AboutDialog)
    facts = [label.text() for label in dialog.fact_labels]
    assert facts[0] == __version__
    assert facts[1] == "Proprietary"  # pyproject's license, read from the installed metadata
    assert facts[3] == str(data_dir())
    dialog.close()


def test_a_second_window_restores_size_and_last_page(
    qtbot: QtBot, demo_workspace: Workspace, settings: QSettings
) -> None:
    first = new_window(qtbot, demo_workspace, settings)
    qtbot.keyClick(first, Qt.Key.Key_3, CTRL)
    first.resize(760, 560)  # within the offscreen screen
    remembered = first.size()
    first.close()

    second = MainWindow(demo_workspace, TODAY, settings)
    qtbot.addWidget(second)

    assert second.current_page() is PageId.CATALOG
    assert remembered != QSize(*DEFAULT_SIZE)
    assert second.size() == remembered


def test_a_second_window_reopens_the_last_account(
    qtbot: QtBot, demo_workspace: Workspace, settings: QSettings
) -> None:
    first = new_window(qtbot, demo_workspace, settings)
    account = first.page(PageId.ACCOUNT)
    assert isinstance(account, AccountPage)
    with qtbot.waitSignal(account.loaded, timeout=WAIT_MS):
        first.open_account("10-4711")
    first.close()

    second = MainWindow(demo_workspace, TODAY, settings)
    qtbot.addWidget(second)
    reopened = second.stack.currentWidget()
    assert isinstance(reopened, AccountPage)
    with qtbot.waitSignal(reopened.loaded, timeout=WAIT_MS):
        pass

    assert reopened.title.text() == "Präzisionsteile Müller GmbH"
    assert second.navigation.currentItem().text() == "Präzisionsteile Müller GmbH"


def test_ctrl_q_closes_the_window_and_stops_the_worker(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_Q, CTRL)

    qtbot.waitUntil(lambda: not window.isVisible())
    with pytest.raises(RuntimeError, match="stopped"):
        window.worker.run(lambda _session: None, lambda _result: None)


def test_a_remembered_account_that_is_gone_starts_on_the_agenda(
    qtbot: QtBot, demo_workspace: Workspace, settings: QSettings
) -> None:
    settings.setValue("window/last_page", "account")
    settings.setValue("window/last_account", "99-0000")

    window = MainWindow(demo_workspace, TODAY, settings)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.current_page() is PageId.AGENDA, timeout=WAIT_MS)

    assert "The account opened last is not in this database" in window.statusBar().currentMessage()
    assert "99-0000" in window.statusBar().currentMessage()
    assert settings.value("window/last_account") == ""
