"""``agenda`` and ``account``: what needs the seller now, and one account at a glance."""

import json

import click

from app.cli.context import DATE, CliContext, as_date, pass_cli
from app.cli.jsonify import jsonable
from app.clock import local_today


@click.command()
@click.option("--today", type=DATE, help="Date to compute the agenda for (default: today).")
@click.option(
    "--days",
    type=click.IntRange(0, 3660),
    default=30,
    show_default=True,
    help="Look this many days ahead.",
)
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of text.")
@pass_cli
def agenda(cli: CliContext, today: object, days: int, as_json: bool) -> None:
    """What is overdue or due soon across all active accounts, most urgent first."""
    from app.domain.agenda import agenda as build_agenda
    from app.domain.agenda_wording import describe

    anchor = as_date(today) or local_today()
    with cli.workspace().session() as session:
        items = build_agenda(session, anchor, days)
    if as_json:
        rows = [dict(jsonable(item), text=describe(item)) for item in items]
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    if not items:
        click.echo(f"Nothing due in the next {days} days.")
        return
    group = None
    for item in items:
        if item.urgency != group:
            group = item.urgency
            click.echo(f"\n{group.label.replace('_', ' ').upper()}")
        click.echo(f"  {item.due.isoformat()}  {item.customer_number:<10} {describe(item)}")
    click.echo(f"\n{len(items)} items")


@click.command()
@click.argument("customer_number")
@click.option("--today", type=DATE, help="Date to compute for (default: today).")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of text.")
@pass_cli
def account(cli: CliContext, customer_number: str, today: object, as_json: bool) -> None:
    """Key facts, ledger balance, service record and health of one account, with the
    negotiation's give and get, budget-versus-notice warnings and who moved."""
    from app.cli.account_text import overview_lines
    from app.domain.account_overview import account_overview

    anchor = as_date(today) or local_today()
    with cli.workspace().session() as session:
        overview = account_overview(session, customer_number, anchor)
    if as_json:
        data = jsonable(overview)
        data["health_reasons"] = [r.sentence("en") for r in overview.snapshot.health.reasons]
        data["budget_warning_texts"] = [w.sentence("en") for w in overview.budget_warnings]
        data["stance_move_texts"] = [m.sentence("en") for m in overview.stance_moves]
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    for line in overview_lines(overview, anchor):
        click.echo(line)
