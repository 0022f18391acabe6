"""The database worker: jobs off the GUI thread, results and errors back on it."""

import logging
import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QThread
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.bootstrap import Workspace
from app.domain.accounts import count_accounts
from app.errors import NotFoundError
from app.model import Account
from app.records import AccountForm, FormInvalidError, save_account
from ui.change_broadcast import ACCOUNTS, ChangeBroadcast
from ui.database_worker import DatabaseWorker


class Collected:
    """Stands in for a view: remembers what reached it and on which thread."""

    def __init__(self) -> None:
        self.results: list[object] = []
        self.errors: list[str] = []
        self.threads: list[QThread] = []

    def done(self, result: object) -> None:
        self.results.append(result)
        self.threads.append(QThread.currentThread())

    def failed(self, message: str) -> None:
        self.errors.append(message)
        self.threads.append(QThread.currentThread())


@pytest.fixture
def broadcast() -> ChangeBroadcast:
    return ChangeBroadcast()


@pytest.fixture
def worker(workspace: Workspace, broadcast: ChangeBroadcast) -> Iterator[DatabaseWorker]:
    worker = DatabaseWorker(workspace, broadcast)
    yield worker
    worker.stop()


@pytest.fixture
def collected() -> Collected:
    return Collected()


def test_the_job_runs_on_the_worker_and_its_result_arrives_on_the_gui_thread(
    qtbot: QtBot, worker: DatabaseWorker, collected: Collected
) -> None:
    job_threads: list[int] = []

    def count_on_worker(session: Session) -> int:
        job_threads.append(threading.get_ident())
        return count_accounts(session)

    with qtbot.waitSignal(worker.busy_changed, check_params_cb=lambda busy: not busy):
        worker.run(count_on_worker, collected.done)

    assert collected.results == [0]
    assert job_threads != [threading.get_ident()]
    assert collected.threads == [QThread.currentThread()]


def test_a_users_error_reaches_on_error_with_its_own_message(
    qtbot: QtBot, worker: DatabaseWorker, collected: Collected
) -> None:
    def missing_account(_session: Session) -> None:
        raise NotFoundError("customer number '99-9999': no such account")

    with qtbot.waitSignal(worker.busy_changed, check_params_cb=lambda busy: not busy):
        worker.run(missing_account, collected.done, collected.failed)

    assert collected.errors == ["customer number '99-9999': no such account"]
    assert collected.results == []


def test_an_unexpected_error_is_logged_and_reported_without_its_internals(
    qtbot: QtBot, worker: DatabaseWorker, collected: Collected, caplog: pytest.LogCaptureFixture
) -> None:
    def broken(_session: Session) -> None:
        raise ZeroDivisionError("secret internals")

    with (
        caplog.at_level(logging.ERROR, logger="ui.database_worker"),
        qtbot.waitSignal(worker.error_reported) as reported,
    ):
        worker.run(broken, collected.done)

    message = reported.args[0]
    assert "unexpected error" in message
    assert "ZeroDivisionError" in message
    assert "secret internals" not in message
    assert "secret internals" in caplog.text  # the traceback went to the log


def test_busy_is_on_while_jobs_wait_and_off_when_all_are_done(
    qtbot: QtBot, worker: DatabaseWorker, collected: Collected
) -> None:
    seen: list[bool] = []
    worker.busy_changed.connect(seen.append)

    with qtbot.waitSignal(worker.busy_changed, check_params_cb=lambda busy: not busy):
        for _ in range(3):
            worker.run(count_accounts, collected.done)
        assert worker.busy

    assert seen == [True, False]
    assert collected.results == [0, 0, 0]  # in the order they were asked for
    assert not worker.busy


def test_a_change_is_committed_then_announced_with_its_account(
    qtbot: QtBot,
    worker: DatabaseWorker,
    broadcast: ChangeBroadcast,
    collected: Collected,
    workspace: Workspace,
) -> None:
    def add_account(session: Session) -> int:
        account = Account(name="Neue Kunde GmbH", customer_number="77-0001")
        session.add(account)
        session.flush()
        return account.id

    with qtbot.waitSignal(broadcast.changed) as announced:
        worker.change(add_account, {ACCOUNTS}, collected.done, account_id=None)

    assert announced.args == [frozenset({ACCOUNTS}), None]
    with workspace.session() as session:  # another session sees it: it was committed
        assert session.scalar(select(func.count()).select_from(Account)) == 1


def test_a_failed_change_is_rolled_back_and_not_announced(
    qtbot: QtBot,
    worker: DatabaseWorker,
    broadcast: ChangeBroadcast,
    collected: Collected,
    workspace: Workspace,
) -> None:
    def add_then_fail(session: Session) -> None:
        session.add(Account(name="Halb GmbH", customer_number="77-0002"))
        session.flush()
        raise NotFoundError("contract 'V-1': no such contract")

    with (
        qtbot.assertNotEmitted(broadcast.changed, wait=100),
        qtbot.waitSignal(worker.busy_changed, check_params_cb=lambda busy: not busy),
    ):
        worker.change(add_then_fail, {ACCOUNTS}, collected.done, on_error=collected.failed)

    assert collected.errors == ["contract 'V-1': no such contract"]
    with workspace.session() as session:
        assert count_accounts(session) == 0


def test_a_refused_form_reaches_on_refused_as_the_error_naming_its_fields(
    qtbot: QtBot,
    worker: DatabaseWorker,
    broadcast: ChangeBroadcast,
    collected: Collected,
    workspace: Workspace,
) -> None:
    refused: list[object] = []

    def save_blank_account(session: Session) -> int:
        return save_account(session, AccountForm.blank())

    with (
        qtbot.assertNotEmitted(broadcast.changed, wait=100),
        qtbot.waitSignal(worker.busy_changed, check_params_cb=lambda busy: not busy),
    ):
        worker.change(
            save_blank_account,
            {ACCOUNTS},
            collected.done,
            on_error=collected.failed,
            on_refused=refused.append,
        )

    assert collected.errors == [] and collected.results == []
    [error] = refused
    assert isinstance(error, FormInvalidError)
    assert error.fields == ("name", "customer_number")
    assert error.messages_for("name") == ("Name: must not be blank",)
    with workspace.session() as session:
        assert count_accounts(session) == 0


def test_unknown_topics_are_refused(broadcast: ChangeBroadcast) -> None:
    with pytest.raises(ValueError, match="acounts"):
        broadcast.announce({"acounts"})


def test_a_stopped_worker_takes_no_more_jobs(worker: DatabaseWorker, collected: Collected) -> None:
    worker.stop()

    with pytest.raises(RuntimeError, match="stopped"):
        worker.run(count_accounts, collected.done)
