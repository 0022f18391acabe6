"""The demo's negotiation workbench: 10-4711's give-and-get list and stance story, and
give-and-get items and stance changes in the generated accounts."""

from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from sqlalchemy import func, select

from app.bootstrap import open_workspace
from app.demo import generate_demo
from app.domain.account_overview import account_overview
from app.domain.stance_history import EventKind
from app.model import Contact, ContactChange, NegotiationItem, Stance, TradeSide
from app.money import Money

TODAY = date(2026, 11, 23)


def test_the_flagship_trades_in_money_and_its_buyer_turned_critic_after_the_breakdown(
    tmp_path: Path,
) -> None:
    workspace = open_workspace(tmp_path / "demo.db")
    try:
        with workspace.transaction() as session:
            generate_demo(session, today=TODAY)
        with workspace.session() as session:
            overview = account_overview(session, "10-4711", TODAY)
    finally:
        workspace.close()
    trades = overview.give_and_get
    assert trades is not None
    assert [i.kind.value for i in trades.give] == ["price_cut", "maintenance_visit", "training"]
    assert {i.kind.value for i in trades.get} == {
        "longer_term",
        "volume",
        "reference_visit",
        "other",
    }
    assert trades.give[0].value == Money(Decimal("4440.00"), "EUR")  # 3 % of 148,000
    assert trades.already_given == overview.balance.totals
    assert trades.unvalued == 1  # the 36-month term
    buyer = overview.stance_moves[0]
    assert (buyer.name, buyer.old_stance, buyer.new_stance) == (
        "Dieter Hartmann",
        Stance.SUPPORTER,
        Stance.CRITIC,
    )
    assert buyer.near is not None and buyer.near.kind is EventKind.SLA_BREACH
    assert buyer.near.response_hours == Decimal(48) and 0 < (buyer.days_after or 0) <= 7
    assert [w.kind.value for w in overview.budget_warnings] == ["notice_before_budget"]


def test_generated_accounts_get_items_and_changes_that_end_in_the_stored_stance(
    tmp_path: Path,
) -> None:
    workspace = open_workspace(tmp_path / "demo.db")
    try:
        with workspace.transaction() as session:
            generate_demo(session, today=TODAY, accounts=120)
        with workspace.session() as session:
            items = session.execute(
                select(NegotiationItem.side, func.count()).group_by(NegotiationItem.side)
            ).all()
            changes = session.execute(
                select(ContactChange.changed_on, ContactChange.new_stance, Contact.stance).join(
                    Contact, Contact.id == ContactChange.contact_id
                )
            ).all()
            valued = session.scalar(
                select(func.count()).where(
                    NegotiationItem.value_minor.is_not(None) | NegotiationItem.percent.is_not(None)
                )
            )
    finally:
        workspace.close()
    counts = dict(items)
    assert counts[TradeSide.GIVE] > 10 and counts[TradeSide.GET] > 10
    assert valued and valued < sum(counts.values())  # some asks stay unvalued
    assert len(changes) > 20
    assert all(new == stored for _, new, stored in changes)
    assert all(TODAY - timedelta(days=400) <= day < TODAY for day, _, _ in changes)
