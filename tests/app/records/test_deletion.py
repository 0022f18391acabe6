"""Delete and undo: a deleted record comes back exactly (same id, version, moments, children
and links); catalog records in use are refused with the names of their users."""

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.bootstrap import Workspace
from app.errors import NotFoundError
from app.model import Account, FreeService, ItemKind, Promise
from app.records import (
    AccountForm,
    ContractForm,
    PackageItemForm,
    RecordInUseError,
    RecordKind,
    RestoreConflictError,
    StaleRecordError,
    delete_record,
    list_contacts,
    load_contact,
    load_free_service,
    restore_record,
    save_account,
    save_contact,
    save_contract,
    save_package,
)
from tests.app.records.support import ENTITIES, Entity, World, children, columns

IDS = [entity.name for entity in ENTITIES]
CHILD_TABLES = {
    "budget_cycle": ("budget_override", "cycle_id"),
    "service_package": ("package_item", "package_id"),
}


@pytest.mark.parametrize("entity", ENTITIES, ids=IDS)
def test_delete_then_restore_gives_back_an_identical_row(
    session: Session, world: World, entity: Entity
) -> None:
    record_id = entity.create(session, world)
    form, version = entity.load(session, record_id)
    entity.update(session, world, record_id, entity.change(form), version)  # version 2
    session.commit()
    before = columns(session, entity.table, record_id)
    child_table = CHILD_TABLES.get(entity.table)
    kids = children(session, *child_table, record_id) if child_table else []

    deleted = delete_record(session, entity.kind, record_id)
    session.commit()
    with pytest.raises(NotFoundError):
        entity.load(session, record_id)
    if child_table:
        assert children(session, *child_table, record_id) == []

    assert restore_record(session, deleted) == record_id
    session.commit()
    assert columns(session, entity.table, record_id) == before
    assert before["version"] == 2
    if child_table:
        assert kids and children(session, *child_table, record_id) == kids
    assert entity.load(session, record_id) == (entity.change(form), 2)


def test_deleting_a_contact_unlinks_and_undo_relinks_their_entries(
    session: Session, world: World
) -> None:
    ledger = next(entity for entity in ENTITIES if entity.name == "ledger entry")
    promise = next(entity for entity in ENTITIES if entity.name == "promise")
    entry_id = ledger.create(session, world)
    promise_id = promise.create(session, world)
    session.commit()
    load_free_service(session, entry_id)  # the session holds the entry, as a dialog would

    deleted = delete_record(session, RecordKind.CONTACT, world.contact_id)
    session.commit()
    assert load_free_service(session, entry_id)[0].received_by_id is None
    assert session.get(Promise, promise_id).made_to_id is None  # type: ignore[union-attr]

    restore_record(session, deleted)
    session.commit()
    assert load_free_service(session, entry_id)[0].received_by_id == world.contact_id
    assert session.get(Promise, promise_id).made_to_id == world.contact_id  # type: ignore[union-attr]
    assert [view.id for view in list_contacts(session, world.account_id)] == [world.contact_id]


def test_a_package_used_by_contracts_is_refused_naming_them(session: Session, world: World) -> None:
    other = save_account(session, AccountForm(name="Kunde AG", customer_number="20-1"))
    save_contract(
        session,
        ContractForm(number="K-7", start_date=date(2026, 1, 1), package_id=world.package_id),
        account_id=other,
    )
    with pytest.raises(RecordInUseError) as refused:
        delete_record(session, RecordKind.SERVICE_PACKAGE, world.package_id)
    message = str(refused.value)
    assert message.startswith("Service package Premium 8 cannot be deleted")
    assert "used by 2 contracts" in message
    assert "K-7 (Kunde AG)" in message
    assert "C-1 (Präzision Müller GmbH)" in message
    assert columns(session, "service_package", world.package_id)["name"] == "Premium 8"


def test_a_ledger_category_in_use_is_refused_with_the_count(session: Session, world: World) -> None:
    ledger = next(entity for entity in ENTITIES if entity.name == "ledger entry")
    for _ in range(3):
        ledger.create(session, world)
    with pytest.raises(RecordInUseError) as refused:
        delete_record(session, RecordKind.LEDGER_CATEGORY, world.category_id)
    assert "used by 3 ledger entries" in str(refused.value)
    assert "Spare part / tool delivered in person" in str(refused.value)
    assert "Deactivate it instead" in str(refused.value)
    count = session.scalar(select(func.count()).select_from(FreeService))
    assert count == 3


# SQLite only: PostgreSQL's sequences never hand an id out twice.
@pytest.mark.parametrize("backend", ["sqlite"])
def test_undo_is_refused_when_a_new_record_took_the_id(
    backend: str, session: Session, world: World
) -> None:
    contact = next(entity for entity in ENTITIES if entity.name == "contact")
    record_id = contact.create(session, world)
    deleted = delete_record(session, RecordKind.CONTACT, record_id)
    # SQLite hands the highest free id out again: the next contact gets the same one.
    assert contact.create(session, world) == record_id
    with pytest.raises(RestoreConflictError, match="took its place"):
        restore_record(session, deleted)
    assert len(list_contacts(session, world.account_id)) == 2  # the session is still usable


def test_undo_is_refused_when_the_contract_number_was_used_again(
    session: Session, world: World
) -> None:
    deleted = delete_record(session, RecordKind.CONTRACT, world.contract_id)
    session.commit()
    save_contract(
        session,
        ContractForm(number="C-1", start_date=date(2026, 1, 1), title="New"),
        account_id=world.account_id,
    )
    save_contract(  # a later contract, so the id is not what clashes
        session,
        ContractForm(number="C-9", start_date=date(2026, 1, 1)),
        account_id=world.account_id,
    )
    with pytest.raises(RestoreConflictError) as refused:
        restore_record(session, deleted)
    assert "Contract C-1 cannot be put back" in str(refused.value)


# SQLite only: PostgreSQL's sequences never hand an id out twice.
@pytest.mark.parametrize("backend", ["sqlite"])
def test_a_package_item_whose_id_was_reused_comes_back_with_a_new_id(
    backend: str, session: Session, world: World
) -> None:
    package = next(entity for entity in ENTITIES if entity.name == "service package")
    record_id = package.create(session, world)
    items_before = children(session, "package_item", "package_id", record_id)
    deleted = delete_record(session, RecordKind.SERVICE_PACKAGE, record_id)
    package_form, _ = package.load(session, world.package_id)
    grown = replace(package_form, items=(*package_form.items, PackageItemForm(ItemKind.HOTLINE)))
    save_package(session, grown, record_id=world.package_id)  # takes the first freed item id
    restore_record(session, deleted)
    items_after = children(session, "package_item", "package_id", record_id)
    assert [item["id"] for item in items_after] != [item["id"] for item in items_before]
    strip = [{k: v for k, v in item.items() if k != "id"} for item in items_before]
    assert [{k: v for k, v in item.items() if k != "id"} for item in items_after] == strip


def test_deleting_with_a_stale_version_is_refused(
    workspace: Workspace, session: Session, world: World
) -> None:
    form, version = load_contact(session, world.contact_id)
    session.rollback()
    with workspace.session() as theirs:
        save_contact(
            theirs,
            replace(form, stance=form.stance.CRITIC),
            account_id=world.account_id,
            record_id=world.contact_id,
            expected_version=version,
        )
        theirs.commit()
    with pytest.raises(StaleRecordError):
        delete_record(session, RecordKind.CONTACT, world.contact_id, expected_version=version)
    assert load_contact(session, world.contact_id)[1] == version + 1


def test_deleting_a_missing_record_says_so(session: Session, world: World) -> None:
    with pytest.raises(NotFoundError, match="Incident #999 does not exist"):
        delete_record(session, RecordKind.INCIDENT, 999)


def test_undo_is_refused_when_the_account_is_gone(session: Session, world: World) -> None:
    note = next(entity for entity in ENTITIES if entity.name == "technician note")
    record_id = note.create(session, world)
    deleted = delete_record(session, RecordKind.TECHNICIAN_NOTE, record_id)
    account = session.get(Account, world.account_id)
    session.delete(account)
    session.flush()
    with pytest.raises(RestoreConflictError, match="its account no longer exists"):
        restore_record(session, deleted)


def test_restore_keeps_money_exact(session: Session, world: World) -> None:
    ledger = next(entity for entity in ENTITIES if entity.name == "ledger entry")
    record_id = ledger.create(session, world)
    deleted = delete_record(session, RecordKind.FREE_SERVICE, record_id)
    restore_record(session, deleted)
    form, _ = load_free_service(session, record_id)
    assert form.value == Decimal("800.00") and form.hours == Decimal("3.5")
