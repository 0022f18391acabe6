"""The window on the user's own workspace, or on the demo workspace beside it.

One window is open at a time. Switching builds the other window at the same place and
closes the first, whose worker stops with it. An empty own workspace is greeted with the
first-start choices; reminders run for the own workspace only (the demo is a sandbox).
"""

from collections.abc import Callable
from datetime import UTC, date, datetime
from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Signal

from app.bootstrap import Workspace
from app.domain.accounts import count_accounts
from app.domain.wording import Language
from app.interchange.backups import daily_backup
from ui.change_broadcast import ACCOUNTS
from ui.first_start.demo_banner import DemoBanner
from ui.first_start.demo_workspace import DemoBuilder, demo_database_path, demo_settings_path
from ui.first_start.first_start_page import FirstStartPage
from ui.main_window import MainWindow
from ui.navigation import PageId
from ui.reminders.notifiers import Notifier, StatusBarNotifier
from ui.reminders.reminder_service import ReminderService
from ui.settings.preferences import Preferences
from ui.window_settings import PLACE_KEYS, WindowSettings

WindowFactory = Callable[[Workspace, date, QSettings, Language], MainWindow]
# Opens the account form for a first account, once ui.forms has one: ``create(window)``.
AccountCreator = Callable[[MainWindow], None]


class WorkspaceWindows(QObject):
    """Emits ``window_opened(window)`` for every window it shows, ``demo_failed(message)``."""

    window_opened = Signal(object)
    demo_failed = Signal(str)

    def __init__(
        self,
        own: Workspace,
        today: date,
        settings: QSettings,
        language: Language,
        make_window: WindowFactory,
        *,
        notifier: Notifier | None = None,
        clock: Callable[[], date] | None = None,
        account_creator: AccountCreator | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._own = own
        self._today = today
        self._settings = settings
        self._language = language
        self._make_window = make_window
        self._notifier = notifier
        self._clock = clock or (lambda: today)
        self._account_creator = account_creator
        self._window: MainWindow | None = None
        self._welcome: FirstStartPage | None = None
        self._reminders: ReminderService | None = None
        self._demo: Workspace | None = None
        self._builder: DemoBuilder | None = None

    @property
    def window(self) -> MainWindow | None:
        return self._window

    @property
    def in_demo(self) -> bool:
        return self._demo is not None

    @property
    def welcome(self) -> FirstStartPage | None:
        """The first-start choices, while the own workspace shows them."""
        return self._welcome

    @property
    def reminders(self) -> ReminderService | None:
        return self._reminders

    def start(self) -> MainWindow:
        """Open and show the window on the own workspace."""
        return self._open_own()

    # -- the own workspace -----------------------------------------------------------------
    def _open_own(self) -> MainWindow:
        window = self._make_window(self._own, self._today, self._settings, self._language)
        self._replace_window(window)
        window.broadcast.changed.connect(partial(self._accounts_changed, window))
        window.worker.run(count_accounts, partial(self._accounts_counted, window))
        location = self._own.location
        window.worker.run(
            lambda _session: daily_backup(location, datetime.now(UTC)),
            partial(self._backup_taken, window),
            lambda message: window.statusBar().showMessage(
                self.tr("The daily backup failed: {reason}").format(reason=message), 10_000
            ),
        )
        self._start_reminders(window)
        return window

    def _backup_taken(self, window: MainWindow, written: Path | None) -> None:
        if written is not None and window is self._window:
            window.statusBar().showMessage(
                self.tr("Daily backup taken: {path}").format(path=written), 5_000
            )

    def _accounts_counted(self, window: MainWindow, count: int) -> None:
        if window is not self._window or self.in_demo:
            return
        if count == 0 and self._welcome is None:
            location = self._own.location
            welcome = FirstStartPage(
                can_create_account=self._account_creator is not None,
                can_import=True,
                can_encrypt=location.path is not None,
                encrypted=location.is_encrypted,
            )
            welcome.demo_requested.connect(self.open_demo)
            welcome.encrypt_requested.connect(window.open_encryption)
            window.encryption.converted.connect(partial(self._converted, welcome))
            welcome.import_requested.connect(window.interchange.open_import)
            welcome.create_account_requested.connect(self._create_first_account)
            self._welcome = welcome
            window.show_welcome(welcome)
        elif count and self._welcome is not None:  # the first account is there
            welcome, self._welcome = self._welcome, None
            if window.stack.currentWidget() is welcome:
                window.show_page(PageId.AGENDA)
            window.stack.removeWidget(welcome)
            welcome.deleteLater()

    def _converted(self, welcome: FirstStartPage, _message: str) -> None:
        if welcome is self._welcome and self._own.location.is_encrypted:
            welcome.show_encrypted()

    def _accounts_changed(
        self, window: MainWindow, topics: frozenset[str], _account_id: object
    ) -> None:
        if ACCOUNTS in topics and window is self._window and not self.in_demo:
            window.worker.run(count_accounts, partial(self._accounts_counted, window))

    def _create_first_account(self) -> None:
        if self._account_creator is not None and self._window is not None:
            self._account_creator(self._window)

    def _start_reminders(self, window: MainWindow) -> None:
        notifier = self._notifier or StatusBarNotifier(window.statusBar().showMessage, window)
        service = ReminderService(
            window.worker,
            Preferences(self._settings),
            notifier,
            self._clock,
            self._language,
            parent=window,
        )
        service.account_requested.connect(self._open_reminded_account)
        service.agenda_requested.connect(partial(self.bring_forward, PageId.AGENDA))
        self._reminders = service
        service.start()

    def _open_reminded_account(self, customer_number: str) -> None:
        if self._window is not None:
            self.bring_forward()
            self._window.open_account(customer_number)

    def bring_forward(self, page: PageId | None = None) -> None:
        """Show the window again (also when minimised), optionally on ``page``."""
        window = self._window
        if window is None:
            return
        if page is not None:
            window.show_page(page)
        if window.isMinimized():
            window.showNormal()
        window.show()
        window.raise_()
        window.activateWindow()

    # -- the demo workspace ----------------------------------------------------------------
    def open_demo(self) -> None:
        """Build the demo workspace off the GUI thread, then switch to it."""
        if self.in_demo or self._builder is not None:
            return
        if self._welcome is not None:
            self._welcome.show_progress(self.tr("Preparing the demo workspace…"))
        builder = DemoBuilder(demo_database_path(), self._today, self._own.location.path, self)
        builder.built.connect(self._demo_built)
        builder.failed.connect(self._demo_not_built)
        builder.finished.connect(builder.deleteLater)
        self._builder = builder
        builder.start()

    def _demo_built(self, demo: Workspace) -> None:
        self._builder = None
        self._demo = demo
        store = self._demo_settings()
        window = self._make_window(demo, self._today, store, self._language)
        banner = DemoBanner()
        banner.back_requested.connect(self.back_to_own)
        window.show_banner(banner)
        window.setWindowTitle(self.tr("KAM Desk — demo workspace"))
        self._replace_window(window)

    def _demo_not_built(self, message: str) -> None:
        self._builder = None
        if self._welcome is not None:
            self._welcome.show_failure(
                self.tr("The demo workspace could not be prepared: {reason}").format(reason=message)
            )
        self.demo_failed.emit(message)

    def _demo_settings(self) -> QSettings:
        """A settings file of the demo's own, starting as a copy of the user's preferences
        and window size, so nothing done in the demo changes the user's settings."""
        store = QSettings(str(demo_settings_path()), QSettings.Format.IniFormat)
        store.clear()
        for key in self._settings.allKeys():
            if key not in PLACE_KEYS:
                store.setValue(key, self._settings.value(key))
        if self._window is not None:
            WindowSettings(store).geometry = self._window.saveGeometry()
        return store

    def back_to_own(self) -> None:
        """Close the demo window and its workspace; open the own workspace again."""
        demo = self._demo
        if demo is None:
            return
        if self._window is not None:
            WindowSettings(self._settings).geometry = self._window.saveGeometry()
        self._demo = None
        self._open_own()
        demo.close()  # its window, closed above, has stopped its worker

    # -- windows ---------------------------------------------------------------------------
    def _replace_window(self, window: MainWindow) -> None:
        """Show ``window``, then close the one before it (its worker stops as it closes)."""
        previous = self._window
        if self._reminders is not None:
            self._reminders.stop()
            self._reminders = None
        if self._welcome is not None:
            self._welcome = None  # it belongs to the previous window
        self._window = window
        window.show()
        if previous is not None:
            previous.close()
        self.window_opened.emit(window)

    def close(self) -> None:
        """Stop the window's worker and close the demo workspace (the own one is the caller's)."""
        if self._reminders is not None:
            self._reminders.stop()
            self._reminders = None
        if self._builder is not None:
            self._builder.wait()
        if self._window is not None:
            self._window.worker.stop()
        if self._demo is not None:
            self._demo.close()
            self._demo = None
