"""Chunked Core ``executemany`` inserts, with the columns every row shares bound once.

Every imported row gets the same ``created_at``/``updated_at`` stamp and ``version`` 1.
Binding them per row would run the moment type's checks 200,000 times for 100,000
rows; instead the value is converted for the dialect once and bound as it is.
"""

import gc
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Dialect, Table, bindparam, insert
from sqlalchemy.orm import Session
from sqlalchemy.types import String, TypeDecorator, TypeEngine

INSERT_CHUNK = 5_000


def insert_rows(
    session: Session,
    table: Table,
    rows: Sequence[dict[str, Any]],
    shared: Mapping[str, Any],
    on_chunk: Callable[[int], None] | None = None,
) -> None:
    """Insert ``rows`` (all with the same keys) plus the ``shared`` column values; columns
    the rows leave out that have a plain default get it the same way.

    ``on_chunk(written)`` is called after each chunk with the rows written so far.
    """
    if not rows:
        return
    dialect = session.get_bind().dialect
    constant = dict(shared)
    for column in table.columns:  # left out with a plain default: the same for every row
        default = column.default
        if column.name in rows[0] or column.name in constant or default is None:
            continue
        if default.is_scalar:
            constant[column.name] = default.arg  # type: ignore[attr-defined]
    fixed = {}
    for name, value in constant.items():
        column_type = table.c[name].type
        processor = column_type.dialect_impl(dialect).bind_processor(dialect)
        stored = processor(value) if processor is not None else value
        fixed[name] = bindparam(f"shared_{name}", stored, type_=_as_is(column_type, dialect))
    statement = insert(table).values(fixed)
    for start in range(0, len(rows), INSERT_CHUNK):
        chunk = rows[start : start + INSERT_CHUNK]
        session.execute(statement, chunk)
        if on_chunk is not None:
            on_chunk(start + len(chunk))


def _as_is(column_type: TypeEngine[Any], dialect: Dialect) -> TypeEngine[Any]:
    """A type that passes an already converted value on untouched, with the column's SQL
    type where the driver needs one: PostgreSQL gets ``timestamptz``, not ``varchar``."""
    plain = column_type.impl_instance if isinstance(column_type, TypeDecorator) else column_type
    if plain.dialect_impl(dialect).bind_processor(dialect) is None:
        return plain
    return String()  # SQLite: a typeless slot; the converted text goes in as it is


@contextmanager
def collection_paused() -> Iterator[None]:
    """Pause CPython's cyclic garbage collector for a bulk load.

    Each collection re-walks every row parsed so far (100,000 lists and dicts), which
    doubled the import's time; an import makes no reference cycles, so nothing is
    left for the collector. It is switched back on only if it was on before.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
