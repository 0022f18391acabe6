"""The standard free-service categories every new workspace starts with (editable data)."""

from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.model import LedgerCategory


class CategorySeed(NamedTuple):
    key: str
    label_en: str
    label_de: str


DEFAULT_LEDGER_CATEGORIES: tuple[CategorySeed, ...] = (
    CategorySeed(
        "delivery_in_person",
        "Spare part / tool delivered in person",
        "Ersatzteil / Werkzeug persönlich geliefert",
    ),
    CategorySeed(
        "profitability_calculation",
        "Profitability / ROI calculation",
        "Wirtschaftlichkeitsberechnung",
    ),
    CategorySeed(
        "order_cancellation",
        "Order cancelled and restocked",
        "Fehlbestellung storniert und zurückgenommen",
    ),
    CategorySeed("training", "Extra training", "Zusätzliche Schulung"),
    CategorySeed("on_site_support", "On-site support", "Unterstützung vor Ort"),
    CategorySeed("software_adaptation", "Software adaptation", "Software-Anpassung"),
    CategorySeed("machine_adjustment", "Machine adjustment", "Maschineneinstellung"),
    CategorySeed("expedited_delivery", "Expedited delivery", "Eillieferung"),
    CategorySeed("loan_equipment", "Loan equipment", "Leihgerät"),
    CategorySeed("consulting", "Consulting", "Beratung"),
    CategorySeed("other", "Other", "Sonstiges"),
)


def ensure_ledger_categories(session: Session) -> int:
    """Add the standard categories that are missing (by key); return how many were added.

    Categories the user renamed or deactivated are left as they are.
    """
    existing = set(session.scalars(select(LedgerCategory.key)))
    added = 0
    for order, seed in enumerate(DEFAULT_LEDGER_CATEGORIES):
        if seed.key in existing:
            continue
        session.add(
            LedgerCategory(
                key=seed.key,
                label_en=seed.label_en,
                label_de=seed.label_de,
                sort_order=(order + 1) * 10,
            )
        )
        added += 1
    session.flush()
    return added
