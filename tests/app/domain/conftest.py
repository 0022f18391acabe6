"""Every test here that uses a workspace runs on SQLite and on PostgreSQL."""

import pytest

from app.bootstrap import Workspace


@pytest.fixture
def workspace(each_backend_workspace: Workspace) -> Workspace:
    return each_backend_workspace
