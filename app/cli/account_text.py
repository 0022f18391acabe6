"""The text form of ``kamdesk-cli account``."""

from collections.abc import Iterator
from datetime import date

from app.domain.account_overview import AccountOverview
from app.domain.give_and_get import GiveAndGet, TradeItem
from app.formatting import day, money, number, share
from app.money import Money

KEY_DATE_LABELS = {
    "notice_deadline": "notice deadline",
    "term_end": "term ends",
    "budget_window": "budget window opens",
    "budget_planning": "budget planning",
    "meeting": "negotiation meeting",
}


def overview_lines(overview: AccountOverview, today: date) -> Iterator[str]:
    snap = overview.snapshot
    yield f"{snap.name} · {snap.customer_number}"
    yield f"{snap.city}, {overview.country} · tier {snap.tier.value} · {snap.status.value}"
    if overview.owner:
        yield f"owner: {overview.owner}"
    if overview.relationship_since:
        yield f"customer since {day(overview.relationship_since, 'en')}"
    yield ""
    yield f"HEALTH: {snap.health.light.label.upper()}"
    for reason in snap.health.reasons:
        yield f"  - {reason.sentence('en')}"
    yield ""
    yield "CONTRACTS"
    for contract in overview.contracts:
        dates = contract.dates
        end = day(dates.term_end, "en") if dates.term_end else "open-ended"
        notice = ""
        if dates.notice_deadline and contract.live:
            notice = f", notice by {day(dates.notice_deadline, 'en')} ({dates.days_to_notice} days)"
        yield (
            f"  {contract.number} {contract.title} [{contract.status.value}] "
            f"{money(contract.annual_value, 'en')}/year, "
            f"package {contract.package_name or '-'}, ends {end}{notice}"
        )
    yield ""
    yield "KEY DATES"
    for key in overview.key_dates[:8]:
        left = (key.on - today).days
        label = f"{KEY_DATE_LABELS[key.what]} {key.subject}".strip()
        yield f"  {day(key.on, 'en'):>12}  in {left:>4} days  {label}"
    balance = overview.balance
    yield ""
    yield (
        f"FREE SERVICES {day(balance.period.start, 'en')} – {day(balance.period.end, 'en')} "
        f"({balance.entries} entries)"
    )
    for total in balance.totals:
        yield f"  total {money(total, 'en')}"
    fraction = balance.share_of_annual_value
    if fraction is not None:
        yield f"  = {share(fraction, 'en')} of the annual contract value"
    for line in balance.lines:
        yield f"  {line.count}× {line.label_en} — {money(line.total, 'en')}"
    service = overview.service
    yield ""
    yield "SERVICE RECORD"
    yield (
        f"  {len(service.incidents)} incidents, {service.met} within SLA, "
        f"{service.breached} breached, downtime {service.downtime_hours} h"
    )
    worst = service.worst
    if worst is not None and worst.response_hours is not None:
        promised = f" vs {worst.promised_hours} h promised" if worst.promised_hours else ""
        yield f"  worst: {worst.response_hours} h{promised} ({day(worst.reported_at.date(), 'en')})"
    yield (
        f"  maintenance visits {service.visits_delivered} of {service.visits_contracted} "
        f"contracted for the period; open complaints {service.open_complaints}"
    )
    yield from _workbench_lines(overview)


def _sum(values: tuple[Money, ...]) -> str:
    return " + ".join(money(value, "en") for value in values) or "-"


def _trade(item: TradeItem) -> str:
    what = item.description or item.kind.value.replace("_", " ")
    value = money(item.value, "en") if item.value is not None else "not valued"
    if item.percent is not None:
        value += f" ({number(item.percent, 'en')} % of the annual value)"
    return f"    {what} — {value}"


def _give_and_get_lines(trades: GiveAndGet) -> Iterator[str]:
    period = f"{day(trades.period.start, 'en')} – {day(trades.period.end, 'en')}"
    yield f"  already given free ({period}): {_sum(trades.already_given)}"
    yield "  we can give:"
    yield from (_trade(item) for item in trades.give)
    yield f"  planned concessions {_sum(trades.planned)}; on the table {_sum(trades.on_the_table)}"
    yield "  we ask in return:"
    yield from (_trade(item) for item in trades.get)
    yield f"  asked in return {_sum(trades.asked)}"
    if trades.basis is not None and any(i.percent is not None for i in (*trades.give, *trades.get)):
        yield f"  percentages of {money(trades.basis, 'en')} ({trades.basis_contract})"


def _workbench_lines(overview: AccountOverview) -> Iterator[str]:
    if overview.budget_warnings:
        yield ""
        yield "BUDGET VERSUS NOTICE"
        for warning in overview.budget_warnings:
            yield f"  ! {warning.sentence('en')}"
    if overview.give_and_get is not None:
        yield ""
        yield "GIVE AND GET"
        yield from _give_and_get_lines(overview.give_and_get)
    if overview.stance_moves:
        yield ""
        yield "WHO MOVED"
        for move in overview.stance_moves:
            yield f"  {move.sentence('en')}"
