"""Workspace windows for tests: each window registered with qtbot, a fake notifier, TODAY."""

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from app.bootstrap import Workspace
from app.domain.wording import Language
from tests.helpers.notifiers import FakeNotifier
from tests.helpers.windows import TODAY
from ui.main_window import MainWindow
from ui.workspace_windows import AccountCreator, WorkspaceWindows


def registered_windows(
    qtbot: QtBot,
) -> Callable[[Workspace, date, QSettings, Language], MainWindow]:
    def make(workspace: Workspace, today: date, store: QSettings, language: Language) -> MainWindow:
        window = MainWindow(workspace, today, store, language)
        qtbot.addWidget(window)
        return window

    return make


def workspace_windows(
    qtbot: QtBot,
    own: Workspace,
    settings: QSettings,
    *,
    notifier: FakeNotifier | None = None,
    clock: Callable[[], date] = lambda: TODAY,
    account_creator: AccountCreator | None = None,
) -> WorkspaceWindows:
    return WorkspaceWindows(
        own,
        TODAY,
        settings,
        "en",
        registered_windows(qtbot),
        notifier=notifier or FakeNotifier(),
        clock=clock,
        account_creator=account_creator,
    )
