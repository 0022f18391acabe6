"""Pick the day a follow-up comes back on the agenda."""

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from app.domain.wording import Language
from ui.forms.date_fields import DateField, to_qdate


class SnoozeDialog(QDialog):
    def __init__(
        self,
        title: str,
        language: Language,
        today: date,
        proposed: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Snooze until"))
        self.day = DateField(language, today)
        self.day.setMinimumDate(to_qdate(today + timedelta(days=1)))
        self.day.set_value(proposed)
        what = QLabel(title)
        what.setTextFormat(Qt.TextFormat.PlainText)  # customer text is never markup
        what.setWordWrap(True)
        font = what.font()
        font.setBold(True)
        what.setFont(font)
        form = QFormLayout()
        form.addRow(what)
        caption = QLabel(self.tr("&Back on the agenda on"))
        caption.setBuddy(self.day)
        form.addRow(caption, self.day)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(380)

    def chosen(self) -> date:
        found = self.day.value()
        assert found is not None  # a required date field always holds one
        return found
