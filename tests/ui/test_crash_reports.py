"""Crash reports: a bounded number kept, and the user told even when none can be written."""

import sys
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.helpers.offscreen import ignore_offscreen_warnings
from ui.crash_reports import REPORTS_KEPT, CrashReporter, crash_reports

pytestmark = ignore_offscreen_warnings


def raise_and_report(reporter: CrashReporter) -> None:
    try:
        raise ValueError("an unexpected value")
    except ValueError:
        reporter.handle(*sys.exc_info())  # type: ignore[arg-type]
    if reporter.shown is not None:
        reporter.shown.close()


def test_only_the_newest_reports_are_kept(qapp: QApplication, tmp_path: Path) -> None:
    for number in range(REPORTS_KEPT + 5):
        (tmp_path / f"crash-20261101-0000{number:02d}-000000.txt").write_text("old")

    with crash_reports(tmp_path) as reporter:
        assert sys.excepthook == reporter.handle
        raise_and_report(reporter)

    assert sys.excepthook != reporter.handle
    reports = sorted(tmp_path.glob("crash-*.txt"))
    assert len(reports) == REPORTS_KEPT
    assert reporter.last_report == reports[-1]
    assert "ValueError: an unexpected value" in reports[-1].read_text(encoding="utf-8")
    assert str(datetime.now(UTC).year) in reports[-1].name


def test_a_report_that_cannot_be_written_still_tells_the_user(qtbot: QtBot, tmp_path: Path) -> None:
    blocker = tmp_path / "logs"
    blocker.write_text("a file where the logs folder should be")
    reporter = CrashReporter(blocker)
    shown: list[str] = []
    try:
        raise KeyError("lost")
    except KeyError:
        reporter.handle(*sys.exc_info())  # type: ignore[arg-type]
    assert reporter.shown is not None
    shown.extend([reporter.shown.text(), reporter.shown.informativeText()])
    reporter.shown.close()

    assert reporter.last_report is None
    assert "unexpected error" in shown[0]
    assert shown[1] == ""  # no report to point to
