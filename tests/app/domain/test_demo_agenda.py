"""The showcase workspace's known stories show up where a seller would look for them."""

from collections.abc import Iterator
from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from app.bootstrap import Workspace, open_workspace
from app.demo import generate_demo
from app.domain.account_overview import account_overview
from app.domain.agenda import AgendaItem, AgendaKind, agenda
from app.domain.agenda_wording import describe
from app.domain.health import Light, Reason
from app.model import Account
from app.records import AccountForm, ContactForm, save_account, save_contact
from tests.helpers.backends import BACKENDS, fresh_location

TODAY = date(2026, 11, 23)


@pytest.fixture(scope="module", params=BACKENDS)
def showcase(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Workspace]:
    with fresh_location(request.param, request, tmp_path_factory.mktemp("showcase")) as location:
        ws = open_workspace(location)
        with ws.transaction() as session:
            generate_demo(session, today=TODAY)
        yield ws
        ws.close()


@pytest.fixture(scope="module")
def items(showcase: Workspace) -> list[AgendaItem]:
    with showcase.session() as session:
        return agenda(session, TODAY, 30)


def test_notice_deadline_in_three_weeks(items: list[AgendaItem]) -> None:
    found = [
        i for i in items if i.kind is AgendaKind.NOTICE_DEADLINE and i.customer_number == "10-4711"
    ]
    assert len(found) == 1
    assert found[0].due == TODAY + timedelta(days=21)
    assert "in 21 days" in describe(found[0])


def test_the_48_hour_response_against_8_promised(items: list[AgendaItem]) -> None:
    found = [i for i in items if i.kind is AgendaKind.SLA_BREACH and i.customer_number == "10-4711"]
    assert [(i.figure, i.against) for i in found] == [(48, 8)]
    assert "response after 48 h against 8 h promised" in describe(found[0])


def test_silent_account_and_unread_risk(items: list[AgendaItem]) -> None:
    silent = [i for i in items if i.kind is AgendaKind.NO_CONTACT]
    assert ("20-3310", 75) in {(i.customer_number, i.figure) for i in silent}
    risk = [i for i in items if i.customer_number == "10-4711" and "20 °C" in i.title]
    assert risk, "the measuring-room risk is on the agenda"


def test_agenda_is_sorted_by_urgency_then_date(items: list[AgendaItem]) -> None:
    assert items == sorted(items, key=lambda i: (i.urgency, i.due, i.account_name, i.kind))


def test_flagship_account_overview(showcase: Workspace) -> None:
    with showcase.session() as session:
        overview = account_overview(session, "10-4711", TODAY)
    lines = {line.category_key: line.count for line in overview.balance.lines}
    assert lines["delivery_in_person"] == 3
    assert lines["order_cancellation"] == 5
    assert lines["profitability_calculation"] == 1
    assert overview.balance.share_of_annual_value is not None
    assert overview.service.breached == 1
    worst = overview.service.worst
    assert worst is not None and worst.response_hours == Decimal("48.00")
    assert worst.promised_hours == Decimal(8)
    reasons = {reason.reason for reason in overview.snapshot.health.reasons}
    assert {Reason.SLA_BREACHES, Reason.NOTICE_SOON, Reason.UNCOVERED_PROMISES} <= reasons
    assert overview.snapshot.health.light >= Light.AMBER
    assert overview.key_dates[0].on >= TODAY


def test_uncovered_promises_read_as_sentences(items: list[AgendaItem]) -> None:
    promises = [
        describe(i, "en")
        for i in items
        if i.kind is AgendaKind.UNCOVERED_PROMISE and i.customer_number == "10-4711"
    ]
    assert any(
        "on-site response within 4 h" in text and "package: on-site response within 8 h" in text
        for text in promises
    ), promises
    assert not any("_hours" in text for text in promises)
    german = [describe(i, "de") for i in items if i.kind is AgendaKind.UNCOVERED_PROMISE]
    assert any("Reaktion vor Ort in 4 h" in text for text in german)


def test_after_the_demo_new_records_get_fresh_ids(showcase: Workspace) -> None:
    # The demo writes explicit ids; a server's id sequences must have moved past them.
    with showcase.session() as session:
        highest = session.scalar(select(func.max(Account.id)))
        account_id = save_account(session, AccountForm(name="Neu GmbH", customer_number="N-1"))
        contact_id = save_contact(session, ContactForm(name="Jan Nowak"), account_id=account_id)
        assert highest is not None and account_id > highest
        assert contact_id > 0
        session.rollback()
