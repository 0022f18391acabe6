"""Line drawings for the navigation: the agenda, the accounts (plants), the catalog, one account."""

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QPainter, QPainterPath

from ui.agenda.kind_icons import calendar


def plants(p: QPainter) -> None:
    """Two factory buildings with saw-tooth roofs: the accounts are industrial plants."""
    roof = QPainterPath(QPointF(1.5, 14.5))
    roof.lineTo(1.5, 7)
    roof.lineTo(5, 4.5)
    roof.lineTo(5, 7)
    roof.lineTo(8.5, 4.5)
    roof.lineTo(8.5, 7)
    roof.lineTo(12, 4.5)
    roof.lineTo(12, 1.5)
    roof.lineTo(14.5, 1.5)
    roof.lineTo(14.5, 14.5)
    roof.closeSubpath()
    p.drawPath(roof)
    p.drawRect(QRectF(4, 10, 2.5, 4.5))
    p.drawRect(QRectF(9, 10, 2.5, 2.5))


def plant(p: QPainter) -> None:
    """One building: a single account."""
    roof = QPainterPath(QPointF(2.5, 14.5))
    roof.lineTo(2.5, 6.5)
    roof.lineTo(8, 3)
    roof.lineTo(13.5, 6.5)
    roof.lineTo(13.5, 14.5)
    roof.closeSubpath()
    p.drawPath(roof)
    p.drawRect(QRectF(6.5, 10, 3, 4.5))


def package_box(p: QPainter) -> None:
    """A parcel: the service packages of the catalog."""
    box = QPainterPath(QPointF(8, 1.5))
    box.lineTo(14.5, 4.5)
    box.lineTo(14.5, 11.5)
    box.lineTo(8, 14.5)
    box.lineTo(1.5, 11.5)
    box.lineTo(1.5, 4.5)
    box.closeSubpath()
    box.moveTo(1.5, 4.5)
    box.lineTo(8, 7.5)
    box.lineTo(14.5, 4.5)
    box.moveTo(8, 7.5)
    box.lineTo(8, 14.5)
    p.drawPath(box)


__all__ = ["calendar", "package_box", "plant", "plants"]
