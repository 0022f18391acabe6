"""Where everything on the one-page brief goes: fixed budgets, computed before any painting.

The page is cut top to bottom into bands of fixed height (``BUDGET``); the
second two-column row takes what is left. Each section fills only its own box, so a long
list or text can never push another section down or onto a second page.
"""

from dataclasses import dataclass

from app.brief.blocks import Flow, baseline_in, caps, clip, shrink_to_fit
from app.brief.brief_columns import service_section, value_section
from app.brief.brief_people import contacts_section, insights_section
from app.brief.brief_position import position_section
from app.brief.brief_strip import strip_section
from app.brief.drawing import CONTENT, Box, Dot, Line, Rect, Section, Shape, Style, Text
from app.brief.fonts import register_fonts
from app.brief.labels import BRIEF, LIGHTS, BriefLabels, days_left
from app.brief.model import Brief
from app.brief.price_argument import price_argument
from app.brief.styles import (
    ACCENT,
    ACCENT_TINT,
    ACCOUNT,
    ARGUMENT,
    BODY_BOLD,
    BODY_MUTED,
    FOOTER,
    HAIRLINE,
    KICKER,
    LIGHT_COLOURS,
    NOTE,
    RED,
    SMALL,
    TAG,
    TILE,
    TILE_LABEL,
    TILE_VALUE,
    tinted,
)
from app.brief.text_fit import normalise
from app.formatting import day, money_figure
from app.money import Money

NOTICE_URGENT_DAYS = 30


@dataclass(frozen=True, slots=True)
class Budget:
    """Heights in points, top to bottom; the second column row takes the rest of the page."""

    header: float = 66.0
    facts: float = 50.0
    health: float = 20.0
    strip: float = 54.0  # the timeline strip; taken from the second column row
    argument: float = 60.0
    position: float = 140.0  # goals and limits, then give and get with their values
    footer: float = 14.0
    gap: float = 8.0
    section_gap: float = 10.0
    first_row: float = 150.0  # eight ledger lines; the worst case as its headline
    column_gap: float = 14.0


BUDGET = Budget()


@dataclass(frozen=True, slots=True)
class BriefLayout:
    sections: tuple[Section, ...]

    def section(self, name: str) -> Section:
        return next(section for section in self.sections if section.name == name)


def _header(brief: Brief, t: BriefLabels, box: Box) -> Section:
    lang = brief.lang
    flow = Flow(box)
    band = flow.take(12)
    flow.add(Text(band.x, baseline_in(band.y, 12, KICKER), caps(t.document), KICKER))
    badge = caps(t.confidential)
    style = tinted(TAG, RED)
    width = style.width(badge) + 8
    flow.add(Rect(Box(band.right - width, band.y + 1, width, 10), None, RED, 0.7, 1.5))
    flow.add(Text(band.right - width + 4, baseline_in(band.y + 1, 10, style), badge, style))
    flow.line(brief.account_name, _name_style(brief.account_name, box.width), leading=25)
    meeting_label = t.meeting + "  "
    meeting = day(brief.meeting_on, lang, "long")
    band = flow.take(14)
    date_style = tinted(BODY_BOLD, ACCENT)
    date_x = band.right - date_style.width(meeting)
    label_x = date_x - NOTE.width(meeting_label)
    flow.add(Text(label_x, baseline_in(band.y, 14, NOTE), meeting_label, NOTE))
    flow.add(Text(band.right, baseline_in(band.y, 14, date_style), meeting, date_style, "right"))
    place = ", ".join(part for part in (normalise(brief.city), brief.country) if part)
    facts = [brief.customer_number, normalise(brief.industry), place]
    meta = clip(" · ".join(part for part in facts if part), BODY_MUTED, label_x - band.x - 10)
    flow.add(Text(band.x, baseline_in(band.y, 14, BODY_MUTED), meta, BODY_MUTED))
    name = clip(normalise(brief.prepared_by), SMALL, box.width / 2)
    flow.line(t.prepared.format(name=name, date=day(brief.prepared_on, lang)), SMALL)
    flow.add(Line(box.x, box.y + 0.75, box.right, box.y + 0.75, ACCENT, 1.5))
    return flow.section("header")


def _name_style(name: str, width: float) -> Style:
    """The account name as large as fits one line: 18 pt down to 13 pt, then shortened."""
    for size in (18.0, 16.0, 14.5, 13.0):
        style = Style(ACCOUNT.font, size, ACCOUNT.color)
        if style.width(normalise(name)) <= width:
            return style
    return Style(ACCOUNT.font, 13.0, ACCOUNT.color)


def _tile(box: Box, label: str, value: str, note: str, colour: str = ACCENT) -> list[Shape]:
    """A key-fact tile: caption, a large figure, one explaining line."""
    inner = box.inset(8, 0)
    value_style = tinted(TILE_VALUE, RED) if colour == RED else TILE_VALUE
    value_style = shrink_to_fit(value, value_style, inner.width, smallest=9)
    note_style = tinted(NOTE, RED) if colour == RED else NOTE
    top = box.top
    return [
        Rect(box, TILE),
        Rect(Box(box.x, box.y, 2.5, box.height), colour),
        Text(inner.x, top - 12, clip(caps(label), TILE_LABEL, inner.width), TILE_LABEL),
        Text(inner.x, top - 29, clip(value, value_style, inner.width), value_style),
        Text(inner.x, top - 42, clip(note, note_style, inner.width), note_style),
    ]


def _facts(brief: Brief, t: BriefLabels, box: Box) -> Section:
    lang = brief.lang
    gap = 6.0
    width = (box.width - 3 * gap) / 4
    tiles = [Box(box.x + i * (width + gap), box.y, width, box.height) for i in range(4)]
    contract = brief.contracts[0] if brief.contracts else None
    shapes: list[Shape] = []
    if contract is None:
        shapes += _tile(tiles[0], t.term_ends, "—", t.no_contract)
        shapes += _tile(tiles[1], t.notice_by, "—", t.no_notice)
    else:
        end = day(contract.term_end, lang) if contract.term_end else t.open_ended
        package = normalise(contract.package_name or contract.title)
        extra = len(brief.contracts) - 1
        note = f"{package} · {t.more_contracts.format(count=extra)}" if extra else package
        shapes += _tile(tiles[0], t.term_ends, end, note)
        days = contract.days_to_notice
        if contract.notice_deadline is None or days is None:
            shapes += _tile(tiles[1], t.notice_by, "—", t.no_notice)
        else:
            colour = RED if days <= NOTICE_URGENT_DAYS else ACCENT
            shown = day(contract.notice_deadline, lang)
            shapes += _tile(tiles[1], t.notice_by, shown, days_left(days, lang), colour)
    if brief.budget is None:
        shapes += _tile(tiles[2], t.budget_planning, "—", t.no_budget)
    else:
        call = t.call_from.format(date=day(brief.budget.window_opens, lang))
        shapes += _tile(tiles[2], t.budget_planning, day(brief.budget.planned_on, lang), call)
    annual: dict[str, Money] = {}
    for c in brief.contracts:
        currency = c.annual_value.currency
        annual[currency] = annual.get(currency, Money.zero(currency)) + c.annual_value
    value = " + ".join(money_figure(v, lang, cents=False) for v in annual.values()) or "—"
    since = brief.customer_since
    note = t.customer_since.format(year=since.year) if since else t.since_unknown
    shapes += _tile(tiles[3], t.annual_value, value, note)
    return Section("facts", box, tuple(shapes))


def _health(brief: Brief, t: BriefLabels, box: Box) -> Section:
    """The light, its name and as many whole reasons as fit one line."""
    colour = LIGHT_COLOURS[brief.health]
    middle = box.y + box.height / 2
    shapes: list[Shape] = [Rect(box, TILE), Dot(box.x + 11, middle, 4.2, colour)]
    label = f"{t.health}: {LIGHTS[brief.lang][brief.health]}"
    x = box.x + 21
    shapes.append(Text(x, baseline_in(box.y, box.height, BODY_BOLD), label, BODY_BOLD))
    x += BODY_BOLD.width(label) + 10
    room = box.right - 8 - x
    reasons = [normalise(r) for r in brief.health_reasons if normalise(r)] or [t.no_warnings]
    shown = _reasons_that_fit(reasons, t, room)
    shapes.append(Text(x, baseline_in(box.y, box.height, NOTE), shown, NOTE))
    return Section("health", box, tuple(shapes))


def _reasons_that_fit(reasons: list[str], t: BriefLabels, room: float) -> str:
    """ "a · b · +2 more": whole reasons only; the first is shortened if it alone is too long."""
    for count in range(len(reasons), 0, -1):
        hidden = len(reasons) - count
        parts = reasons[:count] + ([t.more.format(count=hidden)] if hidden else [])
        text = " · ".join(parts)
        if NOTE.width(text) <= room:
            return text
    more = f" · {t.more.format(count=len(reasons) - 1)}" if len(reasons) > 1 else ""
    return clip(reasons[0], NOTE, room - NOTE.width(more)) + more


def _argument(brief: Brief, t: BriefLabels, box: Box) -> Section:
    """The price argument in a tinted box with an accent bar: the sentence to say."""
    flow = Flow(box.inset(11, 5))
    flow.add(Rect(box, ACCENT_TINT), Rect(Box(box.x, box.y, 3, box.height), ACCENT))
    flow.line(caps(t.price_argument), KICKER, leading=11)
    flow.paragraph(price_argument(brief.value, brief.lang), ARGUMENT, 4, leading=11.8)
    return Section("argument", box, tuple(flow.shapes))


def _footer(brief: Brief, t: BriefLabels, box: Box) -> Section:
    name = clip(normalise(brief.prepared_by), FOOTER, box.width / 2)
    text = t.footer.format(date=day(brief.prepared_on, brief.lang), name=name, page=1, pages=1)
    baseline = baseline_in(box.y, box.height - 3, FOOTER)
    return Section(
        "footer",
        box,
        (
            Line(box.x, box.top - 0.5, box.right, box.top - 0.5, HAIRLINE, 0.6),
            Text(box.x + box.width / 2, baseline, clip(text, FOOTER, box.width), FOOTER, "center"),
        ),
    )


def _split(box: Box, gap: float) -> tuple[Box, Box]:
    width = (box.width - gap) / 2
    return Box(box.x, box.y, width, box.height), Box(box.right - width, box.y, width, box.height)


def layout_brief(brief: Brief, budget: Budget = BUDGET) -> BriefLayout:
    """Every section's box and shapes for ``brief``, top to bottom, all inside the margins."""
    register_fonts()
    t = BRIEF[brief.lang]
    top = CONTENT.top

    def band(height: float, gap_after: float) -> Box:
        nonlocal top
        box = Box(CONTENT.x, top - height, CONTENT.width, height)
        top -= height + gap_after
        return box

    header = band(budget.header, budget.gap + 2)
    facts = band(budget.facts, budget.gap)
    health = band(budget.health, budget.gap)
    strip = band(budget.strip, budget.gap)
    argument = band(budget.argument, budget.section_gap)
    footer = Box(CONTENT.x, CONTENT.y, CONTENT.width, budget.footer)
    position = Box(CONTENT.x, footer.top + budget.gap, CONTENT.width, budget.position)
    first = band(budget.first_row, budget.section_gap)
    second = band(top - position.top - budget.section_gap, budget.section_gap)
    value, service = _split(first, budget.column_gap)
    insights, contacts = _split(second, budget.column_gap)
    return BriefLayout(
        (
            _header(brief, t, header),
            _facts(brief, t, facts),
            _health(brief, t, health),
            strip_section(brief, t, strip),
            _argument(brief, t, argument),
            value_section(brief, t, value),
            service_section(brief, t, service),
            insights_section(brief, t, insights),
            contacts_section(brief, t, contacts),
            position_section(brief, t, position),
            _footer(brief, t, footer),
        )
    )
