from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

from sqlalchemy.orm import Session

from app.bootstrap import Workspace
from app.domain.agenda import AgendaKind, Urgency, agenda, urgency_of
from app.model import (
    AccountStatus,
    BudgetCycle,
    FollowUp,
    FollowUpKind,
    NoteKind,
    TechnicianNote,
    Tier,
    Touchpoint,
    TouchpointKind,
)
from tests.helpers import factories

TODAY = date(2026, 11, 23)


def kinds(session: Session, days: int = 30) -> dict[AgendaKind, list[str]]:
    found: dict[AgendaKind, list[str]] = {}
    for item in agenda(session, TODAY, days):
        found.setdefault(item.kind, []).append(item.customer_number)
    return found


def test_urgency_groups() -> None:
    assert urgency_of(TODAY - timedelta(days=1), TODAY) is Urgency.OVERDUE
    assert urgency_of(TODAY, TODAY) is Urgency.THIS_WEEK
    assert urgency_of(TODAY + timedelta(days=7), TODAY) is Urgency.THIS_WEEK
    assert urgency_of(TODAY + timedelta(days=8), TODAY) is Urgency.THIS_MONTH
    assert urgency_of(TODAY + timedelta(days=31), TODAY) is Urgency.LATER


def test_notice_deadline_and_contract_end_within_the_horizon(workspace: Workspace) -> None:
    with workspace.session() as session:
        soon = factories.account(session, customer_number="A-1", tier=Tier.C)
        factories.contract(session, soon, end_date=date(2027, 3, 14), notice_period=3)
        ending = factories.account(session, customer_number="A-2", tier=Tier.C)
        factories.contract(session, ending, end_date=TODAY + timedelta(days=10), notice_period=0)
        far = factories.account(session, customer_number="A-3", tier=Tier.C)
        factories.contract(session, far, end_date=date(2028, 1, 1))
        items = agenda(session, TODAY, 30)
    notice = [i for i in items if i.kind is AgendaKind.NOTICE_DEADLINE]
    assert [(i.customer_number, i.due, i.figure) for i in notice] == [
        ("A-2", TODAY + timedelta(days=10), 10),
        ("A-1", date(2026, 12, 14), 21),
    ]
    assert [i.customer_number for i in items if i.kind is AgendaKind.CONTRACT_END] == ["A-2"]
    assert all(i.customer_number != "A-3" for i in items if i.kind is not AgendaKind.NO_CONTACT)


def test_budget_window_until_the_seller_calls(workspace: Workspace) -> None:
    with workspace.session() as session:
        owner = factories.account(session, customer_number="B-1", tier=Tier.C)
        session.add(
            BudgetCycle(
                account_id=owner.id,
                label="Investitionsbudget",
                first_date=date(2020, 12, 15),
                rrule="FREQ=YEARLY",
                lead_days=45,
            )
        )
        session.flush()
        assert kinds(session)[AgendaKind.BUDGET_WINDOW] == ["B-1"]
        item = next(i for i in agenda(session, TODAY) if i.kind is AgendaKind.BUDGET_WINDOW)
        assert item.urgency is Urgency.OVERDUE  # opened on 31 Oct, nobody called yet
        assert item.reference == date(2026, 12, 15)
        session.add(Touchpoint(account_id=owner.id, happened_on=TODAY, kind=TouchpointKind.CALL))
        session.flush()
        assert AgendaKind.BUDGET_WINDOW not in kinds(session)


def test_follow_ups_notes_and_silence(workspace: Workspace) -> None:
    with workspace.session() as session:
        owner = factories.account(session, customer_number="F-1", tier=Tier.A)
        session.add(
            Touchpoint(
                account_id=owner.id,
                happened_on=TODAY - timedelta(days=41),
                kind=TouchpointKind.VISIT,
            )
        )
        session.add_all(
            [
                FollowUp(
                    account_id=owner.id,
                    due_on=TODAY - timedelta(days=2),
                    kind=FollowUpKind.MANUAL,
                    title="Send the offer",
                ),
                FollowUp(
                    account_id=owner.id,
                    due_on=TODAY,
                    kind=FollowUpKind.MANUAL,
                    title="Done already",
                    done_at=datetime(2026, 11, 1, tzinfo=UTC),
                ),
                FollowUp(
                    account_id=owner.id,
                    due_on=TODAY + timedelta(days=60),
                    kind=FollowUpKind.MANUAL,
                    title="Too far ahead",
                ),
                TechnicianNote(
                    account_id=owner.id,
                    noted_on=TODAY - timedelta(days=1),
                    kind=NoteKind.RISK,
                    title="Room above 20 °C",
                ),
                TechnicianNote(
                    account_id=owner.id,
                    noted_on=TODAY - timedelta(days=20),
                    kind=NoteKind.OPPORTUNITY,
                    title="Auto gauge",
                    read_by_seller=True,
                    follow_up_on=TODAY + timedelta(days=5),
                ),
            ]
        )
        session.flush()
        items = agenda(session, TODAY, 30)
    by_kind = {item.kind: item for item in items}
    assert by_kind[AgendaKind.FOLLOW_UP].title == "Send the offer"
    assert by_kind[AgendaKind.FOLLOW_UP].urgency is Urgency.OVERDUE
    assert [i.title for i in items if i.kind is AgendaKind.FOLLOW_UP] == ["Send the offer"]
    assert by_kind[AgendaKind.UNREAD_NOTE].title == "Room above 20 °C"
    assert by_kind[AgendaKind.NOTE_FOLLOW_UP].title == "Auto gauge"
    assert by_kind[AgendaKind.NO_CONTACT].figure == 41
    assert items == sorted(items, key=lambda i: (i.urgency, i.due, i.account_name, i.kind))


def test_recent_sla_breach_is_listed_with_both_figures(workspace: Workspace) -> None:
    reported = datetime(2026, 11, 10, 7, 0, tzinfo=UTC)
    with workspace.session() as session:
        owner = factories.account(session, customer_number="S-1", tier=Tier.C)
        factories.incident(
            session,
            owner,
            reported_at=reported,
            responded_at=reported + timedelta(hours=48),
            promised_response_hours=Decimal(8),
            description="Spindle breakdown",
        )
        old = factories.account(session, customer_number="S-2", tier=Tier.C)
        factories.incident(
            session,
            old,
            reported_at=reported - timedelta(days=45),
            responded_at=reported - timedelta(days=43),
        )
        items = [i for i in agenda(session, TODAY) if i.kind is AgendaKind.SLA_BREACH]
    assert [(i.customer_number, i.figure, i.against) for i in items] == [("S-1", 48, 8)]


def test_inactive_accounts_stay_off_the_agenda(workspace: Workspace) -> None:
    with workspace.session() as session:
        lost = factories.account(session, customer_number="X-1", status=AccountStatus.LOST)
        factories.contract(session, lost, end_date=TODAY + timedelta(days=5), notice_period=0)
        assert agenda(session, TODAY) == []
