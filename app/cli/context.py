"""What every subcommand shares: the ``--db`` choice and the workspace it opens lazily."""

import sys
from datetime import date
from pathlib import Path

import click

from app.bootstrap import Workspace, open_workspace
from app.storage.location import DatabaseLocation, resolve_location
from app.storage.passwords import SecretPrompt, SessionPasswords
from app.storage.workspace_keys import PassphrasePrompt, WorkspaceKeys


def prompt_password(question: str) -> str:
    """The CLI's ``SecretPrompt``: asks on stderr without echo, so stdout stays clean."""
    answer: str = click.prompt(question, hide_input=True, err=True)
    return answer


def prompt_passphrase(database: Path, attempt: int) -> str:
    """The CLI's ``PassphrasePrompt``: on stderr, without echo."""
    again = "That passphrase does not open it. " if attempt > 1 else ""
    answer: str = click.prompt(
        f"{again}Passphrase of the encrypted workspace {database}", hide_input=True, err=True
    )
    return answer


def terminal_prompt() -> PassphrasePrompt | None:
    """Ask for a passphrase only where someone can type it: a script gets a clear error
    naming KAMDESK_PASSPHRASE instead of a prompt that waits forever."""
    return prompt_passphrase if sys.stdin is not None and sys.stdin.isatty() else None


class CliContext:
    def __init__(
        self,
        db: str | None,
        prompt: SecretPrompt = prompt_password,
        passphrase_prompt: PassphrasePrompt | None = None,
    ) -> None:
        self.db = db
        self._workspace: Workspace | None = None
        # A server password or workspace passphrase asked for is kept for this command
        # only, in memory.
        keys = WorkspaceKeys(passphrase_prompt or terminal_prompt())
        self.passwords = SessionPasswords(prompt, keys=keys)

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
