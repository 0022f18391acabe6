"""The demo workspace, throw-away settings and an open main window for the window tests."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from app.bootstrap import Workspace, open_workspace
from app.demo import generate_demo
from tests.helpers.windows import TODAY, new_window
from ui.main_window import MainWindow


@pytest.fixture(scope="module")
def demo_workspace(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    """The twelve curated demo accounts as of TODAY; shared by a module, never written to."""
    workspace = open_workspace(tmp_path_factory.mktemp("demo") / "demo.db")
    with workspace.transaction() as session:
        generate_demo(session, today=TODAY)
    yield workspace
    workspace.close()


@pytest.fixture
def fresh_demo(tmp_path: Path) -> Iterator[Workspace]:
    """The demo accounts in a database of the test's own, for tests that change them."""
    workspace = open_workspace(tmp_path / "fresh-demo.db")
    with workspace.transaction() as session:
        generate_demo(session, today=TODAY)
    yield workspace
    workspace.close()


@pytest.fixture(autouse=True)
def _no_user_settings(tmp_path: Path) -> None:
    """A safety net: even a default ``QSettings()`` writes into tmp_path, never the real one."""
    for file_format in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(file_format, QSettings.Scope.UserScope, str(tmp_path / "qt-settings"))


@pytest.fixture
def settings_path(tmp_path: Path) -> Path:
    return tmp_path / "kamdesk-settings.ini"


@pytest.fixture
def settings(settings_path: Path) -> QSettings:
    """An ini file in tmp_path: tests never read or write the developer's own settings."""
    return QSettings(str(settings_path), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot: QtBot, demo_workspace: Workspace, settings: QSettings) -> MainWindow:
    return new_window(qtbot, demo_workspace, settings)
