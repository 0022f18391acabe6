"""Deleting the chosen row of a workspace page: ask first, delete on the worker, and hand
what was deleted back to the page, which keeps it for Ctrl+Z."""

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMessageBox

from app.records import delete_record
from ui.problem_box import show_problem

if TYPE_CHECKING:
    from ui.account.record_page import RecordPage


class RecordDeletion(QObject):
    def __init__(self, page: "RecordPage") -> None:
        super().__init__(page)
        self._page = page
        self.question: QMessageBox | None = None

    def ask(self, view: Any, what: str) -> None:
        """ "Delete the touchpoint of 12 Nov 2026?" — Delete is the default: Ctrl+Z undoes it."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Delete"),
            self.tr("Delete {what}?").format(what=what),
            parent=self._page,
        )
        box.setInformativeText(self.tr("Ctrl+Z brings it back until you delete something else."))
        delete = box.addButton(self.tr("&Delete"), QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(delete)
        box.setEscapeButton(cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(
            lambda _code: self._answered(box.clickedButton() is delete, view, what)
        )
        self.question = box
        box.open()

    def _answered(self, confirmed: bool, view: Any, what: str) -> None:
        self.question = None
        page = self._page
        page.focus_list()
        if not confirmed:
            return
        kind, record_id, version = page.kind, view.id, view.version
        page.context.worker.change(
            lambda session: delete_record(session, kind, record_id, expected_version=version),
            page.change_topics,
            lambda deleted: page.deleted(deleted, what),
            account_id=page.account_id,
            on_error=self.show_problem,
        )

    def show_problem(self, message: str) -> None:
        show_problem(self._page, message)
