"""Small status icons for the workspace tables: a tick for "met", a cross for "breached",
a warning sign for what needs a look, and a stance dot (no image files needed)."""

from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath

from ui.line_icons import line_icon


def _tick(p: QPainter) -> None:
    path = QPainterPath(QPointF(3, 8.5))
    path.lineTo(6.5, 12)
    path.lineTo(13, 4.5)
    p.drawPath(path)


def _cross(p: QPainter) -> None:
    p.drawLine(QPointF(4, 4), QPointF(12, 12))
    p.drawLine(QPointF(12, 4), QPointF(4, 12))


def _warning(p: QPainter) -> None:
    path = QPainterPath(QPointF(8, 2))
    path.lineTo(14.5, 13.5)
    path.lineTo(1.5, 13.5)
    path.closeSubpath()
    p.drawPath(path)
    p.drawLine(QPointF(8, 6), QPointF(8, 9.5))
    p.drawPoint(QPointF(8, 11.7))


def _clock(p: QPainter) -> None:
    p.drawEllipse(QPointF(8, 8), 6, 6)
    p.drawLine(QPointF(8, 8), QPointF(8, 4.5))
    p.drawLine(QPointF(8, 8), QPointF(10.5, 9.5))


def tick_icon(colour: QColor) -> QIcon:
    return line_icon(_tick, colour)


def cross_icon(colour: QColor) -> QIcon:
    return line_icon(_cross, colour)


def warning_icon(colour: QColor) -> QIcon:
    return line_icon(_warning, colour)


def clock_icon(colour: QColor) -> QIcon:
    return line_icon(_clock, colour)
