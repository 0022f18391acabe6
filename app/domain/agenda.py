"""The agenda: what needs the seller now, across all accounts, sorted by urgency.

Built from account snapshots (one query per kind of row, never one per
account) plus the open follow-ups and technician notes.
"""

from dataclasses import dataclass
from datetime import date, timedelta
from enum import IntEnum, StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.health import NO_CONTACT_LIMIT_DAYS, Reason
from app.domain.portfolio import AccountSnapshot, gather_snapshots
from app.model import (
    AccountStatus,
    ContractStatus,
    FollowUp,
    NoteKind,
    NoteStatus,
    TechnicianNote,
)

DEFAULT_DAYS = 30
SLA_LOOKBACK_DAYS = 30
CONTRACT_ENDED_LOOKBACK_DAYS = 30
# Things to react to get a week: an unread note, a breach to talk about, a promise to check.
REACTION_DAYS = 7


class AgendaKind(StrEnum):
    BUDGET_WINDOW = "budget_window"
    NOTICE_DEADLINE = "notice_deadline"
    CONTRACT_END = "contract_end"
    FOLLOW_UP = "follow_up"
    NOTE_FOLLOW_UP = "note_follow_up"
    UNREAD_NOTE = "unread_note"
    NO_CONTACT = "no_contact"
    SLA_BREACH = "sla_breach"
    UNCOVERED_PROMISE = "uncovered_promise"


class Urgency(IntEnum):
    OVERDUE = 0
    THIS_WEEK = 1
    THIS_MONTH = 2
    LATER = 3

    @property
    def label(self) -> str:
        return self.name.lower()


def urgency_of(due: date, today: date) -> Urgency:
    if due < today:
        return Urgency.OVERDUE
    if due <= today + timedelta(days=7):
        return Urgency.THIS_WEEK
    if due <= today + timedelta(days=30):
        return Urgency.THIS_MONTH
    return Urgency.LATER


@dataclass(frozen=True, slots=True)
class AgendaItem:
    account_id: int
    customer_number: str
    account_name: str
    kind: AgendaKind
    due: date
    urgency: Urgency
    title: str  # the row's own words: a follow-up's title, a note's title, a cycle's label
    subject_id: int | None  # the row to open: contract, follow-up, note, incident, promise …
    figure: int | None = None  # hours, days or count the reason is about
    reference: date | None = None  # a second date: the planning date, the contract end …
    against: int | None = None  # what was promised, for an SLA breach (hours)


def _item(
    snap: AccountSnapshot,
    kind: AgendaKind,
    due: date,
    today: date,
    title: str,
    subject_id: int | None,
    figure: int | None = None,
    reference: date | None = None,
    against: int | None = None,
) -> AgendaItem:
    return AgendaItem(
        snap.account_id,
        snap.customer_number,
        snap.name,
        kind,
        due,
        urgency_of(due, today),
        title,
        subject_id,
        figure,
        reference,
        against,
    )


def _snapshot_items(snap: AccountSnapshot, today: date, horizon: date) -> list[AgendaItem]:
    items: list[AgendaItem] = []
    for budget in snap.budget_dates:
        occurrence = budget.occurrence
        opens = occurrence.window_opens
        called = snap.last_contact is not None and snap.last_contact >= opens
        if opens <= horizon and not (opens <= today and called):
            items.append(
                _item(
                    snap,
                    AgendaKind.BUDGET_WINDOW,
                    opens,
                    today,
                    budget.label,
                    budget.cycle_id,
                    reference=occurrence.planned_on,
                )
            )
    for contract in snap.contracts:
        dates = contract.dates
        if contract.live and dates.notice_deadline and today <= dates.notice_deadline <= horizon:
            items.append(
                _item(
                    snap,
                    AgendaKind.NOTICE_DEADLINE,
                    dates.notice_deadline,
                    today,
                    contract.title or contract.number,
                    contract.id,
                    figure=dates.days_to_notice,
                    reference=dates.term_end,
                )
            )
        end = dates.term_end
        if end is None or contract.auto_renew_months:
            continue
        recently_ended = (
            contract.status is ContractStatus.ACTIVE
            and today - timedelta(days=CONTRACT_ENDED_LOOKBACK_DAYS) <= end < today
        )
        if (contract.live and today <= end <= horizon) or recently_ended:
            items.append(
                _item(
                    snap,
                    AgendaKind.CONTRACT_END,
                    end,
                    today,
                    contract.title or contract.number,
                    contract.id,
                    figure=dates.days_to_term_end,
                )
            )
    for reason in snap.health.reasons:
        if reason.reason is Reason.NO_CONTACT:
            limit = NO_CONTACT_LIMIT_DAYS[snap.tier]
            assert snap.last_contact is not None
            items.append(
                _item(
                    snap,
                    AgendaKind.NO_CONTACT,
                    snap.last_contact + timedelta(days=limit + 1),
                    today,
                    "",
                    None,
                    figure=reason.figure,
                    reference=snap.last_contact,
                )
            )
    since = today - timedelta(days=SLA_LOOKBACK_DAYS - 1)
    for incident in snap.recent_incidents:
        reported = incident.reported_at.date()
        if incident.breached and reported >= since:
            assert incident.response_hours is not None and incident.promised_hours is not None
            items.append(
                _item(
                    snap,
                    AgendaKind.SLA_BREACH,
                    reported + timedelta(days=REACTION_DAYS),
                    today,
                    incident.description,
                    incident.id,
                    figure=int(incident.response_hours),
                    reference=reported,
                    against=int(incident.promised_hours),
                )
            )
    for promise in snap.uncovered_promises:
        items.append(
            _item(
                snap,
                AgendaKind.UNCOVERED_PROMISE,
                promise.promised_on + timedelta(days=REACTION_DAYS),
                today,
                promise.text or (promise.item_kind.value if promise.item_kind else ""),
                promise.id,
                reference=promise.promised_on,
            )
        )
    return [item for item in items if item.due <= horizon]


def _row_items(
    session: Session, snapshots: dict[int, AccountSnapshot], today: date, horizon: date
) -> list[AgendaItem]:
    items: list[AgendaItem] = []
    for follow_up in session.execute(
        select(FollowUp.id, FollowUp.account_id, FollowUp.due_on, FollowUp.title).where(
            FollowUp.done_at.is_(None), FollowUp.dismissed_at.is_(None), FollowUp.due_on <= horizon
        )
    ):
        snap = snapshots.get(follow_up.account_id)
        if snap is not None:
            items.append(
                _item(
                    snap,
                    AgendaKind.FOLLOW_UP,
                    follow_up.due_on,
                    today,
                    follow_up.title,
                    follow_up.id,
                )
            )
    for row in session.execute(
        select(
            TechnicianNote.id,
            TechnicianNote.account_id,
            TechnicianNote.noted_on,
            TechnicianNote.follow_up_on,
            TechnicianNote.title,
            TechnicianNote.read_by_seller,
            TechnicianNote.kind,
        ).where(TechnicianNote.status == NoteStatus.OPEN)
    ):
        snap = snapshots.get(row.account_id)
        if snap is None:
            continue
        if row.follow_up_on is not None and row.follow_up_on <= horizon:
            items.append(
                _item(snap, AgendaKind.NOTE_FOLLOW_UP, row.follow_up_on, today, row.title, row.id)
            )
        elif not row.read_by_seller:
            # Risks and complaints want a reaction within days; the rest within a week.
            grace = 2 if row.kind in (NoteKind.RISK, NoteKind.COMPLAINT) else REACTION_DAYS
            due = row.noted_on + timedelta(days=grace)
            if due <= horizon:
                items.append(_item(snap, AgendaKind.UNREAD_NOTE, due, today, row.title, row.id))
    return items


def agenda(session: Session, today: date, days: int = DEFAULT_DAYS) -> list[AgendaItem]:
    """Everything overdue or due within ``days`` for the active accounts, most urgent first."""
    if days < 0:
        raise ValueError("days must not be negative")
    horizon = today + timedelta(days=days)
    snapshots = {
        account_id: snap
        for account_id, snap in gather_snapshots(session, today).items()
        if snap.status is AccountStatus.ACTIVE
    }
    items: list[AgendaItem] = []
    for snap in snapshots.values():
        items.extend(_snapshot_items(snap, today, horizon))
    items.extend(_row_items(session, snapshots, today, horizon))
    items.sort(key=lambda item: (item.urgency, item.due, item.account_name, item.kind))
    return items
