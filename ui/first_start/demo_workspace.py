"""The demo workspace: its own file in the data folder, rebuilt fresh each time it is opened,
so its stories stay relative to today and it never mixes with the user's own data."""

import logging
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal

from app.bootstrap import Workspace, open_workspace
from app.errors import KamDeskError
from app.storage.damage import start_empty
from app.storage.location import data_dir

DEMO_FILE_NAME = "kamdesk-demo.db"
DEMO_SETTINGS_NAME = "kamdesk-demo-window.ini"
# SQLite's companions of a database file: a leftover journal would be replayed into a new file.
COMPANION_SUFFIXES = ("-wal", "-shm", "-journal")

log = logging.getLogger(__name__)


class DemoWorkspaceError(KamDeskError):
    """The demo workspace could not be prepared; the user's own data is untouched."""


def demo_database_path() -> Path:
    return data_dir() / DEMO_FILE_NAME


def demo_settings_path() -> Path:
    """The demo window's own settings file, so the demo never moves the user's last page."""
    return data_dir() / DEMO_SETTINGS_NAME


def build_demo_workspace(path: Path, today: date, own_database: Path | None) -> Workspace:
    """Delete any earlier demo at ``path``, then create and fill a new one; return it open.

    Raises ``DemoWorkspaceError`` when ``path`` is the user's own database or cannot be
    replaced, and the ``KamDeskError`` family when the new file cannot be created.
    """
    if own_database is not None and own_database.resolve() == path.resolve():
        raise DemoWorkspaceError(f"{path} is the database you opened; it is never replaced")
    try:
        for suffix in ("", *COMPANION_SUFFIXES):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        start_empty(path)  # a fresh file: an earlier demo found damaged is not asked about
    except OSError as error:
        raise DemoWorkspaceError(
            f"the earlier demo workspace {path} cannot be replaced: {error.strerror}"
        ) from None
    from app.demo import generate_demo  # only when asked for: it is large and rarely used

    workspace = open_workspace(path)
    try:
        with workspace.transaction() as session:
            generate_demo(session, today=today)
    except BaseException:
        workspace.close()
        raise
    return workspace


class DemoBuilder(QThread):
    """Builds the demo workspace off the GUI thread: ``built(workspace)`` or ``failed(message)``."""

    built = Signal(object)
    failed = Signal(str)

    def __init__(
        self,
        path: Path,
        today: date,
        own_database: Path | None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._path = path
        self._today = today
        self._own_database = own_database

    def run(self) -> None:
        try:
            workspace = build_demo_workspace(self._path, self._today, self._own_database)
        except KamDeskError as error:
            self.failed.emit(str(error))
        except Exception as error:
            log.exception("the demo workspace could not be built")
            self.failed.emit(
                QCoreApplication.translate(
                    "DemoBuilder",
                    "An unexpected error stopped this ({kind}). The details are in the log.",
                ).format(kind=type(error).__name__)
            )
        else:
            self.built.emit(workspace)
