"""Where everything on the customer's statement goes: at most two A4 pages.

Page one carries the letterhead, the customer, a short cover text, the grouped
overview with its total and the first entries; page two the remaining
entries. When even that is not enough the list ends with "+N more entries".
"""

from dataclasses import dataclass

from app.brief.blocks import Flow, baseline_in, caps, clip, shrink_to_fit
from app.brief.brief_columns import one_currency_sum
from app.brief.drawing import CONTENT, Box, Line, Rect, Section, Style, Text
from app.brief.fonts import register_fonts
from app.brief.labels import STATEMENT, StatementLabels
from app.brief.model import Statement, ValueEntry
from app.brief.styles import (
    ACCENT,
    ACCENT_TINT,
    BIG_FIGURE,
    BODY,
    BODY_BOLD,
    BODY_MUTED,
    FOOTER,
    HAIRLINE,
    KICKER,
    SMALL,
    SMALL_BOLD,
    tinted,
)
from app.brief.text_fit import fit_list, normalise, shorten_lines
from app.domain.wording import Language
from app.formatting import day, money_figure

NBSP = "\u00a0"  # dates in running text never break apart
FOOTER_HEIGHT = 14.0
ROW = 13.0
LINE = 10.5
MAX_TOTALS = 4
ENTRY_RESERVE = 90.0  # page one keeps this much for the first entries below the overview
TITLE = Style(BODY_BOLD.font, 17, ACCENT)
COVER = Style(BODY.font, 9, BODY.color)
TOTAL = Style(BIG_FIGURE.font, 14, ACCENT)


@dataclass(frozen=True, slots=True)
class StatementLayout:
    pages: tuple[tuple[Section, ...], ...]


@dataclass(frozen=True, slots=True)
class _Columns:
    date: float
    category: float
    description: float
    value_right: float
    category_width: float
    description_width: float


def _letterhead(s: Statement, t: StatementLabels, flow: Flow) -> None:
    lang = s.lang
    band = flow.take(16)
    supplier = tinted(BODY_BOLD, ACCENT)
    when = day(s.prepared_on, lang, "long")
    room = band.width - SMALL.width(when) - 12
    baseline = baseline_in(band.y, 16, supplier)
    flow.add(Text(band.x, baseline, clip(normalise(s.supplier), supplier, room), supplier))
    flow.add(Text(band.right, baseline, when, SMALL, "right"))
    flow.add(Line(band.x, band.y, band.right, band.y, ACCENT, 1.5))
    flow.skip(16)
    flow.line(t.document, TITLE, leading=24)
    flow.skip(8)


def _addressee(s: Statement, t: StatementLabels, flow: Flow) -> None:
    """The customer on the left; period and total value in a tinted panel on the right."""
    lang = s.lang
    block = flow.take(66)
    panel = Box(block.right - 190, block.y, 190, block.height)
    left = Flow(Box(block.x, block.y, panel.x - block.x - 16, block.height))
    left.line(s.account_name, tinted(BODY_BOLD, BODY.color), leading=13)
    for part in s.address[:3]:
        left.line(part, BODY, leading=11.5)
    left.line(t.customer_number.format(number=s.customer_number), SMALL, leading=11)
    flow.add(
        *left.shapes, Rect(panel, ACCENT_TINT), Rect(Box(panel.x, panel.y, 3, panel.height), ACCENT)
    )
    right = Flow(panel.inset(11, 6))
    period = t.period.format(start=day(s.period_start, lang), end=day(s.period_end, lang))
    right.line(caps(t.period_label), KICKER, leading=10)
    right.line(period, BODY, leading=12)
    right.line(caps(t.total_value), KICKER, leading=12)
    totals = " + ".join(money_figure(v, lang) for v in s.totals if v.amount) or "—"
    right.line(totals, shrink_to_fit(totals, TOTAL, right.width, smallest=9), leading=18)
    flow.add(*right.shapes)
    flow.skip(14)


def _overview(s: Statement, t: StatementLabels, flow: Flow, bottom: float) -> None:
    """The grouped lines (count and value right-aligned) and the total per currency."""
    lang = s.lang
    flow.line(caps(t.overview), KICKER, leading=14)
    count_right = flow.right - 110
    band = flow.take(ROW)
    header = baseline_in(band.y, ROW, SMALL_BOLD)
    flow.add(
        Text(band.x, header, caps(t.service), SMALL_BOLD),
        Text(count_right, header, caps(t.count), SMALL_BOLD, "right"),
        Text(band.right, header, caps(t.value), SMALL_BOLD, "right"),
        Line(band.x, band.y, band.right, band.y, HAIRLINE, 0.6),
    )
    totals = [v for v in s.totals if v.amount][:MAX_TOTALS]
    rows = int((flow.top - bottom - ROW * max(len(totals), 1) - 4) // ROW)
    shown, hidden = fit_list(s.lines, rows)
    for line in shown:
        _overview_row(
            flow, line.label, str(line.count), money_figure(line.total, lang), count_right, BODY
        )
    if hidden:
        rest = s.lines[len(shown) :]
        rest_total = one_currency_sum([line.total for line in rest])
        figure = money_figure(rest_total, lang) if rest_total else ""
        label = t.more_kinds.format(count=hidden)
        count = str(sum(line.count for line in rest))
        _overview_row(flow, label, count, figure, count_right, BODY_MUTED)
    flow.skip(2)
    for total_text in [money_figure(total, lang) for total in totals] or ["—"]:
        band = flow.take(ROW)
        flow.add(Line(band.x, band.top, band.right, band.top, ACCENT, 0.8))
        baseline = baseline_in(band.y, ROW, BODY_BOLD)
        flow.add(
            Text(band.x, baseline, t.total, BODY_BOLD),
            Text(band.right, baseline, total_text, BODY_BOLD, "right"),
        )
    flow.skip(16)


def _overview_row(
    flow: Flow, label: str, count: str, figure: str, count_right: float, style: Style
) -> None:
    band = flow.take(ROW)
    baseline = baseline_in(band.y, ROW, style)
    flow.add(
        Text(band.x, baseline, clip(normalise(label), style, count_right - 40 - band.x), style),
        Text(count_right, baseline, count, style, "right"),
        Text(band.right, baseline, figure, style, "right"),
        Line(band.x, band.y, band.right, band.y, HAIRLINE, 0.5),
    )


def _columns(entries: tuple[ValueEntry, ...], lang: Language, box: Box) -> _Columns:
    dates = [day(e.provided_on, lang) for e in entries[:50]] or ["00.00.0000"]
    date_width = max(SMALL.width(d) for d in dates) + 10
    value_width = 80.0
    category_width = box.width * 0.26
    description = box.x + date_width + category_width + 8
    return _Columns(
        date=box.x,
        category=box.x + date_width,
        description=description,
        value_right=box.right,
        category_width=category_width,
        description_width=box.right - value_width - description,
    )


def _entry_height(entry: ValueEntry, cols: _Columns) -> tuple[float, list[str], list[str]]:
    label = shorten_lines(entry.label, BODY.font, BODY.size, cols.category_width, 2)
    text = shorten_lines(entry.description, BODY.font, BODY.size, cols.description_width, 2)
    lines = max(len(label), len(text), 1)
    return lines * LINE + 4, label, text


def _entries_header(t: StatementLabels, flow: Flow, cols: _Columns) -> None:
    band = flow.take(ROW)
    baseline = baseline_in(band.y, ROW, SMALL_BOLD)
    flow.add(
        Text(cols.date, baseline, caps(t.date), SMALL_BOLD),
        Text(cols.category, baseline, caps(t.category), SMALL_BOLD),
        Text(cols.description, baseline, caps(t.description), SMALL_BOLD),
        Text(cols.value_right, baseline, caps(t.value), SMALL_BOLD, "right"),
        Line(band.x, band.y, band.right, band.y, HAIRLINE, 0.6),
    )


def _entries(s: Statement, flow: Flow, cols: _Columns, start: int, last_page: bool) -> int:
    """Entries from ``start`` while they fit; returns the index of the first one left out."""
    t = STATEMENT[s.lang]
    index = start
    while index < len(s.entries):
        entry = s.entries[index]
        height, label, text = _entry_height(entry, cols)
        more = ROW if last_page and index < len(s.entries) - 1 else 0
        if not flow.fits(height + more):
            break
        band = flow.take(height)
        top = band.top - 2
        for i, line in enumerate(label):
            flow.add(Text(cols.category, baseline_in(top - (i + 1) * LINE, LINE, BODY), line, BODY))
        for i, line in enumerate(text):
            flow.add(
                Text(cols.description, baseline_in(top - (i + 1) * LINE, LINE, BODY), line, BODY)
            )
        first = baseline_in(top - LINE, LINE, BODY)
        flow.add(
            Text(cols.date, first, day(entry.provided_on, s.lang), SMALL),
            Text(cols.value_right, first, money_figure(entry.value, s.lang), BODY, "right"),
            Line(band.x, band.y, band.right, band.y, HAIRLINE, 0.5),
        )
        index += 1
    if last_page and index < len(s.entries):
        flow.line(t.more_entries.format(count=len(s.entries) - index), BODY_MUTED, leading=ROW)
    return index


def _footer(s: Statement, t: StatementLabels, page: int, pages: int) -> Section:
    box = Box(CONTENT.x, CONTENT.y, CONTENT.width, FOOTER_HEIGHT)
    name = clip(normalise(s.prepared_by), FOOTER, box.width / 3)
    supplier = clip(normalise(s.supplier), FOOTER, box.width / 3)
    when = day(s.prepared_on, s.lang)
    text = t.footer.format(supplier=supplier, date=when, name=name, page=page, pages=pages)
    text = clip(text.lstrip(" ·"), FOOTER, box.width)
    baseline = baseline_in(box.y, box.height - 3, FOOTER)
    return Section(
        f"footer-{page}",
        box,
        (
            Line(box.x, box.top - 0.5, box.right, box.top - 0.5, HAIRLINE, 0.6),
            Text(box.x + box.width / 2, baseline, text, FOOTER, "center"),
        ),
    )


def layout_statement(statement: Statement) -> StatementLayout:
    """One or two pages of sections for ``statement``; every shape inside the margins."""
    register_fonts()
    t = STATEMENT[statement.lang]
    body = Box(
        CONTENT.x,
        CONTENT.y + FOOTER_HEIGHT + 10,
        CONTENT.width,
        CONTENT.height - FOOTER_HEIGHT - 10,
    )
    first = Flow(body)
    _letterhead(statement, t, first)
    _addressee(statement, t, first)
    first.paragraph(
        t.cover.format(
            account=normalise(statement.account_name),
            start=day(statement.period_start, statement.lang).replace(" ", NBSP),
            end=day(statement.period_end, statement.lang).replace(" ", NBSP),
        ),
        COVER,
        7,
        leading=12.5,
    )
    first.skip(14)
    if not statement.entries and not statement.lines:
        first.paragraph(t.no_entries, BODY_MUTED, 2)
    if statement.lines:
        _overview(statement, t, first, body.y + ENTRY_RESERVE)
    if not statement.entries:
        return StatementLayout(((first.section("page-1"), _footer(statement, t, 1, 1)),))
    cols = _columns(statement.entries, statement.lang, body)
    first.line(caps(t.entries), KICKER, leading=14)
    _entries_header(t, first, cols)
    # Try page one alone first: the list ends there when everything fits.
    trial = Flow(Box(body.x, body.y, body.width, first.top - body.y))
    if _entries(statement, trial, cols, 0, last_page=True) == len(statement.entries):
        first.add(*trial.shapes)
        return StatementLayout(((first.section("page-1"), _footer(statement, t, 1, 1)),))
    shown = _entries(statement, first, cols, 0, last_page=False)
    second = Flow(body)
    second.line(caps(t.entries), KICKER, leading=14)
    _entries_header(t, second, cols)
    _entries(statement, second, cols, shown, last_page=True)
    return StatementLayout(
        (
            (first.section("page-1"), _footer(statement, t, 1, 2)),
            (second.section("page-2"), _footer(statement, t, 2, 2)),
        )
    )
