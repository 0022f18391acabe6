"""Opening a row for editing and writing it back under the optimistic version check."""

import sqlite3
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, select, true
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.exc import StaleDataError

from app.errors import NotFoundError
from app.model import (
    Account,
    Base,
    BudgetCycle,
    Contact,
    ContactLink,
    Contract,
    FollowUp,
    FreeService,
    Incident,
    LedgerCategory,
    MapPosition,
    Negotiation,
    NegotiationItem,
    Promise,
    ServicePackage,
    TechnicianNote,
    Touchpoint,
)
from app.model.base import Tracked
from app.records.checks import FieldChecks
from app.records.errors import StaleRecordError

RowT = TypeVar("RowT", bound=Tracked)

# What a record is called in messages ("Contract C-1 was saved by someone else ...").
KIND_NAMES: dict[type[Base], str] = {
    Account: "Account",
    Contact: "Contact",
    Contract: "Contract",
    BudgetCycle: "Budget date",
    FreeService: "Ledger entry",
    TechnicianNote: "Technician note",
    Incident: "Incident",
    Touchpoint: "Touchpoint",
    Promise: "Promise",
    Negotiation: "Negotiation",
    NegotiationItem: "Give-and-get item",
    FollowUp: "Follow-up",
    ServicePackage: "Service package",
    LedgerCategory: "Ledger category",
    ContactLink: "Power map link",
    MapPosition: "Power map position",
}


def kind_name(model: type[Any]) -> str:
    return KIND_NAMES.get(model, model.__name__)


def record_name(row: Tracked) -> str:
    """``Contract C-1``, ``Contact Jan Nowak``, ``Incident of 2026-09-01``: for messages."""
    kind = kind_name(type(row))
    if isinstance(row, Account):
        return f"{kind} {row.customer_number} {row.name}"
    if isinstance(row, Contract):
        return f"{kind} {row.number}"
    if isinstance(row, Incident):
        return f"{kind} of {row.reported_at:%Y-%m-%d %H:%M} UTC"
    if isinstance(row, NegotiationItem):
        return f"{kind} {row.description[:60] or row.kind.value.replace('_', ' ')}"
    for attribute in ("name", "title", "label", "label_en"):
        text = getattr(row, attribute, None)
        if isinstance(text, str) and text:
            return f"{kind} {text[:60]}"
    for attribute in ("provided_on", "happened_on", "promised_on", "meeting_on"):
        day = getattr(row, attribute, None)
        if day is not None:
            return f"{kind} of {day:%Y-%m-%d}"
    return f"{kind} #{row.id}"


def require_account(session: Session, account_id: int) -> None:
    if session.scalar(select(Account.id).where(Account.id == account_id)) is None:
        raise NotFoundError(f"Account #{account_id} does not exist: maybe someone deleted it")


def open_row(session: Session, model: type[RowT], record_id: int, *, children: Any = None) -> RowT:
    """The row as the database has it now (not a cached copy), with the ``children``
    relationship (e.g. ``ServicePackage.items``) loaded fresh too; ``NotFoundError`` if gone."""
    options = [selectinload(children)] if children is not None else []
    row = session.get(model, record_id, populate_existing=True, options=options)
    if row is None:
        raise NotFoundError(
            f"{kind_name(model)} #{record_id} does not exist: maybe someone deleted it"
        )
    return row


def row_for_update(
    session: Session,
    model: type[RowT],
    record_id: int,
    *,
    account_id: int | None,
    expected_version: int | None,
    children: Any = None,
) -> RowT:
    """The row to update, after checking it belongs to the account and nobody saved it
    since version ``expected_version`` was opened (None: no check)."""
    row = open_row(session, model, record_id, children=children)
    if account_id is not None and getattr(row, "account_id", account_id) != account_id:
        raise NotFoundError(f"{kind_name(model)} #{record_id} is not in this account")
    if expected_version is not None and row.version != expected_version:
        raise StaleRecordError(
            record_name(row), row.id, row.version, row.updated_at, row.updated_by
        )
    return row


def other_than(model: type[Tracked], record_id: int | None) -> ColumnElement[bool]:
    """Rows except the one being edited (all rows for a new one): for uniqueness checks."""
    return true() if record_id is None else model.id != record_id


def assign(row: object, values: Mapping[str, Any]) -> None:
    """Set only what changed, so an unchanged save does not bump the version."""
    for key, value in values.items():
        if getattr(row, key) != value:
            setattr(row, key, value)


class Saved:
    """What a ``saving`` block writes: the block sets ``row``."""

    def __init__(self) -> None:
        self.row: Tracked | None = None

    @property
    def record_id(self) -> int:
        assert self.row is not None, "a saving block must set Saved.row"
        return self.row.id


@contextmanager
def saving(session: Session) -> Iterator[Saved]:
    """Add or change ``Saved.row`` inside this block; it is flushed in a savepoint, so a
    concurrent save (the UPDATE's ``WHERE version = n`` matches nothing) raises
    ``StaleRecordError`` and leaves the caller's transaction usable."""
    saved = Saved()
    name, record_id, model = "", 0, None
    try:
        with session.begin_nested():
            yield saved
            row = saved.row
            assert row is not None, "a saving block must set Saved.row"
            name, record_id, model = record_name(row), row.id, type(row)
            session.flush()
    except OperationalError as error:
        if model is None or not snapshot_is_stale(error):
            raise
        raise StaleRecordError(name, record_id, None, None) from None
    except StaleDataError:
        assert model is not None
        current = session.execute(
            select(model.version, model.updated_at, model.updated_by).where(model.id == record_id)
        ).one_or_none()
        if current is None:
            raise NotFoundError(f"{name} was deleted by someone else since you opened it") from None
        version: int = current[0]
        updated_at: datetime = current[1]
        changed_by: str = current[2]
        raise StaleRecordError(name, record_id, version, updated_at, changed_by) from None


def snapshot_is_stale(error: OperationalError) -> bool:
    """SQLite refusing a write because another connection committed after this
    transaction's first read: a concurrent save, not a locked file."""
    return getattr(error.orig, "sqlite_errorcode", None) == sqlite3.SQLITE_BUSY_SNAPSHOT


def check_owned(
    session: Session,
    checks: FieldChecks,
    field: str,
    model: type[Contact] | type[Contract],
    record_id: int | None,
    account_id: int,
) -> None:
    """A reference to a contact or contract must point into the same account."""
    if record_id is None:
        return
    owner = session.scalar(select(model.account_id).where(model.id == record_id))
    what = kind_name(model).lower()
    if owner is None:
        checks.fail(field, f"the chosen {what} no longer exists")
    elif owner != account_id:
        checks.fail(field, f"the chosen {what} belongs to another account")


def save_account_row(
    session: Session,
    model: type[RowT],
    values: Mapping[str, Any],
    *,
    account_id: int,
    record_id: int | None,
    expected_version: int | None,
) -> int:
    """Insert a row of ``account_id`` or update ``record_id`` after the version check, with
    the values already validated; return its id (flushed, not committed)."""
    with saving(session) as saved:
        if record_id is None:
            require_account(session, account_id)
            row = model(**{**values, "account_id": account_id})
            session.add(row)
        else:
            row = row_for_update(
                session, model, record_id, account_id=account_id, expected_version=expected_version
            )
            assign(row, values)
        saved.row = row
    return saved.record_id
