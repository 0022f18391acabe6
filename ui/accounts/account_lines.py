"""Account rows made ready for the list on the worker thread: display texts, search key and
sort keys are worked out once there, so painting, typing and sorting stay cheap."""

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy.orm import Session

from app.domain.account_list import AccountRow, account_rows
from app.domain.health import Health
from app.domain.wording import Language
from app.formatting import day, money
from app.model import AccountStatus
from app.money import Money
from ui.folding import fold, search_key
from ui.key_dates import key_date_text
from ui.lights import light_name

NO_VALUE = "—"

MoneyKey = tuple[int, str, Decimal]


@dataclass(frozen=True, slots=True)
class AccountLine:
    row: AccountRow
    search_key: str
    name_key: str
    city_key: str
    next_key_date: str
    annual_value: str
    free_value: str
    free_since: str  # the first day of the period the free value counts
    health_tip: str


def health_tip(health: Health, language: Language) -> str:
    """ "Amber: no contact for 75 days; 1 open complaint" — the light and every reason."""
    reasons = "; ".join(reason.sentence(language) for reason in health.reasons)
    return f"{light_name(health.light)}: {reasons or health.summary(language)}"


def money_text(values: tuple[Money, ...], language: Language) -> str:
    """Whole units, currencies side by side (they are never added up)."""
    if not values:
        return NO_VALUE
    return " + ".join(money(value, language, cents=False) for value in values)


def money_key(values: tuple[Money, ...]) -> MoneyKey:
    """No value sorts before any value; currencies are not converted, so they sort apart."""
    if not values:
        return (0, "", Decimal(0))
    return (1, values[0].currency, values[0].amount)


def next_date_key(row: AccountRow) -> date:
    return row.next_key_date.on if row.next_key_date is not None else date.max


def account_line(row: AccountRow, language: Language) -> AccountLine:
    return AccountLine(
        row=row,
        search_key=search_key(row.name, row.city, row.customer_number),
        name_key=fold(row.name),
        city_key=fold(row.city),
        next_key_date=key_date_text(row.next_key_date, language) if row.next_key_date else "",
        annual_value=money_text(row.annual_value, language),
        free_value=money_text(row.free_value, language),
        free_since=day(row.period_start, language),
        health_tip=health_tip(row.health, language),
    )


def load_account_lines(session: Session, today: date, language: Language) -> list[AccountLine]:
    """Every account for the list but the archived ones, ready to show (runs on the database
    worker). Archived accounts stay findable with the quick switcher (Ctrl+K)."""
    return [
        account_line(row, language)
        for row in account_rows(session, today)
        if row.status is not AccountStatus.ARCHIVED
    ]
