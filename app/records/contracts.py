"""The contract form: term, notice, renewal, value and the service package bought."""

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.clock import local_today
from app.domain.contract_dates import ContractDates, ContractTerms, contract_dates, subtract_notice
from app.domain.contracts import LIVE_STATUSES
from app.model import Contract, ContractStatus, PeriodUnit, ServicePackage
from app.money import DEFAULT_CURRENCY, Money, from_minor
from app.records.checks import FieldChecks
from app.records.rows import (
    open_row,
    other_than,
    save_account_row,
)
from app.storage.write_turn import writes

NOTICE_LIMITS = {PeriodUnit.MONTHS: 36, PeriodUnit.DAYS: 1095}
MAX_RENEW_MONTHS = 60


@dataclass(frozen=True, slots=True)
class ContractForm:
    number: str
    start_date: date
    title: str = ""
    end_date: date | None = None  # None: open-ended
    notice_period: int = 3
    notice_unit: PeriodUnit = PeriodUnit.MONTHS
    auto_renew_months: int | None = None  # None: ends at end_date
    annual_value: Decimal = Decimal(0)
    currency: str = DEFAULT_CURRENCY
    package_id: int | None = None
    status: ContractStatus = ContractStatus.DRAFT
    signed_on: date | None = None
    notes: str = ""

    @classmethod
    def blank(cls, start_date: date, currency: str = DEFAULT_CURRENCY) -> "ContractForm":
        return cls(number="", start_date=start_date, currency=currency)


@dataclass(frozen=True, slots=True)
class ContractView:
    id: int
    version: int
    number: str
    title: str
    status: ContractStatus
    start_date: date
    end_date: date | None
    notice_period: int
    notice_unit: PeriodUnit
    auto_renew_months: int | None
    annual_value: Money
    package_id: int | None
    package_name: str | None
    signed_on: date | None
    dates: ContractDates  # computed for ``today``, never stored

    @property
    def live(self) -> bool:
        return self.status in LIVE_STATUSES and not self.dates.expired


def list_contracts(
    session: Session, account_id: int, *, today: date | None = None
) -> list[ContractView]:
    """The account's contracts, newest start first, with their dates as of ``today``
    (default: the local calendar day), in one query."""
    today = today or local_today()
    rows = session.execute(
        select(
            Contract.id,
            Contract.version,
            Contract.number,
            Contract.title,
            Contract.status,
            Contract.start_date,
            Contract.end_date,
            Contract.notice_period,
            Contract.notice_unit,
            Contract.auto_renew_months,
            Contract.annual_value_minor,
            Contract.currency,
            Contract.package_id,
            ServicePackage.name.label("package_name"),
            Contract.signed_on,
        )
        .outerjoin(ServicePackage, Contract.package_id == ServicePackage.id)
        .where(Contract.account_id == account_id)
        .order_by(Contract.start_date.desc(), Contract.id.desc())
    )
    views = []
    for row in rows:
        terms = ContractTerms(
            row.start_date, row.end_date, row.notice_period, row.notice_unit, row.auto_renew_months
        )
        views.append(
            ContractView(
                id=row.id,
                version=row.version,
                number=row.number,
                title=row.title,
                status=row.status,
                start_date=row.start_date,
                end_date=row.end_date,
                notice_period=row.notice_period,
                notice_unit=row.notice_unit,
                auto_renew_months=row.auto_renew_months,
                annual_value=Money.from_minor(row.annual_value_minor, row.currency),
                package_id=row.package_id,
                package_name=row.package_name,
                signed_on=row.signed_on,
                dates=contract_dates(terms, today),
            )
        )
    return views


def load_contract(session: Session, contract_id: int) -> tuple[ContractForm, int]:
    row = open_row(session, Contract, contract_id)
    form = ContractForm(
        number=row.number,
        start_date=row.start_date,
        title=row.title,
        end_date=row.end_date,
        notice_period=row.notice_period,
        notice_unit=row.notice_unit,
        auto_renew_months=row.auto_renew_months,
        annual_value=from_minor(row.annual_value_minor, row.currency),
        currency=row.currency,
        package_id=row.package_id,
        status=row.status,
        signed_on=row.signed_on,
        notes=row.notes,
    )
    return form, row.version


def _check_terms(checks: FieldChecks, form: ContractForm) -> None:
    start, end = checks.day("start_date", form.start_date), form.end_date
    if start is not None and end is not None and end < start:
        checks.fail("end_date", f"must be on or after the start date ({start:%Y-%m-%d})")
    unit = checks.choice("notice_unit", form.notice_unit, PeriodUnit)
    notice = None
    if unit is not None:
        notice = checks.whole("notice_period", form.notice_period, 0, NOTICE_LIMITS[unit], unit)
    if form.auto_renew_months is not None:
        checks.whole("auto_renew_months", form.auto_renew_months, 1, MAX_RENEW_MONTHS, "months")
        if end is None:
            checks.fail("auto_renew_months", "needs an end date (an open-ended contract runs on)")
    if start and end and end >= start and unit is not None and notice is not None:
        deadline = subtract_notice(end, notice, unit)
        if deadline < start:
            checks.fail(
                "notice_period",
                f"longer than the term: notice would be due on {deadline:%Y-%m-%d}, "
                f"before the start date",
            )


def _validated(
    session: Session, form: ContractForm, account_id: int, record_id: int | None
) -> dict[str, object]:
    checks = FieldChecks()
    number = checks.text("number", form.number, Contract, required=True)
    _check_terms(checks, form)
    currency = checks.currency("currency", form.currency)
    values: dict[str, object] = {
        "number": number,
        "title": checks.text("title", form.title, Contract),
        "start_date": form.start_date,
        "end_date": form.end_date,
        "notice_period": form.notice_period,
        "notice_unit": form.notice_unit,
        "auto_renew_months": form.auto_renew_months,
        "annual_value_minor": checks.money("annual_value", form.annual_value, currency),
        "currency": currency,
        "package_id": form.package_id,
        "status": checks.choice("status", form.status, ContractStatus),
        "signed_on": form.signed_on,
        "notes": checks.text("notes", form.notes, Contract),
    }
    if form.package_id is not None and session.get(ServicePackage, form.package_id) is None:
        checks.fail("package_id", "the chosen package no longer exists")
    if not checks.failed("number"):
        taken = session.execute(
            select(Contract.title).where(
                Contract.account_id == account_id,
                Contract.number == number,
                other_than(Contract, record_id),
            )
        ).first()
        if taken is not None:
            other = f" ({taken.title})" if taken.title else ""
            checks.fail("number", f"{number} is already used by another contract{other}")
    checks.raise_if_any()
    return values


@writes
def save_contract(
    session: Session,
    form: ContractForm,
    *,
    account_id: int,
    record_id: int | None = None,
    expected_version: int | None = None,
) -> int:
    """Create or update a contract of ``account_id``; return its id (flushed, not committed).

    Raises ``FormInvalidError``, ``StaleRecordError``, ``NotFoundError``."""
    values = _validated(session, form, account_id, record_id)
    return save_account_row(
        session,
        Contract,
        values,
        account_id=account_id,
        record_id=record_id,
        expected_version=expected_version,
    )
