"""Deleting the chosen row of a workspace page: ask first, delete on the worker, and hand
what was deleted back to the page, which keeps it for Ctrl+Z."""

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from app.records import delete_record
from ui.problem_box import show_problem

if TYPE_CHECKING:
    from ui.account.record_page import RecordPage


def ask_to_delete(parent: QWidget, what: str, answered: Callable[[bool], None]) -> QMessageBox:
    """ "Delete {what}?" over ``parent``, opened window-modal; ``answered(True)`` on Delete
    (the default: Ctrl+Z undoes it), ``answered(False)`` on Cancel or Esc."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("RecordDeletion", "Delete"),
        QCoreApplication.translate("RecordDeletion", "Delete {what}?").format(what=what),
        parent=parent,
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "RecordDeletion", "Ctrl+Z brings it back until you delete something else."
        )
    )
    delete = box.addButton(
        QCoreApplication.translate("RecordDeletion", "&Delete"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(delete)
    box.setEscapeButton(cancel)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.finished.connect(lambda _code: answered(box.clickedButton() is delete))
    box.open()
    return box


class RecordDeletion(QObject):
    def __init__(self, page: "RecordPage") -> None:
        super().__init__(page)
        self._page = page
        self.question: QMessageBox | None = None

    def ask(self, view: Any, what: str) -> None:
        """ "Delete the touchpoint of 12 Nov 2026?" — Delete is the default: Ctrl+Z undoes it."""
        self.question = ask_to_delete(
            self._page, what, lambda confirmed: self._answered(confirmed, view, what)
        )

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
