"""Where everything on the timeline goes, as data: lanes, axis ticks, markers, bars, spans
and warning bands for one visible date range and one pixel size. No painting here (and no Qt), so
every position can be checked in a test; ``timeline_painter`` draws the result.
"""

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import Enum, StrEnum

from app.domain.timeline import BudgetDate, ContractTerm, MarkerItem, Timeline, WarningSpan
from app.domain.wording import Language
from app.money import Money
from app.records import RecordKind
from ui.timeline.ticks import Tick, TickUnit, tick_days, tick_label, tick_unit_for

LABEL_WIDTH = 150  # the lane labels' gutter; the dates start to its right
AXIS_HEIGHT = 30
ROW_HEIGHT = 22  # one sub-row of a lane
LANE_PADDING = 6
MARKER_RADIUS = 5.0
SMALLEST_SERVICE_RADIUS = 3.0
LARGEST_SERVICE_RADIUS = 10.0
MARKER_GAP = 2.0  # markers closer than this go to another sub-row
MAX_MARKER_ROWS = 3  # beyond this a lane counts what it could not show ("+4")
BAR_HEIGHT = 14.0
MAX_EXTRA_PADDING = 16.0  # at most this much spare height goes to each lane
WARNING_MARKER = 14.0  # the warning triangle atop a budget-versus-notice band


class Lane(Enum):
    CONTRACTS = "contracts"
    BUDGET = "budget"
    FREE_SERVICES = "free_services"
    INCIDENTS = "incidents"
    NOTES = "notes"
    TOUCHPOINTS = "touchpoints"
    FOLLOW_UPS = "follow_ups"


LANE_OF: dict[RecordKind, Lane] = {
    RecordKind.CONTRACT: Lane.CONTRACTS,
    RecordKind.BUDGET_CYCLE: Lane.BUDGET,
    RecordKind.FREE_SERVICE: Lane.FREE_SERVICES,
    RecordKind.INCIDENT: Lane.INCIDENTS,
    RecordKind.TECHNICIAN_NOTE: Lane.NOTES,
    RecordKind.TOUCHPOINT: Lane.TOUCHPOINTS,
    RecordKind.FOLLOW_UP: Lane.FOLLOW_UPS,
}


@dataclass(frozen=True, slots=True)
class Box:
    x: float
    y: float
    width: float
    height: float

    @property
    def centre(self) -> tuple[float, float]:
        return (self.x + self.width / 2, self.y + self.height / 2)

    @property
    def right(self) -> float:
        return self.x + self.width

    def contains(self, x: float, y: float, slack: float = 0.0) -> bool:
        return (
            self.x - slack <= x <= self.right + slack
            and self.y - slack <= y <= self.y + self.height + slack
        )


@dataclass(frozen=True, slots=True)
class ItemRef:
    """What a click or a tooltip needs of an item."""

    kind: RecordKind
    record_id: int
    day: date
    title: str
    detail: str
    value: Money | None
    end: date | None = None  # a contract term's end
    choice: StrEnum | None = None  # the kind of incident, note, touchpoint or follow-up


@dataclass(frozen=True, slots=True)
class PlacedLane:
    lane: Lane
    label: str
    y: float
    height: float
    hidden: int  # markers that did not fit in MAX_MARKER_ROWS


@dataclass(frozen=True, slots=True)
class PlacedMarker:
    item: ItemRef
    box: Box
    warning: bool  # an SLA breach
    done: bool  # a follow-up done or dismissed


@dataclass(frozen=True, slots=True)
class PlacedBar:
    item: ItemRef
    box: Box
    open_left: bool  # the term starts before the visible range
    open_right: bool  # it ends after the range, or never
    renewal_xs: tuple[float, ...]
    notice: Box | None  # the notice-deadline diamond


@dataclass(frozen=True, slots=True)
class PlacedWindow:
    """A budget contact window, shaded from its opening to the planning date."""

    item: ItemRef
    box: Box


@dataclass(frozen=True, slots=True)
class PlacedWarning:
    """Budget versus notice: a band over every lane from its start to its end, and a
    warning triangle on the axis above it; ``item.choice`` is the warning's kind."""

    item: ItemRef
    band: Box
    marker: Box


@dataclass(frozen=True, slots=True)
class TimelineLayout:
    start: date
    end: date
    width: float
    height: float
    needed_height: float  # the lanes at their tightest: the widget's minimum height
    plot_left: float
    plot_width: float  # dates run from plot_left to plot_left + plot_width
    lanes: tuple[PlacedLane, ...]
    ticks: tuple[Tick, ...]
    tick_unit: TickUnit
    today_x: float | None  # None when today is outside the range
    bars: tuple[PlacedBar, ...]
    windows: tuple[PlacedWindow, ...]
    markers: tuple[PlacedMarker, ...]  # budget dates included
    warnings: tuple[PlacedWarning, ...] = ()

    def targets(self) -> list[tuple[ItemRef, Box]]:
        """Everything a click can open, left to right (keyboard order)."""
        found = [(bar.item, bar.box) for bar in self.bars]
        found += [(marker.item, marker.box) for marker in self.markers]
        return sorted(found, key=lambda t: (t[1].centre[0], t[1].y))

    def item_at(self, x: float, y: float) -> ItemRef | None:
        """The marker, diamond or bar under the point (markers win over bars)."""
        for marker in self.markers:
            if marker.box.contains(x, y, slack=2):
                return marker.item
        for bar in self.bars:
            if bar.notice is not None and bar.notice.contains(x, y, slack=2):
                return bar.item
            if bar.box.contains(x, y):
                return bar.item
        for warning in self.warnings:
            if warning.marker.contains(x, y, slack=2) or warning.band.contains(x, y):
                return warning.item
        return None

    def box_of(self, kind: RecordKind, record_id: int, day: date) -> Box | None:
        found = [*self.targets(), *((w.item, w.marker) for w in self.warnings)]
        for item, box in found:
            if (item.kind, item.record_id, item.day) == (kind, record_id, day):
                return box
        return None


@dataclass(frozen=True, slots=True)
class _Scale:
    start: date
    end: date
    left: float
    width: float

    origin: int = field(init=False)
    per_day: float = field(init=False)

    def __post_init__(self) -> None:
        # Worked out once: x() runs for every item on every layout.
        object.__setattr__(self, "origin", self.start.toordinal())
        object.__setattr__(self, "per_day", self.width / max((self.end - self.start).days, 1))

    def x(self, day: date) -> float:
        return self.left + (day.toordinal() - self.origin) * self.per_day


def _ticks(scale: _Scale, width: float, lang: Language) -> tuple[TickUnit, tuple[Tick, ...]]:
    unit = tick_unit_for(scale.start, scale.end, width)
    days = tick_days(unit, scale.start, scale.end, width)
    return unit, tuple(
        Tick(scale.x(day), tick_label(day, unit, lang, first=i == 0)) for i, day in enumerate(days)
    )


def _ref(item: MarkerItem) -> ItemRef:
    return ItemRef(
        item.kind, item.record_id, item.day, item.title, item.detail, item.value, None, item.choice
    )


def service_radius(value: Money, largest: Decimal) -> float:
    """Dot radius of a free service: the dot's area grows with its value."""
    if largest <= 0:
        return SMALLEST_SERVICE_RADIUS
    share = float(max(value.amount, Decimal(0)) / largest)
    return max(SMALLEST_SERVICE_RADIUS, LARGEST_SERVICE_RADIUS * math.sqrt(share))


def stack_rows(spans: Iterable[tuple[float, float]], rows: int | None) -> list[int | None]:
    """A sub-row for each (left, right) span, in input order, so that spans in one row keep
    ``MARKER_GAP`` apart; None for a span that would need more than ``rows`` rows."""
    ends: list[float] = []
    placed: list[int | None] = []
    for left, right in spans:
        row = next((i for i, end in enumerate(ends) if end + MARKER_GAP <= left), None)
        if row is None and (rows is None or len(ends) < rows):
            ends.append(right)
            row = len(ends) - 1
        elif row is not None:
            ends[row] = right
        placed.append(row)
    return placed


def timeline_layout(
    timeline: Timeline,
    start: date,
    end: date,
    width: float,
    height: float,
    lane_labels: Mapping[Lane, str],
    lang: Language,
) -> TimelineLayout:
    """The timeline between ``start`` and ``end`` on a ``width`` × ``height`` pixel area.

    Only items in the range are placed; x grows linearly with the date from the right
    edge of the label gutter to ``width``.
    """
    scale = _Scale(start, end, LABEL_WIDTH, max(width - LABEL_WIDTH - 8, 1))
    unit, ticks = _ticks(scale, scale.width, lang)

    def visible(day: date) -> bool:
        return start <= day <= end

    # Contracts: one sub-row per overlapping term.
    terms = [t for t in timeline.contracts if t.start <= end and (t.end is None or t.end >= start)]
    right_edge = scale.left + scale.width
    term_spans = [
        (scale.x(max(t.start, start)), scale.x(min(t.end, end)) if t.end else right_edge)
        for t in terms
    ]
    term_rows = stack_rows(term_spans, None)
    # Budget dates: one sub-row per cycle.
    budget = [b for b in timeline.budget_dates if b.day >= start and b.window_opens <= end]
    cycle_rows = {cycle: i for i, cycle in enumerate(sorted({b.record_id for b in budget}))}
    # Markers: stacked per lane when they would overlap.
    largest = max(
        (m.value.amount for m in timeline.markers if m.kind is RecordKind.FREE_SERVICE and m.value),
        default=Decimal(0),
    )
    shown = [m for m in timeline.markers if visible(m.day)]
    # One pass over the markers (there may be thousands): lane, x and radius of each.
    by_lane: dict[Lane, list[tuple[int, MarkerItem, float, float]]] = {lane: [] for lane in Lane}
    for order, m in enumerate(shown):
        r = (
            service_radius(m.value, largest)
            if m.kind is RecordKind.FREE_SERVICE and m.value is not None
            else MARKER_RADIUS
        )
        by_lane[LANE_OF[m.kind]].append((order, m, scale.x(m.day), r))
    placed: list[tuple[int, MarkerItem, float, float, Lane, int]] = []
    hidden_in: dict[Lane, int] = {}
    row_counts: dict[Lane, int] = {}
    for lane, in_lane in by_lane.items():
        rows = stack_rows(((x - r, x + r) for _, _, x, r in in_lane), MAX_MARKER_ROWS)
        placed += [
            (order, m, x, r, lane, row)
            for (order, m, x, r), row in zip(in_lane, rows, strict=True)
            if row is not None
        ]
        hidden_in[lane] = rows.count(None)
        row_counts[lane] = max((r + 1 for r in rows if r is not None), default=1)
    placed.sort(key=lambda entry: entry[0])  # oldest first, as before
    row_counts[Lane.CONTRACTS] = max((r + 1 for r in term_rows if r is not None), default=1)
    row_counts[Lane.BUDGET] = max(len(cycle_rows), 1)

    needed = AXIS_HEIGHT + sum(n * ROW_HEIGHT + 2 * LANE_PADDING for n in row_counts.values())
    # Spare height loosens the lanes a little rather than leaving it all below them.
    extra = min(max((height - needed) / len(Lane), 0.0), MAX_EXTRA_PADDING)
    lanes: dict[Lane, PlacedLane] = {}
    y = float(AXIS_HEIGHT)
    for lane in Lane:
        lane_height = row_counts[lane] * ROW_HEIGHT + 2 * LANE_PADDING + extra
        lanes[lane] = PlacedLane(lane, lane_labels[lane], y, lane_height, hidden_in[lane])
        y += lane_height

    def row_centre(lane: Lane, row: int) -> float:
        return lanes[lane].y + LANE_PADDING + extra / 2 + row * ROW_HEIGHT + ROW_HEIGHT / 2

    bars = tuple(
        _bar(term, span, row_centre(Lane.CONTRACTS, row or 0), scale, start, end)
        for term, span, row in zip(terms, term_spans, term_rows, strict=True)
    )
    windows = []
    markers = []
    for item in budget:
        centre = row_centre(Lane.BUDGET, cycle_rows[item.record_id])
        left = scale.x(max(item.window_opens, start))
        right = scale.x(min(item.day, end))
        ref = _budget_ref(item)
        windows.append(PlacedWindow(ref, Box(left, centre - 8, right - left, 16)))
        if visible(item.day):
            x = scale.x(item.day)
            box = Box(
                x - MARKER_RADIUS, centre - MARKER_RADIUS, 2 * MARKER_RADIUS, 2 * MARKER_RADIUS
            )
            markers.append(PlacedMarker(ref, box, False, False))
    for _, item, x, r, lane, row in placed:
        centre = row_centre(lane, row)
        markers.append(
            PlacedMarker(
                _ref(item), Box(x - r, centre - r, 2 * r, 2 * r), item.sla_breached, item.done
            )
        )
    return TimelineLayout(
        start,
        end,
        width,
        max(height, y),
        needed,
        scale.left,
        scale.width,
        tuple(lanes.values()),
        ticks,
        unit,
        scale.x(timeline.today) if visible(timeline.today) else None,
        bars,
        tuple(windows),
        tuple(markers),
        tuple(
            _warning(span, scale, start, end, lanes[Lane.CONTRACTS].y, y)
            for span in timeline.warnings
            if span.start <= end and span.end >= start
        ),
    )


def _warning(
    span: WarningSpan, scale: _Scale, start: date, end: date, top: float, bottom: float
) -> PlacedWarning:
    """The band of ``span`` clipped to the range, its triangle over the visible part."""
    left, right = scale.x(max(span.start, start)), scale.x(min(span.end, end))
    ref = ItemRef(span.kind, span.record_id, span.start, span.text, "", None, span.end, span.reason)
    size = WARNING_MARKER
    marker = Box((left + right - size) / 2, top - size - 1, size, size)
    return PlacedWarning(ref, Box(left, top, max(right - left, 2.0), bottom - top), marker)


def _budget_ref(item: BudgetDate) -> ItemRef:
    return ItemRef(item.kind, item.record_id, item.day, item.title, "", None, None)


def _bar(
    term: ContractTerm,
    span: tuple[float, float],
    centre: float,
    scale: _Scale,
    start: date,
    end: date,
) -> PlacedBar:
    left, right = span
    ref = ItemRef(term.kind, term.record_id, term.start, term.title, "", term.value, term.end)
    notice = None
    if term.notice_deadline is not None and start <= term.notice_deadline <= end:
        x = scale.x(term.notice_deadline)
        notice = Box(x - 6, centre - 6, 12, 12)
    return PlacedBar(
        ref,
        Box(left, centre - BAR_HEIGHT / 2, max(right - left, 2), BAR_HEIGHT),
        term.start < start,
        term.end is None or term.end > end,
        tuple(scale.x(day) for day in term.renewals if start <= day <= end),
        notice,
    )
