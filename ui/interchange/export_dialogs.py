"""File → Export CSV and File → Export calendar: choose what and in which language, then a
file name; the rows are read and the file is written on the database worker, whole or not
at all."""

from datetime import date
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from app.domain.wording import Language
from app.interchange.csv_export import export_csv
from app.storage.files import write_atomically
from ui.database_worker import DatabaseWorker
from ui.interchange.csv_kinds import kind_labels
from ui.page_header import muted_label
from ui.problem_box import show_problem


class _ExportDialog(QDialog):
    """Emits ``exported(message)`` once the file is written.

    Its texts are translated in a context of their own: ``self.tr`` here would look them
    up under the subclass's name."""

    exported = Signal(str)

    def __init__(self, worker: DatabaseWorker, language: Language, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._worker = worker
        self.language = QComboBox()
        self.language.addItem(
            QCoreApplication.translate("ExportDialog", "English (comma, ISO dates)"), "en"
        )
        self.language.addItem(
            QCoreApplication.translate("ExportDialog", "German (semicolon, 15.01.2027, 1234,50)"),
            "de",
        )
        self.language.setCurrentIndex(self.language.findData(language))
        self.form = QFormLayout()
        self.note = muted_label()
        self.note.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(
            QCoreApplication.translate("ExportDialog", "&Export…"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.buttons.accepted.connect(self.choose_file)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)

    @property
    def chosen_language(self) -> Language:
        return "de" if self.language.currentData() == "de" else "en"

    def choose_file(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(
            self, self.windowTitle(), self._suggested_name(), self._file_filter()
        )
        if not name:
            return
        self.export_button.setEnabled(False)
        path = Path(name)
        self._worker.run(self._job(path), partial(self._written, path), self._failed)

    def _written(self, path: Path, _result: object) -> None:
        self.exported.emit(
            QCoreApplication.translate("ExportDialog", "Written: {file}").format(file=path)
        )
        self.accept()

    def _failed(self, message: str) -> None:
        self.export_button.setEnabled(True)
        show_problem(self, message)

    def _suggested_name(self) -> str:
        raise NotImplementedError

    def _file_filter(self) -> str:
        raise NotImplementedError

    def _job(self, path: Path) -> "partial[None]":
        raise NotImplementedError


class CsvExportDialog(_ExportDialog):
    def __init__(
        self, worker: DatabaseWorker, language: Language, parent: QWidget | None = None
    ) -> None:
        super().__init__(worker, language, parent)
        self.setWindowTitle(self.tr("Export CSV"))
        self.kind = QComboBox()
        for kind, label in kind_labels().items():
            self.kind.addItem(label, kind)
        self.form.addRow(self.tr("&Kind of rows:"), self.kind)
        self.form.addRow(self.tr("&Language:"), self.language)
        self.note.setText(
            self.tr("Every row of this kind, in a file Excel and LibreOffice open cleanly.")
        )

    def _suggested_name(self) -> str:
        return f"kamdesk-{self.kind.currentData()}.csv"

    def _file_filter(self) -> str:
        return self.tr("CSV files (*.csv)")

    def _job(self, path: Path) -> "partial[None]":
        kind = str(self.kind.currentData())
        what = self.tr("CSV file ({kind})").format(kind=self.kind.currentText())
        return partial(_write_csv, kind=kind, lang=self.chosen_language, path=path, what=what)


class CalendarExportDialog(_ExportDialog):
    """Budget dates, contact windows, notice deadlines and follow-ups as an .ics file;
    with ``customer_number`` (an account page is open) just that account can be chosen."""

    def __init__(
        self,
        worker: DatabaseWorker,
        language: Language,
        today: date,
        customer_number: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(worker, language, parent)
        self.setWindowTitle(self.tr("Export calendar"))
        self._today = today
        self._customer_number = customer_number
        self.everything = QRadioButton(self.tr("&All active and prospect accounts"))
        self.everything.setChecked(True)
        self.one_account = QRadioButton(
            self.tr("&Only account {number}").format(number=customer_number)
        )
        self.form.addRow(self.tr("Accounts:"), self.everything)
        if customer_number:
            self.form.addRow("", self.one_account)
        else:
            self.one_account.hide()
        self.form.addRow(self.tr("&Language:"), self.language)
        self.note.setText(
            self.tr(
                "Budget dates, contact windows, notice deadlines and follow-ups, "
                "for Outlook, Thunderbird or any calendar."
            )
        )

    def _chosen_account(self) -> str | None:
        return self._customer_number if self.one_account.isChecked() else None

    def _suggested_name(self) -> str:
        return f"kamdesk-{self._chosen_account() or 'calendar'}.ics"

    def _file_filter(self) -> str:
        return self.tr("Calendar files (*.ics)")

    def _job(self, path: Path) -> "partial[None]":
        return partial(
            _write_calendar,
            today=self._today,
            customer_number=self._chosen_account(),
            lang=self.chosen_language,
            path=path,
            what=self.tr("calendar file"),
        )


def _write_csv(session: Session, *, kind: str, lang: Language, path: Path, what: str) -> None:
    write_atomically(path, export_csv(session, kind, lang), what)


def _write_calendar(
    session: Session,
    *,
    today: date,
    customer_number: str | None,
    lang: Language,
    path: Path,
    what: str,
) -> None:
    from app.interchange.ical import export_ical  # loads the icalendar library on first use

    write_atomically(path, export_ical(session, today, customer_number, lang=lang), what)
