"""Domain data -> ``Brief`` and ``Statement``. Knows the database, not ReportLab."""

from datetime import date
from decimal import Decimal

from sqlalchemy import case, select
from sqlalchemy.orm import Session

from app.brief.model import (
    Brief,
    BriefBudget,
    BriefContact,
    BriefContract,
    BriefInsight,
    BriefMove,
    BriefPosition,
    BriefService,
    BriefStrip,
    BriefTrade,
    BriefValue,
    Statement,
    StripBudget,
    StripIncident,
    StripService,
    StripTerm,
    ValueEntry,
    ValueLine,
    WorstCase,
    strip_range,
)
from app.domain.account_overview import account_overview, find_account_id
from app.domain.give_and_get import GiveAndGet, TradeItem
from app.domain.ledger_balance import LedgerBalance, ledger_balance
from app.domain.periods import Period
from app.domain.service_record import ServiceRecord
from app.domain.stance_history import StanceMove
from app.domain.timeline import timeline_items
from app.domain.wording import Language
from app.model import (
    Account,
    Contact,
    DecisionRole,
    Negotiation,
    NoteKind,
    NoteStatus,
    Stance,
    TechnicianNote,
)
from app.money import Money
from app.records import RecordKind

INSIGHT_KINDS = (NoteKind.RISK, NoteKind.OPPORTUNITY, NoteKind.COMPLAINT)
ROLE_ORDER = (
    DecisionRole.DECISION_MAKER,
    DecisionRole.INFLUENCER,
    DecisionRole.GATEKEEPER,
    DecisionRole.USER,
)


def _value(balance: LedgerBalance, lang: Language) -> BriefValue:
    return BriefValue(
        period_start=balance.period.start,
        period_end=balance.period.end,
        since_renewal=balance.period_basis == "contract_term",
        entries=balance.entries,
        totals=balance.totals,
        share=balance.share_of_annual_value,
        lines=tuple(
            ValueLine(line.label_de if lang == "de" else line.label_en, line.count, line.total)
            for line in balance.lines
        ),
    )


def _service(record: ServiceRecord) -> BriefService:
    worst = record.worst
    return BriefService(
        incidents=len(record.incidents),
        met=record.met,
        breached=record.breached,
        worst=(
            WorstCase(
                worst.reported_at.date(),
                worst.response_hours,
                worst.promised_hours,
                worst.description,
            )
            if worst is not None and worst.response_hours is not None
            else None
        ),
        downtime_hours=record.downtime_hours,
        visits_delivered=record.visits_delivered,
        visits_contracted=record.visits_contracted,
        open_complaints=record.open_complaints,
    )


def _insights(session: Session, account_id: int) -> tuple[BriefInsight, ...]:
    kind_order = case(
        (TechnicianNote.kind == NoteKind.RISK, 0),
        (TechnicianNote.kind == NoteKind.COMPLAINT, 1),
        else_=2,
    )
    notes = session.scalars(
        select(TechnicianNote)
        .where(
            TechnicianNote.account_id == account_id,
            TechnicianNote.kind.in_(INSIGHT_KINDS),
            TechnicianNote.status != NoteStatus.DONE,
        )
        .order_by(
            kind_order,
            TechnicianNote.estimated_value_minor.desc().nulls_last(),
            TechnicianNote.noted_on.desc(),
        )
    )
    return tuple(
        BriefInsight(
            kind=note.kind,
            noted_on=note.noted_on,
            title=note.title,
            text=note.text,
            machine=note.machine_or_site,
            value=(
                Money.from_minor(note.estimated_value_minor, note.currency)
                if note.estimated_value_minor is not None
                else None
            ),
        )
        for note in notes
    )


def _move(move: StanceMove, lang: Language) -> BriefMove:
    return BriefMove(
        move.changed_on,
        move.old_stance,
        move.new_stance,
        move.old_role,
        move.new_role,
        move.trend,
        move.reason_text(lang, detail=False),
    )


def _contacts(
    session: Session, account_id: int, moves: tuple[StanceMove, ...], lang: Language
) -> tuple[BriefContact, ...]:
    # Decision makers first, then critics, then who moved lately: when space runs out,
    # those are who the seller must see; the rest by their weight in the decision.
    latest: dict[int, StanceMove] = {}
    for move in moves:  # newest first
        latest.setdefault(move.contact_id, move)
    role_rank = case(
        (Contact.decision_role == DecisionRole.DECISION_MAKER, 0),
        (Contact.stance == Stance.CRITIC, 1),
        (Contact.id.in_(list(latest)), 2),
        *((Contact.decision_role == role, rank + 3) for rank, role in enumerate(ROLE_ORDER)),
        else_=len(ROLE_ORDER) + 3,
    )
    rows = session.scalars(
        select(Contact)
        .where(Contact.account_id == account_id)
        .order_by(role_rank, Contact.department, Contact.name)
    )
    return tuple(
        BriefContact(
            c.name,
            c.job_title,
            c.department,
            c.decision_role,
            c.stance,
            _move(latest[c.id], lang) if c.id in latest else None,
        )
        for c in rows
    )


def _trades(items: tuple[TradeItem, ...]) -> tuple[BriefTrade, ...]:
    return tuple(BriefTrade(i.kind, i.description, i.value, i.percent) for i in items)


def _position(session: Session, trades: GiveAndGet | None) -> BriefPosition | None:
    """The negotiation in focus (see ``negotiation_in_focus``) with its valued give and get."""
    if trades is None:
        return None
    negotiation = session.get_one(Negotiation, trades.negotiation_id)
    return BriefPosition(
        negotiation.meeting_on,
        negotiation.goals,
        negotiation.limits,
        negotiation.concessions,
        negotiation.asks,
        give=_trades(trades.give),
        get=_trades(trades.get),
        planned=trades.planned,
        asked=trades.asked,
        on_the_table=trades.on_the_table,
    )


def _strip(session: Session, account_id: int, today: date, lang: Language) -> BriefStrip:
    """The dated records of the strip's range, reduced to what the strip draws."""
    start, end = strip_range(today)
    timeline = timeline_items(session, account_id, today, lang)

    def within(day: date) -> bool:
        return start <= day <= end

    return BriefStrip(
        start=start,
        end=end,
        today=today,
        terms=tuple(
            StripTerm(term.start, term.end, term.notice_deadline)
            for term in timeline.contracts
            if term.start <= end and (term.end is None or term.end >= start)
        ),
        budgets=tuple(
            StripBudget(budget.window_opens, budget.day)
            for budget in timeline.budget_dates
            if budget.day >= start and budget.window_opens <= end
        ),
        incidents=tuple(
            StripIncident(marker.day, marker.sla_breached)
            for marker in timeline.markers
            if marker.kind is RecordKind.INCIDENT and within(marker.day)
        ),
        services=tuple(
            StripService(marker.day, marker.value.amount if marker.value else Decimal(0))
            for marker in timeline.markers
            if marker.kind is RecordKind.FREE_SERVICE and within(marker.day)
        ),
    )


def compose_brief(
    session: Session,
    customer_number: str,
    today: date,
    *,
    meeting_on: date | None = None,
    lang: Language = "en",
    prepared_by: str | None = None,
) -> Brief:
    """Everything the one-page brief shows for the account, as of ``today``.

    The meeting date is ``meeting_on``, else the negotiation's, else today.
    Raises ``NotFoundError`` for an unknown customer number.
    """
    overview = account_overview(session, customer_number, today)
    snapshot = overview.snapshot
    account_id = snapshot.account_id
    position = _position(session, overview.give_and_get)
    meeting = meeting_on or (position.meeting_on if position else None) or today
    live = sorted(
        (c for c in snapshot.contracts if c.live),
        key=lambda c: (c.dates.term_end or date.max, -c.annual_value.amount),
    )
    budget = snapshot.budget_dates[0] if snapshot.budget_dates else None
    return Brief(
        lang=lang,
        account_name=snapshot.name,
        customer_number=snapshot.customer_number,
        industry=overview.industry,
        city=snapshot.city,
        country=overview.country,
        customer_since=overview.relationship_since,
        meeting_on=meeting,
        prepared_by=prepared_by or overview.owner,
        prepared_on=today,
        health=snapshot.health.light,
        health_reasons=tuple(reason.sentence(lang) for reason in snapshot.health.reasons),
        contracts=tuple(
            BriefContract(
                number=c.number,
                title=c.title,
                package_name=c.package_name,
                annual_value=c.annual_value,
                term_end=c.dates.term_end,
                notice_deadline=c.dates.notice_deadline,
                days_to_notice=c.dates.days_to_notice,
                auto_renew_months=c.auto_renew_months,
            )
            for c in live
        ),
        budget=(
            BriefBudget(budget.label, budget.occurrence.planned_on, budget.occurrence.window_opens)
            if budget
            else None
        ),
        value=_value(overview.balance, lang),
        service=_service(overview.service),
        insights=_insights(session, account_id),
        contacts=_contacts(session, account_id, overview.stance_moves, lang),
        position=position,
        strip=_strip(session, account_id, today, lang),
    )


def compose_statement(
    session: Session,
    customer_number: str,
    today: date,
    *,
    period: Period | None = None,
    lang: Language = "en",
    supplier: str = "",
    prepared_by: str | None = None,
) -> Statement:
    """The customer-facing list of free services in ``period`` (default: the brief's period)."""
    account_id = find_account_id(session, customer_number)
    account = session.get_one(Account, account_id)
    balance = ledger_balance(session, account_id, today, period, notable=10_000)
    entries = sorted(balance.notable, key=lambda entry: (entry.provided_on, entry.id))
    address = tuple(
        part
        for part in (
            account.street,
            f"{account.postal_code} {account.city}".strip(),
            account.country,
        )
        if part
    )
    return Statement(
        lang=lang,
        account_name=account.name,
        customer_number=account.customer_number,
        address=address,
        supplier=supplier,
        prepared_by=prepared_by or account.owner,
        prepared_on=today,
        period_start=balance.period.start,
        period_end=balance.period.end,
        totals=balance.totals,
        lines=_value(balance, lang).lines,
        entries=tuple(
            ValueEntry(
                e.provided_on,
                e.category_de if lang == "de" else e.category_en,
                e.description,
                e.value,
            )
            for e in entries
        ),
    )
