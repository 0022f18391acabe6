"""The team server: why it cannot be reached or logged into, in words a seller can act on,
and a ``pg_dump`` of its database before the schema is upgraded."""

import os
import shutil
import subprocess
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from app.errors import DatabaseError
from app.storage.backup import BACKUP_DIR_NAME
from app.storage.engine import SERVER_CONNECT_TIMEOUT_S
from app.storage.location import DatabaseLocation, data_dir
from app.storage.redaction import REDACTOR

# Seconds an upgrade waits for colleagues' open transactions before giving up.
UPGRADE_LOCK_TIMEOUT_S = 30
# pg_advisory_xact_lock key held while one client upgrades the schema ("KAMDESK!").
UPGRADE_LOCK_KEY = 0x4B414D4445534B21
LOCK_NOT_AVAILABLE = "55P03"


class ServerUnreachableError(DatabaseError):
    """No connection to the team server: wrong address, server down, network gone."""


class ServerLoginError(DatabaseError):
    """The server answered but refused the login (password, user or database)."""


class PasswordRefusedError(ServerLoginError):
    """The server wants a password and got none, or a wrong one."""


def _reason(detail: str) -> str:
    """The driver's reason without its preamble: "Connection refused", not three lines."""
    first = detail.strip().splitlines()[0] if detail.strip() else "no answer"
    return first.rsplit(" failed: ", 1)[-1].removeprefix("FATAL:").strip()


def _secret_hint(location: DatabaseLocation, what: str) -> str:
    bare = location.with_password(None).describe()
    return f"store {what} with 'kamdesk-cli secret set --db {bare}'"


def connection_problem(location: DatabaseLocation, detail: str) -> DatabaseError:
    """The error to show when connecting to ``location`` failed with the driver's
    ``detail``. The message never holds a password."""
    reason = REDACTOR.redact(_reason(detail))
    lowered = reason.lower()
    address = location.server_address
    user = location.url.username or "your login name"
    database = location.url.database or ""
    if "no password supplied" in lowered:
        return PasswordRefusedError(
            f"the team server at {address} needs the password of {user}: "
            f"{_secret_hint(location, 'it')}"
        )
    if "password authentication failed" in lowered:
        return PasswordRefusedError(
            f"the team server at {address} refused the password of {user}: "
            f"{_secret_hint(location, 'the right one')}"
        )
    if "database" in lowered and "does not exist" in lowered:
        return ServerLoginError(
            f"the team server at {address} has no database {database!r}: check --db, or ask "
            "whoever runs the server to create it"
        )
    if "role" in lowered and "does not exist" in lowered:
        return ServerLoginError(f"the team server at {address} has no user {user!r}: check --db")
    if "pg_hba.conf" in lowered:
        return ServerLoginError(
            f"the team server at {address} does not let {user} connect from this computer "
            f"({reason}); ask whoever runs the server"
        )
    return ServerUnreachableError(f"cannot reach the team server at {address}: {reason}")


def dump_before_upgrade(
    location: DatabaseLocation, revision: str | None
) -> tuple[Path | None, str]:
    """Back the server's database up with ``pg_dump`` into the data folder's ``backups/``.

    Returns the file written (None if none) and, when there is none, advice on how to
    make a backup by hand. The password reaches pg_dump through its environment, never
    its command line.
    """
    url = location.url
    by_hand = (
        "back it up by hand with: pg_dump --format=custom --file=kamdesk-backup.dump "
        f"--host={url.host or 'localhost'} --port={url.port or 5432} "
        f"--username={url.username or '$USER'} {url.database or ''}"
    )
    pg_dump = shutil.which("pg_dump")
    if pg_dump is None:
        return None, f"pg_dump was not found, so no backup was made before the upgrade; {by_hand}"
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S-%f")
    host = (url.host or "localhost").replace("/", "_")
    name = f"{url.database}-{host}-{url.port or 5432}-{stamp}-before-upgrade-{revision}.dump"
    target = data_dir() / BACKUP_DIR_NAME / name
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, partial_name = tempfile.mkstemp(prefix=f".{name}.", dir=target.parent)
    os.close(handle)
    partial = Path(partial_name)
    done = subprocess.run(
        [pg_dump, "--format=custom", "--no-password", f"--file={partial}"],
        env=_libpq_environment(location),
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        partial.unlink(missing_ok=True)
        why = REDACTOR.redact(_reason(done.stderr or f"exit code {done.returncode}"))
        return None, f"pg_dump failed ({why}), so no backup was made before the upgrade; {by_hand}"
    partial.replace(target)
    return target, ""


def _libpq_environment(location: DatabaseLocation) -> dict[str, str]:
    url = location.url
    settings = {
        "PGHOST": url.host or _query(location, "host"),
        "PGPORT": str(url.port) if url.port else _query(location, "port"),
        "PGUSER": url.username,
        "PGDATABASE": url.database,
        "PGPASSWORD": url.password,
        "PGCONNECT_TIMEOUT": str(SERVER_CONNECT_TIMEOUT_S),
    }
    environment = dict(os.environ)
    environment.update({key: str(value) for key, value in settings.items() if value})
    return environment


def _query(location: DatabaseLocation, key: str) -> str | None:
    value = location.url.query.get(key)
    return value if isinstance(value, str) else None
