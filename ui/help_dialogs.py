"""Help menu dialogs: the keyboard shortcuts (from the one table) and About."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.page_header import muted_label, title_label
from ui.shortcuts import SHORTCUTS


class ShortcutsDialog(QDialog):
    """Every entry of ``ui.shortcuts.SHORTCUTS``: keys on the left, what they do on the right."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.table = QTableWidget(len(SHORTCUTS), 2)
        self.table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("What it does")])
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        for row, shortcut in enumerate(SHORTCUTS):
            keys = QTableWidgetItem(shortcut.shown_keys())
            font = keys.font()
            font.setBold(True)
            keys.setFont(font)
            self.table.setItem(row, 0, keys)
            self.table.setItem(row, 1, QTableWidgetItem(shortcut.translated_description()))
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setStretchLastSection(True)
        self.table.resizeColumnToContents(0)
        self.table.setColumnWidth(0, self.table.columnWidth(0) + 16)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        rows_height = self.table.verticalHeader().length() + header.height() + 4
        self.table.setMinimumHeight(rows_height)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())

    def listed_keys(self) -> list[str]:
        items = (self.table.item(row, 0) for row in range(self.table.rowCount()))
        return [item.text() for item in items if item is not None]


class AboutDialog(QDialog):
    """The version, the licence, the open database and the data folder (as plain text)."""

    def __init__(
        self,
        version: str,
        licence: str,
        database: str,
        data_folder: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About KAM Desk"))
        facts = QFormLayout()
        facts.setHorizontalSpacing(14)
        facts.setVerticalSpacing(6)
        self.fact_labels: list[QLabel] = []
        for name, value in (
            (self.tr("Version"), version),
            (self.tr("Licence"), licence),
            (self.tr("Database"), database),
            (self.tr("Data folder"), data_folder),
        ):
            label = QLabel(value)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setWordWrap(True)
            self.fact_labels.append(label)
            facts.addRow(name, label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 14)
        layout.addWidget(title_label(self.tr("KAM Desk")))
        layout.addWidget(
            muted_label(self.tr("Contract timelines, free-service ledger and negotiation briefs"))
        )
        layout.addSpacing(12)
        layout.addLayout(facts)
        layout.addSpacing(8)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)
