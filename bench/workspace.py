"""The benchmark workspace: 5,000 demo accounts, generated once and cached in bench/.cache/."""

import time
from datetime import date
from pathlib import Path

from app.bootstrap import open_workspace
from app.demo import generate_demo

CACHE = Path(__file__).parent / ".cache"
TODAY = date(2026, 11, 23)


def benchmark_workspace(accounts: int = 5000, seed: int = 1) -> Path:
    """Path of the cached workspace, generating it first if it is missing."""
    path = CACHE / f"ws-{accounts}-{seed}-{TODAY.isoformat()}.db"
    if path.exists():
        return path
    CACHE.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".partial")
    for leftover in CACHE.glob(partial.name + "*"):
        leftover.unlink()
    started = time.perf_counter()
    workspace = open_workspace(partial)
    with workspace.transaction() as session:
        generate_demo(session, today=TODAY, accounts=accounts, seed=seed)
    with workspace.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    workspace.close()
    partial.rename(path)
    print(f"generated {path.name} in {time.perf_counter() - started:.1f} s")
    return path


def median_ms(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[len(ordered) // 2] * 1000
