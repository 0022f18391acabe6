"""A damaged workspace at start: found, moved aside byte for byte, the newest good backup
named (a damaged newer one skipped), and restored or replaced by an empty one on request."""

import shutil
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from app.bootstrap import open_workspace
from app.cli import main
from app.demo import generate_demo
from app.errors import CorruptDatabaseError
from app.storage import damage
from app.storage.backup import back_up, backup_dir_for, backup_file_name, check_mark
from app.storage.damage import DamagedWorkspaceError, pending_damage
from tests.helpers.damaged_files import set_aside_files, truncate_to_half, zero_accounts_page

TODAY = date(2026, 11, 23)
GOOD_AT = datetime(2026, 11, 22, 17, 0, tzinfo=UTC)
DAMAGED_AT = datetime(2026, 11, 23, 7, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    path = tmp_path_factory.mktemp("damage") / "template.db"
    workspace = open_workspace(path)
    with workspace.transaction() as session:
        generate_demo(session, today=TODAY)
    workspace.close()
    yield path


@pytest.fixture
def workspace_with_backups(demo_file: Path, tmp_path: Path) -> tuple[Path, Path, Path]:
    """The live file, a good backup of 22 Nov 17:00 and a damaged one of 23 Nov 07:00."""
    database = tmp_path / "kamdesk.db"
    shutil.copyfile(demo_file, database)
    folder = backup_dir_for(database)
    good = back_up(
        database, "auto-daily", folder / backup_file_name(database, "auto-daily", GOOD_AT)
    )
    newer = folder / backup_file_name(database, "auto-daily", DAMAGED_AT)
    shutil.copyfile(good, newer)
    zero_accounts_page(newer)
    return database, good, newer


@pytest.mark.parametrize("spoil", [zero_accounts_page, truncate_to_half])
def test_damage_is_found_and_the_file_moved_aside_byte_identical(
    workspace_with_backups: tuple[Path, Path, Path], spoil: object
) -> None:
    database, good, newer = workspace_with_backups
    assert callable(spoil)
    spoil(database)
    damaged = database.read_bytes()
    newer_bytes = newer.read_bytes()

    with pytest.raises(DamagedWorkspaceError) as found:
        open_workspace(database)

    assert not database.exists()
    [moved] = set_aside_files(database)
    assert moved.read_bytes() == damaged
    assert found.value.set_aside == moved
    assert found.value.backup is not None and found.value.backup.path == good  # newer skipped
    assert newer.read_bytes() == newer_bytes
    message = str(found.value)
    assert str(moved) in message and str(good) in message
    assert "kamdesk-cli restore --latest-good" in message


def test_the_cli_names_the_damage_then_restores_the_newest_good_backup(
    workspace_with_backups: tuple[Path, Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    database, good, _ = workspace_with_backups
    zero_accounts_page(database)

    assert main(["--db", str(database), "accounts"]) == 1
    err = capsys.readouterr().err
    [moved] = set_aside_files(database)
    assert err.count("\n") == 1 and err.startswith("kamdesk-cli: error: ")
    assert f"{database} is damaged" in err and str(moved) in err and str(good) in err

    # Until the user decides, the workspace is not silently made anew.
    assert main(["--db", str(database), "accounts"]) == 1
    assert "moved aside to" in capsys.readouterr().err
    assert not database.exists()

    assert main(["--db", str(database), "restore", "--latest-good"]) == 0
    assert f"Restored from {good}" in capsys.readouterr().out
    assert main(["--db", str(database), "accounts", "--json"]) == 0
    assert capsys.readouterr().out.count('"customer_number"') == 12
    assert set_aside_files(database) == [moved]  # never deleted


def test_start_empty_keeps_the_damaged_file(
    workspace_with_backups: tuple[Path, Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    database, _, _ = workspace_with_backups
    truncate_to_half(database)
    damaged = database.read_bytes()
    assert main(["--db", str(database), "check"]) == 1  # a check only reports
    assert database.read_bytes() == damaged
    assert main(["--db", str(database), "accounts"]) == 1
    [moved] = set_aside_files(database)
    assert pending_damage(database) == moved

    assert main(["--db", str(database), "init", "--start-empty"]) == 0
    assert main(["--db", str(database), "accounts", "--json"]) == 0
    assert '"customer_number"' not in capsys.readouterr().out
    assert moved.read_bytes() == damaged
    assert pending_damage(database) is None


def test_without_a_good_backup_the_message_says_so(demo_file: Path, tmp_path: Path) -> None:
    database = tmp_path / "kamdesk.db"
    shutil.copyfile(demo_file, database)
    zero_accounts_page(database)
    with pytest.raises(DamagedWorkspaceError, match="No backup that passes") as found:
        open_workspace(database)
    assert found.value.backup is None


def test_a_large_file_is_checked_only_on_a_sign_of_trouble(
    demo_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(damage, "ALWAYS_CHECK_BELOW_BYTES", 0)  # every file counts as large
    database = tmp_path / "kamdesk.db"
    shutil.copyfile(demo_file, database)
    zero_accounts_page(database)
    open_workspace(database).close()  # no sign: opened as it is, damage and all

    # A backup copies the damage, finds it, writes nothing, and asks for a check.
    with pytest.raises(CorruptDatabaseError, match="looks damaged"):
        back_up(database, "manual")
    assert list(backup_dir_for(database).iterdir()) == []
    assert check_mark(database).exists()
    with pytest.raises(DamagedWorkspaceError):
        open_workspace(database)
    assert not check_mark(database).exists()


def test_a_journal_left_by_a_crash_is_a_sign_of_trouble(
    demo_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(damage, "ALWAYS_CHECK_BELOW_BYTES", 0)
    database = tmp_path / "kamdesk.db"
    shutil.copyfile(demo_file, database)
    zero_accounts_page(database)
    damaged = database.read_bytes()
    database.with_name(database.name + "-wal").write_bytes(b"")  # as a crash leaves it
    with pytest.raises(DamagedWorkspaceError):
        open_workspace(database)
    [moved] = set_aside_files(database)
    assert moved.read_bytes() == damaged


def test_a_truncated_large_file_gives_itself_away(
    demo_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(damage, "ALWAYS_CHECK_BELOW_BYTES", 0)
    database = tmp_path / "kamdesk.db"
    shutil.copyfile(demo_file, database)
    truncate_to_half(database)  # its pages no longer add up to its size
    with pytest.raises(DamagedWorkspaceError):
        open_workspace(database)
