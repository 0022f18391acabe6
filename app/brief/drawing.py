"""What goes on a page, as data, and the one function that paints it with ReportLab.

Layouts return lists of these shapes; tests inspect them without a PDF, and
``to_pdf`` paints them. Coordinates are PDF points from the bottom-left corner.
"""

import io
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from app.brief.fonts import DESCENT, INK_HEIGHT, register_fonts
from app.brief.text_fit import text_width

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 15 * 72 / 25.4  # 15 mm

Align = Literal["left", "right", "center"]


@dataclass(frozen=True, slots=True)
class Box:
    x: float
    y: float  # bottom edge
    width: float
    height: float

    @property
    def top(self) -> float:
        return self.y + self.height

    @property
    def right(self) -> float:
        return self.x + self.width

    def inset(self, dx: float, dy: float | None = None) -> "Box":
        dy = dx if dy is None else dy
        return Box(self.x + dx, self.y + dy, self.width - 2 * dx, self.height - 2 * dy)

    def contains(self, other: "Box", tolerance: float = 0.01) -> bool:
        return (
            other.x >= self.x - tolerance
            and other.y >= self.y - tolerance
            and other.right <= self.right + tolerance
            and other.top <= self.top + tolerance
        )


CONTENT = Box(MARGIN, MARGIN, PAGE_WIDTH - 2 * MARGIN, PAGE_HEIGHT - 2 * MARGIN)


@dataclass(frozen=True, slots=True)
class Style:
    font: str
    size: float
    color: str
    char_space: float = 0.0  # extra points after every character (letter-spaced caps)

    def width(self, text: str) -> float:
        return text_width(text, self.font, self.size) + self.char_space * len(text)


@dataclass(frozen=True, slots=True)
class Text:
    x: float  # the left, right or centre point, per ``align``
    baseline: float
    text: str
    style: Style
    align: Align = "left"

    @property
    def bounds(self) -> Box:
        """The box the line's glyphs stay inside, accents and descenders included."""
        width = self.style.width(self.text)
        left = {"left": self.x, "right": self.x - width, "center": self.x - width / 2}[self.align]
        size = self.style.size
        return Box(left, self.baseline - DESCENT * size, width, INK_HEIGHT * size)


@dataclass(frozen=True, slots=True)
class Rect:
    box: Box
    fill: str | None
    stroke: str | None = None
    line_width: float = 0.5
    radius: float = 0.0

    @property
    def bounds(self) -> Box:
        return self.box


@dataclass(frozen=True, slots=True)
class Line:
    x1: float
    y1: float
    x2: float
    y2: float
    color: str
    width: float = 0.5

    @property
    def bounds(self) -> Box:
        half = self.width / 2
        x, y = min(self.x1, self.x2), min(self.y1, self.y2)
        return Box(x, y - half, abs(self.x2 - self.x1), abs(self.y2 - self.y1) + self.width)


@dataclass(frozen=True, slots=True)
class Dot:
    x: float
    y: float
    radius: float
    fill: str

    @property
    def bounds(self) -> Box:
        r = self.radius
        return Box(self.x - r, self.y - r, 2 * r, 2 * r)


@dataclass(frozen=True, slots=True)
class Poly:
    """A filled closed polygon: the strip's diamonds and triangles."""

    points: tuple[tuple[float, float], ...]
    fill: str

    @property
    def bounds(self) -> Box:
        xs = [x for x, _ in self.points]
        ys = [y for _, y in self.points]
        return Box(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))


Shape = Text | Rect | Line | Dot | Poly


@dataclass(frozen=True, slots=True)
class Section:
    """A named area of a page and the shapes drawn in it; every shape stays inside ``box``."""

    name: str
    box: Box
    shapes: tuple[Shape, ...]


@dataclass(frozen=True, slots=True)
class DocumentInfo:
    title: str
    author: str
    subject: str


def _paint(canvas: Canvas, shape: Shape) -> None:
    if isinstance(shape, Text):
        style = shape.style
        canvas.setFillColor(HexColor(style.color))
        if style.char_space:
            # Character spacing outlives the text object in PDF; restore the state after it.
            canvas.saveState()
            text = canvas.beginText(shape.bounds.x, shape.baseline)
            text.setFont(style.font, style.size)
            text.setCharSpace(style.char_space)
            text.textOut(shape.text)  # textOut prints literally, no markup parsing
            canvas.drawText(text)
            canvas.restoreState()
            return
        canvas.setFont(style.font, style.size)
        draw = {
            "left": canvas.drawString,
            "right": canvas.drawRightString,
            "center": canvas.drawCentredString,
        }[shape.align]
        draw(shape.x, shape.baseline, shape.text)
    elif isinstance(shape, Rect):
        box = shape.box
        if shape.fill:
            canvas.setFillColor(HexColor(shape.fill))
        if shape.stroke:
            canvas.setStrokeColor(HexColor(shape.stroke))
            canvas.setLineWidth(shape.line_width)
        args = (box.x, box.y, box.width, box.height)
        fill, stroke = int(bool(shape.fill)), int(bool(shape.stroke))
        if shape.radius:
            canvas.roundRect(*args, shape.radius, stroke=stroke, fill=fill)
        else:
            canvas.rect(*args, stroke=stroke, fill=fill)
    elif isinstance(shape, Line):
        canvas.setStrokeColor(HexColor(shape.color))
        canvas.setLineWidth(shape.width)
        canvas.line(shape.x1, shape.y1, shape.x2, shape.y2)
    elif isinstance(shape, Poly):
        canvas.setFillColor(HexColor(shape.fill))
        path = canvas.beginPath()
        path.moveTo(*shape.points[0])
        for point in shape.points[1:]:
            path.lineTo(*point)
        path.close()
        canvas.drawPath(path, stroke=0, fill=1)
    else:
        canvas.setFillColor(HexColor(shape.fill))
        canvas.circle(shape.x, shape.y, shape.radius, stroke=0, fill=1)


def to_pdf(pages: Sequence[Sequence[Section]], info: DocumentInfo) -> bytes:
    """The PDF for ``pages`` of sections; the same input gives the same bytes."""
    fonts = register_fonts()
    buffer = io.BytesIO()
    # Starting in Noto Sans keeps an unembedded Helvetica out of the file.
    canvas = Canvas(
        buffer, pagesize=A4, invariant=1, pageCompression=1, initialFontName=fonts.regular
    )
    canvas.setTitle(info.title)
    canvas.setAuthor(info.author)
    canvas.setSubject(info.subject)
    canvas.setCreator("KAM Desk")
    for page in pages:
        for section in page:
            for shape in section.shapes:
                _paint(canvas, shape)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()
