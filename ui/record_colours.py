"""Colours for text in the workspace tables: readable on the light rows of a table."""

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from ui.lights import GREEN, GREY, RED

WARNING_TEXT = QColor("#a87400")  # amber, darkened for text
BAD_TEXT = RED
GOOD_TEXT = GREEN
NEUTRAL = GREY


def muted_text() -> QColor:
    """The palette's placeholder colour: for rows that count for less (done, before the period)."""
    return QApplication.palette().color(QPalette.ColorRole.PlaceholderText)
