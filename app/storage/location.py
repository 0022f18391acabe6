"""Which database to open: ``--db``, then ``KAMDESK_DB``, then the default SQLite file."""

import os
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_data_path
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from app.errors import InvalidValueError

ENV_VAR = "KAMDESK_DB"
APP_NAME = "kamdesk"
DEFAULT_FILE_NAME = "kamdesk.db"
DEFAULT_SERVER_PORT = 5432
PLAIN_DRIVER = "sqlite+pysqlite"
# SQLAlchemy's SQLCipher dialect: the URL's password is the key (see app.storage.cipher).
ENCRYPTED_DRIVER = "sqlite+pysqlcipher"


def data_dir() -> Path:
    """The per-user data folder (created on first use by whoever writes there)."""
    return user_data_path(APP_NAME, appauthor=False)


def default_database_path() -> Path:
    return data_dir() / DEFAULT_FILE_NAME


@dataclass(frozen=True)
class DatabaseLocation:
    """A database the app can open: a SQLite file or a server URL."""

    url: URL

    @property
    def is_sqlite(self) -> bool:
        return self.url.get_backend_name() == "sqlite"

    @property
    def path(self) -> Path | None:
        """The SQLite file, or None for a server or an in-memory database."""
        if not self.is_sqlite or not self.url.database or self.url.database == ":memory:":
            return None
        return Path(self.url.database)

    @property
    def is_encrypted(self) -> bool:
        """True for a SQLite file opened with a SQLCipher key."""
        return self.url.drivername == ENCRYPTED_DRIVER

    @property
    def key(self) -> str | None:
        """The SQLCipher key of an encrypted file (a secret: never show or log it)."""
        return self.url.password if self.is_encrypted else None

    def with_key(self, key: str | None) -> "DatabaseLocation":
        """The same SQLite file opened with ``key`` (None: as a plain file)."""
        driver = PLAIN_DRIVER if key is None else ENCRYPTED_DRIVER
        return DatabaseLocation(URL.create(driver, password=key, database=self.url.database))

    def describe(self) -> str:
        """Human-readable and safe to show or log: never includes a password."""
        if self.path is not None:
            return str(self.path)
        return self.url.set(password=None).render_as_string(hide_password=True)

    @property
    def server_address(self) -> str:
        """``host:port`` of a server (the host may be a socket folder given as ``?host=``)."""
        query_host = self.url.query.get("host")
        query_port = self.url.query.get("port")
        host = self.url.host or (query_host if isinstance(query_host, str) else "localhost")
        port = self.url.port or (query_port if isinstance(query_port, str) else None)
        return f"{host}:{port or DEFAULT_SERVER_PORT}"

    def with_password(self, password: str | None) -> "DatabaseLocation":
        """The same server with ``password`` for logging in (None: without one)."""
        return DatabaseLocation(self.url.set(password=password))


def resolve_location(given: str | None = None) -> DatabaseLocation:
    """Turn ``--db`` (a path or a URL) or ``KAMDESK_DB`` into a location; default file otherwise.

    Raises ``InvalidValueError`` naming ``--db`` when a URL cannot be understood.
    """
    raw = given if given else os.environ.get(ENV_VAR, "")
    if not raw.strip():
        return location_for_path(default_database_path())
    raw = raw.strip()
    if "://" not in raw:
        return location_for_path(Path(raw))
    try:
        url = make_url(raw)
    except ArgumentError:
        raise InvalidValueError(
            "--db", f"{raw!r} is neither a file path nor a database URL"
        ) from None
    backend = url.get_backend_name()
    if backend not in ("sqlite", "postgresql"):
        raise InvalidValueError("--db", f"database type {backend!r} is not supported")
    if backend == "postgresql" and url.drivername == "postgresql":
        url = url.set(drivername="postgresql+psycopg")
    if backend == "sqlite" and url.database and url.database != ":memory:":
        return location_for_path(Path(url.database))
    return DatabaseLocation(url)


def location_for_path(path: Path) -> DatabaseLocation:
    path = path.expanduser().absolute()
    return DatabaseLocation(URL.create(PLAIN_DRIVER, database=str(path)))
