"""A thin table model over the view dataclasses ``app.records`` lists (``ContractView`` …).

Each page declares its columns; texts are worked out once per reload, not on every
paint. Rows are found by the record id every view carries.
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QIcon

AnyIndex = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
RECORD_ID_ROLE = Qt.ItemDataRole.UserRole + 1
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


@dataclass(frozen=True)
class Column:
    """One column: its title and how a row's view shows in it.

    ``width`` is in average characters; None stretches the column to fill the page."""

    title: str
    text: Callable[[Any], str]
    width: int | None = 14
    right: bool = False  # figures: money, hours, days
    colour: Callable[[Any], QColor | None] | None = None
    icon: Callable[[Any], QIcon | None] | None = None
    tip: Callable[[Any], str | None] | None = None
    header_tip: str | None = None


class RecordTableModel(QAbstractTableModel):
    """Rows of one kind of record; ``bold`` marks rows to stand out (unread notes)."""

    def __init__(
        self,
        columns: Sequence[Column],
        *,
        bold: Callable[[Any], bool] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.columns = tuple(columns)
        self._bold = bold
        self._rows: list[Any] = []
        self._texts: list[list[str]] = []
        self._bold_font = QFont()
        self._bold_font.setBold(True)

    # -- contents ----------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._texts = [[column.text(row) for column in self.columns] for row in self._rows]
        self.endResetModel()

    def rows(self) -> list[Any]:
        return list(self._rows)

    def record_count(self) -> int:
        return len(self._rows)

    def record_at(self, index: AnyIndex) -> Any | None:
        if not index.isValid() or index.model() is not self:
            return None
        return self._rows[index.row()] if index.row() < len(self._rows) else None

    def index_of(self, record_id: int) -> QModelIndex:
        for row, view in enumerate(self._rows):
            if view.id == record_id:
                return self.index(row, 0)
        return QModelIndex()

    # -- structure ---------------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        column = self.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.title
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if column.right else LEFT
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.header_tip
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        view, column = self._rows[index.row()], self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts[index.row()][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if column.right else None
        if role == Qt.ItemDataRole.ForegroundRole and column.colour is not None:
            return column.colour(view)
        if role == Qt.ItemDataRole.DecorationRole and column.icon is not None:
            return column.icon(view)
        if role == Qt.ItemDataRole.FontRole and self._bold is not None and self._bold(view):
            return self._bold_font
        if role == Qt.ItemDataRole.ToolTipRole:
            if column.tip is not None:
                return column.tip(view)
            text = self._texts[index.row()][index.column()]
            return text or None
        if role == RECORD_ID_ROLE:
            return view.id
        return None
