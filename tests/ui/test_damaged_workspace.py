"""At start-up, a damaged workspace: the dialog says where it went and offers the newest good
backup; Restore, Start empty and Quit do what they say (clicked, as a user would)."""

import sqlite3
from collections.abc import Callable
from contextlib import closing
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication
from pytestqt.qtbot import QtBot

import ui.main
from app.bootstrap import Workspace, open_workspace
from app.demo import generate_demo
from app.domain.wording import Language
from app.storage.backup import back_up, backup_dir_for, backup_file_name
from app.storage.damage import DamagedWorkspaceError
from tests.helpers.damaged_files import set_aside_files, zero_accounts_page
from tests.helpers.offscreen import ignore_offscreen_warnings
from ui.damaged_workspace import DamagedWorkspaceDialog
from ui.main_window import MainWindow

pytestmark = ignore_offscreen_warnings

TODAY = date(2026, 11, 23)
BACKUP_AT = datetime(2026, 11, 22, 17, 0, tzinfo=UTC)
DIALOG_TIMEOUT_MS = 5_000


@pytest.fixture
def damaged(tmp_path: Path) -> tuple[Path, Path, bytes]:
    """A demo workspace with a good backup, then damaged: (file, backup, damaged bytes)."""
    database = tmp_path / "kamdesk.db"
    workspace = open_workspace(database)
    with workspace.transaction() as session:
        generate_demo(session, today=TODAY)
    workspace.close()
    backup = backup_dir_for(database) / backup_file_name(database, "auto-daily", BACKUP_AT)
    back_up(database, "auto-daily", backup)
    zero_accounts_page(database)
    return database, backup, database.read_bytes()


@pytest.fixture
def windows(qtbot: QtBot, settings: QSettings, monkeypatch: pytest.MonkeyPatch) -> list[MainWindow]:
    """The windows ``ui.main.main`` opens; its event loop ends at once."""
    opened: list[MainWindow] = []

    def registered_window(
        workspace: Workspace, today: date, _store: QSettings, language: Language
    ) -> MainWindow:
        window = MainWindow(workspace, today, settings, language)
        qtbot.addWidget(window)
        opened.append(window)
        return window

    monkeypatch.setattr(ui.main, "MainWindow", registered_window)
    monkeypatch.setattr(ui.main, "user_settings", lambda: settings)
    monkeypatch.setattr(ui.main.QApplication, "exec", lambda _app: 0)
    return opened


def when_the_dialog_shows(
    qtbot: QtBot, act: Callable[[DamagedWorkspaceDialog], QAbstractButton]
) -> list[DamagedWorkspaceDialog]:
    """Once the start-up dialog is up, click the button ``act`` picks; returns the dialogs seen."""
    seen: list[DamagedWorkspaceDialog] = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, DamagedWorkspaceDialog):
            QTimer.singleShot(20, look)
            return
        seen.append(dialog)
        qtbot.mouseClick(act(dialog), Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, look)
    return seen


def account_count(database: Path) -> int:
    with closing(sqlite3.connect(database)) as raw:
        count: int = raw.execute("SELECT count(*) FROM account").fetchone()[0]
    return count


def test_restore_puts_the_newest_good_backup_in_place_and_opens_it(
    qtbot: QtBot, damaged: tuple[Path, Path, bytes], windows: list[MainWindow]
) -> None:
    database, backup, spoiled = damaged
    seen = when_the_dialog_shows(qtbot, lambda dialog: dialog.restore_button)

    assert ui.main.main(["--db", str(database)]) == 0

    [dialog] = seen
    [moved] = set_aside_files(database)
    assert str(moved) in dialog.moved.text()
    assert dialog.offer.text().startswith("Restore the backup of ")
    assert "Rowid" in dialog.detail.text() or "malformed" in dialog.detail.text()
    assert moved.read_bytes() == spoiled
    assert len(windows) == 1
    assert account_count(database) == 12
    assert backup.exists()


def test_start_empty_opens_an_empty_workspace_and_keeps_the_damaged_file(
    qtbot: QtBot, damaged: tuple[Path, Path, bytes], windows: list[MainWindow]
) -> None:
    database, _, spoiled = damaged
    when_the_dialog_shows(qtbot, lambda dialog: dialog.start_empty_button)

    assert ui.main.main(["--db", str(database)]) == 0

    assert len(windows) == 1
    assert account_count(database) == 0
    [moved] = set_aside_files(database)
    assert moved.read_bytes() == spoiled


def test_quit_opens_nothing_and_the_next_start_asks_again(
    qtbot: QtBot, damaged: tuple[Path, Path, bytes], windows: list[MainWindow]
) -> None:
    database, _, _ = damaged
    when_the_dialog_shows(qtbot, lambda dialog: dialog.quit_button)
    assert ui.main.main(["--db", str(database)]) == 1
    assert windows == [] and not database.exists()

    seen = when_the_dialog_shows(qtbot, lambda dialog: dialog.restore_button)
    assert ui.main.main(["--db", str(database)]) == 0

    assert seen[0].headline.text() == "Your workspace was found damaged at an earlier start."
    assert len(windows) == 1 and account_count(database) == 12


def test_without_a_good_backup_restore_is_not_offered(qtbot: QtBot, tmp_path: Path) -> None:
    damage = DamagedWorkspaceError(
        tmp_path / "kamdesk.db", tmp_path / "kamdesk.db.corrupt-20261123-101500", None, "bad"
    )
    dialog = DamagedWorkspaceDialog(damage)
    qtbot.addWidget(dialog)
    dialog.show()

    assert not dialog.restore_button.isVisible()
    assert dialog.start_empty_button.isVisible()
    assert dialog.offer.text().startswith("No backup that passes the integrity check")
    qtbot.mouseClick(dialog.quit_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
