"""CSV import: every row validated first, then all rows written in one go, or none.

``import_csv`` reads one KIND (accounts, contacts, contracts, ledger, notes,
incidents, touchpoints), detects encoding, delimiter and number style, matches the
headers in English or German, checks every cell and reference, and only if all rows
pass inserts them with chunked Core ``executemany`` inside a savepoint.
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.domain.ledger_categories import ensure_ledger_categories
from app.domain.wording import Language
from app.errors import InvalidValueError
from app.interchange.bulk_insert import collection_paused, insert_rows
from app.interchange.csv_cells import CellReader, cell_reader
from app.interchange.csv_dialect import CsvTable, read_table
from app.interchange.csv_fields import CSV_KINDS, Cell, Column, CsvKind, csv_kind
from app.interchange.csv_lookups import FieldProblem, Lookups
from app.interchange.csv_rows import BUILDERS, Row
from app.interchange.csv_values import CellError, NumberStyle, number_style
from app.interchange.csv_words import word_key
from app.interchange.errors import MAX_ERRORS, CsvImportError, RowError
from app.interchange.sources import Source, read_source
from app.model import Base, LedgerCategory, utcnow
from app.model.attribution import ACTOR_KEY

PROGRESS_EVERY = 2_000
HEADER_ROW = 1

Progress = Callable[[int, int], None]
# Cells of these kinds rarely repeat, so remembering what they read would only cost memory.
UNIQUE_CELLS = frozenset({Cell.TEXT, Cell.AMOUNT, Cell.MOMENT})


@dataclass(frozen=True)
class ImportReport:
    """What an import wrote (or, in a dry run, would write) and how the file was read."""

    kind: str
    source: str
    counts: dict[str, int]  # rows per kind; "ledger categories" when standard ones were added
    encoding: str
    delimiter: str
    number_style: NumberStyle
    ignored_columns: tuple[str, ...]  # headers that match no field
    blank_rows: int  # rows with no text at all, skipped
    dry_run: bool

    @property
    def rows(self) -> int:
        return self.counts[self.kind]


@dataclass(frozen=True)
class CsvPreview:
    """The first rows of a file as the import would read them, for a preview table."""

    kind: str
    headers: tuple[str, ...]
    fields: tuple[str | None, ...]  # the field each header feeds; None: ignored
    rows: tuple[tuple[str, ...], ...]
    row_numbers: tuple[int, ...]  # spreadsheet row numbers of ``rows``
    errors: tuple[RowError, ...]  # header problems and those of the shown rows
    total_rows: int
    encoding: str
    delimiter: str
    number_style: NumberStyle


@dataclass
class _Header:
    columns: list[tuple[int, Column, str]]  # position in the record, column, header text
    ignored: tuple[str, ...]
    errors: list[RowError]


@dataclass
class _Problems:
    found: list[RowError] = field(default_factory=list)
    total: int = 0

    def add(self, error: RowError) -> None:
        self.total += 1
        if len(self.found) < MAX_ERRORS:
            self.found.append(error)


def check_kind(kind: str) -> CsvKind:
    """The columns of KIND ``kind``; raises ``InvalidValueError`` naming KIND otherwise."""
    if kind not in CSV_KINDS:
        raise InvalidValueError("KIND", f"{kind!r} is not one of {', '.join(CSV_KINDS)}")
    return csv_kind(kind)


def _match_header(kind: CsvKind, header: tuple[str, ...]) -> _Header:
    columns: list[tuple[int, Column, str]] = []
    ignored: list[str] = []
    errors: list[RowError] = []
    seen: dict[str, str] = {}
    for position, text in enumerate(header):
        column = kind.headers.get(word_key(text))
        if column is None:
            if text.strip():
                ignored.append(text.strip())
            continue
        label = text.strip()
        if column.name in seen:
            errors.append(
                RowError(
                    HEADER_ROW,
                    label,
                    f"a second column for {column.name} (the first is {seen[column.name]!r})",
                )
            )
            continue
        seen[column.name] = label
        columns.append((position, column, label))
    for column in kind.columns:
        if column.required and column.name not in seen:
            errors.append(
                RowError(
                    HEADER_ROW,
                    column.name,
                    f"this column is missing (German header: {column.german})",
                )
            )
    return _Header(columns, tuple(ignored), errors)


def _style(table: CsvTable, header: _Header, lang_hint: Language | None) -> NumberStyle:
    if lang_hint is not None:
        return lang_hint
    positions = [
        position
        for position, column, _label in header.columns
        if column.cell in (Cell.AMOUNT, Cell.HOURS)
    ]
    cells = (record[p] for record in table.rows for p in positions if p < len(record))
    return number_style(cells, "de" if table.delimiter == ";" else "en")


def _check_rows(
    table: CsvTable,
    kind: CsvKind,
    header: _Header,
    style: NumberStyle,
    lookups: Lookups | None,
    problems: _Problems,
    limit: int | None = None,
    progress: Progress | None = None,
    total: int = 0,
) -> tuple[list[Row], int]:
    """Read and check every record (the first ``limit``); return the rows built and the
    number of blank records. Without ``lookups`` references are not checked."""
    dates: dict[str, date] = {}
    readers: list[tuple[int, Column, CellReader, str, dict[str, Any] | None]] = [
        (
            position,
            column,
            cell_reader(column, style, dates),
            label,
            None if column.cell in UNIQUE_CELLS else {},
        )
        for position, column, label in header.columns
    ]
    labels = {column.name: label for _position, column, label in header.columns}
    build = BUILDERS[kind.name] if lookups is not None else None
    width = len(table.header)
    rows: list[Row] = []
    blank = 0
    records = table.rows if limit is None else table.rows[:limit]
    for index, record in enumerate(records):
        number = index + HEADER_ROW + 1
        if progress is not None and index % PROGRESS_EVERY == 0:
            progress(index, total)
        if not "".join(record).strip():
            blank += 1
            continue
        values: dict[str, Any] = {}
        failed = False
        for position, column, read, label, memo in readers:
            text = record[position] if position < len(record) else ""
            if text and not text.isspace():
                # Customer numbers, categories, dates and names repeat: read each once.
                value = memo.get(text) if memo is not None else None
                if value is None:
                    try:
                        value = read(text)
                    except CellError as error:
                        problems.add(RowError(number, label, str(error)))
                        failed = True
                        continue
                    if memo is not None:
                        memo[text] = value
                # A name of nothing but bidi controls reads as "": empty after all.
                if not column.required or value.__class__ is not str or value:
                    values[column.name] = value
                    continue
            if column.required:
                problems.add(RowError(number, label, "is empty"))
                failed = True
        if len(record) > width and "".join(record[width:]).strip():
            problems.add(
                RowError(number, "", f"has {len(record)} cells but the header has {width}")
            )
            failed = True
        if failed or build is None or lookups is None:
            continue
        try:
            rows.append(build(values, lookups, number))
        except FieldProblem as problem:
            problems.add(RowError(number, labels.get(problem.field, problem.field), problem.reason))
    return rows, blank


def import_csv(
    session: Session,
    kind: str,
    path_or_bytes: Source,
    *,
    dry_run: bool = False,
    lang_hint: Language | None = None,
    progress: Progress | None = None,
    before_write: Callable[[], None] | None = None,
) -> ImportReport:
    """Import the rows of a CSV file of ``kind`` into ``session`` (flushed, not committed).

    All rows are checked before any is written; ``dry_run`` stops there. ``lang_hint``
    ("de"/"en") reads ambiguous numbers such as ``1.234`` (default: what the file's
    other numbers show, else German for ``;`` files). ``progress(done, total)`` is
    called now and then (checking and writing each count every row once);
    ``before_write()`` runs after the check passed and before the first insert (the
    CLI takes a backup there).

    Raises ``CsvImportError`` listing every bad row (row number as a spreadsheet
    shows it, column header, reason) and writes nothing; ``NotFoundError`` for a
    missing file and ``InvalidValueError`` for an unknown kind.
    """
    spec = check_kind(kind)
    data, source = read_source(path_or_bytes)
    with collection_paused():
        return _import(session, spec, data, source, dry_run, lang_hint, progress, before_write)


def _import(
    session: Session,
    spec: CsvKind,
    data: bytes,
    source: str,
    dry_run: bool,
    lang_hint: Language | None,
    progress: Progress | None,
    before_write: Callable[[], None] | None,
) -> ImportReport:
    table = read_table(data, source)
    header = _match_header(spec, table.header)
    if header.errors:
        raise CsvImportError(source, header.errors)
    style = _style(table, header, lang_hint)
    lookups = Lookups(session, spec.name)
    problems = _Problems()
    total = len(table.rows) * (1 if dry_run else 2)
    rows, blank = _check_rows(
        table, spec, header, style, lookups, problems, progress=progress, total=total
    )
    if problems.total:
        raise CsvImportError(source, problems.found, problems.total - len(problems.found))
    counts = {spec.name: len(rows)}
    if not dry_run:
        if before_write is not None:
            before_write()
        counts.update(_write(session, spec, rows, lookups, source, progress, total))
    if progress is not None:
        progress(total, total)
    return ImportReport(
        spec.name,
        source,
        counts,
        table.encoding,
        table.delimiter,
        style,
        header.ignored,
        blank,
        dry_run,
    )


def _write(
    session: Session,
    kind: CsvKind,
    rows: list[Row],
    lookups: Lookups,
    source: str,
    progress: Progress | None,
    total: int,
) -> dict[str, int]:
    """Insert ``rows`` in chunks inside a savepoint: on any failure none of them stays."""
    added: dict[str, int] = {}
    table = Base.metadata.tables[kind.table]
    stamp = utcnow()
    actor = session.info.get(ACTOR_KEY, "")  # whoever the workspace's sessions write as
    done = total - len(rows)
    try:
        with session.begin_nested():
            if lookups.standard_placeholders and any(row["category_id"] < 0 for row in rows):
                added["ledger categories"] = ensure_ledger_categories(session)
                _replace_placeholders(session, rows, lookups.standard_placeholders)
            insert_rows(
                session,
                table,
                rows,
                {
                    "created_at": stamp,
                    "updated_at": stamp,
                    "version": 1,
                    "created_by": actor,
                    "updated_by": actor,
                },
                None if progress is None else lambda written: progress(done + written, total),
            )
    except IntegrityError as error:
        raise CsvImportError(
            source, problem=f"the database refused the rows ({error.orig})"
        ) from error
    return added


def _replace_placeholders(session: Session, rows: list[Row], placeholders: dict[int, str]) -> None:
    ids = {key: id_ for key, id_ in session.execute(select(LedgerCategory.key, LedgerCategory.id))}
    real = {placeholder: ids[key] for placeholder, key in placeholders.items()}
    for row in rows:
        if row["category_id"] < 0:
            row["category_id"] = real[row["category_id"]]


def preview_csv(
    path_or_bytes: Source,
    kind: str,
    rows: int = 20,
    *,
    session: Session | None = None,
    lang_hint: Language | None = None,
) -> CsvPreview:
    """The first ``rows`` records as text with their problems, for the import dialog.

    Without ``session`` only the cells are checked; with it, references too (an
    unknown customer number, category or contact). Raises ``CsvImportError`` only
    when the file cannot be read at all.
    """
    spec = check_kind(kind)
    data, source = read_source(path_or_bytes)
    table = read_table(data, source)
    header = _match_header(spec, table.header)
    style = _style(table, header, lang_hint)
    problems = _Problems(list(header.errors), len(header.errors))
    lookups = Lookups(session, spec.name) if session is not None else None
    _check_rows(table, spec, header, style, lookups, problems, limit=rows)
    by_position = {position: column.name for position, column, _label in header.columns}
    shown = table.rows[:rows]
    return CsvPreview(
        spec.name,
        table.header,
        tuple(by_position.get(position) for position in range(len(table.header))),
        tuple(tuple(record) for record in shown),
        tuple(range(HEADER_ROW + 1, HEADER_ROW + 1 + len(shown))),
        tuple(problems.found),
        len(table.rows),
        table.encoding,
        table.delimiter,
        style,
    )
