"""Typed row builders for the account side: accounts, contacts, catalog, contracts, budgets.

Each method builds a complete row, so every batch handed to executemany has the same keys.
"""

from datetime import date
from decimal import Decimal

from app.demo.buffer import RowBuffer
from app.model import (
    AccountStatus,
    ContractStatus,
    DecisionRole,
    Department,
    ItemKind,
    PeriodUnit,
    Stance,
    Tier,
)


class AccountRows(RowBuffer):
    """Queues account-side rows: ``rows.contract(...)`` returns the new contract's id."""

    def account(
        self,
        *,
        name: str,
        customer_number: str,
        industry: str,
        street: str,
        postal_code: str,
        city: str,
        country: str,
        tier: Tier,
        owner: str,
        currency: str,
        relationship_since: date,
        notes: str = "",
        status: AccountStatus = AccountStatus.ACTIVE,
    ) -> int:
        return self.add(
            "account",
            {
                "name": name,
                "customer_number": customer_number,
                "industry": industry,
                "street": street,
                "postal_code": postal_code,
                "city": city,
                "country": country,
                "tier": tier,
                "owner": owner,
                "currency": currency,
                "status": status,
                "relationship_since": relationship_since,
                "notes": notes,
            },
        )

    def contact(
        self,
        *,
        account_id: int,
        name: str,
        job_title: str,
        department: Department,
        decision_role: DecisionRole,
        stance: Stance,
        phone: str,
        email: str,
        notes: str = "",
    ) -> int:
        return self.add(
            "contact",
            {
                "account_id": account_id,
                "name": name,
                "job_title": job_title,
                "department": department,
                "decision_role": decision_role,
                "stance": stance,
                "phone": phone,
                "email": email,
                "notes": notes,
            },
        )

    def package(
        self, *, name: str, description: str, annual_price_minor: int, currency: str
    ) -> int:
        return self.add(
            "service_package",
            {
                "name": name,
                "description": description,
                "annual_price_minor": annual_price_minor,
                "currency": currency,
            },
        )

    def package_item(
        self,
        *,
        package_id: int,
        kind: ItemKind,
        quantity: Decimal,
        price_minor: int | None,
        currency: str,
        description: str,
    ) -> int:
        # The schema's rule: included items carry no price, billable ones always do.
        return self.add(
            "package_item",
            {
                "package_id": package_id,
                "kind": kind,
                "quantity": quantity,
                "included": price_minor is None,
                "price_minor": price_minor,
                "currency": currency,
                "description": description,
            },
        )

    def contract(
        self,
        *,
        account_id: int,
        number: str,
        title: str,
        start_date: date,
        end_date: date | None,
        notice_period: int,
        auto_renew_months: int | None,
        annual_value_minor: int,
        currency: str,
        package_id: int | None,
        status: ContractStatus,
        signed_on: date | None,
        notice_unit: PeriodUnit = PeriodUnit.MONTHS,
        notes: str = "",
    ) -> int:
        return self.add(
            "contract",
            {
                "account_id": account_id,
                "number": number,
                "title": title,
                "start_date": start_date,
                "end_date": end_date,
                "notice_period": notice_period,
                "notice_unit": notice_unit,
                "auto_renew_months": auto_renew_months,
                "annual_value_minor": annual_value_minor,
                "currency": currency,
                "package_id": package_id,
                "status": status,
                "signed_on": signed_on,
                "notes": notes,
            },
        )

    def budget_cycle(
        self,
        *,
        account_id: int,
        label: str,
        first_date: date,
        lead_days: int,
        decision_makers: str,
        rrule: str = "FREQ=YEARLY",
        notes: str = "",
    ) -> int:
        return self.add(
            "budget_cycle",
            {
                "account_id": account_id,
                "label": label,
                "first_date": first_date,
                "rrule": rrule,
                "lead_days": lead_days,
                "decision_makers": decision_makers,
                "notes": notes,
            },
        )

    def budget_override(
        self, *, cycle_id: int, year: int, planned_on: date | None, notes: str
    ) -> int:
        # planned_on None means the planning is cancelled that year (the schema's rule).
        return self.add(
            "budget_override",
            {
                "cycle_id": cycle_id,
                "year": year,
                "planned_on": planned_on,
                "cancelled": planned_on is None,
                "notes": notes,
            },
        )
