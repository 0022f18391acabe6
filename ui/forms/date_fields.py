"""Date and date-and-time fields with a calendar popup; optional ones have a "no date" state.

The empty state is Qt's own idiom: the minimum date shows a special text ("No date").
Delete empties an optional field; an arrow key or the calendar in an empty field starts
from today rather than from the year 1900.
"""

from datetime import UTC, date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QDateTime, QEvent, QLocale, QObject, Qt, QTime
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QSizePolicy, QWidget

from app.domain.wording import Language

NO_DATE = QDate(1900, 1, 1)  # no business date is this old: it stands for "empty"
LAST_DATE = QDate(2999, 12, 31)
DATE_FORMATS: dict[Language, str] = {"en": "d MMM yyyy", "de": "dd.MM.yyyy"}
MOMENT_FORMATS: dict[Language, str] = {"en": "d MMM yyyy  HH:mm", "de": "dd.MM.yyyy  HH:mm"}
LOCALES: dict[Language, QLocale] = {
    "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom),
    "de": QLocale(QLocale.Language.German, QLocale.Country.Germany),
}


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


# The mixin below calls QDateTimeEdit's methods; only the type checker sees it as one.
_EditBase = QDateTimeEdit if TYPE_CHECKING else object


class _Calendar(_EditBase):
    """What both fields share: locale, popup, and the optional empty state (mixed in
    before QDateEdit or QDateTimeEdit)."""

    def _set_up(self, language: Language, today: date, optional: bool) -> None:
        self._today = today
        self._optional = optional
        self.setLocale(LOCALES[language])
        self.setCalendarPopup(True)
        self.setDateRange(NO_DATE, LAST_DATE)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.calendarWidget().setLocale(LOCALES[language])
        self.calendarWidget().setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.calendarWidget().installEventFilter(self)
        if optional:
            self.setSpecialValueText(self.tr("No date"))
            self.setToolTip(self.tr("Delete empties the date"))

    @property
    def empty(self) -> bool:
        return self._optional and self.date() == NO_DATE

    def clear_value(self) -> None:
        if self._optional:
            self.setDate(NO_DATE)

    def stepBy(self, steps: int) -> None:
        if self.empty:  # start from today, not from the "empty" date
            self.setDate(to_qdate(self._today))
            return
        super().stepBy(steps)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._optional and event.key() == Qt.Key.Key_Delete:
            self.clear_value()
            return
        super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and self.empty:
            self.calendarWidget().setCurrentPage(self._today.year, self._today.month)
        return super().eventFilter(watched, event)


class DateField(_Calendar, QDateEdit):
    """A calendar date; ``optional`` ones can be empty (``value()`` is then None)."""

    def __init__(
        self,
        language: Language,
        today: date,
        *,
        optional: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        QDateEdit.__init__(self, parent)
        self._set_up(language, today, optional)
        self.setDisplayFormat(DATE_FORMATS[language])
        self.set_value(None if optional else today)

    def value(self) -> date | None:
        return None if self.empty else to_date(self.date())

    def set_value(self, value: date | None) -> None:
        self.setDate(NO_DATE if value is None else to_qdate(value))


class MomentField(_Calendar, QDateTimeEdit):
    """A moment, typed in local time and given as an aware UTC ``datetime``."""

    def __init__(
        self,
        language: Language,
        today: date,
        *,
        optional: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        QDateTimeEdit.__init__(self, parent)
        self._set_up(language, today, optional)
        self.setDisplayFormat(MOMENT_FORMATS[language])
        self.setTimeSpec(Qt.TimeSpec.LocalTime)
        self.set_value(None)
        if not optional:
            self.setDateTime(QDateTime(to_qdate(today), QTime(8, 0)))

    def value(self) -> datetime | None:
        if self.empty:
            return None
        return datetime.fromtimestamp(self.dateTime().toSecsSinceEpoch(), UTC)

    def set_value(self, value: datetime | None) -> None:
        if value is None:
            self.setDateTime(QDateTime(NO_DATE, QTime(0, 0)))
        else:
            self.setDateTime(QDateTime.fromSecsSinceEpoch(int(value.timestamp())))
