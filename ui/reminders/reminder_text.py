"""The words of a desktop notification: one reminder told in full, several as a short list."""

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QObject

from app.domain.agenda import AgendaKind
from app.domain.wording import Language
from app.formatting import day
from ui.reminders.due_reminders import Reminder

LISTED = 4  # lines in a notification about several reminders; the rest are counted


@dataclass(frozen=True, slots=True)
class Notification:
    title: str
    message: str
    target: str  # the customer number to open on a click; "" opens the agenda


class ReminderWording(QObject):
    """Translated sentences about reminders, with dates in the window's ``language``."""

    def __init__(self, language: Language, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._language = language

    def notification(self, reminders: list[Reminder]) -> Notification:
        """One notification for ``reminders`` (at least one): the account to open on a
        click when there is one reminder, the agenda when there are several."""
        if len(reminders) == 1:
            return self._single(reminders[0])
        lines = [self._line(reminder) for reminder in reminders[:LISTED]]
        hidden = len(reminders) - LISTED
        if hidden > 0:
            lines.append(self.tr("and %n more", "", hidden))
        return Notification(self.tr("%n reminders", "", len(reminders)), "\n".join(lines), "")

    def _line(self, reminder: Reminder) -> str:
        """ "Präzisionsteile Müller GmbH: notice deadline in 14 days"."""
        account = reminder.item.account_name
        if reminder.item.kind is AgendaKind.BUDGET_WINDOW:
            line = self.tr("{account}: budget window open")
        elif reminder.days_left == 0:
            line = self.tr("{account}: notice deadline today")
        elif reminder.days_left == 1:
            line = self.tr("{account}: notice deadline tomorrow")
        else:
            line = self.tr("{account}: notice deadline in %n days", "", reminder.days_left)
        return line.format(account=account)

    def _single(self, reminder: Reminder) -> Notification:
        item = reminder.item
        if item.kind is AgendaKind.BUDGET_WINDOW:
            title = self.tr("Budget window open: {account}")
            if item.reference is not None:
                message = self.tr("Get in touch before “{budget}” is planned on {date}.")
            else:
                message = self.tr("Get in touch before “{budget}” is planned.")
            message = message.format(budget=item.title, date=self._day(item.reference))
        else:
            if reminder.days_left == 0:
                title = self.tr("Notice deadline today: {account}")
            elif reminder.days_left == 1:
                title = self.tr("Notice deadline tomorrow: {account}")
            else:
                title = self.tr("Notice deadline in %n days: {account}", "", reminder.days_left)
            message = self.tr("{contract}: notice by {date}.").format(
                contract=item.title, date=self._day(item.due)
            )
            if item.reference is not None:
                ends = self.tr("The term ends on {date}.").format(date=self._day(item.reference))
                message = f"{message} {ends}"
        return Notification(title.format(account=item.account_name), message, item.customer_number)

    def _day(self, value: date | None) -> str:
        return day(value, self._language) if value is not None else ""
