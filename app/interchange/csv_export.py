"""CSV export that spreadsheets open cleanly and ``import_csv`` reads back unchanged.

UTF-8 with BOM (so Excel reads umlauts), CRLF line ends, minimal quoting. German:
``;``, German headers, decimal comma, ``15.01.2027``; English: ``,``, field names,
decimal point, ISO dates. Text cells a spreadsheet would run as a formula get a
leading ``'``; numbers are never touched (money is never negative here anyway).
"""

import codecs
import csv
import io
from collections.abc import Callable, Iterator
from enum import Enum
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session, aliased

from app.domain.wording import Language
from app.interchange.csv_fields import Cell, Column
from app.interchange.csv_import import check_kind
from app.interchange.csv_values import format_bool, format_date, format_moment, format_number
from app.interchange.text import neutralise
from app.model import (
    Account,
    Contact,
    Contract,
    FreeService,
    Incident,
    LedgerCategory,
    ServicePackage,
    TechnicianNote,
    Touchpoint,
)
from app.money import from_minor

Formatter = Callable[[Any], str]
ExportRow = dict[str, Any]


def _formatter(column: Column, lang: Language) -> Formatter:
    match column.cell:
        case Cell.NAME | Cell.TEXT:
            return neutralise
        case Cell.AMOUNT | Cell.HOURS:
            return lambda value: format_number(value, lang)
        case Cell.DATE:
            return lambda value: format_date(value, lang)
        case Cell.MOMENT:
            return format_moment
        case Cell.BOOL:
            return lambda value: format_bool(value, lang)
        case Cell.CHOICE:
            return lambda value: str(value.value) if isinstance(value, Enum) else str(value)
    return str


def export_csv(session: Session, kind: str, lang: Language) -> bytes:
    """Every row of ``kind`` (oldest first) as CSV bytes for ``lang`` ("de" or "en").

    Raises ``InvalidValueError`` for an unknown kind.
    """
    spec = check_kind(kind)
    columns = spec.columns
    formatters = [_formatter(column, lang) for column in columns]
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=";" if lang == "de" else ",", lineterminator="\r\n")
    writer.writerow([column.german if lang == "de" else column.name for column in columns])
    for row in EXPORTERS[spec.name](session):
        writer.writerow(
            [
                "" if (value := row.get(column.name)) is None else format_cell(value)
                for column, format_cell in zip(columns, formatters, strict=True)
            ]
        )
    return codecs.BOM_UTF8 + out.getvalue().encode("utf-8")


def _rows(session: Session, query: Select[Any]) -> Iterator[ExportRow]:
    for row in session.execute(query):
        yield dict(row._mapping)


def _money(row: ExportRow, minor_field: str, amount_field: str) -> ExportRow:
    minor = row.pop(minor_field)
    row[amount_field] = None if minor is None else from_minor(minor, row["currency"])
    return row


def _accounts(session: Session) -> Iterator[ExportRow]:
    names = ("customer_number", "name", "industry", "street", "postal_code", "city", "country")
    rest = ("tier", "owner", "currency", "status", "relationship_since", "notes")
    query = select(*(Account.__table__.c[name] for name in (*names, *rest)))
    return _rows(session, query.order_by(Account.id))


def _contacts(session: Session) -> Iterator[ExportRow]:
    table = Contact.__table__.c
    fields = ("name", "job_title", "department", "decision_role", "stance", "phone", "email")
    query = (
        select(Account.customer_number, *(table[name] for name in fields), Contact.notes)
        .join(Account, Account.id == Contact.account_id)
        .order_by(Contact.id)
    )
    return _rows(session, query)


def _contracts(session: Session) -> Iterator[ExportRow]:
    query = (
        select(
            Account.customer_number,
            Contract.number,
            Contract.title,
            Contract.start_date,
            Contract.end_date,
            Contract.notice_period,
            Contract.notice_unit,
            Contract.auto_renew_months,
            Contract.annual_value_minor,
            Contract.currency,
            ServicePackage.name.label("package"),
            Contract.status,
            Contract.signed_on,
            Contract.notes,
        )
        .join(Account, Account.id == Contract.account_id)
        .outerjoin(ServicePackage, ServicePackage.id == Contract.package_id)
        .order_by(Contract.id)
    )
    for row in _rows(session, query):
        yield _money(row, "annual_value_minor", "annual_value")


def _ledger(session: Session) -> Iterator[ExportRow]:
    received = aliased(Contact)
    query = (
        select(
            Account.customer_number,
            FreeService.provided_on,
            LedgerCategory.key.label("category"),
            FreeService.description,
            FreeService.value_minor,
            FreeService.currency,
            FreeService.hours,
            FreeService.provided_by,
            FreeService.provider_role,
            received.name.label("received_by"),
            Contract.number.label("contract"),
        )
        .join(Account, Account.id == FreeService.account_id)
        .join(LedgerCategory, LedgerCategory.id == FreeService.category_id)
        .outerjoin(received, received.id == FreeService.received_by_id)
        .outerjoin(Contract, Contract.id == FreeService.contract_id)
        .order_by(FreeService.id)
    )
    for row in _rows(session, query):
        yield _money(row, "value_minor", "value")


def _notes(session: Session) -> Iterator[ExportRow]:
    table = TechnicianNote.__table__.c
    fields = ("noted_on", "author", "kind", "title", "text", "machine_or_site")
    rest = ("estimated_value_minor", "currency", "follow_up_on", "status", "read_by_seller")
    query = (
        select(Account.customer_number, *(table[name] for name in (*fields, *rest)))
        .join(Account, Account.id == TechnicianNote.account_id)
        .order_by(TechnicianNote.id)
    )
    for row in _rows(session, query):
        yield _money(row, "estimated_value_minor", "estimated_value")


def _incidents(session: Session) -> Iterator[ExportRow]:
    table = Incident.__table__.c
    fields = ("kind", "reported_at", "responded_at", "resolved_at", "downtime_hours")
    rest = ("promised_response_hours", "paid_by", "description")
    query = (
        select(
            Account.customer_number,
            Contract.number.label("contract"),
            *(table[name] for name in (*fields, *rest)),
        )
        .join(Account, Account.id == Incident.account_id)
        .outerjoin(Contract, Contract.id == Incident.contract_id)
        .order_by(Incident.id)
    )
    return _rows(session, query)


def _touchpoints(session: Session) -> Iterator[ExportRow]:
    table = Touchpoint.__table__.c
    fields = ("happened_on", "kind", "participants", "summary", "by_whom")
    query = (
        select(Account.customer_number, *(table[name] for name in fields))
        .join(Account, Account.id == Touchpoint.account_id)
        .order_by(Touchpoint.id)
    )
    return _rows(session, query)


EXPORTERS: dict[str, Callable[[Session], Iterator[ExportRow]]] = {
    "accounts": _accounts,
    "contacts": _contacts,
    "contracts": _contracts,
    "ledger": _ledger,
    "notes": _notes,
    "incidents": _incidents,
    "touchpoints": _touchpoints,
}
