"""Opening the main window in tests: a fixed today and a wait for its first page."""

from datetime import date

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from app.bootstrap import Workspace
from ui.main_window import MainWindow

TODAY = date(2026, 11, 23)
WAIT_MS = 15_000


def new_window(qtbot: QtBot, workspace: Workspace, settings: QSettings) -> MainWindow:
    """A shown, active main window whose first page has finished loading."""
    window = MainWindow(workspace, TODAY, settings)
    qtbot.addWidget(window)
    first_page = window.stack.currentWidget()
    with qtbot.waitSignal(first_page.loaded, timeout=WAIT_MS):  # type: ignore[attr-defined]
        pass
    with qtbot.waitActive(window):  # window shortcuts fire only in the active window
        window.show()
        window.activateWindow()
    return window
