"""The typed ORM model: one module per aggregate, all registered on ``Base.metadata``."""

from app.model.account import Account, AccountStatus, Tier
from app.model.base import Base
from app.model.budget import BudgetCycle, BudgetOverride
from app.model.buying_center import ContactChange, ContactLink, LinkKind, MapPosition
from app.model.catalog import ItemKind, LedgerCategory, PackageItem, ServicePackage
from app.model.contact import Contact, DecisionRole, Department, Stance
from app.model.contract import Contract, ContractStatus, PeriodUnit
from app.model.follow_up import FollowUp, FollowUpKind
from app.model.incident import Incident, IncidentKind, PaidBy
from app.model.ledger import FreeService, ProviderRole
from app.model.negotiation import (
    Negotiation,
    NegotiationItem,
    NegotiationStatus,
    TradeKind,
    TradeSide,
)
from app.model.promise import Promise, ServiceCheck
from app.model.technician_note import NoteKind, NoteStatus, TechnicianNote
from app.model.touchpoint import Touchpoint, TouchpointKind
from app.model.types import NaiveDatetimeError, UTCDateTime, utcnow

__all__ = [
    "Account",
    "AccountStatus",
    "Base",
    "BudgetCycle",
    "BudgetOverride",
    "Contact",
    "ContactChange",
    "ContactLink",
    "Contract",
    "ContractStatus",
    "DecisionRole",
    "Department",
    "FollowUp",
    "FollowUpKind",
    "FreeService",
    "Incident",
    "IncidentKind",
    "ItemKind",
    "LedgerCategory",
    "LinkKind",
    "MapPosition",
    "NaiveDatetimeError",
    "Negotiation",
    "NegotiationItem",
    "NegotiationStatus",
    "NoteKind",
    "NoteStatus",
    "PackageItem",
    "PaidBy",
    "PeriodUnit",
    "Promise",
    "ProviderRole",
    "ServiceCheck",
    "ServicePackage",
    "Stance",
    "TechnicianNote",
    "Tier",
    "Touchpoint",
    "TouchpointKind",
    "TradeKind",
    "TradeSide",
    "UTCDateTime",
    "utcnow",
]
