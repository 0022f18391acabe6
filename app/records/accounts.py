"""The account form: the key account's master data. Accounts are archived, never deleted."""

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.model import Account, AccountStatus, Tier
from app.money import DEFAULT_CURRENCY
from app.records.checks import FieldChecks
from app.records.rows import assign, open_row, other_than, row_for_update, saving
from app.storage.write_turn import writes


@dataclass(frozen=True, slots=True)
class AccountForm:
    name: str
    customer_number: str
    industry: str = ""
    street: str = ""
    postal_code: str = ""
    city: str = ""
    country: str = "DE"
    tier: Tier = Tier.B
    owner: str = ""
    currency: str = DEFAULT_CURRENCY
    status: AccountStatus = AccountStatus.ACTIVE
    relationship_since: date | None = None
    notes: str = ""

    @classmethod
    def blank(
        cls, *, owner: str = "", country: str = "DE", currency: str = DEFAULT_CURRENCY
    ) -> "AccountForm":
        return cls(name="", customer_number="", owner=owner, country=country, currency=currency)


@dataclass(frozen=True, slots=True)
class AccountView:
    id: int
    version: int
    name: str
    customer_number: str
    industry: str
    city: str
    country: str
    tier: Tier
    status: AccountStatus
    owner: str
    currency: str
    relationship_since: date | None
    updated_at: datetime

    @property
    def archived(self) -> bool:
        return self.status is AccountStatus.ARCHIVED


def list_accounts(session: Session, *, include_archived: bool = False) -> list[AccountView]:
    """Accounts by name, then customer number, in one query; archived ones on request."""
    query = select(
        Account.id,
        Account.version,
        Account.name,
        Account.customer_number,
        Account.industry,
        Account.city,
        Account.country,
        Account.tier,
        Account.status,
        Account.owner,
        Account.currency,
        Account.relationship_since,
        Account.updated_at,
    ).order_by(Account.name, Account.customer_number)
    if not include_archived:
        query = query.where(Account.status != AccountStatus.ARCHIVED)
    return [AccountView(*row) for row in session.execute(query)]


def load_account(session: Session, account_id: int) -> tuple[AccountForm, int]:
    """The form for editing an account, and the version it was opened at."""
    row = open_row(session, Account, account_id)
    form = AccountForm(
        name=row.name,
        customer_number=row.customer_number,
        industry=row.industry,
        street=row.street,
        postal_code=row.postal_code,
        city=row.city,
        country=row.country,
        tier=row.tier,
        owner=row.owner,
        currency=row.currency,
        status=row.status,
        relationship_since=row.relationship_since,
        notes=row.notes,
    )
    return form, row.version


def _validated(session: Session, form: AccountForm, record_id: int | None) -> dict[str, object]:
    checks = FieldChecks()
    values: dict[str, object] = {
        "name": checks.text("name", form.name, Account, required=True),
        "customer_number": checks.text(
            "customer_number", form.customer_number, Account, required=True
        ),
        "industry": checks.text("industry", form.industry, Account),
        "street": checks.text("street", form.street, Account),
        "postal_code": checks.text("postal_code", form.postal_code, Account),
        "city": checks.text("city", form.city, Account),
        "country": checks.country("country", form.country),
        "tier": checks.choice("tier", form.tier, Tier),
        "owner": checks.text("owner", form.owner, Account),
        "currency": checks.currency("currency", form.currency),
        "status": checks.choice("status", form.status, AccountStatus),
        "relationship_since": form.relationship_since,
        "notes": checks.text("notes", form.notes, Account),
    }
    number = values["customer_number"]
    if not checks.failed("customer_number"):
        taken = session.execute(
            select(Account.name).where(
                Account.customer_number == number, other_than(Account, record_id)
            )
        ).first()
        if taken is not None:
            checks.fail("customer_number", f"{number} is already used by {taken.name}")
    checks.raise_if_any()
    return values


@writes
def save_account(
    session: Session,
    form: AccountForm,
    *,
    record_id: int | None = None,
    expected_version: int | None = None,
) -> int:
    """Create (``record_id`` None) or update an account; return its id.

    Raises ``FormInvalidError`` (every problem), ``StaleRecordError``, ``NotFoundError``.
    Flushes, never commits."""
    values = _validated(session, form, record_id)
    with saving(session) as saved:
        if record_id is None:
            row = Account(**values)
            session.add(row)
        else:
            row = row_for_update(
                session, Account, record_id, account_id=None, expected_version=expected_version
            )
            assign(row, values)
        saved.row = row
    return saved.record_id


@writes
def _set_status(
    session: Session, account_id: int, status: AccountStatus, expected_version: int | None
) -> int:
    with saving(session) as saved:
        row = row_for_update(
            session, Account, account_id, account_id=None, expected_version=expected_version
        )
        assign(row, {"status": status})
        saved.row = row
    return row.version


def archive_account(
    session: Session, account_id: int, *, expected_version: int | None = None
) -> int:
    """Archive the account (it leaves the lists and the agenda; nothing is deleted).
    Returns the new version."""
    return _set_status(session, account_id, AccountStatus.ARCHIVED, expected_version)


def unarchive_account(
    session: Session,
    account_id: int,
    *,
    status: AccountStatus = AccountStatus.ACTIVE,
    expected_version: int | None = None,
) -> int:
    """Bring an archived account back with ``status`` (default active); the new version."""
    if status is AccountStatus.ARCHIVED:
        raise ValueError("unarchive needs a status other than archived")
    return _set_status(session, account_id, status, expected_version)
