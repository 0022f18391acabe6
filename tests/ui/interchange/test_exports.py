"""File → Export CSV and Export calendar write whole files that other programs open."""

from pathlib import Path

from icalendar import Calendar
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.helpers.file_dialogs import ChosenFiles
from tests.helpers.offscreen import ignore_offscreen_warnings
from tests.helpers.windows import WAIT_MS
from ui.interchange.export_dialogs import CalendarExportDialog, CsvExportDialog
from ui.main_window import MainWindow

pytestmark = ignore_offscreen_warnings


def test_export_csv_writes_a_file_that_starts_with_the_bom(
    qtbot: QtBot, own_window: MainWindow, chosen_files: ChosenFiles, tmp_path: Path
) -> None:
    own_window.interchange.export_csv.trigger()
    dialog = own_window.findChild(CsvExportDialog)
    assert isinstance(dialog, CsvExportDialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("ledger"))
    dialog.language.setCurrentIndex(dialog.language.findData("de"))
    chosen_files.save_path = tmp_path / "ledger.csv"

    with qtbot.waitSignal(dialog.exported, timeout=WAIT_MS) as exported:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)

    data = chosen_files.save_path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    assert data.decode("utf-8-sig").splitlines()[0].count(";") >= 5  # German: semicolons
    assert str(chosen_files.save_path) in exported.args[0]


def test_cancelling_the_file_dialog_writes_nothing(
    qtbot: QtBot, own_window: MainWindow, chosen_files: ChosenFiles, tmp_path: Path
) -> None:
    dialog = own_window.interchange.open_csv_export()
    assert isinstance(dialog, CsvExportDialog)

    with qtbot.assertNotEmitted(dialog.exported, wait=100):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)

    assert dialog.isVisible()
    assert list(tmp_path.glob("*.csv")) == []


def test_the_calendar_export_writes_a_calendar_others_can_read(
    qtbot: QtBot, own_window: MainWindow, chosen_files: ChosenFiles, tmp_path: Path
) -> None:
    own_window.interchange.export_calendar.trigger()
    dialog = own_window.findChild(CalendarExportDialog)
    assert isinstance(dialog, CalendarExportDialog)
    assert not dialog.one_account.isVisible()  # no account page open
    chosen_files.save_path = tmp_path / "kamdesk.ics"

    with qtbot.waitSignal(dialog.exported, timeout=WAIT_MS):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)

    calendar = Calendar.from_ical(chosen_files.save_path.read_bytes())
    events = calendar.walk("VEVENT")
    assert len(events) > 10
    assert len({str(event["SUMMARY"]) for event in events}) > 1


def test_from_an_account_page_the_calendar_can_hold_just_that_account(
    qtbot: QtBot, own_window: MainWindow, chosen_files: ChosenFiles, tmp_path: Path
) -> None:
    whole = tmp_path / "all.ics"
    chosen_files.save_path = whole
    dialog = own_window.interchange.open_calendar_export()
    with qtbot.waitSignal(dialog.exported, timeout=WAIT_MS):  # type: ignore[attr-defined]
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    own_window.open_account("10-4711")

    dialog = own_window.interchange.open_calendar_export()
    assert isinstance(dialog, CalendarExportDialog)
    qtbot.mouseClick(dialog.one_account, Qt.MouseButton.LeftButton)
    chosen_files.save_path = tmp_path / "one.ics"
    with qtbot.waitSignal(dialog.exported, timeout=WAIT_MS):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)

    one = Calendar.from_ical(chosen_files.save_path.read_bytes()).walk("VEVENT")
    every = Calendar.from_ical(whole.read_bytes()).walk("VEVENT")
    assert 0 < len(one) < len(every)
    assert "10-4711" in dialog.one_account.text()
