"""Search-as-you-type over a model's precomputed folded keys (case- and accent-insensitive).

The source model does its own sorting (see ``AccountsModel.sort``); this proxy only
filters, and a row test is a substring check on a string folded in advance.
"""

from typing import Protocol, cast

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from ui.folding import search_words


class SearchableModel(Protocol):
    # Row by row, the folded search text (``ui.folding.search_key``). A plain list, not a
    # method: the proxy reads it 5,000 times per keystroke.
    search_keys: list[str]


class FoldedSearchProxy(QSortFilterProxyModel):
    """Keeps the source rows whose search key holds every word typed."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: tuple[str, ...] = ()
        self._searchable: SearchableModel | None = None

    def setSourceModel(self, source: QAbstractItemModel) -> None:
        self._searchable = cast(SearchableModel, source)
        super().setSourceModel(source)

    @property
    def searching(self) -> bool:
        return bool(self._words)

    def set_search(self, typed: str) -> None:
        words = search_words(typed)
        if words == self._words:
            return
        self.beginFilterChange()
        self._words = words
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        words = self._words
        if not words or self._searchable is None:
            return True
        key = self._searchable.search_keys[source_row]
        if len(words) == 1:
            return words[0] in key
        return all(word in key for word in words)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        # The source sorts on keys made off the GUI thread; the proxy keeps its order.
        source = self.sourceModel()
        if source is not None:
            source.sort(column, order)
