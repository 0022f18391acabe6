"""Acting on a follow-up right from the agenda: done (Ctrl+D), or snoozed by a day, a week,
or to a chosen date. The change goes through the database worker with the follow-ups
topic, so the agenda reloads and the item leaves or moves."""

from datetime import date

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from app.domain.agenda import AgendaItem, AgendaKind
from app.domain.wording import Language
from app.formatting import day
from ui.agenda.snooze_dialog import SnoozeDialog
from ui.change_broadcast import FOLLOW_UPS
from ui.database_worker import DatabaseWorker
from ui.follow_up_jobs import mark_done, snooze, snoozed_until
from ui.problem_box import show_problem
from ui.shortcuts import Command, shortcut_for

A_DAY, A_WEEK = 1, 7


class FollowUpActions(QObject):
    """Emits ``status_message`` with what was done ("Done: …", "Snoozed until …")."""

    status_message = Signal(str)

    def __init__(
        self,
        worker: DatabaseWorker,
        today: date,
        language: Language,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._worker = worker
        self._today = today
        self._language = language
        self._parent = parent
        self.dialog: SnoozeDialog | None = None

    @staticmethod
    def applies_to(item: AgendaItem | None) -> bool:
        return (
            item is not None and item.kind is AgendaKind.FOLLOW_UP and item.subject_id is not None
        )

    def menu_for(self, item: AgendaItem, parent: QWidget) -> QMenu:
        menu = QMenu(parent)
        done = QAction(self.tr("Mark &done"), menu)
        done.setShortcut(shortcut_for(Command.MARK_DONE).key_sequence())
        done.triggered.connect(lambda: self.mark_done(item))
        menu.addAction(done)
        menu.addSeparator()
        for text, days in (
            (self.tr("Snooze one d&ay"), A_DAY),
            (self.tr("Snooze one &week"), A_WEEK),
        ):
            action = QAction(text, menu)
            action.triggered.connect(lambda _checked=False, days=days: self.snooze_by(item, days))
            menu.addAction(action)
        pick = QAction(self.tr("Snooze &until…"), menu)
        pick.triggered.connect(lambda: self.ask_date(item))
        menu.addAction(pick)
        return menu

    def mark_done(self, item: AgendaItem) -> None:
        assert item.subject_id is not None
        self._worker.change(
            mark_done(item.subject_id, item.account_id),
            {FOLLOW_UPS},
            lambda _id: self.status_message.emit(
                self.tr("Done: “{title}” ({account}).").format(
                    title=item.title, account=item.account_name
                )
            ),
            account_id=item.account_id,
            on_error=self._problem,
        )

    def snooze_by(self, item: AgendaItem, days: int) -> None:
        self.snooze_to(item, snoozed_until(item.due, self._today, days))

    def ask_date(self, item: AgendaItem) -> None:
        proposed = snoozed_until(item.due, self._today, A_WEEK)
        what = f"{item.title} · {item.account_name}"
        dialog = SnoozeDialog(what, self._language, self._today, proposed, self._parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.snooze_to(item, dialog.chosen()))
        self.dialog = dialog
        dialog.open()

    def snooze_to(self, item: AgendaItem, until: date) -> None:
        assert item.subject_id is not None
        self._worker.change(
            snooze(item.subject_id, item.account_id, until),
            {FOLLOW_UPS},
            lambda _id: self.status_message.emit(
                self.tr("Snoozed “{title}” until {day}.").format(
                    title=item.title, day=day(until, self._language)
                )
            ),
            account_id=item.account_id,
            on_error=self._problem,
        )

    def _problem(self, message: str) -> None:
        show_problem(self._parent, message)
