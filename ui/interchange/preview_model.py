"""The first rows of a CSV file as the import reads them: the row number, the row's problems,
then one column per header (with the field it feeds); bad rows tinted."""

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from app.interchange import CsvPreview, RowError

BAD_ROW = QColor(255, 226, 222)  # a pale red behind rows the import would refuse
Index = QModelIndex | QPersistentModelIndex
ROW, PROBLEMS, FIRST_CELL = 0, 1, 2  # the problems come early, where they are seen


class CsvPreviewModel(QAbstractTableModel):
    """Read-only; ``show(preview)`` replaces everything (None: empty)."""

    def __init__(self) -> None:
        super().__init__()
        self._preview: CsvPreview | None = None
        self._problems: dict[int, list[RowError]] = {}

    def show(self, preview: CsvPreview | None) -> None:
        self.beginResetModel()
        self._preview = preview
        self._problems = {}
        for error in preview.errors if preview is not None else ():
            self._problems.setdefault(error.row, []).append(error)
        self.endResetModel()

    def row_has_problems(self, row: int) -> bool:
        preview = self._preview
        return preview is not None and preview.row_numbers[row] in self._problems

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        if parent.isValid() or self._preview is None:
            return 0
        return len(self._preview.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self._preview is None:
            return 0
        return len(self._preview.headers) + 2

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        preview = self._preview
        if preview is None or not index.isValid():
            return None
        row, column = index.row(), index.column()
        number = preview.row_numbers[row]
        problems = self._problems.get(number, [])
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == ROW:
                return str(number) if role == Qt.ItemDataRole.DisplayRole else None
            if column == PROBLEMS:
                separator = "; " if role == Qt.ItemDataRole.DisplayRole else "\n"
                return separator.join(self._reason(error) for error in problems) or None
            cells = preview.rows[row]
            text = cells[column - FIRST_CELL] if column - FIRST_CELL < len(cells) else ""
            if role == Qt.ItemDataRole.ToolTipRole:
                header = preview.headers[column - FIRST_CELL]
                here = [e.reason for e in problems if e.column == header]
                return "\n".join(here) or None
            return text
        if role == Qt.ItemDataRole.BackgroundRole and problems:
            return BAD_ROW
        if role == Qt.ItemDataRole.ForegroundRole and problems:
            return QColor("black")  # readable on the pale red in a dark theme too
        if role == Qt.ItemDataRole.TextAlignmentRole and column == ROW:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        preview = self._preview
        if orientation != Qt.Orientation.Horizontal or preview is None:
            return None
        if section < 0 or section >= len(preview.headers) + 2:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section == ROW:
                return self.tr("Row")
            if section == PROBLEMS:
                return self.tr("Problems")
            field = preview.fields[section - FIRST_CELL]
            feeds = f"→ {field}" if field else self.tr("(ignored)")
            return f"{preview.headers[section - FIRST_CELL]}\n{feeds}"
        if role == Qt.ItemDataRole.ToolTipRole and section >= FIRST_CELL:
            field = preview.fields[section - FIRST_CELL]
            if field is None:
                return self.tr("No field has this name; the column is not imported.")
            return self.tr("Imported into the field {field}").format(field=field)
        return None

    def _reason(self, error: RowError) -> str:
        return f"{error.column}: {error.reason}" if error.column else error.reason
