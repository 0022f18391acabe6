"""The one engine factory: SQLite with durable pragmas by default, PostgreSQL for teams."""

from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool, StaticPool

from app.storage.cipher import prepare_encrypted
from app.storage.location import DatabaseLocation

SQLITE_BUSY_TIMEOUT_MS = 5000
SERVER_CONNECT_TIMEOUT_S = 5
# Execution option: begin this connection's transaction as SQLite's writer (see
# app.storage.write_turn); ignored on a server.
WRITER_OPTION = "kamdesk_writer"


def _configure_sqlite(
    engine: Engine, *, wal: bool, foreign_keys: bool, encrypted: bool = False
) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        if encrypted:  # the dialect has set the key; nothing has been read yet
            prepare_encrypted(dbapi_connection, None)
        # Let SQLAlchemy, not the sqlite3 module, decide where transactions begin,
        # so DDL runs inside them too (a failed migration rolls back whole).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute(f"PRAGMA foreign_keys = {'ON' if foreign_keys else 'OFF'}")
        if wal:
            cursor.execute("PRAGMA journal_mode = WAL")
        # FULL: a commit that returned survives a power cut, in WAL mode too.
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        writer = connection.get_execution_options().get(WRITER_OPTION, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if writer else "BEGIN")


def create_db_engine(
    location: DatabaseLocation, *, foreign_keys: bool = True, **kwargs: Any
) -> Engine:
    """Build the engine for ``location``. Creates the SQLite file's folder if needed.

    ``foreign_keys=False`` is for migrations only: SQLite's table rebuilds would
    otherwise fire ON DELETE CASCADE. No connection is opened here.
    """
    if location.is_sqlite:
        path = location.path
        if path is None:
            engine = create_engine(
                location.url,
                poolclass=StaticPool,
                connect_args={"check_same_thread": False},
                **kwargs,
            )
            _configure_sqlite(engine, wal=False, foreign_keys=foreign_keys)
            return engine
        path.parent.mkdir(parents=True, exist_ok=True)
        if location.is_encrypted:  # the dialect's own default keeps one connection per thread
            kwargs.setdefault("poolclass", QueuePool)
        engine = create_engine(location.url, **kwargs)
        _configure_sqlite(
            engine, wal=True, foreign_keys=foreign_keys, encrypted=location.is_encrypted
        )
        return engine
    connect_args = {"connect_timeout": SERVER_CONNECT_TIMEOUT_S}
    return create_engine(location.url, connect_args=connect_args, pool_pre_ping=True, **kwargs)
