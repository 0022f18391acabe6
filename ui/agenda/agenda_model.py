"""The agenda as a two-level tree: urgency groups (Overdue, This week …) holding their items.

Holds the ``AgendaItem`` dataclasses the domain returns (inside ``AgendaLine``); group rows
carry internal id 0, item rows the number of their group plus one. A group lists its first
``first_shown`` items and then a "Show more" row: a tree lays out every row it holds, and on
a 5,000-account workspace thousands of rows would hold up the window for half a second.
"""

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from app.domain.agenda import AgendaItem, AgendaKind, Urgency
from app.domain.wording import Language
from app.formatting import number
from ui.agenda.agenda_lines import AgendaLine
from ui.agenda.kind_icons import kind_icon
from ui.lights import URGENCY_COLOURS, URGENCY_TEXT_COLOURS, dot_icon

AnyIndex = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()  # the invisible root, as a default argument

LIGHT, DUE, ACCOUNT, WHAT = range(4)
COLUMN_COUNT = 4
CUSTOMER_NUMBER_ROLE = Qt.ItemDataRole.UserRole + 1
FIRST_SHOWN = 300  # items per group before a "Show more" row
MORE_STEP = 1000  # items one "Show more" adds
_GROUP_ID = 0
_ITEM_FLAGS = (
    Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
)


@dataclass
class _Group:
    urgency: Urgency
    lines: tuple[AgendaLine, ...]
    shown: int

    @property
    def rows(self) -> int:
        return self.shown + (1 if self.shown < len(self.lines) else 0)


class AgendaModel(QAbstractItemModel):
    def __init__(
        self, language: Language, first_shown: int = FIRST_SHOWN, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._language = language
        self._first_shown = first_shown
        self._groups: list[_Group] = []
        self._dots = {urgency: dot_icon(colour) for urgency, colour in URGENCY_COLOURS.items()}
        muted = QColor(QApplication.palette().color(QPalette.ColorRole.Text))
        muted.setAlphaF(0.75)
        self._kind_icons = {kind: kind_icon(kind, muted) for kind in AgendaKind}
        self._group_font = QFont()
        self._group_font.setBold(True)
        self._more_font = QFont()
        self._more_font.setItalic(True)

    # -- contents --------------------------------------------------------------------------
    def set_lines(self, lines: list[AgendaLine]) -> None:
        """Show ``lines`` (already sorted by urgency and date), grouped by their urgency."""
        self.beginResetModel()
        grouped: dict[Urgency, list[AgendaLine]] = {}
        for line in lines:
            grouped.setdefault(line.item.urgency, []).append(line)
        self._groups = [
            _Group(urgency, tuple(grouped[urgency]), min(len(grouped[urgency]), self._first_shown))
            for urgency in sorted(grouped)
        ]
        self.endResetModel()

    def item_count(self) -> int:
        return sum(len(group.lines) for group in self._groups)

    def group_urgencies(self) -> list[Urgency]:
        return [group.urgency for group in self._groups]

    def item_at(self, index: AnyIndex) -> AgendaItem | None:
        """The agenda item behind ``index``; None for a group or a "Show more" row."""
        if not index.isValid() or index.internalId() == _GROUP_ID:
            return None
        group = self._groups[index.internalId() - 1]
        return group.lines[index.row()].item if index.row() < group.shown else None

    def is_show_more(self, index: AnyIndex) -> bool:
        if not index.isValid() or index.internalId() == _GROUP_ID:
            return False
        return index.row() == self._groups[index.internalId() - 1].shown

    def show_more(self, index: AnyIndex) -> None:
        """Turn the "Show more" row at ``index`` into the next items of its group."""
        if not self.is_show_more(index):
            return
        group = self._groups[index.internalId() - 1]
        parent = self.index(index.internalId() - 1, 0)
        added = min(MORE_STEP, len(group.lines) - group.shown)
        more_stays = group.shown + added < len(group.lines)
        # The "Show more" row becomes the first new item; the rest are inserted after it.
        first, last = group.shown + 1, group.shown + added - (0 if more_stays else 1)
        if last >= first:
            self.beginInsertRows(parent, first, last)
        group.shown += added
        if last >= first:
            self.endInsertRows()
        row = index.row()
        self.dataChanged.emit(self.index(row, 0, parent), self.index(row, COLUMN_COUNT - 1, parent))

    # -- structure -------------------------------------------------------------------------
    def index(self, row: int, column: int, parent: AnyIndex = _ROOT) -> QModelIndex:
        # Bounds checked here rather than with hasIndex(), which is slow from Python.
        if not 0 <= column < COLUMN_COUNT or row < 0:
            return QModelIndex()
        if not parent.isValid():
            if row >= len(self._groups):
                return QModelIndex()
            return self.createIndex(row, column, _GROUP_ID)
        if parent.internalId() != _GROUP_ID or parent.column() != 0:
            return QModelIndex()
        if row >= self._groups[parent.row()].rows:
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
            return self._groups[parent.row()].rows
        return 0

    def columnCount(self, parent: AnyIndex = _ROOT) -> int:
        return COLUMN_COUNT

    def hasChildren(self, parent: AnyIndex = _ROOT) -> bool:
        if not parent.isValid():
            return bool(self._groups)
        return parent.internalId() == _GROUP_ID and parent.column() == 0

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.internalId() == _GROUP_ID:
            return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return _ITEM_FLAGS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return ("", self.tr("Due"), self.tr("Account"), self.tr("What"))[section]

    # -- data ------------------------------------------------------------------------------
    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == _GROUP_ID:
            return self._group_data(self._groups[index.row()], index.column(), role)
        group = self._groups[index.internalId() - 1]
        if index.row() == group.shown:
            return self._more_data(group, index.column(), role)
        return self._line_data(group.lines[index.row()], index.column(), role)

    def urgency_label(self, urgency: Urgency) -> str:
        return {
            Urgency.OVERDUE: self.tr("Overdue"),
            Urgency.THIS_WEEK: self.tr("This week"),
            Urgency.THIS_MONTH: self.tr("This month"),
            Urgency.LATER: self.tr("Later"),
        }[urgency]

    def _count(self, count: int) -> str:
        return number(Decimal(count), self._language)

    def _group_data(self, group: _Group, column: int, role: int) -> Any:
        if column != LIGHT:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr("{urgency} ({count})").format(
                urgency=self.urgency_label(group.urgency), count=self._count(len(group.lines))
            )
        if role == Qt.ItemDataRole.FontRole:
            return self._group_font
        if role == Qt.ItemDataRole.ForegroundRole:
            return URGENCY_TEXT_COLOURS[group.urgency]
        return None

    def _more_data(self, group: _Group, column: int, role: int) -> Any:
        if column != WHAT:
            return None
        hidden = len(group.lines) - group.shown
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr("Show {count} more… (double-click or Enter)").format(
                count=self._count(min(hidden, MORE_STEP))
            )
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("{count} more items in this group").format(count=self._count(hidden))
        if role == Qt.ItemDataRole.FontRole:
            return self._more_font
        return None

    def _line_data(self, line: AgendaLine, column: int, role: int) -> Any:
        item = line.item
        if role == Qt.ItemDataRole.DisplayRole:
            return (None, line.due, item.account_name, line.sentence)[column]
        if role == Qt.ItemDataRole.DecorationRole:
            if column == LIGHT:
                return self._dots[item.urgency]
            return self._kind_icons[item.kind] if column == WHAT else None
        if role == Qt.ItemDataRole.ToolTipRole:
            account = f"{item.account_name} · {item.customer_number}"
            return (self.urgency_label(item.urgency), line.due, account, line.sentence)[column]
        if role == CUSTOMER_NUMBER_ROLE:
            return item.customer_number
        if role == Qt.ItemDataRole.ForegroundRole and column == DUE:
            return URGENCY_TEXT_COLOURS[item.urgency] if item.urgency == Urgency.OVERDUE else None
        if role == Qt.ItemDataRole.AccessibleTextRole and column == LIGHT:
            return self.urgency_label(item.urgency)
        return None
