"""Negotiation: the seller's position for each renewal talk (goals, limits), and under the
list the chosen talk's give and get valued in money."""

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QBoxLayout, QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from app.formatting import day
from app.records import DeletedRecord, NegotiationView, RecordKind, list_negotiations
from ui.account.pages.give_and_get_panel import GiveAndGetPanel
from ui.account.record_model import Column, RecordTableModel
from ui.account.record_page import RecordPage
from ui.account.workspace_pages import PageContext, WorkspacePage
from ui.change_broadcast import CONTRACTS, NEGOTIATIONS
from ui.choice_labels import choice_label
from ui.forms.negotiation_dialog import NegotiationDialog

NONE = "—"
WORKBENCH_STRETCH = 4  # the give-and-get lists take more room than the list of talks
TALKS_SHOWN = 3  # the list of talks keeps room for this many rows beside its heading


def _one_line(text: str) -> str:
    return " ".join(text.split())


class NegotiationDetail(QFrame):
    """The chosen negotiation's goals and limits in full (give and get is itemised below)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.texts: dict[str, QLabel] = {}
        layout = QGridLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setHorizontalSpacing(24)
        layout.setVerticalSpacing(4)
        sections = [("goals", self.tr("Goals")), ("limits", self.tr("Limits"))]
        for number, (key, title) in enumerate(sections):
            heading = QLabel(title)
            font = heading.font()
            font.setBold(True)
            heading.setFont(font)
            text = QLabel()
            text.setTextFormat(Qt.TextFormat.PlainText)
            text.setWordWrap(True)
            text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            row, column = divmod(number, 2)
            layout.addWidget(heading, row * 2, column)
            layout.addWidget(text, row * 2 + 1, column)
            self.texts[key] = text
        layout.setColumnStretch(0, 1)
        layout.setColumnStretch(1, 1)

    def show_negotiation(self, view: NegotiationView | None) -> None:
        self.setVisible(view is not None)
        for key, label in self.texts.items():
            text = getattr(view, key) if view is not None else ""
            label.setText(text or "—")


class NegotiationsPage(RecordPage):
    page = WorkspacePage.NEGOTIATIONS
    kind = RecordKind.NEGOTIATION
    dialog = NegotiationDialog
    topics = frozenset({NEGOTIATIONS, CONTRACTS})
    change_topics = frozenset({NEGOTIATIONS})

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        layout = self.layout()
        assert isinstance(layout, QBoxLayout)
        layout.setStretchFactor(self.workbench, WORKBENCH_STRETCH)
        # A few rows are enough for the talks; without any, the workbench hides and the
        # empty page gets the room.
        rows = self.view.fontMetrics().height() + 10
        self.body.setMinimumHeight(rows * (TALKS_SHOWN + 1) + 4)

    def build_model(self) -> RecordTableModel:
        return RecordTableModel(
            [
                Column(self.tr("Meeting"), self._meeting, 12),
                Column(self.tr("Contract"), lambda v: v.contract_number or NONE, 14),
                Column(self.tr("Status"), lambda v: choice_label(v.status), 10),
                Column(self.tr("Goals"), lambda v: _one_line(v.goals), None, tip=lambda v: v.goals),
                Column(
                    self.tr("We can offer"),
                    lambda v: _one_line(v.concessions),
                    24,
                    tip=lambda v: v.concessions,
                ),
                Column(
                    self.tr("We ask in return"),
                    lambda v: _one_line(v.asks),
                    24,
                    tip=lambda v: v.asks,
                ),
                Column(
                    self.tr("Outcome"), lambda v: _one_line(v.outcome), 18, tip=lambda v: v.outcome
                ),
            ],
            parent=self,
        )

    def detail_widget(self) -> QWidget:
        self.detail = NegotiationDetail()
        self.give_and_get = GiveAndGetPanel(self.context)
        self.give_and_get.status_message.connect(self.status_message)
        self.give_and_get.deleted.connect(self.deleted)
        self.workbench = QWidget()
        layout = QVBoxLayout(self.workbench)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(self.detail)
        layout.addWidget(self.give_and_get, 1)
        return self.workbench

    def selection_changed(self) -> None:
        view = self.current_record()
        self.workbench.setVisible(view is not None)  # without a talk the list takes the room
        self.detail.show_negotiation(view)
        if self.account_id is not None:
            self.give_and_get.show_negotiation(
                view.id if view is not None else None, self.account_id, self.currency
            )

    def select_restored(self, deleted: DeletedRecord) -> None:
        if deleted.kind is RecordKind.NEGOTIATION_ITEM:
            self.give_and_get.select(deleted.record_id)
        else:
            super().select_restored(deleted)

    def _meeting(self, view: NegotiationView) -> str:
        if view.meeting_on is None:
            return self.tr("Not set")
        return day(view.meeting_on, self.context.language)

    def load(self, session: Session, account_id: int) -> list[NegotiationView]:
        return list_negotiations(session, account_id)

    def add_text(self) -> str:
        return self.tr("&Add negotiation…")

    def empty_texts(self) -> tuple[str, str]:
        return (
            self.tr("No negotiation prepared"),
            self.tr("Write down goals, limits, and what to give and ask: the brief prints them."),
        )

    def summary_text(self) -> str:
        ahead = [
            view.meeting_on
            for view in self.model.rows()
            if view.meeting_on is not None and view.meeting_on >= self.context.today
        ]
        if not ahead:
            return ""
        return self.tr("Next meeting {day}").format(day=day(min(ahead), self.context.language))

    def describe(self, view: Any) -> str:
        if view.meeting_on is None:
            return self.tr("the negotiation in preparation")
        return self.tr("the negotiation of {day}").format(
            day=day(view.meeting_on, self.context.language)
        )
