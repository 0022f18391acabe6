"""Promises checked against the package: over-promising is how renewals are lost.

A promise is covered when a live contract's package includes an item of its
kind at least as generous; everything else is flagged, with the reason.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.model import Contact, ItemKind, PackageItem, Promise, ServiceCheck

# For these kinds a smaller number is the better service (hours to respond or deliver).
HOURS_KINDS = frozenset({ItemKind.RESPONSE_TIME_HOURS, ItemKind.SPARE_PARTS_HOURS})
# For these a larger number is more service (visits, days).
COUNT_KINDS = frozenset({ItemKind.MAINTENANCE_VISITS, ItemKind.TRAINING_DAYS})


class Coverage(StrEnum):
    COVERED = "covered"
    NO_PACKAGE = "no_package"  # no live contract with a package
    NOT_IN_PACKAGE = "not_in_package"
    BILLABLE = "billable"  # in the package, but charged for
    EXCEEDS_PACKAGE = "exceeds_package"  # faster or more than the package says
    FREE_TEXT = "free_text"  # no item kind: cannot be matched, so it is flagged


@dataclass(frozen=True, slots=True)
class PackagePromise:
    """One item of a package, as far as promise checks need it."""

    kind: ItemKind
    quantity: Decimal
    included: bool


@dataclass(frozen=True, slots=True)
class PromiseCheck:
    id: int
    account_id: int
    promised_on: date
    made_by: str
    made_to: str | None
    item_kind: ItemKind | None
    quantity: Decimal | None
    text: str
    coverage: Coverage
    package_quantity: Decimal | None  # what the package says, for the message
    service_check: ServiceCheck
    check_comment: str

    @property
    def covered(self) -> bool:
        return self.coverage is Coverage.COVERED


def coverage_of(
    kind: ItemKind | None, quantity: Decimal | None, items: Iterable[PackagePromise]
) -> tuple[Coverage, Decimal | None]:
    """Whether a promise of ``quantity`` × ``kind`` is covered by ``items``, and the package's
    own quantity for that kind (best included one) if any."""
    items = list(items)
    if kind is None:
        return Coverage.FREE_TEXT, None
    if not items:
        return Coverage.NO_PACKAGE, None
    same = [item for item in items if item.kind is kind]
    if not same:
        return Coverage.NOT_IN_PACKAGE, None
    included = [item for item in same if item.included]
    if not included:
        return Coverage.BILLABLE, min(item.quantity for item in same)
    if kind in HOURS_KINDS:
        best = min(item.quantity for item in included)
        if quantity is not None and quantity < best:
            return Coverage.EXCEEDS_PACKAGE, best
        return Coverage.COVERED, best
    best = max(item.quantity for item in included)
    if kind in COUNT_KINDS and quantity is not None and quantity > best:
        return Coverage.EXCEEDS_PACKAGE, best
    return Coverage.COVERED, best


def package_promises(
    session: Session, package_ids: Iterable[int]
) -> dict[int, list[PackagePromise]]:
    """Items per package id, in one query."""
    ids = set(package_ids)
    found: dict[int, list[PackagePromise]] = {package_id: [] for package_id in ids}
    if not ids:
        return found
    rows = session.execute(
        select(
            PackageItem.package_id, PackageItem.kind, PackageItem.quantity, PackageItem.included
        ).where(PackageItem.package_id.in_(ids))
    ).all()
    for package_id, kind, quantity, included in rows:
        found[package_id].append(PackagePromise(kind, Decimal(quantity), bool(included)))
    return found


def check_promises(
    session: Session,
    account_ids: Iterable[int] | None,
    live_packages: dict[int, set[int]],
    *,
    unconfirmed_only: bool = False,
) -> list[PromiseCheck]:
    """Every promise of the given accounts (all when None), checked against the packages of
    each account's live contracts (``live_packages``: account id -> package ids);
    ``unconfirmed_only`` leaves out promises service has confirmed it can keep."""
    query = (
        select(
            Promise.id,
            Promise.account_id,
            Promise.promised_on,
            Promise.made_by,
            Contact.name.label("made_to"),
            Promise.item_kind,
            Promise.quantity,
            Promise.text,
            Promise.service_check,
            Promise.check_comment,
        )
        .outerjoin(Contact, Promise.made_to_id == Contact.id)
        .order_by(Promise.promised_on, Promise.id)
    )
    if account_ids is not None:
        query = query.where(Promise.account_id.in_(list(account_ids)))
    if unconfirmed_only:
        query = query.where(Promise.service_check != ServiceCheck.CONFIRMED)
    rows = session.execute(query).all()
    all_packages = {pid for pids in live_packages.values() for pid in pids}
    items_by_package = package_promises(session, all_packages)
    checks = []
    for row in rows:
        items = [
            item
            for package_id in live_packages.get(row.account_id, ())
            for item in items_by_package.get(package_id, [])
        ]
        coverage, package_quantity = coverage_of(row.item_kind, row.quantity, items)
        checks.append(
            PromiseCheck(
                id=row.id,
                account_id=row.account_id,
                promised_on=row.promised_on,
                made_by=row.made_by,
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
    return checks
