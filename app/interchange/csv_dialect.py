"""Reading a CSV file as spreadsheets write it: the encoding and delimiter are detected.

Encodings: UTF-8 with or without BOM, UTF-16 with BOM (Excel's "Unicode text"), else
Windows-1252 (what German Excel writes by default). Delimiters: ``;`` (German Excel),
``,`` and tab, decided by which occurs most often in the header line outside quotes,
unless the file starts with Excel's ``sep=;`` line.
"""

import codecs
import csv
import io
from dataclasses import dataclass

from app.interchange.errors import CsvImportError

DELIMITERS = (";", ",", "\t")
# A notes cell may be long; the csv module's default limit is 128 KiB.
MAX_CELL_CHARS = 10_000_000


@dataclass(frozen=True, slots=True)
class CsvTable:
    """The records of a CSV file as text; ``rows`` excludes the header."""

    header: tuple[str, ...]
    rows: list[list[str]]
    encoding: str  # "utf-8", "utf-8-sig", "utf-16", "windows-1252"
    delimiter: str


def decode(data: bytes, source: str) -> tuple[str, str]:
    """The text of ``data`` and the name of the encoding it was read with.

    Raises ``CsvImportError`` when the bytes are neither UTF-8 nor Windows-1252.
    """
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[len(codecs.BOM_UTF8) :], "utf-8", source), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(data, "utf-16", source), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("windows-1252"), "windows-1252"
    except UnicodeDecodeError as error:
        raise CsvImportError(
            source,
            problem=f"the file is neither UTF-8 nor Windows-1252 text "
            f"(byte 0x{data[error.start]:02x} at position {error.start})",
        ) from None


def _strict(data: bytes, encoding: str, source: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise CsvImportError(
            source,
            problem=f"the file starts with a {encoding.upper()} byte order mark but is not "
            f"{encoding.upper()} (bad byte at position {error.start})",
        ) from None


def sniff_delimiter(first_line: str) -> str:
    """The delimiter occurring most often outside quotes in ``first_line`` (``,`` if none)."""
    counts = dict.fromkeys(DELIMITERS, 0)
    quoted = False
    for char in first_line:
        if char == '"':
            quoted = not quoted
        elif not quoted and char in counts:
            counts[char] += 1
    best = max(DELIMITERS, key=lambda delimiter: counts[delimiter])
    return best if counts[best] else ","


def _first_line(text: str) -> str:
    end = len(text)
    for terminator in ("\n", "\r"):
        found = text.find(terminator)
        if found != -1:
            end = min(end, found)
    return text[:end]


def read_table(data: bytes, source: str) -> CsvTable:
    """Decode ``data``, detect the delimiter and split it into records.

    Raises ``CsvImportError`` for undecodable bytes, broken quoting or an empty file.
    """
    text, encoding = decode(data, source)
    first = _first_line(text)
    if len(first) == len("sep=;") and first.lower().startswith("sep="):
        # Excel's own hint line ("sep=;"); Excel hides it, so the header stays row 1.
        delimiter = first[-1]
        text = text[len(first) :].lstrip("\r\n")
    else:
        delimiter = sniff_delimiter(first)
    if csv.field_size_limit() < MAX_CELL_CHARS:
        csv.field_size_limit(MAX_CELL_CHARS)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    try:
        records = list(reader)
    except csv.Error as error:
        raise CsvImportError(
            source, problem=f"line {reader.line_num} cannot be read as CSV ({error})"
        ) from None
    if not records or not any(cell.strip() for cell in records[0]):
        raise CsvImportError(source, problem="the file is empty (no header row)")
    # A byte order mark can survive inside (after a "sep=" line, or saved twice).
    header = tuple(cell.replace("\ufeff", "") for cell in records[0])
    return CsvTable(header, records[1:], encoding, delimiter)
