"""Why a write failed, said once for every writer: the operating system's and SQLite's
errors mapped to clear words, the previous file kept, no temporary file left."""

import errno
import os
import sqlite3
import stat
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, event

import app.storage.files
from app.bootstrap import open_workspace
from app.cli import main
from app.model import Account
from app.storage.files import WriteFailedError, write_atomically
from app.storage.write_errors import (
    BACKING_UP,
    DatabaseWriteError,
    WriteProblem,
    database_write_failure,
    sqlite_problem,
)

PREVIOUS = b"previous brief"


@pytest.mark.parametrize(
    ("number", "words"),
    [
        (errno.ENOSPC, "Disk full"),
        (errno.EDQUOT, "Disk quota exceeded"),
        (errno.EFBIG, "File size limit reached"),
        (errno.EIO, "Disk error (input/output)"),
        (errno.EROFS, "Read-only disk"),
        (errno.EACCES, "Permission denied"),
    ],
)
def test_each_system_error_gets_its_clear_words(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, number: int, words: str
) -> None:
    target = tmp_path / "Brief.pdf"
    target.write_bytes(PREVIOUS)

    def refuse(*_args: object) -> None:
        raise OSError(number, os.strerror(number))

    monkeypatch.setattr(app.storage.files.os, "replace", refuse)
    with pytest.raises(WriteFailedError) as failed:
        write_atomically(target, b"new brief", "brief 10-4711")

    assert str(failed.value) == (
        f"{words} while saving brief 10-4711 to {target} — nothing was overwritten"
    )
    assert failed.value.problem is not WriteProblem.OTHER
    assert target.read_bytes() == PREVIOUS
    assert [p.name for p in tmp_path.iterdir()] == ["Brief.pdf"]


def test_a_replaced_file_keeps_its_permissions(tmp_path: Path) -> None:
    target = tmp_path / "accounts.csv"
    target.write_bytes(PREVIOUS)
    target.chmod(0o640)
    write_atomically(target, b"new", "CSV file")
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert target.read_bytes() == b"new"


def test_sqlite_full_and_io_errors_are_recognised(tmp_path: Path) -> None:
    with closing(sqlite3.connect(tmp_path / "tiny.db")) as raw:
        raw.execute("CREATE TABLE t (x TEXT)")
        raw.execute("PRAGMA max_page_count = 2")
        with pytest.raises(sqlite3.OperationalError) as full:
            raw.execute("INSERT INTO t VALUES (?)", ("x" * 100_000,))
    assert sqlite_problem(full.value) is WriteProblem.DISK_FULL
    assert sqlite_problem(sqlite3.OperationalError("disk I/O error")) is WriteProblem.WRITE_REFUSED
    assert sqlite_problem(sqlite3.IntegrityError("UNIQUE constraint failed")) is None
    assert sqlite_problem(ValueError("database or disk is full")) is None


def test_a_full_server_disk_is_recognised() -> None:
    class ServerSaid(Exception):
        sqlstate = "53100"

    failure = database_write_failure(ServerSaid("could not extend file"), "kamdesk@db")
    assert isinstance(failure, DatabaseWriteError)
    assert str(failure).startswith("Disk full while saving to the database kamdesk@db")


@pytest.fixture
def no_room_to_grow() -> Iterator[None]:
    """Every new SQLite connection may not make its file any larger: SQLITE_FULL."""

    def limit(dbapi_connection: Any, _record: Any) -> None:
        pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")

    event.listen(Engine, "connect", limit)
    yield
    event.remove(Engine, "connect", limit)


def add_accounts(workspace: Any) -> None:
    with workspace.transaction() as session:
        for number in range(200):
            session.add(Account(name="Kunde " + "x" * 300, customer_number=f"F-{number}"))


def test_a_full_database_is_said_plainly_and_rolled_back(
    db_path: Path, no_room_to_grow: None
) -> None:
    workspace = open_workspace(db_path)
    try:
        with pytest.raises(DatabaseWriteError) as refused:
            add_accounts(workspace)
        with workspace.session() as session:
            assert session.query(Account).count() == 0
    finally:
        workspace.close()
    assert str(refused.value) == (
        f"Disk full while saving to the database {db_path} — the change was not saved; "
        "everything saved before is kept"
    )


def test_the_cli_says_a_full_database_in_one_line(
    db_path: Path, capsys: pytest.CaptureFixture[str], no_room_to_grow: None
) -> None:
    open_workspace(db_path).close()  # the schema, before the disk fills up

    assert main(["--db", str(db_path), "demo", "--today", "2026-11-23"]) == 1

    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert err.startswith(f"kamdesk-cli: error: Disk full while saving to the database {db_path}")


def test_opening_a_workspace_on_a_full_disk_says_so(db_path: Path) -> None:
    def one_page(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.execute("PRAGMA max_page_count = 1")

    event.listen(Engine, "connect", one_page)
    try:
        with pytest.raises(DatabaseWriteError) as refused:
            open_workspace(db_path)  # creating the schema needs more than a page
    finally:
        event.remove(Engine, "connect", one_page)
    assert str(refused.value) == (
        f"Disk full while opening the database {db_path} — nothing in it was changed"
    )


def test_a_backup_on_a_full_disk_says_the_workspace_is_untouched() -> None:
    failure = database_write_failure(
        sqlite3.OperationalError("database or disk is full"),
        "/data/backups/kamdesk-1.db",
        doing=BACKING_UP,
    )
    assert str(failure) == (
        "Disk full while writing the backup /data/backups/kamdesk-1.db — the workspace "
        "itself is untouched"
    )
