"""Noto Sans for the brief and the statement, registered with ReportLab once.

The fonts are TrueType, so ReportLab embeds the subset of glyphs a PDF uses:
umlauts, ß, €, Polish and Turkish letters print on any machine.
"""

import io
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FAMILY = "KamNotoSans"
REGULAR = "KamNotoSans"
BOLD = "KamNotoSans-Bold"
ITALIC = "KamNotoSans-Italic"

_FILES = {
    REGULAR: "NotoSans-Regular.ttf",
    BOLD: "NotoSans-Bold.ttf",
    ITALIC: "NotoSans-Italic.ttf",
}

# How far glyphs reach above and below the baseline, as a share of the font size:
# accented capitals ("Ä", "Ś", "Å") top out below 0.95; descenders stay within 0.293.
INK_ASCENT = 0.95
DESCENT = 0.293
INK_HEIGHT = INK_ASCENT + DESCENT


@dataclass(frozen=True, slots=True)
class Fonts:
    regular: str
    bold: str
    italic: str


@cache
def register_fonts() -> Fonts:
    """Register Noto Sans regular, bold and italic as one family; later calls are free.

    Returns the ReportLab font names. Raises ``FileNotFoundError`` when the
    package's font files are missing (a broken install).
    """
    folder = files("resources.fonts")
    for name, filename in _FILES.items():
        data = (folder / filename).read_bytes()
        pdfmetrics.registerFont(TTFont(name, io.BytesIO(data)))
    # No bold-italic cut ships: bold stands in for it.
    pdfmetrics.registerFontFamily(FAMILY, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD)
    return Fonts(REGULAR, BOLD, ITALIC)
