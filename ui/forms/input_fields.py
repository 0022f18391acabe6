"""The small input widgets the forms are built from: amounts, choices, text and notes."""

from collections.abc import Iterable, Sequence
from decimal import Decimal
from enum import StrEnum
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QWidget,
)

from app.domain.wording import Language
from app.records import format_amount, parse_optional_amount
from ui.choice_labels import choice_label

AMOUNT_WIDTH_CHARS = 16
NOTES_LINES = 4


class AmountField(QWidget):
    """A number typed the way the language writes it ("1.234,50" in German), right-aligned,
    with its unit (a currency, "h", "days") beside it."""

    def __init__(
        self,
        language: Language,
        unit: str = "",
        *,
        currency: str | None = None,
        width: int = AMOUNT_WIDTH_CHARS,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._language = language
        self._currency = currency
        self.edit = QLineEdit()
        self.edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.edit.setFixedWidth(self.edit.fontMetrics().averageCharWidth() * width)
        self.unit = QLabel(currency or unit)
        self.unit.setTextFormat(Qt.TextFormat.PlainText)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.edit)
        layout.addWidget(self.unit)
        layout.addStretch(1)
        self.setFocusProxy(self.edit)

    def set_currency(self, currency: str) -> None:
        self._currency = currency
        self.unit.setText(currency)

    def amount(self, field: str) -> Decimal | None:
        """The typed amount, None when empty; raises ``InvalidValueError`` naming ``field``."""
        return parse_optional_amount(
            self.edit.text(), self._language, field=field, currency=self._currency
        )

    def set_amount(self, amount: Decimal | None) -> None:
        if amount is None:
            self.edit.clear()
        else:
            self.edit.setText(format_amount(amount, self._language, currency=self._currency))


class ChoiceCombo(QComboBox):
    """A fixed list of (label, value) choices; ``value()`` is the chosen value.

    With ``none_label`` the first entry stands for "nothing chosen" (value None)."""

    def __init__(
        self,
        choices: Iterable[tuple[str, Any]] = (),
        *,
        none_label: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._values: list[Any] = []
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        if none_label is not None:
            self._add(none_label, None)
        for label, value in choices:
            self._add(label, value)

    def _add(self, label: str, value: Any) -> None:
        self.addItem(label)
        self._values.append(value)

    def value(self) -> Any:
        index = self.currentIndex()
        return self._values[index] if 0 <= index < len(self._values) else None

    def set_value(self, value: Any) -> None:
        """Choose ``value``; one no longer offered is added, so nothing is lost silently."""
        for index, offered in enumerate(self._values):
            if offered == value and type(offered) is type(value):
                self.setCurrentIndex(index)
                return
        if value is not None:
            self._add(choice_label(value) if isinstance(value, StrEnum) else str(value), value)
            self.setCurrentIndex(len(self._values) - 1)


def enum_combo(kind: type[StrEnum], *, leave_out: Sequence[StrEnum] = ()) -> ChoiceCombo:
    """A combo box over an enum's members, in the enum's order, with readable labels."""
    return ChoiceCombo((choice_label(member), member) for member in kind if member not in leave_out)


def text_field(placeholder: str = "") -> QLineEdit:
    edit = QLineEdit()
    edit.setPlaceholderText(placeholder)
    return edit


def notes_field(placeholder: str = "", lines: int = NOTES_LINES) -> QPlainTextEdit:
    """Several lines of text; Tab moves on to the next field rather than typing a tab."""
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setPlaceholderText(placeholder)
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 14)
    return edit
