"""Shared fixtures. Qt runs offscreen unless a developer asks for a real display."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.bootstrap import Workspace, open_workspace


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "kamdesk.db"


@pytest.fixture
def workspace(db_path: Path) -> Iterator[Workspace]:
    """A fresh, migrated SQLite workspace in a temporary folder."""
    ws = open_workspace(db_path)
    yield ws
    ws.close()


@pytest.fixture(autouse=True)
def _no_user_database(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Tests never touch the developer's real database or data folder."""
    monkeypatch.delenv("KAMDESK_DB", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
