"""Service packages: name, annual price, how many items and contracts; the chosen package's
items (kind, quantity with its unit, included or billable at a price) below the list."""

from typing import Any

from PySide6.QtWidgets import QLabel, QTreeView, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from app.formatting import money
from app.records import PackageItemView, RecordKind, ServicePackageView, list_packages
from ui.account.record_model import Column, RecordTableModel
from ui.account.record_view import record_view
from ui.catalog.catalog_list import CatalogList
from ui.catalog.package_dialog import PackageDialog
from ui.change_broadcast import CATALOG, CONTRACTS
from ui.choice_labels import choice_label
from ui.counts import counted
from ui.promised_quantities import quantity_text
from ui.record_colours import muted_text
from ui.row_spacing import ROW_PADDING

ITEM_ROWS = 8


class PackagesList(CatalogList):
    kind = RecordKind.SERVICE_PACKAGE
    dialog = PackageDialog
    topics = frozenset({CATALOG, CONTRACTS})  # contracts move the "used by" counts
    change_topics = frozenset({CATALOG})

    def build_model(self) -> RecordTableModel:
        language = self.context.language
        return RecordTableModel(
            [
                Column(self.tr("Name"), lambda v: v.name, None),
                Column(
                    self.tr("Annual price"),
                    lambda v: money(v.annual_price, language),
                    15,
                    right=True,
                ),
                Column(self.tr("Currency"), lambda v: v.annual_price.currency, 8),
                Column(self.tr("Items"), lambda v: str(len(v.items)), 10, right=True),
                Column(
                    self.tr("Contracts"),
                    lambda v: str(v.contracts),
                    9,
                    right=True,
                    colour=lambda v: None if v.contracts else muted_text(),
                    header_tip=self.tr("How many contracts use the package"),
                ),
            ],
            parent=self,
        )

    def detail_widget(self) -> QWidget:
        language = self.context.language
        self.items_model = RecordTableModel(
            [
                Column(self.tr("Kind"), lambda v: choice_label(v.kind), 22),
                Column(
                    self.tr("Quantity"),
                    lambda v: quantity_text(v.kind, v.quantity, language),
                    20,
                    right=True,
                ),
                Column(self.tr("Included or billable"), self._terms, 20),
                Column(self.tr("Description"), lambda v: v.description, None),
            ],
            parent=self,
        )
        self.items_view: QTreeView = record_view(self.items_model, self.items_model.columns)
        row_height = self.items_view.fontMetrics().height() + ROW_PADDING
        header = self.items_view.header().sizeHint().height()
        self.items_view.setFixedHeight(row_height * ITEM_ROWS + header + 4)
        self.items_caption = QLabel()
        font = self.items_caption.font()
        font.setBold(True)
        self.items_caption.setFont(font)
        holder = QWidget()
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.items_caption)
        layout.addWidget(self.items_view)
        return holder

    def _terms(self, item: PackageItemView) -> str:
        if item.included or item.price is None:
            return self.tr("Included")
        return self.tr("Billable, {price}").format(price=money(item.price, self.context.language))

    def selection_changed(self) -> None:
        package: ServicePackageView | None = self.current_record()
        self.items_model.set_rows(package.items if package is not None else [])
        if package is None:
            self.items_caption.setText(self.tr("Items"))
        else:
            self.items_caption.setText(self.tr("Items of {name}").format(name=package.name))

    def load_catalog(self, session: Session) -> list[ServicePackageView]:
        return list_packages(session)

    def add_text(self) -> str:
        return self.tr("&Add package…")

    def empty_texts(self) -> tuple[str, str]:
        return (
            self.tr("No service packages yet"),
            self.tr("Add the packages you sell: contracts then say what the customer bought."),
        )

    def summary_text(self) -> str:
        rows: list[ServicePackageView] = self.model.rows()
        if not rows:
            return ""
        used = sum(1 for view in rows if view.contracts)
        total = counted(len(rows), self.tr("1 package"), self.tr("{count} packages"))
        return self.tr("{total} · {used} in use").format(total=total, used=used)

    def describe(self, view: Any) -> str:
        return self.tr("the package {name}").format(name=view.name)
