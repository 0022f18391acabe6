"""What every subcommand shares: the ``--db`` choice and the workspace it opens lazily."""

from datetime import date

import click

from app.bootstrap import Workspace, open_workspace
from app.storage.location import DatabaseLocation, resolve_location
from app.storage.passwords import SecretPrompt, SessionPasswords


def prompt_password(question: str) -> str:
    """The CLI's ``SecretPrompt``: asks on stderr without echo, so stdout stays clean."""
    answer: str = click.prompt(question, hide_input=True, err=True)
    return answer


class CliContext:
    def __init__(self, db: str | None, prompt: SecretPrompt = prompt_password) -> None:
        self.db = db
        self._workspace: Workspace | None = None
        # A server password asked for is kept for this command only, in memory.
        self.passwords = SessionPasswords(prompt)

    @property
    def location(self) -> DatabaseLocation:
        """``--db`` resolved; a server's with the password from the URL or the keyring."""
        return self.passwords.unlock(resolve_location(self.db))

    def workspace(self) -> Workspace:
        """Open (creating or upgrading) the database on first use."""
        if self._workspace is None:
            self._workspace = open_workspace(self.location, passwords=self.passwords)
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
