"""The power map: nodes with saved positions, links and their refusals, positions upserted."""

import math

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import NotFoundError
from app.model import Contact, ContactLink, DecisionRole, Department, LinkKind, MapPosition, Stance
from app.records import ContactForm, FormInvalidError, RecordKind, delete_record, restore_record
from app.records import save_contact as save
from app.records.contact_links import (
    ContactLinkForm,
    MapLink,
    add_contact_link,
    delete_contact_link,
    power_map,
    save_map_positions,
)
from tests.app.records.support import World, build_world, columns, problems

REPORTS, INFLUENCES = LinkKind.REPORTS_TO, LinkKind.INFLUENCES


def people(session: Session, world: World, *names: str) -> list[int]:
    return [save(session, ContactForm(name=name), account_id=world.account_id) for name in names]


def link(session: Session, world: World, source: int, target: int, kind: LinkKind) -> int:
    return add_contact_link(
        session, ContactLinkForm(source, target, kind), account_id=world.account_id
    )


def test_the_map_lists_people_by_department_with_positions_and_links(
    session: Session, world: World
) -> None:
    boss = save(
        session,
        ContactForm(
            name="Michael Brandt",
            job_title="Geschäftsführung",
            department=Department.MANAGEMENT,
            decision_role=DecisionRole.DECISION_MAKER,
            stance=Stance.CRITIC,
        ),
        account_id=world.account_id,
    )
    (buyer,) = people(session, world, "Dieter Hartmann")
    reports = link(session, world, buyer, boss, REPORTS)
    influences = link(session, world, world.contact_id, boss, INFLUENCES)
    save_map_positions(session, {boss: (120.5, -40.0)}, account_id=world.account_id)
    session.commit()

    shown = power_map(session, world.account_id)

    assert [node.name for node in shown.nodes] == [
        "Michael Brandt",  # management comes before "other" in the department order
        "Dieter Hartmann",
        "Dr. Katrin Krause",
    ]
    chief = shown.node(boss)
    assert chief is not None
    assert (chief.job_title, chief.decision_role, chief.stance) == (
        "Geschäftsführung",
        DecisionRole.DECISION_MAKER,
        Stance.CRITIC,
    )
    assert chief.position == (120.5, -40.0)
    assert [n.position for n in shown.nodes if n.contact_id == buyer] == [None]
    assert shown.links == (
        MapLink(reports, buyer, boss, REPORTS),
        MapLink(influences, world.contact_id, boss, INFLUENCES),
    )


def test_another_accounts_people_and_links_stay_off_the_map(session: Session, world: World) -> None:
    other = build_world(session, customer_number="20-1000")
    (theirs,) = people(session, other, "Fremde Person")
    link(session, other, theirs, other.contact_id, REPORTS)

    shown = power_map(session, world.account_id)

    assert [node.contact_id for node in shown.nodes] == [world.contact_id]
    assert shown.links == ()


def test_both_kinds_between_the_same_two_and_influence_both_ways_are_fine(
    session: Session, world: World
) -> None:
    a, b = people(session, world, "Anna Adler", "Bert Bauer")
    link(session, world, a, b, REPORTS)
    link(session, world, a, b, INFLUENCES)
    link(session, world, b, a, INFLUENCES)
    assert len(power_map(session, world.account_id).links) == 3


def test_the_same_link_twice_is_refused_naming_both(session: Session, world: World) -> None:
    a, b = people(session, world, "Anna Adler", "Bert Bauer")
    link(session, world, a, b, INFLUENCES)
    with pytest.raises(FormInvalidError) as refused:
        link(session, world, a, b, INFLUENCES)
    assert problems(refused) == {"target_id": "To person: Anna Adler already influences Bert Bauer"}


def test_a_link_to_oneself_is_refused(scratch: Session, scratch_world: World) -> None:
    me = scratch_world.contact_id
    with pytest.raises(FormInvalidError) as refused:
        link(scratch, scratch_world, me, me, REPORTS)
    assert problems(refused) == {
        "target_id": "To person: Dr. Katrin Krause cannot be linked to themselves"
    }


def test_people_must_be_chosen_exist_and_belong_to_the_account(
    scratch: Session, scratch_world: World
) -> None:
    other = build_world(scratch, customer_number="20-2000")
    with pytest.raises(FormInvalidError) as refused:
        add_contact_link(
            scratch, ContactLinkForm(None, other.contact_id), account_id=scratch_world.account_id
        )
    assert problems(refused) == {
        "source_id": "From person: choose a person",
        "target_id": "To person: the chosen contact belongs to another account",
    }
    with pytest.raises(FormInvalidError) as refused:
        add_contact_link(
            scratch,
            ContactLinkForm(scratch_world.contact_id, 999_999, LinkKind.INFLUENCES),
            account_id=scratch_world.account_id,
        )
    assert problems(refused) == {"target_id": "To person: the chosen contact no longer exists"}


def test_a_circle_of_reports_to_is_refused_with_the_chain(session: Session, world: World) -> None:
    a, b, c = people(session, world, "Anna Adler", "Bert Bauer", "Carl Claus")
    link(session, world, a, b, REPORTS)
    link(session, world, b, c, REPORTS)
    with pytest.raises(FormInvalidError) as refused:
        link(session, world, c, a, REPORTS)
    assert problems(refused) == {
        "target_id": "To person: Carl Claus cannot report to Anna Adler, who already reports "
        "to them (Anna Adler → Bert Bauer → Carl Claus)"
    }
    link(session, world, c, a, INFLUENCES)  # influence may go round in circles


def test_a_link_needs_an_existing_account(session: Session, world: World) -> None:
    with pytest.raises(NotFoundError, match="Account #999999 does not exist"):
        add_contact_link(session, ContactLinkForm(world.contact_id, 1), account_id=999_999)


def test_deleting_a_link_says_what_it_was(session: Session, world: World) -> None:
    a, b = people(session, world, "Anna Adler", "Bert Bauer")
    link_id = link(session, world, a, b, REPORTS)
    other = build_world(session, customer_number="20-3000")

    with pytest.raises(NotFoundError, match=f"Power map link #{link_id} does not exist"):
        delete_contact_link(session, link_id, account_id=other.account_id)
    assert delete_contact_link(session, link_id, account_id=world.account_id) == (
        "Anna Adler reports to Bert Bauer"
    )
    assert power_map(session, world.account_id).links == ()
    with pytest.raises(NotFoundError):
        delete_contact_link(session, link_id, account_id=world.account_id)


def test_positions_are_inserted_then_updated_without_touching_the_contact(
    session: Session, world: World
) -> None:
    (a,) = people(session, world, "Anna Adler")
    session.commit()
    contact_version = columns(session, "contact", a)["version"]

    stored = save_map_positions(
        session, {a: (10.0, 20.0), world.contact_id: (300.0, 20.0)}, account_id=world.account_id
    )
    session.commit()
    save_map_positions(
        session, {a: (15.5, 25.0), world.contact_id: (300.0, 20.0)}, account_id=world.account_id
    )
    session.commit()

    assert stored == 2
    positions = {n.contact_id: n.position for n in power_map(session, world.account_id).nodes}
    assert positions == {a: (15.5, 25.0), world.contact_id: (300.0, 20.0)}
    versions = dict(session.execute(select(MapPosition.contact_id, MapPosition.version)).all())
    assert versions == {a: 2, world.contact_id: 1}  # an unmoved node is not rewritten
    assert columns(session, "contact", a)["version"] == contact_version


def test_positions_of_people_of_another_account_or_gone_are_skipped(
    session: Session, world: World
) -> None:
    other = build_world(session, customer_number="20-4000")
    stored = save_map_positions(
        session,
        {world.contact_id: (1.0, 2.0), other.contact_id: (3.0, 4.0), 999_999: (5.0, 6.0)},
        account_id=world.account_id,
    )
    assert stored == 1
    assert session.scalars(select(MapPosition.contact_id)).all() == [world.contact_id]


def test_a_position_must_be_a_finite_number(scratch: Session, scratch_world: World) -> None:
    with pytest.raises(ValueError, match="not finite"):
        save_map_positions(
            scratch,
            {scratch_world.contact_id: (math.nan, 0.0)},
            account_id=scratch_world.account_id,
        )


def test_deleting_a_person_takes_their_links_and_position_and_undo_brings_them_back(
    session: Session, world: World
) -> None:
    a, b = people(session, world, "Anna Adler", "Bert Bauer")
    link(session, world, a, b, REPORTS)
    link(session, world, world.contact_id, a, INFLUENCES)
    save_map_positions(session, {a: (1.0, 2.0)}, account_id=world.account_id)
    session.commit()
    before = power_map(session, world.account_id)

    deleted = delete_record(session, RecordKind.CONTACT, a)
    session.commit()
    assert session.scalars(select(ContactLink.id)).all() == []
    assert session.scalars(select(MapPosition.id)).all() == []

    restore_record(session, deleted)
    session.commit()
    assert power_map(session, world.account_id) == before
    assert session.get(Contact, a) is not None
