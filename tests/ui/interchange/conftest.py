"""A main window on a database of the test's own, and stand-ins for the file dialogs."""

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from app.bootstrap import Workspace
from tests.helpers.file_dialogs import ChosenFiles, patch_file_dialogs
from tests.helpers.windows import new_window
from ui.main_window import MainWindow


@pytest.fixture
def own_window(qtbot: QtBot, fresh_demo: Workspace, settings: QSettings) -> MainWindow:
    """The demo accounts in a file these tests may change, in a shown main window."""
    return new_window(qtbot, fresh_demo, settings)


@pytest.fixture
def chosen_files(monkeypatch: pytest.MonkeyPatch) -> ChosenFiles:
    return patch_file_dialogs(monkeypatch)
