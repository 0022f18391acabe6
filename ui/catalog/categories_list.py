"""Ledger categories: their key, the English and German label, the order they are offered
in, whether they are still offered, and how many ledger entries use each."""

from typing import Any

from PySide6.QtGui import QColor
from sqlalchemy.orm import Session

from app.records import LedgerCategoryView, RecordKind, list_ledger_categories
from ui.account.record_model import Column, RecordTableModel
from ui.catalog.catalog_list import CatalogList
from ui.catalog.category_dialog import CategoryDialog
from ui.change_broadcast import CATALOG, LEDGER
from ui.counts import counted
from ui.record_colours import muted_text


class CategoriesList(CatalogList):
    kind = RecordKind.LEDGER_CATEGORY
    dialog = CategoryDialog
    topics = frozenset({CATALOG, LEDGER})  # ledger entries move the "used by" counts
    change_topics = frozenset({CATALOG})

    def build_model(self) -> RecordTableModel:
        return RecordTableModel(
            [
                Column(self.tr("Key"), lambda v: v.key, 24, colour=self._retired),
                Column(self.tr("English"), lambda v: v.label_en, None, colour=self._retired),
                Column(self.tr("German"), lambda v: v.label_de, None, colour=self._retired),
                Column(self.tr("Order"), lambda v: str(v.sort_order), 6, right=True),
                Column(
                    self.tr("Active"),
                    lambda v: self.tr("Yes") if v.active else self.tr("No"),
                    7,
                    colour=self._retired,
                    header_tip=self.tr("Only active categories are offered for new entries"),
                ),
                Column(
                    self.tr("Entries"),
                    lambda v: str(v.entries),
                    8,
                    right=True,
                    header_tip=self.tr("How many ledger entries use the category"),
                ),
            ],
            parent=self,
        )

    @staticmethod
    def _retired(view: LedgerCategoryView) -> QColor | None:
        return None if view.active else muted_text()

    def load_catalog(self, session: Session) -> list[LedgerCategoryView]:
        return list_ledger_categories(session)

    def add_text(self) -> str:
        return self.tr("&Add category…")

    def empty_texts(self) -> tuple[str, str]:
        return (
            self.tr("No ledger categories yet"),
            self.tr("Add the kinds of free service you provide, in English and German."),
        )

    def summary_text(self) -> str:
        rows: list[LedgerCategoryView] = self.model.rows()
        if not rows:
            return ""
        active = sum(1 for view in rows if view.active)
        total = counted(len(rows), self.tr("1 category"), self.tr("{count} categories"))
        return self.tr("{total} · {active} active").format(total=total, active=active)

    def describe(self, view: Any) -> str:
        return self.tr("the category {label}").format(label=view.label_en)
