"""Where the app logs: stderr always, and for the window a rotating file in the data folder's
``logs/`` (with its crash reports). Known secrets are masked in every record."""

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from logging.handlers import RotatingFileHandler
from pathlib import Path

from app.storage.location import data_dir
from app.storage.redaction import install_redaction

LOG_DIR_NAME = "logs"
LOG_FILE_NAME = "kamdesk.log"
LOG_FILE_BYTES = 1_000_000
LOG_FILES_KEPT = 3
LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def log_folder() -> Path:
    """``logs/`` in the per-user data folder: the log file and the crash reports."""
    return data_dir() / LOG_DIR_NAME


def configure_logging(level: int = logging.WARNING, fmt: str = LOG_FORMAT) -> None:
    """Log to stderr (unless something already handles the root logger), with known
    secrets masked in every record from now on."""
    logging.basicConfig(level=level, format=fmt)
    install_redaction()


@contextmanager
def logging_to_file(folder: Path | None = None) -> Iterator[Path | None]:
    """Also log into ``folder``'s ``kamdesk.log`` (default: ``log_folder()``) while the block
    runs; yields the file, or None when the folder cannot be made (stderr still works)."""
    folder = folder or log_folder()
    configure_logging()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        logging.getLogger(__name__).warning("no log file in %s: %s", folder, error.strerror)
        yield None
        return
    path = folder / LOG_FILE_NAME
    handler = RotatingFileHandler(
        path, maxBytes=LOG_FILE_BYTES, backupCount=LOG_FILES_KEPT, encoding="utf-8", delay=True
    )
    handler.setFormatter(logging.Formatter(LOG_FORMAT))
    root = logging.getLogger()
    root.addHandler(handler)
    install_redaction()
    try:
        yield path
    finally:
        root.removeHandler(handler)
        handler.close()
