"""A full disk at any byte: every file the CLI writes keeps its previous version whole, no
temporary file is left, and the message names what was being saved.

Each writer runs at 20 cut-off points, from 0 bytes up to one byte short of what it writes,
over an existing previous file; then once with room enough, which replaces the file.
"""

import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from datetime import date
from pathlib import Path

import pytest

from app.bootstrap import open_workspace
from app.cli import main
from app.demo import generate_demo
from tests.helpers.full_disk import (
    add_accounts_under_limit,
    cli_under_limit,
    cut_off_points,
    run_in_child,
    run_in_children,
)

TODAY = date(2026, 11, 23)
PREVIOUS = b"the previous file, which must survive whole\n"
CLEAR_WORDS = ("File size limit reached", "Disk full or failing")

# name, the command (OUT: the file), the words naming what is saved, how a good file starts
WRITERS = [
    (
        "brief",
        ["brief", "10-4711", "--today", "2026-11-23", "--out", "OUT"],
        "brief 10-4711",
        b"%PDF",
    ),
    (
        "statement",
        ["statement", "10-4711", "--today", "2026-11-23", "--out", "OUT"],
        "statement 10-4711",
        b"%PDF",
    ),
    ("export-json", ["export-json", "OUT"], "workspace file", b"{"),
    ("export-csv", ["export-csv", "accounts", "OUT", "--lang", "de"], "accounts CSV file", b"\xef"),
    ("ical", ["ical", "OUT", "--today", "2026-11-23"], "calendar file", b"BEGIN:VCALENDAR"),
    ("backup", ["backup", "--to", "OUT"], "backup", b"SQLite format 3"),
]


@pytest.fixture(scope="module")
def demo_database(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    path = tmp_path_factory.mktemp("full-disk") / "kamdesk.db"
    workspace = open_workspace(path)
    with workspace.transaction() as session:
        generate_demo(session, today=TODAY)
    workspace.close()
    yield path


def with_out(argv: list[str], out: Path) -> list[str]:
    return [str(out) if part == "OUT" else part for part in argv]


@pytest.mark.parametrize(("name", "argv", "what", "start"), WRITERS, ids=[w[0] for w in WRITERS])
def test_a_full_disk_at_any_byte_keeps_the_previous_file(
    demo_database: Path, tmp_path: Path, name: str, argv: list[str], what: str, start: bytes
) -> None:
    sample = tmp_path / "sample" / f"{name}.out"
    assert main(["--db", str(demo_database), *with_out(argv, sample)]) == 0
    full_size = sample.stat().st_size
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / f"{name}.out"
    target.write_bytes(PREVIOUS)

    limits = cut_off_points(full_size)
    assert len(limits) == 20
    calls = [(limit, demo_database, with_out(argv, target)) for limit in limits]
    for limit, outcome in zip(limits, run_in_children(cli_under_limit, calls), strict=True):
        assert outcome.error == "", f"{limit} bytes: {outcome.error_type}: {outcome.error}"
        code, err = outcome.returned
        assert code == 1, f"{limit} bytes: {err}"
        assert target.read_bytes() == PREVIOUS, f"{limit} bytes"
        assert [p.name for p in folder.iterdir()] == [target.name], f"{limit} bytes"
        line = err.strip()
        assert "\n" not in line and "Traceback" not in line
        assert line.startswith("kamdesk-cli: error: ")
        assert any(words in line for words in CLEAR_WORDS), line
        assert f"while saving {what} to {target} — nothing was overwritten" in line

    outcome = run_in_child(
        cli_under_limit, full_size + 65_536, demo_database, with_out(argv, target)
    )
    assert outcome.returned[0] == 0, outcome
    assert target.read_bytes().startswith(start)
    assert [p.name for p in folder.iterdir()] == [target.name]


# -- the database ------------------------------------------------------------------------------
WAL_ROOM = 256 * 1024  # the cut-off points spread over the first 256 KiB the database writes
BATCHES = 60  # ten accounts each: more than fit into WAL_ROOM


def rows_and_integrity(database: Path) -> tuple[list[str], str]:
    with closing(sqlite3.connect(database)) as raw:
        numbers = [row[0] for row in raw.execute("SELECT customer_number FROM account")]
        verdict = raw.execute("PRAGMA integrity_check").fetchone()[0]
    return numbers, verdict


def test_a_database_growing_into_a_full_disk_loses_no_committed_row(
    demo_database: Path, tmp_path: Path
) -> None:
    before, _ = rows_and_integrity(demo_database)
    assert len(before) == 12
    copies = []
    for number, limit in enumerate(cut_off_points(WAL_ROOM)):
        copy = tmp_path / f"copy-{number}" / "kamdesk.db"
        copy.parent.mkdir()
        shutil.copyfile(demo_database, copy)
        copies.append((limit, copy, BATCHES))
    outcomes = run_in_children(add_accounts_under_limit, copies)

    for (limit, copy, _), outcome in zip(copies, outcomes, strict=True):
        assert outcome.error == "", f"{limit} bytes: {outcome.error_type}: {outcome.error}"
        committed, message = outcome.returned
        assert message.startswith("Disk full"), f"{limit} bytes: {message!r}"
        assert f"while saving to the database {copy} — the change was not saved" in message
        numbers, verdict = rows_and_integrity(copy)
        assert verdict == "ok", f"{limit} bytes"
        assert sorted(numbers) == sorted([*before, *committed]), f"{limit} bytes"
    committed_counts = [len(outcome.returned[0]) for outcome in outcomes]
    assert committed_counts[0] == 0 and committed_counts[-1] >= 100  # the disk filled up later
    assert committed_counts == sorted(committed_counts)  # more room, more rows
