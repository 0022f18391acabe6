"""Negotiation: the seller's position for each renewal talk (goals, limits, give and get)."""

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QWidget
from sqlalchemy.orm import Session

from app.formatting import day
from app.records import NegotiationView, RecordKind, list_negotiations
from ui.account.record_model import Column, RecordTableModel
from ui.account.record_page import RecordPage
from ui.account.workspace_pages import WorkspacePage
from ui.change_broadcast import CONTRACTS, NEGOTIATIONS
from ui.choice_labels import choice_label
from ui.forms.negotiation_dialog import NegotiationDialog

NONE = "—"


def _one_line(text: str) -> str:
    return " ".join(text.split())


class NegotiationDetail(QFrame):
    """The chosen negotiation's texts in full: goals and limits, what we give and get."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.texts: dict[str, QLabel] = {}
        layout = QGridLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setHorizontalSpacing(24)
        layout.setVerticalSpacing(4)
        sections = [
            ("goals", self.tr("Goals")),
            ("limits", self.tr("Limits")),
            ("concessions", self.tr("We can offer")),
            ("asks", self.tr("We ask in return")),
        ]
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
        return self.detail

    def selection_changed(self) -> None:
        self.detail.show_negotiation(self.current_record())

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
