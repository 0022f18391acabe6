"""The editing services the desktop forms call: list an account page's rows, open a
record in a form, save it under the optimistic version check, delete it and undo that.

Everything returns frozen dataclasses, never ORM rows. Saves flush and never commit:
the caller's unit of work does. Every module holds one aggregate.
"""

from app.records.accounts import (
    AccountForm,
    AccountView,
    archive_account,
    list_accounts,
    load_account,
    save_account,
    unarchive_account,
)
from app.records.budget_cycles import (
    BudgetCycleForm,
    BudgetCycleView,
    BudgetOverrideForm,
    list_budget_cycles,
    load_budget_cycle,
    save_budget_cycle,
)
from app.records.contacts import ContactForm, ContactView, list_contacts, load_contact, save_contact
from app.records.contracts import (
    ContractForm,
    ContractView,
    list_contracts,
    load_contract,
    save_contract,
)
from app.records.deletion import DeletedRecord, RecordKind, delete_record, restore_record
from app.records.errors import (
    FieldError,
    FormInvalidError,
    RecordInUseError,
    RestoreConflictError,
    StaleRecordError,
)
from app.records.follow_ups import (
    FollowUpForm,
    FollowUpView,
    list_follow_ups,
    load_follow_up,
    save_follow_up,
)
from app.records.incidents import (
    IncidentForm,
    IncidentView,
    list_incidents,
    load_incident,
    save_incident,
)
from app.records.ledger import (
    FreeServiceForm,
    FreeServiceView,
    list_free_services,
    load_free_service,
    save_free_service,
)
from app.records.ledger_categories import (
    LedgerCategoryForm,
    LedgerCategoryView,
    list_ledger_categories,
    load_ledger_category,
    save_ledger_category,
)
from app.records.negotiation_items import (
    NegotiationItemForm,
    NegotiationItemView,
    list_negotiation_items,
    load_negotiation_item,
    move_negotiation_item,
    save_negotiation_item,
)
from app.records.negotiations import (
    NegotiationForm,
    NegotiationView,
    list_negotiations,
    load_negotiation,
    save_negotiation,
)
from app.records.packages import (
    PackageItemForm,
    PackageItemView,
    ServicePackageForm,
    ServicePackageView,
    list_packages,
    load_package,
    save_package,
)
from app.records.parsing import format_amount, parse_amount, parse_optional_amount
from app.records.promises import PromiseForm, PromiseView, list_promises, load_promise, save_promise
from app.records.technician_notes import (
    TechnicianNoteForm,
    TechnicianNoteView,
    list_technician_notes,
    load_technician_note,
    save_technician_note,
)
from app.records.touchpoints import (
    TouchpointForm,
    TouchpointView,
    list_touchpoints,
    load_touchpoint,
    save_touchpoint,
)

__all__ = [
    "AccountForm",
    "AccountView",
    "BudgetCycleForm",
    "BudgetCycleView",
    "BudgetOverrideForm",
    "ContactForm",
    "ContactView",
    "ContractForm",
    "ContractView",
    "DeletedRecord",
    "FieldError",
    "FollowUpForm",
    "FollowUpView",
    "FormInvalidError",
    "FreeServiceForm",
    "FreeServiceView",
    "IncidentForm",
    "IncidentView",
    "LedgerCategoryForm",
    "LedgerCategoryView",
    "NegotiationForm",
    "NegotiationItemForm",
    "NegotiationItemView",
    "NegotiationView",
    "PackageItemForm",
    "PackageItemView",
    "PromiseForm",
    "PromiseView",
    "RecordInUseError",
    "RecordKind",
    "RestoreConflictError",
    "ServicePackageForm",
    "ServicePackageView",
    "StaleRecordError",
    "TechnicianNoteForm",
    "TechnicianNoteView",
    "TouchpointForm",
    "TouchpointView",
    "archive_account",
    "delete_record",
    "format_amount",
    "list_accounts",
    "list_budget_cycles",
    "list_contacts",
    "list_contracts",
    "list_follow_ups",
    "list_free_services",
    "list_incidents",
    "list_ledger_categories",
    "list_negotiation_items",
    "list_negotiations",
    "list_packages",
    "list_promises",
    "list_technician_notes",
    "list_touchpoints",
    "load_account",
    "load_budget_cycle",
    "load_contact",
    "load_contract",
    "load_follow_up",
    "load_free_service",
    "load_incident",
    "load_ledger_category",
    "load_negotiation",
    "load_negotiation_item",
    "load_package",
    "load_promise",
    "load_technician_note",
    "load_touchpoint",
    "move_negotiation_item",
    "parse_amount",
    "parse_optional_amount",
    "restore_record",
    "save_account",
    "save_budget_cycle",
    "save_contact",
    "save_contract",
    "save_follow_up",
    "save_free_service",
    "save_incident",
    "save_ledger_category",
    "save_negotiation",
    "save_negotiation_item",
    "save_package",
    "save_promise",
    "save_technician_note",
    "save_touchpoint",
    "unarchive_account",
]
