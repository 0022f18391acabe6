"""The main window: navigation on the left, pages created on first use, the database worker.

Only the agenda (the first screen) is imported up front; the other pages, the quick
switcher and the help dialogs are imported when first opened, to keep start-up lean.
"""

from datetime import date
from typing import TYPE_CHECKING, Protocol, cast

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app import __licence__, __version__
from app.bootstrap import Workspace
from app.domain.wording import Language
from app.storage.backup import backup_dir_for
from app.storage.location import data_dir
from ui.agenda.agenda_page import AgendaPage
from ui.change_broadcast import ChangeBroadcast
from ui.database_worker import DatabaseWorker
from ui.encryption.conversion_dialog import WorkspaceEncryption
from ui.interchange.file_actions import InterchangeActions
from ui.navigation import Navigation, PageId
from ui.settings.preferences import Preferences
from ui.settings_store import unsaved_message
from ui.shortcuts import Command, build_actions
from ui.status_indicators import BusyIndicator, DatabaseLabel
from ui.team.profile import profile_description
from ui.window_settings import WindowSettings

if TYPE_CHECKING:  # imported for real on first use, to keep start-up lean
    from ui.account.account_page import AccountPage
    from ui.account.workspace_pages import RecordTarget

DEFAULT_SIZE = (1240, 780)
STATUS_MESSAGE_MS = 10_000


class _Searchable(Protocol):
    def focus_search(self) -> None: ...


class MainWindow(QMainWindow):
    """``today`` is passed in (``local_today()`` in ``main``), so tests never read the clock."""

    def __init__(
        self,
        workspace: Workspace,
        today: date,
        settings: QSettings,
        language: Language = "en",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("KAM Desk"))
        self._database = workspace.location.describe()
        self._profile = profile_description(workspace.location)
        self._database_path = workspace.location.path
        self._store = settings
        self._today = today
        self._language = language
        self._settings = WindowSettings(settings)
        self.broadcast = ChangeBroadcast(self)
        self.worker = DatabaseWorker(workspace, self.broadcast, self)
        # Encrypting or decrypting the workspace file (Settings, first start).
        self.encryption = WorkspaceEncryption(self.worker, workspace, self)
        self.encryption.converted.connect(self.show_status)
        self._pages: dict[PageId, QWidget] = {}
        self._switcher: QWidget | None = None

        self.navigation = Navigation()
        self.navigation.page_chosen.connect(lambda page: self.show_page(PageId(page)))
        self.stack = QStackedWidget()
        self.setCentralWidget(self._build_body())

        self.busy_indicator = BusyIndicator()
        self.database_label = DatabaseLabel(self._profile)
        self.statusBar().addPermanentWidget(self.busy_indicator)
        self.statusBar().addPermanentWidget(self.database_label)
        self.worker.busy_changed.connect(self.busy_indicator.set_busy)
        self.worker.error_reported.connect(self._report_error)

        self.interchange = InterchangeActions(
            self,
            self.worker,
            self.broadcast,
            lambda: workspace.location,  # it gains a key when the workspace is encrypted
            today,
            language,
            self._open_customer_number,
            self.show_status,
        )
        self.actions_by_command = build_actions(self)
        self._connect_actions()
        self._build_menus()
        self._restore()

    def _build_body(self) -> QWidget:
        rule = QFrame()
        rule.setFrameShape(QFrame.Shape.VLine)
        rule.setFrameShadow(QFrame.Shadow.Sunken)
        body = QWidget()
        layout = QHBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navigation)
        layout.addWidget(rule)
        layout.addWidget(self.stack, 1)
        return body

    # -- actions and menus -----------------------------------------------------------------
    def _connect_actions(self) -> None:
        handlers = {
            Command.SHOW_AGENDA: lambda: self.show_page(PageId.AGENDA),
            Command.SHOW_ACCOUNTS: lambda: self.show_page(PageId.ACCOUNTS),
            Command.SHOW_CATALOG: lambda: self.show_page(PageId.CATALOG),
            Command.QUICK_SWITCHER: self.open_quick_switcher,
            Command.FIND: self.focus_search,
            Command.REFRESH: self.broadcast.announce_everything,
            Command.SHOW_SHORTCUTS: self.show_shortcuts,
            Command.SETTINGS: self.show_settings,
            Command.IMPORT_CSV: self.interchange.open_import,
            Command.QUIT: self.close,
        }
        for command, action in self.actions_by_command.items():
            action.triggered.connect(handlers[command])

    def _build_menus(self) -> None:
        act = self.actions_by_command
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addActions([act[Command.QUICK_SWITCHER], act[Command.REFRESH]])
        file_menu.addSeparator()
        data = self.interchange
        file_menu.addActions([act[Command.IMPORT_CSV], data.export_csv, data.export_calendar])
        file_menu.addAction(data.restore)
        file_menu.addSeparator()
        file_menu.addAction(act[Command.SETTINGS])
        file_menu.addSeparator()
        file_menu.addAction(act[Command.QUIT])
        go_menu = self.menuBar().addMenu(self.tr("&Go"))
        go_menu.addActions(
            [act[Command.SHOW_AGENDA], act[Command.SHOW_ACCOUNTS], act[Command.SHOW_CATALOG]]
        )
        go_menu.addSeparator()
        go_menu.addAction(act[Command.FIND])
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(act[Command.SHOW_SHORTCUTS])
        about = QAction(self.tr("&About KAM Desk"), self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

    # -- pages -----------------------------------------------------------------------------
    def page(self, page: PageId) -> QWidget:
        """The widget of ``page``, created (and its module imported) on first use."""
        if page not in self._pages:
            widget = self._create_page(page)
            self._pages[page] = widget
            self.stack.addWidget(widget)
        return self._pages[page]

    def _create_page(self, page: PageId) -> QWidget:
        context = (self.worker, self.broadcast, self._today, self._language)
        if page is PageId.AGENDA:
            agenda = AgendaPage(*context)
            agenda.account_requested.connect(self.open_account)
            agenda.status_message.connect(self.show_status)
            return agenda
        if page is PageId.ACCOUNTS:
            from ui.accounts.accounts_page import AccountsPage

            accounts = AccountsPage(*context)
            accounts.account_requested.connect(self.open_account)
            accounts.status_message.connect(self.show_status)
            return accounts
        if page is PageId.CATALOG:
            from ui.account.workspace_pages import PageContext
            from ui.catalog.catalog_page import CatalogPage

            catalog = CatalogPage(PageContext(*context))
            catalog.status_message.connect(self.show_status)
            return catalog
        from ui.account.account_page import AccountPage

        account = AccountPage(*context)
        account.account_shown.connect(lambda _number, name: self.navigation.show_account(name))
        account.document_requested.connect(self.preview_document)
        account.status_message.connect(self.show_status)
        return account

    def show_status(self, text: str) -> None:
        """A passing message in the status bar ("Restored …", "Done: …")."""
        self.statusBar().showMessage(text, STATUS_MESSAGE_MS)

    def current_page(self) -> PageId | None:
        current = self.stack.currentWidget()
        return next((page for page, widget in self._pages.items() if widget is current), None)

    def show_page(self, page: PageId) -> None:
        if page is PageId.ACCOUNT and page not in self._pages:
            return  # no account opened yet
        self.stack.setCurrentWidget(self.page(page))
        self.navigation.select(page)
        self._settings.last_page = page.value

    def open_account(self, customer_number: str, target: "RecordTarget | None" = None) -> None:
        """Show the account page for ``customer_number`` (on ``target``'s page with its row
        selected, when given) and remember it for the next start."""
        self._account_page().show_account(customer_number, target)
        self.show_page(PageId.ACCOUNT)
        self._settings.last_account = customer_number

    def _open_customer_number(self) -> str:
        """The account shown on the account page, when that page is current; else ""."""
        if self.current_page() is not PageId.ACCOUNT:
            return ""
        return self._account_page().customer_number

    def _account_page(self) -> "AccountPage":
        from ui.account.account_page import AccountPage

        return cast(AccountPage, self.page(PageId.ACCOUNT))

    def focus_search(self) -> None:
        """Ctrl+F: the current page's search field, else the accounts list's."""
        current = self.current_page()
        if current is None or not hasattr(self.page(current), "focus_search"):
            self.show_page(PageId.ACCOUNTS)
            current = PageId.ACCOUNTS
        cast(_Searchable, self.page(current)).focus_search()

    def open_quick_switcher(self) -> None:
        from ui.quick_switcher.quick_switcher import QuickSwitcher

        if self._switcher is None:
            switcher = QuickSwitcher(self.worker, self)
            switcher.account_chosen.connect(self.open_account)
            self._switcher = switcher
        cast(QuickSwitcher, self._switcher).open_switcher()

    @property
    def quick_switcher(self) -> QWidget | None:
        return self._switcher

    def show_welcome(self, welcome: QWidget) -> None:
        """Show ``welcome`` (the first-start choices) in place of a page until one is chosen."""
        self.stack.addWidget(welcome)
        self.stack.setCurrentWidget(welcome)
        blocked = self.navigation.blockSignals(True)
        self.navigation.setCurrentRow(-1)  # so that choosing the agenda is a change
        self.navigation.blockSignals(blocked)

    def show_banner(self, banner: QWidget) -> None:
        """Put ``banner`` above navigation and pages (the demo workspace's notice)."""
        body = self.takeCentralWidget()
        framed = QWidget()
        layout = QVBoxLayout(framed)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(banner)
        layout.addWidget(body, 1)
        self.setCentralWidget(framed)

    def preview_document(self, kind: str, customer_number: str) -> QWidget:
        """The brief or statement (a ``DocumentKind`` value) of an account, as it will print."""
        from ui.brief.preview_dialog import document_preview

        preferences = Preferences(self._store)
        preview = document_preview(
            self.worker, kind, customer_number, self._today, self._language, preferences, self
        )
        return self._show_dialog(preview)

    def show_settings(self) -> QWidget:
        from ui.settings.settings_dialog import SettingsDialog

        path = self._database_path
        folder = backup_dir_for(path) if path is not None else None
        dialog = SettingsDialog(Preferences(self._store), folder, self, self.encryption)
        return self._show_dialog(dialog)

    def open_encryption(self) -> QWidget:
        """Encrypt this workspace (or decrypt it): the dialog that does it on the worker."""
        return self.encryption.open_dialog(self)

    # -- help ------------------------------------------------------------------------------
    def show_shortcuts(self) -> QWidget:
        from ui.help_dialogs import ShortcutsDialog

        return self._show_dialog(ShortcutsDialog(self))

    def show_about(self) -> QWidget:
        from ui.help_dialogs import AboutDialog

        return self._show_dialog(
            AboutDialog(__version__, __licence__, self._database, str(data_dir()), self)
        )

    def _show_dialog(self, dialog: QWidget) -> QWidget:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def _report_error(self, message: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("KAM Desk"), message, parent=self)
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.open()

    # -- remembered state ------------------------------------------------------------------
    def _restore(self) -> None:
        geometry = self._settings.geometry
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(*DEFAULT_SIZE)
        last_page = self._settings.last_page
        last_account = self._settings.last_account
        if last_page == PageId.ACCOUNT.value and last_account:
            self.open_account(last_account)
            account = self._account_page()
            account.load_failed.connect(self._remembered_account_gone)
            account.loaded.connect(self._remembered_account_found)
        elif last_page in {PageId.ACCOUNTS.value, PageId.CATALOG.value}:
            self.show_page(PageId(last_page))
        else:
            self.show_page(PageId.AGENDA)

    def _remembered_account_gone(self, message: str) -> None:
        # Another database, or the account was deleted: start on the agenda instead.
        self._remembered_account_found()
        self._settings.last_account = ""
        self.show_page(PageId.AGENDA)
        self.statusBar().showMessage(
            self.tr("The account opened last is not in this database: {reason}").format(
                reason=message
            ),
            STATUS_MESSAGE_MS,
        )

    def _remembered_account_found(self) -> None:
        account = self._account_page()
        account.load_failed.disconnect(self._remembered_account_gone)
        account.loaded.disconnect(self._remembered_account_found)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._settings.geometry = self.saveGeometry()
        current = self.current_page()
        if current is not None:
            self._settings.last_page = current.value
        if not self._settings.save():
            # The window is going: a box of its own, which waits to be read.
            message = unsaved_message(self._settings.file_name)
            QMessageBox.warning(None, self.tr("KAM Desk"), message)
        self.worker.stop()
        super().closeEvent(event)
