"""Benchmark: importing 100,000 ledger rows from a German CSV file with full validation,
beside the floor: a bare sqlite3 ``executemany`` of the same rows, already parsed,
into the same table of the same database, measured in the same run.

    python bench/csv_import_bench.py [--rows 100000] [--runs 3] [--accounts 300]

Targets (DESIGN §9): under 5 s and at most 4x the floor. Each run starts from a fresh
copy of a demo workspace; wall and CPU seconds are medians. Not a test: absolute times
drift on shared machines, the ratio less so.
"""

import argparse
import csv
import io
import random
import shutil
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable
from contextlib import closing
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent.parent))

from bench.workspace import CACHE, TODAY

ROLES = ("technician", "seller", "inside_sales")
WORDS = (
    "Ersatzteil persönlich geliefert",
    "Wirtschaftlichkeitsrechnung für Linie 3",
    "Fehlbestellung zurückgenommen",
    "Bediener der Spätschicht geschult",
    "Spindel nachjustiert",
    "Eillieferung Spannfutter",
)
FLOOR_SQL = (
    "INSERT INTO free_service (account_id, provided_on, category_id, description, value_minor,"
    " currency, hours, provided_by, provider_role, received_by_id, contract_id, created_at,"
    " updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


def template(accounts: int) -> Path:
    """A demo workspace with ``accounts`` accounts, generated once and cached."""
    from app.bootstrap import open_workspace
    from app.demo import generate_demo
    from app.storage.schema import head_revision

    # Named by schema revision: the floor writes into this file as it is, unmigrated.
    path = CACHE / f"csv-bench-{accounts}-{TODAY.isoformat()}-{head_revision()}.db"
    if path.exists():
        return path
    CACHE.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".partial")
    for leftover in CACHE.glob(partial.name + "*"):
        leftover.unlink()
    workspace = open_workspace(partial)
    with workspace.transaction() as session:
        generate_demo(session, today=TODAY, accounts=accounts, seed=1)
    with workspace.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    workspace.close()
    partial.rename(path)
    return path


def fresh_copy(source: Path, folder: Path) -> Path:
    target = folder / "run.db"
    for suffix in ("", "-wal", "-shm"):
        target.with_name(target.name + suffix).unlink(missing_ok=True)
    shutil.copyfile(source, target)
    return target


def generate_rows(path: Path, count: int) -> tuple[bytes, list[tuple[object, ...]]]:
    """The CSV file (German Excel style) and the same rows as the floor inserts them."""
    with closing(sqlite3.connect(path)) as raw:
        accounts = raw.execute("SELECT id, customer_number, currency FROM account").fetchall()
        categories = raw.execute("SELECT id, key, label_de FROM ledger_category").fetchall()
    rng = random.Random(7)
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(
        [
            "Kundennummer",
            "Datum",
            "Kategorie",
            "Beschreibung",
            "Wert",
            "Währung",
            "Stunden",
            "Erbracht von",
            "Rolle",
        ]
    )
    parsed: list[tuple[object, ...]] = []
    stamp = "2026-11-23 00:00:00.000000"
    first = TODAY - timedelta(days=5 * 365)
    for number in range(count):
        account_id, customer_number, currency = rng.choice(accounts)
        category_id, key, label = rng.choice(categories)
        day = first + timedelta(days=rng.randrange(5 * 365))
        minor = rng.randrange(0, 2_000_000)
        hours = Decimal(rng.randrange(0, 40)) / 2
        description = f"{rng.choice(WORDS)} (Nr. {number})"
        by = f"Techniker {rng.randrange(40)}"
        role = rng.choice(ROLES)
        writer.writerow(
            [
                customer_number,
                day.strftime("%d.%m.%Y"),
                label if number % 2 else key,
                description,
                f"{Decimal(minor) / 100:.2f}".replace(".", ","),
                currency,
                f"{hours:.1f}".replace(".", ","),
                by,
                role,
            ]
        )
        parsed.append(
            (
                account_id,
                day.isoformat(),
                category_id,
                description,
                minor,
                currency,
                float(hours),
                by,
                role,
                None,
                None,
                stamp,
                stamp,
                1,
            )
        )
    return out.getvalue().encode("utf-8-sig"), parsed


def floor(path: Path, rows: list[tuple[object, ...]]) -> None:
    """The same rows, already parsed, through sqlite3 with the app's pragmas, one commit."""
    with closing(sqlite3.connect(path, isolation_level=None)) as raw:
        raw.execute("PRAGMA journal_mode = WAL")
        raw.execute("PRAGMA synchronous = FULL")
        raw.execute("PRAGMA foreign_keys = ON")
        raw.execute("BEGIN")
        raw.executemany(FLOOR_SQL, rows)
        raw.execute("COMMIT")


def import_file(path: Path, data: bytes) -> Callable[[], object]:
    """The timed job: import and commit into an already opened workspace (as in the app)."""
    from app.bootstrap import open_workspace
    from app.interchange import import_csv

    workspace = open_workspace(path)

    def job() -> object:
        try:
            with workspace.transaction() as session:
                return import_csv(session, "ledger", data).rows
        finally:
            workspace.close()

    return job


def timed(job: Callable[[], object]) -> tuple[float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    job()
    return time.perf_counter() - wall, time.process_time() - cpu


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--accounts", type=int, default=300)
    args = parser.parse_args()

    from app.bootstrap import open_workspace

    source = template(args.accounts)
    data, parsed = generate_rows(source, args.rows)
    folder = CACHE / "csv-bench-runs"
    folder.mkdir(parents=True, exist_ok=True)
    # Open once so the schema check and imports are warm, as in a running app.
    open_workspace(fresh_copy(source, folder)).close()

    floors: list[tuple[float, float]] = []
    imports: list[tuple[float, float]] = []
    for _ in range(args.runs):
        target = fresh_copy(source, folder)
        floors.append(timed(lambda target=target: floor(target, parsed)))
        target = fresh_copy(source, folder)
        imports.append(timed(import_file(target, data)))
        with closing(sqlite3.connect(target)) as raw:
            added = raw.execute("SELECT count(*) FROM free_service").fetchone()[0]
        with closing(sqlite3.connect(source)) as raw:
            added -= raw.execute("SELECT count(*) FROM free_service").fetchone()[0]
        assert added == args.rows, f"imported {added} rows, expected {args.rows}"
    shutil.rmtree(folder)

    floor_wall = statistics.median(wall for wall, _cpu in floors)
    floor_cpu = statistics.median(cpu for _wall, cpu in floors)
    import_wall = statistics.median(wall for wall, _cpu in imports)
    import_cpu = statistics.median(cpu for _wall, cpu in imports)
    size_mb = len(data) / 1_000_000
    print(
        f"{args.rows:,} ledger rows, {size_mb:.1f} MB CSV, {args.accounts} accounts, "
        f"median of {args.runs}"
    )
    print(f"{'job':44} {'wall s':>8} {'cpu s':>8}")
    print(
        f"{'import_csv (parse + full validation + insert)':44} {import_wall:8.2f} {import_cpu:8.2f}"
    )
    print(f"{'floor: bare sqlite3 executemany, pre-parsed':44} {floor_wall:8.2f} {floor_cpu:8.2f}")
    ratio = import_wall / floor_wall
    print(
        f"ratio {ratio:.1f}x wall, {import_cpu / floor_cpu:.1f}x cpu "
        f"(target: under 5 s and at most 4x the floor)"
    )
    met = import_wall < 5 and ratio <= 4
    print("targets met" if met else "TARGET MISSED")
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
