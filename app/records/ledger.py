"""The ledger-entry form: one service given free of charge, with its money value."""

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.wording import Language
from app.model import Contact, Contract, FreeService, LedgerCategory, ProviderRole
from app.money import DEFAULT_CURRENCY, Money, from_minor
from app.records.checks import FieldChecks
from app.records.rows import (
    check_owned,
    open_row,
    save_account_row,
)
from app.storage.write_turn import writes


@dataclass(frozen=True, slots=True)
class FreeServiceForm:
    provided_on: date
    category_id: int | None  # None only in a blank form: a category must be chosen
    description: str
    value: Decimal = Decimal(0)
    currency: str = DEFAULT_CURRENCY
    hours: Decimal = Decimal(0)
    provided_by: str = ""
    provider_role: ProviderRole = ProviderRole.TECHNICIAN
    received_by_id: int | None = None  # a contact of the account
    contract_id: int | None = None  # a contract of the account

    @classmethod
    def blank(cls, provided_on: date, currency: str = DEFAULT_CURRENCY) -> "FreeServiceForm":
        return cls(provided_on=provided_on, category_id=None, description="", currency=currency)


@dataclass(frozen=True, slots=True)
class FreeServiceView:
    id: int
    version: int
    provided_on: date
    category_id: int
    category_key: str
    category_label_en: str
    category_label_de: str
    description: str
    value: Money
    hours: Decimal
    provided_by: str
    provider_role: ProviderRole
    received_by_id: int | None
    received_by: str | None  # the contact's name
    contract_id: int | None
    contract_number: str | None

    def category_label(self, lang: Language) -> str:
        return self.category_label_de if lang == "de" else self.category_label_en


def list_free_services(session: Session, account_id: int) -> list[FreeServiceView]:
    """The account's ledger, newest first, with category labels and names; one query."""
    rows = session.execute(
        select(
            FreeService.id,
            FreeService.version,
            FreeService.provided_on,
            FreeService.category_id,
            LedgerCategory.key,
            LedgerCategory.label_en,
            LedgerCategory.label_de,
            FreeService.description,
            FreeService.value_minor,
            FreeService.currency,
            FreeService.hours,
            FreeService.provided_by,
            FreeService.provider_role,
            FreeService.received_by_id,
            Contact.name.label("received_by"),
            FreeService.contract_id,
            Contract.number.label("contract_number"),
        )
        .join(LedgerCategory, FreeService.category_id == LedgerCategory.id)
        .outerjoin(Contact, FreeService.received_by_id == Contact.id)
        .outerjoin(Contract, FreeService.contract_id == Contract.id)
        .where(FreeService.account_id == account_id)
        .order_by(FreeService.provided_on.desc(), FreeService.id.desc())
    )
    return [
        FreeServiceView(
            id=row.id,
            version=row.version,
            provided_on=row.provided_on,
            category_id=row.category_id,
            category_key=row.key,
            category_label_en=row.label_en,
            category_label_de=row.label_de,
            description=row.description,
            value=Money.from_minor(row.value_minor, row.currency),
            hours=row.hours,
            provided_by=row.provided_by,
            provider_role=row.provider_role,
            received_by_id=row.received_by_id,
            received_by=row.received_by,
            contract_id=row.contract_id,
            contract_number=row.contract_number,
        )
        for row in rows
    ]


def load_free_service(session: Session, entry_id: int) -> tuple[FreeServiceForm, int]:
    row = open_row(session, FreeService, entry_id)
    form = FreeServiceForm(
        provided_on=row.provided_on,
        category_id=row.category_id,
        description=row.description,
        value=from_minor(row.value_minor, row.currency),
        currency=row.currency,
        hours=row.hours,
        provided_by=row.provided_by,
        provider_role=row.provider_role,
        received_by_id=row.received_by_id,
        contract_id=row.contract_id,
    )
    return form, row.version


def _check_category(
    session: Session, checks: FieldChecks, category_id: int | None, stored: int | None
) -> None:
    if category_id is None:
        checks.fail("category_id", "choose what kind of service this was")
        return
    category = session.get(LedgerCategory, category_id)
    if category is None:
        checks.fail("category_id", "the chosen category no longer exists")
    elif not category.active and category_id != stored:
        # An entry may keep a retired category; new choices come from the active ones.
        checks.fail("category_id", f"{category.label_en!r} is no longer offered; choose another")


def _validated(
    session: Session, form: FreeServiceForm, account_id: int, stored_category: int | None
) -> dict[str, object]:
    checks = FieldChecks()
    currency = checks.currency("currency", form.currency)
    _check_category(session, checks, form.category_id, stored_category)
    values: dict[str, object] = {
        "provided_on": checks.day("provided_on", form.provided_on),
        "category_id": form.category_id,
        "description": checks.text("description", form.description, FreeService, required=True),
        "value_minor": checks.money("value", form.value, currency),
        "currency": currency,
        "hours": checks.measure("hours", form.hours, FreeService),
        "provided_by": checks.text("provided_by", form.provided_by, FreeService),
        "provider_role": checks.choice("provider_role", form.provider_role, ProviderRole),
        "received_by_id": form.received_by_id,
        "contract_id": form.contract_id,
    }
    check_owned(session, checks, "received_by_id", Contact, form.received_by_id, account_id)
    check_owned(session, checks, "contract_id", Contract, form.contract_id, account_id)
    checks.raise_if_any()
    return values


@writes
def save_free_service(
    session: Session,
    form: FreeServiceForm,
    *,
    account_id: int,
    record_id: int | None = None,
    expected_version: int | None = None,
) -> int:
    """Create or update a ledger entry of ``account_id``; return its id (flushed, not
    committed). Raises ``FormInvalidError``, ``StaleRecordError``, ``NotFoundError``."""
    stored_category = None
    if record_id is not None:
        stored_category = session.scalar(
            select(FreeService.category_id).where(FreeService.id == record_id)
        )
    values = _validated(session, form, account_id, stored_category)
    return save_account_row(
        session,
        FreeService,
        values,
        account_id=account_id,
        record_id=record_id,
        expected_version=expected_version,
    )
