"""Every row says who created it and who saved it last."""

from dataclasses import replace

import pytest
from sqlalchemy import insert, select

from app.bootstrap import Workspace, open_workspace
from app.model import Account, Contact
from app.model.attribution import set_actor
from app.model.base import Tracked
from app.records import AccountForm, ContactForm, load_account, save_account, save_contact


def names(workspace: Workspace, model: type[Tracked]) -> list[tuple[str, str]]:
    with workspace.session() as session:
        rows = session.scalars(select(model).order_by(model.id))
        return [(row.created_by, row.updated_by) for row in rows]


def test_the_creator_and_the_last_editor_are_recorded(workspace: Workspace) -> None:
    anna = open_workspace(workspace.location, user="anna")
    ben = open_workspace(workspace.location, user="ben")
    with anna.transaction() as session:
        account_id = save_account(session, AccountForm(name="Kunde GmbH", customer_number="1"))
        save_contact(session, ContactForm(name="Jan Nowak"), account_id=account_id)
    assert names(workspace, Account) == [("anna", "anna")]
    with ben.transaction() as session:
        form, version = load_account(session, account_id)
        save_account(
            session, replace(form, city="Ulm"), record_id=account_id, expected_version=version
        )
    assert names(workspace, Account) == [("anna", "ben")]
    assert names(workspace, Contact) == [("anna", "anna")]  # untouched rows keep their editor
    anna.close()
    ben.close()


def test_an_unchanged_save_keeps_the_last_editor(workspace: Workspace) -> None:
    anna = open_workspace(workspace.location, user="anna")
    ben = open_workspace(workspace.location, user="ben")
    form = AccountForm(name="Kunde GmbH", customer_number="1")
    with anna.transaction() as session:
        account_id = save_account(session, form)
    with ben.transaction() as session:
        save_account(session, form, record_id=account_id, expected_version=1)
    assert names(workspace, Account) == [("anna", "anna")]
    anna.close()
    ben.close()


def test_the_default_actor_is_the_login_name(
    workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LOGNAME", "carla")
    carla = open_workspace(workspace.location)
    assert carla.actor == "carla"
    with carla.transaction() as session:
        save_account(session, AccountForm(name="Kunde GmbH", customer_number="1"))
    assert names(workspace, Account) == [("carla", "carla")]
    carla.close()


def test_a_session_can_act_for_someone_else_and_names_are_cleaned(workspace: Workspace) -> None:
    long_name = "Anna   Schmidt\n(Vertrieb Süd) " + "x" * 200
    with workspace.transaction() as session:
        set_actor(session, long_name)
        save_account(session, AccountForm(name="Kunde GmbH", customer_number="1"))
    created_by, _ = names(workspace, Account)[0]
    assert created_by.startswith("Anna Schmidt (Vertrieb Süd) xxx")
    assert len(created_by) == 120


def test_bulk_rows_written_without_the_orm_get_empty_names(workspace: Workspace) -> None:
    with workspace.transaction() as session:
        session.execute(insert(Account).values(name="Roh GmbH", customer_number="2", tier="A"))
    assert names(workspace, Account) == [("", "")]
