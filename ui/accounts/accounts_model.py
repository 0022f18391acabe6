"""The accounts list as a table over ``AccountLine`` (each holding its ``AccountRow``).

Sorting happens here, on keys worked out on the worker thread: one Python sort of
5,000 keys instead of a proxy calling back into Python for every comparison.
"""

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from ui.accounts.account_lines import NO_VALUE, AccountLine, money_key, next_date_key
from ui.lights import HEALTH_COLOURS, dot_icon

AnyIndex = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()  # the invisible root, as a default argument

HEALTH, NAME, CUSTOMER_NUMBER, CITY, TIER, NEXT_KEY_DATE, ANNUAL_VALUE, FREE_VALUE = range(8)
COLUMN_COUNT = 8
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
CUSTOMER_NUMBER_ROLE = Qt.ItemDataRole.UserRole + 2

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_CENTRE = Qt.AlignmentFlag.AlignCenter

# Health sorts by severity: red first when ascending, the order a seller wants first.
SORT_KEYS: dict[int, Callable[[AccountLine], Any]] = {
    HEALTH: lambda line: (-int(line.row.health.light), line.name_key),
    NAME: lambda line: (line.name_key, line.row.customer_number),
    CUSTOMER_NUMBER: lambda line: line.row.customer_number,
    CITY: lambda line: (line.city_key, line.name_key),
    TIER: lambda line: (line.row.tier.value, line.name_key),
    NEXT_KEY_DATE: lambda line: (next_date_key(line.row), line.name_key),
    ANNUAL_VALUE: lambda line: money_key(line.row.annual_value),
    FREE_VALUE: lambda line: money_key(line.row.free_value),
}


class AccountsModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lines: list[AccountLine] = []
        self.search_keys: list[str] = []  # row by row, for FoldedSearchProxy
        self._sort_column = NAME
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._dots = {light: dot_icon(colour) for light, colour in HEALTH_COLOURS.items()}
        self._muted = QApplication.palette().color(QPalette.ColorRole.PlaceholderText)

    def set_lines(self, lines: list[AccountLine]) -> None:
        """Show ``lines``, in the order the user last sorted by."""
        self.beginResetModel()
        self._lines = self._sorted(lines, self._sort_column, self._sort_order)
        self.search_keys = [line.search_key for line in self._lines]
        self.endResetModel()

    def line(self, row: int) -> AccountLine:
        return self._lines[row]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if column not in SORT_KEYS:
            return
        self._sort_column, self._sort_order = column, order
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        rows_before = [self._lines[index.row()] for index in before]
        self._lines = self._sorted(self._lines, column, order)
        self.search_keys = [line.search_key for line in self._lines]
        new_row = {id(line): row for row, line in enumerate(self._lines)}
        after = [
            self.index(new_row[id(line)], index.column())
            for line, index in zip(rows_before, before, strict=True)
        ]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    @staticmethod
    def _sorted(lines: list[AccountLine], column: int, order: Qt.SortOrder) -> list[AccountLine]:
        descending = order == Qt.SortOrder.DescendingOrder
        return sorted(lines, key=SORT_KEYS[column], reverse=descending)

    def rowCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else COLUMN_COUNT

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._titles()[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section in (ANNUAL_VALUE, FREE_VALUE):
            return _RIGHT
        if role == Qt.ItemDataRole.TextAlignmentRole and section == TIER:
            return _CENTRE
        if role == Qt.ItemDataRole.ToolTipRole and section in (ANNUAL_VALUE, FREE_VALUE):
            return self.tr(
                "Values in different currencies are never converted: they sort by currency first."
            )
        return None

    def _titles(self) -> list[str]:
        return [
            self.tr("Health"),
            self.tr("Account"),
            self.tr("Customer no."),
            self.tr("City"),
            self.tr("Tier"),
            self.tr("Next key date"),
            self.tr("Annual value"),
            self.tr("Free this period"),
        ]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line = self._lines[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(line, column)
        if role == SORT_ROLE:
            return SORT_KEYS[column](line)
        if role == CUSTOMER_NUMBER_ROLE:
            return line.row.customer_number
        if role == Qt.ItemDataRole.DecorationRole and column == HEALTH:
            return self._dots[line.row.health.light]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(line, column)
        if role == Qt.ItemDataRole.AccessibleTextRole and column == HEALTH:
            return line.health_tip
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column in (ANNUAL_VALUE, FREE_VALUE):
                return _RIGHT
            return _CENTRE if column == TIER else None
        if role == Qt.ItemDataRole.ForegroundRole and self._text(line, column) == NO_VALUE:
            return self._muted
        return None

    @staticmethod
    def _text(line: AccountLine, column: int) -> str | None:
        row = line.row
        texts = {
            HEALTH: None,
            NAME: row.name,
            CUSTOMER_NUMBER: row.customer_number,
            CITY: row.city,
            TIER: row.tier.value,
            NEXT_KEY_DATE: line.next_key_date,
            ANNUAL_VALUE: line.annual_value,
            FREE_VALUE: line.free_value,
        }
        return texts[column]

    def _tooltip(self, line: AccountLine, column: int) -> str | None:
        if column in (HEALTH, NAME):
            return line.health_tip
        if column == NEXT_KEY_DATE and line.row.next_key_date is not None:
            return f"{line.next_key_date} – {line.row.next_key_date.subject}"
        if column == FREE_VALUE:
            return self.tr("Free services since {start}").format(start=line.free_since)
        return None
