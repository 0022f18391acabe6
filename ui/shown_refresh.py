"""Reload a page's data now while it is on screen, else when it is next shown."""

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget


class ShownRefresh(QObject):
    """Installed on ``widget``: ``request()`` runs ``refresh`` at once while the widget is
    visible and otherwise marks it ``stale``; a stale widget refreshes when it is shown.
    A hidden page never loads data nobody looks at, and never shows old data.

    ``refresh`` clears ``stale`` once it has started loading (it may decline, e.g. while no
    account is chosen, and then stays stale)."""

    def __init__(self, widget: QWidget, refresh: Callable[[], None]) -> None:
        super().__init__(widget)
        self._widget = widget
        self._refresh = refresh
        self.stale = False
        widget.installEventFilter(self)

    def request(self) -> None:
        if self._widget.isVisible():
            self._refresh()
        else:
            self.stale = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._widget and event.type() == QEvent.Type.Show and self.stale:
            self._refresh()
        return False
