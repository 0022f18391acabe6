"""How often the customer plans the budget, without typing RRULE text for the common cases:
"Every year on 1 March", "Every 2 years", or a custom RFC 5545 rule for the rest."""

from datetime import date
from enum import IntEnum

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QWidget,
)

from app.domain.budget_cycles import simple_yearly_interval
from app.domain.wording import Language
from app.formatting import day

YEARLY = "FREQ=YEARLY"
DAY_AND_MONTH: dict[Language, str] = {"en": "d MMMM", "de": "d. MMMM"}
MAX_INTERVAL = 10


class Repeat(IntEnum):
    EVERY_YEAR = 0
    EVERY_N_YEARS = 1
    CUSTOM = 2


class RecurrenceEditor(QWidget):
    """``rule()`` is the RRULE text to store; ``changed`` fires on every edit."""

    changed = Signal()

    def __init__(self, language: Language, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self.every_year = QRadioButton()
        self.every_n = QRadioButton(self.tr("Ever&y"))
        self.interval = QSpinBox()
        self.interval.setRange(2, MAX_INTERVAL)
        self.custom = QRadioButton(self.tr("C&ustom rule (RFC 5545)"))
        self.custom_rule = QLineEdit()
        self.custom_rule.setPlaceholderText("FREQ=YEARLY;BYMONTH=3;BYDAY=1MO")
        self.buttons = QButtonGroup(self)
        for mode, button in enumerate((self.every_year, self.every_n, self.custom)):
            self.buttons.addButton(button, mode)
        self.buttons.idToggled.connect(self._mode_toggled)
        self.interval.valueChanged.connect(self.changed)
        self.custom_rule.textChanged.connect(self.changed)

        years = QLabel(self.tr("years"))
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setHorizontalSpacing(6)
        layout.setVerticalSpacing(4)
        layout.addWidget(self.every_year, 0, 0, 1, 3)
        layout.addWidget(self.every_n, 1, 0)
        layout.addWidget(self.interval, 1, 1)
        layout.addWidget(years, 1, 2)
        layout.addWidget(self.custom, 2, 0, 1, 3)
        layout.addWidget(self.custom_rule, 3, 0, 1, 4)
        layout.setColumnStretch(3, 1)
        self.set_first_date(None)
        self.set_rule(YEARLY)

    def set_first_date(self, first: date | None) -> None:
        """Name the day in "Every year on 1 March"."""
        if first is None:
            self.every_year.setText(self.tr("Every ye&ar"))
            return
        when = day(first, self._language, DAY_AND_MONTH[self._language])
        self.every_year.setText(self.tr("Every ye&ar on {day}").format(day=when))

    def mode(self) -> Repeat:
        return Repeat(max(self.buttons.checkedId(), 0))

    def rule(self) -> str:
        mode = self.mode()
        if mode is Repeat.EVERY_YEAR:
            return YEARLY
        if mode is Repeat.EVERY_N_YEARS:
            return f"{YEARLY};INTERVAL={self.interval.value()}"
        return self.custom_rule.text().strip()

    def set_rule(self, rule: str) -> None:
        """Show ``rule`` in the simplest choice that says it; anything else as custom text."""
        interval = simple_yearly_interval(rule)
        if interval == 1:
            self.every_year.setChecked(True)
        elif interval is not None and interval <= MAX_INTERVAL:
            self.interval.setValue(interval)
            self.every_n.setChecked(True)
        else:
            self.custom_rule.setText(rule)
            self.custom.setChecked(True)
        self._enable_inputs()

    def _mode_toggled(self, _mode: int, checked: bool) -> None:
        if checked:
            self._enable_inputs()
            if self.mode() is Repeat.CUSTOM and not self.custom_rule.text():
                self.custom_rule.setText(YEARLY)
            self.changed.emit()

    def _enable_inputs(self) -> None:
        self.interval.setEnabled(self.mode() is Repeat.EVERY_N_YEARS)
        self.custom_rule.setEnabled(self.mode() is Repeat.CUSTOM)

    # -- for the form's edit tracking (ui.forms.field_state) -------------------------------
    def state(self) -> tuple[int, int, str]:
        return (self.mode(), self.interval.value(), self.custom_rule.text())

    def set_state(self, state: tuple[int, int, str]) -> None:
        mode, interval, text = state
        self.interval.setValue(interval)
        self.custom_rule.setText(text)
        self.buttons.button(mode).setChecked(True)
        self._enable_inputs()
