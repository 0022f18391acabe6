"""The brief's timeline strip: two years back and half a year ahead in one thin band.

Lanes top to bottom: the contract terms with their notice deadline, the budget contact
windows with their planning dates, incidents (red when the SLA was breached) and free
services (dot area grows with the value); month and quarter ticks below, a today line
across. Positions are plain data: ``strip_x`` says where a date goes.
"""

import math
from datetime import date
from decimal import Decimal

from babel.dates import format_date

from app.brief.blocks import baseline_in, caps, clip
from app.brief.drawing import Box, Dot, Line, Poly, Rect, Section, Shape, Style, Text
from app.brief.fonts import DESCENT, REGULAR
from app.brief.labels import BriefLabels
from app.brief.model import Brief, BriefStrip, strip_range
from app.brief.styles import ACCENT, GREY, HAIRLINE, INK, KICKER, MUTED, RED, RULE
from app.domain.contract_dates import add_months
from app.formatting import LOCALES

TITLE_HEIGHT = 11.0
AXIS_HEIGHT = 10.0
LANES = 4
GUTTER_GAP = 6.0
EDGE = 4.0  # room right of the last day for half a marker
LARGEST_DOT = 3.2
SMALLEST_DOT = 1.1
BAR_HEIGHT = 4.6
MARK = 3.4  # half the width of a diamond or triangle

LANE_LABEL = Style(REGULAR, 6.2, MUTED)
TICK_LABEL = Style(REGULAR, 6.0, MUTED)
LEGEND = Style(REGULAR, 6.0, MUTED)
WINDOW = "#D3E3EA"  # a budget contact window: a darker tint of the accent, visible in print
SERVICE = "#3E8298"


def empty_strip(today: date) -> BriefStrip:
    start, end = strip_range(today)
    return BriefStrip(start, end, today)


def plot_box(box: Box, t: BriefLabels) -> Box:
    """The dated part of the strip: right of the lane labels, above the axis labels."""
    labels = (t.strip_contract, t.strip_budget, t.strip_incidents, t.strip_services)
    gutter = min(max(LANE_LABEL.width(label) for label in labels), box.width * 0.2)
    left = box.x + gutter + GUTTER_GAP
    bottom = box.y + AXIS_HEIGHT
    return Box(left, bottom, box.right - EDGE - left, box.top - TITLE_HEIGHT - bottom)


def strip_x(strip: BriefStrip, plot: Box, day: date) -> float:
    """Where ``day`` goes: linear from ``strip.start`` at the left to ``strip.end``."""
    span = max((strip.end - strip.start).days, 1)
    return plot.x + (day - strip.start).days / span * plot.width


def service_radius(amount: Decimal, largest: Decimal) -> float:
    """A free service's dot: its area grows with the value."""
    if largest <= 0:
        return SMALLEST_DOT
    share = float(max(amount, Decimal(0)) / largest)
    return SMALLEST_DOT + (LARGEST_DOT - SMALLEST_DOT) * math.sqrt(share)


def diamond(x: float, y: float, half: float, fill: str) -> Poly:
    return Poly(((x, y + half), (x + half, y), (x, y - half), (x - half, y)), fill)


def triangle(x: float, y: float, half: float, fill: str) -> Poly:
    return Poly(((x - half, y - half * 0.85), (x + half, y - half * 0.85), (x, y + half)), fill)


def _tick_label(day: date, first: bool, lang: str) -> str:
    pattern = "MMM yyyy" if first or day.month == 1 else "MMM"
    return format_date(day, pattern, locale=LOCALES["de" if lang == "de" else "en"])


def _axis(strip: BriefStrip, plot: Box, box: Box, lang: str) -> list[Shape]:
    shapes: list[Shape] = [Line(plot.x, plot.y, plot.right, plot.y, RULE, 0.6)]
    month = date(strip.start.year, strip.start.month, 1)
    if month < strip.start:
        month = add_months(month, 1)
    first = True
    label_right = plot.x - 1
    while month <= strip.end:
        x = strip_x(strip, plot, month)
        quarter = month.month % 3 == 1
        shapes.append(Line(x, plot.y - (3.0 if quarter else 1.6), x, plot.y, RULE, 0.5))
        if quarter:
            shapes.append(Line(x, plot.y, x, plot.top, HAIRLINE, 0.5))
            text = _tick_label(month, first, lang)
            width = TICK_LABEL.width(text)
            if x + 1.5 > label_right + 4 and x + 1.5 + width <= box.right:
                baseline = box.y + DESCENT * TICK_LABEL.size + 0.2
                shapes.append(Text(x + 1.5, baseline, text, TICK_LABEL))
                label_right = x + 1.5 + width
                first = False
        month = add_months(month, 1)
    return shapes


def _legend(t: BriefLabels, box: Box, left_limit: float) -> list[Shape]:
    """Right-aligned in the title row: the symbols whose meaning is not obvious."""
    y = box.top - TITLE_HEIGHT / 2 - 0.5
    baseline = baseline_in(box.top - TITLE_HEIGHT, TITLE_HEIGHT, LEGEND) - 0.5
    entries = [("notice", t.strip_notice), ("breached", t.strip_breached), ("today", t.strip_today)]
    widths = [10 + LEGEND.width(text) for _, text in entries]
    total = sum(widths) + 8 * (len(entries) - 1)
    if box.right - total < left_limit:
        return []
    x = box.right - total
    shapes: list[Shape] = []
    for (symbol, text), width in zip(entries, widths, strict=True):
        if symbol == "notice":
            shapes.append(diamond(x + 3, y, 3.0, RED))
        elif symbol == "breached":
            shapes.append(triangle(x + 3, y, 3.0, RED))
        else:
            shapes.append(Line(x + 3, y - 3.5, x + 3, y + 3.5, INK, 0.8))
        shapes.append(Text(x + 9, baseline, text, LEGEND))
        x += width + 8
    return shapes


def strip_section(brief: Brief, t: BriefLabels, box: Box) -> Section:
    strip = brief.strip or empty_strip(brief.prepared_on)
    plot = plot_box(box, t)
    lane_height = plot.height / LANES
    centres = [plot.top - (i + 0.5) * lane_height for i in range(LANES)]
    title = caps(t.timeline)
    kicker_baseline = baseline_in(box.top - TITLE_HEIGHT, TITLE_HEIGHT, KICKER) - 0.5
    shapes: list[Shape] = [Text(box.x, kicker_baseline, clip(title, KICKER, box.width), KICKER)]
    shapes += _legend(t, box, box.x + KICKER.width(title) + 12)
    labels = (t.strip_contract, t.strip_budget, t.strip_incidents, t.strip_services)
    for i, label in enumerate(labels):
        bottom = plot.top - (i + 1) * lane_height
        baseline = baseline_in(bottom, lane_height, LANE_LABEL)
        width = plot.x - GUTTER_GAP - box.x
        shapes.append(Text(box.x, baseline, clip(label, LANE_LABEL, width), LANE_LABEL))
        if i:
            y = plot.top - i * lane_height
            shapes.append(Line(plot.x, y, plot.right, y, HAIRLINE, 0.4))
    shapes += _axis(strip, plot, box, brief.lang)

    def x(day: date) -> float:
        return strip_x(strip, plot, day)

    def shown(day: date) -> bool:
        return strip.start <= day <= strip.end

    # Budget contact windows (shaded) and planning dates.
    centre = centres[1]
    for window in strip.budgets:
        left, right = max(window.window_opens, strip.start), min(window.planned_on, strip.end)
        if left <= right:
            height = lane_height * 0.62
            shaded = Box(x(left), centre - height / 2, x(right) - x(left), height)
            shapes.append(Rect(shaded, WINDOW))
        if shown(window.planned_on):
            shapes.append(diamond(x(window.planned_on), centre, MARK * 0.9, ACCENT))
    # Contract terms and notice deadlines.
    centre = centres[0]
    for term in strip.terms:
        end = term.end or strip.end
        left, right = max(term.start, strip.start), min(end, strip.end)
        if left <= right:
            width = max(x(right) - x(left), 1.0)
            bar = Box(x(left), centre - BAR_HEIGHT / 2, width, BAR_HEIGHT)
            shapes.append(Rect(bar, ACCENT, radius=1.2))
            if strip.start < term.start:  # where the term began: a gap in the bar
                shapes.append(Line(x(left), bar.y, x(left), bar.top, "#FFFFFF", 0.8))
    for term in strip.terms:
        if term.notice_deadline and shown(term.notice_deadline):
            shapes.append(diamond(x(term.notice_deadline), centre, MARK, RED))
    # Incidents: met first, breached on top.
    centre = centres[2]
    for incident in sorted(strip.incidents, key=lambda item: item.breached):
        if shown(incident.day):
            colour = RED if incident.breached else GREY
            shapes.append(triangle(x(incident.day), centre, MARK * 0.85, colour))
    # Free services: dots sized by value, large ones behind small ones.
    centre = centres[3]
    largest = max((s.amount for s in strip.services if shown(s.day)), default=Decimal(0))
    for service in sorted(strip.services, key=lambda item: -item.amount):
        if shown(service.day):
            radius = min(service_radius(service.amount, largest), lane_height / 2)
            shapes.append(Dot(x(service.day), centre, radius, SERVICE))
    if shown(strip.today):
        today = x(strip.today)
        shapes.append(Line(today, plot.y, today, plot.top, INK, 0.8))
    return Section("strip", box, tuple(shapes))
