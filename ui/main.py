"""``kamdesk``: open the database and show the main window."""

import argparse
import gc
import logging
import sys
from typing import cast

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from app.bootstrap import open_workspace
from app.clock import local_today
from app.domain.wording import Language
from app.errors import KamDeskError
from app.storage.location import ENV_VAR, resolve_location
from ui.main_window import MainWindow
from ui.window_settings import APPLICATION, ORGANISATION, user_settings

# Until the German translation ships, the whole window speaks English, core sentences too.
WINDOW_LANGUAGE: Language = "en"


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
    return qt_app


def main(argv: list[str] | None = None) -> int:
    """Run the desktop client; return its exit code (1 when the database cannot be opened)."""
    arguments = parse_arguments(argv)
    logging.basicConfig(level=logging.WARNING, format="%(asctime)s %(name)s: %(message)s")
    qt_app = application()
    try:
        workspace = open_workspace(resolve_location(arguments.db))
    except KamDeskError as error:
        QMessageBox.critical(None, QCoreApplication.translate("main", "KAM Desk"), str(error))
        return 1
    # Start-up objects (modules, Qt wrappers, the ORM) live as long as the app: taken out of
    # the collector's reach, full collections get short and stop freezing the window.
    gc.freeze()
    window: MainWindow | None = None
    try:
        window = MainWindow(workspace, local_today(), user_settings(), WINDOW_LANGUAGE)
        window.show()
        return qt_app.exec()
    finally:
        if window is not None:
            window.worker.stop()  # before the engine goes: the worker's session uses it
        workspace.close()


if __name__ == "__main__":
    sys.exit(main())
