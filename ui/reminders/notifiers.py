"""Where reminders appear: the system tray's notifications, or the status bar without a tray.

A ``Notifier`` is handed to the reminder service, so tests give it a fake one.
"""

from collections.abc import Callable

from PySide6.QtCore import QObject, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from ui.agenda.kind_icons import calendar
from ui.lights import BLUE
from ui.line_icons import line_pixmap
from ui.reminders.reminder_text import Notification

MESSAGE_MS = 15_000
STATUS_MESSAGE_MS = 60_000
ICON_SIZE = 32


class Notifier(QObject):
    """Shows a notification; emits ``clicked(target)`` when the user clicks it."""

    clicked = Signal(str)

    def notify(self, notification: Notification) -> None:
        raise NotImplementedError


def tray_icon() -> QIcon:
    """A white calendar on a blue disc: KAM Desk in the tray (no image file needed)."""
    pixmap = QPixmap(ICON_SIZE * 2, ICON_SIZE * 2)
    pixmap.setDevicePixelRatio(2.0)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(BLUE)
    painter.drawEllipse(QRectF(1, 1, ICON_SIZE - 2, ICON_SIZE - 2))
    drawing = line_pixmap(calendar, QColor("white"), ICON_SIZE // 2 + 2, width=1.6)
    offset = (ICON_SIZE - drawing.width() / drawing.devicePixelRatio()) / 2
    painter.drawPixmap(round(offset), round(offset), drawing)
    painter.end()
    return QIcon(pixmap)


class TrayNotifier(Notifier):
    """The tray icon: its messages are the notifications; clicking the icon or choosing
    "Show KAM Desk" emits ``show_requested``, "Quit" ``quit_requested``."""

    show_requested = Signal()
    quit_requested = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._target = ""
        self.tray = QSystemTrayIcon(tray_icon(), self)
        self.tray.setToolTip(self.tr("KAM Desk"))
        self.menu = QMenu()
        self.menu.addAction(self.tr("Show KAM Desk"), self.show_requested.emit)
        self.menu.addSeparator()
        self.menu.addAction(self.tr("Quit"), self.quit_requested.emit)
        self.tray.setContextMenu(self.menu)
        self.tray.messageClicked.connect(lambda: self.clicked.emit(self._target))
        self.tray.activated.connect(self._activated)
        self.tray.show()

    def notify(self, notification: Notification) -> None:
        self._target = notification.target
        self.tray.showMessage(
            notification.title,
            notification.message,
            QSystemTrayIcon.MessageIcon.Information,
            MESSAGE_MS,
        )

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.show_requested.emit()


class StatusBarNotifier(Notifier):
    """Without a system tray: the notification as a line in the window's status bar."""

    def __init__(self, show: Callable[[str, int], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._show = show

    def notify(self, notification: Notification) -> None:
        text = " ".join(notification.message.split("\n"))
        self._show(f"{notification.title} — {text}", STATUS_MESSAGE_MS)
