"""What a form says back: a red line under a field, the banner above the fields, and the
problems found while reading the fields (an amount that is not one) before the core is asked."""

from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget
from sqlalchemy.orm import Session

from app.errors import InvalidValueError
from app.records import FieldError, FormInvalidError
from ui.forms.input_fields import AmountField

T = TypeVar("T")
ERROR_COLOUR = QColor("#b3261e")  # a little darker than the light's red: small text

BANNER_STYLE = """
QFrame#formBanner { background: #fdf0ef; border: 1px solid #efc2be; border-radius: 4px; }
QFrame#formBanner QLabel { color: #5f1411; }
"""


def error_label() -> QLabel:
    """The red line under a field that names the rule it breaks; hidden until needed."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, ERROR_COLOUR)
    label.setPalette(palette)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 0.92)
    label.setFont(font)
    label.setAccessibleName(QCoreApplication.translate("FormDialog", "Problem"))
    label.hide()
    return label


class FormBanner(QFrame):
    """A message across the top of the form; with ``offer_reload`` a Reload button too."""

    reload_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("formBanner")
        self.setStyleSheet(BANNER_STYLE)
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.reload_button = QPushButton(self.tr("&Reload"))
        self.reload_button.setAutoDefault(False)
        self.reload_button.clicked.connect(self.reload_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.reload_button, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def show_message(self, text: str, *, offer_reload: bool = False) -> None:
        self.message.setText(text)
        self.reload_button.setVisible(offer_reload)
        self.show()

    def clear(self) -> None:
        self.message.clear()
        self.hide()


class Problems:
    """Problems found while reading the fields; each becomes a ``FieldError`` like the core's."""

    def __init__(self, labels: Mapping[str, str]) -> None:
        self._labels = labels
        self.errors: list[FieldError] = []

    def add(self, key: str, reason: str) -> None:
        label = self._labels.get(key, key)
        self.errors.append(FieldError(key, f"{label}: {reason}"))

    def amount(self, key: str, field: AmountField) -> Decimal | None:
        """The amount in ``field``; None when empty or unreadable (then it is a problem)."""
        try:
            return field.amount(key)
        except InvalidValueError as error:
            self.add(key, error.reason)
            return None

    def required_amount(self, key: str, field: AmountField) -> Decimal:
        """As ``amount``, with 0 standing in for an unreadable one (the save is refused)."""
        found = self.amount(key, field)
        return Decimal(0) if found is None else found


def refusing(save: Callable[[Session], T], problems: list[FieldError]) -> Callable[[Session], T]:
    """``save`` run on the worker, refused with the field problems found before it.

    The core still checks the rest of the form, so every problem shows at once; its
    complaint about a field that could not even be read is left out."""

    def job(session: Session) -> T:
        unreadable = {problem.field for problem in problems}
        try:
            result = save(session)
        except FormInvalidError as refused:
            kept = [error for error in refused.errors if error.field not in unreadable]
            raise FormInvalidError([*problems, *kept]) from None
        if problems:  # the worker rolls the save back
            raise FormInvalidError(problems)
        return result

    return job


def ask_to_discard(dialog: QWidget, discard: Callable[[], None]) -> QMessageBox:
    """ "Discard your changes?" over ``dialog``; ``discard`` runs only on Discard. Keep
    editing is the default, and Esc keeps editing too: a slip never loses typing."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        dialog.windowTitle(),
        QCoreApplication.translate(
            "FormDialog", "Discard your changes? Nothing of them has been saved."
        ),
        parent=dialog,
    )
    chosen = box.addButton(
        QCoreApplication.translate("FormDialog", "&Discard"), QMessageBox.ButtonRole.DestructiveRole
    )
    keep = box.addButton(
        QCoreApplication.translate("FormDialog", "&Keep editing"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.finished.connect(lambda _code: discard() if box.clickedButton() is chosen else None)
    box.open()
    return box
