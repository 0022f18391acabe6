"""A cursor that stacks lines inside a box from the top down, never past its bottom.

Every layout function asks ``fits`` before it adds a row, so the number of rows
a section shows follows from the height it was given: that is its budget.
"""

from app.brief.drawing import Box, Dot, Line, Rect, Section, Shape, Style, Text
from app.brief.fonts import DESCENT, INK_HEIGHT
from app.brief.styles import HAIRLINE, KICKER, LEADING, RULE
from app.brief.text_fit import normalise, shorten, shorten_lines

TITLE_HEIGHT = 15.0
COLUMN_GAP = 4.0  # between a shortened text and the figure to its right


def baseline_in(bottom: float, leading: float, style: Style) -> float:
    """The baseline that centres ``style``'s glyphs in a line ``leading`` high above ``bottom``."""
    size = style.size
    return bottom + (leading - INK_HEIGHT * size) / 2 + DESCENT * size


def caps(text: str) -> str:
    return normalise(text).upper()


def clip(text: str, style: Style, width: float) -> str:
    """``text`` shortened with "…" so that, letter-spacing included, it fits ``width``."""
    spacing = style.char_space * len(text)
    return shorten(text, style.font, style.size, max(width - spacing, 0.0))


def shrink_to_fit(text: str, style: Style, width: float, smallest: float = 8.0) -> Style:
    """``style`` at the largest size (down to ``smallest``) at which ``text`` fits ``width``."""
    size = style.size
    while (
        size > smallest
        and Style(style.font, size, style.color, style.char_space).width(text) > width
    ):
        size -= 1
    return Style(style.font, max(size, smallest), style.color, style.char_space)


class Flow:
    """Shapes stacked from the top of ``box`` downwards."""

    def __init__(self, box: Box) -> None:
        self.box = box
        self.top = box.top
        self.shapes: list[Shape] = []

    @property
    def left(self) -> float:
        return self.box.x

    @property
    def right(self) -> float:
        return self.box.right

    @property
    def width(self) -> float:
        return self.box.width

    def fits(self, height: float) -> bool:
        return self.top - height >= self.box.y - 0.01

    def take(self, height: float) -> Box:
        """The next ``height`` points of the box as a band; a layout bug if they do not fit."""
        if not self.fits(height):
            raise AssertionError(f"{height:.1f} pt do not fit {self.top - self.box.y:.1f} pt")
        self.top -= height
        return Box(self.box.x, self.top, self.box.width, height)

    def skip(self, height: float) -> None:
        self.top = max(self.box.y, self.top - height)

    def add(self, *shapes: Shape) -> None:
        self.shapes.extend(shapes)

    def section(self, name: str) -> Section:
        return Section(name, self.box, tuple(self.shapes))

    def title(self, label: str) -> None:
        """A section title in letter-spaced capitals over a thin rule."""
        band = self.take(TITLE_HEIGHT)
        self.add(Text(band.x, band.top - 8.5, clip(caps(label), KICKER, self.width), KICKER))
        rule = band.y + 3.5
        self.add(Line(band.x, rule, band.right, rule, RULE, 0.6))

    def line(
        self,
        text: str,
        style: Style,
        *,
        leading: float = LEADING,
        indent: float = 0.0,
        width: float | None = None,
    ) -> Box:
        """One line, shortened with "…" to fit; returns its band for figures beside it."""
        band = self.take(leading)
        shown = clip(text, style, width if width is not None else band.width - indent)
        self.add(Text(band.x + indent, baseline_in(band.y, leading, style), shown, style))
        return band

    def paragraph(
        self,
        text: str,
        style: Style,
        max_lines: int,
        *,
        leading: float = LEADING,
        indent: float = 0.0,
    ) -> int:
        """Up to ``max_lines`` wrapped lines (fewer when the box ends); returns how many."""
        room = int((self.top - self.box.y + 0.01) // leading)
        lines = shorten_lines(
            text, style.font, style.size, self.width - indent, min(max_lines, room)
        )
        for line in lines:
            band = self.take(leading)
            self.add(Text(band.x + indent, baseline_in(band.y, leading, style), line, style))
        return len(lines)

    def row(
        self,
        label: str,
        label_style: Style,
        figure: str,
        figure_style: Style,
        *,
        leading: float = LEADING,
        indent: float = 0.0,
        rule: bool = False,
    ) -> Box:
        """ "label …… figure": the figure right-aligned at the box's edge, the label shortened."""
        band = self.take(leading)
        figure_width = figure_style.width(figure)
        if figure_width > band.width - indent:
            figure = clip(figure, figure_style, band.width - indent)
            figure_width = figure_style.width(figure)
        room = band.width - indent - figure_width - (COLUMN_GAP if figure else 0)
        shown = clip(label, label_style, room) if room > 0 else ""
        baseline = baseline_in(band.y, leading, label_style)  # the figure shares it
        self.add(Text(band.x + indent, baseline, shown, label_style))
        self.add(Text(band.right, baseline, figure, figure_style, "right"))
        if rule:
            self.add(Line(band.x, band.y, band.right, band.y, HAIRLINE, 0.5))
        return band


def marker(x: float, band: Box, color: str, radius: float = 2.6) -> Dot:
    """A small coloured dot centred on the line ``band``."""
    return Dot(x + radius, band.y + band.height / 2, radius, color)


def tag(x: float, band: Box, label: str, style: Style, fill: str) -> tuple[list[Shape], float]:
    """A small filled label ("RISK") at ``x`` on the line; returns its shapes and right edge."""
    text = caps(label)
    width = style.width(text) + 6
    height = style.size + 4.5
    box = Box(x, band.y + (band.height - height) / 2, width, height)
    shapes: list[Shape] = [Rect(box, fill, radius=1.5)]
    shapes.append(Text(x + 3, baseline_in(box.y, height, style), text, style))
    return shapes, box.right
