"""The brief's lower half: technician insights, who sits at the table, and our position."""

from app.brief.blocks import Flow, baseline_in, caps, clip, marker, tag
from app.brief.drawing import Box, Line, Rect, Section, Shape, Text
from app.brief.labels import DEPARTMENTS, NOTE_KINDS, ROLES, STANCES, BriefLabels
from app.brief.model import Brief, BriefInsight
from app.brief.styles import (
    ACCENT,
    BODY,
    BODY_BOLD,
    BODY_MUTED,
    HAIRLINE,
    KICKER,
    NOTE,
    NOTE_COLOURS,
    NOTE_ITALIC,
    SMALL,
    SMALL_BOLD,
    STANCE_COLOURS,
    TAG,
    TILE,
    tinted,
)
from app.brief.text_fit import fit_list, normalise, shorten_lines
from app.formatting import day, money_figure

INSIGHT_TITLE = 12.0
INSIGHT_META = 11.0
INSIGHT_TEXT = 10.0
INSIGHT_GAP = 4.0
MORE = 11.0
CONTACT_ROW = 21.0
CELL_GAP = 5.0


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


def contacts_section(brief: Brief, t: BriefLabels, box: Box) -> Section:
    """A table: name and job title | role and department | stance with its coloured marker."""
    lang = brief.lang
    flow = Flow(box)
    flow.title(t.contacts)
    if not brief.contacts:
        flow.skip(2)
        flow.paragraph(t.no_contacts, BODY_MUTED, 3)
        return flow.section("contacts")
    rows = int((flow.top - box.y - 12 + 0.01) // CONTACT_ROW)
    shown, hidden = fit_list(brief.contacts, rows)
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
        band = flow.take(CONTACT_ROW)
        upper = Box(band.x, band.y + 9.5, band.width, 11)
        first = baseline_in(upper.y, 11, BODY)
        second = baseline_in(band.y + 1, 9, SMALL)
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
    if hidden:
        flow.line(t.more.format(count=hidden), NOTE, leading=MORE)
    return flow.section("contacts")


def _cell(box: Box, label: str, text: str, empty: str) -> list[Shape]:
    flow = Flow(box.inset(8, 5))
    flow.add(Rect(box, TILE))
    flow.line(caps(label), tinted(SMALL_BOLD, ACCENT), leading=11)
    if normalise(text):
        flow.paragraph(text, BODY, 2, leading=11)
    elif empty:
        flow.line(empty, NOTE_ITALIC, leading=11)
    return flow.shapes


def position_section(brief: Brief, t: BriefLabels, box: Box) -> Section:
    """Goals, limits, what we give and what we ask: a 2 × 2 grid of short texts.

    Without a prepared negotiation the grid stays, empty, as a form to fill in by hand.
    """
    flow = Flow(box)
    flow.title(t.position)
    position = brief.position
    if position is None:
        room = box.width - KICKER.width(caps(t.position)) - 16
        note = clip(t.no_position, NOTE_ITALIC, room)
        flow.add(Text(box.right, box.top - 8.5, note, NOTE_ITALIC, "right"))
    grid = flow.take(flow.top - box.y)
    width = (grid.width - CELL_GAP) / 2
    height = (grid.height - CELL_GAP) / 2
    cells = [
        (t.goals, position.goals if position else ""),
        (t.limits, position.limits if position else ""),
        (t.concessions, position.concessions if position else ""),
        (t.asks, position.asks if position else ""),
    ]
    for i, (label, text) in enumerate(cells):
        row, column = divmod(i, 2)
        x = grid.x + column * (width + CELL_GAP)
        y = grid.top - (row + 1) * height - row * CELL_GAP
        flow.add(*_cell(Box(x, y, width, height), label, text, t.not_noted if position else ""))
    return flow.section("position")
