"""The brief's first column row: value given beyond the contract, and the service record."""

from decimal import Decimal

from app.brief.blocks import Flow, baseline_in, caps, clip, shrink_to_fit
from app.brief.drawing import Box, Line, Rect, Section, Shape, Style, Text
from app.brief.labels import BriefLabels
from app.brief.model import Brief, BriefService, ValueLine
from app.brief.styles import (
    BIG_FIGURE,
    BODY,
    BODY_BOLD,
    BODY_MUTED,
    GREEN,
    HAIRLINE,
    HEADLINE,
    INK,
    NOTE,
    RED,
    RED_TINT,
    SMALL,
    SMALL_BOLD,
    STAT_FIGURE,
    TILE,
    tinted,
)
from app.brief.text_fit import fit_list, normalise, shorten_lines
from app.domain.wording import Language
from app.formatting import day, hours, money_figure, number, share
from app.money import Money

ROW = 11.5  # one ledger line
MIN_COUNT_WIDTH = 20.0  # "12×", right-aligned
STATS_HEIGHT = 80.0  # three rows of two figure tiles


def one_currency_sum(values: list[Money]) -> Money | None:
    """The sum when every amount is in one currency, else None (never converted)."""
    if not values or len({v.currency for v in values}) > 1:
        return None
    total = Money.zero(values[0].currency)
    for value in values:
        total += value
    return total


def _line_row(flow: Flow, line: ValueLine, lang: Language, count_width: float) -> None:
    band = flow.take(ROW)
    baseline = baseline_in(band.y, ROW, BODY)
    figure = clip(money_figure(line.total, lang, cents=False), BODY, band.width / 2)
    count = clip(f"{line.count}×", BODY_BOLD, count_width)
    label_x = band.x + count_width + 5
    room = band.right - label_x - BODY.width(figure) - 6
    flow.add(
        Text(band.x + count_width, baseline, count, BODY_BOLD, "right"),
        Text(label_x, baseline, clip(normalise(line.label), BODY, room), BODY),
        Text(band.right, baseline, figure, BODY, "right"),
        Line(band.x, band.y, band.right, band.y, HAIRLINE, 0.5),
    )


def _headline_figures(flow: Flow, brief: Brief, t: BriefLabels, totals: list[Money]) -> None:
    """The total in large figures and, beside it, its share of the annual value."""
    lang = brief.lang
    band = flow.take(26)
    big = BIG_FIGURE if len(totals) == 1 else Style(BIG_FIGURE.font, 13, BIG_FIGURE.color)
    room = band.width * 0.62 if len(totals) == 1 else band.width
    figure = clip(" + ".join(money_figure(v, lang, cents=False) for v in totals), big, room)
    baseline = baseline_in(band.y, 26, BIG_FIGURE)
    flow.add(Text(band.x, baseline, figure, big))
    x = band.x + big.width(figure) + 9
    fraction = brief.value.share if len(totals) == 1 else None
    if fraction is not None:
        percent = clip(share(fraction, lang), HEADLINE, band.right - x)
        flow.add(Text(x, baseline, percent, HEADLINE))
        x += HEADLINE.width(percent) + 4
        flow.add(Text(x, baseline, clip(t.of_annual_value, NOTE, band.right - x), NOTE))
    elif len(totals) == 1:
        flow.add(Text(x, baseline, clip(t.no_annual_value, NOTE, band.right - x), NOTE))


def value_section(brief: Brief, t: BriefLabels, box: Box) -> Section:
    """Total and share large, then "3×  label … value" lines, the largest first."""
    lang, value = brief.lang, brief.value
    flow = Flow(box)
    flow.title(t.value)
    period = t.period.format(start=day(value.period_start, lang), end=day(value.period_end, lang))
    parts = [period, t.since_renewal if value.since_renewal else ""]
    parts.append(t.entries.format(count=value.entries))
    flow.line(" · ".join(p for p in parts if p), SMALL)
    totals = [total for total in value.totals if total.amount != 0] or list(value.totals[:1])
    if not totals and not value.lines:
        flow.skip(4)
        flow.paragraph(t.no_free_services, BODY_MUTED, 2)
        return flow.section("value")
    _headline_figures(flow, brief, t, totals)
    flow.skip(3)
    rows = int((flow.top - box.y + 0.01) // ROW)
    shown, hidden = fit_list(value.lines, rows)
    counts = [BODY_BOLD.width(f"{line.count}×") for line in shown]
    count_width = min(max([MIN_COUNT_WIDTH, *counts]), box.width / 4)
    for line in shown:
        _line_row(flow, line, lang, count_width)
    if hidden:
        rest = one_currency_sum([line.total for line in value.lines[len(shown) :]])
        figure = money_figure(rest, lang, cents=False) if rest else ""
        indent = count_width + 5
        flow.row(t.more.format(count=hidden), NOTE, figure, NOTE, leading=ROW, indent=indent)
    return flow.section("value")


def _stat(box: Box, figure: str, label: str, colour: str = INK) -> list[Shape]:
    """One figure of the service record in a small tile, its label beside it (two lines at most)."""
    inner = box.inset(8, 0)
    style = shrink_to_fit(figure, tinted(STAT_FIGURE, colour), inner.width * 0.6)
    figure = clip(figure, style, inner.width * 0.6)
    baseline = baseline_in(box.y, box.height, style)
    label_x = inner.x + style.width(figure) + 6
    room = inner.right - label_x
    shapes: list[Shape] = [Rect(box, TILE), Text(inner.x, baseline, figure, style)]
    if NOTE.width(label) <= room:
        return [*shapes, Text(label_x, baseline, label, NOTE)]
    lines = shorten_lines(label, SMALL.font, SMALL.size, room, 2)
    bottom = box.y + (box.height - len(lines) * 8.5) / 2
    for i, line in enumerate(reversed(lines)):
        shapes.append(Text(label_x, baseline_in(bottom + i * 8.5, 8.5, SMALL), line, SMALL))
    return shapes


def _stats(service: BriefService, t: BriefLabels, lang: Language, box: Box) -> list[Shape]:
    contracted = service.visits_contracted
    short_of_visits = Decimal(service.visits_delivered) < contracted
    visits = t.visits_of.format(
        delivered=service.visits_delivered, contracted=number(contracted, lang)
    )
    cells = [
        (str(service.incidents), t.incidents, INK),
        (hours(service.downtime_hours, lang), t.downtime, INK),
        (str(service.met), t.within_sla, GREEN if service.met else INK),
        (str(service.breached), t.sla_breached, RED if service.breached else INK),
        (visits, t.visits, RED if short_of_visits else INK),
        (str(service.open_complaints), t.open_complaints, RED if service.open_complaints else INK),
    ]
    gap = 4.0
    width = (box.width - gap) / 2
    height = (box.height - 2 * gap) / 3
    shapes: list[Shape] = []
    for i, (figure, label, colour) in enumerate(cells):
        row, column = divmod(i, 2)
        cell = Box(
            box.x + column * (width + gap), box.top - (row + 1) * height - row * gap, width, height
        )
        shapes += _stat(cell, figure, label, colour)
    return shapes


def service_section(brief: Brief, t: BriefLabels, box: Box) -> Section:
    """Incidents and SLA as figures, then the worst case with what had been promised."""
    lang, service = brief.lang, brief.service
    flow = Flow(box)
    flow.title(t.service)
    flow.add(*_stats(service, t, lang, flow.take(STATS_HEIGHT)))
    flow.skip(8)
    worst = service.worst
    if worst is None:
        band = flow.take(24)
        flow.add(Rect(band, TILE))
        flow.add(
            Text(
                band.x + 8,
                baseline_in(band.y, 24, NOTE),
                clip(t.no_worst_case, NOTE, band.width - 16),
                NOTE,
            )
        )
        return flow.section("service")
    breached = worst.promised_hours is not None and worst.response_hours > worst.promised_hours
    room = flow.top - box.y - 12 - 11 - 16
    described = len(shorten_lines(worst.description, NOTE.font, NOTE.size, box.width - 18, 3))
    card = flow.take(min(flow.top - box.y, 12 + 11 + 16 + 10 * min(described, int(room // 10))))
    inner = Flow(card.inset(9, 6))
    inner.add(Rect(card, RED_TINT if breached else TILE))
    inner.add(Rect(Box(card.x, card.y, 2.5, card.height), RED if breached else INK))
    kicker = tinted(SMALL_BOLD, RED) if breached else SMALL_BOLD
    inner.row(caps(t.worst_case), kicker, day(worst.reported_on, lang), SMALL, leading=11)
    actual = hours(worst.response_hours, lang)
    headline = (
        t.worst_vs_promised.format(actual=actual, promised=hours(worst.promised_hours, lang))
        if worst.promised_hours is not None
        else t.worst_no_promise.format(actual=actual)
    )
    inner.line(headline, HEADLINE, leading=16)
    inner.paragraph(worst.description, NOTE, 3, leading=10)
    flow.add(*inner.shapes)
    return flow.section("service")
