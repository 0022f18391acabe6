"""A list of the catalog, with the account pages' Add, Edit and Delete (buttons and keys).

The catalog belongs to no account: it loads on first show and again whenever the change
broadcast names one of its ``topics``, for any account; its changes are announced with
no account, so every account page that shows a package name hears of them.
"""

from functools import partial
from typing import Any

from sqlalchemy.orm import Session

from ui.account.record_editing import RecordEditing
from ui.account.record_page import RecordPage


class CatalogEditing(RecordEditing):
    """Gathers a catalog dialog's form on the worker; the dialog's ``prepare`` takes no
    account."""

    def open(self, record_id: int | None) -> None:
        page = self._page
        if self._opening:
            return
        self._opening = True
        job = partial(page.dialog.prepare, record_id=record_id)  # type: ignore[attr-defined]
        page.context.worker.run(job, self._show, self._failed)


class CatalogList(RecordPage):
    """Subclasses implement ``load_catalog(session)`` instead of ``load``."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.editing = CatalogEditing(self)

    def load_catalog(self, session: Session) -> Any:
        raise NotImplementedError

    def refresh(self) -> None:
        self.reload.stale = False
        self.context.worker.run(self.load_catalog, partial(self._show, None), self._load_failed)

    def _on_changed(self, topics: frozenset[str], _account_id: int | None) -> None:
        if not topics & self.topics:
            return
        self.reload.request()

    def delete_record(self) -> None:
        view = self.current_record()
        if view is not None:
            self.deletion.ask(view, self.describe(view))
