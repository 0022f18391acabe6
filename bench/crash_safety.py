"""Crash safety: ``kill -9`` a writer in the middle of its transactions, N times, and
check after each kill that the database is intact and no committed row was lost.

    python bench/crash_safety.py [--kills 200] [--seed 1] [--keep]

The writer is a separate process (forked, so it starts in milliseconds) that opens
the database through ``open_workspace`` (WAL, ``synchronous=FULL``) and commits a
stream of small transactions, each appending 1-40 touchpoints in several
statements; after each commit returns it writes the total it has committed to a
pipe. The parent waits for the first report, sleeps a random moment and sends
SIGKILL. Then ``PRAGMA integrity_check`` must say "ok" and the table must hold at
least the last total the writer reported. The same file is used for every run, so
each run also starts from the recovery of the previous crash. POSIX only.
"""

import argparse
import os
import random
import select
import signal
import sqlite3
import sys
import tempfile
import time
from contextlib import closing
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent.parent))

MAX_KILL_DELAY_S = 0.12
FIRST_REPORT_TIMEOUT_S = 30
STAMP = datetime(2026, 11, 23, tzinfo=UTC)


@dataclass
class CrashReport:
    kills: int = 0
    corrupt: int = 0  # runs after which integrity_check was not "ok"
    lost_rows: int = 0  # committed (reported) rows missing after the kill, summed
    committed: int = 0  # rows in the table at the end
    killed_mid_write: int = 0  # kills that came after at least one commit of that writer
    problems: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return (
            f"{self.kills} kills, {self.corrupt} corrupt databases, "
            f"{self.lost_rows} lost committed rows "
            f"({self.committed} rows committed in all)"
        )


def prepare(path: Path) -> int:
    """A fresh workspace with one account; returns the account's id."""
    from app.bootstrap import open_workspace
    from app.model import Account

    workspace = open_workspace(path)
    try:
        with workspace.transaction() as session:
            account = Account(name="Crash Test GmbH", customer_number="CRASH-1")
            session.add(account)
            session.flush()
            return account.id
    finally:
        workspace.close()


def write_until_killed(path: Path, account_id: int, out: int, seed: int, early: bool) -> None:
    """The writer: commit small transactions for ever, reporting each committed total.

    ``early`` reports a transaction before committing it: a broken writer that the
    check must catch (used by the test that shows the check can fail).
    """
    from sqlalchemy import func, insert, select

    from app.bootstrap import open_workspace
    from app.model import Touchpoint, TouchpointKind

    workspace = open_workspace(path, upgrade=False)
    table = Touchpoint.__table__
    with workspace.session() as session:
        total = session.scalar(select(func.count()).select_from(table)) or 0
    rng = random.Random(seed)
    while True:
        size = rng.randint(1, 40)
        rows = [
            {
                "account_id": account_id,
                "happened_on": date(2026, 1, 1),
                "kind": TouchpointKind.CALL,
                "participants": "",
                "summary": f"call {total + number}",
                "by_whom": "writer",
                "created_at": STAMP,
                "updated_at": STAMP,
                "version": 1,
            }
            for number in range(size)
        ]
        if early:
            os.write(out, f"{total + size}\n".encode())
        with workspace.transaction() as session:
            for start in range(0, size, 8):
                session.execute(insert(table), rows[start : start + 8])
        total += size
        if not early:
            os.write(out, f"{total}\n".encode())


def _last_total(received: bytes) -> int:
    complete = received[: received.rfind(b"\n") + 1].split()
    return int(complete[-1]) if complete else 0


def _read_available(fd: int, timeout: float) -> bytes:
    ready, _, _ = select.select([fd], [], [], timeout)
    return os.read(fd, 65536) if ready else b""


def kill_one_writer(
    path: Path, account_id: int, rng: random.Random, seed: int, early: bool
) -> tuple[int, bool]:
    """Start a writer, kill it at a random moment; (last reported total, any report?)."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the writer
        os.close(read_end)
        try:
            write_until_killed(path, account_id, write_end, seed, early)
        finally:
            os._exit(1)
    os.close(write_end)
    received = b""
    try:
        deadline = time.monotonic() + FIRST_REPORT_TIMEOUT_S
        while b"\n" not in received and time.monotonic() < deadline:
            received += _read_available(read_end, 0.05)
        time.sleep(rng.uniform(0, MAX_KILL_DELAY_S))
    finally:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
    while chunk := _read_available(read_end, 0):
        received += chunk
    os.close(read_end)
    return _last_total(received), b"\n" in received


def check(path: Path) -> tuple[str, int]:
    """(integrity_check's answer, touchpoints in the file), read with plain sqlite3."""
    with closing(sqlite3.connect(path)) as raw:
        verdict = "; ".join(str(row[0]) for row in raw.execute("PRAGMA integrity_check"))
        count = raw.execute("SELECT count(*) FROM touchpoint").fetchone()[0]
    return verdict, int(count)


def run_kills(kills: int, folder: Path, seed: int = 1, early: bool = False) -> CrashReport:
    """Kill ``kills`` writers, checking the database after each one."""
    path = folder / "crash.db"
    account_id = prepare(path)
    rng = random.Random(seed)
    report = CrashReport()
    for run in range(kills):
        reported, wrote = kill_one_writer(path, account_id, rng, seed * 100_000 + run, early)
        verdict, count = check(path)
        report.kills += 1
        report.killed_mid_write += wrote
        if verdict != "ok":
            report.corrupt += 1
            report.problems.append(f"kill {run + 1}: integrity_check: {verdict}")
            for suffix in ("", "-wal", "-shm"):
                path.with_name(path.name + suffix).unlink(missing_ok=True)
            account_id = prepare(path)
            continue
        if count < reported:
            report.lost_rows += reported - count
            report.problems.append(
                f"kill {run + 1}: {reported} rows reported committed, {count} in the file"
            )
        report.committed = count
    return report


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--keep", action="store_true", help="Keep the database folder.")
    args = parser.parse_args()
    if not hasattr(os, "fork"):
        print("crash_safety needs a POSIX system (fork and SIGKILL)")
        return 2
    folder = Path(tempfile.mkdtemp(prefix="kamdesk-crash-"))
    started = time.perf_counter()
    report = run_kills(args.kills, folder, args.seed)
    for problem in report.problems[:20]:
        print(problem)
    print(report.summary())
    print(
        f"{report.killed_mid_write} of {report.kills} kills came after the writer had "
        f"committed; {time.perf_counter() - started:.0f} s"
    )
    if args.keep:
        print(f"database kept in {folder}")
    else:
        for leftover in folder.iterdir():
            leftover.unlink()
        folder.rmdir()
    return 0 if report.corrupt == 0 and report.lost_rows == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
