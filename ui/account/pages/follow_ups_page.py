"""Follow-ups: what to do for the account by when (the after-signing cadence, the agenda's
follow-ups, and manual ones); Ctrl+D marks the chosen one done."""

from typing import Any

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QPushButton
from sqlalchemy.orm import Session

from app.formatting import day
from app.records import FollowUpView, RecordKind, list_follow_ups
from ui.account.record_model import Column, RecordTableModel
from ui.account.record_page import RecordPage
from ui.account.workspace_pages import WorkspacePage
from ui.change_broadcast import FOLLOW_UPS
from ui.choice_labels import choice_label
from ui.follow_up_jobs import mark_done
from ui.forms.follow_up_dialog import FollowUpDialog
from ui.keyed_buttons import keyed_button
from ui.record_colours import BAD_TEXT, muted_text
from ui.shortcuts import Command


class FollowUpsPage(RecordPage):
    page = WorkspacePage.FOLLOW_UPS
    kind = RecordKind.FOLLOW_UP
    dialog = FollowUpDialog
    topics = frozenset({FOLLOW_UPS})
    change_topics = frozenset({FOLLOW_UPS})

    def build_model(self) -> RecordTableModel:
        colour = self._colour
        return RecordTableModel(
            [
                Column(
                    self.tr("Due"),
                    lambda v: day(v.due_on, self.context.language),
                    12,
                    colour=colour,
                ),
                Column(self.tr("What to do"), lambda v: v.title, None, colour=colour),
                Column(self.tr("Kind"), lambda v: choice_label(v.kind), 16, colour=colour),
                Column(self.tr("Status"), self._status, 20, colour=colour),
                Column(self.tr("Notes"), lambda v: " ".join(v.notes.split()), 28, colour=colour),
            ],
            parent=self,
        )

    def extra_buttons(self) -> list[QPushButton]:
        done = self.tr("Mark d&one")
        self.done_button = keyed_button(self, done, Command.MARK_DONE, self.mark_done)
        return [self.done_button]

    def selection_changed(self) -> None:
        chosen: FollowUpView | None = self.current_record()
        self.done_button.setEnabled(chosen is not None and chosen.open)

    def mark_done(self) -> None:
        chosen: FollowUpView | None = self.current_record()
        if chosen is None or not chosen.open or self.account_id is None:
            return
        title = chosen.title
        self.context.worker.change(
            mark_done(chosen.id, self.account_id),
            self.change_topics,
            lambda _id: self.status_message.emit(self.tr("Done: “{title}”.").format(title=title)),
            account_id=self.account_id,
            on_error=self.deletion.show_problem,
        )

    def _status(self, view: FollowUpView) -> str:
        language = self.context.language
        if view.done_at is not None:
            return self.tr("Done on {day}").format(day=day(view.done_at.date(), language))
        if view.dismissed_at is not None:
            return self.tr("Dismissed")
        return self.tr("Overdue") if view.due_on < self.context.today else self.tr("Open")

    def _colour(self, view: FollowUpView) -> QColor | None:
        if not view.open:
            return muted_text()
        return BAD_TEXT if view.due_on < self.context.today else None

    def load(self, session: Session, account_id: int) -> list[FollowUpView]:
        return list_follow_ups(session, account_id)

    def add_text(self) -> str:
        return self.tr("&Add follow-up…")

    def empty_texts(self) -> tuple[str, str]:
        return (
            self.tr("No follow-ups"),
            self.tr("Signing a contract plans them; add your own so nothing is put aside."),
        )

    def summary_text(self) -> str:
        still_open = [view for view in self.model.rows() if view.open]
        overdue = sum(1 for view in still_open if view.due_on < self.context.today)
        if not self.model.record_count():
            return ""
        return self.tr("{open} open · {overdue} overdue").format(
            open=len(still_open), overdue=overdue
        )

    def describe(self, view: Any) -> str:
        return self.tr("the follow-up “{title}”").format(title=view.title)
