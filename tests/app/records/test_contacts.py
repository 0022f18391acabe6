"""The contact form: round trip, order on the page, email shape."""

from dataclasses import replace

import pytest
from sqlalchemy.orm import Session

from app.errors import NotFoundError
from app.model import DecisionRole, Department, Stance
from app.records import ContactForm, FormInvalidError, list_contacts, load_contact, save_contact
from tests.app.records.support import World, problems

FULL = ContactForm(
    name="Jan Nowak",
    job_title="Head of production",
    department=Department.PRODUCTION,
    decision_role=DecisionRole.USER,
    stance=Stance.CHAMPION,
    phone="+49 711 123 45",
    email="jan.nowak@müller-präzision.de",
    notes="Prefers calls before 9.",
)


def test_save_list_load_round_trip(session: Session, world: World) -> None:
    contact_id = save_contact(session, FULL, account_id=world.account_id)
    session.commit()
    view = next(v for v in list_contacts(session, world.account_id) if v.id == contact_id)
    assert (view.name, view.department, view.decision_role, view.stance) == (
        "Jan Nowak",
        Department.PRODUCTION,
        DecisionRole.USER,
        Stance.CHAMPION,
    )
    assert (view.email, view.version) == ("jan.nowak@müller-präzision.de", 1)
    assert load_contact(session, contact_id) == (FULL, 1)


def test_contacts_are_listed_by_department_then_name(session: Session, world: World) -> None:
    for name, department in [
        ("zoe Ziegler", Department.PURCHASING),
        ("Anna Adler", Department.MANAGEMENT),
        ("Bert Bauer", Department.PURCHASING),
        ("Carl Claus", Department.ENGINEERING),
    ]:
        save_contact(
            session, ContactForm(name=name, department=department), account_id=world.account_id
        )
    names = [view.name for view in list_contacts(session, world.account_id)]
    # purchasing, engineering, ..., management, ..., other: the order of the department list
    assert names == ["Bert Bauer", "zoe Ziegler", "Carl Claus", "Anna Adler", "Dr. Katrin Krause"]


@pytest.mark.parametrize(
    "email", ["jan.nowak", "jan@", "@example.com", "jan@example", "jan nowak@example.com"]
)
def test_an_email_must_look_like_one(scratch: Session, scratch_world: World, email: str) -> None:
    with pytest.raises(FormInvalidError) as refused:
        save_contact(scratch, replace(FULL, email=email), account_id=scratch_world.account_id)
    assert problems(refused) == {
        "email": f"Email: {email!r} is not an email address (name@example.com)"
    }


def test_an_empty_email_is_fine_a_blank_name_is_not(scratch: Session, scratch_world: World) -> None:
    with pytest.raises(FormInvalidError) as refused:
        save_contact(
            scratch, ContactForm(name=" \n ", email="  "), account_id=scratch_world.account_id
        )
    assert problems(refused) == {"name": "Name: must not be blank"}


def test_a_contact_needs_an_existing_account(session: Session) -> None:
    with pytest.raises(NotFoundError, match="Account #7 does not exist"):
        save_contact(session, FULL, account_id=7)
