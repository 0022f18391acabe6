"""File → Restore from backup: the backups listed newest first; a restore brings the old
state back and every view reloads; a bad file is refused and nothing changes."""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.bootstrap import Workspace
from app.domain.accounts import count_accounts
from app.storage.backup import back_up, backup_dir_for
from tests.helpers import factories
from tests.helpers.offscreen import ignore_offscreen_warnings
from tests.helpers.windows import TODAY, WAIT_MS
from ui.interchange.restore_dialog import RestoreDialog
from ui.main_window import MainWindow

pytestmark = ignore_offscreen_warnings


def database_of(workspace: Workspace) -> Path:
    assert workspace.location.path is not None
    return workspace.location.path


def accounts_in(workspace: Workspace) -> int:
    with workspace.session() as session:
        return count_accounts(session)


def open_restore(qtbot: QtBot, window: MainWindow) -> RestoreDialog:
    window.interchange.restore.trigger()
    dialog = window.findChild(RestoreDialog)
    assert isinstance(dialog, RestoreDialog)
    qtbot.waitExposed(dialog)
    return dialog


def restore_row(qtbot: QtBot, dialog: RestoreDialog, row: int) -> None:
    """Click the row, Restore…, and Restore in the question that follows."""
    item = dialog.backups.topLevelItem(row)
    rect = dialog.backups.visualItemRect(item)
    qtbot.mouseClick(dialog.backups.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    box = dialog.confirmation
    assert isinstance(box, QMessageBox)
    assert "The current state is backed up first." in box.text()
    restore = next(b for b in box.buttons() if b.text() == "Restore")
    qtbot.mouseClick(restore, Qt.MouseButton.LeftButton)


def test_restoring_a_backup_brings_back_the_old_state(
    qtbot: QtBot, own_window: MainWindow, fresh_demo: Workspace
) -> None:
    database = database_of(fresh_demo)
    older = back_up(database, "manual")
    before = accounts_in(fresh_demo)
    with fresh_demo.transaction() as session:
        factories.account(session, customer_number="77-0001", name="Nach dem Backup AG")
    dialog = open_restore(qtbot, own_window)

    assert dialog.backups.topLevelItemCount() == 1
    assert dialog.backups.topLevelItem(0).text(2) == "Taken by hand"
    assert dialog.backups.topLevelItem(0).toolTip(0) == str(older)
    with qtbot.waitSignal(own_window.broadcast.changed, timeout=WAIT_MS) as changed:
        restore_row(qtbot, dialog, 0)

    assert len(changed.args[0]) > 5  # every topic: the whole window reloads
    assert accounts_in(fresh_demo) == before
    assert "Restored from" in dialog.message.text()
    # The state before the restore was kept, and is listed first now.
    assert dialog.backups.topLevelItemCount() == 2
    assert dialog.backups.topLevelItem(0).text(2) == "Before a restore"


def test_a_corrupt_backup_is_refused_with_a_message_and_the_database_is_unchanged(
    qtbot: QtBot, own_window: MainWindow, fresh_demo: Workspace
) -> None:
    database = database_of(fresh_demo)
    folder = backup_dir_for(database)
    folder.mkdir(exist_ok=True)
    broken = folder / f"{database.stem}-20261120-101010-000000-manual.db"
    broken.write_bytes(b"SQLite format 3\x00" + b"\x13" * 4000)
    before = accounts_in(fresh_demo)
    dialog = open_restore(qtbot, own_window)

    with qtbot.assertNotEmitted(own_window.broadcast.changed):
        restore_row(qtbot, dialog, 0)
        qtbot.waitUntil(lambda: dialog.restore_button.isEnabled(), timeout=WAIT_MS)

    assert dialog.message.text() == f"{broken} is not a KAM Desk database (not a SQLite file)"
    assert accounts_in(fresh_demo) == before
    assert not any(folder.glob("*before-restore*"))  # refused before anything was touched


def test_a_server_database_cannot_be_restored_here_and_says_why(own_window: MainWindow) -> None:
    from app.storage.location import resolve_location
    from ui.interchange.file_actions import InterchangeActions

    server = resolve_location("postgresql+psycopg://kam@db.example/kamdesk")
    actions = InterchangeActions(
        own_window,
        own_window.worker,
        own_window.broadcast,
        lambda: server,
        TODAY,
        "en",
        lambda: "",
        own_window.show_status,
    )

    assert not actions.restore.isEnabled()
    assert "server database" in actions.restore.statusTip()
    assert actions.open_restore() is None
