"""Team mode on the command line: the server password in the OS keyring.

``kamdesk-cli secret set --db URL`` stores it (asked without echo, or read from stdin),
``kamdesk-cli secret clear --db URL`` forgets it.
"""

import sys

import click

from app.cli.context import CliContext, pass_cli
from app.errors import InvalidValueError
from app.storage.location import DatabaseLocation, resolve_location
from app.storage.secrets import SERVICE_NAME, clear_password, keyring_username, store_password

DB_OPTION = click.option(
    "--db",
    "db",
    metavar="URL",
    help="The team server's URL, e.g. postgresql://anna@db.example.com:5432/kamdesk "
    "(default: the --db given before the command, or KAMDESK_DB).",
)


def _server(cli: CliContext, db: str | None) -> DatabaseLocation:
    location = resolve_location(db or cli.db)
    if location.is_sqlite:
        raise InvalidValueError(
            "--db", "a password is kept for a team server URL (postgresql://...), not a file"
        )
    return location.with_password(None)


@click.group()
def secret() -> None:
    """Keep the team server's password in the OS keyring (service 'kamdesk')."""


@secret.command("set")
@DB_OPTION
@click.option(
    "--password-stdin", is_flag=True, help="Read the password from the first line of stdin."
)
@pass_cli
def set_secret(cli: CliContext, db: str | None, password_stdin: bool) -> None:
    """Store the password for the server account in --db (asked for, never echoed)."""
    location = _server(cli, db)
    name = keyring_username(location)
    if password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = click.prompt(
            f"Password for {name}", hide_input=True, confirmation_prompt=True, err=True
        )
    if not password:
        raise InvalidValueError("password", "must not be empty")
    store_password(location, password)
    click.echo(f"Stored the password for {name} in the keyring (service {SERVICE_NAME!r})")


@secret.command("clear")
@DB_OPTION
@pass_cli
def clear_secret(cli: CliContext, db: str | None) -> None:
    """Remove the stored password for the server account in --db."""
    location = _server(cli, db)
    name = keyring_username(location)
    if clear_password(location):
        click.echo(f"Removed the password for {name} from the keyring")
    else:
        click.echo(f"No password was stored for {name}")


TEAM_COMMANDS = (secret,)
