"""Opening the dialog of a workspace page: its form and choices are gathered in one job on
the database worker, then the dialog opens (window-modal, so the page waits for it)."""

from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt

from ui.forms.form_dialog import FormContext, FormDialog

if TYPE_CHECKING:
    from ui.account.record_page import RecordPage


class RecordEditing(QObject):
    def __init__(self, page: "RecordPage") -> None:
        super().__init__(page)
        self._page = page
        self._opening = False
        self.dialog: FormDialog | None = None

    def open(self, record_id: int | None) -> None:
        """Edit ``record_id`` (None: a new record) of the page's account."""
        page = self._page
        if page.account_id is None or self._opening:
            return
        self._opening = True  # a second Enter while the form loads opens nothing more
        job = partial(
            page.dialog.prepare,  # type: ignore[attr-defined]
            account_id=page.account_id,
            record_id=record_id,
            today=page.context.today,
            language=page.context.language,
        )
        page.context.worker.run(job, self._show, self._failed)

    def _show(self, data: Any) -> None:
        self._opening = False
        page = self._page
        context = FormContext(
            page.context.worker,
            page.context.language,
            page.context.today,
            page.account_id,
            page.currency,
        )
        dialog = page.dialog(context, data, page)  # type: ignore[call-arg]
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(page.saved)
        dialog.finished.connect(self._closed)
        self.dialog = dialog
        dialog.open()

    def _failed(self, message: str) -> None:
        self._opening = False
        self._page.deletion.show_problem(message)

    def _closed(self) -> None:
        self.dialog = None
        self._page.focus_list()
