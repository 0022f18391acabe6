"""The items of a package, edited in place: one row per promise with its kind, quantity (in
the kind's unit), included or billable, a price (billable items only) and a description.

The rows are saved with the package. A problem the core names for one row's field
(``items[1].price``) marks that field in its row, with the message as its tooltip.
"""

from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.wording import Language
from app.errors import InvalidValueError
from app.model import ItemKind
from app.records import FieldError, PackageItemForm
from ui.forms.input_fields import AmountField, ChoiceCombo, enum_combo, text_field
from ui.page_header import muted_label
from ui.promised_quantities import unit_of

KIND, QUANTITY, INCLUDED, PRICE, DESCRIPTION = range(5)
VISIBLE_ROWS = 5
MARKED = "border: 1px solid #b3261e; border-radius: 2px;"
ItemState = tuple[int | None, int, str, bool, str, str]


@dataclass(eq=False)
class _ItemRow:
    """The widgets of one item row, and the stored item it edits (None: a new one)."""

    id: int | None
    kind: ChoiceCombo
    quantity: AmountField
    included: QCheckBox
    price: AmountField
    description: QLineEdit

    def inputs(self) -> dict[str, QWidget]:
        return {
            "kind": self.kind,
            "quantity": self.quantity.edit,
            "included": self.included,
            "price": self.price.edit,
            "description": self.description,
        }


def _plain(quantity: Decimal) -> Decimal:
    """ "2" rather than "2.00" for a whole quantity; the stored scale is not the user's."""
    return quantity.quantize(Decimal(1)) if quantity == quantity.to_integral_value() else quantity


def _centred(widget: QWidget, column: int) -> QWidget:
    """``widget`` in the middle of its cell's height (a text field keeps the full width)."""
    cell = QWidget()
    layout = QHBoxLayout(cell)
    layout.setContentsMargins(3, 0, 3, 0)
    if column == INCLUDED:
        layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignCenter)
    elif column == DESCRIPTION:
        layout.addWidget(widget, 1, Qt.AlignmentFlag.AlignVCenter)
    else:
        layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addStretch(1)
    return cell


class PackageItemsEditor(QWidget):
    def __init__(self, language: Language, currency: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self._currency = currency
        self._rows: list[_ItemRow] = []
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Kind"),
                self.tr("Quantity"),
                self.tr("Included"),
                self.tr("Price if billable"),
                self.tr("Description"),
            ]
        )
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes through the row's fields
        self.table.setShowGrid(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        self.none_hint = muted_label(self.tr("No items: the package promises nothing yet."))
        self.add_button = QPushButton(self.tr("Add &item"))
        self.remove_button = QPushButton(self.tr("&Remove item"))
        for button in (self.add_button, self.remove_button):
            button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_item)
        self.remove_button.clicked.connect(self.remove_current)
        buttons = QHBoxLayout()
        buttons.setSpacing(6)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.none_hint)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        row_height = enum_combo(ItemKind).sizeHint().height() + 8
        self.table.verticalHeader().setDefaultSectionSize(row_height)
        self.table.setFixedHeight(row_height * VISIBLE_ROWS + header.sizeHint().height() + 4)
        self._show_rows([])

    # -- rows --------------------------------------------------------------------------------
    def _new_row(self, item: PackageItemForm) -> _ItemRow:
        kind = enum_combo(ItemKind)
        kind.set_value(item.kind)
        quantity = AmountField(self._language, unit_of(item.kind), width=6)
        quantity.set_amount(_plain(item.quantity))
        included = QCheckBox()
        included.setChecked(item.included)
        included.setToolTip(self._included_hint())
        price = AmountField(self._language, currency=self._currency, width=10)
        price.set_amount(item.price)
        price.setEnabled(not item.included)
        description = text_field(self.tr("e.g. within the EU"))
        description.setText(item.description)
        row = _ItemRow(item.id, kind, quantity, included, price, description)
        kind.currentIndexChanged.connect(lambda _i: quantity.unit.setText(unit_of(kind.value())))
        included.toggled.connect(lambda checked: price.setEnabled(not checked))
        return row

    def _included_hint(self) -> str:
        return self.tr("Included in the annual price; clear it for a billable item")

    def _place(self, number: int, row: _ItemRow) -> None:
        cells = (row.kind, row.quantity, row.included, row.price, row.description)
        for column, widget in enumerate(cells):
            self.table.setCellWidget(number, column, _centred(widget, column))

    def _show_rows(self, items: list[PackageItemForm]) -> None:
        self.table.setRowCount(0)
        self._rows = []
        for item in items:
            self._append(item)
        self._rows_changed()

    def _append(self, item: PackageItemForm) -> _ItemRow:
        row = self._new_row(item)
        self._rows.append(row)
        self.table.insertRow(len(self._rows) - 1)
        self._place(len(self._rows) - 1, row)
        return row

    def _rows_changed(self) -> None:
        self.none_hint.setVisible(not self._rows)
        self.remove_button.setEnabled(bool(self._rows))

    def add_item(self) -> None:
        """A new included row of the first kind the package does not promise yet."""
        taken = {row.kind.value() for row in self._rows}
        kind = next((kind for kind in ItemKind if kind not in taken), ItemKind.OTHER)
        row = self._append(PackageItemForm(kind))
        self._rows_changed()
        self.table.scrollToBottom()
        row.kind.setFocus(Qt.FocusReason.OtherFocusReason)

    def current_row(self) -> int:
        """The row holding the focus, else the last row (-1 when there is none)."""
        focused = QApplication.focusWidget()
        for number, row in enumerate(self._rows):
            if focused is not None and any(
                widget is focused or widget.isAncestorOf(focused)
                for widget in row.inputs().values()
            ):
                return number
        return len(self._rows) - 1

    def remove_current(self) -> None:
        number = self.current_row()
        if number < 0:
            return
        self.table.removeRow(number)
        del self._rows[number]
        self._rows_changed()
        if self._rows:
            self._rows[min(number, len(self._rows) - 1)].kind.setFocus()
        else:
            self.add_button.setFocus()

    def set_currency(self, currency: str) -> None:
        self._currency = currency
        for row in self._rows:
            row.price.set_currency(currency)

    # -- the form ----------------------------------------------------------------------------
    def set_items(self, items: tuple[PackageItemForm, ...]) -> None:
        self._show_rows(list(items))

    def items(self, problems: list[FieldError]) -> tuple[PackageItemForm, ...]:
        """The rows as the core's forms; a figure that cannot be read goes to ``problems``."""
        found = []
        for number, row in enumerate(self._rows):
            included = row.included.isChecked()
            quantity = self._figure(number, "quantity", row.quantity, problems)
            price = None if included else self._figure(number, "price", row.price, problems)
            found.append(
                PackageItemForm(
                    kind=row.kind.value(),
                    quantity=Decimal(0) if quantity is None else quantity,
                    included=included,
                    price=price,
                    description=row.description.text(),
                    id=row.id,
                )
            )
        return tuple(found)

    def _figure(
        self, number: int, name: str, field: AmountField, problems: list[FieldError]
    ) -> Decimal | None:
        try:
            return field.amount(name)
        except InvalidValueError as error:
            what = self.tr("Quantity") if name == "quantity" else self.tr("Price")
            message = self.tr("{field} (item {number}): {reason}").format(
                field=what, number=number + 1, reason=error.reason
            )
            problems.append(FieldError(f"items[{number}].{name}", message))
            return None

    # -- problems ----------------------------------------------------------------------------
    def mark(self, errors: list[FieldError]) -> QWidget | None:
        """Mark the fields ``errors`` name (``items[1].price``); return the first marked."""
        self.clear_marks()
        first: QWidget | None = None
        for error in errors:
            number, _, name = error.field.removeprefix("items[").partition("].")
            if not number.isdigit() or int(number) >= len(self._rows):
                continue
            widget = self._rows[int(number)].inputs().get(name)
            if widget is not None:
                widget.setStyleSheet(MARKED)
                widget.setToolTip(error.message)
                first = first or widget
        return first

    def marked_message(self, number: int, name: str) -> str:
        """The problem shown on row ``number``'s field ``name`` ("" when none is)."""
        widget = self._rows[number].inputs()[name]
        return widget.toolTip() if widget.styleSheet() == MARKED else ""

    def clear_marks(self) -> None:
        for row in self._rows:
            for name, widget in row.inputs().items():
                if widget.styleSheet():
                    widget.setStyleSheet("")
                    widget.setToolTip(self._included_hint() if name == "included" else "")

    # -- for the form's edit tracking (ui.forms.field_state) -------------------------------
    def state(self) -> tuple[ItemState, ...]:
        return tuple(
            (
                row.id,
                row.kind.currentIndex(),
                row.quantity.edit.text(),
                row.included.isChecked(),
                row.price.edit.text(),
                row.description.text(),
            )
            for row in self._rows
        )

    def set_state(self, state: tuple[ItemState, ...]) -> None:
        self._show_rows([])
        for item_id, kind, quantity, included, price, description in state:
            row = self._append(PackageItemForm(ItemKind.OTHER, included=included, id=item_id))
            row.kind.setCurrentIndex(kind)
            row.quantity.edit.setText(quantity)
            row.price.edit.setText(price)
            row.description.setText(description)
        self._rows_changed()
