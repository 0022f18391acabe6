"""A damaged workspace found at start: moved aside whole, and the newest good backup named.

Before a SQLite workspace is opened, SQLite's ``quick_check`` reads it through the same
engine the workspace uses (an encrypted file is read with its key, like any other read).
On a large file the check takes a while (about 0.9 s for 5,000 accounts, 111 MB), so above
``ALWAYS_CHECK_BELOW_BYTES`` it runs only when a cheap sign says it is worth it: the last
session did not end cleanly (a journal is left), the file is shorter or longer than its
pages, or a backup's check found damage (``app.storage.backup.check_mark``). A damaged
file is renamed to ``<name>.corrupt-<local time>`` with its ``-wal``/``-shm`` and never
overwritten or deleted; until the user restores a backup or starts empty, the workspace
is not silently created anew in its place.
"""

import os
from datetime import datetime
from itertools import count
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.pool import NullPool

from app.errors import CorruptDatabaseError, DatabaseError, KamDeskError
from app.storage.backup import backup_dir_for, check_mark, require_sqlite_file
from app.storage.cipher import copy_location
from app.storage.engine import create_db_engine
from app.storage.integrity import check_database
from app.storage.location import DatabaseLocation, location_for_path
from app.storage.schema import (
    SchemaState,
    UpgradeReport,
    inspect_database,
    prepare_database,
    translated_errors,
)
from app.storage.workspace_keys import key_of_backups

if TYPE_CHECKING:
    from app.interchange.backups import BackupInfo

ALWAYS_CHECK_BELOW_BYTES = 8 * 1024 * 1024  # quick_check reads about 120 MB a second
SET_ASIDE_INFIX = ".corrupt-"
COMPANIONS = ("-wal", "-shm", "-journal")
PROBLEMS_READ = 5


def describe_moment(moment: datetime) -> str:
    """``22 Nov 2026 18:00`` in local time, for the CLI's messages."""
    return moment.astimezone().strftime("%d %b %Y %H:%M")


class DamagedWorkspaceError(CorruptDatabaseError):
    """The workspace file is damaged and was moved aside; ``backup`` is the newest one that
    passes ``integrity_check`` (None: there is none). ``location`` is the workspace as it
    was opened (with its key, if encrypted), for restoring into it."""

    def __init__(
        self,
        database: Path,
        set_aside: Path,
        backup: "BackupInfo | None",
        detail: str,
        *,
        earlier: bool = False,
        location: DatabaseLocation | None = None,
    ) -> None:
        self.database = database
        self.location = location or location_for_path(database)
        self.set_aside = set_aside
        self.backup = backup
        self.detail = detail
        if earlier:
            said = f"{database} was damaged and moved aside to {set_aside} (nothing was deleted)"
        else:
            said = (
                f"{database} is damaged ({detail}); it was moved aside to {set_aside} "
                "(nothing was deleted)"
            )
        empty = "start an empty workspace with 'kamdesk-cli init --start-empty'"
        if backup is not None:
            offer = (
                f"The newest good backup is {backup.path} of {describe_moment(backup.taken_at)}:"
                f" restore it with 'kamdesk-cli restore --latest-good', or {empty}"
            )
        else:
            offer = f"No backup that passes the integrity check was found; {empty}"
        super().__init__(f"{said}. {offer}")


def set_aside_name(database: Path, now: datetime) -> Path:
    """A free ``<name>.corrupt-<stamp>`` beside ``database``: free for its companions too."""
    stamp = now.strftime("%Y%m%d-%H%M%S")
    for number in count():
        name = f"{database.name}{SET_ASIDE_INFIX}{stamp}{f'-{number}' if number else ''}"
        target = database.with_name(name)
        if not any(Path(f"{target}{suffix}").exists() for suffix in ("", *COMPANIONS)):
            return target
    raise AssertionError("unreachable")


def set_aside(database: Path, now: datetime | None = None) -> Path:
    """Rename ``database`` and its journals to a free ``.corrupt-`` name; return it.

    The journals go first: a stale ``-wal`` left beside a new file would be replayed into it.
    """
    target = set_aside_name(database, now or datetime.now().astimezone())
    try:
        for suffix in (*COMPANIONS, ""):
            source = Path(f"{database}{suffix}")
            if source.exists():
                os.rename(source, Path(f"{target}{suffix}"))
    except OSError as error:
        raise DatabaseError(
            f"{database} is damaged and could not be moved aside ({error.strerror}); "
            "nothing was changed. Move it away by hand, then restore a backup"
        ) from None
    check_mark(database).unlink(missing_ok=True)
    return target


def pending_damage(database: Path) -> Path | None:
    """The newest file ``database`` was moved aside to, while no new file took its place."""
    if database.exists():
        return None
    found = [
        path
        for path in database.parent.glob(f"{database.name}{SET_ASIDE_INFIX}*")
        if not path.name.endswith(COMPANIONS)
    ]
    return max(found, key=lambda path: path.name, default=None)


def newest_good_backup(database: Path, key: str | None = None) -> "BackupInfo | None":
    """The newest backup of ``database`` in its backups folder that this app can read and
    that passes ``integrity_check`` (damaged, foreign and newer ones are skipped); those of
    an encrypted workspace are read with its ``key``."""
    from app.interchange.backups import list_backups  # only once damage is found

    for info in list_backups(backup_dir_for(database)):
        if info.database != database.stem:
            continue
        try:
            report = check_database(copy_location(info.path, key))
        except KamDeskError:
            continue
        if report.ok and report.schema.state is not SchemaState.EMPTY:
            return info
    return None


def start_empty(database: Path) -> None:
    """After damage: an empty file where the workspace was, which the next open fills with
    the schema. The file moved aside and the backups stay as they are."""
    database.parent.mkdir(parents=True, exist_ok=True)
    with database.open("xb"):
        pass


def signs_of_trouble(database: Path) -> bool:
    """Whether ``database`` is worth a ``quick_check`` for what the folder shows: it is
    small (the check is quick), a backup found damage, or a journal is left over (the last
    session did not close it). Read before anything opens the file."""
    if database.stat().st_size < ALWAYS_CHECK_BELOW_BYTES or check_mark(database).exists():
        return True
    return any(Path(f"{database}{suffix}").exists() for suffix in ("-wal", "-journal"))


def _problems(location: DatabaseLocation, database: Path, signs: bool) -> list[str]:
    """SQLite's complaints about the file; empty when it passes, or when there were no
    ``signs`` and its pages add up to its size (a truncated file does not)."""
    engine = create_db_engine(location, poolclass=NullPool)
    try:
        with translated_errors(location), engine.connect() as connection:
            if not signs:
                pages = connection.exec_driver_sql("PRAGMA page_count").scalar_one()
                page_size = connection.exec_driver_sql("PRAGMA page_size").scalar_one()
                if int(pages) * int(page_size) == database.stat().st_size:
                    return []
            rows = connection.exec_driver_sql(f"PRAGMA quick_check({PROBLEMS_READ})").fetchall()
    finally:
        engine.dispose()
    # SQLite heads its list with "*** in database main ***", which reads like a mask.
    found = (str(row[0]).replace("*** in database main ***", "").strip() for row in rows)
    return [problem for problem in found if problem and problem != "ok"]


def screen_for_damage(location: DatabaseLocation) -> None:
    """Raise ``DamagedWorkspaceError`` when the SQLite workspace at ``location`` is damaged
    (after moving it aside) or was moved aside earlier and nothing took its place.

    Foreign, newer and non-SQLite files raise their own errors untouched, as when opening.
    """
    database = location.path
    if database is None:
        return
    earlier = pending_damage(database)
    if earlier is not None:
        raise DamagedWorkspaceError(
            database,
            earlier,
            newest_good_backup(database, key_of_backups(database, location.key)),
            "",
            earlier=True,
            location=location,
        )
    if not database.exists():
        return
    require_sqlite_file(database, location.key)
    signs = signs_of_trouble(database)
    try:
        if inspect_database(location).state is SchemaState.EMPTY:
            return
        problems = _problems(location, database, signs)
    except CorruptDatabaseError:
        problems = ["SQLite reports that the database disk image is malformed"]
    if problems:
        moved = set_aside(database)
        best = newest_good_backup(database, location.key)
        raise DamagedWorkspaceError(database, moved, best, "; ".join(problems), location=location)
    check_mark(database).unlink(missing_ok=True)


def prepare_checked_database(location: DatabaseLocation) -> UpgradeReport:
    """``prepare_database`` after ``screen_for_damage``: what opening a workspace runs."""
    screen_for_damage(location)
    return prepare_database(location)
