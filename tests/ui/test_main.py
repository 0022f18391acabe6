"""The ``kamdesk`` entry point: a bad database gets a message, a good one the main window."""

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

import ui.main
from app.bootstrap import Workspace, open_workspace
from app.domain.wording import Language
from app.errors import KamDeskError
from tests.helpers.offscreen import ignore_offscreen_warnings
from ui.main import main
from ui.main_window import MainWindow

pytestmark = ignore_offscreen_warnings


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


def test_main_opens_a_new_database_and_shows_the_main_window(
    qtbot: QtBot,
    critical: CapturedCritical,
    db_path: Path,
    settings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    shown: list[MainWindow] = []

    def registered_window(
        workspace: Workspace, today: date, _user_settings: QSettings, language: Language
    ) -> MainWindow:
        window = MainWindow(workspace, today, settings, language)
        qtbot.addWidget(window)
        shown.append(window)
        return window

    monkeypatch.setattr(ui.main, "MainWindow", registered_window)
    monkeypatch.setattr(ui.main, "user_settings", lambda: settings)
    # Stand in for the event loop: the window is up, the user quits at once.
    monkeypatch.setattr(ui.main.QApplication, "exec", lambda _app: 0)

    assert main(["--db", str(db_path)]) == 0

    assert critical.messages == []
    assert db_path.exists()
    assert len(shown) == 1
    assert shown[0].isVisible()
    assert shown[0].database_label.description == str(db_path)
    assert not shown[0].worker.busy  # stopped before the database was closed


def test_every_window_gets_the_kamdesk_icon_at_small_and_large_sizes(qapp: QApplication) -> None:
    icon = ui.main.application_icon()

    assert not icon.isNull()
    for size in (16, 256):
        image = icon.pixmap(size, size).toImage()
        assert image.width() == size
        assert image.pixelColor(size // 2, size * 3 // 4).alpha() == 255  # the tile, not blank
