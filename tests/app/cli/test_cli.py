"""Exit codes and messages of kamdesk-cli: 0 on success, 1 and one line on a user error."""

import json
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from app.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def assert_one_line_error(err: str, *fragments: str) -> None:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("kamdesk-cli: error: ")
    assert "Traceback" not in err
    for fragment in fragments:
        assert fragment in lines[0]


def test_init_creates_the_database_with_categories(
    capsys: pytest.CaptureFixture[str], db_path: Path
) -> None:
    code, out, _ = run(capsys, "--db", str(db_path), "init")
    assert code == 0
    assert str(db_path) in out
    assert "11 standard ledger categories" in out
    code, out, _ = run(capsys, "--db", str(db_path), "init")
    assert code == 0 and "categories" not in out


def test_environment_variable_chooses_the_database(
    capsys: pytest.CaptureFixture[str], db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KAMDESK_DB", str(db_path))
    assert run(capsys, "init")[0] == 0
    assert db_path.exists()


def test_demo_then_accounts_as_json(capsys: pytest.CaptureFixture[str], db_path: Path) -> None:
    code, out, _ = run(capsys, "--db", str(db_path), "demo", "--today", "2026-11-23")
    assert code == 0 and "12 accounts" in out
    code, out, _ = run(capsys, "--db", str(db_path), "accounts", "--json")
    assert code == 0
    rows = json.loads(out)
    assert len(rows) == 12
    assert {"customer_number", "name", "city", "tier", "currency"} <= set(rows[0])
    assert "10-4711" in {row["customer_number"] for row in rows}
    code, out, _ = run(capsys, "--db", str(db_path), "accounts")
    assert code == 0 and out.strip().endswith("12 accounts")


def test_demo_refuses_a_database_that_holds_data(
    capsys: pytest.CaptureFixture[str], db_path: Path
) -> None:
    assert run(capsys, "--db", str(db_path), "demo", "--accounts", "2")[0] == 0
    code, _, err = run(capsys, "--db", str(db_path), "demo", "--accounts", "2")
    assert code == 1
    assert_one_line_error(err)


def test_a_text_file_is_not_a_database(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    text = tmp_path / "kunden.csv"
    text.write_text("name;city\nMüller;Ulm\n", encoding="utf-8")
    for command in ("accounts", "check", "init"):
        code, _, err = run(capsys, "--db", str(text), command)
        assert code == 1
        assert_one_line_error(err, str(text), "not a KAM Desk database")
    assert text.read_text(encoding="utf-8") == "name;city\nMüller;Ulm\n"


def test_bad_option_values_name_the_option(
    capsys: pytest.CaptureFixture[str], db_path: Path
) -> None:
    code, _, err = run(capsys, "--db", str(db_path), "demo", "--today", "2026-13-01")
    assert code == 1
    assert_one_line_error(err, "--today", "2026-13-01")
    code, _, err = run(capsys, "--db", "mysql://a@b/c", "accounts")
    assert code == 1
    assert_one_line_error(err, "--db", "mysql")
    code, _, err = run(capsys, "--db", str(db_path), "demo", "--accounts", "0")
    assert code == 1
    assert_one_line_error(err, "accounts")


def test_backup_check_and_restore(capsys: pytest.CaptureFixture[str], db_path: Path) -> None:
    run(capsys, "--db", str(db_path), "init")
    target = db_path.parent / "copy.db"
    code, out, _ = run(capsys, "--db", str(db_path), "backup", "--to", str(target))
    assert code == 0 and str(target) in out
    code, out, _ = run(capsys, "--db", str(target), "check")
    assert code == 0 and "Integrity: ok" in out and "current" in out

    with closing(sqlite3.connect(db_path)) as raw:
        raw.execute("DELETE FROM ledger_category")
        raw.commit()
    code, out, _ = run(capsys, "--db", str(db_path), "restore", str(target))
    assert code == 0 and "previous database was saved" in out
    with closing(sqlite3.connect(db_path)) as raw:
        assert raw.execute("SELECT count(*) FROM ledger_category").fetchone() == (11,)


def test_restore_refuses_a_bad_file_and_keeps_the_database(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    run(capsys, "--db", str(db_path), "init")
    before = db_path.read_bytes()
    missing = tmp_path / "missing.db"
    code, _, err = run(capsys, "--db", str(db_path), "restore", str(missing))
    assert code == 1
    assert_one_line_error(err, str(missing))
    garbage = tmp_path / "garbage.db"
    garbage.write_bytes(b"\x00\x01 not sqlite at all" * 100)
    code, _, err = run(capsys, "--db", str(db_path), "restore", str(garbage))
    assert code == 1
    assert_one_line_error(err, str(garbage))
    assert db_path.read_bytes() == before


def test_check_on_a_missing_file_names_it(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    missing = tmp_path / "nowhere.db"
    code, _, err = run(capsys, "--db", str(missing), "check")
    assert code == 1
    assert_one_line_error(err, str(missing))
    assert not missing.exists()


def test_installed_entry_point_exit_codes(tmp_path: Path) -> None:
    script = Path(sys.executable).with_name("kamdesk-cli")
    base = [str(script)] if script.exists() else [sys.executable, "-m", "app.cli"]
    done = subprocess.run(
        [*base, "--db", str(tmp_path / "a.db"), "init"], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    done = subprocess.run([*base, "--no-such-flag"], capture_output=True, text=True)
    assert done.returncode == 1
    assert "Traceback" not in done.stderr and "--no-such-flag" in done.stderr
    done = subprocess.run([*base, "--help"], capture_output=True, text=True)
    assert done.returncode == 0 and "backup" in done.stdout


def test_agenda_and_account_commands(capsys: pytest.CaptureFixture[str], db_path: Path) -> None:
    run(capsys, "--db", str(db_path), "demo", "--today", "2026-11-23")
    code, out, _ = run(capsys, "--db", str(db_path), "agenda", "--today", "2026-11-23")
    assert code == 0
    assert "OVERDUE" in out and "Notice deadline" in out
    code, out, _ = run(
        capsys, "--db", str(db_path), "agenda", "--today", "2026-11-23", "--days", "7", "--json"
    )
    assert code == 0
    rows = json.loads(out)
    assert rows and all(row["due"] <= "2026-11-30" for row in rows)
    assert {"customer_number", "kind", "urgency", "text"} <= set(rows[0])
    code, out, _ = run(capsys, "--db", str(db_path), "account", "10-4711", "--today", "2026-11-23")
    assert code == 0
    assert "HEALTH: AMBER" in out or "HEALTH: RED" in out
    assert "3× Spare part / tool delivered in person" in out
    assert "worst: 48.00 h vs 8.00 h promised" in out
    code, out, _ = run(
        capsys, "--db", str(db_path), "account", "10-4711", "--today", "2026-11-23", "--json"
    )
    data = json.loads(out)
    assert data["snapshot"]["customer_number"] == "10-4711"
    assert data["balance"]["totals"][0]["currency"] == "EUR"
    assert any("SLA breached" in reason for reason in data["health_reasons"])


def test_unknown_customer_number_is_named(
    capsys: pytest.CaptureFixture[str], db_path: Path
) -> None:
    run(capsys, "--db", str(db_path), "init")
    code, _, err = run(capsys, "--db", str(db_path), "account", "99-0000")
    assert code == 1
    assert_one_line_error(err, "99-0000")
    code, _, err = run(capsys, "--db", str(db_path), "agenda", "--days", "-3")
    assert code == 1
    assert_one_line_error(err, "--days")


def test_brief_and_statement_commands(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    from pypdf import PdfReader

    run(capsys, "--db", str(db_path), "demo", "--today", "2026-11-23")
    out_file = tmp_path / "out" / "Brief 10-4711.pdf"
    code, out, _ = run(
        capsys,
        "--db",
        str(db_path),
        "brief",
        "10-4711",
        "--lang",
        "de",
        "--today",
        "2026-11-23",
        "--out",
        str(out_file),
    )
    assert code == 0 and str(out_file) in out
    reader = PdfReader(out_file)
    assert len(reader.pages) == 1
    assert "Präzisionsteile Müller GmbH" in reader.pages[0].extract_text()
    statement_file = tmp_path / "statement.pdf"
    code, _, _ = run(
        capsys,
        "--db",
        str(db_path),
        "statement",
        "10-4711",
        "--from",
        "2026-01-01",
        "--to",
        "2026-06-30",
        "--today",
        "2026-11-23",
        "--out",
        str(statement_file),
    )
    assert code == 0
    text = "".join(page.extract_text() for page in PdfReader(statement_file).pages)
    assert "1 Jan 2026" in text and "30 Jun 2026" in text
    code, _, err = run(
        capsys,
        "--db",
        str(db_path),
        "statement",
        "10-4711",
        "--from",
        "2026-06-30",
        "--to",
        "2026-01-01",
        "--out",
        str(statement_file),
    )
    assert code == 1
    assert_one_line_error(err, "--to")
    code, _, err = run(
        capsys, "--db", str(db_path), "brief", "10-4711", "--lang", "fr", "--out", str(out_file)
    )
    assert code == 1
    assert_one_line_error(err, "--lang")
