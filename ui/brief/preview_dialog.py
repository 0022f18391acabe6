"""The brief or the statement exactly as it will print, re-rendered live as its controls change.

Composing and rendering run on the database worker; a change waits a moment for the next
one (typing a date), and an answer that a newer change has overtaken is dropped. The page
on screen stays until its successor is ready, dimmed while that one is on its way.
"""

from datetime import date
from functools import partial
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QMargins,
    QStandardPaths,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QGuiApplication
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QGraphicsOpacityEffect,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from app.domain.wording import Language
from app.storage.files import WriteFailedError, write_atomically
from ui.brief.controls_bar import ControlsBar
from ui.brief.document_request import (
    DocumentKind,
    DocumentRequest,
    RenderedDocument,
    proposed_file_name,
    render_document,
)
from ui.brief.pdf_printing import PrintFailedError, print_pdf
from ui.database_worker import DatabaseWorker
from ui.page_header import EmptyState, muted_label
from ui.settings.preferences import Preferences
from ui.shortcuts import Command, shortcut_for
from ui.status_indicators import BusyIndicator
from ui.write_failures import failure_text

DEBOUNCE_MS = 250
DIMMED_WHILE_UPDATING = 0.7
SCREEN_SHARE = 0.92  # of the available height
PREFERRED_SIZE = (900, 1040)


def pdf_buffer(pdf: bytes, parent: QWidget) -> QBuffer:
    """An open, read-only device over ``pdf`` (QPdfDocument reads pages from it lazily)."""
    buffer = QBuffer(parent)
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    return buffer


class DocumentPreview(QDialog):
    """Preview, save and print the document of ``request``; ``shown`` follows each rendering
    that reaches the screen."""

    shown = Signal()

    def __init__(
        self,
        worker: DatabaseWorker,
        request: DocumentRequest,
        preferences: Preferences,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._worker = worker
        self._request = request
        self._preferences = preferences
        self._asked = 0  # the number of the newest rendering asked for
        self._in_flight: set[int] = set()
        self._current: RenderedDocument | None = None
        self._error = ""  # why the newest rendering failed
        self._buffer: QBuffer | None = None
        self.render_count = 0
        self.setWindowTitle(self._title(request.customer_number))

        self.document = QPdfDocument(self)
        self.view = QPdfView()
        self.view.setDocument(self.document)
        self.view.setPageSpacing(12)
        self.view.setDocumentMargins(QMargins(14, 14, 14, 14))
        self._dimming = QGraphicsOpacityEffect(self.view)
        self._dimming.setOpacity(1.0)
        self.view.setGraphicsEffect(self._dimming)
        self.placeholder = EmptyState()
        self.placeholder.show_message(self._preparing_text())
        self._body = QStackedWidget()
        self._body.addWidget(self.placeholder)
        self._body.addWidget(self.view)

        self.controls = ControlsBar(request.kind, request.language, request.today)
        self.controls.changed.connect(self._controls_changed)
        self.controls.zoom_changed.connect(self._apply_zoom)
        self.busy = BusyIndicator()
        self.busy.label.setText(self.tr("Updating…"))
        self.controls.add_status(self.busy)

        self.saved_label = muted_label()
        self.save_button = QPushButton(self.tr("Save as PDF…"))
        self.save_button.setShortcut(shortcut_for(Command.SAVE_DOCUMENT).key_sequence())
        self.save_button.clicked.connect(self.save)
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setShortcut(shortcut_for(Command.PRINT_DOCUMENT).key_sequence())
        self.print_button.clicked.connect(self.print_document)
        for button in (self.save_button, self.print_button):
            button.setAutoDefault(False)  # Enter in a date field must not save or print
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self._render_now)

        self._build_layout()
        self._apply_zoom()
        self._fit_to_screen()
        self._render_now()

    # -- layout ----------------------------------------------------------------------------
    def _build_layout(self) -> None:
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        footer = QHBoxLayout()
        footer.setContentsMargins(16, 8, 16, 12)
        footer.setSpacing(8)
        footer.addWidget(self.saved_label, 1)
        footer.addWidget(self.save_button)
        footer.addWidget(self.print_button)
        footer.addSpacing(8)
        footer.addWidget(buttons)
        rule = QFrame()
        rule.setFrameShape(QFrame.Shape.HLine)
        rule.setFrameShadow(QFrame.Shadow.Sunken)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.controls)
        layout.addWidget(rule)
        layout.addWidget(self._body, 1)
        layout.addLayout(footer)
        self._set_actions_enabled(False)

    def _fit_to_screen(self) -> None:
        width, height = PREFERRED_SIZE
        screen = QGuiApplication.primaryScreen()
        if screen is not None:
            height = min(height, round(screen.availableGeometry().height() * SCREEN_SHARE))
        self.resize(width, height)

    def _title(self, account: str) -> str:
        if self._request.kind is DocumentKind.BRIEF:
            return self.tr("Brief – {account}").format(account=account)
        return self.tr("Statement – {account}").format(account=account)

    def _preparing_text(self) -> str:
        if self._request.kind is DocumentKind.BRIEF:
            return self.tr("Preparing the brief…")
        return self.tr("Preparing the statement…")

    def _apply_zoom(self) -> None:
        mode = self.controls.zoom_mode()
        self.view.setZoomMode(mode)
        # One whole page always fits: a scroll bar would only take room from it.
        fits = mode is QPdfView.ZoomMode.FitInView and self.document.pageCount() <= 1
        policy = (
            Qt.ScrollBarPolicy.ScrollBarAlwaysOff if fits else Qt.ScrollBarPolicy.ScrollBarAsNeeded
        )
        self.view.setVerticalScrollBarPolicy(policy)
        self.view.setHorizontalScrollBarPolicy(policy)

    # -- rendering -------------------------------------------------------------------------
    @property
    def updating(self) -> bool:
        return self._debounce.isActive() or bool(self._in_flight)

    def _controls_changed(self) -> None:
        if self.controls.problem():
            self._debounce.stop()  # nothing sensible to render until the period is fixed
        else:
            self._debounce.start()
        self._show_progress()

    def _next_request(self) -> DocumentRequest:
        dates_known = self._current is not None  # the first rendering brings the document's own
        return DocumentRequest(
            self._request.kind,
            self._request.customer_number,
            self._request.today,
            self.controls.language(),
            meeting_on=self.controls.meeting_on() if dates_known else None,
            period=self.controls.period() if dates_known else None,
            supplier=self._preferences.supplier,
        )

    def _render_now(self) -> None:
        self._asked += 1
        number = self._asked
        self._in_flight.add(number)
        self._worker.run(
            partial(render_document, request=self._next_request()),
            partial(self._rendered, number),
            partial(self._failed, number),
        )
        self._show_progress()

    def _rendered(self, number: int, document: RenderedDocument) -> None:
        if not isValid(self):  # closed while the worker rendered
            return
        self._in_flight.discard(number)
        if number == self._asked:  # else a newer rendering is on its way
            self._show_document(document)
        self._show_progress()

    def _failed(self, number: int, message: str) -> None:
        if not isValid(self):
            return
        self._in_flight.discard(number)
        if number == self._asked:
            self._error = message
            self.placeholder.show_message(self._failed_text(), message)
            self._body.setCurrentWidget(self.placeholder)
        self._show_progress()

    def _failed_text(self) -> str:
        if self._request.kind is DocumentKind.BRIEF:
            return self.tr("The brief could not be prepared")
        return self.tr("The statement could not be prepared")

    def _show_document(self, document: RenderedDocument) -> None:
        first = self._current is None
        previous = self._buffer
        self._buffer = pdf_buffer(document.pdf, self)
        self.document.load(self._buffer)
        if previous is not None:
            previous.deleteLater()
        self._current = document
        self._error = ""
        if first:
            self.controls.show_document_dates(document.meeting_on, document.period)
            self.setWindowTitle(self._title(document.account_name))
        # One page stands still in the window; more scroll past one another.
        pages = self.document.pageCount()
        single = QPdfView.PageMode.SinglePage if pages == 1 else QPdfView.PageMode.MultiPage
        if self.view.pageMode() != single:
            self.view.setPageMode(single)
        self._apply_zoom()
        if self._body.currentWidget() is not self.view:
            self._body.setCurrentWidget(self.view)
            self.view.setFocus()
        self.render_count += 1
        self.shown.emit()

    def _show_progress(self) -> None:
        updating = self.updating
        self.busy.set_busy(updating)
        self._dimming.setOpacity(DIMMED_WHILE_UPDATING if updating else 1.0)
        self.controls.show_problem(self.controls.problem())
        # Save and Print take what is on screen, so only once it matches the controls.
        problem = self.controls.problem() or self._error
        ready = not updating and self._current is not None and not problem
        self._set_actions_enabled(ready)

    def _set_actions_enabled(self, enabled: bool) -> None:
        self.save_button.setEnabled(enabled)
        self.print_button.setEnabled(enabled)

    # -- save and print --------------------------------------------------------------------
    def proposed_path(self) -> Path:
        assert self._current is not None
        folder = self._preferences.save_folder or QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        return Path(folder or Path.home()) / proposed_file_name(self._current)

    def save(self) -> None:
        """Ask where, then write the PDF on screen there (whole or not at all)."""
        if self._current is None or not self.save_button.isEnabled():
            return
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save as PDF"), str(self.proposed_path()), self.tr("PDF files (*.pdf)")
        )
        if not chosen:
            return
        target = Path(chosen)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(f"{target.name}.pdf")
        number = self._current.request.customer_number
        if self._current.request.kind is DocumentKind.BRIEF:
            what = self.tr("brief {number}").format(number=number)
        else:
            what = self.tr("statement {number}").format(number=number)
        try:
            write_atomically(target, self._current.pdf, what)
        except WriteFailedError as error:
            self._warn(self.tr("The PDF was not saved."), failure_text(error))
            return
        self._preferences.save_folder = str(target.parent)
        self.saved_label.setText(self.tr("Saved as {path}").format(path=target))
        self.saved_label.setToolTip(str(target))

    def print_document(self) -> None:
        """The system's print dialog, then the pages as they are on screen."""
        if self._current is None or not self.print_button.isEnabled():
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(Path(proposed_file_name(self._current)).stem)
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, self.document.pageCount())
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            pages = print_pdf(self.document, printer)
        except PrintFailedError as error:
            self._warn(self.tr("The printer could not be started."), str(error))
            return
        if pages == 1:
            self.saved_label.setText(self.tr("Sent 1 page to the printer."))
        else:
            sent = self.tr("Sent {count} pages to the printer.").format(count=pages)
            self.saved_label.setText(sent)

    def _warn(self, headline: str, details: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.windowTitle(), headline, parent=self)
        box.setInformativeText(details)
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.open()


def document_preview(
    worker: DatabaseWorker,
    kind: str,
    customer_number: str,
    today: date,
    window_language: Language,
    preferences: Preferences,
    parent: QWidget | None = None,
) -> DocumentPreview:
    """The preview of ``kind`` (a ``DocumentKind`` value) for an account, in the document
    language chosen in Settings, else the window's."""
    request = DocumentRequest(
        DocumentKind(kind),
        customer_number,
        today,
        preferences.document_language or window_language,
        supplier=preferences.supplier,
    )
    return DocumentPreview(worker, request, preferences, parent)
