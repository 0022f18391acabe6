"""An account's contracts with their computed dates and package, as plain data."""

from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, or_, select
from sqlalchemy.orm import Session

from app.domain.contract_dates import ContractDates, ContractTerms, contract_dates
from app.model import Contract, ContractStatus, ServicePackage
from app.money import Money

LIVE_STATUSES = (ContractStatus.ACTIVE,)


@dataclass(frozen=True, slots=True)
class ContractView:
    id: int
    account_id: int
    number: str
    title: str
    status: ContractStatus
    package_id: int | None
    package_name: str | None
    annual_value: Money
    start: date
    signed_on: date | None
    auto_renew_months: int | None
    dates: ContractDates

    @property
    def live(self) -> bool:
        """Active and not past its (rolled) end."""
        return self.status in LIVE_STATUSES and not self.dates.expired


def terms_of(contract: Contract) -> ContractTerms:
    """The date-relevant fields of a contract row."""
    return ContractTerms(
        contract.start_date,
        contract.end_date,
        contract.notice_period,
        contract.notice_unit,
        contract.auto_renew_months,
    )


CONTRACT_COLUMNS = (
    Contract.id,
    Contract.account_id,
    Contract.number,
    Contract.title,
    Contract.status,
    Contract.package_id,
    ServicePackage.name,
    Contract.annual_value_minor,
    Contract.currency,
    Contract.start_date,
    Contract.end_date,
    Contract.notice_period,
    Contract.notice_unit,
    Contract.auto_renew_months,
    Contract.signed_on,
)


def contract_views(
    session: Session, today: date, *conditions: ColumnElement[bool]
) -> list[ContractView]:
    """Contracts matching ``conditions`` with their dates as of ``today``, in one query,
    newest start first."""
    rows = session.execute(
        select(*CONTRACT_COLUMNS)
        .outerjoin(ServicePackage, Contract.package_id == ServicePackage.id)
        .where(*conditions)
        .order_by(Contract.start_date.desc(), Contract.id.desc())
    ).all()
    return [
        ContractView(
            id=row.id,
            account_id=row.account_id,
            number=row.number,
            title=row.title,
            status=row.status,
            package_id=row.package_id,
            package_name=row.name,
            annual_value=Money.from_minor(row.annual_value_minor, row.currency),
            start=row.start_date,
            signed_on=row.signed_on,
            auto_renew_months=row.auto_renew_months,
            dates=contract_dates(
                ContractTerms(
                    row.start_date,
                    row.end_date,
                    row.notice_period,
                    row.notice_unit,
                    row.auto_renew_months,
                ),
                today,
            ),
        )
        for row in rows
    ]


def account_contracts(session: Session, account_id: int, today: date) -> list[ContractView]:
    """Every contract of the account, newest start first."""
    return contract_views(session, today, Contract.account_id == account_id)


def main_contract(views: list[ContractView]) -> ContractView | None:
    """The contract the renewal talk is about: the live one with the highest annual value
    (ties: the one ending first); else the most recent one."""
    live = [view for view in views if view.live]
    if live:
        return min(
            live,
            key=lambda view: (
                -view.annual_value.amount,
                view.dates.term_end or date.max,
                view.id,
            ),
        )
    return views[0] if views else None


def annual_value(views: list[ContractView]) -> list[Money]:
    """Annual value of the live contracts, one sum per currency (never mixed)."""
    totals: dict[str, Money] = {}
    for view in views:
        if view.live:
            currency = view.annual_value.currency
            totals[currency] = totals.get(currency, Money.zero(currency)) + view.annual_value
    return [totals[key] for key in sorted(totals)]


def live_packages(session: Session, today: date) -> dict[int, set[int]]:
    """Package ids of every account's live contracts (active and not past a fixed end)."""
    found: dict[int, set[int]] = {}
    for account_id, package_id in session.execute(
        select(Contract.account_id, Contract.package_id).where(
            Contract.status == ContractStatus.ACTIVE,
            Contract.package_id.is_not(None),
            or_(
                Contract.end_date.is_(None),
                Contract.end_date >= today,
                Contract.auto_renew_months.is_not(None),
            ),
        )
    ):
        found.setdefault(account_id, set()).add(package_id)
    return found
