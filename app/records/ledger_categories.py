"""The ledger-category form (catalog): the kinds of free service, in English and German."""

import re
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain.wording import Language
from app.model import FreeService, LedgerCategory
from app.records.checks import FieldChecks
from app.records.rows import assign, open_row, other_than, row_for_update, saving
from app.storage.write_turn import writes

KEY_SHAPE = re.compile(r"[a-z][a-z0-9_]*")
MAX_SORT_ORDER = 1_000_000


@dataclass(frozen=True, slots=True)
class LedgerCategoryForm:
    key: str  # stable name for imports and exports: lower case, digits, "_"
    label_en: str
    label_de: str
    sort_order: int = 0
    active: bool = True  # inactive: kept on old entries, not offered for new ones

    @classmethod
    def blank(cls, sort_order: int = 0) -> "LedgerCategoryForm":
        return cls(key="", label_en="", label_de="", sort_order=sort_order)


@dataclass(frozen=True, slots=True)
class LedgerCategoryView:
    id: int
    version: int
    key: str
    label_en: str
    label_de: str
    sort_order: int
    active: bool
    entries: int  # ledger entries using it (a category in use cannot be deleted)

    def label(self, lang: Language) -> str:
        return self.label_de if lang == "de" else self.label_en


def list_ledger_categories(
    session: Session, *, include_inactive: bool = True
) -> list[LedgerCategoryView]:
    """Categories in their sort order, with how many ledger entries use each; one query."""
    entries = (
        select(func.count(FreeService.id))
        .where(FreeService.category_id == LedgerCategory.id)
        .correlate(LedgerCategory)
        .scalar_subquery()
    )
    query = select(
        LedgerCategory.id,
        LedgerCategory.version,
        LedgerCategory.key,
        LedgerCategory.label_en,
        LedgerCategory.label_de,
        LedgerCategory.sort_order,
        LedgerCategory.active,
        entries,
    ).order_by(LedgerCategory.sort_order, LedgerCategory.label_en, LedgerCategory.id)
    if not include_inactive:
        query = query.where(LedgerCategory.active.is_(True))
    return [
        LedgerCategoryView(
            id=row[0],
            version=row[1],
            key=row[2],
            label_en=row[3],
            label_de=row[4],
            sort_order=row[5],
            active=bool(row[6]),
            entries=row[7],
        )
        for row in session.execute(query)
    ]


def load_ledger_category(session: Session, category_id: int) -> tuple[LedgerCategoryForm, int]:
    row = open_row(session, LedgerCategory, category_id)
    form = LedgerCategoryForm(
        key=row.key,
        label_en=row.label_en,
        label_de=row.label_de,
        sort_order=row.sort_order,
        active=row.active,
    )
    return form, row.version


def _validated(
    session: Session, form: LedgerCategoryForm, record_id: int | None
) -> dict[str, object]:
    checks = FieldChecks()
    key = checks.text("key", form.key, LedgerCategory, required=True)
    if key and not checks.failed("key") and not KEY_SHAPE.fullmatch(key):
        checks.fail("key", f"{key!r}: use lower-case letters, digits and _ (e.g. loan_equipment)")
    values: dict[str, object] = {
        "key": key,
        "label_en": checks.text("label_en", form.label_en, LedgerCategory, required=True),
        "label_de": checks.text("label_de", form.label_de, LedgerCategory, required=True),
        "sort_order": checks.whole("sort_order", form.sort_order, 0, MAX_SORT_ORDER),
        "active": bool(form.active),
    }
    if not checks.failed("key"):
        taken = session.scalar(
            select(LedgerCategory.label_en).where(
                LedgerCategory.key == key, other_than(LedgerCategory, record_id)
            )
        )
        if taken is not None:
            checks.fail("key", f"{key} is already used by the category {taken!r}")
    checks.raise_if_any()
    return values


@writes
def save_ledger_category(
    session: Session,
    form: LedgerCategoryForm,
    *,
    record_id: int | None = None,
    expected_version: int | None = None,
) -> int:
    """Create or update a ledger category; return its id (flushed, not committed).
    Raises ``FormInvalidError``, ``StaleRecordError``, ``NotFoundError``."""
    values = _validated(session, form, record_id)
    with saving(session) as saved:
        if record_id is None:
            row = LedgerCategory(**values)
            session.add(row)
        else:
            row = row_for_update(
                session,
                LedgerCategory,
                record_id,
                account_id=None,
                expected_version=expected_version,
            )
            assign(row, values)
        saved.row = row
    return saved.record_id
