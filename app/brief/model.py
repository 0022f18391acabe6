"""What a brief and a value statement say, as plain data: no database, no ReportLab.

Texts that come from the database (names, notes, category labels in the chosen
language) are in here as they are; the renderer shortens them to fit.
"""

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from app.domain.contract_dates import add_months
from app.domain.health import Light
from app.domain.wording import Language
from app.model import DecisionRole, Department, NoteKind, Stance, TradeKind
from app.money import Money


@dataclass(frozen=True, slots=True)
class BriefContract:
    number: str
    title: str
    package_name: str | None
    annual_value: Money
    term_end: date | None  # None: open-ended
    notice_deadline: date | None
    days_to_notice: int | None
    auto_renew_months: int | None


@dataclass(frozen=True, slots=True)
class BriefBudget:
    label: str
    planned_on: date
    window_opens: date


@dataclass(frozen=True, slots=True)
class ValueLine:
    """ "3× replacement tools delivered in person — 2.400 €"."""

    label: str
    count: int
    total: Money


@dataclass(frozen=True, slots=True)
class ValueEntry:
    provided_on: date
    label: str
    description: str
    value: Money


@dataclass(frozen=True, slots=True)
class BriefValue:
    period_start: date
    period_end: date
    since_renewal: bool  # the period is the current contract term
    entries: int
    totals: tuple[Money, ...]  # one per currency
    share: Decimal | None  # of the annual contract value, when the currencies match
    lines: tuple[ValueLine, ...]  # largest first


@dataclass(frozen=True, slots=True)
class WorstCase:
    reported_on: date
    response_hours: Decimal
    promised_hours: Decimal | None
    description: str


@dataclass(frozen=True, slots=True)
class BriefService:
    incidents: int
    met: int
    breached: int
    worst: WorstCase | None
    downtime_hours: Decimal
    visits_delivered: int
    visits_contracted: Decimal
    open_complaints: int


@dataclass(frozen=True, slots=True)
class BriefInsight:
    kind: NoteKind
    noted_on: date
    title: str
    text: str
    machine: str
    value: Money | None  # estimated value of an opportunity


@dataclass(frozen=True, slots=True)
class BriefMove:
    """A contact's latest stance or role change: "Supporter → Critic, 9 Nov 2026, 4 days after
    the SLA breach (48 h instead of 8 h)"."""

    changed_on: date
    old_stance: Stance | None  # None: the stance did not change
    new_stance: Stance | None
    old_role: DecisionRole | None  # None: the role did not change
    new_role: DecisionRole | None
    trend: int  # +1 warmer, -1 cooler, 0 the role only
    reason: str = ""  # "4 days after the SLA breach (48 h instead of 8 h)", in the brief's language


@dataclass(frozen=True, slots=True)
class BriefContact:
    name: str
    job_title: str
    department: Department
    role: DecisionRole
    stance: Stance
    moved: BriefMove | None = None  # within the last year


@dataclass(frozen=True, slots=True)
class BriefTrade:
    """One line of the give-and-get list."""

    kind: TradeKind
    description: str  # "" : the kind's name is printed
    value: Money | None  # in money; None: not valued
    percent: Decimal | None = None  # of the annual value, as entered


@dataclass(frozen=True, slots=True)
class BriefPosition:
    meeting_on: date | None
    goals: str
    limits: str
    concessions: str  # what we could give, as free text
    asks: str  # what we ask in return, as free text
    give: tuple[BriefTrade, ...] = ()  # the valued concessions, in the seller's order
    get: tuple[BriefTrade, ...] = ()  # the valued asks
    planned: tuple[Money, ...] = ()  # the concessions' total, one per currency
    asked: tuple[Money, ...] = ()  # the asks' total, one per currency
    on_the_table: tuple[Money, ...] = ()  # already given (the ledger) + planned


STRIP_MONTHS_BACK = 24  # the strip shows the last two years
STRIP_MONTHS_AHEAD = 6  # and the half year ahead: notice deadline, budget planning


def strip_range(today: date) -> tuple[date, date]:
    """First and last day the brief's timeline strip shows."""
    return add_months(today, -STRIP_MONTHS_BACK), add_months(today, STRIP_MONTHS_AHEAD)


@dataclass(frozen=True, slots=True)
class StripTerm:
    start: date
    end: date | None  # None: open-ended
    notice_deadline: date | None


@dataclass(frozen=True, slots=True)
class StripBudget:
    window_opens: date
    planned_on: date


@dataclass(frozen=True, slots=True)
class StripIncident:
    day: date
    breached: bool  # the SLA response time was missed


@dataclass(frozen=True, slots=True)
class StripService:
    day: date
    amount: Decimal  # the value, whatever its currency: it only sizes the dot


@dataclass(frozen=True, slots=True)
class BriefStrip:
    """The timeline strip: what happened between ``start`` and ``end`` (and ``today``)."""

    start: date
    end: date
    today: date
    terms: tuple[StripTerm, ...] = ()
    budgets: tuple[StripBudget, ...] = ()
    incidents: tuple[StripIncident, ...] = ()
    services: tuple[StripService, ...] = ()


@dataclass(frozen=True, slots=True)
class Brief:
    lang: Language
    account_name: str
    customer_number: str
    industry: str
    city: str
    country: str
    customer_since: date | None
    meeting_on: date
    prepared_by: str
    prepared_on: date
    health: Light
    health_reasons: tuple[str, ...]  # sentences in ``lang``, worst first
    contracts: tuple[BriefContract, ...]  # up for renewal, soonest end first
    budget: BriefBudget | None  # the next budget planning
    value: BriefValue
    service: BriefService
    insights: tuple[BriefInsight, ...]  # open risks first, then opportunities by value
    contacts: tuple[BriefContact, ...]  # decision makers first
    position: BriefPosition | None
    strip: BriefStrip | None = None  # None: an empty strip ending on ``prepared_on``


@dataclass(frozen=True, slots=True)
class Statement:
    """The customer-facing statement of services given beyond the contract.

    Holds nothing internal: no stances, limits, risks, health or notes.
    """

    lang: Language
    account_name: str
    customer_number: str
    address: tuple[str, ...]
    supplier: str
    prepared_by: str
    prepared_on: date
    period_start: date
    period_end: date
    totals: tuple[Money, ...]
    lines: tuple[ValueLine, ...]
    entries: tuple[ValueEntry, ...]  # every entry of the period, oldest first
