"""Paints a ``TimelineLayout``: the same code draws the widget and the SVG export."""

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPalette, QPen, QPolygonF

from app.records import RecordKind
from ui.lights import AMBER, BLUE, GREEN, RED
from ui.timeline.layout import (
    LABEL_WIDTH,
    Box,
    ItemRef,
    PlacedMarker,
    PlacedWarning,
    TimelineLayout,
)

KIND_COLOURS: dict[RecordKind, QColor] = {
    RecordKind.CONTRACT: BLUE,
    RecordKind.BUDGET_CYCLE: QColor("#7b4fa6"),
    RecordKind.FREE_SERVICE: GREEN,
    RecordKind.INCIDENT: QColor("#5b6770"),
    RecordKind.TECHNICIAN_NOTE: AMBER,
    RecordKind.TOUCHPOINT: QColor("#00838f"),
    RecordKind.FOLLOW_UP: QColor("#6d4c41"),
}
NOTICE_COLOUR = RED
TODAY_COLOUR = RED
WARNING_COLOUR = AMBER  # budget versus notice
WARNING_FILL_ALPHA = 38
WARNING_HATCH_ALPHA = 120


@dataclass(frozen=True, slots=True)
class Colours:
    """The palette colours the painting needs, taken once from the widget."""

    base: QColor
    text: QColor
    grid: QColor
    gutter: QColor
    highlight: QColor

    @classmethod
    def of(cls, palette: QPalette) -> "Colours":
        grid = QColor(palette.color(QPalette.ColorRole.Mid))
        grid.setAlpha(90)
        return cls(
            palette.color(QPalette.ColorRole.Base),
            palette.color(QPalette.ColorRole.Text),
            grid,
            palette.color(QPalette.ColorRole.Window),
            palette.color(QPalette.ColorRole.Highlight),
        )


def _rect(box: Box) -> QRectF:
    return QRectF(box.x, box.y, box.width, box.height)


def diamond(box: Box) -> QPolygonF:
    cx, cy = box.centre
    rx, ry = box.width / 2, box.height / 2
    return QPolygonF(
        [QPointF(cx, cy - ry), QPointF(cx + rx, cy), QPointF(cx, cy + ry), QPointF(cx - rx, cy)]
    )


def paint_symbol(
    painter: QPainter, kind: RecordKind, box: Box, *, warning: bool = False, done: bool = False
) -> None:
    """One marker: dots for services and touchpoints, a triangle for incidents, a square for
    notes, a diamond for budget dates, a ring for follow-ups (filled once done)."""
    _set_style(painter, kind, warning, done)
    _draw_shape(painter, kind, box)


def _set_style(painter: QPainter, kind: RecordKind, warning: bool, done: bool) -> None:
    colour = RED if warning else KIND_COLOURS[kind]
    if kind is RecordKind.FOLLOW_UP and not done:
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(colour, 2))
    else:
        painter.setPen(QPen(colour.darker(130), 1))
        painter.setBrush(QBrush(colour))


def _draw_shape(painter: QPainter, kind: RecordKind, box: Box) -> None:
    rect = _rect(box)
    if kind is RecordKind.INCIDENT:
        cx = box.centre[0]
        painter.drawPolygon(
            QPolygonF(
                [
                    QPointF(cx, box.y),
                    QPointF(box.right, box.y + box.height),
                    QPointF(box.x, box.y + box.height),
                ]
            )
        )
    elif kind is RecordKind.TECHNICIAN_NOTE:
        painter.drawRect(rect.adjusted(0.5, 0.5, -0.5, -0.5))
    elif kind is RecordKind.BUDGET_CYCLE:
        painter.drawPolygon(diamond(box))
    elif kind is RecordKind.FOLLOW_UP:
        painter.drawEllipse(rect.adjusted(1, 1, -1, -1))
    elif kind is RecordKind.CONTRACT:
        painter.drawRoundedRect(rect, 3, 3)
    else:
        painter.drawEllipse(rect)


def paint_timeline(
    painter: QPainter,
    layout: TimelineLayout,
    colours: Colours,
    selected: ItemRef | None = None,
    hidden_text: str = "+{count}",
) -> None:
    """Draw ``layout``; the lane labels last, over their own gutter, so panning never
    hides them."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    width, height = layout.width, layout.height
    painter.fillRect(QRectF(0, 0, width, height), colours.base)
    # Lane stripes and the axis grid.
    for index, lane in enumerate(layout.lanes):
        if index % 2:
            stripe = QColor(colours.gutter)
            stripe.setAlpha(110)
            painter.fillRect(QRectF(0, lane.y, width, lane.height), stripe)
    painter.setPen(QPen(colours.grid, 1))
    for tick in layout.ticks:
        painter.drawLine(QPointF(tick.x, layout.lanes[0].y - 6), QPointF(tick.x, height))
    painter.setPen(colours.text)
    font = QFont(painter.font())
    for tick in layout.ticks:
        painter.drawText(QPointF(tick.x + 3, 18), tick.label)
    paint_warning_bands(painter, layout.warnings)
    # Budget contact windows, then contract bars.
    window_colour = QColor(KIND_COLOURS[RecordKind.BUDGET_CYCLE])
    window_colour.setAlpha(55)
    for window in layout.windows:
        painter.fillRect(_rect(window.box), window_colour)
    for bar in layout.bars:
        paint_symbol(painter, RecordKind.CONTRACT, bar.box)
        painter.setPen(QPen(colours.base, 2))
        for x in bar.renewal_xs:
            painter.drawLine(QPointF(x, bar.box.y + 1), QPointF(x, bar.box.y + bar.box.height - 1))
        _bar_title(painter, bar.box, bar.item.title, colours)
        if bar.notice is not None:
            painter.setPen(QPen(NOTICE_COLOUR.darker(140), 1))
            painter.setBrush(QBrush(NOTICE_COLOUR))
            painter.drawPolygon(diamond(bar.notice))
    _paint_markers(painter, layout.markers)
    if layout.today_x is not None:
        painter.setPen(QPen(TODAY_COLOUR, 1.5, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(layout.today_x, 22), QPointF(layout.today_x, height))
    for warning in layout.warnings:
        paint_warning_marker(painter, warning.marker)
    if selected is not None:
        box = layout.box_of(selected.kind, selected.record_id, selected.day)
        if box is not None:
            painter.setPen(QPen(colours.highlight, 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(_rect(box).adjusted(-4, -4, 4, 4), 4, 4)
    # The label gutter, over anything panned beneath it.
    painter.fillRect(QRectF(0, 0, LABEL_WIDTH - 4, height), colours.gutter)
    painter.setPen(colours.text)
    bold = QFont(font)
    bold.setBold(True)
    for lane in layout.lanes:
        painter.setFont(bold)
        text_rect = QRectF(8, lane.y, LABEL_WIDTH - 16, lane.height)
        flags = (
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap
        )
        label = lane.label
        if lane.hidden:
            label += "  " + hidden_text.format(count=lane.hidden)
        painter.drawText(text_rect, int(flags), label)
    painter.setFont(font)


def paint_warning_bands(painter: QPainter, warnings: Iterable[PlacedWarning]) -> None:
    """Each budget-versus-notice stretch as a light amber band, hatched so it reads as a
    warning and not as one more record, with its edges marked."""
    fill = QColor(WARNING_COLOUR)
    fill.setAlpha(WARNING_FILL_ALPHA)
    hatch = QColor(WARNING_COLOUR)
    hatch.setAlpha(WARNING_HATCH_ALPHA)
    edge = QPen(WARNING_COLOUR.darker(115), 1, Qt.PenStyle.DashLine)
    for warning in warnings:
        rect = _rect(warning.band)
        painter.fillRect(rect, fill)
        painter.fillRect(rect, QBrush(hatch, Qt.BrushStyle.BDiagPattern))
        painter.setPen(edge)
        painter.drawLine(rect.topLeft(), rect.bottomLeft())
        painter.drawLine(rect.topRight(), rect.bottomRight())


def paint_warning_marker(painter: QPainter, box: Box) -> None:
    """A filled amber triangle with an exclamation mark."""
    painter.setPen(QPen(WARNING_COLOUR.darker(140), 1))
    painter.setBrush(QBrush(WARNING_COLOUR))
    cx = box.centre[0]
    bottom = box.y + box.height
    painter.drawPolygon(
        QPolygonF([QPointF(cx, box.y), QPointF(box.right, bottom), QPointF(box.x, bottom)])
    )
    mark = QPen(QColor("#3d2b00"), 1.6)
    mark.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(mark)
    painter.drawLine(QPointF(cx, box.y + box.height * 0.38), QPointF(cx, box.y + box.height * 0.68))
    painter.drawPoint(QPointF(cx, box.y + box.height * 0.84))


def _bar_title(painter: QPainter, box: Box, title: str, colours: Colours) -> None:
    if box.width < 60:
        return
    painter.setPen(colours.base)
    metrics = painter.fontMetrics()
    text = metrics.elidedText(title, Qt.TextElideMode.ElideRight, int(box.width - 8))
    flags = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft
    painter.drawText(_rect(box).adjusted(4, -2, -4, 2), int(flags), text)


def _paint_markers(painter: QPainter, markers: Iterable[PlacedMarker]) -> None:
    """Every marker, grouped by look so that pen and brush are set once per group rather
    than once per marker (thousands of them on a ten-year view). Markers of one look never
    overlap those of another (lanes and sub-rows keep them apart), so the order is free."""
    groups: dict[tuple[RecordKind, bool, bool], list[Box]] = defaultdict(list)
    for marker in markers:
        groups[(marker.item.kind, marker.warning, marker.done)].append(marker.box)
    for (kind, warning, done), boxes in groups.items():
        _set_style(painter, kind, warning, done)
        for box in boxes:
            _draw_shape(painter, kind, box)
