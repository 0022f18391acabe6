"""The list every workspace page shows its rows in: a flat tree view (groups where the model
has them), whole rows selected, column widths from the page's declared columns."""

from collections.abc import Sequence

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeView

from ui.account.record_model import Column
from ui.row_spacing import RowSpacingDelegate

# Air between a right-aligned figure and the text of the next column.
CELL_PADDING = "QTreeView::item { padding-left: 0px; padding-right: 6px; }"
COLUMN_MARGIN = 16


def record_view(model: QAbstractItemModel, columns: Sequence[Column]) -> QTreeView:
    """A read-only view of ``model``; a column without a width takes the room left over."""
    view = QTreeView()
    view.setModel(model)
    view.setItemDelegate(RowSpacingDelegate(view))
    view.setRootIsDecorated(False)
    view.setUniformRowHeights(True)
    view.setAlternatingRowColors(True)
    view.setAllColumnsShowFocus(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.setStyleSheet(CELL_PADDING)
    header = view.header()
    header.setStretchLastSection(False)
    header.setSectionsMovable(False)
    char = view.fontMetrics().averageCharWidth()
    for number, column in enumerate(columns):
        if column.width is None:
            header.setSectionResizeMode(number, QHeaderView.ResizeMode.Stretch)
        else:
            view.setColumnWidth(number, column.width * char + COLUMN_MARGIN)
    return view
