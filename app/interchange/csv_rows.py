"""From a CSV row's read cells to a complete table row: references resolved, defaults
filled in and the rules that span fields checked (an end before its start, money with
more decimals than its currency has).

Every builder returns every column but the tracking ones, so a batch has one shape.
"""

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from app.interchange.csv_lookups import FieldProblem, Lookups
from app.model import (
    AccountStatus,
    ContractStatus,
    DecisionRole,
    Department,
    NoteStatus,
    PaidBy,
    PeriodUnit,
    ProviderRole,
    Stance,
    Tier,
)
from app.money import DEFAULT_CURRENCY, minor_digits

Values = dict[str, Any]
Row = dict[str, Any]
Builder = Callable[[Values, Lookups, int], Row]
ZERO = Decimal(0)


def minor_units(amount: Decimal, currency: str, field: str) -> int:
    """``amount`` as integer minor units of ``currency``; refuses extra decimal places."""
    digits = minor_digits(currency)
    scaled = amount.scaleb(digits)
    whole = scaled.to_integral_value()
    if scaled != whole:
        raise FieldProblem(field, f"{amount} has more than {digits} decimal places for {currency}")
    return int(whole)


def build_account(values: Values, lookups: Lookups, row: int) -> Row:
    number = values["customer_number"]
    lookups.claim(number, row, "customer_number", f"customer number {number!r}", lookups.accounts)
    return {
        "name": values["name"],
        "customer_number": number,
        "industry": values.get("industry", ""),
        "street": values.get("street", ""),
        "postal_code": values.get("postal_code", ""),
        "city": values.get("city", ""),
        "country": values.get("country", "DE"),
        "tier": values.get("tier", Tier.B),
        "owner": values.get("owner", ""),
        "currency": values.get("currency", DEFAULT_CURRENCY),
        "status": values.get("status", AccountStatus.ACTIVE),
        "relationship_since": values.get("relationship_since"),
        "notes": values.get("notes", ""),
    }


def build_contact(values: Values, lookups: Lookups, row: int) -> Row:
    account = lookups.account(values["customer_number"])
    return {
        "account_id": account.id,
        "name": values["name"],
        "job_title": values.get("job_title", ""),
        "department": values.get("department", Department.OTHER),
        "decision_role": values.get("decision_role", DecisionRole.INFLUENCER),
        "stance": values.get("stance", Stance.NEUTRAL),
        "phone": values.get("phone", ""),
        "email": values.get("email", ""),
        "notes": values.get("notes", ""),
    }


def build_contract(values: Values, lookups: Lookups, row: int) -> Row:
    customer = values["customer_number"]
    account = lookups.account(customer)
    number = values["number"]
    lookups.claim(
        (account.id, number),
        row,
        "number",
        f"contract {number!r} of account {customer}",
        lookups.contracts,
    )
    start, end = values["start_date"], values.get("end_date")
    if end is not None and end < start:
        raise FieldProblem("end_date", f"{end} is before the start date {start}")
    renew = values.get("auto_renew_months")
    if renew is not None:
        if renew == 0:
            raise FieldProblem("auto_renew_months", "must be 1 or more, or empty for no renewal")
        if end is None:
            raise FieldProblem("auto_renew_months", "a contract that renews needs an end date")
    currency = values.get("currency", account.currency)
    package = values.get("package")
    return {
        "account_id": account.id,
        "number": number,
        "title": values.get("title", ""),
        "start_date": start,
        "end_date": end,
        "notice_period": values.get("notice_period", 3),
        "notice_unit": values.get("notice_unit", PeriodUnit.MONTHS),
        "auto_renew_months": renew,
        "annual_value_minor": minor_units(
            values.get("annual_value", ZERO), currency, "annual_value"
        ),
        "currency": currency,
        "package_id": lookups.package(package) if package else None,
        "status": values.get("status", ContractStatus.DRAFT),
        "signed_on": values.get("signed_on"),
        "notes": values.get("notes", ""),
    }


def build_ledger_entry(values: Values, lookups: Lookups, row: int) -> Row:
    customer = values["customer_number"]
    account = lookups.account(customer)
    currency = values.get("currency", account.currency)
    received_by = values.get("received_by")
    contract = values.get("contract")
    return {
        "account_id": account.id,
        "provided_on": values["provided_on"],
        "category_id": lookups.category(values["category"]),
        "description": values["description"],
        "value_minor": minor_units(values["value"], currency, "value"),
        "currency": currency,
        "hours": values.get("hours", ZERO),
        "provided_by": values.get("provided_by", ""),
        "provider_role": values.get("provider_role", ProviderRole.TECHNICIAN),
        "received_by_id": lookups.contact(account.id, received_by, customer)
        if received_by
        else None,
        "contract_id": lookups.contract(account.id, contract, customer) if contract else None,
    }


def build_note(values: Values, lookups: Lookups, row: int) -> Row:
    account = lookups.account(values["customer_number"])
    currency = values.get("currency", account.currency)
    estimate = values.get("estimated_value")
    return {
        "account_id": account.id,
        "noted_on": values["noted_on"],
        "author": values.get("author", ""),
        "kind": values["kind"],
        "title": values["title"],
        "text": values.get("text", ""),
        "machine_or_site": values.get("machine_or_site", ""),
        "estimated_value_minor": None
        if estimate is None
        else minor_units(estimate, currency, "estimated_value"),
        "currency": currency,
        "follow_up_on": values.get("follow_up_on"),
        "status": values.get("status", NoteStatus.OPEN),
        "read_by_seller": values.get("read_by_seller", False),
    }


def build_incident(values: Values, lookups: Lookups, row: int) -> Row:
    customer = values["customer_number"]
    account = lookups.account(customer)
    reported = values["reported_at"]
    for field in ("responded_at", "resolved_at"):
        moment = values.get(field)
        if moment is not None and moment < reported:
            raise FieldProblem(field, f"{moment:%Y-%m-%d %H:%M} UTC is before it was reported")
    promised = values.get("promised_response_hours")
    if promised is not None and promised == 0:
        raise FieldProblem("promised_response_hours", "must be more than 0, or empty")
    contract = values.get("contract")
    return {
        "account_id": account.id,
        "contract_id": lookups.contract(account.id, contract, customer) if contract else None,
        "kind": values["kind"],
        "reported_at": reported,
        "responded_at": values.get("responded_at"),
        "resolved_at": values.get("resolved_at"),
        "downtime_hours": values.get("downtime_hours", ZERO),
        "promised_response_hours": promised,
        "paid_by": values.get("paid_by", PaidBy.CONTRACT),
        "description": values.get("description", ""),
    }


def build_touchpoint(values: Values, lookups: Lookups, row: int) -> Row:
    account = lookups.account(values["customer_number"])
    return {
        "account_id": account.id,
        "happened_on": values["happened_on"],
        "kind": values["kind"],
        "participants": values.get("participants", ""),
        "summary": values.get("summary", ""),
        "by_whom": values.get("by_whom", ""),
    }


BUILDERS: dict[str, Builder] = {
    "accounts": build_account,
    "contacts": build_contact,
    "contracts": build_contract,
    "ledger": build_ledger_entry,
    "notes": build_note,
    "incidents": build_incident,
    "touchpoints": build_touchpoint,
}
