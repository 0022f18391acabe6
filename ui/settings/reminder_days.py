"""The editable list of "remind me N days before a notice deadline"."""

from collections.abc import Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QWidget,
)

from ui.settings.preferences import NOTICE_REMINDER_RANGE, clean_reminder_days

DAYS_ROLE = Qt.ItemDataRole.UserRole + 1
VISIBLE_ROWS = 4
LIST_WIDTH = 190


class ReminderDaysEditor(QWidget):
    """Days furthest first; Add puts the spin box's day in, Remove takes the selected out."""

    changed = Signal()

    def __init__(self, days: Iterable[int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setUniformItemSizes(True)
        row_height = self.list.sizeHintForRow(0) if self.list.count() else 0
        row_height = max(row_height, self.list.fontMetrics().height() + 6)
        self.list.setFixedHeight(row_height * VISIBLE_ROWS + 2 * self.list.frameWidth() + 2)
        self.day = QSpinBox()
        self.day.setRange(NOTICE_REMINDER_RANGE.start, NOTICE_REMINDER_RANGE.stop - 1)
        self.day.valueChanged.connect(self._name_unit)
        self.day.setValue(3)
        self.day.setAccelerated(True)
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.clicked.connect(self.add_day)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.list.itemSelectionChanged.connect(self._update_buttons)

        self.list.setFixedWidth(LIST_WIDTH)
        adding = QGridLayout()
        adding.setHorizontalSpacing(6)
        adding.setVerticalSpacing(6)
        adding.addWidget(self.day, 0, 0)
        adding.addWidget(self.add_button, 0, 1)
        adding.addWidget(self.remove_button, 1, 1)
        adding.setRowStretch(2, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(self.list, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(adding)
        layout.addStretch(1)
        self._show(clean_reminder_days(days))

    def days(self) -> tuple[int, ...]:
        items = (self.list.item(row) for row in range(self.list.count()))
        return tuple(int(item.data(DAYS_ROLE)) for item in items if item is not None)

    def add_day(self) -> None:
        day = self.day.value()
        self._show(clean_reminder_days((*self.days(), day)), select=day)
        self.changed.emit()

    def remove_selected(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        gone = int(item.data(DAYS_ROLE))
        self._show(tuple(day for day in self.days() if day != gone))
        self.changed.emit()

    def _show(self, days: tuple[int, ...], select: int | None = None) -> None:
        self.list.clear()
        for day in days:
            text = self.tr("1 day before") if day == 1 else self.tr("{days} days before")
            item = QListWidgetItem(text.format(days=day))
            item.setData(DAYS_ROLE, day)
            self.list.addItem(item)
            if day == select:
                self.list.setCurrentItem(item)
        self._update_buttons()

    def _name_unit(self, day: int) -> None:
        self.day.setSuffix(self.tr(" day before") if day == 1 else self.tr(" days before"))

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(self.list.currentItem() is not None)
