"""Saving a contact dates every change of stance or role once, and never rewrites history."""

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.model import ContactChange, DecisionRole, Stance
from app.records import ContactForm, StaleRecordError, load_contact, save_contact
from tests.app.records.support import World

FIRST = date(2026, 11, 2)
SECOND = date(2026, 11, 20)


def history(session: Session, contact_id: int) -> list[tuple[object, ...]]:
    rows = session.execute(
        select(
            ContactChange.changed_on,
            ContactChange.old_stance,
            ContactChange.new_stance,
            ContactChange.old_role,
            ContactChange.new_role,
        )
        .where(ContactChange.contact_id == contact_id)
        .order_by(ContactChange.id)
    )
    return [tuple(row) for row in rows]


def _save(session: Session, world: World, form: ContactForm, contact_id: int, day: date) -> None:
    save_contact(session, form, account_id=world.account_id, record_id=contact_id, today=day)


def test_creating_or_saving_unchanged_records_nothing(session: Session, world: World) -> None:
    contact = save_contact(
        session,
        ContactForm(name="Dieter Hartmann", stance=Stance.SUPPORTER),
        account_id=world.account_id,
    )
    form, _ = load_contact(session, contact)
    _save(session, world, form, contact, FIRST)
    _save(session, world, replace(form, phone="+49 7361 5540-12"), contact, FIRST)
    session.commit()
    assert history(session, contact) == []


def test_each_change_is_recorded_once_with_its_date(session: Session, world: World) -> None:
    contact = save_contact(
        session,
        ContactForm(name="Dieter Hartmann", stance=Stance.SUPPORTER),
        account_id=world.account_id,
    )
    form, _ = load_contact(session, contact)
    critic = replace(form, stance=Stance.CRITIC)
    _save(session, world, critic, contact, FIRST)
    _save(session, world, critic, contact, FIRST + date.resolution)  # the same again: no row
    deciding = replace(critic, stance=Stance.NEUTRAL, decision_role=DecisionRole.DECISION_MAKER)
    _save(session, world, deciding, contact, SECOND)
    session.commit()
    assert history(session, contact) == [
        (FIRST, Stance.SUPPORTER, Stance.CRITIC, None, None),
        (
            SECOND,
            Stance.CRITIC,
            Stance.NEUTRAL,
            DecisionRole.INFLUENCER,
            DecisionRole.DECISION_MAKER,
        ),
    ]


def test_a_refused_save_records_no_change(session: Session, world: World) -> None:
    form, version = load_contact(session, world.contact_id)
    _save(session, world, replace(form, phone="+49 1"), world.contact_id, FIRST)
    session.commit()
    with pytest.raises(StaleRecordError):
        save_contact(
            session,
            replace(form, stance=Stance.CRITIC),
            account_id=world.account_id,
            record_id=world.contact_id,
            expected_version=version,
            today=SECOND,
        )
    session.commit()
    assert history(session, world.contact_id) == []
    assert load_contact(session, world.contact_id)[0].stance is Stance.NEUTRAL
