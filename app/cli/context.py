"""What every subcommand shares: the ``--db`` choice and the workspace it opens lazily."""

from datetime import date

import click

from app.bootstrap import Workspace, open_workspace
from app.storage.location import DatabaseLocation, resolve_location


class CliContext:
    def __init__(self, db: str | None) -> None:
        self.db = db
        self._workspace: Workspace | None = None

    @property
    def location(self) -> DatabaseLocation:
        return resolve_location(self.db)

    def workspace(self) -> Workspace:
        """Open (creating or upgrading) the database on first use."""
        if self._workspace is None:
            self._workspace = open_workspace(self.location)
        return self._workspace

    def close(self) -> None:
        if self._workspace is not None:
            self._workspace.close()
            self._workspace = None


pass_cli = click.make_pass_decorator(CliContext)

DATE = click.DateTime(formats=["%Y-%m-%d"])


def as_date(value: object) -> date | None:
    """click.DateTime gives a datetime; the core wants a date."""
    if value is None:
        return None
    assert hasattr(value, "date")
    result = value.date()
    assert isinstance(result, date)
    return result
