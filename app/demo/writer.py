"""Typed row builders for what happens on an account: ledger, notes, incidents and the rest.

Each method builds a complete row, so every batch handed to executemany has the same keys.
"""

from collections.abc import Mapping
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy.orm import Session

from app.demo.account_rows import AccountRows
from app.model import (
    DecisionRole,
    FollowUpKind,
    IncidentKind,
    ItemKind,
    NegotiationStatus,
    NoteKind,
    NoteStatus,
    PaidBy,
    ProviderRole,
    ServiceCheck,
    Stance,
    TouchpointKind,
    TradeKind,
    TradeSide,
)


class DemoRows(AccountRows):
    """The demo's write side: one method per table, each returning the new row's id."""

    def __init__(self, session: Session, stamp: datetime, category_ids: Mapping[str, int]) -> None:
        super().__init__(session, stamp)
        # Ledger rows name their category by key; the ids come from this workspace.
        self._category_ids = dict(category_ids)

    def free_service(
        self,
        *,
        account_id: int,
        provided_on: date,
        category: str,
        description: str,
        value_minor: int,
        currency: str,
        hours: Decimal,
        provided_by: str,
        provider_role: ProviderRole,
        received_by_id: int | None,
        contract_id: int | None,
    ) -> int:
        return self.add(
            "free_service",
            {
                "account_id": account_id,
                "provided_on": provided_on,
                "category_id": self._category_ids[category],
                "description": description,
                "value_minor": value_minor,
                "currency": currency,
                "hours": hours,
                "provided_by": provided_by,
                "provider_role": provider_role,
                "received_by_id": received_by_id,
                "contract_id": contract_id,
            },
        )

    def technician_note(
        self,
        *,
        account_id: int,
        noted_on: date,
        author: str,
        kind: NoteKind,
        title: str,
        text: str,
        machine_or_site: str,
        estimated_value_minor: int | None,
        currency: str,
        follow_up_on: date | None,
        status: NoteStatus,
        read_by_seller: bool,
    ) -> int:
        return self.add(
            "technician_note",
            {
                "account_id": account_id,
                "noted_on": noted_on,
                "author": author,
                "kind": kind,
                "title": title,
                "text": text,
                "machine_or_site": machine_or_site,
                "estimated_value_minor": estimated_value_minor,
                "currency": currency,
                "follow_up_on": follow_up_on,
                "status": status,
                "read_by_seller": read_by_seller,
            },
        )

    def incident(
        self,
        *,
        account_id: int,
        contract_id: int | None,
        kind: IncidentKind,
        reported_at: datetime,
        responded_at: datetime | None,
        resolved_at: datetime | None,
        downtime_hours: Decimal,
        promised_response_hours: Decimal | None,
        paid_by: PaidBy,
        description: str,
    ) -> int:
        return self.add(
            "incident",
            {
                "account_id": account_id,
                "contract_id": contract_id,
                "kind": kind,
                "reported_at": reported_at,
                "responded_at": responded_at,
                "resolved_at": resolved_at,
                "downtime_hours": downtime_hours,
                "promised_response_hours": promised_response_hours,
                "paid_by": paid_by,
                "description": description,
            },
        )

    def touchpoint(
        self,
        *,
        account_id: int,
        happened_on: date,
        kind: TouchpointKind,
        participants: str,
        summary: str,
        by_whom: str,
    ) -> int:
        return self.add(
            "touchpoint",
            {
                "account_id": account_id,
                "happened_on": happened_on,
                "kind": kind,
                "participants": participants,
                "summary": summary,
                "by_whom": by_whom,
            },
        )

    def negotiation(
        self,
        *,
        account_id: int,
        contract_id: int | None,
        meeting_on: date | None,
        status: NegotiationStatus,
        goals: str,
        limits: str,
        concessions: str,
        asks: str,
        outcome: str = "",
    ) -> int:
        return self.add(
            "negotiation",
            {
                "account_id": account_id,
                "contract_id": contract_id,
                "meeting_on": meeting_on,
                "status": status,
                "goals": goals,
                "limits": limits,
                "concessions": concessions,
                "asks": asks,
                "outcome": outcome,
            },
        )

    def promise(
        self,
        *,
        account_id: int,
        promised_on: date,
        made_by: str,
        made_to_id: int | None,
        item_kind: ItemKind | None,
        quantity: Decimal | None,
        text: str,
        service_check: ServiceCheck = ServiceCheck.UNCHECKED,
        check_comment: str = "",
    ) -> int:
        return self.add(
            "promise",
            {
                "account_id": account_id,
                "promised_on": promised_on,
                "made_by": made_by,
                "made_to_id": made_to_id,
                "item_kind": item_kind,
                "quantity": quantity,
                "text": text,
                "service_check": service_check,
                "check_comment": check_comment,
            },
        )

    def follow_up(
        self,
        *,
        account_id: int,
        due_on: date,
        kind: FollowUpKind,
        title: str,
        done_at: datetime | None,
        origin_key: str | None,
        notes: str = "",
    ) -> int:
        return self.add(
            "follow_up",
            {
                "account_id": account_id,
                "due_on": due_on,
                "kind": kind,
                "title": title,
                "notes": notes,
                "done_at": done_at,
                "dismissed_at": None,
                "origin_key": origin_key,
            },
        )

    def negotiation_item(
        self,
        *,
        negotiation_id: int,
        side: TradeSide,
        kind: TradeKind,
        description: str,
        value_minor: int | None,
        currency: str,
        percent: Decimal | None,
        position: int,
    ) -> int:
        return self.add(
            "negotiation_item",
            {
                "negotiation_id": negotiation_id,
                "side": side,
                "kind": kind,
                "description": description,
                "value_minor": value_minor,
                "currency": currency,
                "percent": percent,
                "position": position,
            },
        )

    def contact_change(
        self,
        *,
        contact_id: int,
        changed_on: date,
        old_stance: Stance | None,
        new_stance: Stance | None,
        old_role: DecisionRole | None = None,
        new_role: DecisionRole | None = None,
    ) -> int:
        return self.add(
            "contact_change",
            {
                "contact_id": contact_id,
                "changed_on": changed_on,
                "old_stance": old_stance,
                "new_stance": new_stance,
                "old_role": old_role,
                "new_role": new_role,
            },
        )
