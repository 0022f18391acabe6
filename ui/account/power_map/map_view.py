"""The power map on screen: drag people to arrange them, or, with a link tool chosen, drag
from one person to another to link them; Ctrl+wheel or +/− zooms, a drag on the
background pans, a double-click opens the person.

Emits ``nodes_moved(positions)`` once a drag has moved someone (every person's centre,
so the whole arrangement is kept), ``link_drawn(source, target, kind)`` when a link
gesture ends on another person, and ``contact_activated(contact_id)``.
"""

import math
from enum import StrEnum

from PySide6.QtCore import QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QWheelEvent,
)
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem, QGraphicsView, QWidget

from app.model import LinkKind
from ui.account.power_map.map_scene import PowerMapScene
from ui.account.power_map.node_item import NodeItem
from ui.account.power_map.shapes import arrow_head, link_colour, link_pen

ZOOM_STEP = 1.15
SMALLEST_SCALE = 0.2
LARGEST_SCALE = 3.0
GRID = 24.0  # the background's dot spacing, in scene units


class Tool(StrEnum):
    ARRANGE = "arrange"
    REPORTS_TO = LinkKind.REPORTS_TO.value
    INFLUENCES = LinkKind.INFLUENCES.value


class PowerMapView(QGraphicsView):
    nodes_moved = Signal(object)  # dict[int, tuple[float, float]]
    link_drawn = Signal(int, int, str)  # source contact, target contact, LinkKind value
    contact_activated = Signal(int)
    leave_tool = Signal()  # Esc while a link tool is chosen
    gesture_ended = Signal()  # a drag or link gesture is over (moved or not)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.map_scene = PowerMapScene(self)
        self.setScene(self.map_scene)
        self.setRenderHints(
            QPainter.RenderHint.Antialiasing
            | QPainter.RenderHint.TextAntialiasing
            | QPainter.RenderHint.SmoothPixmapTransform
        )
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.BoundingRectViewportUpdate)
        self.setMinimumSize(420, 260)
        self.tool = Tool.ARRANGE
        self._before_drag: dict[int, tuple[float, float]] | None = None
        self._source: NodeItem | None = None
        self._hot: NodeItem | None = None
        self._rubber = QGraphicsPathItem()
        self._rubber.setZValue(2)
        self._rubber.setVisible(False)
        self.map_scene.addItem(self._rubber)
        self.set_tool(Tool.ARRANGE)

    @property
    def busy(self) -> bool:
        """A drag or a link gesture is under way: a reload waits until it ends."""
        return self._before_drag is not None or self._source is not None

    def set_tool(self, tool: Tool) -> None:
        self.tool = tool
        arranging = tool is Tool.ARRANGE
        self.setDragMode(
            QGraphicsView.DragMode.ScrollHandDrag if arranging else QGraphicsView.DragMode.NoDrag
        )
        for node in self.map_scene.nodes.values():
            self._fit_node_to_tool(node)
        self.viewport().setCursor(
            Qt.CursorShape.OpenHandCursor if arranging else Qt.CursorShape.CrossCursor
        )

    def _fit_node_to_tool(self, node: NodeItem) -> None:
        arranging = self.tool is Tool.ARRANGE
        node.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable, arranging)
        node.setCursor(Qt.CursorShape.OpenHandCursor if arranging else Qt.CursorShape.CrossCursor)

    def refit_nodes(self) -> None:
        """New nodes follow the chosen tool too (called after a load)."""
        for node in self.map_scene.nodes.values():
            self._fit_node_to_tool(node)

    # -- zoom ----------------------------------------------------------------------------
    @property
    def scale_factor(self) -> float:
        return self.transform().m11()

    def zoom(self, factor: float) -> None:
        wanted = min(max(self.scale_factor * factor, SMALLEST_SCALE), LARGEST_SCALE)
        self.scale(wanted / self.scale_factor, wanted / self.scale_factor)

    def fit(self) -> None:
        """Everyone in view, never enlarged beyond their natural size."""
        area = self.map_scene.content_rect()
        if area.isEmpty():
            return
        self.map_scene.fit_scene_rect()
        self.fitInView(area, Qt.AspectRatioMode.KeepAspectRatio)
        if self.scale_factor > 1:
            self.resetTransform()
            self.centerOn(area.center())

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            notches = event.angleDelta().y() / 120
            if notches:
                self.zoom(ZOOM_STEP**notches)
            event.accept()
            return
        super().wheelEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom(ZOOM_STEP)
        elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            self.zoom(1 / ZOOM_STEP)
        elif key == Qt.Key.Key_Escape and self.tool is not Tool.ARRANGE:
            self.leave_tool.emit()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    # -- mouse ---------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            point = self.mapToScene(event.position().toPoint())
            if self.tool is not Tool.ARRANGE:
                self._source = self.map_scene.node_at(point)
                if self._source is not None:
                    self.map_scene.clearSelection()
                    self._draw_rubber(point)
                event.accept()
                return
            self._before_drag = self.map_scene.positions()
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._source is not None:
            self._draw_rubber(self.mapToScene(event.position().toPoint()))
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._source is not None and event.button() == Qt.MouseButton.LeftButton:
            source = self._source
            target = self.map_scene.node_at(self.mapToScene(event.position().toPoint()))
            self._source = None
            self._set_hot(None)
            self._rubber.setVisible(False)
            if target is not None and target is not source:
                self.link_drawn.emit(source.contact_id, target.contact_id, self.tool.value)
            event.accept()
            self.gesture_ended.emit()
            return
        super().mouseReleaseEvent(event)
        if self._before_drag is not None and event.button() == Qt.MouseButton.LeftButton:
            before, self._before_drag = self._before_drag, None
            now = self.map_scene.positions()
            if now != before:
                self.nodes_moved.emit(now)
            self.gesture_ended.emit()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        node = self.map_scene.node_at(self.mapToScene(event.position().toPoint()))
        if node is not None and event.button() == Qt.MouseButton.LeftButton:
            self.contact_activated.emit(node.contact_id)
            event.accept()
            return
        super().mouseDoubleClickEvent(event)

    def _draw_rubber(self, point: QPointF) -> None:
        """The link being drawn: from the source to the pointer, or to the rim of the
        person under it (who lights up)."""
        assert self._source is not None
        target = self.map_scene.node_at(point)
        self._set_hot(target if target is not self._source else None)
        kind = LinkKind(self.tool.value)
        start = self._source.scenePos()
        end = point if self._hot is None else self._hot.edge_point(start)
        start = self._source.edge_point(end)
        path = QPainterPath(start)
        path.lineTo(end)
        angle = QPointF(end - start)
        if angle.manhattanLength() > 1:
            head = arrow_head(end, math.atan2(angle.y(), angle.x()))
            path.addPolygon(head)
        self._rubber.setPen(link_pen(kind, 2.0))
        self._rubber.setBrush(link_colour(kind))
        self._rubber.setPath(path)
        self._rubber.setVisible(True)

    def _set_hot(self, node: NodeItem | None) -> None:
        if node is self._hot:
            return
        for item in (self._hot, node):
            if item is not None:
                item.hot = item is node
                item.update()
        self._hot = node

    # -- background ----------------------------------------------------------------------
    def drawBackground(self, painter: QPainter, exposed: QRectF | QRect) -> None:
        rect = QRectF(exposed)
        base = self.palette().color(QPalette.ColorRole.Base)
        painter.fillRect(rect, base)
        if self.scale_factor < 0.5:
            return  # the dots would crowd into a grey haze
        dots = QColor(self.palette().color(QPalette.ColorRole.Mid))
        dots.setAlpha(70)
        painter.setPen(QPen(dots, 1.6 / max(self.scale_factor, 0.01)))
        left = int(rect.left() // GRID) * GRID
        top = int(rect.top() // GRID) * GRID
        points = []
        x = left
        while x < rect.right():
            y = top
            while y < rect.bottom():
                points.append(QPointF(x, y))
                y += GRID
            x += GRID
        painter.drawPoints(points)
