"""Put a backup back in place of the live database, keeping a copy of what was there."""

from dataclasses import dataclass
from pathlib import Path

from app.errors import CorruptDatabaseError, InvalidValueError, NotFoundError
from app.storage.backup import back_up
from app.storage.cipher import copy_location
from app.storage.conversion import restore_into
from app.storage.damage import newest_good_backup, set_aside
from app.storage.integrity import check_database
from app.storage.location import DatabaseLocation
from app.storage.workspace_keys import key_of_backups


@dataclass(frozen=True)
class RestoreReport:
    restored_from: Path
    previous_saved_to: Path | None  # None when there was no database before


def _sqlite_path(target: DatabaseLocation) -> Path:
    path = target.path
    if path is None:
        raise InvalidValueError("--db", "restore works on a SQLite file, not a server database")
    return path


def _keep_previous(path: Path, key: str | None = None) -> Path | None:
    """Back the current database up; a damaged one, which cannot be backed up, is moved
    aside instead (never deleted)."""
    if not path.exists():
        return None
    try:
        return back_up(path, reason="before-restore", key=key)
    except CorruptDatabaseError:
        return set_aside(path)


def restore_backup(target: DatabaseLocation, source: Path) -> RestoreReport:
    """Replace the SQLite database at ``target`` with the backup ``source``.

    The backup is verified first (a KAM Desk database this app can read, passing
    ``integrity_check``); a foreign, corrupt or newer file raises and the
    current database is left untouched. The current database is backed up first.
    """
    path = _sqlite_path(target)
    source = source.expanduser().absolute()
    if source == path:
        raise InvalidValueError("FILE", f"{source} is the open database itself")
    # A backup of an encrypted workspace opens with the workspace's key.
    key = key_of_backups(path, target.key)
    report = check_database(copy_location(source, key))
    if not report.ok:
        reason = "; ".join(report.problems) or f"{report.broken_references} broken references"
        raise CorruptDatabaseError(
            f"{source} fails the integrity check ({reason}); nothing was restored"
        )
    previous = _keep_previous(path, key)
    restore_into(source, path, key)
    return RestoreReport(source, previous)


def restore_latest_good(target: DatabaseLocation) -> RestoreReport:
    """Restore the newest backup of ``target`` that passes ``integrity_check`` (damaged,
    foreign and newer backups are skipped). Raises ``NotFoundError`` when there is none."""
    path = _sqlite_path(target)
    best = newest_good_backup(path, key_of_backups(path, target.key))
    if best is None:
        raise NotFoundError(f"no backup of {path} passes the integrity check; nothing was restored")
    return restore_backup(target, best.path)
