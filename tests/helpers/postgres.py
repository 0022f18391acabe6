"""A throwaway PostgreSQL 15 server for the tests, from Debian's binaries.

``initdb`` into a temporary folder, ``pg_ctl start`` on a free loopback port (its Unix
socket stays in the same folder), databases cloned from a migrated template so each test
gets its own in milliseconds, and ``pg_ctl stop`` at the end. ``initdb`` and ``pg_ctl``
refuse to run as root, so under root (CI) they run as the ``postgres`` user.
"""

import itertools
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import psycopg
from psycopg import sql
from sqlalchemy.engine import URL

BIN_DIR = Path("/usr/lib/postgresql/15/bin")
DEBIAN_VERSIONS = Path("/usr/lib/postgresql")
BIN_DIR_VARIABLE = "KAMDESK_PG_BIN"  # another PostgreSQL's bin folder, e.g. on a developer Mac
SKIP_VARIABLE = "KAMDESK_NO_POSTGRES"
INSTALL_HINT = (
    "the PostgreSQL tests need PostgreSQL 15's server binaries in "
    f"{BIN_DIR} (or a folder named by {BIN_DIR_VARIABLE}): run "
    "'bash packaging/system-deps.sh --test' or 'apt-get install -y postgresql'; "
    f"set {SKIP_VARIABLE}=1 to skip the PostgreSQL tests on purpose"
)
SERVICE_USER = "postgres"
SUPERUSER = "postgres"
OWNER = "kamdesk"  # owns the test databases, like a team's role; logs in without a password
PASSWORD_GROUP = "password_login"  # members must give their password (scram-sha-256)
# Durability is worthless for a server that is deleted at the end of the run.
FAST_SETTINGS = {
    "fsync": "off",
    "synchronous_commit": "off",
    "full_page_writes": "off",
    "max_connections": "200",
    "listen_addresses": "127.0.0.1",
}
HBA = f"""\
local all all trust
host all +{PASSWORD_GROUP} 127.0.0.1/32 scram-sha-256
host all all 127.0.0.1/32 trust
"""


class PostgresUnavailableError(RuntimeError):
    """The server binaries are missing or the server would not start."""


def skip_requested() -> bool:
    return os.environ.get(SKIP_VARIABLE, "").strip() not in ("", "0")


def bin_dir() -> Path:
    """The folder holding ``initdb``, ``pg_ctl`` and ``postgres``: ``KAMDESK_PG_BIN``, else
    Debian's PostgreSQL 15, else the newest version installed (Ubuntu ships 16).
    Raises with the install hint."""
    folder = Path(os.environ.get(BIN_DIR_VARIABLE) or BIN_DIR)
    if not os.environ.get(BIN_DIR_VARIABLE) and not folder.exists():
        installed = sorted(
            DEBIAN_VERSIONS.glob("*/bin/initdb"), key=lambda p: int(p.parent.parent.name)
        )
        folder = installed[-1].parent if installed else folder
    missing = [name for name in ("initdb", "pg_ctl", "postgres") if not (folder / name).exists()]
    if missing:
        raise PostgresUnavailableError(f"{', '.join(missing)} not found: {INSTALL_HINT}")
    return folder


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@dataclass
class ThrowawayServer:
    """A running server; ``stop`` ends it and deletes its folder."""

    folder: Path
    port: int
    binaries: Path
    _names: "itertools.count[int]" = field(default_factory=lambda: itertools.count(1))

    # -- life cycle ----------------------------------------------------------------------

    @classmethod
    def start(cls) -> "ThrowawayServer":
        binaries = bin_dir()
        # Under root the server runs as postgres, who must reach the folder: /tmp, not a
        # private TMPDIR.
        folder = Path(tempfile.mkdtemp(prefix="kamdesk-pg-", dir="/tmp" if _root() else None))
        server = cls(folder, free_port(), binaries)
        try:
            server._init_cluster()
            server._run_as_service_user(server._pg_ctl("start", "-w", "-t", "30"))
            server._create_roles()
        except BaseException:
            server.stop()
            raise
        return server

    def stop(self) -> None:
        if (self.data / "postmaster.pid").exists():
            self._run_as_service_user(self._pg_ctl("stop", "-m", "immediate", "-w"), check=False)
        shutil.rmtree(self.folder, ignore_errors=True)

    @property
    def data(self) -> Path:
        return self.folder / "data"

    def _init_cluster(self) -> None:
        if _root():
            service = _service_user()
            os.chown(self.folder, service.pw_uid, service.pw_gid)
        self._run_as_service_user(
            [
                str(self.binaries / "initdb"),
                "--pgdata",
                str(self.data),
                "--username",
                SUPERUSER,
                "--auth",
                "trust",
                "--encoding",
                "UTF8",
                "--locale",
                "C.UTF-8",
                "--no-sync",
            ]
        )
        settings = "".join(f"{key} = '{value}'\n" for key, value in FAST_SETTINGS.items())
        settings += f"port = {self.port}\nunix_socket_directories = '{self.folder}'\n"
        with (self.data / "postgresql.conf").open("a", encoding="utf-8") as conf:
            conf.write(settings)
        (self.data / "pg_hba.conf").write_text(HBA, encoding="utf-8")

    def _pg_ctl(self, *arguments: str) -> list[str]:
        log = str(self.folder / "server.log")
        return [str(self.binaries / "pg_ctl"), "--pgdata", str(self.data), "-l", log, *arguments]

    def _run_as_service_user(self, command: Sequence[str], *, check: bool = True) -> None:
        if _root():
            _service_user()
            command = ["runuser", "-u", SERVICE_USER, "--", *command]
        done = subprocess.run(command, capture_output=True, text=True, check=False)
        if check and done.returncode != 0:
            log = self.folder / "server.log"
            tail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
            raise PostgresUnavailableError(
                f"{' '.join(command)} failed ({done.returncode}):\n{done.stderr}\n{tail}"
            )

    def _create_roles(self) -> None:
        self.execute(sql.SQL("CREATE ROLE {} LOGIN CREATEDB").format(sql.Identifier(OWNER)))
        self.execute(sql.SQL("CREATE ROLE {} NOLOGIN").format(sql.Identifier(PASSWORD_GROUP)))

    # -- administration ------------------------------------------------------------------

    def execute(self, statement: sql.SQL | sql.Composed, database: str = "postgres") -> None:
        """Run one statement as the superuser, outside a transaction (CREATE DATABASE)."""
        with psycopg.connect(
            host="127.0.0.1", port=self.port, user=SUPERUSER, dbname=database, autocommit=True
        ) as connection:
            connection.execute(statement)

    def url(self, database: str, user: str = OWNER, password: str | None = None) -> URL:
        return URL.create(
            "postgresql+psycopg",
            username=user,
            password=password,
            host="127.0.0.1",
            port=self.port,
            database=database,
        )

    def new_name(self, prefix: str = "t") -> str:
        return f"{prefix}_{os.getpid()}_{next(self._names)}"

    def create_database(self, name: str, template: str | None = None) -> str:
        statement = sql.SQL("CREATE DATABASE {} OWNER {}").format(
            sql.Identifier(name), sql.Identifier(OWNER)
        )
        if template is not None:
            statement += sql.SQL(" TEMPLATE {} STRATEGY FILE_COPY").format(sql.Identifier(template))
        self.execute(statement)
        return name

    def wipe(self, database: str) -> None:
        """Delete every row and restart every id sequence, keeping the schema: as good as a
        fresh clone of the migrated template, in milliseconds instead of a file copy.
        Connections a test left open are closed first, so no lock can hold the wipe up."""
        with psycopg.connect(
            host="127.0.0.1", port=self.port, user=SUPERUSER, dbname=database, autocommit=True
        ) as connection:
            connection.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE datname = current_database() AND pid <> pg_backend_pid()"
            )
            tables = connection.execute(
                "SELECT tablename FROM pg_tables "
                "WHERE schemaname = 'public' AND tablename <> 'alembic_version'"
            ).fetchall()
            sequences = connection.execute(
                "SELECT sequencename FROM pg_sequences WHERE schemaname = 'public'"
            ).fetchall()
            # Replica mode skips the foreign-key triggers: every table is emptied anyway.
            statements: list[sql.Composable] = [sql.SQL("SET session_replication_role = replica")]
            statements += [sql.SQL("DELETE FROM {}").format(sql.Identifier(t)) for (t,) in tables]
            statements += [
                sql.SQL("ALTER SEQUENCE {} RESTART").format(sql.Identifier(s)) for (s,) in sequences
            ]
            statements.append(sql.SQL("RESET session_replication_role"))
            connection.execute(sql.SQL(";\n").join(statements))

    def drop_database(self, name: str) -> None:
        """Drop ``name``, closing whatever connections a test left open on it."""
        drop = sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)")
        self.execute(drop.format(sql.Identifier(name)))

    def create_password_role(self, name: str, password: str) -> None:
        """A role that can only log in over TCP with ``password``, owner of nothing."""
        self.execute(
            sql.SQL("CREATE ROLE {} LOGIN PASSWORD {} IN ROLE {}").format(
                sql.Identifier(name), sql.Literal(password), sql.Identifier(PASSWORD_GROUP)
            )
        )

    def grant_all(self, database: str, role: str) -> None:
        """Let ``role`` work in ``database`` like the team role that created it."""
        self.execute(sql.SQL("GRANT {} TO {}").format(sql.Identifier(OWNER), sql.Identifier(role)))
        self.execute(
            sql.SQL("GRANT ALL ON DATABASE {} TO {}").format(
                sql.Identifier(database), sql.Identifier(role)
            )
        )


def _root() -> bool:
    return os.geteuid() == 0


def _service_user() -> pwd.struct_passwd:
    try:
        return pwd.getpwnam(SERVICE_USER)
    except KeyError:
        raise PostgresUnavailableError(
            f"running as root, the server must run as the '{SERVICE_USER}' user, "
            f"which does not exist: {INSTALL_HINT}"
        ) from None
