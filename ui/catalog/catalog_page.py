"""The catalog page: the service packages and the ledger categories in two tabs, and Ctrl+Z
for the last delete made on either."""

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from app.records import DeletedRecord, restore_record
from ui.account.workspace_pages import PageContext
from ui.catalog.catalog_list import CatalogList
from ui.catalog.categories_list import CategoriesList
from ui.catalog.packages_list import PackagesList
from ui.page_header import muted_label, title_label
from ui.problem_box import show_problem
from ui.shortcuts import Command, shortcut_for


@dataclass(frozen=True)
class _Deleted:
    record: DeletedRecord
    topics: frozenset[str]
    page: CatalogList
    what: str


class CatalogPage(QWidget):
    """Emits ``loaded`` when the list on screen has loaded, ``status_message`` for the bar."""

    loaded = Signal()
    status_message = Signal(str)

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._last_deleted: _Deleted | None = None
        self.packages = PackagesList(context)
        self.categories = CategoriesList(context)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.packages, self.tr("Service packages"))
        self.tabs.addTab(self.categories, self.tr("Ledger categories"))
        for page in (self.packages, self.categories):
            page.loaded.connect(self.loaded)
            page.status_message.connect(self.status_message)
            page.record_deleted.connect(
                lambda deleted, topics, what, page=page: self._remember(page, deleted, topics, what)
            )
        undo = QAction(self)
        undo.setShortcut(shortcut_for(Command.UNDO_DELETE).key_sequence())
        undo.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        undo.triggered.connect(self.undo_delete)
        self.addAction(undo)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.setSpacing(4)
        layout.addWidget(title_label(self.tr("Catalog")))
        layout.addWidget(
            muted_label(
                self.tr(
                    "The service packages contracts are sold with, and the kinds of free "
                    "service the ledger records."
                )
            )
        )
        layout.addSpacing(6)
        layout.addWidget(self.tabs, 1)

    def current_list(self) -> CatalogList:
        current = self.tabs.currentWidget()
        assert isinstance(current, CatalogList)
        return current

    def focus_list(self) -> None:
        self.current_list().focus_list()

    # -- undo --------------------------------------------------------------------------------
    def _remember(
        self, page: CatalogList, deleted: DeletedRecord, topics: frozenset[str], what: str
    ) -> None:
        self._last_deleted = _Deleted(deleted, topics, page, what)

    def undo_delete(self) -> None:
        """Put the last deleted package or category back; the status bar says which."""
        last = self._last_deleted
        if last is None:
            self.status_message.emit(self.tr("Nothing to undo."))
            return
        self._last_deleted = None
        last.page.select(last.record.record_id)
        self._context.worker.change(
            lambda session: restore_record(session, last.record),
            last.topics,
            lambda _id: self._restored(last),
            on_error=lambda message: show_problem(self, message, self.tr("Undo")),
        )

    def _restored(self, last: _Deleted) -> None:
        self.tabs.setCurrentWidget(last.page)
        self.status_message.emit(self.tr("Restored {what}.").format(what=last.what))
