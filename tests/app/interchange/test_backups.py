"""Automatic backups: at most one a day, and a rotation that keeps exactly its promise."""

import sqlite3
from contextlib import closing
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from app.errors import NotFoundError
from app.interchange.backups import (
    BackupInfo,
    automatic_backup,
    backups_to_keep,
    list_backups,
    rotate_backups,
)
from app.storage.backup import back_up, backup_file_name


@pytest.fixture
def database(tmp_path: Path) -> Path:
    """A tiny SQLite file: backups copy it page by page, so it must be a real one."""
    path = tmp_path / "kamdesk.db"
    with closing(sqlite3.connect(path)) as raw:
        raw.execute("CREATE TABLE t (x)")
        raw.execute("INSERT INTO t VALUES (1)")
        raw.commit()
    return path


def taken_days(folder: Path, database: str = "kamdesk") -> list[date]:
    """Days of the automatic backups of ``database`` in ``folder``."""
    return sorted(
        info.taken_at.date()
        for info in list_backups(folder)
        if info.automatic and info.database == database
    )


def days(*spans: tuple[date, date]) -> list[date]:
    found = []
    for first, last in spans:
        day = first
        while day <= last:
            found.append(day)
            day += timedelta(days=1)
    return found


def test_a_simulated_year_of_daily_backups_keeps_exactly_the_rule(database: Path) -> None:
    folder = database.parent / "backups"
    moment = datetime(2026, 1, 1, 2, 0, tzinfo=UTC)
    while moment.year == 2026:
        assert automatic_backup(database, moment, "daily") is not None
        moment += timedelta(days=1)
    expected = [
        date(2026, 1, 31), date(2026, 2, 28), date(2026, 3, 31), date(2026, 4, 30),
        date(2026, 5, 31), date(2026, 6, 30), date(2026, 7, 31), date(2026, 8, 31),
        date(2026, 9, 30), date(2026, 10, 31), date(2026, 11, 30),
        date(2026, 12, 13), date(2026, 12, 20),  # Sundays closing ISO weeks 50 and 51
        *days((date(2026, 12, 25), date(2026, 12, 31))),  # the last 7 days (Dec 27: week 52)
    ]  # fmt: skip
    assert taken_days(folder) == expected
    assert len(expected) == 20


def test_rotation_once_at_the_end_keeps_what_daily_rotation_keeps(tmp_path: Path) -> None:
    moments = [datetime(2025, 3, 1, 23, 30, tzinfo=UTC) + timedelta(days=n) for n in range(400)]
    infos = [
        BackupInfo(
            tmp_path / f"kamdesk-{m:%Y%m%d-%H%M%S}-000000-auto-daily.db",
            m,
            1,
            "auto-daily",
            "kamdesk",
        )
        for m in moments
    ]
    kept_at_end = backups_to_keep(infos, moments[-1])
    survivors: list[BackupInfo] = []
    for info in infos:
        survivors.append(info)
        keep = backups_to_keep(survivors, info.taken_at)
        survivors = [item for item in survivors if item.path in keep]
    assert {item.path for item in survivors} == kept_at_end
    assert 7 + 11 <= len(kept_at_end) <= 7 + 4 + 12


def test_backups_younger_than_a_day_are_never_deleted(tmp_path: Path) -> None:
    now = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
    recent = [now - timedelta(hours=hours) for hours in (0, 1, 5, 11, 23)]
    infos = [
        BackupInfo(tmp_path / f"b{index}.db", moment, 1, "auto-before-import", "kamdesk")
        for index, moment in enumerate(recent)
    ]
    assert backups_to_keep(infos, now) == {info.path for info in infos}
    # Older than a day, the rule decides: the newest of 21 November stays, the other goes.
    newest = BackupInfo(tmp_path / "n.db", now - timedelta(hours=49), 1, "auto-daily", "kamdesk")
    earlier = BackupInfo(tmp_path / "e.db", now - timedelta(hours=50), 1, "auto-daily", "kamdesk")
    assert backups_to_keep([*infos, newest, earlier], now) == {
        *(info.path for info in infos),
        newest.path,
    }


def test_at_most_one_automatic_backup_a_day_unless_forced(database: Path) -> None:
    morning = datetime(2026, 11, 23, 7, 0, tzinfo=UTC)
    first = automatic_backup(database, morning, "daily")
    assert first is not None and first.parent == database.parent / "backups"
    assert first.name == "kamdesk-20261123-070000-000000-auto-daily.db"
    with closing(sqlite3.connect(first)) as raw:
        assert raw.execute("SELECT x FROM t").fetchall() == [(1,)]
    assert automatic_backup(database, morning + timedelta(hours=9), "daily") is None
    forced = automatic_backup(database, morning + timedelta(hours=10), "before-import", force=True)
    assert forced is not None and forced.name.endswith("-auto-before-import.db")
    assert automatic_backup(database, morning + timedelta(days=1), "daily") is not None
    # A day later the morning backup is no longer the newest of its day: rotated away.
    assert not first.exists() and forced.exists()


def test_the_day_is_the_day_where_the_user_is(database: Path) -> None:
    berlin = ZoneInfo("Europe/Berlin")
    late = datetime(2026, 11, 23, 23, 30, tzinfo=berlin)  # 22:30 UTC
    assert automatic_backup(database, late, "daily") is not None
    after_midnight = datetime(2026, 11, 24, 0, 30, tzinfo=berlin)  # still the 23rd in UTC
    assert automatic_backup(database, after_midnight, "daily") is not None


def test_other_files_and_manual_backups_are_never_touched(database: Path) -> None:
    folder = database.parent / "backups"
    folder.mkdir()
    strangers = [
        folder / name
        for name in (
            "notes.txt",
            "kamdesk.db",
            "kamdesk-old.db",
            "kamdesk-20200101-000000-000000-AUTO-x.db",
        )
    ]
    for stranger in strangers:
        stranger.write_text("not ours")
    old = datetime(2020, 1, 1, tzinfo=UTC)
    manual = back_up(database, "manual", folder / backup_file_name(database, "manual", old))
    upgrade = back_up(
        database,
        "before-upgrade-0001",
        folder / backup_file_name(database, "before-upgrade-0001", old),
    )
    other_db = folder / "other-20200101-000000-000000-auto-daily.db"
    other_db.write_bytes(b"")
    for offset in range(40):
        automatic_backup(database, old + timedelta(days=offset), "daily")
    rotate_backups(folder, datetime(2026, 11, 23, tzinfo=UTC))
    for kept in (*strangers, manual, upgrade, other_db):
        assert kept.exists(), kept
    reasons = {info.reason for info in list_backups(folder)}
    assert reasons == {"manual", "before-upgrade-0001", "auto-daily"}
    assert taken_days(folder) == [
        date(2020, 1, 19), date(2020, 1, 26),  # the newest of ISO weeks 3 and 4
        date(2020, 1, 31),  # the newest of January
        date(2020, 2, 2),  # week 5; week 6 and February are among the last 7 days
        *days((date(2020, 2, 3), date(2020, 2, 9))),
    ]  # fmt: skip
    listed = [info.taken_at for info in list_backups(folder)]
    assert listed == sorted(listed, reverse=True)


def test_listing_for_the_restore_dialog(database: Path) -> None:
    moment = datetime(2026, 11, 23, 8, 15, 30, 250000, tzinfo=UTC)
    written = automatic_backup(database, moment, "daily")
    assert written is not None
    (info,) = list_backups(written.parent)
    assert info == BackupInfo(written, moment, written.stat().st_size, "auto-daily", "kamdesk")
    assert info.automatic and info.size > 0
    assert list_backups(database.parent / "nowhere") == []


def test_bad_input_is_refused(database: Path) -> None:
    with pytest.raises(ValueError, match="aware"):
        automatic_backup(database, datetime(2026, 11, 23), "daily")  # noqa: DTZ001
    with pytest.raises(ValueError, match="reason"):
        automatic_backup(database, datetime(2026, 11, 23, tzinfo=UTC), "Before Import")
    with pytest.raises(NotFoundError):
        automatic_backup(database.with_name("missing.db"), datetime.now(UTC), "daily")
