"""A budget date's exceptions, one per year: planning moved to another day, or skipped.

The list is part of the budget-date form and is saved with it; "Move a year…" and
"Skip a year…" open a small dialog, double-click or Enter edits the chosen year.
"""

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.wording import Language
from app.formatting import day
from app.records import BudgetOverrideForm
from ui.forms.date_fields import DateField
from ui.forms.input_fields import text_field
from ui.page_header import muted_label

LIST_ROWS = 3


class OverrideDialog(QDialog):
    """One year's exception; ``override()`` is what the user chose."""

    def __init__(
        self,
        language: Language,
        today: date,
        override: BudgetOverrideForm,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Exception for one year"))
        self.year = QSpinBox()
        self.year.setRange(1900, 2999)
        self.year.setValue(override.year)
        self.moved = QRadioButton(self.tr("&Move the planning to"))
        self.skipped = QRadioButton(self.tr("&Skip this year (no planning)"))
        group = QButtonGroup(self)
        group.addButton(self.moved)
        group.addButton(self.skipped)
        self.planned_on = DateField(language, today)
        if override.planned_on is not None:
            self.planned_on.set_value(override.planned_on)
        self.notes = text_field(self.tr("e.g. Budget round postponed by the new CFO"))
        self.notes.setText(override.notes)
        (self.skipped if override.cancelled else self.moved).setChecked(True)
        self.moved.toggled.connect(self.planned_on.setEnabled)
        self.planned_on.setEnabled(self.moved.isChecked())

        moved_row = QHBoxLayout()
        moved_row.addWidget(self.moved)
        moved_row.addWidget(self.planned_on)
        moved_row.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("&Year"), self.year)
        form.addRow("", _wrapped(moved_row))
        form.addRow("", self.skipped)
        form.addRow(self.tr("&Notes"), self.notes)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def override(self) -> BudgetOverrideForm:
        cancelled = self.skipped.isChecked()
        return BudgetOverrideForm(
            year=self.year.value(),
            planned_on=None if cancelled else self.planned_on.value(),
            cancelled=cancelled,
            notes=self.notes.text(),
        )


def _wrapped(layout: QHBoxLayout) -> QWidget:
    holder = QWidget()
    layout.setContentsMargins(0, 0, 0, 0)
    holder.setLayout(layout)
    return holder


class OverridesEditor(QWidget):
    """The overrides of one budget date, kept in the form until it is saved."""

    changed = Signal()

    def __init__(self, language: Language, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self._today = today
        self._overrides: list[BudgetOverrideForm] = []
        self.next_year = today.year  # the year "Move a year…" proposes
        self.list = QTreeWidget()
        self.list.setHeaderLabels([self.tr("Year"), self.tr("Planning"), self.tr("Notes")])
        self.list.setRootIsDecorated(False)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setFixedHeight(self.list.fontMetrics().height() * (LIST_ROWS + 2) + 16)
        self.list.setColumnWidth(0, self.list.fontMetrics().averageCharWidth() * 8)
        self.list.setColumnWidth(1, self.list.fontMetrics().averageCharWidth() * 22)
        self.list.itemActivated.connect(lambda _item, _column: self.edit_selected())
        self.move_button = QPushButton(self.tr("&Move a year…"))
        self.skip_button = QPushButton(self.tr("S&kip a year…"))
        self.remove_button = QPushButton(self.tr("Remo&ve"))
        for button in (self.move_button, self.skip_button, self.remove_button):
            button.setAutoDefault(False)
        self.move_button.clicked.connect(lambda: self._add(cancelled=False))
        self.skip_button.clicked.connect(lambda: self._add(cancelled=True))
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        buttons.setSpacing(6)
        buttons.addWidget(self.move_button)
        buttons.addWidget(self.skip_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        self.none_hint = muted_label(self.tr("None: every year follows the rule."))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.none_hint)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        self.setFocusProxy(self.list)

    def overrides(self) -> tuple[BudgetOverrideForm, ...]:
        return tuple(self._overrides)

    def set_overrides(self, overrides: tuple[BudgetOverrideForm, ...]) -> None:
        self._overrides = sorted(overrides, key=lambda override: override.year)
        self.list.clear()
        for override in self._overrides:
            if override.cancelled or override.planned_on is None:
                planning = self.tr("Skipped")
            else:
                planning = self.tr("Moved to {day}").format(
                    day=day(override.planned_on, self._language)
                )
            item = QTreeWidgetItem([str(override.year), planning, override.notes])
            item.setTextAlignment(0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.list.addTopLevelItem(item)
        self.remove_button.setEnabled(bool(self._overrides))
        self.none_hint.setVisible(not self._overrides)
        self.list.setVisible(bool(self._overrides))
        self.changed.emit()

    def _add(self, cancelled: bool) -> None:
        taken = {override.year for override in self._overrides}
        year = next(year for year in range(self.next_year, 3000) if year not in taken)
        self._ask(BudgetOverrideForm(year, None, cancelled), replacing=None)

    def edit_selected(self) -> None:
        row = self.list.indexOfTopLevelItem(self.list.currentItem())
        if 0 <= row < len(self._overrides):
            self._ask(self._overrides[row], replacing=row)

    def remove_selected(self) -> None:
        row = self.list.indexOfTopLevelItem(self.list.currentItem())
        if 0 <= row < len(self._overrides):
            self.set_overrides(tuple(o for i, o in enumerate(self._overrides) if i != row))

    def _ask(self, override: BudgetOverrideForm, replacing: int | None) -> None:
        dialog = OverrideDialog(self._language, self._today, override, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def chosen() -> None:
            kept = [o for i, o in enumerate(self._overrides) if i != replacing]
            self.set_overrides((*kept, dialog.override()))

        dialog.accepted.connect(chosen)
        dialog.open()
        self.dialog = dialog

    # -- for the form's edit tracking (ui.forms.field_state) -------------------------------
    def state(self) -> tuple[BudgetOverrideForm, ...]:
        return self.overrides()

    def set_state(self, state: tuple[BudgetOverrideForm, ...]) -> None:
        self.set_overrides(state)
