"""Team mode: a save against the version that was opened works; one against a version
someone else has saved since is refused, for every editable entity."""

import pytest
from sqlalchemy import update
from sqlalchemy.orm import Session

from app.bootstrap import Workspace
from app.errors import NotFoundError
from app.model import Contact
from app.records import RecordKind, StaleRecordError, delete_record
from app.records.rows import open_row, saving
from tests.app.records.support import ENTITIES, Entity, World, build_world, columns

IDS = [entity.name for entity in ENTITIES]


@pytest.mark.parametrize("entity", ENTITIES, ids=IDS)
def test_save_with_the_opened_version_moves_it_on(
    session: Session, world: World, entity: Entity
) -> None:
    record_id = entity.create(session, world)
    form, version = entity.load(session, record_id)
    assert version == 1
    entity.update(session, world, record_id, entity.change(form), version)
    session.commit()
    changed, new_version = entity.load(session, record_id)
    assert changed == entity.change(form)
    assert new_version == 2


@pytest.mark.parametrize("entity", ENTITIES, ids=IDS)
def test_save_over_someone_elses_save_is_refused(
    workspace: Workspace, anna: Workspace, session: Session, world: World, entity: Entity
) -> None:
    record_id = entity.create(session, world)
    session.commit()
    with workspace.session() as mine, anna.session() as theirs:
        my_form, my_version = entity.load(mine, record_id)
        mine.rollback()  # the dialog stays open; its unit of work has ended
        their_form, their_version = entity.load(theirs, record_id)
        entity.update(theirs, world, record_id, entity.change(their_form), their_version)
        theirs.commit()
        saved = columns(theirs, entity.table, record_id)

        with pytest.raises(StaleRecordError) as refused:
            entity.update(mine, world, record_id, my_form, my_version)
        assert refused.value.current_version == 2
        assert refused.value.record_id == record_id
        assert refused.value.changed_by == "anna"
        assert "was changed by anna at " in str(refused.value)
        assert "since you opened it (now version 2)" in str(refused.value)
        mine.rollback()
        assert columns(mine, entity.table, record_id) == saved  # theirs is kept, not overwritten


def test_stale_message_names_the_record_who_saved_it_and_when(
    anna: Workspace, session: Session, world: World
) -> None:
    contract = next(entity for entity in ENTITIES if entity.name == "contract")
    record_id = contract.create(session, world)
    session.commit()
    form, version = contract.load(session, record_id)
    session.rollback()
    with anna.session() as theirs:
        their_form, their_version = contract.load(theirs, record_id)
        contract.update(theirs, world, record_id, contract.change(their_form), their_version)
        theirs.commit()
        saved_at = columns(theirs, "contract", record_id)["updated_at"]
    with pytest.raises(StaleRecordError) as refused:
        contract.update(session, world, record_id, form, version)
    assert str(refused.value).startswith(
        f"Contract C-2 was changed by anna at {saved_at:%H:%M} UTC on {saved_at:%Y-%m-%d} "
        "since you opened it"
    )
    assert refused.value.updated_at == saved_at


def test_saving_a_record_someone_deleted_says_so(
    workspace: Workspace, session: Session, world: World
) -> None:
    touchpoint = next(entity for entity in ENTITIES if entity.name == "touchpoint")
    record_id = touchpoint.create(session, world)
    session.commit()
    form, version = touchpoint.load(session, record_id)
    session.rollback()
    with workspace.session() as theirs:
        delete_record(theirs, RecordKind.TOUCHPOINT, record_id)
        theirs.commit()
    with pytest.raises(NotFoundError, match="does not exist"):
        touchpoint.update(session, world, record_id, form, version)


def test_a_record_of_another_account_cannot_be_saved_through_this_one(
    session: Session, world: World
) -> None:
    other = build_world(session, customer_number="20-1000")
    contact = next(entity for entity in ENTITIES if entity.name == "contact")
    record_id = contact.create(session, other)
    form, version = contact.load(session, record_id)
    with pytest.raises(NotFoundError, match="not in this account"):
        contact.update(session, world, record_id, form, version)


def test_an_unchanged_save_keeps_the_version(session: Session, world: World) -> None:
    contact = next(entity for entity in ENTITIES if entity.name == "contact")
    record_id = contact.create(session, world)
    form, version = contact.load(session, record_id)
    contact.update(session, world, record_id, form, version)
    assert contact.load(session, record_id)[1] == version


def _their_save(workspace: Workspace, contact_id: int) -> None:
    with workspace.session() as theirs:
        bump = update(Contact).where(Contact.id == contact_id)
        theirs.execute(bump.values(version=Contact.version + 1, phone="theirs"))
        theirs.commit()


def test_a_save_racing_past_the_check_is_refused_by_the_update(
    workspace: Workspace, session: Session, world: World
) -> None:
    # Checked on load, and again by the UPDATE itself (WHERE version = n).
    row = open_row(session, Contact, world.contact_id)
    session.commit()  # the check is done, the write not yet
    _their_save(workspace, world.contact_id)
    with pytest.raises(StaleRecordError) as refused, saving(session) as saved:
        row.phone = "mine"
        saved.row = row
    assert refused.value.current_version == 2
    # The savepoint kept the caller's transaction usable: no rollback needed to read on.
    assert columns(session, "contact", world.contact_id)["phone"] == "theirs"


def test_a_save_racing_inside_one_transaction_is_refused_too(
    backend: str, workspace: Workspace, session: Session, world: World
) -> None:
    row = open_row(session, Contact, world.contact_id)  # this transaction has read
    _their_save(workspace, world.contact_id)
    with pytest.raises(StaleRecordError) as refused, saving(session) as saved:
        row.phone = "mine"
        saved.row = row
    if backend == "sqlite":
        # The write fails on the old snapshot, which cannot see who saved meanwhile.
        assert "was changed by someone else while you were saving it" in str(refused.value)
    else:
        # PostgreSQL (read committed) reads the row the other save left behind.
        assert refused.value.current_version == 2
        assert "since you opened it (now version 2)" in str(refused.value)
    session.rollback()
    assert columns(session, "contact", world.contact_id)["phone"] == "theirs"
