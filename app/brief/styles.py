"""The brief's typography and colours: one accent, greys, and the signal colours.

Signal colours (green, amber, red) only ever mean health, SLA or stance.
"""

from app.brief.drawing import Style
from app.brief.fonts import BOLD, ITALIC, REGULAR
from app.domain.health import Light
from app.model import NoteKind, Stance

ACCENT = "#0D4A63"  # deep petrol
ACCENT_TINT = "#E8F1F5"
INK = "#1B2228"
MUTED = "#5B6770"
FAINT = "#8A959D"
RULE = "#C5CED5"
HAIRLINE = "#E3E8EC"
TILE = "#F2F5F7"
WHITE = "#FFFFFF"

GREEN = "#2E7D32"
LIGHT_GREEN = "#8BC34A"
AMBER = "#D98C00"
RED = "#C62828"
RED_TINT = "#FBEEEE"
GREY = "#9AA5AE"

LIGHT_COLOURS = {Light.GREEN: GREEN, Light.AMBER: AMBER, Light.RED: RED}
STANCE_COLOURS = {
    Stance.CHAMPION: GREEN,
    Stance.SUPPORTER: LIGHT_GREEN,
    Stance.NEUTRAL: GREY,
    Stance.CRITIC: RED,
}
NOTE_COLOURS = {
    NoteKind.RISK: RED,
    NoteKind.COMPLAINT: AMBER,
    NoteKind.OPPORTUNITY: GREEN,
    NoteKind.OBSERVATION: GREY,
    NoteKind.PRAISE: GREY,
}

BODY_SIZE = 8.5
LEADING = 11.0  # body line pitch; every leading is at least 1.25 × its size

ACCOUNT = Style(BOLD, 18, ACCENT)
HEADLINE = Style(BOLD, 12, INK)
KICKER = Style(BOLD, 7, ACCENT, char_space=0.6)  # section titles, set in capitals
TILE_LABEL = Style(BOLD, 6.5, MUTED, char_space=0.5)
TILE_VALUE = Style(BOLD, 13, INK)
BIG_FIGURE = Style(BOLD, 17, ACCENT)
STAT_FIGURE = Style(BOLD, 13, INK)
BODY = Style(REGULAR, BODY_SIZE, INK)
BODY_BOLD = Style(BOLD, BODY_SIZE, INK)
BODY_MUTED = Style(REGULAR, BODY_SIZE, MUTED)
ARGUMENT = Style(REGULAR, 9.5, INK)
NOTE = Style(REGULAR, 8, MUTED)
NOTE_ITALIC = Style(ITALIC, 8, MUTED)
SMALL = Style(REGULAR, 7.3, MUTED)
SMALL_BOLD = Style(BOLD, 7.3, MUTED)
FOOTER = Style(REGULAR, 7, FAINT)
TAG = Style(BOLD, 6, WHITE, char_space=0.3)


def tinted(style: Style, color: str) -> Style:
    """``style`` in another colour."""
    return Style(style.font, style.size, color, style.char_space)
