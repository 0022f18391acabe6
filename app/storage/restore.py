"""Put a backup back in place of the live database, keeping a copy of what was there."""

from dataclasses import dataclass
from pathlib import Path

from app.errors import CorruptDatabaseError, InvalidValueError
from app.storage.backup import back_up, overwrite_database
from app.storage.integrity import check_database
from app.storage.location import DatabaseLocation, location_for_path


@dataclass(frozen=True)
class RestoreReport:
    restored_from: Path
    previous_saved_to: Path | None  # None when there was no database before


def restore_backup(target: DatabaseLocation, source: Path) -> RestoreReport:
    """Replace the SQLite database at ``target`` with the backup ``source``.

    The backup is verified first (a KAM Desk database this app can read, passing
    ``integrity_check``); a foreign, corrupt or newer file raises and the
    current database is left untouched. The current database is backed up first.
    """
    path = target.path
    if path is None:
        raise InvalidValueError("--db", "restore works on a SQLite file, not a server database")
    source = source.expanduser().absolute()
    if source == path:
        raise InvalidValueError("FILE", f"{source} is the open database itself")
    report = check_database(location_for_path(source))
    if not report.ok:
        reason = "; ".join(report.problems) or f"{report.broken_references} broken references"
        raise CorruptDatabaseError(
            f"{source} fails the integrity check ({reason}); nothing was restored"
        )
    previous = back_up(path, reason="before-restore") if path.exists() else None
    overwrite_database(source, path)
    return RestoreReport(source, previous)
