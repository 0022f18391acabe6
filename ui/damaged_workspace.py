"""At start-up, a damaged workspace: say where it was moved, offer the newest good backup.

The core has already moved the damaged file aside (``app.storage.damage``); the user
chooses to restore the backup, to start with an empty workspace, or to quit and decide
later (the next start asks again).
"""

from enum import Enum

from PySide6.QtCore import QDateTime, QLocale, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from app.errors import KamDeskError
from app.storage.damage import DamagedWorkspaceError, start_empty
from app.storage.restore import restore_backup
from ui.page_header import muted_label


class Recovery(Enum):
    RESTORE = "restore"
    START_EMPTY = "start_empty"
    QUIT = "quit"


def _label(text: str) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class DamagedWorkspaceDialog(QDialog):
    """Restore / Start empty / Quit; ``choice`` holds the answer once it is closed."""

    def __init__(self, damage: DamagedWorkspaceError, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Workspace damaged"))
        self.choice = Recovery.QUIT
        if damage.detail:
            headline = self.tr("Your workspace was damaged and could not be opened safely.")
        else:
            headline = self.tr("Your workspace was found damaged at an earlier start.")
        self.headline = _label(headline)
        font = self.headline.font()
        font.setBold(True)
        self.headline.setFont(font)
        self.moved = _label(
            self.tr("It was moved aside to {file}; nothing was deleted.").format(
                file=damage.set_aside
            )
        )
        backup = damage.backup
        if backup is not None:
            taken = QDateTime.fromSecsSinceEpoch(int(backup.taken_at.timestamp())).toLocalTime()
            moment = QLocale().toString(taken, QLocale.FormatType.ShortFormat)
            offer = self.tr("Restore the backup of {moment}?").format(moment=moment)
        else:
            offer = self.tr(
                "No backup that passes the integrity check was found. You can start with an "
                "empty workspace; the damaged file stays where it is."
            )
        self.offer = _label(offer)
        self.detail = muted_label(self.tr("SQLite reports: {detail}").format(detail=damage.detail))
        self.detail.setWordWrap(True)
        self.detail.setVisible(bool(damage.detail))
        self.buttons = QDialogButtonBox()
        self.restore_button = self.buttons.addButton(
            self.tr("&Restore"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setVisible(backup is not None)
        self.start_empty_button = self.buttons.addButton(
            self.tr("Start &empty"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.quit_button = self.buttons.addButton(
            self.tr("&Quit"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.restore_button.clicked.connect(lambda: self._choose(Recovery.RESTORE))
        self.start_empty_button.clicked.connect(lambda: self._choose(Recovery.START_EMPTY))
        self.quit_button.clicked.connect(lambda: self._choose(Recovery.QUIT))
        (self.restore_button if backup is not None else self.quit_button).setDefault(True)
        layout = QVBoxLayout(self)
        for widget in (self.headline, self.moved, self.offer, self.detail):
            layout.addWidget(widget)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)

    def _choose(self, choice: Recovery) -> None:
        self.choice = choice
        if choice is Recovery.QUIT:
            self.reject()
        else:
            self.accept()


def recover_from_damage(damage: DamagedWorkspaceError) -> bool:
    """Ask what to do about ``damage`` and do it; True when the workspace can be opened again
    (a backup was restored or an empty file put in place), False to quit."""
    dialog = DamagedWorkspaceDialog(damage)
    dialog.exec()
    title = dialog.windowTitle()
    try:
        if dialog.choice is Recovery.RESTORE and damage.backup is not None:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                restore_backup(damage.location, damage.backup.path)
            finally:
                QApplication.restoreOverrideCursor()
        elif dialog.choice is Recovery.START_EMPTY:
            start_empty(damage.database)
        else:
            return False
    except (KamDeskError, OSError) as error:
        QMessageBox.critical(None, title, str(error))
        return False
    return True
