"""A padlock in the line-icon style (16×16 grid): the encrypted workspace."""

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter, QPainterPath


def padlock(p: QPainter) -> None:
    """A closed padlock: a rounded body under a shackle, a keyhole in the middle."""
    p.drawRoundedRect(QRectF(2.5, 7, 11, 7.5), 1.5, 1.5)
    shackle = QPainterPath()
    shackle.moveTo(4.75, 7)
    shackle.lineTo(4.75, 5)
    shackle.arcTo(QRectF(4.75, 1.5, 6.5, 6.5), 180, -180)
    shackle.lineTo(11.25, 7)
    p.drawPath(shackle)
    p.drawLine(8, 10, 8, 11.75)
