"""One link on the power map: an arrow from the person to the one they report to (solid,
straight) or influence (dashed, bowed to its left, so it never hides a reports-to arrow
or the influence coming back)."""

import math

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPainterPathStroker, QPolygonF
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPathItem,
    QStyle,
    QStyleOptionGraphicsItem,
    QWidget,
)

from app.model import LinkKind
from app.records.contact_links import MapLink
from ui.account.power_map.layout import bow_offset
from ui.account.power_map.node_item import NodeItem
from ui.account.power_map.shapes import arrow_head, link_colour, link_pen

ARROW_LENGTH = 11.0
CLICK_WIDTH = 12.0  # the band around the line that takes a click
STEPS = 22


def _blossom(p0: QPointF, c: QPointF, p2: QPointF, s: float, t: float) -> QPointF:
    """The quadratic Bézier's blossom: (t, t) is the point at t; (s, t) the control point
    of the piece from s to t."""
    a = (1 - s) * (1 - t)
    b = (1 - s) * t + s * (1 - t)
    d = s * t
    return p0 * a + c * b + p2 * d


def link_sentence(kind: LinkKind, source: str, target: str) -> str:
    """ "Dieter Hartmann reports to Michael Brandt", translated."""
    if kind is LinkKind.REPORTS_TO:
        sentence = QCoreApplication.translate("PowerMap", "{source} reports to {target}")
    else:
        sentence = QCoreApplication.translate("PowerMap", "{source} influences {target}")
    return sentence.format(source=source, target=target)


class EdgeItem(QGraphicsPathItem):
    def __init__(self, link: MapLink, source: NodeItem, target: NodeItem) -> None:
        super().__init__()
        self.link = link
        self.source = source
        self.target = target
        self._head = QPolygonF()
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setAcceptHoverEvents(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setZValue(0)
        self.setPen(link_pen(link.kind))
        self.setToolTip(link_sentence(link.kind, source.node.name, target.node.name))
        self.adjust()

    @property
    def link_id(self) -> int:
        return self.link.id

    def adjust(self) -> None:
        """Follow the two nodes: from the rim of one to the rim of the other."""
        self.prepareGeometryChange()
        start, end = self.source.scenePos(), self.target.scenePos()
        dx, dy = end.x() - start.x(), end.y() - start.y()
        length = math.hypot(dx, dy)
        if length < 1:
            self.setPath(QPainterPath())
            self._head = QPolygonF()
            return
        control = (start + end) / 2
        if self.link.kind is LinkKind.INFLUENCES:
            control += QPointF(*bow_offset((start.x(), start.y()), (end.x(), end.y())))
        leave = self._last_inside(self.source, start, control, end, 0.0, 0.5)
        arrive = 1 - self._last_inside(self.target, end, control, start, 0.0, 0.5)
        tip = _blossom(start, control, end, arrive, arrive)
        before = _blossom(start, control, end, arrive, arrive - 0.02)
        angle = math.atan2(tip.y() - before.y(), tip.x() - before.x())
        stop = tip - QPointF(math.cos(angle), math.sin(angle)) * (ARROW_LENGTH * 0.6)
        path = QPainterPath(_blossom(start, control, end, leave, leave))
        if self.link.kind is LinkKind.INFLUENCES:
            path.quadTo(_blossom(start, control, end, leave, arrive), stop)
        else:
            path.lineTo(stop)
        self.setPath(path)
        self._head = arrow_head(tip, angle, ARROW_LENGTH)

    @staticmethod
    def _last_inside(
        node: NodeItem, p0: QPointF, c: QPointF, p2: QPointF, low: float, high: float
    ) -> float:
        """The parameter where the curve from ``p0`` (the node's centre) leaves its outline."""
        outline = node.path()
        if outline.contains(node.mapFromScene(_blossom(p0, c, p2, high, high))):
            return high  # the two overlap: start where they meet
        for _ in range(STEPS):
            middle = (low + high) / 2
            if outline.contains(node.mapFromScene(_blossom(p0, c, p2, middle, middle))):
                low = middle
            else:
                high = middle
        return high

    def arrow(self) -> QPolygonF:
        return QPolygonF(self._head)

    def shape(self) -> QPainterPath:
        stroker = QPainterPathStroker()
        stroker.setWidth(CLICK_WIDTH)
        found = stroker.createStroke(self.path())
        found.addPolygon(self._head)
        return found

    def boundingRect(self) -> QRectF:
        return self.shape().boundingRect().adjusted(-2, -2, 2, 2)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        hovered = bool(option.state & QStyle.StateFlag.State_MouseOver)
        colour = link_colour(self.link.kind)
        width = 1.6
        if selected:
            colour = option.palette.highlight().color()
            width = 3.0
        elif hovered:
            width = 2.4
        painter.setPen(link_pen(self.link.kind, width, colour))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self.path())
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawPolygon(self._head)
