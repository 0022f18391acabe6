"""Fill an empty workspace with the deterministic demo: the showcase, then bulk accounts."""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from app.demo.catalog import PACKAGES, add_catalog
from app.demo.facts import account_rng
from app.demo.scale import add_bulk_account, bulk_number
from app.demo.showcase import SHOWCASE, add_showcase
from app.demo.writer import DemoRows
from app.domain.ledger_categories import ensure_ledger_categories
from app.errors import InvalidValueError, KamDeskError
from app.model import Account, LedgerCategory, ServicePackage

# How often (in accounts) the bulk part reports progress and may write its buffer.
PROGRESS_EVERY = 100


class WorkspaceNotEmptyError(KamDeskError):
    """The demo goes into an empty workspace only, so it never mixes with real data."""


@dataclass(frozen=True)
class DemoSummary:
    """How many rows of each kind ``generate_demo`` wrote."""

    accounts: int
    contacts: int
    contracts: int
    budget_cycles: int
    ledger_entries: int
    technician_notes: int
    incidents: int
    touchpoints: int
    promises: int
    negotiations: int
    packages: int
    follow_ups: int


def generate_demo(
    session: Session,
    *,
    today: date,
    accounts: int | None = None,
    seed: int = 1,
    progress: Callable[[int, int], None] | None = None,
) -> DemoSummary:
    """Write the demo workspace into ``session`` (flushed, not committed) and count it.

    ``accounts=None`` writes the 12 curated showcase accounts (see
    ``app.demo.showcase``); ``accounts <= 12`` the first that many; more adds
    generated accounts up to ``accounts``. The same ``today``, ``accounts`` and
    ``seed`` always give identical rows: every date is relative to ``today`` and
    every created/updated stamp is midnight UTC of ``today``. ``progress(done,
    total)`` is called now and then with accounts written so far.

    Raises ``InvalidValueError`` (field "accounts") for fewer than one account and
    ``WorkspaceNotEmptyError`` when the workspace already holds accounts or one of
    the demo's package names; nothing is written then.
    """
    total = len(SHOWCASE) if accounts is None else accounts
    if total < 1:
        raise InvalidValueError("accounts", f"at least 1 account is needed, got {total}")
    _refuse_non_empty(session)
    stamp = datetime.combine(today, time(0), tzinfo=UTC)
    _ensure_categories(session, stamp)
    category_ids = {
        key: category_id
        for key, category_id in session.execute(select(LedgerCategory.key, LedgerCategory.id))
    }
    rows = DemoRows(session, stamp, category_ids)
    catalog = add_catalog(rows)
    showcase_count = min(total, len(SHOWCASE))
    add_showcase(rows, catalog, today=today, seed=seed, count=showcase_count)
    rows.flush()
    if progress is not None:
        progress(showcase_count, total)
    for position in range(showcase_count + 1, total + 1):
        number = bulk_number(position)
        add_bulk_account(
            rows, account_rng(seed, number), today=today, customer_number=number, catalog=catalog
        )
        if position % PROGRESS_EVERY == 0:
            rows.flush_if_full()
            if progress is not None:
                progress(position, total)
    rows.flush()
    if progress is not None and total > showcase_count:
        progress(total, total)
    counts = rows.counts
    return DemoSummary(
        accounts=counts["account"],
        contacts=counts["contact"],
        contracts=counts["contract"],
        budget_cycles=counts["budget_cycle"],
        ledger_entries=counts["free_service"],
        technician_notes=counts["technician_note"],
        incidents=counts["incident"],
        touchpoints=counts["touchpoint"],
        promises=counts["promise"],
        negotiations=counts["negotiation"],
        packages=counts["service_package"],
        follow_ups=counts["follow_up"],
    )


def _refuse_non_empty(session: Session) -> None:
    existing = session.scalar(select(func.count()).select_from(Account)) or 0
    if existing:
        raise WorkspaceNotEmptyError(
            f"the workspace already holds {existing} account(s); demo data is only "
            "generated into an empty workspace, so it never mixes with real data"
        )
    names = [spec.name for spec in PACKAGES]
    clash = session.scalar(select(ServicePackage.name).where(ServicePackage.name.in_(names)))
    if clash is not None:
        raise WorkspaceNotEmptyError(
            f"the catalog already has a service package named {clash!r}; demo data is "
            "only generated into an empty workspace"
        )


def _ensure_categories(session: Session, stamp: datetime) -> None:
    """Add the standard ledger categories; stamp the added ones so reruns stay identical."""
    existing = list(session.scalars(select(LedgerCategory.key)))
    ensure_ledger_categories(session)
    session.execute(
        update(LedgerCategory)
        .where(LedgerCategory.key.not_in(existing))
        .values(created_at=stamp, updated_at=stamp)
    )
    session.flush()
