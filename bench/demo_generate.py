"""Benchmark: generate the demo workspace into a fresh SQLite file and time it.

    python bench/demo_generate.py --accounts 5000

Prints the seconds for ``generate_demo`` plus the commit (schema creation is
timed separately) and the row count of every table. Not a test: figures drift
on shared machines.
"""

import argparse
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from sqlalchemy import func, select

from app.bootstrap import open_workspace
from app.demo import generate_demo
from app.model import Base


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--accounts", type=int, default=5000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--today", type=date.fromisoformat, default=date(2026, 11, 23))
    parser.add_argument("--keep", type=Path, help="write here instead of a temporary file")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="kamdesk-bench-") as folder:
        path = args.keep or Path(folder) / "demo.db"
        started = time.perf_counter()
        workspace = open_workspace(path)
        schema_seconds = time.perf_counter() - started
        try:
            started = time.perf_counter()
            with workspace.transaction() as session:
                generate_demo(session, today=args.today, accounts=args.accounts, seed=args.seed)
            elapsed = time.perf_counter() - started
            with workspace.session() as session:
                counts = {
                    table.name: session.scalar(select(func.count()).select_from(table)) or 0
                    for table in Base.metadata.sorted_tables
                }
        finally:
            workspace.close()
        size_mb = path.stat().st_size / 1e6

    total_rows = sum(counts.values())
    print(f"schema created in {schema_seconds:.2f} s")
    print(
        f"generate_demo + commit, {args.accounts} accounts: {elapsed:.2f} s "
        f"({total_rows:,} rows, {total_rows / elapsed:,.0f} rows/s, {size_mb:.0f} MB)"
    )
    for name, count in counts.items():
        print(f"  {name:<16} {count:>9,}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
