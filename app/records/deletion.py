"""Deleting one record so that "undo the last delete" (Ctrl+Z) can put it back exactly.

``delete_record`` captures the row (every column, id and version included), the
rows deleted with it (a budget date's overrides, a package's items) and the rows
whose reference the database clears (ledger entries received by a deleted contact),
then deletes. ``restore_record`` writes all of that back. Accounts are archived,
never deleted, so they are not a ``RecordKind``.
"""

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import Column, Table, UniqueConstraint, func, insert, select, update
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session, class_mapper
from sqlalchemy.orm.exc import StaleDataError

from app.model import (
    Account,
    Base,
    BudgetCycle,
    Contact,
    Contract,
    FollowUp,
    FreeService,
    Incident,
    LedgerCategory,
    Negotiation,
    NegotiationItem,
    Promise,
    ServicePackage,
    TechnicianNote,
    Touchpoint,
)
from app.model.base import Tracked
from app.records.errors import RecordInUseError, RestoreConflictError, StaleRecordError
from app.records.rows import open_row, record_name, snapshot_is_stale
from app.storage.write_turn import writes

Values = tuple[tuple[str, Any], ...]
LISTED_USERS = 10  # contracts named in "package in use"; the rest are counted


class RecordKind(StrEnum):
    CONTACT = "contact"
    CONTRACT = "contract"
    BUDGET_CYCLE = "budget_cycle"
    FREE_SERVICE = "free_service"
    TECHNICIAN_NOTE = "technician_note"
    INCIDENT = "incident"
    TOUCHPOINT = "touchpoint"
    PROMISE = "promise"
    NEGOTIATION = "negotiation"
    NEGOTIATION_ITEM = "negotiation_item"
    FOLLOW_UP = "follow_up"
    SERVICE_PACKAGE = "service_package"
    LEDGER_CATEGORY = "ledger_category"


MODELS: dict[RecordKind, type[Tracked]] = {
    RecordKind.CONTACT: Contact,
    RecordKind.CONTRACT: Contract,
    RecordKind.BUDGET_CYCLE: BudgetCycle,
    RecordKind.FREE_SERVICE: FreeService,
    RecordKind.TECHNICIAN_NOTE: TechnicianNote,
    RecordKind.INCIDENT: Incident,
    RecordKind.TOUCHPOINT: Touchpoint,
    RecordKind.PROMISE: Promise,
    RecordKind.NEGOTIATION: Negotiation,
    RecordKind.NEGOTIATION_ITEM: NegotiationItem,
    RecordKind.FOLLOW_UP: FollowUp,
    RecordKind.SERVICE_PACKAGE: ServicePackage,
    RecordKind.LEDGER_CATEGORY: LedgerCategory,
}
# Loaded with the row so the ORM deletes them and forgets them too.
CHILDREN: dict[RecordKind, Any] = {
    RecordKind.BUDGET_CYCLE: BudgetCycle.overrides,
    RecordKind.SERVICE_PACKAGE: ServicePackage.items,
}


@dataclass(frozen=True, slots=True)
class CapturedRow:
    table: str
    values: Values  # (column, value) for every column, id and version included

    def get(self, column: str) -> Any:
        return dict(self.values)[column]


@dataclass(frozen=True, slots=True)
class Unlinked:
    """Rows of ``table`` whose ``column`` pointed at ``target_id``; the database cleared it."""

    table: str
    column: str
    target_id: int
    ids: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class DeletedRecord:
    """Everything needed to put a deleted record back; keep it for "undo"."""

    kind: RecordKind
    record_id: int
    name: str  # "Contract C-1": for "Contract C-1 deleted - Undo"
    row: CapturedRow
    children: tuple[CapturedRow, ...]  # parents before children
    unlinked: tuple[Unlinked, ...]


def _table(name: str) -> Table:
    return Base.metadata.tables[name]


def _references(table: Table) -> list[tuple[Table, Column[Any], str]]:
    """Foreign keys of other tables that point at ``table``, with their ON DELETE action."""
    return [
        (other, key.parent, (key.ondelete or "NO ACTION").upper())
        for other in Base.metadata.sorted_tables
        for key in other.foreign_keys
        if key.column.table is table
    ]


def _in_use_message(session: Session, name: str, user: Table, count: int, target: int) -> str:
    if user is Contract.__table__:
        rows = session.execute(
            select(Contract.number, Account.name)
            .join(Account, Contract.account_id == Account.id)
            .where(Contract.package_id == target)
            .order_by(Account.name, Contract.number)
            .limit(LISTED_USERS)
        ).all()
        listed = ", ".join(f"{number} ({account})" for number, account in rows)
        more = f" and {count - len(rows)} more" if count > len(rows) else ""
        contracts = "contract" if count == 1 else "contracts"
        return (
            f"{name} cannot be deleted: it is used by {count} {contracts}: {listed}{more}. "
            "Move those contracts to another package first."
        )
    if user is FreeService.__table__:
        entries = "ledger entry" if count == 1 else "ledger entries"
        return (
            f"{name} cannot be deleted: it is used by {count} {entries}. "
            "Deactivate it instead, so it is no longer offered for new entries."
        )
    return f"{name} cannot be deleted: {count} {user.name.replace('_', ' ')} rows use it."


def _refuse_if_used(session: Session, table: Table, record_id: int, name: str) -> None:
    for user, column, action in _references(table):
        if action in ("RESTRICT", "NO ACTION"):
            count = session.scalar(
                select(func.count()).select_from(user).where(column == record_id)
            )
            if count:
                raise RecordInUseError(_in_use_message(session, name, user, count, record_id))


def _capture(session: Session, table: Table, ids: list[int]) -> list[CapturedRow]:
    """``table``'s rows with these ids, then the rows deleted with them, recursively."""
    if not ids:
        return []
    found = [
        CapturedRow(table.name, tuple((str(key), value) for key, value in row.items()))
        for row in session.execute(
            select(table).where(table.c.id.in_(ids)).order_by(table.c.id)
        ).mappings()
    ]
    for child, column, action in _references(table):
        if action == "CASCADE":
            child_ids = list(session.scalars(select(child.c.id).where(column.in_(ids))))
            found.extend(_capture(session, child, child_ids))
    return found


def _unlinked(session: Session, rows: list[CapturedRow]) -> list[Unlinked]:
    found = []
    for row in rows:
        target = row.get("id")
        for user, column, action in _references(_table(row.table)):
            if action == "SET NULL":
                ids = tuple(session.scalars(select(user.c.id).where(column == target)))
                if ids:
                    found.append(Unlinked(user.name, column.name, target, ids))
    return found


def _expire(session: Session, unlinked: tuple[Unlinked, ...]) -> None:
    """Objects this session holds for rows whose reference changed behind the ORM's back."""
    for link in unlinked:
        ids = set(link.ids)
        for held in list(session.identity_map.values()):
            table = getattr(type(held), "__table__", None)
            if table is not None and table.name == link.table and getattr(held, "id", 0) in ids:
                session.expire(held, [link.column])


@writes
def delete_record(
    session: Session, kind: RecordKind, record_id: int, *, expected_version: int | None = None
) -> DeletedRecord:
    """Delete one record (flushed, not committed) and return what restores it.

    Raises ``NotFoundError``, ``RecordInUseError`` (a package used by contracts, a
    category used by ledger entries: the message names them) and ``StaleRecordError``
    when ``expected_version`` is given and someone saved the record since."""
    model = MODELS[kind]
    row = open_row(session, model, record_id, children=CHILDREN.get(kind))
    name = record_name(row)
    if expected_version is not None and row.version != expected_version:
        raise StaleRecordError(name, row.id, row.version, row.updated_at, row.updated_by)
    table = class_mapper(model).local_table
    assert isinstance(table, Table)
    _refuse_if_used(session, table, record_id, name)
    captured = _capture(session, table, [record_id])
    unlinked = tuple(_unlinked(session, captured))
    try:
        with session.begin_nested():
            session.delete(row)
            session.flush()
    except StaleDataError:
        raise StaleRecordError(name, record_id, None, None) from None
    except OperationalError as error:
        if not snapshot_is_stale(error):
            raise
        raise StaleRecordError(name, record_id, None, None) from None
    _expire(session, unlinked)
    return DeletedRecord(kind, record_id, name, captured[0], tuple(captured[1:]), unlinked)


def _put_back(session: Session, row: CapturedRow, name: str, *, main: bool) -> None:
    table = _table(row.table)
    values = dict(row.values)
    if session.scalar(select(table.c.id).where(table.c.id == values["id"])) is not None:
        if main:
            raise RestoreConflictError(
                f"{name} cannot be put back: a record created since the delete took its "
                f"place (#{values['id']})"
            )
        del values["id"]  # a child's id means nothing outside its parent: take a new one
    for key in table.foreign_keys:
        target = values.get(key.parent.name)
        if target is None:
            continue
        if session.scalar(select(key.column).where(key.column == target)) is None:
            if (key.ondelete or "").upper() == "SET NULL":
                values[key.parent.name] = None  # as if it had been there when that went
                continue
            what = key.column.table.name.replace("_", " ")
            raise RestoreConflictError(f"{name} cannot be put back: its {what} no longer exists")
    for constraint in table.constraints:
        if isinstance(constraint, UniqueConstraint):
            columns = list(constraint.columns)
            if any(values.get(column.name) is None for column in columns):
                continue
            clash = select(table.c.id).where(*(column == values[column.name] for column in columns))
            if session.scalar(clash) is not None:
                shown = [c for c in columns if not c.name.endswith("_id")] or columns
                taken = ", ".join(f"{c.name.replace('_', ' ')} {values[c.name]}" for c in shown)
                raise RestoreConflictError(
                    f"{name} cannot be put back: {taken} is now used by another record"
                )
    session.execute(insert(table).values(values))


@writes
def restore_record(session: Session, deleted: DeletedRecord) -> int:
    """Put a deleted record back with its id, version and moments, with its overrides or
    items and its links; return its id (flushed, not committed).

    Raises ``RestoreConflictError`` when its id or a unique value (contract number,
    package name) has been taken since, or the account it belonged to is gone; the
    caller's transaction stays usable."""
    try:
        with session.begin_nested():
            _put_back(session, deleted.row, deleted.name, main=True)
            for child in deleted.children:
                _put_back(session, child, deleted.name, main=False)
            for link in deleted.unlinked:
                table = _table(link.table)
                session.execute(
                    update(table)
                    .where(table.c.id.in_(link.ids), table.c[link.column].is_(None))
                    .values({link.column: link.target_id})
                )
    except IntegrityError as error:
        raise RestoreConflictError(f"{deleted.name} cannot be put back: {error.orig}") from None
    _expire(session, deleted.unlinked)
    return deleted.record_id
