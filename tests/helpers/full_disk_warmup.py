"""Loaded once by the fork server of ``tests.helpers.full_disk``, never by a test: every
writer runs once on a throw-away demo workspace, so that the modules, the fonts and
SQLAlchemy's caches are ready in each forked child (a cold child takes four times as long).
Qt's core module is loaded too (no application object: forking stays safe).
"""

import io
import tempfile
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import tests.helpers.full_disk
import ui.settings.preferences
from app.cli import main

WARM_UP = (
    ["demo", "--today", "2026-11-23"],
    ["brief", "10-4711", "--today", "2026-11-23", "--out", "{folder}/brief.pdf"],
    ["statement", "10-4711", "--today", "2026-11-23", "--out", "{folder}/statement.pdf"],
    ["export-json", "{folder}/workspace.json"],
    ["export-csv", "accounts", "{folder}/accounts.csv"],
    ["ical", "{folder}/calendar.ics", "--today", "2026-11-23"],
    ["backup", "--to", "{folder}/backup.db"],
)


def _warm_up() -> None:
    with (
        tempfile.TemporaryDirectory() as folder,
        redirect_stdout(io.StringIO()),
        redirect_stderr(io.StringIO()),
    ):
        database = Path(folder) / "warm-up.db"
        for argv in WARM_UP:
            main(["--db", str(database), *(part.format(folder=folder) for part in argv)])


_warm_up()
__all__ = ["tests", "ui"]
