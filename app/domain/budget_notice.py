"""Budget versus notice: the customer's budget and the renewal talk out of step.

A budget cycle's occurrence has a planning date (``planned_on``) and a contact
window opening ``lead_days`` before it. The budget *closes* at the end of its
planning date: after that day it is decided (the window is open up to and
including that day, as ``BudgetOccurrence.window_is_open`` says). Two warnings:

* ``BUDGET_BEFORE_MEETING``: the next planning date of a cycle falls before the
  next renewal meeting (the nearest meeting on or after today of a negotiation
  in preparation), so the budget is set before the talk; a meeting on the
  planning day itself is still in time. Act from the window's opening (``due``).
* ``NOTICE_BEFORE_BUDGET``: a live contract's notice deadline (still ahead or
  today) falls before the next budget window opens (the earliest opening among
  the cycles' next occurrences), so the customer can give notice before its
  budget round even starts. Act by the deadline (``due``).

The rule itself is pure (``budget_notice_warnings``) so the agenda can feed it
with rows gathered for every account at once.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from sqlalchemy.orm import Session

from app.domain.contracts import ContractView, account_contracts
from app.domain.portfolio import BudgetDate, upcoming_budget_dates, upcoming_meetings
from app.domain.wording import Language
from app.formatting import day
from app.model import ContractStatus


class BudgetNoticeKind(StrEnum):
    BUDGET_BEFORE_MEETING = "budget_before_meeting"
    NOTICE_BEFORE_BUDGET = "notice_before_budget"


@dataclass(frozen=True, slots=True)
class BudgetNoticeWarning:
    kind: BudgetNoticeKind
    cycle_id: int
    budget_label: str
    window_opens: date
    planned_on: date  # the budget closes at the end of this day
    meeting_on: date | None = None  # BUDGET_BEFORE_MEETING
    contract_id: int | None = None  # NOTICE_BEFORE_BUDGET
    contract_name: str = ""
    notice_deadline: date | None = None

    @property
    def due(self) -> date:
        """When the seller must act: the window's opening, or the notice deadline."""
        if self.kind is BudgetNoticeKind.NOTICE_BEFORE_BUDGET:
            assert self.notice_deadline is not None
            return self.notice_deadline
        return self.window_opens

    @property
    def gap(self) -> tuple[date, date]:
        """The stretch that is out of step, for the timeline: budget closed → meeting,
        or notice deadline → window opens."""
        if self.kind is BudgetNoticeKind.NOTICE_BEFORE_BUDGET:
            assert self.notice_deadline is not None
            return self.notice_deadline, self.window_opens
        assert self.meeting_on is not None
        return self.planned_on, self.meeting_on

    def sentence(self, lang: Language = "en") -> str:
        de = lang == "de"
        label = self.budget_label
        opens, planned = day(self.window_opens, lang), day(self.planned_on, lang)
        if self.kind is BudgetNoticeKind.NOTICE_BEFORE_BUDGET:
            assert self.notice_deadline is not None
            deadline = day(self.notice_deadline, lang)
            if de:
                return (
                    f"Kündigungsfrist {self.contract_name} am {deadline} liegt vor dem "
                    f"Budgetfenster „{label}“ (ab {opens}): Verlängerung vor der Frist klären"
                )
            return (
                f"Notice deadline of {self.contract_name} on {deadline} falls before the "
                f"budget window '{label}' opens ({opens}): settle the renewal before the deadline"
            )
        assert self.meeting_on is not None
        meeting = day(self.meeting_on, lang)
        if de:
            return (
                f"Budgetplanung „{label}“ schließt am {planned}, vor dem Verhandlungstermin "
                f"am {meeting}: ab {opens} ansprechen"
            )
        return (
            f"Budget planning '{label}' closes on {planned}, before the renewal meeting on "
            f"{meeting}: talk to them from {opens}"
        )


def budget_notice_warnings(
    budgets: Sequence[BudgetDate],
    contracts: Sequence[ContractView],
    meeting_on: date | None,
    today: date,
) -> list[BudgetNoticeWarning]:
    """The warnings for one account: ``budgets`` are its cycles' next occurrences (as
    ``upcoming_budget_dates`` gives them), ``contracts`` its contracts, ``meeting_on``
    its next renewal meeting. Soonest ``due`` first."""
    found = []
    if meeting_on is not None:
        for budget in budgets:
            occurrence = budget.occurrence
            if today <= occurrence.planned_on < meeting_on:
                found.append(
                    BudgetNoticeWarning(
                        BudgetNoticeKind.BUDGET_BEFORE_MEETING,
                        budget.cycle_id,
                        budget.label,
                        occurrence.window_opens,
                        occurrence.planned_on,
                        meeting_on=meeting_on,
                    )
                )
    ahead = [b for b in budgets if b.occurrence.planned_on >= today]
    if ahead:
        first = min(ahead, key=lambda b: (b.occurrence.window_opens, b.cycle_id))
        opens = first.occurrence.window_opens
        for contract in contracts:
            deadline = contract.dates.notice_deadline
            if not contract.live or contract.status is not ContractStatus.ACTIVE:
                continue
            if deadline is not None and today <= deadline < opens:
                found.append(
                    BudgetNoticeWarning(
                        BudgetNoticeKind.NOTICE_BEFORE_BUDGET,
                        first.cycle_id,
                        first.label,
                        opens,
                        first.occurrence.planned_on,
                        contract_id=contract.id,
                        contract_name=contract.number,
                        notice_deadline=deadline,
                    )
                )
    return sorted(found, key=lambda w: (w.due, w.kind, w.cycle_id, w.contract_id or 0))


def account_budget_notice(
    session: Session, account_id: int, today: date
) -> list[BudgetNoticeWarning]:
    """The budget-versus-notice warnings of one account as of ``today``."""
    return budget_notice_warnings(
        upcoming_budget_dates(session, [account_id], today).get(account_id, []),
        account_contracts(session, account_id, today),
        upcoming_meetings(session, [account_id], today).get(account_id),
        today,
    )
