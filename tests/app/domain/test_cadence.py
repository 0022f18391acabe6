from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select

from app.bootstrap import Workspace
from app.domain.cadence import activate_contract, plan_after_signing
from app.errors import InvalidValueError
from app.model import BudgetCycle, ContractStatus, FollowUp, FollowUpKind
from tests.helpers import factories

SIGNED = date(2026, 11, 2)


def test_signing_creates_the_plan_once(workspace: Workspace) -> None:
    with workspace.session() as session:
        owner = factories.account(session, customer_number="C-1")
        session.add(
            BudgetCycle(
                account_id=owner.id,
                label="Budget",
                first_date=date(2020, 9, 15),
                rrule="FREQ=YEARLY",
                lead_days=45,
            )
        )
        deal = factories.contract(
            session,
            owner,
            status=ContractStatus.DRAFT,
            start_date=SIGNED,
            end_date=date(2028, 12, 31),
            notice_period=3,
        )
        created = activate_contract(session, deal.id, SIGNED)
        due = {f.origin_key.split(":", 2)[2]: f.due_on for f in created if f.origin_key}
        assert due["install"] == date(2026, 11, 9)
        assert due["day30"] == date(2026, 12, 2)
        assert due["day90"] == date(2027, 1, 31)
        assert due["notice:2028-09-30"] == date(2028, 8, 1)
        budget_keys = sorted(key for key in due if key.startswith("budget"))
        assert [due[key] for key in budget_keys] == [date(2027, 8, 1), date(2028, 8, 1)]
        assert deal.signed_on == SIGNED
        assert plan_after_signing(session, deal.id, SIGNED) == []


def test_dismissed_or_edited_steps_are_not_recreated(workspace: Workspace) -> None:
    with workspace.session() as session:
        owner = factories.account(session, customer_number="C-2")
        deal = factories.contract(session, owner, start_date=SIGNED, signed_on=SIGNED)
        created = plan_after_signing(session, deal.id, SIGNED)
        created[0].dismissed_at = datetime(2026, 11, 3, tzinfo=UTC)
        created[1].due_on = date(2026, 12, 20)
        session.flush()
        assert plan_after_signing(session, deal.id, SIGNED) == []
        rows = session.scalars(select(FollowUp).where(FollowUp.account_id == owner.id)).all()
    assert len(rows) == len(created)


def test_steps_in_the_past_are_skipped(workspace: Workspace) -> None:
    with workspace.session() as session:
        owner = factories.account(session, customer_number="C-3")
        deal = factories.contract(
            session,
            owner,
            start_date=date(2026, 1, 1),
            signed_on=date(2026, 1, 1),
            end_date=date(2027, 12, 31),
        )
        created = plan_after_signing(session, deal.id, date(2026, 11, 23))
    assert all(f.due_on >= date(2026, 11, 23) for f in created)
    assert {f.kind for f in created} == {FollowUpKind.NOTICE_DEADLINE}


def test_only_active_contracts_get_a_plan(workspace: Workspace) -> None:
    with workspace.session() as session:
        owner = factories.account(session, customer_number="C-4")
        draft = factories.contract(session, owner, status=ContractStatus.DRAFT)
        with pytest.raises(InvalidValueError, match="status"):
            plan_after_signing(session, draft.id, SIGNED)


def test_german_titles(workspace: Workspace) -> None:
    with workspace.session() as session:
        owner = factories.account(session, customer_number="C-5")
        deal = factories.contract(
            session, owner, start_date=SIGNED, signed_on=SIGNED, title="Servicevertrag"
        )
        titles = [f.title for f in plan_after_signing(session, deal.id, SIGNED, "de")]
    assert "Installationscheck: Servicevertrag" in titles
