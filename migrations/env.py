"""Alembic environment. The app passes its own connection; the alembic command line gets one
from ``-x db=PATH_OR_URL`` or ``KAMDESK_DB``."""

from alembic import context
from sqlalchemy import Connection

from app.model import Base

config = context.config
target_metadata = Base.metadata


def _configure(**kwargs: object) -> None:
    # render_as_batch: SQLite alters tables by copy-and-move; the naming convention on
    # Base.metadata keeps every constraint's name through it.
    context.configure(
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
        **kwargs,
    )


def _run_with(connection: Connection) -> None:
    _configure(connection=connection)
    with context.begin_transaction():
        context.run_migrations()


def run_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run_with(connection)
        return
    from app.storage.engine import create_db_engine
    from app.storage.location import resolve_location

    given = context.get_x_argument(as_dictionary=True).get("db")
    engine = create_db_engine(resolve_location(given), foreign_keys=False)
    with engine.connect() as connection:
        _run_with(connection)
        connection.commit()
    engine.dispose()


def run_offline() -> None:
    from app.storage.location import resolve_location

    given = context.get_x_argument(as_dictionary=True).get("db")
    _configure(url=resolve_location(given).url, literal_binds=True)
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    run_offline()
else:
    run_online()
