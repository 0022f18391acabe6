"""Touchpoints: every meeting, call, visit and email, newest first."""

from typing import Any

from sqlalchemy.orm import Session

from app.formatting import day
from app.records import RecordKind, TouchpointView, list_touchpoints
from ui.account.record_model import Column, RecordTableModel
from ui.account.record_page import RecordPage
from ui.account.workspace_pages import WorkspacePage
from ui.change_broadcast import TOUCHPOINTS
from ui.choice_labels import choice_label
from ui.counts import counted
from ui.forms.touchpoint_dialog import TouchpointDialog


class TouchpointsPage(RecordPage):
    page = WorkspacePage.TOUCHPOINTS
    kind = RecordKind.TOUCHPOINT
    dialog = TouchpointDialog
    topics = frozenset({TOUCHPOINTS})
    change_topics = frozenset({TOUCHPOINTS})

    def build_model(self) -> RecordTableModel:
        language = self.context.language
        return RecordTableModel(
            [
                Column(self.tr("Date"), lambda v: day(v.happened_on, language), 12),
                Column(self.tr("Kind"), lambda v: choice_label(v.kind), 16),
                Column(self.tr("By whom"), lambda v: v.by_whom, 16),
                Column(self.tr("Participants"), lambda v: v.participants, 24),
                Column(self.tr("Summary"), lambda v: " ".join(v.summary.split()), None),
            ],
            parent=self,
        )

    def load(self, session: Session, account_id: int) -> list[TouchpointView]:
        return list_touchpoints(session, account_id)

    def add_text(self) -> str:
        return self.tr("&Add touchpoint…")

    def empty_texts(self) -> tuple[str, str]:
        return (
            self.tr("No touchpoints yet"),
            self.tr("Log calls, visits and meetings: the agenda warns when contact goes quiet."),
        )

    def summary_text(self) -> str:
        rows = self.model.rows()
        if not rows:
            return ""
        last = day(rows[0].happened_on, self.context.language)
        touchpoints = counted(len(rows), self.tr("1 touchpoint"), self.tr("{count} touchpoints"))
        return self.tr("{touchpoints} · last on {day}").format(touchpoints=touchpoints, day=last)

    def describe(self, view: Any) -> str:
        return self.tr("the {kind} of {day}").format(
            kind=choice_label(view.kind).lower(), day=day(view.happened_on, self.context.language)
        )
