from datetime import UTC, datetime, timedelta
from pathlib import Path

from app.bootstrap import open_workspace
from app.interchange.backups import daily_backup, list_backups
from app.storage.backup import backup_dir_for
from app.storage.location import location_for_path, resolve_location

NOON = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)


def test_one_backup_a_day(tmp_path: Path) -> None:
    path = tmp_path / "kamdesk.db"
    open_workspace(path).close()
    location = location_for_path(path)
    first = daily_backup(location, NOON)
    assert first is not None and first.exists()
    assert daily_backup(location, NOON + timedelta(hours=5)) is None
    assert daily_backup(location, NOON + timedelta(days=1)) is not None
    assert len(list_backups(backup_dir_for(path))) == 2


def test_nothing_for_a_missing_file_or_a_server(tmp_path: Path) -> None:
    assert daily_backup(location_for_path(tmp_path / "none.db"), NOON) is None
    assert not (tmp_path / "backups").exists()
    assert daily_backup(resolve_location("postgresql://u@127.0.0.1:1/db"), NOON) is None
