"""Checks the agenda for due reminders at start and every hour, and shows each one once."""

import logging
from collections.abc import Callable
from datetime import date
from functools import partial

from PySide6.QtCore import QObject, QTimer, Signal

from app.domain.agenda import AgendaItem, agenda
from app.domain.wording import Language
from ui.database_worker import DatabaseWorker
from ui.reminders.due_reminders import due_reminders
from ui.reminders.notifiers import Notifier
from ui.reminders.reminder_text import ReminderWording
from ui.settings.preferences import Preferences

HOUR_MS = 3_600_000

log = logging.getLogger(__name__)


class ReminderService(QObject):
    """Emits ``checked(shown)`` after each check; ``account_requested(customer_number)`` or
    ``agenda_requested`` when a notification is clicked.

    ``clock`` gives the calendar day of each check (the window runs across midnight);
    which reminders were shown is kept in ``preferences``, so a restart shows none again.
    """

    checked = Signal(int)
    account_requested = Signal(str)
    agenda_requested = Signal()

    def __init__(
        self,
        worker: DatabaseWorker,
        preferences: Preferences,
        notifier: Notifier,
        clock: Callable[[], date],
        language: Language,
        parent: QObject | None = None,
        interval_ms: int = HOUR_MS,
    ) -> None:
        super().__init__(parent)
        self._worker = worker
        self._preferences = preferences
        self._notifier = notifier
        self._clock = clock
        self._wording = ReminderWording(language, self)
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.check)
        notifier.clicked.connect(self._clicked)
        self._stopped = False

    def start(self) -> None:
        """Check now, then every interval."""
        self._timer.start()
        self.check()

    def stop(self) -> None:
        """No more checks, and clicks go to the next service (the tray outlives a window)."""
        self._timer.stop()
        if not self._stopped:
            self._notifier.clicked.disconnect(self._clicked)
            self._stopped = True

    def check(self) -> None:
        """Ask the agenda (on the worker) what is due today; notify what was not shown yet."""
        if not self._preferences.reminders_enabled:
            self.checked.emit(0)
            return
        today = self._clock()
        horizon = max((*self._preferences.notice_reminder_days, 0))
        self._worker.run(
            partial(agenda, today=today, days=horizon),
            partial(self._notify, today),
            self._failed,
        )

    def _notify(self, today: date, items: list[AgendaItem]) -> None:
        shown = self._preferences.shown_reminders()
        due = due_reminders(items, today, self._preferences.notice_reminder_days)
        fresh = [reminder for reminder in due if reminder.key not in shown]
        if not fresh or not self._preferences.reminders_enabled:  # switched off meanwhile
            self.checked.emit(0)
            return
        self._notifier.notify(self._wording.notification(fresh))
        self._preferences.remember_shown((reminder.key for reminder in fresh), today)
        if not self._preferences.save():  # shown again after a restart, which is harmless
            log.warning("the shown reminders could not be saved to %s", self._preferences.file_name)
        self.checked.emit(len(fresh))

    def _failed(self, message: str) -> None:
        # A reminder check nobody asked for never interrupts with a dialog.
        log.warning("reminder check failed: %s", message)
        self.checked.emit(0)

    def _clicked(self, target: str) -> None:
        if target:
            self.account_requested.emit(target)
        else:
            self.agenda_requested.emit()
