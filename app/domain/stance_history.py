"""Who in the buying center moved, when, and near which incident or free service.

Each ``ContactChange`` becomes a ``StanceMove`` with the nearest notable event in
the ``NEAR_DAYS`` days up to the change: an incident whose SLA was breached, or a
free service from the ledger. A cooler stance looks for a breach first, a warmer
one for a free service first (what most plausibly moved the person); the other
kind counts when the preferred one is absent; a role change alone takes the
nearest of either. Among events of one kind the latest wins, then the larger
overrun or value. Sentences come in English and German, as the health reasons do.
"""

from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.periods import Period
from app.domain.service_record import service_record
from app.domain.wording import Language
from app.formatting import day, hours, money
from app.model import Contact, ContactChange, DecisionRole, FreeService, LedgerCategory, Stance
from app.money import Money

NEAR_DAYS = 30
# Warmest first: a move down this list is a cooler stance.
STANCE_ORDER = (Stance.CHAMPION, Stance.SUPPORTER, Stance.NEUTRAL, Stance.CRITIC)
STANCE_WORDS: dict[Stance, tuple[str, str]] = {
    Stance.CHAMPION: ("champion", "Fürsprecher"),
    Stance.SUPPORTER: ("supporter", "Unterstützer"),
    Stance.NEUTRAL: ("neutral", "neutral"),
    Stance.CRITIC: ("critic", "Kritiker"),
}
ROLE_WORDS: dict[DecisionRole, tuple[str, str]] = {
    DecisionRole.DECISION_MAKER: ("decision maker", "Entscheider"),
    DecisionRole.INFLUENCER: ("influencer", "Beeinflusser"),
    DecisionRole.USER: ("user", "Anwender"),
    DecisionRole.GATEKEEPER: ("gatekeeper", "Gatekeeper"),
}


def stance_word(stance: Stance, lang: Language) -> str:
    en, de = STANCE_WORDS[stance]
    return de if lang == "de" else en


def role_word(role: DecisionRole, lang: Language) -> str:
    en, de = ROLE_WORDS[role]
    return de if lang == "de" else en


class EventKind(StrEnum):
    SLA_BREACH = "sla_breach"
    FREE_SERVICE = "free_service"


@dataclass(frozen=True, slots=True)
class NotableEvent:
    kind: EventKind
    record_id: int  # the incident or the ledger entry
    day: date  # the incident's report, the service's day
    description: str
    response_hours: Decimal | None = None  # SLA breaches
    promised_hours: Decimal | None = None
    category_en: str = ""  # free services
    category_de: str = ""
    value: Money | None = None

    def phrase(self, lang: Language, *, detail: bool = True) -> str:
        """ "the SLA breach (48 h instead of 8 h)" / "der SLA-Verletzung (48 h statt 8 h)";
        without ``detail`` the figures in brackets are left out (for narrow print)."""
        de = lang == "de"
        if self.kind is EventKind.SLA_BREACH:
            what = "der SLA-Verletzung" if de else "the SLA breach"
            if not detail:
                return what
            actual = hours(self.response_hours or Decimal(0), lang)
            promised = hours(self.promised_hours or Decimal(0), lang)
            return (
                f"{what} ({actual} statt {promised})"
                if de
                else f"{what} ({actual} instead of {promised})"
            )
        shown = self.value is not None and self.value.amount and detail
        worth = f" ({money(self.value, lang, cents=False)})" if shown and self.value else ""
        if de:
            return f"der kostenlosen Leistung „{self.category_de}“{worth}"
        label = self.category_en
        if label[:1].isupper() and not label[1:2].isupper():  # "ROI study" keeps its capitals
            label = label[0].lower() + label[1:]
        return f"the free service '{label}'{worth}"


@dataclass(frozen=True, slots=True)
class StanceMove:
    """One dated change of a contact's stance and/or decision role."""

    change_id: int
    contact_id: int
    name: str
    job_title: str
    changed_on: date
    old_stance: Stance | None  # None: the stance did not change
    new_stance: Stance | None
    old_role: DecisionRole | None  # None: the role did not change
    new_role: DecisionRole | None
    near: NotableEvent | None  # the nearest notable event before the change

    @property
    def trend(self) -> int:
        """+1 warmer (towards champion), -1 cooler (towards critic), 0 role only."""
        if self.old_stance is None or self.new_stance is None:
            return 0
        old, new = STANCE_ORDER.index(self.old_stance), STANCE_ORDER.index(self.new_stance)
        return (old > new) - (old < new)

    @property
    def days_after(self) -> int | None:
        return None if self.near is None else (self.changed_on - self.near.day).days

    def change_text(self, lang: Language) -> str:
        """ "supporter → critic" and/or "user → decision maker"."""
        parts = []
        if self.old_stance is not None and self.new_stance is not None:
            parts.append(
                f"{stance_word(self.old_stance, lang)} → {stance_word(self.new_stance, lang)}"
            )
        if self.old_role is not None and self.new_role is not None:
            parts.append(f"{role_word(self.old_role, lang)} → {role_word(self.new_role, lang)}")
        return ", ".join(parts)

    def reason_text(self, lang: Language, *, detail: bool = True) -> str:
        """ "14 days after the SLA breach (48 h instead of 8 h)", or "" without an event;
        ``detail=False`` leaves out the figures in brackets."""
        if self.near is None or self.days_after is None:
            return ""
        gap = self.days_after
        if lang == "de":
            when = "am Tag" if gap == 0 else "1 Tag nach" if gap == 1 else f"{gap} Tage nach"
        else:
            when = (
                "on the day of" if gap == 0 else "1 day after" if gap == 1 else f"{gap} days after"
            )
        return f"{when} {self.near.phrase(lang, detail=detail)}"

    def sentence(self, lang: Language = "en") -> str:
        """ "Dieter Hartmann (Leitung Einkauf): supporter → critic on 9 Nov 2026, 14 days
        after the SLA breach (48 h instead of 8 h)"."""
        who = f"{self.name} ({self.job_title})" if self.job_title else self.name
        on = "am" if lang == "de" else "on"
        text = f"{who}: {self.change_text(lang)} {on} {day(self.changed_on, lang)}"
        reason = self.reason_text(lang)
        return f"{text}, {reason}" if reason else text


def _events(session: Session, account_id: int, period: Period) -> list[NotableEvent]:
    """SLA breaches reported and free services given in ``period``."""
    found = [
        NotableEvent(
            EventKind.SLA_BREACH,
            record.id,
            record.reported_at.date(),
            record.description,
            response_hours=record.response_hours,
            promised_hours=record.promised_hours,
        )
        for record in service_record(session, account_id, period).incidents
        if record.breached
    ]
    for row in session.execute(
        select(
            FreeService.id,
            FreeService.provided_on,
            FreeService.description,
            FreeService.value_minor,
            FreeService.currency,
            LedgerCategory.label_en,
            LedgerCategory.label_de,
        )
        .join(LedgerCategory, FreeService.category_id == LedgerCategory.id)
        .where(
            FreeService.account_id == account_id,
            FreeService.provided_on >= period.start,
            FreeService.provided_on <= period.end,
        )
    ):
        found.append(
            NotableEvent(
                EventKind.FREE_SERVICE,
                row.id,
                row.provided_on,
                row.description,
                category_en=row.label_en,
                category_de=row.label_de,
                value=Money.from_minor(row.value_minor, row.currency),
            )
        )
    return found


def _weight(event: NotableEvent) -> Decimal:
    """What makes one event of a day stand out: the overrun of a breach, a service's value."""
    if event.kind is EventKind.SLA_BREACH:
        return (event.response_hours or Decimal(0)) - (event.promised_hours or Decimal(0))
    return event.value.amount if event.value else Decimal(0)


def nearest_event(
    events: list[NotableEvent], changed_on: date, trend: int, near_days: int = NEAR_DAYS
) -> NotableEvent | None:
    """The event in the ``near_days`` up to ``changed_on`` that best explains a move with
    ``trend`` (see the module docstring), or None."""
    window = [e for e in events if changed_on - timedelta(days=near_days) <= e.day <= changed_on]
    preferred = {-1: EventKind.SLA_BREACH, 1: EventKind.FREE_SERVICE}.get(trend)
    if preferred is not None and any(e.kind is preferred for e in window):
        window = [e for e in window if e.kind is preferred]
    if not window:
        return None
    return max(window, key=lambda e: (e.day, _weight(e), e.kind is EventKind.SLA_BREACH))


def stance_moves(
    session: Session, account_id: int, *, since: date | None = None, near_days: int = NEAR_DAYS
) -> tuple[StanceMove, ...]:
    """The account's recorded stance and role changes on or after ``since`` (all when
    None), newest first, each with the notable event that preceded it."""
    query = (
        select(
            ContactChange.id,
            ContactChange.contact_id,
            Contact.name,
            Contact.job_title,
            ContactChange.changed_on,
            ContactChange.old_stance,
            ContactChange.new_stance,
            ContactChange.old_role,
            ContactChange.new_role,
        )
        .join(Contact, ContactChange.contact_id == Contact.id)
        .where(Contact.account_id == account_id)
        .order_by(ContactChange.changed_on.desc(), ContactChange.id.desc())
    )
    if since is not None:
        query = query.where(ContactChange.changed_on >= since)
    rows = session.execute(query).all()
    if not rows:
        return ()
    first, last = rows[-1].changed_on, rows[0].changed_on
    events = _events(session, account_id, Period(first - timedelta(days=near_days), last))
    moves = [
        StanceMove(
            row.id,
            row.contact_id,
            row.name,
            row.job_title,
            row.changed_on,
            row.old_stance,
            row.new_stance,
            row.old_role,
            row.new_role,
            near=None,
        )
        for row in rows
    ]
    return tuple(
        replace(move, near=nearest_event(events, move.changed_on, move.trend, near_days))
        for move in moves
    )
