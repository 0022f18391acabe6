"""Budget versus notice in the account header: one line per warning, with the agenda's
calendar-alert icon, red when the seller must act within a week (or is late), else amber."""

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from app.domain.agenda import AgendaKind, Urgency, urgency_of
from app.domain.budget_notice import BudgetNoticeWarning
from app.domain.wording import Language
from ui.agenda.kind_icons import kind_icon
from ui.lights import RED
from ui.record_colours import WARNING_TEXT

ICON_SIZE = 16


def warning_colour(warning: BudgetNoticeWarning, today: date) -> QColor:
    """Red when the warning is due this week or overdue, amber (darkened for text) later."""
    urgent = urgency_of(warning.due, today) in (Urgency.OVERDUE, Urgency.THIS_WEEK)
    return RED if urgent else WARNING_TEXT


class BudgetWarningLines(QWidget):
    """Filled by ``show_warnings``; hidden while the account has none."""

    def __init__(self, language: Language, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self._today = today
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 8, 0, 0)  # apart from the columns above, when shown
        self.grid.setHorizontalSpacing(6)
        self.grid.setVerticalSpacing(3)
        self.grid.setColumnStretch(1, 1)
        self.texts: list[QLabel] = []
        self.hide()

    def show_warnings(self, warnings: Sequence[BudgetNoticeWarning]) -> None:
        self.clear()
        for row, warning in enumerate(warnings):
            colour = warning_colour(warning, self._today)
            icon = QLabel()
            icon.setPixmap(kind_icon(AgendaKind.BUDGET_VS_NOTICE, colour).pixmap(ICON_SIZE))
            icon.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
            text = QLabel(warning.sentence(self._language))
            text.setTextFormat(Qt.TextFormat.PlainText)  # a budget's label is customer data
            text.setWordWrap(True)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            palette = text.palette()
            palette.setColor(QPalette.ColorRole.WindowText, colour)
            text.setPalette(palette)
            self.grid.addWidget(icon, row, 0)
            self.grid.addWidget(text, row, 1)
            self.texts.append(text)
        self.setVisible(bool(warnings))

    def clear(self) -> None:
        while self.grid.count():
            taken = self.grid.takeAt(0)
            widget = taken.widget() if taken is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.texts = []
        self.hide()
