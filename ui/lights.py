"""Traffic-light colours and the round dot icons drawn from them (no image files needed)."""

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap

from app.domain.agenda import Urgency
from app.domain.health import Light

GREEN = QColor("#2e7d32")
AMBER = QColor("#e0a100")
RED = QColor("#c62828")
BLUE = QColor("#1f6fb2")
GREY = QColor("#8a8f98")

HEALTH_COLOURS: dict[Light, QColor] = {Light.GREEN: GREEN, Light.AMBER: AMBER, Light.RED: RED}
URGENCY_COLOURS: dict[Urgency, QColor] = {
    Urgency.OVERDUE: RED,
    Urgency.THIS_WEEK: AMBER,
    Urgency.THIS_MONTH: BLUE,
    Urgency.LATER: GREY,
}


def light_name(light: Light) -> str:
    """ "Green", "Amber", "Red", translated."""
    return {
        Light.GREEN: QCoreApplication.translate("Health", "Green"),
        Light.AMBER: QCoreApplication.translate("Health", "Amber"),
        Light.RED: QCoreApplication.translate("Health", "Red"),
    }[light]


# For text on a light background: amber as it is would be hard to read.
URGENCY_TEXT_COLOURS: dict[Urgency, QColor] = {
    **URGENCY_COLOURS,
    Urgency.THIS_WEEK: QColor("#a87400"),
}

_PIXEL_RATIO = 2.0  # drawn at twice the size, so the dot stays round on high-DPI screens


def dot_icon(colour: QColor, diameter: int = 10, canvas: int = 16) -> QIcon:
    """A filled circle in ``colour`` with a slightly darker rim, centred on a ``canvas``
    the size of the views' other icons, so it is not scaled up to their size."""
    side = round(canvas * _PIXEL_RATIO)
    pixmap = QPixmap(side, side)
    pixmap.setDevicePixelRatio(_PIXEL_RATIO)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(colour.darker(130), 1.0))
    painter.setBrush(colour)
    margin = (canvas - diameter) / 2
    painter.drawEllipse(QRectF(margin + 0.5, margin + 0.5, diameter - 1.0, diameter - 1.0))
    painter.end()
    return QIcon(pixmap)
