"""Rows inserted with explicit ids (the demo, a restored workspace) must not leave
PostgreSQL's id sequences behind, or the next ordinary insert collides with them."""

from collections.abc import Iterable

from sqlalchemy import Table, false, func, select
from sqlalchemy.orm import Session


def advance_id_sequences(session: Session, tables: Iterable[Table]) -> None:
    """Move each table's ``id`` sequence past its highest id (PostgreSQL only: SQLite
    takes the highest id plus one by itself)."""
    if session.get_bind().dialect.name != "postgresql":
        return
    for table in tables:
        following = select(func.coalesce(func.max(table.c.id), 0) + 1).scalar_subquery()
        sequence = func.pg_get_serial_sequence(table.name, "id")
        session.execute(select(func.setval(sequence, following, false())))
