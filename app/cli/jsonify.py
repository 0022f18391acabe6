"""Plain JSON for the core's dataclasses: money as exact strings, dates in ISO 8601."""

import dataclasses
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

from app.money import Money


def jsonable(value: Any) -> Any:
    """Convert dataclasses, Money, Decimal, dates and enums into JSON-ready values."""
    if isinstance(value, Money):
        return {"amount": str(value.amount), "currency": value.currency}
    if isinstance(value, Enum):
        return value.value if not isinstance(value.value, int) else value.name.lower()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {
            field.name: jsonable(getattr(value, field.name)) for field in dataclasses.fields(value)
        }
    if isinstance(value, list | tuple):
        return [jsonable(item) for item in value]
    if isinstance(value, dict):
        return {str(key): jsonable(item) for key, item in value.items()}
    return value
