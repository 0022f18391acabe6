"""kamdesk-cli import-json, export-json, import-csv, export-csv and ical: exit codes,
one-line errors naming the file, row and column, and a backup before every import."""

import csv
import io
import shutil
import sqlite3
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest
from icalendar import Calendar

from app.cli import cli, main
from app.cli.interchange import INTERCHANGE_COMMANDS

Run = Callable[..., tuple[int, str, str]]


@pytest.fixture
def run(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Run:
    """``main`` with the interchange commands registered (as app/cli/__init__.py will)."""
    for command in INTERCHANGE_COMMANDS:
        assert command.name is not None
        monkeypatch.setitem(cli.commands, command.name, command)

    def invoke(*argv: str) -> tuple[int, str, str]:
        code = main(list(argv))
        out, err = capsys.readouterr()
        return code, out, err

    return invoke


def one_line_error(err: str, *fragments: str) -> None:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("kamdesk-cli: error: ") and "Traceback" not in err
    for fragment in fragments:
        assert fragment in lines[0], lines[0]


def count(path: Path, table: str) -> int:
    with closing(sqlite3.connect(path)) as raw:
        return int(raw.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


@pytest.fixture
def demo_copy(demo_db: Path, tmp_path: Path) -> Path:
    return Path(shutil.copyfile(demo_db, tmp_path / "demo.db"))


def test_the_commands_are_ready_to_register() -> None:
    names = [command.name for command in INTERCHANGE_COMMANDS]
    assert names == ["import-json", "export-json", "import-csv", "export-csv", "ical"]


def test_json_round_trip_with_a_backup_before_the_import(
    run: Run, demo_copy: Path, tmp_path: Path
) -> None:
    first, second = tmp_path / "ws.json", tmp_path / "again.json"
    code, out, _ = run("--db", str(demo_copy), "export-json", str(first))
    assert code == 0 and str(first) in out
    target = tmp_path / "new" / "kamdesk.db"
    code, out, _ = run("--db", str(target), "import-json", str(first))
    assert code == 0 and "12 accounts" in out
    assert "Backup before import:" in out
    (backup,) = (target.parent / "backups").iterdir()
    assert backup.name.endswith("-auto-before-import.db")
    assert run("--db", str(target), "export-json", str(second))[0] == 0
    assert second.read_bytes() == first.read_bytes()
    code, _, err = run("--db", str(target), "import-json", str(first))
    assert code == 1
    one_line_error(err, "the workspace is not empty")


def test_a_bad_json_file_is_named(run: Run, tmp_path: Path) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": "kamdesk-workspace", "version": 1, "tables": ')
    code, _, err = run("--db", str(tmp_path / "x.db"), "import-json", str(broken))
    assert code == 1
    one_line_error(err, "broken.json: the file is not valid JSON")
    code, _, err = run("--db", str(tmp_path / "x.db"), "import-json", str(tmp_path / "no.json"))
    assert code == 1
    one_line_error(err, "no.json: no such file")


def test_csv_export_then_import_with_dry_run_and_a_refused_file(
    run: Run, demo_copy: Path, tmp_path: Path
) -> None:
    exported = tmp_path / "Leistungen.csv"
    code, _, _ = run("--db", str(demo_copy), "export-csv", "ledger", str(exported), "--lang", "de")
    assert code == 0 and exported.read_bytes().startswith(b"\xef\xbb\xbfKundennummer;")
    before = count(demo_copy, "free_service")

    code, out, _ = run("--db", str(demo_copy), "import-csv", "ledger", str(exported), "--dry-run")
    assert code == 0 and f"Dry run: {before} ledger rows" in out and "Backup" not in out
    assert count(demo_copy, "free_service") == before

    rows = list(csv.reader(io.StringIO(exported.read_text("utf-8-sig"), newline=""), delimiter=";"))
    rows[16][rows[0].index("Wert")] = "12,5x"  # spreadsheet row 17
    out_text = io.StringIO(newline="")
    csv.writer(out_text, delimiter=";", lineterminator="\r\n").writerows(rows)
    spoilt = tmp_path / "spoilt.csv"
    spoilt.write_text(out_text.getvalue(), encoding="utf-8-sig", newline="")
    code, out, err = run("--db", str(demo_copy), "import-csv", "ledger", str(spoilt))
    assert code == 1
    one_line_error(
        err,
        "spoilt.csv: 1 problem, nothing was imported",
        "row 17, column Wert: '12,5x' is not an amount",
    )
    assert count(demo_copy, "free_service") == before
    assert not (demo_copy.parent / "backups").exists()  # refused before anything was written

    code, out, _ = run("--db", str(demo_copy), "import-csv", "ledger", str(exported))
    assert code == 0 and f"Imported {before} ledger rows" in out and "Backup before" in out
    assert count(demo_copy, "free_service") == 2 * before


def test_csv_kind_and_file_errors(run: Run, tmp_path: Path) -> None:
    db = str(tmp_path / "x.db")
    code, _, err = run("--db", db, "import-csv", "orders", str(tmp_path / "a.csv"))
    assert code == 1
    one_line_error(err, "Invalid value for 'KIND'", "'orders'")
    code, _, err = run("--db", db, "import-csv", "ledger", str(tmp_path / "a.csv"))
    assert code == 1
    one_line_error(err, "a.csv: no such file")


def test_ical_for_one_account(run: Run, demo_copy: Path, tmp_path: Path) -> None:
    target = tmp_path / "kalender.ics"
    code, out, _ = run(
        "--db",
        str(demo_copy),
        "ical",
        str(target),
        "--account",
        "10-4711",
        "--today",
        "2026-11-23",
        "--lang",
        "de",
    )
    assert code == 0 and "events" in out
    calendar = Calendar.from_ical(target.read_bytes())
    uids = {str(event["uid"]) for event in calendar.walk("VEVENT")}
    assert "budget-1@kamdesk" in uids and "notice-contract-1-2026-12-14@kamdesk" in uids
    code, _, err = run("--db", str(demo_copy), "ical", str(target), "--account", "99-9")
    assert code == 1
    one_line_error(err, "'99-9': no such account")
