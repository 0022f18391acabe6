"""How the power map looks: an outline per decision role, colours per stance, pens per link
kind. One place, so the map, its legend and its exports always agree."""

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainterPath, QPen, QPolygonF

from app.model import DecisionRole, LinkKind, Stance
from ui.account.pages.contacts_model import STANCE_COLOURS
from ui.account.power_map.layout import NODE_SIZES
from ui.lights import BLUE

TEXT = QColor("#1d2329")  # node fills are light in every theme: always dark text on them
MUTED_TEXT = QColor("#4f5964")
REPORTS_COLOUR = QColor("#46525c")
INFLUENCES_COLOUR = BLUE
SHADOW = QColor(20, 30, 40, 34)
# Short signs on the stance badge, so the stance reads without telling red from green.
STANCE_SIGNS = {
    Stance.CHAMPION: "++",
    Stance.SUPPORTER: "+",
    Stance.NEUTRAL: "○",
    Stance.CRITIC: "−",
}


def _tint(colour: QColor, share: float) -> QColor:
    """``colour`` mixed into white: ``share`` of the colour, the rest white."""
    return QColor(
        round(255 - (255 - colour.red()) * share),
        round(255 - (255 - colour.green()) * share),
        round(255 - (255 - colour.blue()) * share),
    )


STANCE_FILLS: dict[Stance, QColor] = {
    stance: _tint(colour, 0.2) for stance, colour in STANCE_COLOURS.items()
}
STANCE_BORDERS: dict[Stance, QColor] = {
    stance: colour.darker(112) for stance, colour in STANCE_COLOURS.items()
}


def role_outline(role: DecisionRole, width: float = 0.0, height: float = 0.0) -> QPainterPath:
    """The outline of a node of ``role`` centred on (0, 0); the role's own size unless
    ``width`` and ``height`` are given (the legend draws them small)."""
    if not width or not height:
        width, height = NODE_SIZES[role]
    w, h = width / 2, height / 2
    path = QPainterPath()
    if role is DecisionRole.DECISION_MAKER:  # a hexagon: pointed ends left and right
        tip = min(h * 0.55, w * 0.25)
        corners = [(-w, 0), (-w + tip, -h), (w - tip, -h), (w, 0), (w - tip, h), (-w + tip, h)]
        path.addPolygon(QPolygonF([QPointF(x, y) for x, y in corners]))
        path.closeSubpath()
    elif role is DecisionRole.INFLUENCER:
        path.addEllipse(QRectF(-w, -h, width, height))
    elif role is DecisionRole.GATEKEEPER:
        corners = [(0, -h), (w, 0), (0, h), (-w, 0)]
        path.addPolygon(QPolygonF([QPointF(x, y) for x, y in corners]))
        path.closeSubpath()
    else:
        radius = min(12.0, h * 0.4)
        path.addRoundedRect(QRectF(-w, -h, width, height), radius, radius)
    return path


def text_width(role: DecisionRole, line_offset: float) -> float:
    """How wide a line of text ``line_offset`` above or below the centre may be and still
    sit inside the role's outline (with a little air either side)."""
    width, height = NODE_SIZES[role]
    w, h = width / 2, height / 2
    dy = min(abs(line_offset), h)
    if role is DecisionRole.INFLUENCER:
        half = w * math.sqrt(1 - (dy / h) ** 2)
    elif role is DecisionRole.GATEKEEPER:
        half = w * (1 - dy / h)
    elif role is DecisionRole.DECISION_MAKER:
        tip = min(h * 0.55, w * 0.25)
        half = w - tip * (dy / h)
    else:
        half = w
    return max(2 * half - 28, 40.0)


def link_pen(kind: LinkKind, width: float = 1.6, colour: QColor | None = None) -> QPen:
    if kind is LinkKind.REPORTS_TO:
        pen = QPen(colour or REPORTS_COLOUR, width)
    else:
        pen = QPen(colour or INFLUENCES_COLOUR, width, Qt.PenStyle.CustomDashLine)
        pen.setDashPattern([5.0, 3.0])
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


def link_colour(kind: LinkKind) -> QColor:
    return REPORTS_COLOUR if kind is LinkKind.REPORTS_TO else INFLUENCES_COLOUR


def arrow_head(tip: QPointF, angle: float, length: float = 11.0, spread: float = 0.42) -> QPolygonF:
    """A filled arrow head pointing along ``angle`` (radians) with its point at ``tip``."""
    left = QPointF(
        tip.x() - length * math.cos(angle - spread), tip.y() - length * math.sin(angle - spread)
    )
    right = QPointF(
        tip.x() - length * math.cos(angle + spread), tip.y() - length * math.sin(angle + spread)
    )
    return QPolygonF([tip, left, right])
