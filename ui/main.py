"""``kamdesk``: open the database and show the placeholder window."""

import argparse
import sys
from typing import cast

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from app import __version__
from app.bootstrap import Workspace, open_workspace
from app.domain.accounts import count_accounts
from app.errors import KamDeskError
from app.storage.location import ENV_VAR, resolve_location
from ui.placeholder_window import PlaceholderWindow

APPLICATION_NAME = "KAM Desk"


def parse_arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="kamdesk", description="KAM Desk desktop client")
    parser.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        help=f"SQLite file or database URL (default: ${ENV_VAR}, then the per-user file)",
    )
    return parser.parse_args(argv)


def account_count(workspace: Workspace) -> int:
    """How many accounts the open database holds."""
    with workspace.session() as session:
        return count_accounts(session)


def application() -> QApplication:
    """The running QApplication, created (and named) on first call."""
    existing = QApplication.instance()
    if existing is not None:
        return cast(QApplication, existing)
    qt_app = QApplication(sys.argv[:1])
    qt_app.setApplicationName(APPLICATION_NAME)
    qt_app.setOrganizationName(APPLICATION_NAME)
    return qt_app


def main(argv: list[str] | None = None) -> int:
    """Run the desktop client; return its exit code (1 when the database cannot be opened)."""
    arguments = parse_arguments(argv)
    qt_app = application()
    try:
        workspace = open_workspace(resolve_location(arguments.db))
    except KamDeskError as error:
        QMessageBox.critical(None, QCoreApplication.translate("main", "KAM Desk"), str(error))
        return 1
    try:
        window = PlaceholderWindow(
            workspace.location.describe(), account_count(workspace), __version__
        )
        window.show()
        return qt_app.exec()
    finally:
        workspace.close()


if __name__ == "__main__":
    sys.exit(main())
