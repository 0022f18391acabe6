"""``accounts``: list the key accounts as a table or JSON."""

import json

import click

from app.cli.context import CliContext, pass_cli
from app.domain.accounts import AccountSummary, list_accounts


def _as_json(summary: AccountSummary) -> dict[str, object]:
    return {
        "customer_number": summary.customer_number,
        "name": summary.name,
        "city": summary.city,
        "country": summary.country,
        "industry": summary.industry,
        "tier": summary.tier.value,
        "status": summary.status.value,
        "owner": summary.owner,
        "currency": summary.currency,
        "relationship_since": (
            summary.relationship_since.isoformat() if summary.relationship_since else None
        ),
    }


@click.command()
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
@pass_cli
def accounts(cli: CliContext, as_json: bool) -> None:
    """List every account: customer number, name, city, tier, status."""
    with cli.workspace().session() as session:
        rows = list_accounts(session)
    if as_json:
        click.echo(json.dumps([_as_json(row) for row in rows], ensure_ascii=False, indent=2))
        return
    if not rows:
        click.echo("No accounts yet. Try 'kamdesk-cli demo' on a scratch database.")
        return
    width = max(len(row.customer_number) for row in rows)
    name_width = min(48, max(len(row.name) for row in rows))
    for row in rows:
        name = row.name if len(row.name) <= name_width else row.name[: name_width - 1] + "…"
        click.echo(
            f"{row.customer_number:<{width}}  {name:<{name_width}}  "
            f"{row.city[:24]:<24}  {row.tier.value}  {row.status.value}"
        )
    click.echo(f"{len(rows)} accounts")
