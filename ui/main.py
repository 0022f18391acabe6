"""``kamdesk``: open the database and show the main window."""

import argparse
import gc
import sys
from importlib.resources import files
from typing import cast

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QApplication, QMessageBox, QSystemTrayIcon

from app.bootstrap import Workspace, open_workspace
from app.clock import local_today
from app.errors import InvalidValueError, KamDeskError
from app.logs import log_folder, logging_to_file
from app.storage.damage import DamagedWorkspaceError
from app.storage.location import ENV_VAR, default_database_path
from app.storage.passwords import SessionPasswords
from app.storage.workspace_keys import WorkspaceKeys
from ui.crash_reports import crash_reports
from ui.damaged_workspace import recover_from_damage
from ui.encryption.passphrase_prompt import DialogPassphrasePrompt
from ui.first_start.first_account import create_first_account
from ui.language import install_language, remove_language, window_language
from ui.main_window import MainWindow
from ui.reminders.notifiers import Notifier, TrayNotifier
from ui.settings.preferences import Preferences
from ui.team.startup import DialogPasswordPrompt, offer_local_database, starting_location
from ui.window_settings import APPLICATION, ORGANISATION, user_settings
from ui.workspace_windows import WorkspaceWindows
from ui.write_failures import failure_text

DESKTOP_FILE_NAME = "org.kamdesk.KamDesk"


def parse_arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="kamdesk", description="KAM Desk desktop client")
    parser.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        help=f"SQLite file or database URL (default: ${ENV_VAR}, then the per-user file)",
    )
    return parser.parse_args(argv)


def application() -> QApplication:
    """The running QApplication, created (and named) on first call."""
    existing = QApplication.instance()
    if existing is not None:
        return cast(QApplication, existing)
    qt_app = QApplication(sys.argv[:1])
    qt_app.setApplicationName(APPLICATION)
    qt_app.setOrganizationName(ORGANISATION)
    # Wayland's app id: lets the desktop match windows to org.kamdesk.KamDesk.desktop.
    qt_app.setDesktopFileName(DESKTOP_FILE_NAME)
    qt_app.setWindowIcon(application_icon())
    return qt_app


def application_icon() -> QIcon:
    """The window icon: the one SVG source drawn at 256 px, which Qt scales down as needed."""
    svg = files("resources.icons").joinpath("kamdesk.svg").read_bytes()
    pixmap = QPixmap()
    pixmap.loadFromData(svg, "SVG")
    return QIcon(pixmap)


def tray_notifier(qt_app: QApplication) -> Notifier | None:
    """The system tray's notifier where the desktop has a tray; None: the status bar's."""
    if not QSystemTrayIcon.isSystemTrayAvailable():
        return None
    return TrayNotifier(qt_app)


def open_chosen_workspace(given: str | None, database_url: str) -> Workspace | None:
    """Open ``--db``, ``KAMDESK_DB``, the settings' team server or the local file. A team
    server that cannot be opened offers the local file instead; None: show nothing, quit."""
    prompt = DialogPasswordPrompt()
    try:
        location = starting_location(given, database_url)
        passwords = SessionPasswords(prompt, keys=WorkspaceKeys(DialogPassphrasePrompt()))
        workspace = open_workspace(location, passwords=passwords)
    except DamagedWorkspaceError as damage:  # moved aside: restore, start empty or quit
        if recover_from_damage(damage):
            return open_chosen_workspace(given, database_url)
        return None
    except KamDeskError as error:
        server = not isinstance(error, InvalidValueError) and not location.is_sqlite
        if server and offer_local_database(str(error)):
            return open_chosen_workspace(str(default_database_path()), "")
        if not server:
            title = QCoreApplication.translate("main", "KAM Desk")
            QMessageBox.critical(None, title, failure_text(error))
        return None
    prompt.remember(workspace.location)
    return workspace


def main(argv: list[str] | None = None) -> int:
    """Run the desktop client; return its exit code (1 when the database cannot be opened).

    Logs go to stderr and the data folder's ``logs/``, where an uncaught exception also
    leaves a crash report; known secrets are masked in both."""
    arguments = parse_arguments(argv)
    with logging_to_file(), crash_reports(log_folder()):
        return run_window(arguments)


def run_window(arguments: argparse.Namespace) -> int:
    qt_app = application()
    store = user_settings()
    language = window_language(Preferences(store).language, QLocale.system())
    translators = install_language(qt_app, language)
    workspace = open_chosen_workspace(arguments.db, Preferences(store).database_url)
    if workspace is None:
        remove_language(qt_app, translators)
        return 1
    # Start-up objects (modules, Qt wrappers, the ORM) live as long as the app: taken out of
    # the collector's reach, full collections get short and stop freezing the window.
    gc.freeze()
    notifier = tray_notifier(qt_app)
    windows = WorkspaceWindows(
        workspace,
        local_today(),
        store,
        language,
        MainWindow,
        notifier=notifier,
        clock=local_today,
        account_creator=create_first_account,
    )
    if isinstance(notifier, TrayNotifier):
        notifier.show_requested.connect(windows.bring_forward)
        notifier.quit_requested.connect(qt_app.quit)
    try:
        windows.start()
        return qt_app.exec()
    finally:
        windows.close()  # before the engine goes: the worker's session uses it
        workspace.close()
        if isinstance(notifier, TrayNotifier):
            notifier.tray.hide()  # some desktops keep a dead icon otherwise
        remove_language(qt_app, translators)


if __name__ == "__main__":
    sys.exit(main())
