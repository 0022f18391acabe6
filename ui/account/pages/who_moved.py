"""Who in the buying center moved: the account's dated stance and role changes, newest first,
each with what happened shortly before it ("4 days after the SLA breach"), and the words
the Contacts page's "Moved" column uses for a contact's latest move."""

from collections.abc import Sequence

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from app.domain.stance_history import StanceMove
from app.domain.wording import Language
from app.formatting import day
from ui.choice_labels import choice_label
from ui.counts import counted
from ui.line_icons import line_pixmap
from ui.page_header import muted_label
from ui.record_colours import BAD_TEXT, GOOD_TEXT, NEUTRAL

MOVES_SHOWN = 4  # the panel stays a few lines high; the rest are counted
ICON_SIZE = 16


def _cooler(p: QPainter) -> None:
    p.drawLine(QPointF(3, 4), QPointF(12, 13))
    p.drawLine(QPointF(12, 13), QPointF(12, 7.5))
    p.drawLine(QPointF(12, 13), QPointF(6.5, 13))


def _warmer(p: QPainter) -> None:
    p.drawLine(QPointF(3, 12), QPointF(12, 3))
    p.drawLine(QPointF(12, 3), QPointF(6.5, 3))
    p.drawLine(QPointF(12, 3), QPointF(12, 8.5))


def _sideways(p: QPainter) -> None:
    p.drawLine(QPointF(2.5, 8), QPointF(13.5, 8))
    p.drawLine(QPointF(13.5, 8), QPointF(10, 4.5))
    p.drawLine(QPointF(13.5, 8), QPointF(10, 11.5))


def trend_colour(move: StanceMove) -> QColor:
    """Red for a cooler stance, green for a warmer one, grey for a role change alone."""
    return {-1: BAD_TEXT, 1: GOOD_TEXT}.get(move.trend, NEUTRAL)


def trend_icon(move: StanceMove) -> QIcon:
    """An arrow down (cooler), up (warmer) or sideways (a new role), in the trend's colour."""
    drawing = {-1: _cooler, 1: _warmer}.get(move.trend, _sideways)
    return QIcon(line_pixmap(drawing, trend_colour(move), ICON_SIZE, width=1.8))


def change_words(move: StanceMove) -> str:
    """ "Supporter → Critic", "User → Decision maker", or both, in the window's words."""
    parts = []
    if move.old_stance is not None and move.new_stance is not None:
        parts.append(f"{choice_label(move.old_stance)} → {choice_label(move.new_stance)}")
    if move.old_role is not None and move.new_role is not None:
        parts.append(f"{choice_label(move.old_role)} → {choice_label(move.new_role)}")
    return ", ".join(parts)


def moved_text(move: StanceMove, lang: Language) -> str:
    """The Moved column: "Supporter → Critic · 9 Nov 2026"."""
    return f"{change_words(move)} · {day(move.changed_on, lang)}"


def latest_moves(moves: Sequence[StanceMove]) -> dict[int, StanceMove]:
    """Each contact's latest move, by contact id (``moves`` come newest first)."""
    latest: dict[int, StanceMove] = {}
    for move in moves:
        latest.setdefault(move.contact_id, move)
    return latest


class WhoMovedPanel(QFrame):
    """The newest moves as sentences, one line each with its trend arrow; hidden without any."""

    def __init__(self, language: Language, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel(self.tr("Who moved in the last 12 months"))
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.lines = QGridLayout()
        self.lines.setHorizontalSpacing(8)
        self.lines.setVerticalSpacing(3)
        self.lines.setColumnStretch(1, 1)
        self.more = muted_label()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addLayout(self.lines)
        layout.addWidget(self.more)
        self.sentences: list[str] = []
        self.hide()

    def show_moves(self, moves: Sequence[StanceMove]) -> None:
        while self.lines.count():
            taken = self.lines.takeAt(0)
            widget = taken.widget() if taken is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        shown = list(moves[:MOVES_SHOWN])
        self.sentences = [move.sentence(self._language) for move in shown]
        for row, (move, sentence) in enumerate(zip(shown, self.sentences, strict=True)):
            icon = QLabel()
            icon.setPixmap(trend_icon(move).pixmap(ICON_SIZE))
            icon.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
            text = QLabel(sentence)
            text.setTextFormat(Qt.TextFormat.PlainText)  # names are customer data, not markup
            text.setWordWrap(True)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.lines.addWidget(icon, row, 0)
            self.lines.addWidget(text, row, 1)
        hidden = len(moves) - len(shown)
        self.more.setText(
            counted(hidden, self.tr("and 1 earlier move"), self.tr("and {count} earlier moves"))
        )
        self.more.setVisible(hidden > 0)
        self.setVisible(bool(shown))
