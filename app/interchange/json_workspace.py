"""The whole workspace as one versioned JSON file: the backup and moving format.

``export_workspace`` writes every table and column, tables by name, rows by id,
columns in schema order, one row per line; ``import_workspace`` loads such a file
into an empty database, keeping every id, stamp and version, so export -> import ->
export gives identical bytes. A file is refused as a whole (newer version, other
format, broken JSON, a missing or extra field) and then nothing is written.
"""

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Table, delete, func, select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.domain.ledger_categories import DEFAULT_LEDGER_CATEGORIES
from app.interchange.bulk_insert import collection_paused, insert_rows
from app.interchange.errors import WorkspaceFileError, WorkspaceNotEmptyError
from app.interchange.json_columns import ColumnCodec, ValueRefused, table_codecs
from app.interchange.refusals import describe_refusal
from app.model import Base, LedgerCategory

FORMAT_NAME = "kamdesk-workspace"
FORMAT_VERSION = 2
# Tables a file of an older format version cannot hold (the version that added them): such
# a file loads with them empty. Version 2: the negotiation workbench (revision 0004).
TABLES_SINCE = {
    "contact_change": 2,
    "contact_link": 2,
    "map_position": 2,
    "negotiation_item": 2,
}
TOP_LEVEL_KEYS = ("format", "version", "tables")

Rows = list[dict[str, Any]]


@dataclass(frozen=True)
class WorkspaceImportReport:
    counts: dict[str, int]  # rows written per table
    replaced_standard_categories: int  # unchanged standard categories the file replaced


def _tables() -> list[Table]:
    """Every table of the model, by name (the file's order)."""
    return sorted(Base.metadata.tables.values(), key=lambda table: table.name)


def export_workspace(session: Session) -> bytes:
    """Every row of every table as the versioned JSON document (UTF-8, ``\\n`` line ends)."""
    with collection_paused():
        return "".join(_document_lines(session)).encode("utf-8")


def _document_lines(session: Session) -> Iterator[str]:
    yield "{\n"
    yield f' "format": {json.dumps(FORMAT_NAME)},\n'
    yield f' "version": {FORMAT_VERSION},\n'
    yield ' "tables": {\n'
    tables = _tables()
    for position, table in enumerate(tables):
        codecs = table_codecs(table)
        rows = session.execute(select(table).order_by(table.c.id)).all()
        closing = "," if position < len(tables) - 1 else ""
        if not rows:
            yield f"  {json.dumps(table.name)}: []{closing}\n"
            continue
        yield f"  {json.dumps(table.name)}: [\n"
        for index, row in enumerate(rows):
            document = {
                codec.name: None if value is None else codec.write(value)
                for codec, value in zip(codecs, row, strict=True)
            }
            comma = "," if index < len(rows) - 1 else ""
            yield f"   {json.dumps(document, ensure_ascii=False)}{comma}\n"
        yield f"  ]{closing}\n"
    yield " }\n"
    yield "}\n"


def import_workspace(
    session: Session, data: bytes, *, before_write: Callable[[], None] | None = None
) -> WorkspaceImportReport:
    """Load a workspace file into the empty workspace of ``session`` (flushed, not committed).

    A database holding nothing but the unchanged standard ledger categories (what
    ``kamdesk-cli init`` adds) counts as empty: the file's categories replace them.
    ``before_write()`` runs after every check passed, before the first change.

    Raises ``WorkspaceFileError`` naming the table, row and field at fault, and
    ``WorkspaceNotEmptyError`` for a workspace that holds data; nothing is written.
    """
    with collection_paused():
        document = _parse(data)
        # PostgreSQL text cannot hold U+0000; SQLite can.
        nul_allowed = session.get_bind().dialect.name == "sqlite"
        tables = _read_tables(document, nul_allowed=nul_allowed)
        standard = _refuse_non_empty(session)
        if before_write is not None:
            before_write()
        try:
            with session.begin_nested():
                if standard:
                    session.execute(delete(LedgerCategory))
                for table in Base.metadata.sorted_tables:  # parents first
                    if tables[table.name]:
                        insert_rows(session, table, tables[table.name], {})
                _advance_sequences(session)
        except IntegrityError as error:
            raise WorkspaceFileError(_refused_row(session, tables, error)) from None
    return WorkspaceImportReport({name: len(rows) for name, rows in tables.items()}, standard)


def _parse(data: bytes) -> dict[str, Any]:
    try:
        document = json.loads(data.decode("utf-8"))
    except UnicodeDecodeError as error:
        raise WorkspaceFileError(
            f"the file is not UTF-8 text (bad byte at position {error.start})"
        ) from None
    except json.JSONDecodeError as error:
        raise WorkspaceFileError(
            f"the file is not valid JSON (line {error.lineno}, column {error.colno}: {error.msg})"
        ) from None
    if not isinstance(document, dict) or document.get("format") != FORMAT_NAME:
        found = document.get("format") if isinstance(document, dict) else None
        raise WorkspaceFileError(
            f"not a KAM Desk workspace file (format {found!r}, expected {FORMAT_NAME!r})"
        )
    version = document.get("version")
    if type(version) is not int or version < 1:
        raise WorkspaceFileError(f"version: {version!r} is not a format version")
    if version > FORMAT_VERSION:
        raise WorkspaceFileError(
            f"the file has format version {version}, written by a newer KAM Desk; "
            f"this version reads version {FORMAT_VERSION} — update KAM Desk to load it"
        )
    extra = sorted(set(document) - set(TOP_LEVEL_KEYS))
    if extra:
        raise WorkspaceFileError(f"unknown top-level field {extra[0]!r}")
    if not isinstance(document.get("tables"), dict):
        raise WorkspaceFileError("tables: expected an object holding one list per table")
    return document


def _read_tables(document: dict[str, Any], *, nul_allowed: bool) -> dict[str, Rows]:
    """Every table's rows converted to database values; raises naming table, row, field."""
    given: dict[str, Any] = document["tables"]
    known = {table.name: table for table in _tables()}
    unknown = sorted(set(given) - set(known))
    if unknown:
        raise WorkspaceFileError(f"tables: unknown table {unknown[0]!r}")
    version: int = document["version"]
    missing = sorted(
        name for name in set(known) - set(given) if TABLES_SINCE.get(name, 1) <= version
    )
    if missing:
        raise WorkspaceFileError(f"tables: the table {missing[0]!r} is missing")
    tables = {
        name: _read_rows(
            name, given.get(name, []), table_codecs(known[name]), nul_allowed=nul_allowed
        )
        for name in known
    }
    _check_references(tables)
    return tables


def _read_rows(name: str, rows: Any, codecs: tuple[ColumnCodec, ...], *, nul_allowed: bool) -> Rows:
    if not isinstance(rows, list):
        raise WorkspaceFileError(f"tables.{name}: expected a list of rows")
    fields = {codec.name for codec in codecs}
    result: Rows = []
    seen: set[int] = set()
    for index, row in enumerate(rows):
        where = f"table {name}, row {index + 1}"
        if not isinstance(row, dict):
            raise WorkspaceFileError(f"{where}: expected an object")
        if isinstance(row.get("id"), int):
            where += f" (id {row['id']})"
        missing = [codec.name for codec in codecs if codec.name not in row]
        if missing:
            raise WorkspaceFileError(f"{where}: the field {missing[0]!r} is missing")
        extra = sorted(set(row) - fields)
        if extra:
            raise WorkspaceFileError(f"{where}: unknown field {extra[0]!r}")
        values: dict[str, Any] = {}
        for codec in codecs:
            value = row[codec.name]
            if value is None:
                if not codec.nullable:
                    raise WorkspaceFileError(f"{where}, field {codec.name}: must not be null")
                values[codec.name] = None
                continue
            try:
                values[codec.name] = codec.read(value)
            except ValueRefused as error:
                raise WorkspaceFileError(f"{where}, field {codec.name}: {error}") from None
            if not nul_allowed and isinstance(value, str) and "\x00" in value:
                raise WorkspaceFileError(
                    f"{where}, field {codec.name}: holds the invisible NUL character "
                    "(U+0000), which a PostgreSQL server cannot store; remove it in the "
                    "workspace the file came from and export it again"
                )
        if values["id"] in seen:
            raise WorkspaceFileError(f"{where}: the id {values['id']} is used twice")
        seen.add(values["id"])
        result.append(values)
    return result


def _check_references(tables: dict[str, Rows]) -> None:
    """Every foreign key names a row of the file (the target workspace is empty)."""
    ids = {name: {row["id"] for row in rows} for name, rows in tables.items()}
    for table in _tables():
        for key in sorted(table.foreign_keys, key=lambda key: key.parent.name):
            field, target = key.parent.name, key.column.table.name
            for index, row in enumerate(tables[table.name]):
                value = row[field]
                if value is not None and value not in ids[target]:
                    raise WorkspaceFileError(
                        f"table {table.name}, row {index + 1} (id {row['id']}), field {field}: "
                        f"refers to {target} id {value}, which is not in the file"
                    )


def _refuse_non_empty(session: Session) -> int:
    """Raise unless the workspace is empty; return how many standard categories it holds."""
    filled = []
    for table in _tables():
        if table.name == LedgerCategory.__tablename__:
            continue
        count = session.scalar(select(func.count()).select_from(table)) or 0
        if count:
            filled.append(f"{count} {table.name} rows")
    standard = {(seed.key, seed.label_en, seed.label_de) for seed in DEFAULT_LEDGER_CATEGORIES}
    categories = session.execute(
        select(LedgerCategory.key, LedgerCategory.label_en, LedgerCategory.label_de)
    ).all()
    own = [row for row in categories if tuple(row) not in standard]
    if own:
        filled.append(f"{len(own)} own ledger categories")
    if filled:
        raise WorkspaceNotEmptyError(
            f"the workspace is not empty ({', '.join(filled[:3])}); a workspace file is "
            "only loaded into an empty one (a new database file)"
        )
    return len(categories)


def _advance_sequences(session: Session) -> None:
    """PostgreSQL hands out ids from sequences that explicit ids do not move: move them."""
    if session.get_bind().dialect.name != "postgresql":
        return
    for table in _tables():
        session.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                f"coalesce((SELECT max(id) FROM {table.name}), 0) + 1, false)"
            )
        )


def _refused_row(session: Session, tables: dict[str, Rows], error: IntegrityError) -> str:
    """Name the first row the database refuses, trying them one by one, then roll back."""
    probe = session.begin_nested()
    try:
        session.execute(delete(LedgerCategory))
        for table in Base.metadata.sorted_tables:
            for index, row in enumerate(tables[table.name]):
                try:
                    with session.begin_nested():
                        session.execute(table.insert(), [row])
                except IntegrityError as refused:
                    return (
                        f"table {table.name}, row {index + 1} (id {row['id']}): "
                        f"{describe_refusal(refused)}; nothing was imported"
                    )
    finally:
        probe.rollback()
    return f"the database refused the file: {describe_refusal(error)}; nothing was imported"
