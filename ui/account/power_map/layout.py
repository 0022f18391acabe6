"""Where each person goes on the power map when the seller has not placed them, as data
(no Qt): decision makers on top, everyone at least a row below the one they report to,
people of one department side by side within a row. Positions are node centres.
"""

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from app.model import DecisionRole, Department, LinkKind
from app.records.contact_links import PowerMap

# Node size (width, height) by role: the shape tells the role, so each gets the room
# its outline needs for two lines of text (a diamond needs the most).
NODE_SIZES: dict[DecisionRole, tuple[float, float]] = {
    DecisionRole.DECISION_MAKER: (236.0, 84.0),
    DecisionRole.INFLUENCER: (220.0, 84.0),
    DecisionRole.USER: (208.0, 68.0),
    DecisionRole.GATEKEEPER: (264.0, 104.0),
}
# The row a role starts in before reports-to links push people further down.
ROLE_ROW = {
    DecisionRole.DECISION_MAKER: 0,
    DecisionRole.GATEKEEPER: 1,
    DecisionRole.INFLUENCER: 1,
    DecisionRole.USER: 2,
}
COLUMN_GAP = 64.0  # between the outlines of neighbours in a row
ROW_PITCH = 168.0  # centre to centre of two rows: room for arrows between them
WIDE_ROW_SLOPE = 0.36  # a row's drop below the one above, per unit of its half width
MOST_PER_ROW = 6  # a longer row wraps, so a large buying center stays readable
NEW_PEOPLE_GAP = 96.0  # between arranged people and newcomers placed below them
# Sideways shifts a row may take to keep links clear of people they do not connect.
SIDE_SHIFTS = (0.0, *(sign * step * 12.0 for step in range(1, 31) for sign in (1, -1)))
LINK_CLEARANCE = 16.0
BOW = 0.16  # how far an influence arrow bows out, as a share of its length
LARGEST_BOW = 70.0


@dataclass(frozen=True, slots=True)
class Box:
    """A node's outline box in scene coordinates."""

    x: float
    y: float
    width: float
    height: float

    @property
    def right(self) -> float:
        return self.x + self.width

    @property
    def bottom(self) -> float:
        return self.y + self.height

    def overlaps(self, other: "Box") -> bool:
        return (
            self.x < other.right
            and other.x < self.right
            and self.y < other.bottom
            and other.y < self.bottom
        )


def node_box(role: DecisionRole, centre: tuple[float, float]) -> Box:
    width, height = NODE_SIZES[role]
    return Box(centre[0] - width / 2, centre[1] - height / 2, width, height)


def _rows(power_map: PowerMap, people: set[int]) -> list[list[int]]:
    """``people`` in rows: someone who reports to others goes one row below the lowest
    of them (so a reports-to arrow never jumps a row), anyone else by role; long rows
    wrap."""
    row = {
        n.contact_id: ROLE_ROW[n.decision_role] for n in power_map.nodes if n.contact_id in people
    }
    reports = [
        (link.source_id, link.target_id)
        for link in power_map.links
        if link.kind is LinkKind.REPORTS_TO and link.source_id in row and link.target_id in row
    ]
    managers: dict[int, list[int]] = {}
    for person, manager in reports:
        managers.setdefault(person, []).append(manager)
    for _ in range(len(row) + 1):  # a pass per person at most: a circle cannot loop for ever
        settled = {
            person: max(row[m] for m in above) + 1 if above else row[person]
            for person, above in ((p, managers.get(p, [])) for p in row)
        }
        if settled == row:
            break
        row = {person: min(at, len(row) + 1) for person, at in settled.items()}
    department_rank = {department: rank for rank, department in enumerate(Department)}
    nodes = {n.contact_id: n for n in power_map.nodes}
    placed: list[list[int]] = []
    column: dict[int, float] = {}
    for level in sorted(set(row.values())):
        members = [person for person, at in row.items() if at == level]

        def order(person: int) -> tuple[int, float, str, int]:
            above = [column[m] for m in managers.get(person, []) if m in column]
            under = sum(above) / len(above) if above else 0.0
            node = nodes[person]
            return (department_rank[node.department], under, node.name.casefold(), person)

        members.sort(key=order)
        for start in range(0, len(members), MOST_PER_ROW):
            chunk = members[start : start + MOST_PER_ROW]
            for index, person in enumerate(chunk):
                column[person] = index - (len(chunk) - 1) / 2
            placed.append(chunk)
    return placed


def automatic_layout(
    power_map: PowerMap, keep: Mapping[int, tuple[float, float]] | None = None
) -> dict[int, tuple[float, float]]:
    """The centre of every person of ``power_map``: those in ``keep`` (placed by the seller)
    stay where they are; the others are laid out in rows, below the kept ones if any, so
    no two outlines overlap."""
    kept = dict(keep or {})
    roles = {n.contact_id: n.decision_role for n in power_map.nodes}
    kept = {person: at for person, at in kept.items() if person in roles}
    rows = _rows(power_map, set(roles) - set(kept))
    pairs = [
        (link.source_id, link.target_id, link.kind is LinkKind.INFLUENCES)
        for link in power_map.links
    ]
    centres: dict[int, tuple[float, float]] = {}
    y = 0.0
    for index, members in enumerate(rows):
        widths = [NODE_SIZES[roles[person]][0] for person in members]
        span = sum(widths) + COLUMN_GAP * (len(members) - 1)
        if index:  # a wide row sits lower, so the arrows from its ends clear its middle
            y += max(ROW_PITCH, span / 2 * WIDE_ROW_SLOPE)
        x = -span / 2
        row: dict[int, tuple[float, float]] = {}
        for person, width in zip(members, widths, strict=True):
            row[person] = (x + width / 2, y)
            x += width + COLUMN_GAP
        centres.update(_clear_of_others(row, centres, pairs, roles))
    if kept and centres:
        centres = _below(centres, kept, roles)
    return {**kept, **centres}


def _clear_of_others(
    row: dict[int, tuple[float, float]],
    placed: Mapping[int, tuple[float, float]],
    pairs: Sequence[tuple[int, int, bool]],
    roles: Mapping[int, DecisionRole],
) -> dict[int, tuple[float, float]]:
    """``row`` shifted sideways (as little as possible) so that no link from it to a row
    above runs through a third person, which would read as a link to them."""
    best: tuple[float, dict[int, tuple[float, float]]] | None = None
    for shift in SIDE_SHIFTS:
        moved = {person: (x + shift, y) for person, (x, y) in row.items()}
        everyone = {**placed, **moved}
        boxes = boxes_of(everyone, roles)
        crossings = sum(
            any(
                _crosses(start, end, box) for start, end in _course(everyone[a], everyone[b], bowed)
            )
            for a, b, bowed in pairs
            if a in everyone and b in everyone and (a in moved or b in moved)
            for person, box in boxes.items()
            if person not in (a, b)
        )
        cost = crossings * 1_000 + abs(shift)
        if best is None or cost < best[0]:
            best = (cost, moved)
    assert best is not None
    return best[1]


def bow_offset(start: tuple[float, float], end: tuple[float, float]) -> tuple[float, float]:
    """How far an influence arrow's control point lies from the middle of the straight
    line: to the left of its direction, by a share of its length."""
    dx, dy = end[0] - start[0], end[1] - start[1]
    length = math.hypot(dx, dy)
    if length < 1:
        return (0.0, 0.0)
    bow = min(length * BOW, LARGEST_BOW)
    return (dy / length * bow, -dx / length * bow)


def _course(
    start: tuple[float, float], end: tuple[float, float], bowed: bool
) -> list[tuple[tuple[float, float], tuple[float, float]]]:
    """The line between two centres as straight pieces: one, or two through the bowed
    arrow's apex (halfway to its control point)."""
    if not bowed:
        return [(start, end)]
    off_x, off_y = bow_offset(start, end)
    apex = ((start[0] + end[0] + off_x) / 2, (start[1] + end[1] + off_y) / 2)
    return [(start, apex), (apex, end)]


def _crosses(start: tuple[float, float], end: tuple[float, float], box: Box) -> bool:
    """Whether the straight line between two centres passes through ``box`` grown by a
    margin (influence arrows bow a little): Liang-Barsky clipping."""
    (x0, y0), (x1, y1) = start, end
    dx, dy = x1 - x0, y1 - y0
    low, high = 0.0, 1.0
    edges = (
        (-dx, x0 - (box.x - LINK_CLEARANCE)),
        (dx, box.right + LINK_CLEARANCE - x0),
        (-dy, y0 - (box.y - LINK_CLEARANCE)),
        (dy, box.bottom + LINK_CLEARANCE - y0),
    )
    for towards, room in edges:
        if towards == 0:
            if room < 0:
                return False
            continue
        share = room / towards
        if towards < 0:
            low = max(low, share)
        else:
            high = min(high, share)
        if low > high:
            return False
    return True


def bounds(boxes: Iterable[Box]) -> Box | None:
    found = list(boxes)
    if not found:
        return None
    left, top = min(b.x for b in found), min(b.y for b in found)
    right, bottom = max(b.right for b in found), max(b.bottom for b in found)
    return Box(left, top, right - left, bottom - top)


def _below(
    centres: dict[int, tuple[float, float]],
    kept: Mapping[int, tuple[float, float]],
    roles: Mapping[int, DecisionRole],
) -> dict[int, tuple[float, float]]:
    """Move the newly laid-out block under the arranged people, centred below them."""
    arranged = bounds(node_box(roles[p], at) for p, at in kept.items())
    fresh = bounds(node_box(roles[p], at) for p, at in centres.items())
    assert arranged is not None and fresh is not None
    dx = (arranged.x + arranged.width / 2) - (fresh.x + fresh.width / 2)
    dy = arranged.bottom + NEW_PEOPLE_GAP - fresh.y
    return {person: (x + dx, y + dy) for person, (x, y) in centres.items()}


def boxes_of(
    centres: Mapping[int, tuple[float, float]], roles: Mapping[int, DecisionRole]
) -> dict[int, Box]:
    return {person: node_box(roles[person], at) for person, at in centres.items()}


def overlapping(boxes: Sequence[Box]) -> list[tuple[int, int]]:
    """Index pairs of boxes that overlap (for tests and sanity checks)."""
    return [
        (i, j)
        for i in range(len(boxes))
        for j in range(i + 1, len(boxes))
        if boxes[i].overlaps(boxes[j])
    ]
