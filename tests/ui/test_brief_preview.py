"""The brief and statement preview: the PDF as it prints, re-rendered live, saved and printed."""

import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QRectF, QSettings, QSizeF, Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

import ui.brief.preview_dialog
from app.bootstrap import Workspace
from app.domain.periods import Period
from tests.helpers.offscreen import ignore_offscreen_warnings
from tests.helpers.windows import TODAY, WAIT_MS
from ui.account.account_page import AccountPage
from ui.brief.document_request import (
    DocumentKind,
    DocumentRequest,
    RenderedDocument,
    proposed_file_name,
)
from ui.brief.pdf_printing import pages_to_print, placed_on
from ui.brief.preview_dialog import DocumentPreview
from ui.change_broadcast import ChangeBroadcast
from ui.database_worker import DatabaseWorker
from ui.main_window import MainWindow
from ui.navigation import PageId
from ui.settings.preferences import Preferences

pytestmark = ignore_offscreen_warnings

FLAGSHIP = "10-4711"
FLAGSHIP_NAME = "Präzisionsteile Müller GmbH"


@pytest.fixture
def worker(demo_workspace: Workspace) -> Iterator[DatabaseWorker]:
    worker = DatabaseWorker(demo_workspace, ChangeBroadcast())
    yield worker
    worker.stop()


def open_preview(
    qtbot: QtBot,
    worker: DatabaseWorker,
    settings: QSettings,
    kind: DocumentKind = DocumentKind.BRIEF,
    customer_number: str = FLAGSHIP,
) -> DocumentPreview:
    request = DocumentRequest(kind, customer_number, TODAY, "en")
    preview = DocumentPreview(worker, request, Preferences(settings))
    qtbot.addWidget(preview)
    with qtbot.waitSignal(preview.shown, timeout=WAIT_MS):
        preview.show()
    return preview


def page_text(preview: DocumentPreview, page: int = 0) -> str:
    return preview.document.getAllText(page).text()


def test_the_brief_shows_as_one_page_with_the_negotiation_date(
    qtbot: QtBot, worker: DatabaseWorker, settings: QSettings
) -> None:
    preview = open_preview(qtbot, worker, settings)

    assert preview.document.pageCount() == 1
    assert FLAGSHIP_NAME in page_text(preview)
    assert "NEGOTIATION BRIEF" in page_text(preview)
    assert preview.controls.meeting.value() == date(2026, 12, 7)  # the negotiation's meeting
    assert preview.windowTitle() == f"Brief – {FLAGSHIP_NAME}"
    assert preview.save_button.isEnabled()
    assert not preview.busy.isVisible()


def test_choosing_german_renders_the_brief_again_in_german(
    qtbot: QtBot, worker: DatabaseWorker, settings: QSettings
) -> None:
    preview = open_preview(qtbot, worker, settings)
    assert "VERHANDLUNGSBRIEFING" not in page_text(preview)

    with qtbot.waitSignal(preview.shown, timeout=WAIT_MS):
        qtbot.keyClick(preview.controls.language_choice, Qt.Key.Key_Down)  # English → Deutsch
        assert preview.busy.isVisible()
        assert not preview.save_button.isEnabled()  # what is on screen is about to change

    assert preview.controls.language() == "de"
    assert preview.render_count == 2
    assert preview.document.pageCount() == 1
    assert "VERHANDLUNGSBRIEFING" in page_text(preview)
    assert "7. Dezember 2026" in page_text(preview)
    assert preview.save_button.isEnabled()


def test_quick_changes_render_once_with_the_last_date(
    qtbot: QtBot, worker: DatabaseWorker, settings: QSettings
) -> None:
    preview = open_preview(qtbot, worker, settings)
    meeting = preview.controls.meeting
    meeting.setFocus()

    with qtbot.waitSignal(preview.shown, timeout=WAIT_MS):
        for _ in range(3):
            qtbot.keyClick(meeting, Qt.Key.Key_Up)  # the day: 7 → 10 December
    qtbot.wait(2 * ui.brief.preview_dialog.DEBOUNCE_MS)

    assert meeting.value() == date(2026, 12, 10)
    assert preview.render_count == 2  # one rendering for the three key presses
    assert "10 December 2026" in page_text(preview)


def test_save_writes_the_pdf_on_screen_where_the_user_chose(
    qtbot: QtBot,
    worker: DatabaseWorker,
    settings: QSettings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    proposed: list[str] = []

    def choose(_parent: QWidget, _title: str, path: str, _filter: str) -> tuple[str, str]:
        proposed.append(path)
        return str(tmp_path / "briefs" / "for the meeting"), "PDF files (*.pdf)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    preview = open_preview(qtbot, worker, settings)

    qtbot.mouseClick(preview.save_button, Qt.MouseButton.LeftButton)

    saved = tmp_path / "briefs" / "for the meeting.pdf"
    reader = PdfReader(saved)
    assert len(reader.pages) == 1
    assert FLAGSHIP_NAME in (reader.pages[0].extract_text() or "")
    assert Path(proposed[0]).name == f"Brief {FLAGSHIP_NAME} 2026-12-07.pdf"
    assert str(saved) in preview.saved_label.text()
    # The next save starts in the folder chosen this time, also in a new preview.
    assert Preferences(settings).save_folder == str(saved.parent)
    again = open_preview(qtbot, worker, settings)
    qtbot.mouseClick(again.save_button, Qt.MouseButton.LeftButton)
    assert Path(proposed[1]).parent == saved.parent


def test_a_failed_save_says_why_and_writes_nothing(
    qtbot: QtBot,
    worker: DatabaseWorker,
    settings: QSettings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the folder should be", encoding="utf-8")
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        lambda *_args: (str(blocker / "brief.pdf"), "PDF files (*.pdf)"),
    )
    preview = open_preview(qtbot, worker, settings)

    qtbot.mouseClick(preview.save_button, Qt.MouseButton.LeftButton)

    box = preview.findChild(QMessageBox)
    assert box is not None and box.isVisible()
    assert box.text() == "The PDF was not saved."
    assert str(blocker) in box.informativeText()
    assert blocker.read_text(encoding="utf-8") == "a file where the folder should be"
    assert Preferences(settings).save_folder == ""
    box.close()


class AcceptingPrintDialog:
    """Stands in for the system print dialog: the user picks a PDF printer and presses Print."""

    def __init__(self, printer: QPrinter, _parent: QWidget, output: Path) -> None:
        self.printer = printer
        self.output = output

    def setMinMax(self, _first: int, _last: int) -> None:
        pass

    def exec(self) -> QDialog.DialogCode:
        self.printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        self.printer.setOutputFileName(str(self.output))
        return QDialog.DialogCode.Accepted


def test_print_puts_the_page_on_the_printer_at_its_true_size(
    qtbot: QtBot,
    worker: DatabaseWorker,
    settings: QSettings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    printed = tmp_path / "printed.pdf"
    monkeypatch.setattr(
        ui.brief.preview_dialog,
        "QPrintDialog",
        lambda printer, parent: AcceptingPrintDialog(printer, parent, printed),
    )
    preview = open_preview(qtbot, worker, settings)

    qtbot.mouseClick(preview.print_button, Qt.MouseButton.LeftButton)

    reader = PdfReader(printed)
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)  # A4
    assert preview.saved_label.text() == "Sent 1 page to the printer."


def test_the_statement_follows_its_period_and_refuses_a_backward_one(
    qtbot: QtBot, worker: DatabaseWorker, settings: QSettings
) -> None:
    preview = open_preview(qtbot, worker, settings, DocumentKind.STATEMENT)
    controls = preview.controls
    assert controls.period() == Period(date(2024, 3, 15), TODAY)  # since the term started
    assert "Services provided beyond the contract" in page_text(preview)

    with qtbot.waitSignal(preview.shown, timeout=WAIT_MS):
        controls.period_start.set_value(date(2026, 1, 1))
    assert "1 Jan 2026 – 23 Nov 2026" in page_text(preview)

    with qtbot.assertNotEmitted(preview.shown, wait=3 * ui.brief.preview_dialog.DEBOUNCE_MS):
        controls.period_end.set_value(date(2025, 12, 31))
    assert controls.problem_label.isVisible()
    assert controls.problem_label.text() == "The period ends before it starts."
    assert not preview.save_button.isEnabled()


def test_an_unknown_account_says_why_there_is_no_brief(
    qtbot: QtBot, worker: DatabaseWorker, settings: QSettings
) -> None:
    request = DocumentRequest(DocumentKind.BRIEF, "99-0000", TODAY, "en")
    preview = DocumentPreview(worker, request, Preferences(settings))
    qtbot.addWidget(preview)

    qtbot.waitUntil(lambda: not preview.updating, timeout=WAIT_MS)

    assert preview.placeholder.headline.text() == "The brief could not be prepared"
    assert "99-0000" in preview.placeholder.explanation.text()
    assert not preview.save_button.isEnabled()
    assert not preview.print_button.isEnabled()


def test_ctrl_b_on_the_account_page_opens_the_brief(qtbot: QtBot, window: MainWindow) -> None:
    account = window.page(PageId.ACCOUNT)
    assert isinstance(account, AccountPage)
    with qtbot.waitSignal(account.loaded, timeout=WAIT_MS):
        window.open_account(FLAGSHIP)
    assert account.documents.isEnabled()

    qtbot.keyClick(window, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)

    # The button shows itself pressed for a moment, then clicks.
    qtbot.waitUntil(lambda: window.findChild(DocumentPreview) is not None, timeout=WAIT_MS)
    preview = window.findChild(DocumentPreview)
    assert preview is not None
    with qtbot.waitSignal(preview.shown, timeout=WAIT_MS):
        pass
    assert FLAGSHIP_NAME in page_text(preview)
    preview.close()


def test_the_statement_button_opens_the_statement(qtbot: QtBot, window: MainWindow) -> None:
    account = window.page(PageId.ACCOUNT)
    assert isinstance(account, AccountPage)
    with qtbot.waitSignal(account.loaded, timeout=WAIT_MS):
        window.open_account(FLAGSHIP)

    qtbot.mouseClick(account.documents.statement, Qt.MouseButton.LeftButton)

    preview = window.findChild(DocumentPreview)
    assert preview is not None
    with qtbot.waitSignal(preview.shown, timeout=WAIT_MS):
        pass
    assert preview.windowTitle() == f"Statement – {FLAGSHIP_NAME}"
    preview.close()


def test_file_names_leave_out_what_file_systems_refuse() -> None:
    request = DocumentRequest(DocumentKind.STATEMENT, FLAGSHIP, TODAY, "de")
    document = RenderedDocument(
        request, b"", 'Müller/Söhne: "Drehteile" GmbH', None, Period(date(2026, 1, 1), TODAY)
    )

    assert (
        proposed_file_name(document)
        == "Leistungsnachweis Müller-Söhne- -Drehteile- GmbH 2026-11-23.pdf"
    )


def test_closing_the_preview_while_it_renders_is_quiet(
    qtbot: QtBot, worker: DatabaseWorker, settings: QSettings
) -> None:
    preview = open_preview(qtbot, worker, settings)
    preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    worker.run(lambda _session: time.sleep(1), lambda _result: None)  # keeps the worker busy
    qtbot.keyClick(preview.controls.language_choice, Qt.Key.Key_Down)
    qtbot.wait(2 * ui.brief.preview_dialog.DEBOUNCE_MS)  # the rendering waits in the queue

    preview.close()

    qtbot.waitUntil(lambda: not worker.busy, timeout=WAIT_MS)  # its answer finds nobody


def test_the_settings_choose_the_document_language_and_the_supplier(
    qtbot: QtBot, window: MainWindow, settings: QSettings
) -> None:
    preferences = Preferences(settings)
    preferences.document_language = "de"  # the window itself speaks English
    preferences.supplier = "Weber Werkzeugmaschinen GmbH"

    preview = window.preview_document(DocumentKind.STATEMENT.value, FLAGSHIP)
    assert isinstance(preview, DocumentPreview)
    with qtbot.waitSignal(preview.shown, timeout=WAIT_MS):
        pass

    assert preview.controls.language() == "de"
    assert "Leistungen über den Vertrag hinaus" in page_text(preview)
    assert "Weber Werkzeugmaschinen GmbH" in page_text(preview)
    preview.close()


def test_a_page_larger_than_the_paper_is_scaled_down_and_centred() -> None:
    letter = QRectF(0, 0, 612, 792)  # US Letter, in points as device pixels

    a4 = placed_on(letter, QSizeF(595.3, 841.9))
    small = placed_on(letter, QSizeF(300, 400))

    assert a4.height() == pytest.approx(792)
    assert a4.width() == pytest.approx(595.3 * 792 / 841.9)
    assert a4.center().x() == pytest.approx(306)
    assert small == QRectF(0, 0, 300, 400)  # never enlarged


def test_the_pages_chosen_in_the_print_dialog_are_printed(qapp: QApplication) -> None:
    printer = QPrinter()
    assert pages_to_print(printer, 2) == range(2)

    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 2)

    assert pages_to_print(printer, 2) == range(1, 2)
