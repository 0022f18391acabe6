"""Small line-drawing icons painted with QPainter on a 16×16 grid (no image files needed)."""

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap

GRID = 16
PIXEL_RATIO = 2.0  # drawn at twice the size, so lines stay crisp on high-DPI screens

Drawing = Callable[[QPainter], None]


def line_icon(drawing: Drawing, colour: QColor, size: int = GRID) -> QIcon:
    """``drawing`` (in 16×16 grid units) stroked in ``colour``, ``size`` pixels square."""
    return QIcon(line_pixmap(drawing, colour, size))


def line_pixmap(drawing: Drawing, colour: QColor, size: int = GRID, width: float = 1.3) -> QPixmap:
    """The pixmap behind ``line_icon``, for icons that differ when selected."""
    side = round(size * PIXEL_RATIO)
    pixmap = QPixmap(side, side)
    pixmap.setDevicePixelRatio(PIXEL_RATIO)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(size / GRID, size / GRID)
    pen = QPen(colour, width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    drawing(painter)
    painter.end()
    return pixmap
