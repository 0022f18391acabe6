"""Make text fit a box: wrap at word boundaries, shorten with "…", count what is left over.

Widths come from the font's own metrics (``pdfmetrics.stringWidth``), so a line
that fits here fits on the page. The text is drawn literally later: nothing in
here treats ``<b>`` or ``&amp;`` as markup.
"""

import re
import unicodedata
from collections.abc import Sequence
from typing import TypeVar

from reportlab.pdfbase.pdfmetrics import stringWidth

ELLIPSIS = "…"
T = TypeVar("T")
# No-break spaces stay: "12.345 €" and "48 h" never wrap apart.
_SPACES = re.compile(r"[^\S\u00a0\u202f]+")
# Dropped before an ellipsis so a cut never reads "Linie 4,…".
_TRAILING = " ,;:.-–—/·|"


def normalise(text: str) -> str:
    """One line of text: control characters removed, every run of whitespace one space.

    No-break spaces are kept, so a figure and its unit stay together.
    """
    cleaned = "".join(
        " " if unicodedata.category(ch) == "Cc" or ch in "\u2028\u2029" else ch for ch in text
    )
    return _SPACES.sub(" ", cleaned).strip()


def text_width(text: str, font: str, size: float) -> float:
    """Width of ``text`` in points when set in ``font`` at ``size``."""
    return float(stringWidth(text, font, size))


def _longest_prefix(word: str, font: str, size: float, width: float) -> int:
    """Characters of ``word`` that fit ``width``; at least one, so wrapping always moves on."""
    low, high = 1, len(word)
    while low < high:
        middle = (low + high + 1) // 2
        if text_width(word[:middle], font, size) <= width:
            low = middle
        else:
            high = middle - 1
    return low


def wrap(
    text: str, font: str, size: float, width: float, *, max_lines: int | None = None
) -> list[str]:
    """Lines of at most ``width`` points, broken at spaces.

    A word wider than a whole line is broken inside the word (a single character
    wider than the line still gets a line of its own). With ``max_lines`` wrapping
    stops after that many lines (the rest is not measured).
    """
    if width <= 0:
        return []
    lines: list[str] = []
    current = ""
    for word in normalise(text).split(" "):
        if not word:
            continue
        candidate = f"{current} {word}" if current else word
        if text_width(candidate, font, size) <= width:
            current = candidate
            continue
        if current:
            lines.append(current)
            current = ""
        while text_width(word, font, size) > width:
            cut = _longest_prefix(word, font, size, width)
            lines.append(word[:cut])
            word = word[cut:]
        current = word
        if max_lines is not None and len(lines) >= max_lines:
            return lines[:max_lines]
    if current:
        lines.append(current)
    return lines if max_lines is None else lines[:max_lines]


def with_ellipsis(line: str, font: str, size: float, width: float) -> str:
    """``line`` cut at a word boundary so that it and a trailing "…" fit ``width``.

    Returns "" when not even the ellipsis fits.
    """
    if text_width(ELLIPSIS, font, size) > width:
        return ""
    words = line.split(" ")
    while words:
        head = " ".join(words).rstrip(_TRAILING)
        if head and text_width(head + ELLIPSIS, font, size) <= width:
            return head + ELLIPSIS
        if len(words) == 1:
            break
        words.pop()
    word = words[0] if words else ""
    room = width - text_width(ELLIPSIS, font, size)
    if not word or text_width(word[:1], font, size) > room:
        return ELLIPSIS
    return word[: _longest_prefix(word, font, size, room)] + ELLIPSIS


def shorten_lines(text: str, font: str, size: float, width: float, max_lines: int) -> list[str]:
    """At most ``max_lines`` wrapped lines; the last ends in "…" when text was left out."""
    if max_lines <= 0:
        return []
    lines = wrap(text, font, size, width, max_lines=max_lines + 1)
    if len(lines) <= max_lines:
        return lines
    kept = lines[:max_lines]
    kept[-1] = with_ellipsis(kept[-1], font, size, width)
    return kept


def shorten(text: str, font: str, size: float, width: float) -> str:
    """``text`` on one line of ``width`` points, ending in "…" when it had to be cut."""
    lines = shorten_lines(text, font, size, width, 1)
    return lines[0] if lines else ""


def fit_list(items: Sequence[T], max_rows: int) -> tuple[tuple[T, ...], int]:
    """The items that fit ``max_rows`` rows and how many are hidden.

    When some are hidden, one row is kept free for the "+N more" line, so
    shown + 1 never exceeds ``max_rows``.
    """
    if max_rows <= 0:
        return (), len(items)
    if len(items) <= max_rows:
        return tuple(items), 0
    shown = max_rows - 1
    return tuple(items[:shown]), len(items) - shown
