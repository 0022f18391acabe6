"""Writers run in a child process whose files may not grow past a size (``RLIMIT_FSIZE``):
a full disk at an exact byte, without root or a small file system.

Children are forked from a fork server (a fresh, single-threaded process), so a test may
run them while Qt or the database worker has threads of its own. What a child passes in
and gets back goes through a pipe, which the limit does not touch. The scenario functions
live here, not in the test modules: the child must be able to import them by name.
"""

import io
import multiprocessing
import os
import resource
import signal
import sqlite3
from collections.abc import Callable
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass
from pathlib import Path
from typing import Any

CHILD_TIMEOUT_S = 60
_CONTEXT = multiprocessing.get_context("forkserver")
# Loaded once in the fork server, so each child starts in milliseconds.
_CONTEXT.set_forkserver_preload(["tests.helpers.full_disk_warmup"])
# Children at once: the limit makes each fail fast, and they write to names of their own.
AT_ONCE = max(2, min(4, os.cpu_count() or 2))


@dataclass(frozen=True)
class Outcome:
    """What the scenario returned, or the exception it raised (type name and message)."""

    returned: Any
    error_type: str = ""
    error: str = ""


def cut_off_points(full_size: int, count: int = 20) -> list[int]:
    """``count`` limits from 0 up to one byte short of ``full_size``, spread evenly."""
    last = max(full_size - 1, 0)
    return sorted({round(last * step / (count - 1)) for step in range(count)})


def apply_limit(limit: int) -> None:
    """From now on no file of this process may grow past ``limit`` bytes: a write that
    would gets EFBIG (the signal the kernel sends with it is ignored, as a shell does not)."""
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))


def _child(sending: Any, scenario: Callable[..., Any], args: tuple[Any, ...]) -> None:
    try:
        outcome = Outcome(scenario(*args))
    except BaseException as error:
        outcome = Outcome(None, type(error).__name__, str(error))
    sending.send(outcome)


def _start(scenario: Callable[..., Any], args: tuple[Any, ...]) -> tuple[Any, Any]:
    receiving, sending = _CONTEXT.Pipe(duplex=False)
    child = _CONTEXT.Process(target=_child, args=(sending, scenario, args))
    child.start()
    sending.close()
    return child, receiving


def _finish(child: Any, receiving: Any, what: str) -> Outcome:
    try:
        if not receiving.poll(CHILD_TIMEOUT_S):
            child.kill()
            raise AssertionError(f"{what} did not finish")
        outcome: Outcome = receiving.recv()
    finally:
        child.join()
        receiving.close()
    return outcome


def run_in_child(scenario: Callable[..., Any], *args: Any) -> Outcome:
    """Run ``scenario(*args)`` in a forked child and return its ``Outcome``."""
    return _finish(*_start(scenario, args), f"{scenario.__name__}{args}")


def run_in_children(scenario: Callable[..., Any], calls: list[tuple[Any, ...]]) -> list[Outcome]:
    """``run_in_child`` for each argument tuple, ``AT_ONCE`` at a time; outcomes in order."""
    outcomes: list[Outcome] = []
    for first in range(0, len(calls), AT_ONCE):
        batch = calls[first : first + AT_ONCE]
        started = [_start(scenario, args) for args in batch]
        outcomes += [
            _finish(child, receiving, f"{scenario.__name__}{args}")
            for (child, receiving), args in zip(started, batch, strict=True)
        ]
    return outcomes


# -- scenarios (run in the child) -------------------------------------------------------------
def keep_database_open(database: Path) -> sqlite3.Connection:
    """A reader that keeps SQLite's shared-memory file in place at its full size, so that
    opening the workspace under a small limit needs no file to grow."""
    keeper = sqlite3.connect(database)
    keeper.execute("SELECT count(*) FROM sqlite_master").fetchall()
    return keeper


def cli_under_limit(limit: int, database: Path, argv: list[str]) -> tuple[int, str]:
    """``kamdesk-cli --db database *argv`` with files limited to ``limit`` bytes: the exit
    code and what it printed on stderr."""
    from app.cli import main

    keeper = keep_database_open(database)
    apply_limit(limit)
    errors = io.StringIO()
    with redirect_stderr(errors), redirect_stdout(io.StringIO()):
        code = main(["--db", str(database), *argv])
    keeper.close()
    return code, errors.getvalue()


def add_accounts_under_limit(limit: int, database: Path, batches: int) -> tuple[list[str], str]:
    """Commit batches of ten accounts until the disk refuses one: the customer numbers of
    every batch whose commit returned, and the message of the refusal ("" if none)."""
    from app.bootstrap import open_workspace
    from app.errors import KamDeskError
    from app.model import Account

    keeper = keep_database_open(database)
    workspace = open_workspace(database)
    apply_limit(limit)
    committed: list[str] = []
    message = ""
    try:
        for batch in range(batches):
            numbers = [f"L-{limit}-{batch:03d}-{row}" for row in range(10)]
            with workspace.transaction() as session:
                for number in numbers:
                    session.add(
                        Account(name=f"Kunde {number} " + "x" * 200, customer_number=number)
                    )
            committed.extend(numbers)
    except KamDeskError as error:
        message = str(error)
    finally:
        workspace.close()
        keeper.close()
    return committed, message


def save_settings_under_limit(limit: int, path: Path, supplier: str) -> bool:
    """Set a long supplier name in the ini file at ``path`` and save the preferences as the
    settings dialog does: whether they were saved."""
    from PySide6.QtCore import QSettings

    from ui.settings.preferences import Preferences

    preferences = Preferences(QSettings(str(path), QSettings.Format.IniFormat))
    apply_limit(limit)
    preferences.supplier = supplier
    return preferences.save()
