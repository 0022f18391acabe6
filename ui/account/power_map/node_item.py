"""One person on the power map: an outline shaped by decision role, filled by stance, with
name and job title inside and a stance badge on the rim. Moving it moves its arrows."""

import math
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPathItem,
    QStyle,
    QStyleOptionGraphicsItem,
    QWidget,
)

from app.records.contact_links import MapNode
from ui.account.pages.contacts_model import STANCE_COLOURS
from ui.account.power_map.shapes import (
    MUTED_TEXT,
    SHADOW,
    STANCE_BORDERS,
    STANCE_FILLS,
    STANCE_SIGNS,
    TEXT,
    role_outline,
    text_width,
)
from ui.choice_labels import choice_label

SHADOW_OFFSET = QPointF(1.5, 3.0)
BADGE_RADIUS = 11.0
LINE_GAP = 2.0
BOUNDARY_STEPS = 24  # halvings when finding where a line leaves the outline: sub-pixel


class NodeItem(QGraphicsPathItem):
    """``on_moved`` is called whenever the node's position changes (its arrows follow)."""

    def __init__(self, node: MapNode, name_font: QFont, detail_font: QFont) -> None:
        super().__init__()
        self._name_font = name_font
        self._detail_font = detail_font
        self.on_moved: Callable[[], None] = lambda: None
        self.hot = False  # the target under the pointer while a link is drawn
        self.node = node
        self.setFlags(
            QGraphicsItem.GraphicsItemFlag.ItemIsMovable
            | QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
            | QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges
        )
        self.setAcceptHoverEvents(True)
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self.setZValue(1)
        self.show_node(node)

    @property
    def contact_id(self) -> int:
        return self.node.contact_id

    def show_node(self, node: MapNode) -> None:
        """Take ``node``'s (possibly changed) name, role and stance."""
        self.prepareGeometryChange()
        self.node = node
        self.setPath(role_outline(node.decision_role))
        self.setBrush(QBrush(STANCE_FILLS[node.stance]))
        self.setPen(QPen(STANCE_BORDERS[node.stance], 2.0))
        self.setToolTip(self._describe())
        self.update()

    def _describe(self) -> str:
        node = self.node
        where = " · ".join(part for part in (node.job_title, choice_label(node.department)) if part)
        stance = QCoreApplication.translate("PowerMap", "Stance: {stance}").format(
            stance=choice_label(node.stance)
        )
        return "\n".join(
            line for line in (node.name, where, choice_label(node.decision_role), stance) if line
        )

    # -- geometry ------------------------------------------------------------------------
    def badge_centre(self) -> QPointF:
        """Where the stance badge sits: on the outline, up and to the right."""
        rect = self.path().boundingRect()
        far = QPointF(rect.width(), -rect.height() * 0.9)
        return self._edge_towards(far)

    def _edge_towards(self, outside: QPointF) -> QPointF:
        """The point where the line from the centre to ``outside`` (item coordinates)
        crosses the outline."""
        path = self.path()
        inside_t, outside_t = 0.0, 1.0
        for _ in range(BOUNDARY_STEPS):
            middle = (inside_t + outside_t) / 2
            if path.contains(outside * middle):
                inside_t = middle
            else:
                outside_t = middle
        return outside * inside_t

    def boundingRect(self) -> QRectF:
        margin = BADGE_RADIUS + 4
        return self.path().boundingRect().adjusted(-margin, -margin, margin, margin + 4)

    def itemChange(self, change: QGraphicsItem.GraphicsItemChange, value: Any) -> Any:
        if change is QGraphicsItem.GraphicsItemChange.ItemPositionHasChanged:
            self.on_moved()
        return super().itemChange(change, value)

    # -- painting ------------------------------------------------------------------------
    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        outline = self.path()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(SHADOW)
        painter.drawPath(outline.translated(SHADOW_OFFSET))
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        pen = QPen(self.pen())
        if selected or self.hot:
            pen.setColor(option.palette.highlight().color())
            pen.setWidthF(3.2)
        painter.setPen(pen)
        painter.setBrush(self.brush())
        painter.drawPath(outline)
        self._paint_text(painter)
        self._paint_badge(painter)

    def _paint_text(self, painter: QPainter) -> None:
        node = self.node
        name_metrics = QFontMetricsF(self._name_font)
        detail_metrics = QFontMetricsF(self._detail_font)
        lines: list[tuple[str, QFont, QFontMetricsF, QColor]] = [
            (node.name, self._name_font, name_metrics, TEXT)
        ]
        if node.job_title:
            lines.append((node.job_title, self._detail_font, detail_metrics, MUTED_TEXT))
        total = sum(m.height() for _t, _f, m, _c in lines) + LINE_GAP * (len(lines) - 1)
        top = -total / 2
        for text, font, metrics, colour in lines:
            middle = top + metrics.height() / 2
            room = text_width(node.decision_role, abs(middle) + metrics.height() / 2)
            shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, room)
            painter.setFont(font)
            painter.setPen(colour)
            box = QRectF(-room / 2, top, room, metrics.height())
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, shown)
            top += metrics.height() + LINE_GAP

    def _paint_badge(self, painter: QPainter) -> None:
        stance = self.node.stance
        centre = self.badge_centre()
        painter.setPen(QPen(QColor("white"), 1.5))
        painter.setBrush(STANCE_COLOURS[stance])
        painter.drawEllipse(centre, BADGE_RADIUS, BADGE_RADIUS)
        painter.setPen(QColor("white"))
        painter.setFont(self._detail_font)
        box = QRectF(centre.x() - BADGE_RADIUS, centre.y() - BADGE_RADIUS, 22, 22)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, STANCE_SIGNS[stance])

    def edge_point(self, towards: QPointF) -> QPointF:
        """Where a straight line from the centre to the scene point ``towards`` leaves the
        outline, in scene coordinates."""
        local = self.mapFromScene(towards)
        length = math.hypot(local.x(), local.y())
        if length < 1e-6:
            return self.scenePos()
        rect = self.path().boundingRect()
        reach = (rect.width() + rect.height()) / length
        return self.mapToScene(self._edge_towards(local * reach))
