"""The service-package form (catalog): a package and its items, edited and saved together."""

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.model import Contract, ItemKind, PackageItem, ServicePackage, utcnow
from app.money import DEFAULT_CURRENCY, Money, from_minor
from app.records.checks import FieldChecks
from app.records.rows import assign, open_row, other_than, row_for_update, saving
from app.storage.write_turn import writes


@dataclass(frozen=True, slots=True)
class PackageItemForm:
    """One promise of the package: included, or billable at ``price``."""

    kind: ItemKind
    quantity: Decimal = Decimal(1)
    included: bool = True
    price: Decimal | None = None  # billable items only, in the package's currency
    description: str = ""
    id: int | None = None  # the stored item this row edits; None for a new row


@dataclass(frozen=True, slots=True)
class ServicePackageForm:
    name: str
    annual_price: Decimal = Decimal(0)
    currency: str = DEFAULT_CURRENCY
    description: str = ""
    items: tuple[PackageItemForm, ...] = ()

    @classmethod
    def blank(cls, currency: str = DEFAULT_CURRENCY) -> "ServicePackageForm":
        return cls(name="", currency=currency)


@dataclass(frozen=True, slots=True)
class PackageItemView:
    id: int
    kind: ItemKind
    quantity: Decimal
    included: bool
    price: Money | None
    description: str


@dataclass(frozen=True, slots=True)
class ServicePackageView:
    id: int
    version: int
    name: str
    description: str
    annual_price: Money
    items: tuple[PackageItemView, ...]
    contracts: int  # how many contracts use it (a package in use cannot be deleted)


def list_packages(session: Session) -> list[ServicePackageView]:
    """Every package by name, with its items and how many contracts use it; one query."""
    in_use = (
        select(func.count(Contract.id))
        .where(Contract.package_id == ServicePackage.id)
        .correlate(ServicePackage)
        .scalar_subquery()
    )
    rows = session.execute(
        select(
            ServicePackage.id,
            ServicePackage.version,
            ServicePackage.name,
            ServicePackage.description,
            ServicePackage.annual_price_minor,
            ServicePackage.currency,
            in_use.label("contracts"),
            PackageItem.id.label("item_id"),
            PackageItem.kind,
            PackageItem.quantity,
            PackageItem.included,
            PackageItem.price_minor,
            PackageItem.currency.label("item_currency"),
            PackageItem.description.label("item_description"),
        )
        .outerjoin(PackageItem, PackageItem.package_id == ServicePackage.id)
        .order_by(func.lower(ServicePackage.name), ServicePackage.id, PackageItem.id)
    ).all()
    items: dict[int, list[PackageItemView]] = {}
    for row in rows:
        found = items.setdefault(row.id, [])
        if row.item_id is not None:
            price = row.price_minor
            found.append(
                PackageItemView(
                    id=row.item_id,
                    kind=row.kind,
                    quantity=row.quantity,
                    included=bool(row.included),
                    price=None if price is None else Money.from_minor(price, row.item_currency),
                    description=row.item_description,
                )
            )
    views: dict[int, ServicePackageView] = {}
    for row in rows:
        if row.id not in views:
            views[row.id] = ServicePackageView(
                id=row.id,
                version=row.version,
                name=row.name,
                description=row.description,
                annual_price=Money.from_minor(row.annual_price_minor, row.currency),
                items=tuple(items[row.id]),
                contracts=row.contracts,
            )
    return list(views.values())


def load_package(session: Session, package_id: int) -> tuple[ServicePackageForm, int]:
    row = open_row(session, ServicePackage, package_id, children=ServicePackage.items)
    form = ServicePackageForm(
        name=row.name,
        annual_price=from_minor(row.annual_price_minor, row.currency),
        currency=row.currency,
        description=row.description,
        items=tuple(
            PackageItemForm(
                kind=item.kind,
                quantity=item.quantity,
                included=item.included,
                price=None
                if item.price_minor is None
                else from_minor(item.price_minor, item.currency),
                description=item.description,
                id=item.id,
            )
            for item in row.items
        ),
    )
    return form, row.version


def _check_item(
    checks: FieldChecks, index: int, item: PackageItemForm, currency: str | None
) -> dict[str, object]:
    kind = item.kind.value.replace("_", " ") if isinstance(item.kind, ItemKind) else ""
    row = checks.row("items", index, f"item {index + 1}{', ' + kind if kind else ''}")
    price: int | None = None
    if item.included and item.price is not None:
        row.fail("price", "an included item has no price; clear it or make the item billable")
    elif not item.included and item.price is None:
        row.fail("price", "a billable item needs a price")
    elif item.price is not None:
        price = row.money("price", item.price, currency)
    return {
        "kind": row.choice("kind", item.kind, ItemKind),
        "quantity": row.measure("quantity", item.quantity, PackageItem),
        "included": bool(item.included),
        "price_minor": price,
        "currency": currency,
        "description": row.text("description", item.description, PackageItem),
    }


def _validated(
    session: Session, form: ServicePackageForm, record_id: int | None
) -> tuple[dict[str, object], list[tuple[int | None, dict[str, object]]]]:
    checks = FieldChecks()
    name = checks.text("name", form.name, ServicePackage, required=True)
    currency = checks.currency("currency", form.currency)
    values: dict[str, object] = {
        "name": name,
        "description": checks.text("description", form.description, ServicePackage),
        "annual_price_minor": checks.money("annual_price", form.annual_price, currency),
        "currency": currency,
    }
    items = [
        (item.id, _check_item(checks, index, item, currency))
        for index, item in enumerate(form.items)
    ]
    if not checks.failed("name"):
        taken = session.scalar(
            select(ServicePackage.id).where(
                ServicePackage.name == name,
                other_than(ServicePackage, record_id),
            )
        )
        if taken is not None:
            checks.fail("name", f"{name} is already used by another service package")
    checks.raise_if_any()
    return values, items


def _apply_items(row: ServicePackage, wanted: list[tuple[int | None, dict[str, object]]]) -> None:
    """Rows with an id update that item, rows without add one; missing items go."""
    stored = {item.id: item for item in row.items}
    keep = {item_id for item_id, _ in wanted if item_id is not None}
    for stored_id, item in stored.items():
        if stored_id not in keep:
            row.items.remove(item)
    for item_id, values in wanted:
        if item_id is not None and item_id in stored:
            assign(stored[item_id], values)
        else:
            row.items.append(PackageItem(**values))


@writes
def save_package(
    session: Session,
    form: ServicePackageForm,
    *,
    record_id: int | None = None,
    expected_version: int | None = None,
) -> int:
    """Create or update a service package with its items; return its id (flushed, not
    committed). Raises ``FormInvalidError``, ``StaleRecordError``, ``NotFoundError``."""
    values, items = _validated(session, form, record_id)
    with saving(session) as saved:
        if record_id is None:
            row = ServicePackage(**values)
            session.add(row)
        else:
            row = row_for_update(
                session,
                ServicePackage,
                record_id,
                account_id=None,
                expected_version=expected_version,
                children=ServicePackage.items,
            )
            assign(row, values)
            # Items are part of the package: any save moves the package's version on.
            row.updated_at = utcnow()
        _apply_items(row, items)
        saved.row = row
    return saved.record_id
