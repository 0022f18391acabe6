"""Who reports to and influences whom in the demo's buying centers, and where the seller
of 10-4711 placed each person on its power map.

Generated accounts get their contacts in the seats of ``app.demo.activity.CORE_SEATS``
(purchasing, engineering, production, management, then extra influencers), so their
links follow the seats: everyone reports to management when it has a seat, production
now and then to engineering, and one or two people influence someone.
"""

import random

from app.demo.buffer import RowBuffer
from app.demo.facts import AccountFacts
from app.model import LinkKind

REPORTS, INFLUENCES = LinkKind.REPORTS_TO, LinkKind.INFLUENCES
PURCHASING, ENGINEERING, PRODUCTION, MANAGEMENT = range(4)  # seats of the generated contacts

# 10-4711 (indexes into app.demo.flagship.CONTACTS): the managing director decides; the
# critical head of purchasing pushes for 8 % off, fed by production's anger about the
# 48-hour breakdown; the champion in manufacturing engineering argues for automation,
# which quality's measuring-room worry supports.
HARTMANN, VOGEL, OZDEMIR, BRANDT, SCHRODER = range(5)
FLAGSHIP_LINKS = (
    (HARTMANN, BRANDT, REPORTS),
    (VOGEL, BRANDT, REPORTS),
    (OZDEMIR, BRANDT, REPORTS),
    (SCHRODER, VOGEL, REPORTS),
    (HARTMANN, BRANDT, INFLUENCES),
    (VOGEL, BRANDT, INFLUENCES),
    (OZDEMIR, HARTMANN, INFLUENCES),
    (SCHRODER, VOGEL, INFLUENCES),
)
# Node centres as the seller arranged them (scene units; a node is about 220 wide).
FLAGSHIP_POSITIONS = {
    BRANDT: (0.0, 0.0),
    HARTMANN: (-330.0, 175.0),
    VOGEL: (310.0, 175.0),
    OZDEMIR: (-320.0, 350.0),
    SCHRODER: (310.0, 350.0),
}


def _link(rows: RowBuffer, account_id: int, source: int, target: int, kind: LinkKind) -> None:
    rows.add(
        "contact_link",
        {"account_id": account_id, "source_id": source, "target_id": target, "kind": kind},
    )


def add_flagship_power_map(rows: RowBuffer, facts: AccountFacts) -> None:
    """Queue 10-4711's links and arranged positions (its contacts already queued)."""
    people = facts.contact_ids
    for source, target, kind in FLAGSHIP_LINKS:
        _link(rows, facts.account_id, people[source], people[target], kind)
    for person, (x, y) in FLAGSHIP_POSITIONS.items():
        rows.add("map_position", {"contact_id": people[person], "x": x, "y": y})


def add_power_map(rows: RowBuffer, rng: random.Random, facts: AccountFacts) -> None:
    """Queue a few links between a generated account's contacts; no positions, so the
    map lays them out by itself."""
    people = facts.contact_ids
    if len(people) < 2:
        return
    links: set[tuple[int, int, LinkKind]] = set()
    if len(people) > MANAGEMENT:
        for seat in range(len(people)):
            manager = MANAGEMENT
            if seat == PRODUCTION and rng.random() < 0.4:
                manager = ENGINEERING
            if seat != MANAGEMENT:
                links.add((seat, manager, REPORTS))
    else:
        links.add((PRODUCTION if len(people) > PRODUCTION else PURCHASING, ENGINEERING, REPORTS))
    for _ in range(rng.randint(1, 2)):
        source, target = rng.sample(range(len(people)), 2)
        links.add((source, target, INFLUENCES))
    for source, target, kind in sorted(links):
        _link(rows, facts.account_id, people[source], people[target], kind)
