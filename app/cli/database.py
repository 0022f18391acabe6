"""Database housekeeping: init, backup, restore, check."""

from pathlib import Path

import click

from app.cli.context import CliContext, pass_cli
from app.domain.ledger_categories import ensure_ledger_categories
from app.errors import InvalidValueError
from app.storage.backup import back_up
from app.storage.damage import pending_damage
from app.storage.damage import start_empty as begin_empty
from app.storage.integrity import check_database
from app.storage.restore import restore_backup, restore_latest_good


@click.command()
@click.option(
    "--start-empty",
    is_flag=True,
    help="After damage: start an empty workspace (the damaged file stays where it was moved).",
)
@pass_cli
def init(cli: CliContext, start_empty: bool) -> None:
    """Create the database, or upgrade it to this version's schema."""
    path = cli.location.path
    if start_empty and path is not None and pending_damage(path) is not None:
        begin_empty(path)
    workspace = cli.workspace()
    with workspace.transaction() as session:
        added = ensure_ledger_categories(session)
    report = workspace.upgrade
    assert report is not None
    click.echo(f"Database ready: {workspace.location.describe()} (schema {report.before.head})")
    if report.backup is not None:
        click.echo(f"Upgraded from schema {report.before.revision}; backup at {report.backup}")
    if report.advice:
        click.echo(f"Upgraded from schema {report.before.revision}; {report.advice}", err=True)
    if added:
        click.echo(f"Added {added} standard ledger categories")


@click.command()
@click.option(
    "--to",
    "target",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Backup file to write (default: a dated file in the backups folder).",
)
@pass_cli
def backup(cli: CliContext, target: Path | None) -> None:
    """Copy the database safely, even while the app has it open."""
    path = _sqlite_path(cli)
    chosen = target.absolute() if target else None
    written = back_up(path, reason="manual", target=chosen, key=cli.location.key)
    click.echo(f"Backup written: {written}")


@click.command()
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path), required=False)
@click.option(
    "--latest-good",
    is_flag=True,
    help="Restore the newest backup that passes the integrity check instead of FILE.",
)
@pass_cli
def restore(cli: CliContext, file: Path | None, latest_good: bool) -> None:
    """Replace the database with the backup FILE (the current state is backed up first)."""
    if (file is None) == (not latest_good):
        raise InvalidValueError("FILE", "name a backup file or give --latest-good (not both)")
    if file is None:
        report = restore_latest_good(cli.location)
    else:
        report = restore_backup(cli.location, file)
    click.echo(f"Restored from {report.restored_from}")
    if report.previous_saved_to is not None:
        click.echo(f"The previous database was saved to {report.previous_saved_to}")
    # A backup from an older version is upgraded now, not on the next start.
    cli.workspace()


@click.command()
@pass_cli
def check(cli: CliContext) -> int:
    """Run the integrity check and show the schema revision; exit 1 on any problem."""
    _, report = cli.passwords.log_in(cli.location, check_database)
    click.echo(f"Database: {report.location}")
    click.echo(
        f"Schema: {report.schema.revision or 'none (empty database)'} "
        f"(this version: {report.schema.head}, {report.schema.state.value})"
    )
    if report.ok:
        click.echo("Integrity: ok")
        return 0
    for problem in report.problems:
        click.echo(f"Integrity: {problem}", err=True)
    if report.broken_references:
        click.echo(f"Broken references: {report.broken_references}", err=True)
    return 1


def _sqlite_path(cli: CliContext) -> Path:
    path = cli.location.path
    if path is None:
        raise InvalidValueError(
            "--db", "backups of a server database are made with pg_dump on the server"
        )
    if not path.exists():
        raise InvalidValueError("--db", f"{path} does not exist yet (run 'kamdesk-cli init')")
    return path
