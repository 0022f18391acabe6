"""The brief's Position section: our goals and limits, then give and get in money.

Top row: goals | limits as short texts. Bottom row: what we can give (first what
was already given free in the period, then each planned concession with its value,
then the total on the table) | what we ask in return (each ask, then its total).
Lists longer than the tile end in "+N more" with the hidden items' sum; a side
without items shows the negotiation's free text instead.
"""

from app.brief.blocks import Flow, caps, clip
from app.brief.drawing import Box, Line, Rect, Section, Shape, Text
from app.brief.labels import TRADE_KINDS, BriefLabels
from app.brief.model import Brief, BriefTrade
from app.brief.styles import (
    ACCENT,
    BODY,
    BODY_BOLD,
    KICKER,
    NOTE,
    NOTE_ITALIC,
    RULE,
    SMALL_BOLD,
    TILE,
    tinted,
)
from app.brief.text_fit import fit_list, normalise
from app.domain.wording import Language
from app.formatting import money_figure
from app.money import Money

CELL_GAP = 5.0
TEXT_ROW = 43.0  # goals | limits: a caption and two lines
TRADE_ROW = 10.6  # one give-and-get line (1.25 × the body size)
TOTAL_ROW = 12.0  # the total under its rule
KICKER_ROW = 11.0
NO_VALUE = "–"


def _figure(values: tuple[Money, ...] | list[Money], lang: Language) -> str:
    """ "€21,996" or "€1,000 + CHF 500" (never added across currencies), "–" for none."""
    shown = [money_figure(v, lang, cents=False) for v in values]
    return " + ".join(shown) or NO_VALUE


def _one_currency(values: list[Money]) -> list[Money]:
    """The sum of ``values`` per currency, in first-seen order."""
    found: dict[str, Money] = {}
    for value in values:
        found[value.currency] = found.get(value.currency, Money.zero(value.currency)) + value
    return list(found.values())


def _label(trade: BriefTrade, lang: Language) -> str:
    return normalise(trade.description) or TRADE_KINDS[lang][trade.kind]


def _text_cell(box: Box, label: str, text: str, empty: str) -> list[Shape]:
    flow = Flow(box.inset(8, 5))
    flow.add(Rect(box, TILE))
    flow.line(caps(label), tinted(SMALL_BOLD, ACCENT), leading=KICKER_ROW)
    if normalise(text):
        flow.paragraph(text, BODY, 2, leading=KICKER_ROW)
    elif empty:
        flow.line(empty, NOTE_ITALIC, leading=KICKER_ROW)
    return flow.shapes


def _total(flow: Flow, label: str, figure: str) -> None:
    """The bold total at the tile's foot, under a rule."""
    if not flow.fits(TOTAL_ROW):
        return
    flow.top = flow.box.y + TOTAL_ROW
    flow.add(Line(flow.left, flow.top - 0.5, flow.right, flow.top - 0.5, RULE, 0.6))
    flow.skip(1)
    flow.row(label, BODY_BOLD, figure, tinted(BODY_BOLD, ACCENT), leading=TOTAL_ROW - 1)


def _trades(flow: Flow, trades: tuple[BriefTrade, ...], lang: Language, t: BriefLabels) -> None:
    """As many lines as fit above the total, then "+N more" with the rest's sum."""
    rows = int((flow.top - flow.box.y - TOTAL_ROW + 0.01) // TRADE_ROW)
    shown, hidden = fit_list(trades, rows)
    for trade in shown:
        valued = trade.value is not None
        figure = money_figure(trade.value, lang, cents=False) if trade.value else NO_VALUE
        flow.row(_label(trade, lang), BODY, figure, BODY if valued else NOTE, leading=TRADE_ROW)
    if hidden:
        rest = _one_currency([x.value for x in trades[len(shown) :] if x.value is not None])
        figure = _figure(rest, lang) if rest else ""
        flow.row(t.more.format(count=hidden), NOTE, figure, NOTE, leading=TRADE_ROW)


def _free_text(flow: Flow, text: str, empty: str) -> None:
    lines = int((flow.top - flow.box.y + 0.01) // TRADE_ROW)
    if normalise(text):
        flow.paragraph(text, BODY, lines, leading=TRADE_ROW)
    elif empty and lines:
        flow.line(empty, NOTE_ITALIC, leading=TRADE_ROW)


def _give_tile(brief: Brief, t: BriefLabels, box: Box) -> list[Shape]:
    lang, position = brief.lang, brief.position
    flow = Flow(box.inset(8, 5))
    flow.add(Rect(box, TILE))
    flow.line(caps(t.concessions), tinted(SMALL_BOLD, ACCENT), leading=KICKER_ROW)
    given = [total for total in brief.value.totals if total.amount != 0]
    label = t.already_given if brief.value.since_renewal else t.already_given_period
    flow.row(label, NOTE_ITALIC, _figure(given, lang), NOTE, leading=TRADE_ROW)
    if position is None:
        return flow.shapes
    if position.give:
        _trades(flow, position.give, lang, t)
        _total(flow, t.on_the_table, _figure(position.on_the_table, lang))
    else:
        _free_text(flow, position.concessions, t.not_noted)
    return flow.shapes


def _get_tile(brief: Brief, t: BriefLabels, box: Box) -> list[Shape]:
    lang, position = brief.lang, brief.position
    flow = Flow(box.inset(8, 5))
    flow.add(Rect(box, TILE))
    flow.line(caps(t.asks), tinted(SMALL_BOLD, ACCENT), leading=KICKER_ROW)
    if position is None:
        return flow.shapes
    if position.get:
        _trades(flow, position.get, lang, t)
        _total(flow, t.asked_in_return, _figure(position.asked, lang))
    else:
        _free_text(flow, position.asks, t.not_noted)
    return flow.shapes


def position_section(brief: Brief, t: BriefLabels, box: Box) -> Section:
    """Goals and limits above, give and get with their values below.

    Without a prepared negotiation the tiles stay, empty, as a form to fill in by hand;
    the free services already given are shown all the same."""
    flow = Flow(box)
    flow.title(t.position)
    position = brief.position
    if position is None:
        room = box.width - KICKER.width(caps(t.position)) - 16
        note = clip(t.no_position, NOTE_ITALIC, room)
        flow.add(Text(box.right, box.top - 8.5, note, NOTE_ITALIC, "right"))
    grid = flow.take(flow.top - box.y)
    width = (grid.width - CELL_GAP) / 2
    texts = Box(grid.x, grid.top - TEXT_ROW, grid.width, TEXT_ROW)
    trades = Box(grid.x, grid.y, grid.width, texts.y - CELL_GAP - grid.y)
    empty = t.not_noted if position else ""
    for column, (label, text) in enumerate(
        (
            (t.goals, position.goals if position else ""),
            (t.limits, position.limits if position else ""),
        )
    ):
        cell = Box(texts.x + column * (width + CELL_GAP), texts.y, width, texts.height)
        flow.add(*_text_cell(cell, label, text, empty))
    flow.add(*_give_tile(brief, t, Box(trades.x, trades.y, width, trades.height)))
    flow.add(*_get_tile(brief, t, Box(trades.right - width, trades.y, width, trades.height)))
    return flow.section("position")
