"""Why the database refused a row, in the same words on SQLite and on PostgreSQL.

The drivers word constraint errors differently ("UNIQUE constraint failed: account.
customer_number" against "duplicate key value violates unique constraint
"uq_account_customer_number" DETAIL: …"); an import message names the rule and the
columns instead, whichever database refused the row.
"""

import re

from sqlalchemy import CheckConstraint, UniqueConstraint
from sqlalchemy.exc import IntegrityError

from app.model import Base

# SQLite: "<KIND> constraint failed: <detail>"
_SQLITE_MESSAGE = re.compile(r"^(UNIQUE|CHECK|NOT NULL|FOREIGN KEY) constraint failed(?:: (.*))?$")
# PostgreSQL SQLSTATEs of the integrity-constraint-violation class.
_PG_KINDS = {
    "23505": "UNIQUE",
    "23514": "CHECK",
    "23502": "NOT NULL",
    "23503": "FOREIGN KEY",
}


def describe_refusal(error: IntegrityError) -> str:
    """One line: which rule the row broke, e.g. ``account.customer_number must be unique and
    the value is already used``."""
    kind, detail = _kind_and_detail(error)
    if kind == "UNIQUE":
        return f"{detail} must be unique and the value is already used"
    if kind == "CHECK":
        return f"the value breaks the rule {detail}"
    if kind == "NOT NULL":
        return f"{detail} must not be empty"
    if kind == "FOREIGN KEY":
        return "it refers to a row that does not exist"
    return str(error.orig).splitlines()[0]


def _kind_and_detail(error: IntegrityError) -> tuple[str | None, str]:
    original = error.orig
    diag = getattr(original, "diag", None)
    if diag is not None:  # psycopg
        kind = _PG_KINDS.get(getattr(original, "sqlstate", None) or "")
        table = diag.table_name or ""
        if kind == "NOT NULL":
            return kind, f"{table}.{diag.column_name}"
        return kind, _constraint_detail(kind, table, diag.constraint_name or "")
    match = _SQLITE_MESSAGE.match(str(original))
    if match is None:
        return None, ""
    kind, detail = match.group(1), match.group(2) or ""
    if kind == "CHECK":
        return kind, detail
    return kind, ", ".join(part.strip() for part in detail.split(","))


def _constraint_detail(kind: str | None, table_name: str, name: str) -> str:
    """``uq_account_customer_number`` -> ``account.customer_number``; a CHECK's name -> its
    rule; anything unknown stays as the database named it."""
    table = Base.metadata.tables.get(table_name)
    if table is None:
        return name
    for constraint in table.constraints:
        if constraint.name != name:
            continue
        if isinstance(constraint, UniqueConstraint):
            return ", ".join(f"{table_name}.{column.name}" for column in constraint.columns)
        if isinstance(constraint, CheckConstraint):
            return name
    for index in table.indexes:
        if index.name == name and index.unique:
            return ", ".join(f"{table_name}.{column.name}" for column in index.columns)
    if kind == "UNIQUE" and name == f"pk_{table_name}":
        return f"{table_name}.id"
    return name
