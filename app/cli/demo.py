"""``demo``: fill a database with a realistic, deterministic demo workspace."""

import click
from rich.progress import Progress

from app.cli.context import DATE, CliContext, as_date, pass_cli
from app.clock import local_today

PROGRESS_FROM = 200  # smaller runs finish before a bar would be worth drawing


@click.command()
@click.option(
    "--accounts", "count", type=int, help="Number of accounts (default: the 12 showcase)."
)
@click.option("--seed", type=int, default=1, show_default=True, help="Random seed.")
@click.option("--today", type=DATE, help="Date the demo is built around (default: today).")
@pass_cli
def demo(cli: CliContext, count: int | None, seed: int, today: object) -> None:
    """Fill an empty database with demo accounts, contracts, ledger, notes and incidents."""
    from app.demo import generate_demo  # the generator and its word lists load only here

    anchor = as_date(today) or local_today()
    workspace = cli.workspace()
    with workspace.transaction() as session:
        if count is not None and count >= PROGRESS_FROM:
            with Progress(transient=True) as bar:
                task = bar.add_task("Generating accounts", total=count)

                def report(done: int, total: int) -> None:
                    bar.update(task, completed=done, total=total)

                summary = generate_demo(
                    session, today=anchor, accounts=count, seed=seed, progress=report
                )
        else:
            summary = generate_demo(session, today=anchor, accounts=count, seed=seed)
    click.echo(
        f"Demo workspace in {workspace.location.describe()}: {summary.accounts} accounts, "
        f"{summary.contracts} contracts, {summary.ledger_entries} ledger entries, "
        f"{summary.incidents} incidents, {summary.technician_notes} technician notes, "
        f"{summary.touchpoints} touchpoints"
    )
