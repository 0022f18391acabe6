from datetime import date, timedelta

import pytest

from app.domain.timeline import MarkerItem, Timeline
from app.records import RecordKind
from tests.ui.timeline.items import LABELS, TODAY, sample_timeline
from ui.timeline.layout import (
    MARKER_GAP,
    MAX_MARKER_ROWS,
    Lane,
    TimelineLayout,
    stack_rows,
    timeline_layout,
)
from ui.timeline.ticks import TickUnit, tick_label

START, END = date(2026, 1, 1), date(2026, 12, 31)


def _layout(
    timeline: Timeline | None = None, start: date = START, end: date = END
) -> TimelineLayout:
    return timeline_layout(timeline or sample_timeline(), start, end, 1000, 300, LABELS, "en")


def _x(layout: TimelineLayout, day: date) -> float:
    return (
        layout.plot_left
        + (day - layout.start).days / (layout.end - layout.start).days * layout.plot_width
    )


def test_markers_sit_at_the_x_of_their_date_in_their_lane() -> None:
    layout = _layout()
    lanes = {lane.lane: lane for lane in layout.lanes}
    placed = {(m.item.kind, m.item.record_id): m for m in layout.markers}
    incident = placed[(RecordKind.INCIDENT, 21)]
    assert incident.box.centre[0] == pytest.approx(_x(layout, date(2026, 6, 15)))
    assert incident.warning
    lane = lanes[Lane.INCIDENTS]
    assert lane.y <= incident.box.centre[1] <= lane.y + lane.height
    budget = placed[(RecordKind.BUDGET_CYCLE, 3)]
    assert budget.box.centre[0] == pytest.approx(_x(layout, date(2026, 10, 1)))
    assert layout.today_x == pytest.approx(_x(layout, TODAY))
    # Later dates lie further right.
    xs = [
        placed[(RecordKind.FREE_SERVICE, 11)].box.centre[0],
        incident.box.centre[0],
        placed[(RecordKind.TOUCHPOINT, 31)].box.centre[0],
    ]
    assert xs == sorted(xs)


def test_contract_bar_with_renewal_notice_and_budget_window() -> None:
    layout = _layout()
    (bar,) = layout.bars
    assert bar.open_left and not bar.open_right
    assert bar.box.x == pytest.approx(layout.plot_left)
    assert bar.box.right == pytest.approx(_x(layout, date(2026, 12, 31)))
    assert bar.renewal_xs == ()  # the renewal at 2025-12-31 is left of the range
    assert bar.notice is not None
    assert bar.notice.centre[0] == pytest.approx(_x(layout, date(2026, 9, 30)))
    (window,) = layout.windows
    assert window.box.x == pytest.approx(_x(layout, date(2026, 8, 17)))
    assert window.box.right == pytest.approx(_x(layout, date(2026, 10, 1)))
    wider = _layout(start=date(2025, 6, 1))
    assert wider.bars[0].renewal_xs == (pytest.approx(_x(wider, date(2025, 12, 31))),)


def test_only_visible_items_are_laid_out() -> None:
    layout = _layout(start=date(2026, 5, 1), end=date(2026, 7, 1))
    kinds = {(m.item.kind, m.item.record_id) for m in layout.markers}
    assert kinds == {(RecordKind.INCIDENT, 21)}
    assert layout.windows == () and layout.today_x is None


def test_markers_on_one_day_stack_in_sub_rows_and_services_grow_with_value() -> None:
    layout = _layout()
    small, big = (m for m in layout.markers if m.item.kind is RecordKind.FREE_SERVICE)
    assert small.box.centre[0] == pytest.approx(big.box.centre[0])
    assert small.box.centre[1] != big.box.centre[1]  # never drawn over each other
    assert big.box.width > small.box.width
    # area ∝ value: ten times the value, about sqrt(10) times the radius
    assert big.box.width / small.box.width == pytest.approx(10**0.5, rel=0.01)


def test_a_crowded_day_counts_what_it_cannot_show() -> None:
    crowd = tuple(
        MarkerItem(RecordKind.TOUCHPOINT, n, date(2026, 6, 1), "Call", "", None, None)
        for n in range(6)
    )
    layout = _layout(Timeline(TODAY, (), (), crowd))
    touchpoints = next(lane for lane in layout.lanes if lane.lane is Lane.TOUCHPOINTS)
    assert touchpoints.hidden == 6 - MAX_MARKER_ROWS
    boxes = [m.box for m in layout.markers]
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            assert not (
                a.x < b.right and b.x < a.right and a.y < b.y + b.height and b.y < a.y + a.height
            )


def test_stack_rows_reuses_a_row_once_there_is_room() -> None:
    assert stack_rows([(0, 10), (5, 15), (10 + MARKER_GAP, 20)], None) == [0, 1, 0]
    assert stack_rows([(0, 10), (0, 10), (0, 10)], 2) == [0, 1, None]


@pytest.mark.parametrize(
    ("days", "unit"),
    [
        (60, TickUnit.WEEKS),
        (365, TickUnit.MONTHS),
        (3 * 365, TickUnit.QUARTERS),
        (12 * 365, TickUnit.YEARS),
    ],
)
def test_ticks_adapt_to_the_zoom(days: int, unit: TickUnit) -> None:
    layout = _layout(start=START, end=START + timedelta(days=days))
    assert layout.tick_unit is unit
    xs = [tick.x for tick in layout.ticks]
    assert xs == sorted(xs) and len(xs) >= 2
    assert all(layout.plot_left <= x <= layout.plot_left + layout.plot_width for x in xs)


def test_tick_labels_speak_the_users_language() -> None:
    march = date(2027, 3, 1)
    assert tick_label(march, TickUnit.MONTHS, "de") == "März"
    assert tick_label(march, TickUnit.MONTHS, "en") == "Mar"
    assert tick_label(date(2027, 1, 1), TickUnit.MONTHS, "de") == "Jan. 2027"
    assert tick_label(date(2027, 4, 1), TickUnit.QUARTERS, "en") == "Q2 2027"
    assert tick_label(date(2027, 4, 1), TickUnit.QUARTERS, "de") == "Q2 2027"


def test_item_at_finds_the_marker_under_its_centre() -> None:
    layout = _layout()
    for item, box in layout.targets():
        assert layout.item_at(*box.centre) == item
    assert layout.item_at(5, 5) is None
