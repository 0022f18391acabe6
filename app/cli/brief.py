"""``brief`` and ``statement``: the PDFs a seller takes to the customer. No display needed."""

from pathlib import Path

import click

from app.cli.context import DATE, CliContext, as_date, pass_cli
from app.clock import local_today
from app.domain.wording import Language

LANG = click.Choice(["en", "de"])
OUT = click.Path(dir_okay=False, path_type=Path)


@click.command()
@click.argument("customer_number")
@click.option("--meeting", type=DATE, help="Meeting date (default: the negotiation's, else today).")
@click.option("--lang", type=LANG, default="en", show_default=True)
@click.option("--today", type=DATE, help="Date the brief is prepared on (default: today).")
@click.option("--by", "prepared_by", help="Name under 'prepared by' (default: the account owner).")
@click.option("--out", type=OUT, required=True, help="PDF file to write.")
@pass_cli
def brief(
    cli: CliContext,
    customer_number: str,
    meeting: object,
    lang: Language,
    today: object,
    prepared_by: str | None,
    out: Path,
) -> None:
    """Write the one-page negotiation brief of an account as PDF."""
    from app.brief.compose import compose_brief
    from app.brief.render import render_brief
    from app.storage.files import write_atomically

    anchor = as_date(today) or local_today()
    with cli.workspace().session() as session:
        content = compose_brief(
            session,
            customer_number,
            anchor,
            meeting_on=as_date(meeting),
            lang=lang,
            prepared_by=prepared_by,
        )
    write_atomically(out, render_brief(content), f"brief {customer_number}")
    click.echo(f"Brief written: {out.absolute()}")


@click.command()
@click.argument("customer_number")
@click.option("--from", "start", type=DATE, help="First day (default: start of the contract term).")
@click.option("--to", "end", type=DATE, help="Last day (default: today).")
@click.option("--lang", type=LANG, default="en", show_default=True)
@click.option("--today", type=DATE, help="Date the statement is prepared on (default: today).")
@click.option("--supplier", envvar="KAMDESK_SUPPLIER", default="", help="Your company's name.")
@click.option("--by", "prepared_by", help="Name of the sender (default: the account owner).")
@click.option("--out", type=OUT, required=True, help="PDF file to write.")
@pass_cli
def statement(
    cli: CliContext,
    customer_number: str,
    start: object,
    end: object,
    lang: Language,
    today: object,
    supplier: str,
    prepared_by: str | None,
    out: Path,
) -> None:
    """Write the customer-facing statement of services given beyond the contract."""
    from app.brief.compose import compose_statement
    from app.brief.render import render_statement
    from app.domain.ledger_balance import balance_period
    from app.domain.periods import Period
    from app.errors import InvalidValueError
    from app.storage.files import write_atomically

    anchor = as_date(today) or local_today()
    first, last = as_date(start), as_date(end)
    with cli.workspace().session() as session:
        period = None
        if first is not None or last is not None:
            from app.domain.account_overview import find_account_id
            from app.domain.contracts import account_contracts

            account_id = find_account_id(session, customer_number)
            default, _ = balance_period(account_contracts(session, account_id, anchor), anchor)
            first, last = first or default.start, last or anchor
            if last < first:
                raise InvalidValueError("--to", f"{last} lies before --from {first}")
            period = Period(first, last)
        content = compose_statement(
            session,
            customer_number,
            anchor,
            period=period,
            lang=lang,
            supplier=supplier,
            prepared_by=prepared_by,
        )
    write_atomically(out, render_statement(content), f"statement {customer_number}")
    click.echo(f"Statement written: {out.absolute()}")
