"""The status bar's permanent parts: a busy indicator while the database works, and which
database is open (its description never holds a password)."""

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QWidget

MAX_WIDTH = 520


class BusyIndicator(QWidget):
    """A small running bar and "Working…", shown only while a database job runs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        bar = QProgressBar()
        bar.setRange(0, 0)  # no known end: a running bar
        bar.setTextVisible(False)
        bar.setFixedSize(72, 10)
        self.label = QLabel(self.tr("Working…"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 8, 0)
        layout.setSpacing(6)
        layout.addWidget(bar)
        layout.addWidget(self.label)
        self.setVisible(False)

    def set_busy(self, busy: bool) -> None:
        self.setVisible(busy)


class DatabaseLabel(QLabel):
    """The open database, shortened in the middle when the window is narrow; full as tooltip."""

    def __init__(self, description: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.description = description
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setToolTip(self.tr("Database: {database}").format(database=description))
        self.setMinimumWidth(120)
        self.setText(description)

    # Hints from the full text, so eliding it never makes the status bar shrink the label.
    def sizeHint(self) -> QSize:
        width = min(self.fontMetrics().horizontalAdvance(self.description) + 8, MAX_WIDTH)
        return QSize(width, super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:
        return QSize(self.minimumWidth(), super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        shown = self.fontMetrics().elidedText(
            self.description, Qt.TextElideMode.ElideMiddle, self.width()
        )
        if shown != self.text():
            self.setText(shown)
