"""A notifier that remembers what it was asked to show, instead of the system tray."""

from ui.reminders.notifiers import Notifier
from ui.reminders.reminder_text import Notification


class FakeNotifier(Notifier):
    def __init__(self) -> None:
        super().__init__()
        self.shown: list[Notification] = []

    def notify(self, notification: Notification) -> None:
        self.shown.append(notification)

    def click_last(self) -> None:
        """The user clicks the notification shown last."""
        self.clicked.emit(self.shown[-1].target)
