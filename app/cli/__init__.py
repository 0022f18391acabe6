"""``kamdesk-cli``: every core job without a window. Never imports Qt.

User errors exit 1 with one line naming the file, field or value; never a traceback.
"""

import sqlite3
import sys

import click
from sqlalchemy.exc import SQLAlchemyError

from app import __version__
from app.cli.accounts import accounts
from app.cli.agenda import account, agenda
from app.cli.brief import brief, statement
from app.cli.context import CliContext
from app.cli.database import backup, check, init, restore
from app.cli.demo import demo
from app.cli.encryption import ENCRYPTION_COMMANDS
from app.cli.interchange import INTERCHANGE_COMMANDS
from app.cli.team import TEAM_COMMANDS
from app.errors import KamDeskError
from app.logs import configure_logging
from app.storage.redaction import REDACTOR
from app.storage.write_errors import database_write_failure

PROG = "kamdesk-cli"


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--db",
    "db",
    envvar="KAMDESK_DB",
    metavar="PATH_OR_URL",
    help="SQLite file or database URL (default: KAMDESK_DB, else the per-user database).",
)
@click.version_option(__version__, prog_name=PROG)
@click.pass_context
def cli(ctx: click.Context, db: str | None) -> None:
    """KAM Desk: key-account contract timelines, free-service ledger and negotiation briefs."""
    ctx.obj = CliContext(db)
    ctx.call_on_close(ctx.obj.close)


for command in (
    init,
    demo,
    accounts,
    agenda,
    account,
    brief,
    statement,
    *INTERCHANGE_COMMANDS,
    *TEAM_COMMANDS,
    backup,
    restore,
    check,
    *ENCRYPTION_COMMANDS,
):
    cli.add_command(command)


def one_line(message: str) -> str:
    """Driver messages span lines; a CLI error is one line, with known secrets masked."""
    return " ".join(REDACTOR.redact(message).split())


def main(argv: list[str] | None = None) -> int:
    """Run the CLI; return the exit code instead of raising ``SystemExit`` for user errors."""
    configure_logging(fmt=f"{PROG}: %(levelname)s: %(message)s")  # secrets masked
    try:
        result = cli.main(args=argv, prog_name=PROG, standalone_mode=False)
    except KamDeskError as error:
        click.echo(f"{PROG}: error: {one_line(str(error))}", err=True)
        return 1
    except (SQLAlchemyError, sqlite3.Error) as error:
        # A commit the disk refused (full, over a size limit, failing) is said plainly.
        failure = database_write_failure(error)
        if failure is None:
            raise
        click.echo(f"{PROG}: error: {one_line(str(failure))}", err=True)
        return 1
    except click.exceptions.Abort:
        click.echo(f"{PROG}: aborted", err=True)
        return 1
    except click.ClickException as error:
        click.echo(f"{PROG}: error: {one_line(error.format_message())}", err=True)
        return 1
    except click.exceptions.Exit as done:
        return done.exit_code
    return result if isinstance(result, int) else 0


if __name__ == "__main__":
    sys.exit(main())
