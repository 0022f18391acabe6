"""Data in and out: the JSON workspace file, CSV per kind, and the iCalendar file.

Imports are all-or-nothing; once a file has passed every check, and before anything
is written, the database is backed up into ``backups/`` so an import can be undone
with ``restore``. Files are written whole or not at all.
"""

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

import click

from app.cli.context import DATE, CliContext, as_date, pass_cli
from app.clock import local_today
from app.domain.wording import Language
from app.interchange.csv_fields import CSV_KINDS

KIND = click.Choice(CSV_KINDS)
LANG = click.Choice(["en", "de"])
FILE = click.Path(dir_okay=False, path_type=Path)
# Below this size an import is over before a progress bar would be worth drawing.
PROGRESS_FROM_BYTES = 1_000_000


def _backup_before_import(cli: CliContext) -> Callable[[], None]:
    """Take a backup of the SQLite file right before an import writes (none for a server)."""

    def take() -> None:
        from app.interchange.backups import automatic_backup

        location = cli.location
        path = location.path
        if path is None or not path.exists():
            return
        now = datetime.now(UTC).astimezone()  # local days for the rotation
        written = automatic_backup(path, now, "before-import", force=True, key=location.key)
        click.echo(f"Backup before import: {written}")

    return take


@contextmanager
def _progress(file: Path, what: str) -> Iterator[Callable[[int, int], None] | None]:
    if not file.is_file() or file.stat().st_size < PROGRESS_FROM_BYTES:
        yield None
        return
    from rich.progress import Progress

    with Progress(transient=True) as bar:
        task = bar.add_task(what, total=None)

        def report(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total)

        yield report


@click.command("import-json")
@click.argument("file", type=FILE)
@pass_cli
def import_json(cli: CliContext, file: Path) -> None:
    """Load a whole workspace from FILE (written by export-json) into an empty database."""
    from app.interchange.errors import WorkspaceFileError
    from app.interchange.json_workspace import import_workspace
    from app.interchange.sources import read_source

    data, name = read_source(file)
    workspace = cli.workspace()
    try:
        with workspace.transaction() as session:
            report = import_workspace(session, data, before_write=_backup_before_import(cli))
    except WorkspaceFileError as error:
        raise WorkspaceFileError(f"{name}: {error}") from None
    counts = report.counts
    click.echo(
        f"Workspace loaded from {name}: {sum(counts.values())} rows "
        f"({counts['account']} accounts, {counts['contract']} contracts, "
        f"{counts['free_service']} ledger entries)"
    )


@click.command("export-json")
@click.argument("file", type=FILE)
@pass_cli
def export_json(cli: CliContext, file: Path) -> None:
    """Write the whole workspace to FILE (the versioned JSON backup format)."""
    from app.interchange.json_workspace import export_workspace
    from app.storage.files import write_atomically

    with cli.workspace().session() as session:
        data = export_workspace(session)
    write_atomically(file, data, "workspace file")
    click.echo(f"Workspace written: {file.absolute()}")


@click.command("import-csv")
@click.argument("kind", type=KIND, metavar="KIND")
@click.argument("file", type=FILE)
@click.option("--dry-run", is_flag=True, help="Check every row and report; write nothing.")
@click.option(
    "--lang",
    type=LANG,
    help="Read ambiguous numbers such as 1.234 the German (de) or English (en) way "
    "(default: as the file's other numbers show, else German for ';' files).",
)
@pass_cli
def import_csv_command(
    cli: CliContext, kind: str, file: Path, dry_run: bool, lang: Language | None
) -> None:
    """Import the rows of a CSV FILE of KIND: all of them, or none if one is wrong.

    KIND: accounts, contacts, contracts, ledger, notes, incidents or touchpoints.
    """
    from app.interchange.csv_import import import_csv

    workspace = cli.workspace()
    with workspace.transaction() as session, _progress(file, f"Importing {kind}") as progress:
        report = import_csv(
            session,
            kind,
            file,
            dry_run=dry_run,
            lang_hint=lang,
            progress=progress,
            before_write=_backup_before_import(cli),
        )
    how = (
        f"{report.encoding}, delimiter {report.delimiter!r}, "
        f"{'German' if report.number_style == 'de' else 'English'} numbers"
    )
    if dry_run:
        click.echo(
            f"Dry run: {report.rows} {kind} rows in {file} are valid ({how}); nothing was written"
        )
    else:
        click.echo(f"Imported {report.rows} {kind} rows from {file} ({how})")
    added = report.counts.get("ledger categories")
    if added:
        click.echo(f"Added {added} standard ledger categories")
    if report.ignored_columns:
        click.echo(f"Ignored columns: {', '.join(report.ignored_columns)}")


@click.command("export-csv")
@click.argument("kind", type=KIND, metavar="KIND")
@click.argument("file", type=FILE)
@click.option(
    "--lang",
    type=LANG,
    default="en",
    show_default=True,
    help="de: ';', German headers, 1234,50 and 15.01.2027; en: ',' and ISO dates.",
)
@pass_cli
def export_csv_command(cli: CliContext, kind: str, file: Path, lang: Language) -> None:
    """Write every row of KIND to a CSV FILE that Excel and LibreOffice open cleanly.

    KIND: accounts, contacts, contracts, ledger, notes, incidents or touchpoints.
    """
    from app.interchange.csv_export import export_csv
    from app.storage.files import write_atomically

    with cli.workspace().session() as session:
        data = export_csv(session, kind, lang)
    write_atomically(file, data, f"{kind} CSV file")
    rows = data.count(b"\r\n") - 1
    click.echo(f"Exported {kind} to {file.absolute()}")
    if rows == 0:
        click.echo("(no rows: the file holds the header only)")


@click.command()
@click.argument("file", type=FILE)
@click.option(
    "--account",
    "customer_number",
    metavar="CUSTOMER_NO",
    help="Only this account (default: every active or prospect account).",
)
@click.option("--today", type=DATE, help="Date the calendar is made on (default: today).")
@click.option("--lang", type=LANG, default="en", show_default=True)
@pass_cli
def ical(
    cli: CliContext, file: Path, customer_number: str | None, today: object, lang: Language
) -> None:
    """Write budget dates, contact windows, notice deadlines and follow-ups as .ics FILE."""
    from app.interchange.ical import export_ical
    from app.storage.files import write_atomically

    anchor = as_date(today) or local_today()
    with cli.workspace().session() as session:
        data = export_ical(session, anchor, customer_number, lang=lang)
    write_atomically(file, data, "calendar file")
    click.echo(f"Calendar written: {file.absolute()} ({data.count(b'BEGIN:VEVENT')} events)")


INTERCHANGE_COMMANDS: tuple[click.Command, ...] = (
    import_json,
    export_json,
    import_csv_command,
    export_csv_command,
    ical,
)
