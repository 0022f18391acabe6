"""Ways to damage a workspace file the way disks and crashes do."""

import sqlite3
from contextlib import closing
from pathlib import Path


def zero_accounts_page(path: Path) -> None:
    """Overwrite the second half of the accounts table's root page with zeros."""
    with closing(sqlite3.connect(path)) as raw:
        page = raw.execute("SELECT rootpage FROM sqlite_master WHERE name = 'account'").fetchone()
        size = raw.execute("PRAGMA page_size").fetchone()[0]
    data = bytearray(path.read_bytes())
    start = (page[0] - 1) * size
    data[start + size // 2 : start + size] = bytes(size // 2)
    path.write_bytes(bytes(data))


def truncate_to_half(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def set_aside_files(database: Path) -> list[Path]:
    """The files ``database`` was moved aside to (without their journals)."""
    return sorted(
        path
        for path in database.parent.glob(f"{database.name}.corrupt-*")
        if not path.name.endswith(("-wal", "-shm", "-journal"))
    )
