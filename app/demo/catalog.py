"""The demo's service catalog: three EUR packages and one Swiss package in CHF."""

from dataclasses import dataclass
from decimal import Decimal

from app.demo.account_rows import AccountRows
from app.model import ItemKind

# (kind, quantity, billable price in minor units or None when included, description)
ItemSpec = tuple[ItemKind, int, int | None, str]


@dataclass(frozen=True)
class PackageSpec:
    name: str
    currency: str
    annual_price_minor: int
    description: str
    items: tuple[ItemSpec, ...]


@dataclass(frozen=True)
class PackageTerms:
    """What the rest of the demo needs to know about a package once it is written."""

    id: int
    name: str
    currency: str
    annual_price_minor: int
    response_hours: Decimal
    maintenance_visits: int


PACKAGES: tuple[PackageSpec, ...] = (
    PackageSpec(
        "Basic",
        "EUR",
        4_900_00,
        "One maintenance visit a year, next-but-one working day response.",
        (
            (ItemKind.MAINTENANCE_VISITS, 1, None, "Annual inspection incl. travel"),
            (ItemKind.RESPONSE_TIME_HOURS, 48, None, "On-site within 48 hours"),
            (ItemKind.SPARE_PARTS_HOURS, 72, None, "Spare parts within 72 hours"),
            (ItemKind.HOTLINE, 1, None, "Hotline Mon–Fri 7:00–17:00"),
            (ItemKind.TRAINING_DAYS, 1, 1_250_00, "Operator training per day"),
        ),
    ),
    PackageSpec(
        "Premium 24",
        "EUR",
        12_800_00,
        "Two maintenance visits, on-site within 24 hours, software updates included.",
        (
            (ItemKind.MAINTENANCE_VISITS, 2, None, "Two maintenance visits a year"),
            (ItemKind.RESPONSE_TIME_HOURS, 24, None, "On-site within 24 hours"),
            (ItemKind.SPARE_PARTS_HOURS, 48, None, "Spare parts within 48 hours"),
            (ItemKind.TRAINING_DAYS, 1, None, "One training day a year"),
            (ItemKind.HOTLINE, 1, None, "Hotline Mon–Sat 6:00–22:00"),
            (ItemKind.SOFTWARE_UPDATES, 1, None, "Control and software updates"),
            (ItemKind.CONSIGNMENT_STOCK, 1, 2_400_00, "Consignment stock of wear parts"),
        ),
    ),
    PackageSpec(
        "Premium 8",
        "EUR",
        19_500_00,
        "For lines that must not stop: on-site within 8 hours, 24/7 hotline.",
        (
            (ItemKind.MAINTENANCE_VISITS, 2, None, "Two maintenance visits a year"),
            (ItemKind.RESPONSE_TIME_HOURS, 8, None, "On-site within 8 hours, 24/7"),
            (ItemKind.SPARE_PARTS_HOURS, 24, None, "Spare parts within 24 hours"),
            (ItemKind.TRAINING_DAYS, 2, None, "Two training days a year"),
            (ItemKind.HOTLINE, 1, None, "Hotline 24/7"),
            (ItemKind.SOFTWARE_UPDATES, 1, None, "Control and software updates"),
            (ItemKind.CONSIGNMENT_STOCK, 1, 2_400_00, "Consignment stock of wear parts"),
        ),
    ),
    PackageSpec(
        "Premium 24 CH",
        "CHF",
        14_200_00,
        "Swiss service package: on-site within 24 hours, calibration billable.",
        (
            (ItemKind.MAINTENANCE_VISITS, 2, None, "Two maintenance visits a year"),
            (ItemKind.RESPONSE_TIME_HOURS, 24, None, "On-site within 24 hours"),
            (ItemKind.SPARE_PARTS_HOURS, 48, None, "Spare parts within 48 hours from Winterthur"),
            (ItemKind.TRAINING_DAYS, 1, None, "One training day a year"),
            (ItemKind.HOTLINE, 1, None, "Hotline in German, French and Italian"),
            (ItemKind.OTHER, 1, 980_00, "SCS calibration certificate per machine"),
        ),
    ),
)


def _quantity_of(spec: PackageSpec, kind: ItemKind) -> int:
    return next(quantity for item_kind, quantity, _, _ in spec.items if item_kind is kind)


def add_catalog(rows: AccountRows) -> dict[str, PackageTerms]:
    """Queue every package with its items; return their terms by package name."""
    catalog: dict[str, PackageTerms] = {}
    for spec in PACKAGES:
        package_id = rows.package(
            name=spec.name,
            description=spec.description,
            annual_price_minor=spec.annual_price_minor,
            currency=spec.currency,
        )
        for kind, quantity, price_minor, description in spec.items:
            rows.package_item(
                package_id=package_id,
                kind=kind,
                quantity=Decimal(quantity),
                price_minor=price_minor,
                currency=spec.currency,
                description=description,
            )
        catalog[spec.name] = PackageTerms(
            id=package_id,
            name=spec.name,
            currency=spec.currency,
            annual_price_minor=spec.annual_price_minor,
            response_hours=Decimal(_quantity_of(spec, ItemKind.RESPONSE_TIME_HOURS)),
            maintenance_visits=_quantity_of(spec, ItemKind.MAINTENANCE_VISITS),
        )
    return catalog
