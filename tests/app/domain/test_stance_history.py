"""Who moved: each recorded change with the incident or free service that preceded it."""

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

from sqlalchemy.orm import Session

from app.bootstrap import Workspace
from app.domain.stance_history import EventKind, stance_moves
from app.model import Account, ContactChange, DecisionRole, Stance
from tests.helpers import factories

TODAY = date(2026, 11, 23)
BREAKDOWN = datetime(2026, 11, 5, 6, 40, tzinfo=UTC)  # answered after 48 h, 8 h promised


def change(session: Session, contact_id: int, on: date, **values: object) -> None:
    session.add(ContactChange(contact_id=contact_id, changed_on=on, **values))
    session.flush()


def story(session: Session) -> Account:
    owner = factories.account(session, customer_number="S-1")
    factories.incident(
        session, owner, reported_at=BREAKDOWN, responded_at=BREAKDOWN + timedelta(hours=48)
    )
    roi = factories.category(session, "profitability_calculation")
    factories.free_service(
        session, owner, provided_on=date(2026, 11, 7), category_id=roi.id, value_minor=580_000
    )
    buyer = factories.contact(session, owner, name="Dieter Hartmann", job_title="Leitung Einkauf")
    engineer = factories.contact(session, owner, name="Dr. Katrin Vogel", job_title="")
    change(
        session, buyer.id, date(2026, 11, 19), old_stance=Stance.SUPPORTER, new_stance=Stance.CRITIC
    )
    change(
        session,
        engineer.id,
        date(2026, 11, 9),
        old_stance=Stance.NEUTRAL,
        new_stance=Stance.CHAMPION,
    )
    change(
        session,
        engineer.id,
        date(2026, 11, 10),
        old_role=DecisionRole.INFLUENCER,
        new_role=DecisionRole.DECISION_MAKER,
    )
    change(
        session, buyer.id, date(2025, 1, 10), old_stance=Stance.NEUTRAL, new_stance=Stance.SUPPORTER
    )
    return owner


def test_moves_newest_first_with_the_event_that_explains_them(workspace: Workspace) -> None:
    with workspace.session() as session:
        moves = stance_moves(session, story(session).id)
    assert [(m.name, m.changed_on) for m in moves] == [
        ("Dieter Hartmann", date(2026, 11, 19)),
        ("Dr. Katrin Vogel", date(2026, 11, 10)),
        ("Dr. Katrin Vogel", date(2026, 11, 9)),
        ("Dieter Hartmann", date(2025, 1, 10)),
    ]
    cooled, role, warmed, old = moves
    # Cooler: the breach, though the free service came later.
    assert cooled.trend == -1 and cooled.near is not None
    assert (cooled.near.kind, cooled.days_after) == (EventKind.SLA_BREACH, 14)
    assert cooled.near.response_hours == Decimal(48) and cooled.near.promised_hours == Decimal(8)
    # Warmer: the free service, though the breach came first.
    assert warmed.trend == 1 and warmed.near is not None
    assert (warmed.near.kind, warmed.days_after) == (EventKind.FREE_SERVICE, 2)
    # A role alone: the nearest event of either kind.
    assert role.trend == 0 and role.near is not None and role.near.kind is EventKind.FREE_SERVICE
    assert old.near is None  # nothing notable in the 30 days before


def test_sentences_in_english_and_german(workspace: Workspace) -> None:
    with workspace.session() as session:
        cooled, role, warmed, old = stance_moves(session, story(session).id)
    assert cooled.sentence("en") == (
        "Dieter Hartmann (Leitung Einkauf): supporter → critic on 19 Nov 2026, "
        "14 days after the SLA breach (48\u00a0h instead of 8\u00a0h)"
    )
    assert cooled.sentence("de") == (
        "Dieter Hartmann (Leitung Einkauf): Unterstützer → Kritiker am 19.11.2026, "
        "14 Tage nach der SLA-Verletzung (48\u00a0h statt 8\u00a0h)"
    )
    assert warmed.sentence("en") == (
        "Dr. Katrin Vogel: neutral → champion on 9 Nov 2026, 2 days after the free service "
        "'profitability / ROI calculation' (€5,800)"
    )
    assert warmed.reason_text("de", detail=False) == (
        "2 Tage nach der kostenlosen Leistung „Wirtschaftlichkeitsberechnung“"
    )
    assert role.change_text("de") == "Beeinflusser → Entscheider"
    assert role.reason_text("en").startswith("3 days after")
    assert (
        old.sentence("en")
        == "Dieter Hartmann (Leitung Einkauf): neutral → supporter on 10 Jan 2025"
    )


def test_since_leaves_older_moves_out_and_other_accounts_never_count(
    workspace: Workspace,
) -> None:
    with workspace.session() as session:
        owner = story(session)
        other = factories.account(session, customer_number="S-2")
        stranger = factories.contact(session, other, name="Jan Nowak")
        change(session, stranger.id, TODAY, old_stance=Stance.CRITIC, new_stance=Stance.CHAMPION)
        recent = stance_moves(session, owner.id, since=TODAY - timedelta(days=365))
        assert [m.name for m in recent] == [
            "Dieter Hartmann",
            "Dr. Katrin Vogel",
            "Dr. Katrin Vogel",
        ]
        assert stance_moves(session, other.id)[0].near is None
        assert stance_moves(session, factories.account(session, customer_number="S-3").id) == ()
