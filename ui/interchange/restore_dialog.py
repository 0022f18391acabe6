"""File → Restore from backup: the backups of the open SQLite file, newest first; restoring
one keeps a copy of the current state, then every view reloads.

The core verifies the chosen file first; a corrupt, foreign or newer file is refused with
its message and the open database stays as it was.
"""

from functools import partial
from pathlib import Path

from PySide6.QtCore import QDateTime, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from app.interchange.backups import BackupInfo, list_backups
from app.storage.backup import backup_dir_for
from app.storage.location import DatabaseLocation
from app.storage.restore import RestoreReport, restore_backup
from ui.database_worker import DatabaseWorker
from ui.page_header import muted_label

PATH_ROLE = Qt.ItemDataRole.UserRole


class RestoreDialog(QDialog):
    """Emits ``restored(message)`` after a backup was put in place."""

    restored = Signal(str)

    def __init__(
        self, worker: DatabaseWorker, location: DatabaseLocation, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from backup"))
        self._worker = worker
        self._location = location
        self._busy = False
        self.confirmation: QMessageBox | None = None
        intro = muted_label(
            self.tr(
                "Put an earlier state of this database back. The current state is backed "
                "up first, so a restore can itself be undone."
            )
        )
        intro.setWordWrap(True)
        self.backups = QTreeWidget()
        self.backups.setRootIsDecorated(False)
        self.backups.setHeaderLabels([self.tr("Taken"), self.tr("Size"), self.tr("Reason")])
        self.backups.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.backups.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.backups.itemSelectionChanged.connect(self._update_buttons)
        self.backups.itemDoubleClicked.connect(lambda *_: self.ask_to_restore())
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = self.buttons.addButton(
            self.tr("&Restore…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.ask_to_restore)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.backups, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(620, 420)
        self.list_backups()

    def list_backups(self) -> None:
        """Fill the list from the backups folder beside the database."""
        self.backups.clear()
        database = self._location.path
        found = [] if database is None else list_backups(backup_dir_for(database))
        locale = QLocale()
        for info in found:
            if database is None or info.database != database.stem:
                continue  # another database's backup in the same folder
            taken = QDateTime.fromSecsSinceEpoch(int(info.taken_at.timestamp()))
            item = QTreeWidgetItem(
                [
                    locale.toString(taken.toLocalTime(), QLocale.FormatType.ShortFormat),
                    locale.formattedDataSize(info.size),
                    self._reason(info),
                ]
            )
            item.setData(0, PATH_ROLE, str(info.path))
            item.setToolTip(0, str(info.path))
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.backups.addTopLevelItem(item)
        if self.backups.topLevelItemCount() == 0:
            self._say(self.tr("There are no backups of this database yet."))
        self._update_buttons()

    def chosen_backup(self) -> Path | None:
        items = self.backups.selectedItems()
        return Path(items[0].data(0, PATH_ROLE)) if items else None

    def ask_to_restore(self) -> None:
        chosen = self.chosen_backup()
        if chosen is None or self._busy:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Restore from backup"),
            self.tr(
                "Replace the open database with the backup taken {taken}? "
                "The current state is backed up first."
            ).format(taken=self.backups.selectedItems()[0].text(0)),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        box.addButton(self.tr("Restore"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.accepted.connect(partial(self.restore, chosen))
        self.confirmation = box
        box.open()

    def restore(self, backup: Path) -> None:
        """Put ``backup`` in place on the database worker (so no query runs meanwhile)."""
        self._busy = True
        self._update_buttons()
        self._say(self.tr("Restoring…"))
        job = partial(_restore, location=self._location, backup=backup)
        self._worker.run(job, self._restored, self._refused)

    def _restored(self, report: RestoreReport) -> None:
        self._busy = False
        text = self.tr("Restored from {backup}. The state before is kept in {previous}.").format(
            backup=report.restored_from.name,
            previous=report.previous_saved_to.name if report.previous_saved_to else "—",
        )
        self.list_backups()
        self._say(text)
        self.restored.emit(text)

    def _refused(self, message: str) -> None:
        self._busy = False
        self._update_buttons()
        self._say(message, problem=True)

    def _say(self, text: str, problem: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("color: #b3261e; font-weight: 600;" if problem else "")
        self.message.show()

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(not self._busy and self.chosen_backup() is not None)

    def _reason(self, info: BackupInfo) -> str:
        reason = info.reason
        if reason == "auto-daily":
            return self.tr("Daily (automatic)")
        if reason == "auto-before-import":
            return self.tr("Before an import")
        if reason == "before-restore":
            return self.tr("Before a restore")
        if reason.startswith("before-upgrade"):
            return self.tr("Before an upgrade")
        if reason == "manual":
            return self.tr("Taken by hand")
        return reason

    def done(self, result: int) -> None:
        if not self._busy:  # a restore runs to its end
            super().done(result)


def _restore(_session: Session, *, location: DatabaseLocation, backup: Path) -> RestoreReport:
    return restore_backup(location, backup)
