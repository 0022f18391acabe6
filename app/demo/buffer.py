"""Rows waiting to be written: explicit ids, fixed time stamps, chunked Core inserts."""

from datetime import datetime
from typing import Any

from sqlalchemy import Table, func, insert, select
from sqlalchemy.orm import Session

from app.model import Base
from app.storage.id_sequences import advance_id_sequences

Row = dict[str, Any]

# Rows per executemany call: big enough to amortise the statement, small enough for memory.
INSERT_CHUNK = 5_000
# Once this many rows wait, every table is written (parents first, so foreign keys hold).
FLUSH_THRESHOLD = 25_000


class RowBuffer:
    """Collects complete rows per table and inserts them with SQLAlchemy Core.

    Ids are assigned here, counting on from the table's highest id, so a child row
    can name its parent before either is written. Every row gets the same
    ``created_at``/``updated_at`` stamp and ``version`` 1, so two runs write
    identical rows.
    """

    def __init__(self, session: Session, stamp: datetime) -> None:
        self._session = session
        self._stamp = stamp
        # sorted_tables lists parents before children: the order the inserts must run in.
        self._tables: tuple[Table, ...] = tuple(Base.metadata.sorted_tables)
        self._pending: dict[str, list[Row]] = {table.name: [] for table in self._tables}
        self._next_id: dict[str, int] = {
            table.name: (session.scalar(select(func.max(table.c.id))) or 0) + 1
            for table in self._tables
        }
        self._waiting = 0
        self.counts: dict[str, int] = {table.name: 0 for table in self._tables}

    def add(self, table: str, row: Row) -> int:
        """Queue ``row`` (every column but the tracking ones) for ``table``; return its id."""
        row_id = self._next_id[table]
        self._next_id[table] = row_id + 1
        row["id"] = row_id
        row["created_at"] = self._stamp
        row["updated_at"] = self._stamp
        row["version"] = 1
        self._pending[table].append(row)
        self.counts[table] += 1
        self._waiting += 1
        return row_id

    def flush_if_full(self) -> None:
        """Write everything once enough rows wait; call it between accounts."""
        if self._waiting >= FLUSH_THRESHOLD:
            self.flush()

    def flush(self) -> None:
        """Write every waiting row, parent tables first, in chunks of ``INSERT_CHUNK``."""
        written = []
        for table in self._tables:
            rows = self._pending[table.name]
            if not rows:
                continue
            statement = insert(table)
            for start in range(0, len(rows), INSERT_CHUNK):
                self._session.execute(statement, rows[start : start + INSERT_CHUNK])
            self._pending[table.name] = []
            written.append(table)
        self._waiting = 0
        advance_id_sequences(self._session, written)
