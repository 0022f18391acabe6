"""Readable words for the core's choices ("decision_maker" → "Decision maker"), translated.

One table for the combo boxes of the forms and the columns of the account pages, so a
choice reads the same wherever it appears.
"""

from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from app.domain.budget_notice import BudgetNoticeKind
from app.domain.promises import Coverage
from app.model import (
    AccountStatus,
    ContractStatus,
    DecisionRole,
    Department,
    FollowUpKind,
    IncidentKind,
    ItemKind,
    NegotiationStatus,
    NoteKind,
    NoteStatus,
    PaidBy,
    PeriodUnit,
    ProviderRole,
    ServiceCheck,
    Stance,
    Tier,
    TouchpointKind,
    TradeKind,
    TradeSide,
)
from ui.translation import QT_TRANSLATE_NOOP

CONTEXT = "Choice"

# Keyed by the enum first: StrEnum members equal their text, so "other" of one choice
# would otherwise be the "other" of every choice.
_LABELS: dict[type[StrEnum], dict[StrEnum, str]] = {
    Tier: {
        Tier.A: QT_TRANSLATE_NOOP("Choice", "A"),
        Tier.B: QT_TRANSLATE_NOOP("Choice", "B"),
        Tier.C: QT_TRANSLATE_NOOP("Choice", "C"),
    },
    AccountStatus: {
        AccountStatus.PROSPECT: QT_TRANSLATE_NOOP("Choice", "Prospect"),
        AccountStatus.ACTIVE: QT_TRANSLATE_NOOP("Choice", "Active"),
        AccountStatus.LOST: QT_TRANSLATE_NOOP("Choice", "Lost"),
        AccountStatus.ARCHIVED: QT_TRANSLATE_NOOP("Choice", "Archived"),
    },
    Department: {
        Department.PURCHASING: QT_TRANSLATE_NOOP("Choice", "Purchasing"),
        Department.ENGINEERING: QT_TRANSLATE_NOOP("Choice", "Engineering"),
        Department.PRODUCTION: QT_TRANSLATE_NOOP("Choice", "Production"),
        Department.MANAGEMENT: QT_TRANSLATE_NOOP("Choice", "Management"),
        Department.FINANCE: QT_TRANSLATE_NOOP("Choice", "Finance"),
        Department.QUALITY: QT_TRANSLATE_NOOP("Choice", "Quality"),
        Department.IT: QT_TRANSLATE_NOOP("Choice", "IT"),
        Department.OTHER: QT_TRANSLATE_NOOP("Choice", "Other"),
    },
    DecisionRole: {
        DecisionRole.DECISION_MAKER: QT_TRANSLATE_NOOP("Choice", "Decision maker"),
        DecisionRole.INFLUENCER: QT_TRANSLATE_NOOP("Choice", "Influencer"),
        DecisionRole.USER: QT_TRANSLATE_NOOP("Choice", "User"),
        DecisionRole.GATEKEEPER: QT_TRANSLATE_NOOP("Choice", "Gatekeeper"),
    },
    Stance: {
        Stance.CHAMPION: QT_TRANSLATE_NOOP("Choice", "Champion"),
        Stance.SUPPORTER: QT_TRANSLATE_NOOP("Choice", "Supporter"),
        Stance.NEUTRAL: QT_TRANSLATE_NOOP("Choice", "Neutral"),
        Stance.CRITIC: QT_TRANSLATE_NOOP("Choice", "Critic"),
    },
    ContractStatus: {
        ContractStatus.DRAFT: QT_TRANSLATE_NOOP("Choice", "Draft"),
        ContractStatus.ACTIVE: QT_TRANSLATE_NOOP("Choice", "Active"),
        ContractStatus.TERMINATED: QT_TRANSLATE_NOOP("Choice", "Terminated"),
        ContractStatus.EXPIRED: QT_TRANSLATE_NOOP("Choice", "Expired"),
    },
    PeriodUnit: {
        PeriodUnit.MONTHS: QT_TRANSLATE_NOOP("Choice", "months"),
        PeriodUnit.DAYS: QT_TRANSLATE_NOOP("Choice", "days"),
    },
    ProviderRole: {
        ProviderRole.TECHNICIAN: QT_TRANSLATE_NOOP("Choice", "Technician"),
        ProviderRole.SELLER: QT_TRANSLATE_NOOP("Choice", "Seller"),
        ProviderRole.INSIDE_SALES: QT_TRANSLATE_NOOP("Choice", "Inside sales"),
        ProviderRole.OTHER: QT_TRANSLATE_NOOP("Choice", "Other"),
    },
    NoteKind: {
        NoteKind.RISK: QT_TRANSLATE_NOOP("Choice", "Risk"),
        NoteKind.OPPORTUNITY: QT_TRANSLATE_NOOP("Choice", "Opportunity"),
        NoteKind.OBSERVATION: QT_TRANSLATE_NOOP("Choice", "Observation"),
        NoteKind.COMPLAINT: QT_TRANSLATE_NOOP("Choice", "Complaint"),
        NoteKind.PRAISE: QT_TRANSLATE_NOOP("Choice", "Praise"),
    },
    NoteStatus: {
        NoteStatus.OPEN: QT_TRANSLATE_NOOP("Choice", "Open"),
        NoteStatus.TAKEN_OVER: QT_TRANSLATE_NOOP("Choice", "Taken over by sales"),
        NoteStatus.DONE: QT_TRANSLATE_NOOP("Choice", "Done"),
    },
    IncidentKind: {
        IncidentKind.BREAKDOWN: QT_TRANSLATE_NOOP("Choice", "Breakdown"),
        IncidentKind.DELIVERY_PROBLEM: QT_TRANSLATE_NOOP("Choice", "Delivery problem"),
        IncidentKind.SOFTWARE_FAULT: QT_TRANSLATE_NOOP("Choice", "Software fault"),
        IncidentKind.QUALITY_PROBLEM: QT_TRANSLATE_NOOP("Choice", "Quality problem"),
    },
    PaidBy: {
        PaidBy.WARRANTY: QT_TRANSLATE_NOOP("Choice", "Warranty"),
        PaidBy.CONTRACT: QT_TRANSLATE_NOOP("Choice", "Contract"),
        PaidBy.BILLED: QT_TRANSLATE_NOOP("Choice", "Billed"),
        PaidBy.GOODWILL: QT_TRANSLATE_NOOP("Choice", "Goodwill"),
    },
    TouchpointKind: {
        TouchpointKind.MEETING: QT_TRANSLATE_NOOP("Choice", "Meeting"),
        TouchpointKind.CALL: QT_TRANSLATE_NOOP("Choice", "Call"),
        TouchpointKind.VISIT: QT_TRANSLATE_NOOP("Choice", "Visit"),
        TouchpointKind.MAINTENANCE_VISIT: QT_TRANSLATE_NOOP("Choice", "Maintenance visit"),
        TouchpointKind.TRAINING: QT_TRANSLATE_NOOP("Choice", "Training"),
        TouchpointKind.EMAIL: QT_TRANSLATE_NOOP("Choice", "Email"),
    },
    ItemKind: {
        ItemKind.MAINTENANCE_VISITS: QT_TRANSLATE_NOOP("Choice", "Maintenance visits"),
        ItemKind.RESPONSE_TIME_HOURS: QT_TRANSLATE_NOOP("Choice", "On-site response time"),
        ItemKind.SPARE_PARTS_HOURS: QT_TRANSLATE_NOOP("Choice", "Spare-parts delivery time"),
        ItemKind.TRAINING_DAYS: QT_TRANSLATE_NOOP("Choice", "Training days"),
        ItemKind.CONSIGNMENT_STOCK: QT_TRANSLATE_NOOP("Choice", "Consignment stock"),
        ItemKind.HOTLINE: QT_TRANSLATE_NOOP("Choice", "Hotline"),
        ItemKind.SOFTWARE_UPDATES: QT_TRANSLATE_NOOP("Choice", "Software updates"),
        ItemKind.OTHER: QT_TRANSLATE_NOOP("Choice", "Other service"),
    },
    ServiceCheck: {
        ServiceCheck.UNCHECKED: QT_TRANSLATE_NOOP("Choice", "Not checked yet"),
        ServiceCheck.CONFIRMED: QT_TRANSLATE_NOOP("Choice", "Confirmed by service"),
        ServiceCheck.OBJECTED: QT_TRANSLATE_NOOP("Choice", "Objected by service"),
    },
    NegotiationStatus: {
        NegotiationStatus.PREPARING: QT_TRANSLATE_NOOP("Choice", "Preparing"),
        NegotiationStatus.HELD: QT_TRANSLATE_NOOP("Choice", "Held"),
        NegotiationStatus.WON: QT_TRANSLATE_NOOP("Choice", "Won"),
        NegotiationStatus.LOST: QT_TRANSLATE_NOOP("Choice", "Lost"),
    },
    TradeSide: {
        TradeSide.GIVE: QT_TRANSLATE_NOOP("Choice", "We could give"),
        TradeSide.GET: QT_TRANSLATE_NOOP("Choice", "We ask in return"),
    },
    TradeKind: {
        TradeKind.PRICE_CUT: QT_TRANSLATE_NOOP("Choice", "Price cut"),
        TradeKind.MAINTENANCE_VISIT: QT_TRANSLATE_NOOP("Choice", "Extra maintenance visit"),
        TradeKind.PAYMENT_TERM: QT_TRANSLATE_NOOP("Choice", "Longer payment term"),
        TradeKind.TRAINING: QT_TRANSLATE_NOOP("Choice", "Free training"),
        TradeKind.LONGER_TERM: QT_TRANSLATE_NOOP("Choice", "Longer contract term"),
        TradeKind.VOLUME: QT_TRANSLATE_NOOP("Choice", "More volume"),
        TradeKind.REFERENCE_VISIT: QT_TRANSLATE_NOOP("Choice", "Reference visit"),
        TradeKind.OTHER: QT_TRANSLATE_NOOP("Choice", "Other"),
    },
    BudgetNoticeKind: {
        BudgetNoticeKind.BUDGET_BEFORE_MEETING: QT_TRANSLATE_NOOP(
            "Choice", "Budget closes before the renewal meeting"
        ),
        BudgetNoticeKind.NOTICE_BEFORE_BUDGET: QT_TRANSLATE_NOOP(
            "Choice", "Notice deadline before the budget window"
        ),
    },
    FollowUpKind: {
        FollowUpKind.AFTER_SIGNING: QT_TRANSLATE_NOOP("Choice", "After signing"),
        FollowUpKind.BUDGET_WINDOW: QT_TRANSLATE_NOOP("Choice", "Budget window"),
        FollowUpKind.NOTICE_DEADLINE: QT_TRANSLATE_NOOP("Choice", "Notice deadline"),
        FollowUpKind.TECHNICIAN_NOTE: QT_TRANSLATE_NOOP("Choice", "Technician note"),
        FollowUpKind.PROMISE: QT_TRANSLATE_NOOP("Choice", "Promise"),
        FollowUpKind.MANUAL: QT_TRANSLATE_NOOP("Choice", "Manual"),
    },
    Coverage: {
        Coverage.COVERED: QT_TRANSLATE_NOOP("Choice", "Covered by the package"),
        Coverage.NO_PACKAGE: QT_TRANSLATE_NOOP("Choice", "No live contract with a package"),
        Coverage.NOT_IN_PACKAGE: QT_TRANSLATE_NOOP("Choice", "Not in the package"),
        Coverage.BILLABLE: QT_TRANSLATE_NOOP("Choice", "Billable, not included"),
        Coverage.EXCEEDS_PACKAGE: QT_TRANSLATE_NOOP("Choice", "More than the package gives"),
        Coverage.FREE_TEXT: QT_TRANSLATE_NOOP("Choice", "Free text: cannot be checked"),
    },
}


def choice_label(choice: StrEnum) -> str:
    """The translated word for ``choice``; an unknown one is shown as it is stored."""
    label = _LABELS.get(type(choice), {}).get(choice)
    return QCoreApplication.translate(CONTEXT, label) if label else str(choice)
