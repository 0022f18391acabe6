"""The promise form: what the seller promised, checked against the live package."""

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.clock import local_today
from app.domain.contracts import account_contracts
from app.domain.promises import Coverage, PackagePromise, coverage_of, package_promises
from app.model import Contact, ItemKind, Promise, ServiceCheck
from app.records.checks import FieldChecks
from app.records.rows import (
    check_owned,
    open_row,
    save_account_row,
)
from app.storage.write_turn import writes


@dataclass(frozen=True, slots=True)
class PromiseForm:
    promised_on: date
    made_by: str = ""
    made_to_id: int | None = None  # a contact of the account
    item_kind: ItemKind | None = None  # None: a free-text promise (flagged, cannot match)
    quantity: Decimal | None = None
    text: str = ""
    service_check: ServiceCheck = ServiceCheck.UNCHECKED
    check_comment: str = ""

    @classmethod
    def blank(cls, promised_on: date, made_by: str = "") -> "PromiseForm":
        return cls(promised_on=promised_on, made_by=made_by)


@dataclass(frozen=True, slots=True)
class PromiseView:
    id: int
    version: int
    promised_on: date
    made_by: str
    made_to_id: int | None
    made_to: str | None  # the contact's name
    item_kind: ItemKind | None
    quantity: Decimal | None
    text: str
    coverage: Coverage  # computed against the live contracts' packages, never stored
    package_quantity: Decimal | None  # what the package says for that kind
    service_check: ServiceCheck
    check_comment: str

    @property
    def covered(self) -> bool:
        return self.coverage is Coverage.COVERED


def live_package_items(session: Session, account_id: int, today: date) -> list[PackagePromise]:
    """Items of the packages of the account's live contracts (the same rule as the brief)."""
    package_ids = {
        view.package_id
        for view in account_contracts(session, account_id, today)
        if view.live and view.package_id is not None
    }
    by_package = package_promises(session, package_ids)
    return [item for package_id in sorted(by_package) for item in by_package[package_id]]


def list_promises(
    session: Session, account_id: int, *, today: date | None = None
) -> list[PromiseView]:
    """The account's promises, newest first, each with its coverage by the packages of
    the contracts live on ``today`` (default: the local calendar day). One query for
    the promises, two for the packages."""
    today = today or local_today()
    rows = session.execute(
        select(
            Promise.id,
            Promise.version,
            Promise.promised_on,
            Promise.made_by,
            Promise.made_to_id,
            Contact.name.label("made_to"),
            Promise.item_kind,
            Promise.quantity,
            Promise.text,
            Promise.service_check,
            Promise.check_comment,
        )
        .outerjoin(Contact, Promise.made_to_id == Contact.id)
        .where(Promise.account_id == account_id)
        .order_by(Promise.promised_on.desc(), Promise.id.desc())
    ).all()
    items = live_package_items(session, account_id, today) if rows else []
    views = []
    for row in rows:
        coverage, package_quantity = coverage_of(row.item_kind, row.quantity, items)
        views.append(
            PromiseView(
                id=row.id,
                version=row.version,
                promised_on=row.promised_on,
                made_by=row.made_by,
                made_to_id=row.made_to_id,
                made_to=row.made_to,
                item_kind=row.item_kind,
                quantity=row.quantity,
                text=row.text,
                coverage=coverage,
                package_quantity=package_quantity,
                service_check=row.service_check,
                check_comment=row.check_comment,
            )
        )
    return views


def load_promise(session: Session, promise_id: int) -> tuple[PromiseForm, int]:
    row = open_row(session, Promise, promise_id)
    form = PromiseForm(
        promised_on=row.promised_on,
        made_by=row.made_by,
        made_to_id=row.made_to_id,
        item_kind=row.item_kind,
        quantity=row.quantity,
        text=row.text,
        service_check=row.service_check,
        check_comment=row.check_comment,
    )
    return form, row.version


def _validated(session: Session, form: PromiseForm, account_id: int) -> dict[str, object]:
    checks = FieldChecks()
    kind = None
    if form.item_kind is not None:
        kind = checks.choice("item_kind", form.item_kind, ItemKind)
    text = checks.text("text", form.text, Promise)
    if form.item_kind is None and not text and not checks.failed("text"):
        checks.fail("text", "describe what was promised, or choose a promised service")
    quantity = checks.measure("quantity", form.quantity, Promise, required=False)
    if form.quantity is not None and form.item_kind is None:
        checks.fail("quantity", "choose the promised service the quantity counts")
    values: dict[str, object] = {
        "promised_on": checks.day("promised_on", form.promised_on),
        "made_by": checks.text("made_by", form.made_by, Promise),
        "made_to_id": form.made_to_id,
        "item_kind": kind,
        "quantity": quantity,
        "text": text,
        "service_check": checks.choice("service_check", form.service_check, ServiceCheck),
        "check_comment": checks.text("check_comment", form.check_comment, Promise),
    }
    check_owned(session, checks, "made_to_id", Contact, form.made_to_id, account_id)
    checks.raise_if_any()
    return values


@writes
def save_promise(
    session: Session,
    form: PromiseForm,
    *,
    account_id: int,
    record_id: int | None = None,
    expected_version: int | None = None,
) -> int:
    """Create or update a promise of ``account_id``; return its id (flushed, not
    committed). Raises ``FormInvalidError``, ``StaleRecordError``, ``NotFoundError``."""
    values = _validated(session, form, account_id)
    return save_account_row(
        session,
        Promise,
        values,
        account_id=account_id,
        record_id=record_id,
        expected_version=expected_version,
    )
