"""The placeholder window and the ``kamdesk`` entry point."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

import ui.main
from app import __version__
from app.bootstrap import Workspace, open_workspace
from app.errors import KamDeskError
from app.model import Account
from ui.main import account_count, main
from ui.placeholder_window import PlaceholderWindow

# The offscreen platform plugin warns about this on every QMainWindow it shows.
OFFSCREEN_SIZE_HINTS = r"This plugin does not support propagateSizeHints\(\)"


@pytest.fixture
def database(tmp_path: Path) -> Path:
    return tmp_path / "kamdesk.db"


@pytest.fixture
def open_database(database: Path) -> Iterator[Workspace]:
    workspace = open_workspace(str(database))
    yield workspace
    workspace.close()


def add_accounts(workspace: Workspace, how_many: int) -> None:
    with workspace.transaction() as session:
        session.add_all(
            Account(name=f"Customer {number}", customer_number=f"K-{number:04d}")
            for number in range(1, how_many + 1)
        )


def window_for(workspace: Workspace, qtbot: QtBot) -> PlaceholderWindow:
    window = PlaceholderWindow(workspace.location.describe(), account_count(workspace), __version__)
    qtbot.addWidget(window)
    return window


def label_texts(widget: QWidget) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel)]


def test_window_shows_the_database_and_twelve_accounts(
    qtbot: QtBot, open_database: Workspace, database: Path
) -> None:
    add_accounts(open_database, 12)

    texts = label_texts(window_for(open_database, qtbot))

    assert str(database) in texts
    assert "12 accounts" in texts
    assert f"Version {__version__}" in texts


def test_one_account_is_singular(qtbot: QtBot, open_database: Workspace) -> None:
    add_accounts(open_database, 1)

    assert "1 account" in label_texts(window_for(open_database, qtbot))


def test_empty_database_shows_zero_accounts(qtbot: QtBot, open_database: Workspace) -> None:
    assert "0 accounts" in label_texts(window_for(open_database, qtbot))


@pytest.mark.qt_log_ignore(OFFSCREEN_SIZE_HINTS)
def test_ctrl_q_closes_the_window(qtbot: QtBot, open_database: Workspace) -> None:
    window = window_for(open_database, qtbot)
    with qtbot.waitActive(window):  # window shortcuts fire only in the active window
        window.show()
        window.activateWindow()

    qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)

    qtbot.waitUntil(lambda: not window.isVisible())


class CapturedCritical:
    """Stands in for the modal ``QMessageBox.critical`` and remembers what it was asked to say."""

    def __init__(self) -> None:
        self.messages: list[str] = []

    def __call__(self, parent: QWidget | None, title: str, text: str) -> QMessageBox.StandardButton:
        self.messages.append(text)
        return QMessageBox.StandardButton.Ok


@pytest.fixture
def critical(monkeypatch: pytest.MonkeyPatch) -> CapturedCritical:
    captured = CapturedCritical()
    monkeypatch.setattr(ui.main.QMessageBox, "critical", captured)
    return captured


@pytest.fixture
def text_file(tmp_path: Path) -> Path:
    path = tmp_path / "shopping-list.txt"
    path.write_text("milk\neggs\ncontract renewal notes\n" * 50, encoding="utf-8")
    return path


def test_a_text_file_is_refused_with_a_message_naming_it(
    qtbot: QtBot, critical: CapturedCritical, text_file: Path
) -> None:
    contents = text_file.read_bytes()

    assert main(["--db", str(text_file)]) == 1

    with pytest.raises(KamDeskError) as refused:
        open_workspace(str(text_file))
    assert critical.messages == [str(refused.value)]
    assert str(text_file) in critical.messages[0]
    assert text_file.read_bytes() == contents


def test_kamdesk_db_variable_is_honoured(
    qtbot: QtBot,
    critical: CapturedCritical,
    text_file: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("KAMDESK_DB", str(text_file))

    assert main([]) == 1

    assert str(text_file) in critical.messages[0]


@pytest.mark.qt_log_ignore(OFFSCREEN_SIZE_HINTS)
def test_main_opens_a_new_database_and_shows_the_window(
    qtbot: QtBot, critical: CapturedCritical, database: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[PlaceholderWindow] = []

    def registered_window(database: str, account_count: int, version: str) -> PlaceholderWindow:
        window = PlaceholderWindow(database, account_count, version)
        qtbot.addWidget(window)
        shown.append(window)
        return window

    monkeypatch.setattr(ui.main, "PlaceholderWindow", registered_window)
    # Stand in for the event loop: the window is up, the user quits at once.
    monkeypatch.setattr(ui.main.QApplication, "exec", lambda _app: 0)

    assert main(["--db", str(database)]) == 0

    assert critical.messages == []
    assert database.exists()
    assert len(shown) == 1
    assert shown[0].isVisible()
    assert str(database) in label_texts(shown[0])
    assert "0 accounts" in label_texts(shown[0])
