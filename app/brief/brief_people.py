"""The brief's second row: technician insights, and who sits at the table (who moved)."""

from app.brief.blocks import Flow, baseline_in, caps, clip, marker, tag
from app.brief.drawing import Box, Line, Poly, Section, Shape, Style, Text
from app.brief.labels import DEPARTMENTS, NOTE_KINDS, ROLES, STANCES, BriefLabels
from app.brief.model import Brief, BriefContact, BriefInsight, BriefMove
from app.brief.styles import (
    BODY,
    BODY_BOLD,
    BODY_MUTED,
    GREEN,
    HAIRLINE,
    MUTED,
    NOTE,
    NOTE_COLOURS,
    RED,
    SMALL,
    SMALL_BOLD,
    STANCE_COLOURS,
    TAG,
    tinted,
)
from app.brief.text_fit import normalise, shorten_lines
from app.domain.wording import Language
from app.formatting import day, money_figure

INSIGHT_TITLE = 12.0
INSIGHT_META = 11.0
INSIGHT_TEXT = 10.0
INSIGHT_GAP = 4.0
MORE = 11.0
CONTACT_ROW = 21.0
MOVE_LINE = 10.0  # a moved contact's third line: "Supporter → Critic · 9 Nov 2026 · …"
ARROW = 12.0  # the drawn arrow between the old and the new stance (the font has none)
TREND_COLOURS = {-1: RED, 0: MUTED, 1: GREEN}


def _insight_lines(insight: BriefInsight, width: float) -> list[str]:
    return shorten_lines(insight.text, NOTE.font, NOTE.size, width, 2)


def _insight_height(insight: BriefInsight, width: float) -> float:
    return INSIGHT_TITLE + INSIGHT_META + INSIGHT_TEXT * len(_insight_lines(insight, width))


def _insight(flow: Flow, brief: Brief, t: BriefLabels, insight: BriefInsight) -> None:
    """Tag and title; date, machine and the estimated value; up to two lines of the note."""
    lang = brief.lang
    band = flow.take(INSIGHT_TITLE)
    shapes, x = tag(band.x, band, NOTE_KINDS[lang][insight.kind], TAG, NOTE_COLOURS[insight.kind])
    flow.add(*shapes)
    baseline = baseline_in(band.y, INSIGHT_TITLE, BODY_BOLD)
    title = clip(normalise(insight.title), BODY_BOLD, band.right - x - 5)
    flow.add(Text(x + 5, baseline, title, BODY_BOLD))
    value = money_figure(insight.value, lang, cents=False) if insight.value else ""
    figure = clip(t.estimated.format(value=value), BODY_BOLD, band.width / 2) if value else ""
    meta = " · ".join(p for p in (day(insight.noted_on, lang), normalise(insight.machine)) if p)
    room = flow.width - (BODY_BOLD.width(figure) + 8 if figure else 0)
    band = flow.line(meta, SMALL, leading=INSIGHT_META, width=room)
    if figure:
        baseline = baseline_in(band.y, INSIGHT_META, SMALL)  # shared with the date
        flow.add(Text(band.right, baseline, figure, BODY_BOLD, "right"))
    for line in _insight_lines(insight, flow.width):
        band = flow.take(INSIGHT_TEXT)
        flow.add(Text(band.x, baseline_in(band.y, INSIGHT_TEXT, NOTE), line, NOTE))


def insights_section(brief: Brief, t: BriefLabels, box: Box) -> Section:
    """Open risks, complaints and opportunities, as many as fit, then "+N more"."""
    flow = Flow(box)
    flow.title(t.insights)
    insights = brief.insights
    if not insights:
        flow.skip(2)
        flow.paragraph(t.no_insights, BODY_MUTED, 3)
        return flow.section("insights")
    flow.skip(2)
    for index, insight in enumerate(insights):
        left = len(insights) - index - 1
        need = _insight_height(insight, flow.width) + (INSIGHT_GAP + MORE if left else 0)
        if not flow.fits(need):
            flow.line(t.more.format(count=len(insights) - index), NOTE, leading=MORE)
            break
        _insight(flow, brief, t, insight)
        if left:
            flow.skip(INSIGHT_GAP)
    return flow.section("insights")


def _arrow(x: float, baseline: float, style: Style) -> list[Shape]:
    """A small right arrow on the text's middle, ``ARROW`` points wide."""
    y = baseline + style.size * 0.3
    tip = x + ARROW - 2.5
    return [
        Line(x + 2.5, y, tip - 2, y, style.color, 0.7),
        Poly(((tip, y), (tip - 2.6, y + 1.7), (tip - 2.6, y - 1.7)), style.color),
    ]


def _move_shapes(move: BriefMove, lang: Language, band: Box) -> list[Shape]:
    """ "Supporter → Critic · 9 Nov 2026 · 4 days after …" on one line, shortened to ``band``."""
    colour = TREND_COLOURS[move.trend]
    old, new, tail = SMALL, tinted(SMALL_BOLD, colour), SMALL
    baseline = baseline_in(band.y, band.height, SMALL)
    pairs: list[tuple[str, str]] = []
    if move.old_stance is not None and move.new_stance is not None:
        pairs.append((STANCES[lang][move.old_stance], STANCES[lang][move.new_stance]))
    if move.old_role is not None and move.new_role is not None:
        pairs.append((ROLES[lang][move.old_role], ROLES[lang][move.new_role]))
    shapes: list[Shape] = []
    x = band.x
    for index, (before, after) in enumerate(pairs):
        if index:
            shapes.append(Text(x, baseline, ",", tail))
            x += tail.width(", ")
        if x + old.width(before) + ARROW + new.width(after) > band.right:
            return shapes
        shapes.append(Text(x, baseline, before, old))
        x += old.width(before)
        shapes += _arrow(x, baseline, tinted(SMALL, colour))
        x += ARROW
        shapes.append(Text(x, baseline, after, new))
        x += new.width(after)
    x += tail.width(" ")
    rest = " · ".join(p for p in (day(move.changed_on, lang), normalise(move.reason)) if p)
    if band.right - x > tail.width("· …"):
        shapes.append(Text(x, baseline, clip(f"· {rest}", tail, band.right - x), tail))
    return shapes


def _height(contact: BriefContact) -> float:
    return CONTACT_ROW + (MOVE_LINE if contact.moved is not None else 0)


def _fitting(contacts: tuple[BriefContact, ...], room: float) -> int:
    """How many contacts fit ``room``, keeping a line for "+N more" when some do not."""
    used = 0.0
    for index, contact in enumerate(contacts):
        left = len(contacts) - index - 1
        if used + _height(contact) + (MORE if left else 0) > room + 0.01:
            return index
        used += _height(contact)
    return len(contacts)


def contacts_section(brief: Brief, t: BriefLabels, box: Box) -> Section:
    """A table: name and job title | role and department | stance with its coloured marker;
    a contact who moved lately gets a third line with the stance arrow, date and reason."""
    lang = brief.lang
    flow = Flow(box)
    flow.title(t.contacts)
    if not brief.contacts:
        flow.skip(2)
        flow.paragraph(t.no_contacts, BODY_MUTED, 3)
        return flow.section("contacts")
    count = _fitting(brief.contacts, flow.top - box.y - 12)
    shown, hidden = brief.contacts[:count], len(brief.contacts) - count
    roles = [BODY.width(ROLES[lang][c.role]) for c in shown]
    departments = [SMALL.width(DEPARTMENTS[lang][c.department]) for c in shown]
    stances = [STANCES[lang][c.stance] for c in shown]
    role_width = min(max(*roles, *departments, SMALL_BOLD.width(caps(t.role))), box.width * 0.3)
    # Marker (9 pt) plus 1 pt of slack, so rounding never shortens the widest stance.
    stance_width = min(max(BODY.width(s) for s in [*stances, t.stance]) + 10, box.width * 0.25)
    stance_x = box.right - stance_width
    role_x = stance_x - 12 - role_width
    name_width = role_x - 14 - box.x
    band = flow.take(12)
    header = baseline_in(band.y, 12, SMALL_BOLD)
    flow.add(
        Text(band.x, header, clip(caps(t.name), SMALL_BOLD, name_width), SMALL_BOLD),
        Text(role_x, header, clip(caps(t.role), SMALL_BOLD, role_width), SMALL_BOLD),
        Text(stance_x, header, clip(caps(t.stance), SMALL_BOLD, stance_width), SMALL_BOLD),
    )
    for contact in shown:
        band = flow.take(_height(contact))
        extra = band.height - CONTACT_ROW  # the move's line, at the bottom
        upper = Box(band.x, band.y + extra + 9.5, band.width, 11)
        first = baseline_in(upper.y, 11, BODY)
        second = baseline_in(band.y + extra + 1, 9, SMALL)
        job = normalise(contact.job_title)
        stance = STANCES[lang][contact.stance]
        flow.add(
            Text(band.x, first, clip(normalise(contact.name), BODY_BOLD, name_width), BODY_BOLD),
            Text(band.x, second, clip(job, SMALL, name_width), SMALL),
            Text(role_x, first, clip(ROLES[lang][contact.role], BODY, role_width), BODY),
            Text(
                role_x,
                second,
                clip(DEPARTMENTS[lang][contact.department], SMALL, role_width),
                SMALL,
            ),
            marker(stance_x, upper, STANCE_COLOURS[contact.stance]),
            Text(stance_x + 9, first, clip(stance, BODY, stance_width - 9), BODY),
            Line(band.x, band.y, band.right, band.y, HAIRLINE, 0.5),
        )
        if contact.moved is not None:
            line = Box(band.x, band.y + 1, band.width, MOVE_LINE - 1)
            flow.add(*_move_shapes(contact.moved, lang, line))
    if hidden:
        flow.line(t.more.format(count=hidden), NOTE, leading=MORE)
    return flow.section("contacts")
