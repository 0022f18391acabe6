"""kill -9 of a writer in the middle of its transactions: no corrupt database and no
committed row lost (DESIGN §10). The full run is ``python bench/crash_safety.py``."""

import os
import sys
from pathlib import Path

import pytest

from bench.crash_safety import run_kills

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not hasattr(os, "fork") or sys.platform == "darwin",
        reason="forks a writer and sends SIGKILL: Linux only",
    ),
]


def test_twenty_kills_leave_intact_databases_and_every_committed_row(tmp_path: Path) -> None:
    report = run_kills(20, tmp_path, seed=20)
    assert report.problems == []
    assert (report.kills, report.corrupt, report.lost_rows) == (20, 0, 0)
    assert report.killed_mid_write == 20 and report.committed > 20  # the kills hit real work


def test_the_check_catches_a_writer_that_reports_before_it_commits(tmp_path: Path) -> None:
    report = run_kills(6, tmp_path, seed=6, early=True)
    assert report.lost_rows > 0 and report.corrupt == 0
