"""Printing a loaded PDF: each page rendered at the printer's resolution and placed at its
true size on the paper, so the printout matches the preview and the saved file."""

from PySide6.QtCore import QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

POINTS_PER_INCH = 72
# Above this the page image only grows (an A4 at 1200 dpi is half a gigabyte), not sharper.
MOST_DOTS_PER_INCH = 600


class PrintFailedError(Exception):
    """The printer could not be started (no such printer, or the output file is not writable)."""


def pages_to_print(printer: QPrinter, page_count: int) -> range:
    """The pages chosen in the print dialog (all, or its "from … to" range), 0-based."""
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first = max(printer.fromPage(), 1) - 1
        last = min(printer.toPage() or page_count, page_count)
        return range(first, last)
    return range(page_count)


def placed_on(paper: QRectF, size: QSizeF) -> QRectF:
    """Where a page of ``size`` (device pixels) goes on ``paper``: at its true size in the
    top left corner, or scaled down to fit and centred when it is larger than the paper."""
    if size.width() <= paper.width() and size.height() <= paper.height():
        return QRectF(paper.topLeft(), size)
    fitted = size.scaled(paper.size(), Qt.AspectRatioMode.KeepAspectRatio)
    left = paper.left() + (paper.width() - fitted.width()) / 2
    top = paper.top() + (paper.height() - fitted.height()) / 2
    return QRectF(left, top, fitted.width(), fitted.height())


def print_pdf(document: QPdfDocument, printer: QPrinter) -> int:
    """Print ``document`` on ``printer``; returns how many pages were printed.

    The paper is addressed as a whole (``fullPage``): the PDF brings its own margins.
    A page larger than the paper is scaled down to fit, never cropped.
    Raises ``PrintFailedError`` when the printer cannot be started.
    """
    printer.setFullPage(True)
    dpi = min(printer.resolution(), MOST_DOTS_PER_INCH)
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintFailedError(printer.printerName() or printer.outputFileName())
    printed = 0
    try:
        paper = QRectF(printer.paperRect(QPrinter.Unit.DevicePixel))
        for page in pages_to_print(printer, document.pageCount()):
            if printed:
                printer.newPage()
            points = document.pagePointSize(page)
            pixels = QSize(
                round(points.width() * dpi / POINTS_PER_INCH),
                round(points.height() * dpi / POINTS_PER_INCH),
            )
            image = document.render(page, pixels)
            painter.drawImage(
                placed_on(paper, points * (printer.resolution() / POINTS_PER_INCH)), image
            )
            printed += 1
    finally:
        painter.end()
    return printed
