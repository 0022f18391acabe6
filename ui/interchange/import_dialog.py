"""File → Import from CSV: choose a kind and a file, see how its first rows would be read,
then import every row or none.

The preview and the import run on the database worker; the import's progress comes back
through a queued signal, so a large file never freezes the window. Before the import
writes, the SQLite file is backed up (as the command line does), and the summary says where.
"""

from collections.abc import Callable
from datetime import UTC, datetime
from functools import partial
from pathlib import Path

from PySide6.QtCore import QLocale, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from app.errors import KamDeskError
from app.interchange import CsvImportError, CsvPreview, ImportReport, RowError
from app.interchange.backups import automatic_backup
from app.interchange.csv_import import import_csv, preview_csv
from app.storage.location import DatabaseLocation
from ui.change_broadcast import EVERYTHING
from ui.database_worker import DatabaseWorker
from ui.interchange.csv_kinds import delimiter_label, kind_labels
from ui.interchange.preview_model import PROBLEMS, CsvPreviewModel
from ui.page_header import muted_label

PREVIEW_ROWS = 20
MAX_PROBLEMS_WIDTH = 280


class _ProgressRelay(QObject):
    """Lives on the GUI thread; ``moved`` emitted from the worker arrives queued."""

    moved = Signal(int, int)


def _take_backup(location: DatabaseLocation, taken: list[Path]) -> None:
    database = location.path
    if database is None or not database.exists():
        return  # a server database: its administrator backs it up
    written = automatic_backup(
        database, datetime.now(UTC).astimezone(), "before-import", force=True, key=location.key
    )
    if written is not None:
        taken.append(written)


class ImportDialog(QDialog):
    """Emits ``imported(summary)`` once rows were written."""

    imported = Signal(str)

    def __init__(
        self, worker: DatabaseWorker, location: DatabaseLocation, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import from CSV"))
        self._worker = worker
        self._location = location
        self._path: Path | None = None
        self._busy = False
        self._closed = False
        self._relay = _ProgressRelay(self)
        self._relay.moved.connect(self._show_progress)

        self.kind = QComboBox()
        for kind, label in kind_labels().items():
            self.kind.addItem(label, kind)
        self.kind.currentIndexChanged.connect(self._load_preview)
        self.file = QLineEdit()
        self.file.setReadOnly(True)
        self.file.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # selected text on opening looks odd
        self.file.setPlaceholderText(self.tr("No file chosen"))
        self.choose = QPushButton(self.tr("&Choose file…"))
        self.choose.clicked.connect(self.choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file, 1)
        file_row.addWidget(self.choose)
        form = QFormLayout()
        form.addRow(self.tr("&Kind of rows:"), self.kind)
        form.addRow(self.tr("File:"), file_row)

        self.reading = muted_label()
        self.preview_model = CsvPreviewModel()
        self.preview = QTableView()
        self.preview.setModel(self.preview_model)
        self.preview.verticalHeader().hide()
        self.preview.setWordWrap(False)
        self.preview.horizontalHeader().setStretchLastSection(True)
        self.preview.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.problems_title = QLabel()
        self.problems = QTreeWidget()
        self.problems.setRootIsDecorated(False)
        self.problems.setHeaderLabels([self.tr("Row"), self.tr("Column"), self.tr("Reason")])
        self.problems.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.problems.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.problems.setMaximumHeight(130)
        self.progress = QProgressBar()
        self.progress.hide()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.hide()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setEnabled(False)
        self.buttons.accepted.connect(self.start_import)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.reading)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.problems_title)
        layout.addWidget(self.problems)
        layout.addWidget(self.progress)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self._show_problems([], "")
        self.resize(900, 600)

    @property
    def chosen_kind(self) -> str:
        return str(self.kind.currentData())

    # -- choosing and previewing -----------------------------------------------------------
    def choose_file(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import from CSV"), "", self.tr("CSV files (*.csv *.txt);;All files (*)")
        )
        if name:
            self.open_file(Path(name))

    def open_file(self, path: Path) -> None:
        """Show the preview of ``path`` (read on the worker)."""
        self._path = path
        self.file.setText(str(path))
        self._load_preview()

    def _load_preview(self) -> None:
        path = self._path
        if path is None or self._busy:
            return
        self.summary.hide()
        self.reading.setText(self.tr("Reading the file…"))
        job = partial(_preview, path=path, kind=self.chosen_kind)
        self._worker.run(job, partial(self._show_preview, path), self._preview_failed)

    def _show_preview(self, path: Path, preview: CsvPreview) -> None:
        if self._closed or path != self._path or preview.kind != self.chosen_kind:
            return  # a newer choice is on its way
        self.preview_model.show(preview)
        self.preview.resizeColumnsToContents()
        if self.preview.columnWidth(PROBLEMS) > MAX_PROBLEMS_WIDTH:  # the tooltip has it all
            self.preview.setColumnWidth(PROBLEMS, MAX_PROBLEMS_WIDTH)
        self.reading.setText(
            self.tr("{rows} rows · read as {encoding}, delimiter {delimiter}").format(
                rows=QLocale().toString(preview.total_rows),
                encoding=preview.encoding.upper(),
                delimiter=delimiter_label(preview.delimiter),
            )
        )
        if preview.errors:
            title = self.tr("Problems in the rows shown (Import checks every row):")
        else:
            title = self.tr("No problems in the rows shown.")
        self._show_problems(preview.errors, title)
        self.import_button.setEnabled(True)

    def _preview_failed(self, message: str) -> None:
        if self._closed:
            return
        self.preview_model.show(None)
        self.reading.setText("")
        self._show_problems([], message)
        self.import_button.setEnabled(False)

    def _show_problems(self, errors: tuple[RowError, ...] | list[RowError], title: str) -> None:
        self.problems.clear()
        for error in errors:
            item = QTreeWidgetItem([str(error.row), error.column, error.reason])
            item.setToolTip(2, error.reason)
            self.problems.addTopLevelItem(item)
        self.problems_title.setText(title)
        self.problems_title.setVisible(bool(title))
        self.problems.setVisible(bool(errors))

    # -- importing -------------------------------------------------------------------------
    def start_import(self) -> None:
        """Check every row and import them all, or show every problem and write nothing."""
        if self._path is None or self._busy:
            return
        self._set_busy(True)
        taken: list[Path] = []
        job = partial(
            _import,
            kind=self.chosen_kind,
            path=self._path,
            progress=self._relay.moved.emit,
            before_write=partial(_take_backup, self._location, taken),
        )
        self._worker.change(
            job,
            EVERYTHING,
            partial(self._imported, taken),
            on_refused=self._refused,
            on_error=self._failed,
        )

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for widget in (self.kind, self.choose, self.import_button):
            widget.setEnabled(not busy)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setEnabled(not busy)
        self.progress.setRange(0, 0)  # moving until the first report says how far
        self.progress.setVisible(busy)
        if busy:
            self.summary.hide()

    def _show_progress(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))

    def _imported(self, taken: list[Path], report: ImportReport) -> None:
        self._set_busy(False)
        text = self._imported_text(report.kind, report.rows)
        if taken:
            text = self.tr("{imported}; a backup was taken first: {backup}").format(
                imported=text, backup=taken[0]
            )
        self._show_problems([], "")
        self._show_summary(text)
        self.imported.emit(text)

    def _refused(self, error: KamDeskError) -> None:
        self._set_busy(False)
        if not isinstance(error, CsvImportError) or not error.errors:
            self._show_problems([], "")
            self._show_summary(str(error), problem=True)
            return
        total = len(error.errors) + error.more
        title = self.tr("Nothing was imported: every problem below needs fixing first.")
        if error.more:
            title += " " + self.tr("(The first {shown} of {total} are listed.)").format(
                shown=len(error.errors), total=total
            )
        self._show_problems(error.errors, title)
        self._show_summary(self.tr("%Ln problems found; nothing was written.", "", total), True)

    def _failed(self, message: str) -> None:
        self._set_busy(False)
        self._show_summary(message, problem=True)

    def _show_summary(self, text: str, problem: bool = False) -> None:
        self.summary.setText(text)
        self.summary.setStyleSheet("color: #b3261e; font-weight: 600;" if problem else "")
        self.summary.show()

    def _imported_text(self, kind: str, count: int) -> str:
        texts: dict[str, Callable[[], str]] = {
            "accounts": lambda: self.tr("%Ln accounts imported", "", count),
            "contacts": lambda: self.tr("%Ln contacts imported", "", count),
            "contracts": lambda: self.tr("%Ln contracts imported", "", count),
            "ledger": lambda: self.tr("%Ln ledger entries imported", "", count),
            "notes": lambda: self.tr("%Ln technician notes imported", "", count),
            "incidents": lambda: self.tr("%Ln incidents imported", "", count),
            "touchpoints": lambda: self.tr("%Ln touchpoints imported", "", count),
        }
        return texts[kind]()

    # -- closing ---------------------------------------------------------------------------
    def done(self, result: int) -> None:
        if self._busy:
            return  # the import finishes first; it cannot be cut off halfway
        self._closed = True
        super().done(result)


def _preview(session: Session, *, path: Path, kind: str) -> CsvPreview:
    return preview_csv(path, kind, PREVIEW_ROWS, session=session)


def _import(
    session: Session,
    *,
    kind: str,
    path: Path,
    progress: Callable[[int, int], None],
    before_write: Callable[[], None],
) -> ImportReport:
    return import_csv(session, kind, path, progress=progress, before_write=before_write)
