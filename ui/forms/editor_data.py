"""What a dialog opens with, gathered in one job on the database worker: the form (blank or
as stored), its version, and the choices its combo boxes offer (contacts, contracts …)."""

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.wording import Language
from app.model import Account
from app.money import DEFAULT_CURRENCY
from app.records import (
    list_contacts,
    list_contracts,
    list_ledger_categories,
    list_packages,
)

Choices = list[tuple[str, Any]]


@dataclass(frozen=True)
class EditorData:
    form: Any
    record_id: int | None = None  # None: a new record
    version: int | None = None
    choices: dict[str, Choices] = field(default_factory=dict)


def account_currency(session: Session, account_id: int) -> str:
    found = session.scalar(select(Account.currency).where(Account.id == account_id))
    return found or DEFAULT_CURRENCY


def contact_choices(session: Session, account_id: int) -> Choices:
    return [(view.name, view.id) for view in list_contacts(session, account_id)]


def contract_choices(session: Session, account_id: int) -> Choices:
    return [
        (f"{view.number} – {view.title}" if view.title else view.number, view.id)
        for view in list_contracts(session, account_id)
    ]


def package_choices(session: Session) -> Choices:
    return [(view.name, view.id) for view in list_packages(session)]


def category_choices(session: Session, language: Language, keep: int | None) -> Choices:
    """Active categories, plus the one an entry already has (``keep``) even if retired."""
    return [
        (view.label(language), view.id)
        for view in list_ledger_categories(session)
        if view.active or view.id == keep
    ]
