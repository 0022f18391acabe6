"""The power map's automatic layout, as data: rows by role and reporting line, departments
side by side, nobody on top of anybody, arranged people left where they are."""

from hypothesis import given, settings
from hypothesis import strategies as st

from app.model import DecisionRole, Department, LinkKind, Stance
from app.records.contact_links import MapLink, MapNode, PowerMap
from ui.account.power_map.layout import (
    automatic_layout,
    bounds,
    bow_offset,
    boxes_of,
    node_box,
    overlapping,
)

DM, INFLUENCER, USER, GATEKEEPER = (
    DecisionRole.DECISION_MAKER,
    DecisionRole.INFLUENCER,
    DecisionRole.USER,
    DecisionRole.GATEKEEPER,
)


def person(
    contact_id: int,
    role: DecisionRole,
    department: Department = Department.OTHER,
    position: tuple[float, float] | None = None,
) -> MapNode:
    return MapNode(
        contact_id, f"Person {contact_id}", "", department, role, Stance.NEUTRAL, position
    )


def power_map(
    nodes: list[MapNode], links: list[tuple[int, int, LinkKind]] | None = None
) -> PowerMap:
    return PowerMap(
        1,
        "10-1",
        "Kunde",
        tuple(nodes),
        tuple(MapLink(i, s, t, k) for i, (s, t, k) in enumerate(links or [], start=1)),
    )


def rows_of(centres: dict[int, tuple[float, float]]) -> dict[int, float]:
    return {person: y for person, (_x, y) in centres.items()}


def test_decision_makers_on_top_users_at_the_bottom() -> None:
    shown = power_map(
        [person(1, USER), person(2, INFLUENCER), person(3, DM), person(4, GATEKEEPER)]
    )
    y = rows_of(automatic_layout(shown))
    assert y[3] < y[2] == y[4] < y[1]


def test_everyone_sits_one_row_below_whom_they_report_to() -> None:
    shown = power_map(
        [person(1, DM), person(2, USER), person(3, INFLUENCER), person(4, DM)],
        [
            (2, 1, LinkKind.REPORTS_TO),  # a user under the decision maker: row 2, not 3
            (3, 2, LinkKind.REPORTS_TO),
            (4, 1, LinkKind.REPORTS_TO),  # a decision maker who reports to another
            (1, 3, LinkKind.INFLUENCES),  # influence does not move anyone
        ],
    )
    y = rows_of(automatic_layout(shown))
    assert y[1] < y[2] == y[4] < y[3]


def test_a_row_keeps_a_department_together_in_the_departments_order() -> None:
    shown = power_map(
        [
            person(1, INFLUENCER, Department.QUALITY),
            person(2, INFLUENCER, Department.PURCHASING),
            person(3, INFLUENCER, Department.QUALITY),
            person(4, INFLUENCER, Department.ENGINEERING),
        ]
    )
    centres = automatic_layout(shown)
    assert sorted(centres, key=lambda p: centres[p][0]) == [2, 4, 1, 3]


def test_an_arrow_that_jumps_a_row_is_routed_clear_of_the_people_between() -> None:
    shown = power_map(
        [person(1, DM), person(2, USER), person(3, GATEKEEPER), person(4, GATEKEEPER)],
        [(3, 1, LinkKind.REPORTS_TO), (4, 1, LinkKind.REPORTS_TO), (2, 1, LinkKind.INFLUENCES)],
    )
    centres = automatic_layout(shown)
    roles = {n.contact_id: n.decision_role for n in shown.nodes}
    (x0, y0), (x2, y2) = centres[2], centres[1]
    assert y0 > centres[3][1] > y2  # the user's row is below the gatekeepers'
    bow_x, bow_y = bow_offset(centres[2], centres[1])
    cx, cy = (x0 + x2) / 2 + bow_x, (y0 + y2) / 2 + bow_y  # the control point
    air = 8.0  # at least this much space between the arrow and anyone else
    for other in (3, 4):
        box = node_box(roles[other], centres[other])
        for step in range(1, 100):  # along the bowed arrow (a quadratic curve)
            t = step / 100
            x = (1 - t) ** 2 * x0 + 2 * (1 - t) * t * cx + t**2 * x2
            y = (1 - t) ** 2 * y0 + 2 * (1 - t) * t * cy + t**2 * y2
            inside_x = box.x - air < x < box.right + air
            assert not (inside_x and box.y - air < y < box.bottom + air), (other, x, y)


def test_arranged_people_stay_and_newcomers_go_below_them() -> None:
    shown = power_map(
        [
            person(1, DM, position=(500.0, 80.0)),
            person(2, GATEKEEPER, position=(120.0, 300.0)),
            person(3, INFLUENCER),
            person(4, USER),
        ]
    )
    centres = automatic_layout(shown, {1: (500.0, 80.0), 2: (120.0, 300.0)})
    assert centres[1] == (500.0, 80.0) and centres[2] == (120.0, 300.0)
    roles = {n.contact_id: n.decision_role for n in shown.nodes}
    boxes = boxes_of(centres, roles)
    arranged = bounds([boxes[1], boxes[2]])
    assert arranged is not None
    assert boxes[3].y > arranged.bottom and boxes[4].y > arranged.bottom
    assert overlapping(list(boxes.values())) == []


@st.composite
def buying_centers(draw: st.DrawFn) -> tuple[PowerMap, dict[int, tuple[float, float]]]:
    count = draw(st.integers(1, 14))
    roles = draw(st.lists(st.sampled_from(list(DecisionRole)), min_size=count, max_size=count))
    departments = draw(st.lists(st.sampled_from(list(Department)), min_size=count, max_size=count))
    nodes = [person(i + 1, roles[i], departments[i]) for i in range(count)]
    links: list[tuple[int, int, LinkKind]] = []
    for i in range(2, count + 1):  # a forest: each may report to someone listed before
        manager = draw(st.integers(0, i - 1))
        if manager:
            links.append((i, manager, LinkKind.REPORTS_TO))
    for _ in range(draw(st.integers(0, 4))):
        a, b = draw(st.integers(1, count)), draw(st.integers(1, count))
        if a != b:
            links.append((a, b, LinkKind.INFLUENCES))
    kept = draw(st.dictionaries(st.integers(1, count), st.just((0.0, 0.0)), max_size=1))
    return power_map(nodes, links), kept


@settings(max_examples=150, deadline=None)
@given(buying_centers())
def test_no_two_people_ever_overlap(case: tuple[PowerMap, dict[int, tuple[float, float]]]) -> None:
    shown, kept = case
    centres = automatic_layout(shown, kept)
    assert set(centres) == {n.contact_id for n in shown.nodes}
    roles = {n.contact_id: n.decision_role for n in shown.nodes}
    assert overlapping(list(boxes_of(centres, roles).values())) == []
    y = rows_of(centres)
    for link in shown.links:
        if link.kind is LinkKind.REPORTS_TO and not kept:
            assert y[link.source_id] > y[link.target_id]
