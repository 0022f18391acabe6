"""Automatic backups beside the database, at most one a day, thinned out by rotation.

Backups are SQLite copies made with the online backup API (``app.storage.backup``),
named ``<database>-<YYYYmmdd-HHMMSS-ffffff UTC>-<reason>.db`` in ``backups/`` beside
the database. Automatic ones carry the reason ``auto-<why>`` (``auto-daily``,
``auto-before-import``). Rotation only ever deletes automatic backups; manual ones,
the safety copies taken before an upgrade or a restore, and every file that does not
carry such a name are left alone.

Rotation rule, for the automatic backups of one database, with calendar days in the
time zone of ``now``. A backup is kept when any of these holds:

1. it is less than 24 hours old (or dated after ``now``);
2. it is the newest backup of one of the 7 most recent days that have a backup;
3. it is the newest backup of one of the 4 most recent ISO weeks that have a backup;
4. it is the newest backup of one of the 12 most recent months that have a backup.

Every other automatic backup is deleted. Days without a backup (a laptop left shut
for a fortnight) do not use up places: the rule counts days, weeks and months that
have backups.
"""

import re
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from app.storage.backup import back_up, backup_dir_for, backup_file_name
from app.storage.location import DatabaseLocation

AUTOMATIC_PREFIX = "auto-"
KEEP_DAILY = 7
KEEP_WEEKLY = 4
KEEP_MONTHLY = 12
PROTECTED_AGE = timedelta(days=1)
BACKUP_NAME = re.compile(
    r"(?P<database>.+)-(?P<stamp>[0-9]{8}-[0-9]{6}-[0-9]{6})-(?P<reason>[a-z0-9][a-z0-9.-]*)\.db"
)
REASON = re.compile(r"[a-z0-9][a-z0-9-]*")


@dataclass(frozen=True, slots=True)
class BackupInfo:
    """One backup file, for the restore dialog (newest first from ``list_backups``)."""

    path: Path
    taken_at: datetime  # aware UTC, from the file name
    size: int  # bytes
    reason: str  # "auto-daily", "manual", "before-restore", "before-upgrade-0001", ...
    database: str  # the name (stem) of the database it copies

    @property
    def automatic(self) -> bool:
        return self.reason.startswith(AUTOMATIC_PREFIX)


def _aware(now: datetime) -> datetime:
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError("now must be an aware datetime")
    return now


def parse_backup_name(path: Path) -> tuple[str, datetime, str] | None:
    """(database, moment taken, reason) for a backup's file name; None for other files."""
    found = BACKUP_NAME.fullmatch(path.name)
    if found is None:
        return None
    try:
        taken = datetime.strptime(found["stamp"], "%Y%m%d-%H%M%S-%f").replace(tzinfo=UTC)
    except ValueError:
        return None
    return found["database"], taken, found["reason"]


def list_backups(folder: Path) -> list[BackupInfo]:
    """Every backup in ``folder`` (ours by name), newest first; other files are ignored."""
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        parsed = parse_backup_name(path)
        if parsed is None or not path.is_file():
            continue
        database, taken, reason = parsed
        found.append(BackupInfo(path, taken, path.stat().st_size, reason, database))
    found.sort(key=lambda info: (info.taken_at, info.path.name), reverse=True)
    return found


def automatic_backup(
    db_path: Path,
    now: datetime,
    reason: str = "daily",
    *,
    force: bool = False,
    key: str | None = None,
) -> Path | None:
    """Back ``db_path`` up into its ``backups/`` folder and rotate; return the new file.
    An encrypted database (``key``) gets a backup encrypted with the same key.

    Without ``force`` nothing is taken (None is returned) when an automatic backup
    of this database was already taken on ``now``'s calendar day; ``force`` takes
    one anyway (before an import, so the import can be undone exactly). Raises the
    errors of ``app.storage.backup.back_up`` (a missing or foreign file).
    """
    now = _aware(now)
    if not REASON.fullmatch(reason):
        raise ValueError(f"reason must be lower-case letters, digits and '-', not {reason!r}")
    folder = backup_dir_for(db_path)
    if not force:
        today = now.date()
        for info in list_backups(folder):
            if (
                info.automatic
                and info.database == db_path.stem
                and info.taken_at.astimezone(now.tzinfo).date() == today
            ):
                return None
    name = backup_file_name(db_path, AUTOMATIC_PREFIX + reason, now.astimezone(UTC))
    written = back_up(db_path, AUTOMATIC_PREFIX + reason, folder / name, key=key)
    rotate_backups(folder, now)
    return written


def backups_to_keep(backups: Iterable[BackupInfo], now: datetime) -> set[Path]:
    """The paths the rotation rule keeps among ``backups`` (all of one database)."""
    now = _aware(now)
    zone = now.tzinfo
    assert zone is not None
    newest_first = sorted(backups, key=lambda info: info.taken_at, reverse=True)
    kept = {info.path for info in newest_first if now - info.taken_at < PROTECTED_AGE}

    def local(info: BackupInfo) -> datetime:
        return info.taken_at.astimezone(zone)

    periods: tuple[tuple[int, Callable[[BackupInfo], Hashable]], ...] = (
        (KEEP_DAILY, lambda info: local(info).date()),
        (KEEP_WEEKLY, lambda info: local(info).isocalendar()[:2]),
        (KEEP_MONTHLY, lambda info: (local(info).year, local(info).month)),
    )
    for places, period_of in periods:
        seen: set[Hashable] = set()
        for info in newest_first:  # the first of a period met is its newest backup
            period = period_of(info)
            if period in seen:
                continue
            if len(seen) == places:
                break
            seen.add(period)
            kept.add(info.path)
    return kept


def rotate_backups(folder: Path, now: datetime) -> list[Path]:
    """Delete the automatic backups in ``folder`` the rotation rule does not keep.

    Each database's backups rotate on their own. Returns the deleted paths.
    """
    by_database: dict[str, list[BackupInfo]] = {}
    for info in list_backups(folder):
        if info.automatic:
            by_database.setdefault(info.database, []).append(info)
    deleted = []
    for backups in by_database.values():
        keep = backups_to_keep(backups, now)
        for info in backups:
            if info.path not in keep:
                info.path.unlink(missing_ok=True)
                deleted.append(info.path)
    return sorted(deleted)


def daily_backup(location: DatabaseLocation, now: datetime) -> Path | None:
    """The start-up backup of a SQLite workspace: at most one a day, rotated.

    Returns the new file, or None when today's exists or the database is a server
    (its backups are made with pg_dump on the server).
    """
    if location.path is None or not location.path.exists():
        return None
    return automatic_backup(location.path, now, "daily", key=location.key)
