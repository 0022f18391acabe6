"""The File menu's ways in and out: import, CSV and calendar export, restore from backup.

Kept apart from the main window, which only adds these actions to its menu and hands the
import shortcut here.
"""

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QWidget

from app.domain.wording import Language
from app.storage.location import DatabaseLocation
from ui.change_broadcast import ChangeBroadcast
from ui.database_worker import DatabaseWorker


class InterchangeActions(QObject):
    """``current_account()`` names the account page's customer number ("" elsewhere);
    ``location()`` the workspace's database as it is now (with its key once encrypted)."""

    def __init__(
        self,
        window: QWidget,
        worker: DatabaseWorker,
        broadcast: ChangeBroadcast,
        location: Callable[[], DatabaseLocation],
        today: date,
        language: Language,
        current_account: Callable[[], str],
        show_status: Callable[[str], None],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._worker = worker
        self._broadcast = broadcast
        self._location = location
        self._today = today
        self._language = language
        self._current_account = current_account
        self._show_status = show_status
        self.export_csv = self._action(self.tr("&Export CSV…"), self.open_csv_export)
        self.export_calendar = self._action(
            self.tr("Export &calendar (.ics)…"), self.open_calendar_export
        )
        self.restore = self._action(self.tr("Restore from &backup…"), self.open_restore)
        if location().path is None:
            explanation = self.tr(
                "Restoring works on a SQLite file; a server database is restored by its "
                "administrator."
            )
            self.restore.setEnabled(False)
            self.restore.setStatusTip(explanation)
            self.restore.setToolTip(explanation)

    def _action(self, text: str, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self._window)
        action.triggered.connect(slot)
        return action

    def open_import(self) -> QDialog:
        from ui.interchange.import_dialog import ImportDialog

        dialog = ImportDialog(self._worker, self._location(), self._window)
        dialog.imported.connect(self._show_status)
        return self._show(dialog)

    def open_csv_export(self) -> QDialog:
        from ui.interchange.export_dialogs import CsvExportDialog

        dialog = CsvExportDialog(self._worker, self._language, self._window)
        dialog.exported.connect(self._show_status)
        return self._show(dialog)

    def open_calendar_export(self) -> QDialog:
        from ui.interchange.export_dialogs import CalendarExportDialog

        dialog = CalendarExportDialog(
            self._worker, self._language, self._today, self._current_account(), self._window
        )
        dialog.exported.connect(self._show_status)
        return self._show(dialog)

    def open_restore(self) -> QDialog | None:
        location = self._location()
        if location.path is None:
            return None
        from ui.interchange.restore_dialog import RestoreDialog

        dialog = RestoreDialog(self._worker, location, self._window)
        dialog.restored.connect(self._restored)
        return self._show(dialog)

    def _restored(self, message: str) -> None:
        self._broadcast.announce_everything()  # anything may differ now: every view reloads
        self._show_status(message)

    def _show(self, dialog: QDialog) -> QDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog
