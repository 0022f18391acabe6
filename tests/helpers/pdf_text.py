"""Reading back the PDFs the app writes: their text, and characters outside the margins."""

import io
import re

import pdfplumber
from pypdf import PdfReader

from app.brief.drawing import MARGIN

TOLERANCE = 0.5  # points


def flat(text: str) -> str:
    """Extracted text with every kind of space (no-break, newline) as one plain space."""
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ").replace("\u202f", " "))


def pages_text(pdf: bytes) -> list[str]:
    return [flat(page.extract_text()) for page in PdfReader(io.BytesIO(pdf)).pages]


def chars_outside_margins(pdf: bytes) -> list[str]:
    """Every character whose box leaves the 15 mm margins, with its position."""
    outside = []
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        for number, page in enumerate(document.pages, 1):
            low, right, bottom = MARGIN - TOLERANCE, page.width - MARGIN, page.height - MARGIN
            for ch in page.chars:
                if (
                    ch["x0"] < low
                    or ch["x1"] > right + TOLERANCE
                    or ch["top"] < low
                    or ch["bottom"] > bottom + TOLERANCE
                ):
                    outside.append(f"p{number} {ch['text']!r} x={ch['x0']:.1f} top={ch['top']:.1f}")
    return outside
