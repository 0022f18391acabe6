"""The after-signing cadence: signing creates the follow-up plan, so the account is never
put aside once the contract is won.

Each generated follow-up carries an origin key; planning again adds only what is
missing, and a follow-up the seller dismissed or edited is never recreated.
"""

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.budget_cycles import YearOverride, occurrences
from app.domain.contract_dates import contract_dates
from app.domain.contracts import terms_of
from app.domain.wording import Language
from app.errors import InvalidValueError
from app.model import BudgetCycle, Contract, ContractStatus, FollowUp, FollowUpKind

# (key, days after signing, English title, German title)
AFTER_SIGNING_STEPS = (
    ("install", 7, "Installation check", "Installationscheck"),
    ("day30", 30, "30-day check-in", "Nachfassen nach 30 Tagen"),
    ("day90", 90, "90-day review", "Review nach 90 Tagen"),
)
NOTICE_LEAD_DAYS = 60  # prepare the renewal two months before notice can be given
HORIZON_WITHOUT_END_DAYS = 3 * 365  # open-ended contracts: plan budget windows 3 years ahead


@dataclass(frozen=True, slots=True)
class PlannedStep:
    origin_key: str
    due_on: date
    kind: FollowUpKind
    title: str


def planned_steps(
    session: Session, contract: Contract, today: date, lang: Language
) -> list[PlannedStep]:
    """Every step the cadence wants for ``contract`` that is due today or later."""
    de = lang == "de"
    anchor = contract.signed_on or contract.start_date
    prefix = f"contract:{contract.id}"
    name = contract.title or contract.number
    steps = [
        PlannedStep(
            f"{prefix}:{key}",
            anchor + timedelta(days=offset),
            FollowUpKind.AFTER_SIGNING,
            f"{title_de if de else title_en}: {name}",
        )
        for key, offset, title_en, title_de in AFTER_SIGNING_STEPS
    ]
    dates = contract_dates(terms_of(contract), today)
    until = dates.term_end or today + timedelta(days=HORIZON_WITHOUT_END_DAYS)
    if dates.notice_deadline is not None:
        steps.append(
            PlannedStep(
                f"{prefix}:notice:{dates.notice_deadline.isoformat()}",
                dates.notice_deadline - timedelta(days=NOTICE_LEAD_DAYS),
                FollowUpKind.NOTICE_DEADLINE,
                (
                    f"Verlängerung vorbereiten – Kündigungsfrist {name}"
                    if de
                    else f"Prepare the renewal – notice deadline of {name}"
                ),
            )
        )
    cycles = session.scalars(
        select(BudgetCycle).where(BudgetCycle.account_id == contract.account_id)
    ).all()
    for cycle in cycles:
        overrides = {o.year: YearOverride(o.planned_on) for o in cycle.overrides}
        for occurrence in occurrences(
            cycle.rrule, cycle.first_date, cycle.lead_days, anchor, until, overrides
        ):
            steps.append(
                PlannedStep(
                    f"{prefix}:budget:{cycle.id}:{occurrence.planned_on.isoformat()}",
                    occurrence.window_opens,
                    FollowUpKind.BUDGET_WINDOW,
                    (
                        f"Vor der Budgetplanung anrufen: {cycle.label}"
                        if de
                        else f"Call before the budget planning: {cycle.label}"
                    ),
                )
            )
    return [step for step in steps if step.due_on >= today]


def plan_after_signing(
    session: Session, contract_id: int, today: date, lang: Language = "en"
) -> list[FollowUp]:
    """Create the missing follow-ups of an active contract; return the ones created.

    Raises ``InvalidValueError`` for a contract that is not active.
    """
    contract = session.get_one(Contract, contract_id)
    if contract.status is not ContractStatus.ACTIVE:
        raise InvalidValueError(
            "status", f"contract {contract.number} is {contract.status.value}, not active"
        )
    existing = set(
        session.scalars(
            select(FollowUp.origin_key).where(
                FollowUp.account_id == contract.account_id, FollowUp.origin_key.is_not(None)
            )
        )
    )
    created = []
    for step in planned_steps(session, contract, today, lang):
        if step.origin_key in existing:
            continue
        follow_up = FollowUp(
            account_id=contract.account_id,
            due_on=step.due_on,
            kind=step.kind,
            title=step.title[:200],
            origin_key=step.origin_key,
        )
        session.add(follow_up)
        created.append(follow_up)
        existing.add(step.origin_key)
    session.flush()
    return created


def activate_contract(
    session: Session, contract_id: int, today: date, lang: Language = "en"
) -> list[FollowUp]:
    """Mark a contract active (signed today unless already signed) and plan its follow-ups."""
    contract = session.get_one(Contract, contract_id)
    contract.status = ContractStatus.ACTIVE
    if contract.signed_on is None:
        contract.signed_on = today
    session.flush()
    return plan_after_signing(session, contract_id, today, lang)
