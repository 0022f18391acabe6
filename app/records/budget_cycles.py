"""The budget-date form: the customer's planning recurrence with its per-year overrides,
edited and saved together."""

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.clock import local_today
from app.domain.budget_cycles import BudgetOccurrence, YearOverride, check_rrule, next_occurrence
from app.model import BudgetCycle, BudgetOverride, utcnow
from app.records.checks import FieldChecks
from app.records.rows import assign, open_row, require_account, row_for_update, saving
from app.storage.write_turn import writes

MAX_LEAD_DAYS = 366


@dataclass(frozen=True, slots=True)
class BudgetOverrideForm:
    """One year's exception: planning moved to ``planned_on``, or cancelled that year."""

    year: int
    planned_on: date | None = None
    cancelled: bool = False
    notes: str = ""


@dataclass(frozen=True, slots=True)
class BudgetCycleForm:
    label: str
    first_date: date
    rrule: str = "FREQ=YEARLY"
    lead_days: int = 45
    decision_makers: str = ""
    notes: str = ""
    overrides: tuple[BudgetOverrideForm, ...] = ()

    @classmethod
    def blank(cls, first_date: date) -> "BudgetCycleForm":
        return cls(label="", first_date=first_date)


@dataclass(frozen=True, slots=True)
class BudgetCycleView:
    id: int
    version: int
    label: str
    first_date: date
    rrule: str
    lead_days: int
    decision_makers: str
    override_years: tuple[int, ...]
    next: BudgetOccurrence | None  # the next planning date on or after ``today``, computed


def list_budget_cycles(
    session: Session, account_id: int, *, today: date | None = None
) -> list[BudgetCycleView]:
    """The account's budget dates with the next planning date as of ``today`` (default:
    the local calendar day), soonest first, undated ones last; one query."""
    today = today or local_today()
    rows = session.execute(
        select(
            BudgetCycle.id,
            BudgetCycle.version,
            BudgetCycle.label,
            BudgetCycle.first_date,
            BudgetCycle.rrule,
            BudgetCycle.lead_days,
            BudgetCycle.decision_makers,
            BudgetOverride.year,
            BudgetOverride.planned_on,
        )
        .outerjoin(BudgetOverride, BudgetOverride.cycle_id == BudgetCycle.id)
        .where(BudgetCycle.account_id == account_id)
        .order_by(BudgetCycle.id, BudgetOverride.year)
    ).all()
    overrides: dict[int, dict[int, YearOverride]] = {}
    for row in rows:
        years = overrides.setdefault(row.id, {})
        if row.year is not None:
            years[row.year] = YearOverride(row.planned_on)
    views: dict[int, BudgetCycleView] = {}
    for row in rows:
        if row.id in views:
            continue
        views[row.id] = BudgetCycleView(
            id=row.id,
            version=row.version,
            label=row.label,
            first_date=row.first_date,
            rrule=row.rrule,
            lead_days=row.lead_days,
            decision_makers=row.decision_makers,
            override_years=tuple(overrides[row.id]),
            next=next_occurrence(
                row.rrule, row.first_date, row.lead_days, today, overrides[row.id]
            ),
        )

    def soonest(view: BudgetCycleView) -> tuple[date, str, int]:
        return (view.next.planned_on if view.next else date.max, view.label.casefold(), view.id)

    return sorted(views.values(), key=soonest)


def load_budget_cycle(session: Session, cycle_id: int) -> tuple[BudgetCycleForm, int]:
    row = open_row(session, BudgetCycle, cycle_id, children=BudgetCycle.overrides)
    form = BudgetCycleForm(
        label=row.label,
        first_date=row.first_date,
        rrule=row.rrule,
        lead_days=row.lead_days,
        decision_makers=row.decision_makers,
        notes=row.notes,
        overrides=tuple(
            BudgetOverrideForm(o.year, o.planned_on, o.cancelled, o.notes) for o in row.overrides
        ),
    )
    return form, row.version


def _check_override(
    checks: FieldChecks, index: int, override: BudgetOverrideForm, seen: set[int]
) -> dict[str, object]:
    row = checks.row("overrides", index, f"override for {override.year}")
    year = row.whole("year", override.year, 1900, 2999, grouped=False)
    if year is not None and year in seen:
        row.fail("year", f"{year} is listed twice")
    if year is not None:
        seen.add(year)
    planned = override.planned_on
    if override.cancelled and planned is not None:
        row.fail("planned_on", "leave it empty when the year's planning is cancelled")
    elif not override.cancelled and planned is None:
        row.fail("planned_on", "give the moved date, or mark the year cancelled")
    elif planned is not None and year is not None and abs(planned.year - year) > 1:
        row.fail("planned_on", f"{planned:%Y-%m-%d} is more than a year away from {year}")
    return {
        "planned_on": planned,
        "cancelled": bool(override.cancelled),
        "notes": row.text("notes", override.notes, BudgetOverride),
    }


def _validated(
    form: BudgetCycleForm,
) -> tuple[dict[str, object], dict[int, dict[str, object]]]:
    checks = FieldChecks()
    first = checks.day("first_date", form.first_date)
    rule = form.rrule
    if first is not None:
        with checks.rule("rrule"):
            rule = check_rrule(form.rrule, first, "rrule")
    values: dict[str, object] = {
        "label": checks.text("label", form.label, BudgetCycle, required=True),
        "first_date": first,
        "rrule": rule,
        "lead_days": checks.whole("lead_days", form.lead_days, 0, MAX_LEAD_DAYS, "days"),
        "decision_makers": checks.text("decision_makers", form.decision_makers, BudgetCycle),
        "notes": checks.text("notes", form.notes, BudgetCycle),
    }
    seen: set[int] = set()
    overrides = {
        override.year: _check_override(checks, index, override, seen)
        for index, override in enumerate(form.overrides)
    }
    checks.raise_if_any()
    return values, overrides


def _apply_overrides(row: BudgetCycle, wanted: dict[int, dict[str, object]]) -> None:
    """Match overrides by year: update kept years, add new ones, drop the rest."""
    by_year = {override.year: override for override in row.overrides}
    for year, override in by_year.items():
        if year not in wanted:
            row.overrides.remove(override)
    for year, values in wanted.items():
        if year in by_year:
            assign(by_year[year], values)
        else:
            row.overrides.append(BudgetOverride(year=year, **values))


@writes
def save_budget_cycle(
    session: Session,
    form: BudgetCycleForm,
    *,
    account_id: int,
    record_id: int | None = None,
    expected_version: int | None = None,
) -> int:
    """Create or update a budget date and its overrides; return its id (flushed, not
    committed). The RRULE is stored normalised (upper case, no "RRULE:" prefix).

    Raises ``FormInvalidError``, ``StaleRecordError``, ``NotFoundError``."""
    values, overrides = _validated(form)
    with saving(session) as saved:
        if record_id is None:
            require_account(session, account_id)
            row = BudgetCycle(account_id=account_id, **values)
            session.add(row)
        else:
            row = row_for_update(
                session,
                BudgetCycle,
                record_id,
                account_id=account_id,
                expected_version=expected_version,
                children=BudgetCycle.overrides,
            )
            assign(row, values)
            # Overrides are part of the cycle: a save always moves the cycle's version on,
            # so two people editing different years still see each other's save.
            row.updated_at = utcnow()
        _apply_overrides(row, overrides)
        saved.row = row
    return saved.record_id
