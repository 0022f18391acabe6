"""The power map as a picture to hand on: a title, the people and arrows, and the legend,
on white; PNG (at twice the size, for print and high-DPI screens) or SVG, as bytes that
the caller writes whole (``app.storage.files.write_atomically``)."""

from collections.abc import Callable

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter
from PySide6.QtSvg import QSvgGenerator

from ui.account.power_map.legend import legend_height, legend_width, paint_legend
from ui.account.power_map.map_scene import PowerMapScene
from ui.account.power_map.shapes import TEXT

PADDING = 28.0
GAP = 20.0  # between title, map and legend
PNG_SCALE = 2.0


class _Picture:
    """The page the picture is painted on: where the title, map and legend go."""

    def __init__(self, scene: PowerMapScene, title: str) -> None:
        self.scene = scene
        self.title = title
        self.title_font = QFont(scene.name_font)
        self.title_font.setPointSizeF(scene.name_font.pointSizeF() + 3)
        self.caption_font = QFont(scene.detail_font)
        self.caption_font.setBold(True)
        self.source = scene.content_rect(margin=4.0)
        title_height = QFontMetricsF(self.title_font).height()
        legend = legend_height(scene.detail_font)
        width = max(
            self.source.width(),
            legend_width(scene.detail_font, self.caption_font),
            QFontMetricsF(self.title_font).horizontalAdvance(title),
        )
        self.width = width + 2 * PADDING
        self.height = PADDING + title_height + GAP + self.source.height() + GAP + legend + PADDING
        self.title_box = QRectF(PADDING, PADDING, width, title_height)
        left = PADDING + (width - self.source.width()) / 2
        self.map_box = QRectF(
            left, self.title_box.bottom() + GAP, self.source.width(), self.source.height()
        )
        self.legend_at = QPointF(PADDING, self.map_box.bottom() + GAP)

    def paint(self, painter: QPainter) -> None:
        painter.setRenderHints(
            QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
        )
        painter.fillRect(QRectF(0, 0, self.width, self.height), QColor("white"))
        painter.setFont(self.title_font)
        painter.setPen(TEXT)
        painter.drawText(self.title_box, Qt.AlignmentFlag.AlignLeft, self.title)
        selected = self.scene.selectedItems()
        self.scene.clearSelection()  # a selection is for the screen, not the picture
        try:
            self.scene.render(painter, self.map_box, self.source)
        finally:
            for item in selected:
                item.setSelected(True)
        paint_legend(painter, self.legend_at, self.scene.detail_font, self.caption_font)


def _into_buffer(write: Callable[[QBuffer], None]) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    write(buffer)
    buffer.close()
    return bytes(data.data())


def png_bytes(scene: PowerMapScene, title: str) -> bytes:
    picture = _Picture(scene, title)
    size = QSize(round(picture.width * PNG_SCALE), round(picture.height * PNG_SCALE))
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.scale(PNG_SCALE, PNG_SCALE)
    picture.paint(painter)
    painter.end()

    def write(buffer: QBuffer) -> None:
        image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs say bytes; str works

    return _into_buffer(write)


def svg_bytes(scene: PowerMapScene, title: str) -> bytes:
    picture = _Picture(scene, title)

    def write(buffer: QBuffer) -> None:
        generator = QSvgGenerator()
        generator.setOutputDevice(buffer)
        generator.setSize(QSize(round(picture.width), round(picture.height)))
        generator.setViewBox(QRectF(0, 0, picture.width, picture.height))
        generator.setTitle(title)
        painter = QPainter(generator)
        picture.paint(painter)
        painter.end()

    return _into_buffer(write)
