"""The buying center as a tree: departments (in the core's order, purchasing first) holding
their contacts, each with role, a coloured stance marker and their latest move.

Department rows carry internal id 0; a contact row the number of its department plus one.
"""

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont, QIcon

from app.model import Department, Stance
from app.records import ContactView
from ui.account.record_model import RECORD_ID_ROLE, Column
from ui.choice_labels import choice_label
from ui.lights import GREEN, GREY, RED, dot_icon

AnyIndex = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
_GROUP_ID = 0
STANCE_COLOURS: dict[Stance, QColor] = {
    Stance.CHAMPION: GREEN,
    Stance.SUPPORTER: QColor("#7cb342"),
    Stance.NEUTRAL: GREY,
    Stance.CRITIC: RED,
}
NAME, JOB_TITLE, ROLE, STANCE, MOVED, PHONE, EMAIL = range(7)


class ContactsModel(QAbstractItemModel):
    def __init__(self, columns: Sequence[Column], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = tuple(columns)
        self._groups: list[tuple[Department, list[ContactView]]] = []
        self._dots: dict[Stance, QIcon] = {
            stance: dot_icon(colour) for stance, colour in STANCE_COLOURS.items()
        }
        self._group_font = QFont()
        self._group_font.setBold(True)

    # -- contents ----------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[ContactView]) -> None:
        """``rows`` as listed (by department, then name) grouped under their department."""
        self.beginResetModel()
        grouped: dict[Department, list[ContactView]] = {}
        for view in rows:
            grouped.setdefault(view.department, []).append(view)
        self._groups = list(grouped.items())
        self.endResetModel()

    def rows(self) -> list[ContactView]:
        return [view for _department, views in self._groups for view in views]

    def record_count(self) -> int:
        return sum(len(views) for _department, views in self._groups)

    def record_at(self, index: AnyIndex) -> ContactView | None:
        if not index.isValid() or index.internalId() == _GROUP_ID:
            return None
        return self._groups[index.internalId() - 1][1][index.row()]

    def index_of(self, record_id: int) -> QModelIndex:
        for number, (_department, views) in enumerate(self._groups):
            for row, view in enumerate(views):
                if view.id == record_id:
                    return self.createIndex(row, 0, number + 1)
        return QModelIndex()

    def group_count(self) -> int:
        return len(self._groups)

    # -- structure ---------------------------------------------------------------------------
    def index(self, row: int, column: int, parent: AnyIndex = _ROOT) -> QModelIndex:
        if row < 0 or not 0 <= column < len(self.columns):
            return QModelIndex()
        if not parent.isValid():
            if row >= len(self._groups):
                return QModelIndex()
            return self.createIndex(row, column, _GROUP_ID)
        if parent.internalId() != _GROUP_ID or parent.column() != 0:
            return QModelIndex()
        if row >= len(self._groups[parent.row()][1]):
            return QModelIndex()
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: AnyIndex = _ROOT) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or index.internalId() == _GROUP_ID:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, _GROUP_ID)

    def rowCount(self, parent: AnyIndex = _ROOT) -> int:
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == _GROUP_ID and parent.column() == 0:
            return len(self._groups[parent.row()][1])
        return 0

    def columnCount(self, parent: AnyIndex = _ROOT) -> int:
        return len(self.columns)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.internalId() == _GROUP_ID:
            return Qt.ItemFlag.ItemIsEnabled
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
        return self.columns[section].title if role == Qt.ItemDataRole.DisplayRole else None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == _GROUP_ID:
            department, views = self._groups[index.row()]
            if index.column() != NAME:
                return None
            if role == Qt.ItemDataRole.DisplayRole:
                return self.tr("{department} ({count})").format(
                    department=choice_label(department), count=len(views)
                )
            return self._group_font if role == Qt.ItemDataRole.FontRole else None
        view = self._groups[index.internalId() - 1][1][index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.columns[column].text(view)
        declared = self.columns[column]
        if role == Qt.ItemDataRole.DecorationRole:
            if column == STANCE:
                return self._dots[view.stance]
            return declared.icon(view) if declared.icon is not None else None
        if role == Qt.ItemDataRole.ForegroundRole and declared.colour is not None:
            return declared.colour(view)
        if role == Qt.ItemDataRole.ToolTipRole:
            if declared.tip is not None:
                return declared.tip(view)
            return declared.text(view) or None
        if role == RECORD_ID_ROLE:
            return view.id
        return None
