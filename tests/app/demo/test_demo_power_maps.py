"""The demo's power maps: the flagship's arranged buying center, links on every account."""

from collections.abc import Iterator
from datetime import date

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from app.bootstrap import open_workspace
from app.demo import generate_demo
from app.model import Account, Contact, ContactLink, LinkKind
from app.records.contact_links import power_map

TODAY = date(2026, 11, 23)
REPORTS, INFLUENCES = LinkKind.REPORTS_TO, LinkKind.INFLUENCES


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Session]:
    workspace = open_workspace(tmp_path_factory.mktemp("demo-maps") / "demo.db")
    with workspace.transaction() as session:
        generate_demo(session, today=TODAY, accounts=40)
    with workspace.session() as session:
        yield session
    workspace.close()


def account_id(session: Session, number: str) -> int:
    found = session.scalar(select(Account.id).where(Account.customer_number == number))
    assert found is not None
    return found


def test_the_flagship_map_tells_who_reports_to_and_sways_whom(demo: Session) -> None:
    shown = power_map(demo, account_id(demo, "10-4711"))
    names = {node.contact_id: node.name for node in shown.nodes}
    links = {(names[k.source_id], names[k.target_id], k.kind) for k in shown.links}
    assert links == {
        ("Dieter Hartmann", "Michael Brandt", REPORTS),
        ("Dr. Katrin Vogel", "Michael Brandt", REPORTS),
        ("Stefan Özdemir", "Michael Brandt", REPORTS),
        ("Anja Schröder", "Dr. Katrin Vogel", REPORTS),
        ("Dieter Hartmann", "Michael Brandt", INFLUENCES),  # the critic leans on the boss
        ("Dr. Katrin Vogel", "Michael Brandt", INFLUENCES),
        ("Stefan Özdemir", "Dieter Hartmann", INFLUENCES),  # the 48-hour downtime
        ("Anja Schröder", "Dr. Katrin Vogel", INFLUENCES),
    }
    positions = {node.name: node.position for node in shown.nodes}
    assert positions["Michael Brandt"] == (0.0, 0.0)
    assert all(position is not None for position in positions.values())
    assert len(set(positions.values())) == len(positions)  # nobody on top of anybody


def test_every_account_with_two_people_has_links_and_no_positions_but_the_flagship(
    demo: Session,
) -> None:
    people = dict(
        demo.execute(select(Contact.account_id, func.count()).group_by(Contact.account_id)).all()
    )
    linked = dict(
        demo.execute(
            select(ContactLink.account_id, func.count()).group_by(ContactLink.account_id)
        ).all()
    )
    assert {a for a, n in people.items() if n >= 2} <= set(linked)
    assert all(1 <= count <= 10 for count in linked.values())
    flagship = account_id(demo, "10-4711")
    for account in people:
        nodes = power_map(demo, account).nodes
        assert any(n.position is not None for n in nodes) == (account == flagship)


def test_links_stay_inside_their_account_and_reporting_has_no_circles(demo: Session) -> None:
    source, target = aliased(Contact), aliased(Contact)
    strays = demo.scalar(
        select(func.count())
        .select_from(ContactLink)
        .join(source, source.id == ContactLink.source_id)
        .join(target, target.id == ContactLink.target_id)
        .where(
            (source.account_id != ContactLink.account_id)
            | (target.account_id != ContactLink.account_id)
        )
    )
    assert strays == 0
    managers: dict[int, set[int]] = {}
    for person, manager in demo.execute(
        select(ContactLink.source_id, ContactLink.target_id).where(ContactLink.kind == REPORTS)
    ):
        managers.setdefault(person, set()).add(manager)
    for person in managers:
        seen, waiting = set(), [person]
        while waiting:
            for manager in managers.get(waiting.pop(), ()):
                assert manager != person, f"contact #{person} reports to themselves in a circle"
                if manager not in seen:
                    seen.add(manager)
                    waiting.append(manager)
