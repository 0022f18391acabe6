"""The pages of the window and the list on the left that switches between them."""

from enum import StrEnum

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon, QPalette
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from ui.line_icons import Drawing, line_pixmap
from ui.navigation_icons import calendar, package_box, plant, plants

PAGE_ROLE = Qt.ItemDataRole.UserRole + 1
ICON_SIZE = 18
WIDTH = 200

# Palette roles only, so a dark system theme keeps working.
STYLE_SHEET = """
QListWidget#navigation { background: palette(alternate-base); border: none; padding: 10px 8px;
    outline: 0; }
QListWidget#navigation::item { padding: 7px 8px; border-radius: 5px; color: palette(text); }
QListWidget#navigation::item:selected { background: palette(highlight);
    color: palette(highlighted-text); }
QListWidget#navigation::item:hover:!selected { background: palette(midlight); }
"""


class PageId(StrEnum):
    AGENDA = "agenda"
    ACCOUNTS = "accounts"
    CATALOG = "catalog"
    ACCOUNT = "account"  # the account opened last; listed once one is open


class Navigation(QListWidget):
    """Emits ``page_chosen(PageId)`` when the user picks a page."""

    page_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("navigation")
        self.setStyleSheet(STYLE_SHEET)
        self.setIconSize(QSize(ICON_SIZE, ICON_SIZE))
        self.setSpacing(1)
        self.setUniformItemSizes(True)
        self.setFrameShape(QListWidget.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self._items: dict[PageId, QListWidgetItem] = {}
        self._add(PageId.AGENDA, self.tr("Agenda"), calendar)
        self._add(PageId.ACCOUNTS, self.tr("Accounts"), plants)
        self._add(PageId.CATALOG, self.tr("Catalog"), package_box)
        self._add(PageId.ACCOUNT, "", plant)
        self._items[PageId.ACCOUNT].setHidden(True)
        self.currentItemChanged.connect(self._item_changed)
        self.setFixedWidth(WIDTH)

    def _add(self, page: PageId, text: str, drawing: Drawing) -> None:
        palette = self.palette()
        icon = QIcon()
        ink = palette.color(QPalette.ColorRole.Text)
        selected_ink = palette.color(QPalette.ColorRole.HighlightedText)
        icon.addPixmap(line_pixmap(drawing, ink, ICON_SIZE), QIcon.Mode.Normal)
        icon.addPixmap(line_pixmap(drawing, selected_ink, ICON_SIZE), QIcon.Mode.Selected)
        item = QListWidgetItem(icon, text)
        item.setData(PAGE_ROLE, page.value)
        self.addItem(item)
        self._items[page] = item

    def show_account(self, name: str) -> None:
        """List the open account (by name) under the fixed pages."""
        item = self._items[PageId.ACCOUNT]
        item.setText(name)
        item.setToolTip(name)
        item.setHidden(False)

    def select(self, page: PageId) -> None:
        """Mark ``page`` as current without announcing it again."""
        blocked = self.blockSignals(True)
        self.setCurrentItem(self._items[page])
        self.blockSignals(blocked)

    def _item_changed(self, current: QListWidgetItem | None, _previous: object) -> None:
        if current is not None:
            self.page_chosen.emit(current.data(PAGE_ROLE))
