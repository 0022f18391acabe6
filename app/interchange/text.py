"""Text as it comes from spreadsheets and goes back to them: Unicode NFC, no bidi tricks,
and cells a spreadsheet would run as a formula neutralised (OWASP CSV injection)."""

import re
import unicodedata

# Embedding, override and isolate controls, and the LRM/RLM marks: invisible, and able
# to make "10-4711" display as something else. Removed from names and identifiers.
BIDI_CONTROLS = dict.fromkeys(
    [0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A)], None
)
NUL = "\x00"  # no spreadsheet means it, and SQLite's text functions stop at it
NAME_REMOVALS = {**BIDI_CONTROLS, ord(NUL): None}

# A cell starting with one of these is run as a formula by Excel or LibreOffice. Leading
# quotes are part of the pattern so that neutralising stays reversible (see ``neutralise``).
FORMULA_START = re.compile(r"'*[=+\-@\t\r\x00]")


def nfc(text: str) -> str:
    """``text`` in Unicode normalisation form C (what the database keeps)."""
    if text.isascii() or unicodedata.is_normalized("NFC", text):
        return text
    return unicodedata.normalize("NFC", text)


def clean_text(text: str) -> str:
    """Free text: NFC, NUL characters removed, everything else kept as typed."""
    return nfc(text.replace(NUL, "") if NUL in text else text)


def clean_name(text: str) -> str:
    """A name or identifier: NFC, bidi controls and NUL removed, outer white space stripped."""
    return nfc(text).translate(NAME_REMOVALS).strip()


def neutralise(cell: str) -> str:
    """Prefix a single quote to a cell a spreadsheet would take for a formula.

    Cells that already start with quotes before such a character get one more, so
    ``restore`` can undo exactly one quote and every text survives a round trip.
    """
    return "'" + cell if FORMULA_START.match(cell) else cell


def restore(cell: str) -> str:
    """Undo ``neutralise``: drop the one quote it put before a formula-like cell."""
    if cell.startswith("'") and FORMULA_START.match(cell, 1):
        return cell[1:]
    return cell
