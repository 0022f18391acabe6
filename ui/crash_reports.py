"""An uncaught exception in the window: logged, written to a crash report in the data
folder's ``logs/``, and told to the user in a message box. Known secrets (a server
password, the encryption key) are masked in all three.
"""

import logging
import platform
import sys
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from app import __version__
from app.storage.files import WriteFailedError, write_atomically
from app.storage.redaction import REDACTOR, SecretRedactor

REPORTS_KEPT = 20
REPORT_PREFIX = "crash-"

log = logging.getLogger(__name__)

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


def report_text(
    kind: type[BaseException],
    error: BaseException,
    trace: TracebackType | None,
    now: datetime,
    redactor: SecretRedactor = REDACTOR,
) -> str:
    """The crash report: versions, moment and traceback, with known secrets masked."""
    lines = [
        f"KAM Desk {__version__} crash report, {now.isoformat(timespec='seconds')}",
        f"Python {platform.python_version()}, PySide6 {pyside_version}, {platform.platform()}",
        "",
        *traceback.format_exception(kind, error, trace),
    ]
    return redactor.redact("\n".join(line.rstrip("\n") for line in lines)) + "\n"


def _forget_old_reports(folder: Path) -> None:
    reports = sorted(folder.glob(f"{REPORT_PREFIX}*.txt"))
    for old in reports[:-REPORTS_KEPT]:
        old.unlink(missing_ok=True)


class CrashReporter:
    """``sys.excepthook`` while installed. ``shown`` holds the last message box."""

    def __init__(self, folder: Path, redactor: SecretRedactor = REDACTOR) -> None:
        self.folder = folder
        self._redactor = redactor
        self._previous: ExceptHook | None = None
        self.shown: QMessageBox | None = None
        self.last_report: Path | None = None

    def install(self) -> None:
        self._previous = sys.excepthook
        sys.excepthook = self.handle

    def uninstall(self) -> None:
        if self._previous is not None and sys.excepthook == self.handle:
            sys.excepthook = self._previous
        self._previous = None

    def handle(
        self, kind: type[BaseException], error: BaseException, trace: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, trace)
            return
        log.critical("uncaught exception", exc_info=(kind, error, trace))
        now = datetime.now(UTC)
        path = self.folder / f"{REPORT_PREFIX}{now:%Y%m%d-%H%M%S-%f}.txt"
        try:
            text = report_text(kind, error, trace, now, self._redactor)
            write_atomically(path, text.encode("utf-8"), "crash report")
            _forget_old_reports(self.folder)
        except WriteFailedError as failure:
            log.error("%s", failure)
            path = None
        self.last_report = path
        summary = self._redactor.redact(f"{kind.__name__}: {error}")
        self._tell(summary, path)

    def _tell(self, summary: str, report: Path | None) -> None:
        if QApplication.instance() is None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            QCoreApplication.translate("CrashReporter", "KAM Desk"),
            QCoreApplication.translate(
                "CrashReporter",
                "KAM Desk ran into an unexpected error. What you saved before is safe; "
                "the last action may not have finished.",
            ),
            parent=QApplication.activeWindow(),
        )
        if report is not None:
            box.setInformativeText(
                QCoreApplication.translate(
                    "CrashReporter",
                    "A crash report was written to {file}. It holds no passwords or keys.",
                ).format(file=report)
            )
        box.setDetailedText(summary)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.shown = box


@contextmanager
def crash_reports(folder: Path) -> Iterator[CrashReporter]:
    """A ``CrashReporter`` into ``folder``, installed while the block runs."""
    reporter = CrashReporter(folder)
    reporter.install()
    try:
        yield reporter
    finally:
        reporter.uninstall()
