"""The unit a promised quantity counts in ("4 h", "2 visits a year"), by the kind of service."""

from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from app.domain.wording import Language
from app.formatting import number
from app.model import ItemKind

CONTEXT = "PromisedQuantity"


def unit_of(kind: ItemKind | None, *, one: bool = False) -> str:
    """ "h", "visits a year", "days" ("visit a year", "day" for ``one``), or "" for a kind
    counted without a unit."""
    if kind in (ItemKind.RESPONSE_TIME_HOURS, ItemKind.SPARE_PARTS_HOURS):
        return QCoreApplication.translate(CONTEXT, "h")
    if kind is ItemKind.MAINTENANCE_VISITS:
        if one:
            return QCoreApplication.translate(CONTEXT, "visit a year")
        return QCoreApplication.translate(CONTEXT, "visits a year")
    if kind is ItemKind.TRAINING_DAYS:
        if one:
            return QCoreApplication.translate(CONTEXT, "day")
        return QCoreApplication.translate(CONTEXT, "days")
    return ""


def quantity_text(kind: ItemKind | None, quantity: Decimal, language: Language) -> str:
    """ "4 h", "2 visits a year", "3" (no-break space before the unit)."""
    unit = unit_of(kind, one=quantity == 1)
    figure = number(quantity, language)
    return f"{figure}\u00a0{unit}" if unit else figure
