"""An empty workspace's first start: the demo workspace beside it, a first account, an import."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from app.bootstrap import Workspace, open_workspace
from app.domain.accounts import count_accounts
from app.storage.location import data_dir
from tests.helpers.offscreen import ignore_offscreen_warnings
from tests.helpers.windows import WAIT_MS
from tests.helpers.workspace_windows import workspace_windows
from ui.first_start.demo_banner import DemoBanner
from ui.first_start.first_account import create_first_account
from ui.first_start.first_start_page import FirstStartPage
from ui.forms.account_dialog import AccountDialog
from ui.main_window import MainWindow
from ui.navigation import PageId
from ui.workspace_windows import WorkspaceWindows

pytestmark = ignore_offscreen_warnings

DEMO_MS = 60_000  # migrating and filling a new file


@pytest.fixture
def windows(qtbot: QtBot, workspace: Workspace, settings: QSettings) -> Iterator[WorkspaceWindows]:
    """Windows over the empty workspace of tests/conftest.py."""
    windows = workspace_windows(qtbot, workspace, settings)
    yield windows
    windows.close()


def welcome_of(qtbot: QtBot, windows: WorkspaceWindows) -> FirstStartPage:
    qtbot.waitUntil(lambda: windows.welcome is not None, timeout=WAIT_MS)
    welcome = windows.welcome
    assert welcome is not None
    return welcome


def count_in(path: Path) -> int:
    workspace = open_workspace(path)
    try:
        with workspace.session() as session:
            return count_accounts(session)
    finally:
        workspace.close()


def open_demo(qtbot: QtBot, windows: WorkspaceWindows) -> MainWindow:
    welcome = welcome_of(qtbot, windows)
    with qtbot.waitSignal(windows.window_opened, timeout=DEMO_MS) as opened:
        qtbot.mouseClick(welcome.demo, Qt.MouseButton.LeftButton)
        assert not welcome.demo.isEnabled()  # while the demo is being prepared
        assert welcome.progress.text() == "Preparing the demo workspace…"
    window = opened.args[0]
    assert isinstance(window, MainWindow)
    return window


def test_an_empty_workspace_offers_three_ways_to_begin(
    qtbot: QtBot, windows: WorkspaceWindows
) -> None:
    window = windows.start()

    welcome = welcome_of(qtbot, windows)

    assert window.stack.currentWidget() is welcome
    assert welcome.isVisible()
    assert welcome.demo.isEnabled()
    assert not welcome.create_account.isEnabled()
    assert "not part of this version yet" in welcome.create_account.toolTip()
    assert welcome.import_csv.isEnabled()
    # The navigation still leads to the (empty) pages.
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is PageId.ACCOUNTS


def test_the_demo_opens_in_a_file_of_its_own_and_the_own_stays_empty(
    qtbot: QtBot, windows: WorkspaceWindows, workspace: Workspace
) -> None:
    first = windows.start()

    demo = open_demo(qtbot, windows)

    demo_file = data_dir() / "kamdesk-demo.db"
    assert demo.database_label.description == str(demo_file)
    assert count_in(demo_file) == 12
    with workspace.session() as session:
        assert count_accounts(session) == 0
    banner = demo.findChild(DemoBanner)
    assert banner is not None and banner.isVisible()
    assert banner.message.text() == "Demo workspace — changes are not saved to your own data"
    assert windows.in_demo
    assert windows.window is demo and not first.isVisible()
    assert demo.windowTitle() == "KAM Desk — demo workspace"


def test_back_to_my_workspace_closes_the_demo(
    qtbot: QtBot, windows: WorkspaceWindows, workspace: Workspace, settings: QSettings
) -> None:
    windows.start()
    demo = open_demo(qtbot, windows)
    demo.open_account("10-4711")  # remembered in the demo's settings, not the user's
    banner = demo.findChild(DemoBanner)
    assert banner is not None

    with qtbot.waitSignal(windows.window_opened, timeout=WAIT_MS) as opened:
        qtbot.mouseClick(banner.back, Qt.MouseButton.LeftButton)

    own = opened.args[0]
    assert own.database_label.description == workspace.location.describe()
    assert own.findChild(DemoBanner) is None
    assert not windows.in_demo and not demo.isVisible()
    welcome_of(qtbot, windows)  # still empty: the choices again
    assert settings.value("window/last_account") in (None, "")


def test_a_workspace_with_accounts_starts_on_the_agenda(
    qtbot: QtBot, demo_workspace: Workspace, settings: QSettings
) -> None:
    windows = workspace_windows(qtbot, demo_workspace, settings)
    window = windows.start()

    qtbot.waitUntil(lambda: not window.worker.busy, timeout=WAIT_MS)

    assert windows.welcome is None
    assert window.current_page() is PageId.AGENDA
    windows.close()


def test_the_demo_never_replaces_the_database_that_is_open(
    qtbot: QtBot, settings: QSettings
) -> None:
    own = open_workspace(data_dir() / "kamdesk-demo.db")  # someone opened the demo file itself
    windows = workspace_windows(qtbot, own, settings)
    windows.start()
    welcome = welcome_of(qtbot, windows)

    with qtbot.waitSignal(windows.demo_failed, timeout=WAIT_MS):
        qtbot.mouseClick(welcome.demo, Qt.MouseButton.LeftButton)

    assert "never replaced" in welcome.progress.text()
    assert welcome.demo.isEnabled()
    assert not windows.in_demo
    windows.close()
    own.close()


def test_create_your_first_account_calls_the_account_form(
    qtbot: QtBot, workspace: Workspace, settings: QSettings
) -> None:
    asked: list[MainWindow] = []
    windows = workspace_windows(qtbot, workspace, settings, account_creator=asked.append)
    window = windows.start()
    welcome = welcome_of(qtbot, windows)
    assert welcome.create_account.isEnabled()

    qtbot.mouseClick(welcome.create_account, Qt.MouseButton.LeftButton)

    assert asked == [window]
    windows.close()


def test_the_first_account_saved_in_the_form_takes_the_choices_away(
    qtbot: QtBot, workspace: Workspace, settings: QSettings
) -> None:
    windows = workspace_windows(qtbot, workspace, settings, account_creator=create_first_account)
    window = windows.start()
    welcome = welcome_of(qtbot, windows)

    qtbot.mouseClick(welcome.create_account, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.findChild(AccountDialog) is not None, timeout=WAIT_MS)
    form = window.findChild(AccountDialog)
    assert form is not None
    qtbot.keyClicks(form.name, "Kunde GmbH")
    qtbot.keyClicks(form.customer_number, "10-0001")
    with qtbot.waitSignal(form.saved, timeout=WAIT_MS):
        qtbot.keyClick(form.customer_number, Qt.Key.Key_Return)

    qtbot.waitUntil(lambda: windows.welcome is None, timeout=WAIT_MS)
    assert window.current_page() is PageId.ACCOUNTS  # where the new account is listed
    pages = [window.stack.widget(index) for index in range(window.stack.count())]
    assert not any(isinstance(page, FirstStartPage) for page in pages)
    with workspace.session() as session:
        assert count_accounts(session) == 1
    windows.close()
