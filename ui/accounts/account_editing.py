"""New, Edit and Archive on the accounts page: the account dialog, and archiving after a
question (archived accounts leave the lists and the agenda; nothing is deleted)."""

from collections.abc import Callable
from datetime import date
from functools import partial

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from app.domain.account_list import AccountRow
from app.domain.wording import Language
from app.records import archive_account
from ui.change_broadcast import ACCOUNTS
from ui.database_worker import DatabaseWorker
from ui.forms.account_dialog import AccountDialog
from ui.forms.editor_data import EditorData
from ui.forms.form_dialog import FormContext
from ui.problem_box import show_problem


class AccountEditing(QObject):
    """Emits ``saved(account_id)`` after a save and ``status_message`` for the status bar."""

    saved = Signal(int)
    status_message = Signal(str)

    def __init__(
        self,
        worker: DatabaseWorker,
        today: date,
        language: Language,
        parent: QWidget,
        current: Callable[[], AccountRow | None],
    ) -> None:
        super().__init__(parent)
        self._current = current  # the account chosen in the list, if any
        self._worker = worker
        self._today = today
        self._language = language
        self._parent = parent
        self._opening = False
        self.dialog: AccountDialog | None = None
        self.question: QMessageBox | None = None

    def new_account(self) -> None:
        self._open(None)

    def edit_account(self, row: AccountRow) -> None:
        self._open(row.id)

    def edit_current(self) -> None:
        row = self._current()
        if row is not None:
            self.edit_account(row)

    def archive_current(self) -> None:
        row = self._current()
        if row is not None:
            self.archive(row)

    def _open(self, account_id: int | None) -> None:
        if self._opening:
            return
        self._opening = True
        job = partial(
            AccountDialog.prepare,
            account_id=account_id,
            record_id=account_id,
            today=self._today,
            language=self._language,
        )
        self._worker.run(job, partial(self._show_dialog, account_id), self._problem)

    def _show_dialog(self, account_id: int | None, data: EditorData) -> None:
        self._opening = False
        context = FormContext(self._worker, self._language, self._today, account_id)
        dialog = AccountDialog(context, data, self._parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self.saved)
        dialog.saved.connect(lambda _id: self.status_message.emit(self.tr("Account saved.")))
        dialog.finished.connect(self._closed)
        self.dialog = dialog
        dialog.open()

    def _closed(self) -> None:
        self.dialog = None

    def archive(self, row: AccountRow) -> None:
        """Ask, then archive ``row``'s account; the list updates through the broadcast."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Archive account"),
            self.tr("Archive {name} ({number})?").format(name=row.name, number=row.customer_number),
            parent=self._parent,
        )
        box.setInformativeText(
            self.tr("It leaves the accounts list and the agenda. Nothing is deleted.")
        )
        archive = box.addButton(self.tr("&Archive"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _code: self._answered(box.clickedButton() is archive, row))
        self.question = box
        box.open()

    def _answered(self, confirmed: bool, row: AccountRow) -> None:
        self.question = None
        if not confirmed:
            return
        account_id = row.id
        self._worker.change(
            lambda session: archive_account(session, account_id),
            {ACCOUNTS},
            lambda _version: self.status_message.emit(
                self.tr("Archived {name}.").format(name=row.name)
            ),
            account_id=account_id,
            on_error=self._problem,
        )

    def _problem(self, message: str) -> None:
        self._opening = False
        show_problem(self._parent, message)
