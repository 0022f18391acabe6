"""What the colours, outlines and arrows of the power map mean: a strip under the map, and
the same entries painted into an exported picture."""

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QWidget

from app.model import DecisionRole, LinkKind, Stance
from ui.account.power_map.shapes import (
    STANCE_BORDERS,
    STANCE_FILLS,
    TEXT,
    arrow_head,
    link_colour,
    link_pen,
    role_outline,
)
from ui.choice_labels import choice_label
from ui.page_header import muted_label

Symbol = Stance | DecisionRole | LinkKind
ICON_SIZE = (30.0, 18.0)
ENTRY_GAP = 18.0  # between one entry's label and the next entry's symbol (export)
ROW_GAP = 6.0


@dataclass(frozen=True, slots=True)
class LegendRow:
    caption: str
    entries: tuple[tuple[Symbol, str], ...]


def legend_rows() -> list[LegendRow]:
    """Stances, roles and link kinds, each with its translated name."""
    return [
        LegendRow(
            QCoreApplication.translate("PowerMapLegend", "Stance"),
            tuple((stance, choice_label(stance)) for stance in Stance),
        ),
        LegendRow(
            QCoreApplication.translate("PowerMapLegend", "Role"),
            tuple((role, choice_label(role)) for role in DecisionRole),
        ),
        LegendRow(
            QCoreApplication.translate("PowerMapLegend", "Arrows"),
            (
                (LinkKind.REPORTS_TO, QCoreApplication.translate("PowerMapLegend", "reports to")),
                (LinkKind.INFLUENCES, QCoreApplication.translate("PowerMapLegend", "influences")),
            ),
        ),
    ]


def paint_symbol(painter: QPainter, symbol: Symbol, box: QRectF) -> None:
    """The symbol of one legend entry, fitted into ``box``."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    centre = box.center()
    if isinstance(symbol, Stance):
        painter.setPen(QPen(STANCE_BORDERS[symbol], 1.6))
        painter.setBrush(STANCE_FILLS[symbol])
        side = min(box.width(), box.height()) - 2
        painter.drawRoundedRect(
            QRectF(centre.x() - side / 2, centre.y() - side / 2, side, side), 3, 3
        )
    elif isinstance(symbol, DecisionRole):
        outline = role_outline(symbol, box.width() - 2, box.height() - 2)
        painter.setPen(QPen(TEXT, 1.3))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(outline.translated(centre))
    else:
        start = QPointF(box.left() + 1, centre.y())
        tip = QPointF(box.right() - 1, centre.y())
        line = QPainterPath(start)
        line.lineTo(tip - QPointF(6, 0))
        painter.setPen(link_pen(symbol, 1.6))
        painter.drawPath(line)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(link_colour(symbol))
        painter.drawPolygon(arrow_head(tip, 0.0, 9.0))
    painter.restore()


def legend_icon(symbol: Symbol) -> QPixmap:
    ratio = 2.0
    pixmap = QPixmap(round(ICON_SIZE[0] * ratio), round(ICON_SIZE[1] * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    paint_symbol(painter, symbol, QRectF(0, 0, *ICON_SIZE))
    painter.end()
    return pixmap


class MapLegend(QWidget):
    """Three short rows under the map: stance colours, role outlines, arrow kinds."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(2, 4, 2, 0)
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(4)
        for row, legend_row in enumerate(legend_rows()):
            grid.addWidget(muted_label(legend_row.caption), row, 0)
            for column, (symbol, text) in enumerate(legend_row.entries, start=1):
                entry = QHBoxLayout()
                entry.setSpacing(6)
                icon = QLabel()
                icon.setPixmap(legend_icon(symbol))
                entry.addWidget(icon)
                entry.addWidget(QLabel(text))
                entry.addStretch(1)
                grid.addLayout(entry, row, column)
        grid.setColumnStretch(5, 1)


def legend_height(font: QFont) -> float:
    line = max(QFontMetricsF(font).height(), ICON_SIZE[1])
    return len(legend_rows()) * (line + ROW_GAP) - ROW_GAP


def paint_legend(painter: QPainter, top_left: QPointF, font: QFont, caption_font: QFont) -> None:
    """The legend as rows of symbol and name, for an exported picture."""
    metrics, captions = QFontMetricsF(font), QFontMetricsF(caption_font)
    rows = legend_rows()
    caption_width = max(captions.horizontalAdvance(row.caption) for row in rows) + 16
    line = max(metrics.height(), ICON_SIZE[1])
    y = top_left.y()
    for row in rows:
        painter.setFont(caption_font)
        painter.setPen(TEXT)
        painter.drawText(
            QRectF(top_left.x(), y, caption_width, line),
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
            row.caption,
        )
        x = top_left.x() + caption_width
        for symbol, text in row.entries:
            paint_symbol(painter, symbol, QRectF(x, y + (line - ICON_SIZE[1]) / 2, *ICON_SIZE))
            x += ICON_SIZE[0] + 6
            painter.setFont(font)
            painter.setPen(TEXT)
            width = metrics.horizontalAdvance(text) + 2
            painter.drawText(QRectF(x, y, width, line), Qt.AlignmentFlag.AlignVCenter, text)
            x += width + ENTRY_GAP
        y += line + ROW_GAP


def legend_width(font: QFont, caption_font: QFont) -> float:
    metrics, captions = QFontMetricsF(font), QFontMetricsF(caption_font)
    rows = legend_rows()
    caption_width = max(captions.horizontalAdvance(row.caption) for row in rows) + 16
    widest = max(
        sum(
            ICON_SIZE[0] + 6 + metrics.horizontalAdvance(text) + 2 + ENTRY_GAP
            for _s, text in r.entries
        )
        for r in rows
    )
    return caption_width + widest
