"""The power map's scene: one node per person, one arrow per link, updated in place when
the map is loaded again (so a refresh keeps the selection and never flickers)."""

from collections.abc import Callable

from PySide6.QtCore import QObject, QPointF, QRectF
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QGraphicsScene

from app.records.contact_links import MapLink, PowerMap
from ui.account.power_map.edge_item import EdgeItem
from ui.account.power_map.layout import automatic_layout
from ui.account.power_map.node_item import NodeItem

MARGIN = 32.0  # around the people, so the outermost are not glued to the view's edge


class PowerMapScene(QGraphicsScene):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.power_map: PowerMap | None = None
        self.nodes: dict[int, NodeItem] = {}
        self.edges: dict[int, EdgeItem] = {}
        base = QApplication.font()
        self.name_font = QFont(base)
        self.name_font.setBold(True)
        self.name_font.setPointSizeF(base.pointSizeF() + 1.5)
        self.detail_font = QFont(base)
        self.detail_font.setPointSizeF(max(base.pointSizeF(), 8.0))

    def set_map(self, power_map: PowerMap) -> None:
        """Show ``power_map``: saved positions where the seller put people, the automatic
        layout for the rest; unchanged people and links keep their items."""
        saved = {n.contact_id: n.position for n in power_map.nodes if n.position is not None}
        centres = automatic_layout(power_map, saved)
        self.power_map = power_map
        wanted = {n.contact_id for n in power_map.nodes}
        for gone in set(self.nodes) - wanted:
            self.removeItem(self.nodes.pop(gone))
        for node in power_map.nodes:
            item = self.nodes.get(node.contact_id)
            if item is None:
                item = NodeItem(node, self.name_font, self.detail_font)
                item.on_moved = self._follow(node.contact_id)
                self.nodes[node.contact_id] = item
                self.addItem(item)
            elif item.node != node:
                item.show_node(node)
            x, y = centres[node.contact_id]
            if item.pos() != QPointF(x, y) and self.mouseGrabberItem() is not item:
                item.setPos(x, y)
        self._set_links(power_map.links)
        self.fit_scene_rect()

    def _set_links(self, links: tuple[MapLink, ...]) -> None:
        selected = {edge.link_id for edge in self.edges.values() if edge.isSelected()}
        for edge in self.edges.values():
            self.removeItem(edge)
        self.edges = {}
        for link in links:
            source, target = self.nodes.get(link.source_id), self.nodes.get(link.target_id)
            if source is None or target is None:
                continue
            edge = EdgeItem(link, source, target)
            self.addItem(edge)
            edge.setSelected(link.id in selected)
            self.edges[link.id] = edge

    def _follow(self, contact_id: int) -> Callable[[], None]:
        def moved() -> None:
            for edge in self.edges.values():
                if contact_id in (edge.link.source_id, edge.link.target_id):
                    edge.adjust()

        return moved

    def fit_scene_rect(self) -> None:
        """The scrollable area: the people and arrows, with a margin (it grows while a node
        is dragged past it, and shrinks back on the next fit)."""
        self.setSceneRect(self.content_rect())

    def content_rect(self, margin: float = MARGIN) -> QRectF:
        """Where the people and arrows are, with ``margin`` around them."""
        found = QRectF()
        for item in [*self.nodes.values(), *self.edges.values()]:
            found = found.united(item.sceneBoundingRect())
        return found.adjusted(-margin, -margin, margin, margin)

    def positions(self) -> dict[int, tuple[float, float]]:
        """Every person's centre as it is on screen."""
        return {cid: (item.pos().x(), item.pos().y()) for cid, item in self.nodes.items()}

    def place(self, centres: dict[int, tuple[float, float]]) -> None:
        for contact_id, (x, y) in centres.items():
            item = self.nodes.get(contact_id)
            if item is not None:
                item.setPos(x, y)
        self.fit_scene_rect()

    def selected_link(self) -> MapLink | None:
        return next((edge.link for edge in self.edges.values() if edge.isSelected()), None)

    def node_at(self, point: QPointF) -> NodeItem | None:
        for item in self.items(point):
            if isinstance(item, NodeItem):
                return item
        return None
