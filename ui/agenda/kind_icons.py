"""One small line drawing per kind of agenda item."""

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath

from app.domain.agenda import AgendaKind
from ui.line_icons import Drawing, line_icon


def calendar(p: QPainter) -> None:
    p.drawRoundedRect(QRectF(2, 3.5, 12, 10.5), 1.5, 1.5)
    p.drawLine(QPointF(2, 6.5), QPointF(14, 6.5))
    p.drawLine(QPointF(5, 2), QPointF(5, 5))
    p.drawLine(QPointF(11, 2), QPointF(11, 5))
    p.drawPoint(QPointF(5.5, 9.5))
    p.drawPoint(QPointF(8, 9.5))
    p.drawPoint(QPointF(10.5, 9.5))


def _hourglass(p: QPainter) -> None:
    p.drawLine(QPointF(3.5, 2), QPointF(12.5, 2))
    p.drawLine(QPointF(3.5, 14), QPointF(12.5, 14))
    path = QPainterPath(QPointF(4.5, 2))
    path.lineTo(8, 8)
    path.lineTo(4.5, 14)
    path.moveTo(11.5, 2)
    path.lineTo(8, 8)
    path.lineTo(11.5, 14)
    p.drawPath(path)


def _document(p: QPainter) -> None:
    path = QPainterPath(QPointF(3.5, 1.5))
    path.lineTo(9.5, 1.5)
    path.lineTo(12.5, 4.5)
    path.lineTo(12.5, 14.5)
    path.lineTo(3.5, 14.5)
    path.closeSubpath()
    p.drawPath(path)
    p.drawLine(QPointF(5.5, 8), QPointF(10.5, 8))
    p.drawLine(QPointF(5.5, 11), QPointF(10.5, 11))


def _check_box(p: QPainter) -> None:
    p.drawRoundedRect(QRectF(2.5, 2.5, 11, 11), 2, 2)
    path = QPainterPath(QPointF(5, 8))
    path.lineTo(7.2, 10.2)
    path.lineTo(11, 5.8)
    p.drawPath(path)


def _note_arrow(p: QPainter) -> None:
    p.drawRoundedRect(QRectF(2, 2.5, 9, 11), 1, 1)
    p.drawLine(QPointF(4, 6), QPointF(9, 6))
    p.drawLine(QPointF(4, 9), QPointF(7, 9))
    path = QPainterPath(QPointF(9, 11.5))
    path.lineTo(14.5, 11.5)
    path.moveTo(12.5, 9.5)
    path.lineTo(14.5, 11.5)
    path.lineTo(12.5, 13.5)
    p.drawPath(path)


def _envelope(p: QPainter) -> None:
    p.drawRoundedRect(QRectF(1.5, 3.5, 13, 9), 1, 1)
    path = QPainterPath(QPointF(1.5, 4))
    path.lineTo(8, 9)
    path.lineTo(14.5, 4)
    p.drawPath(path)


def _speech_bubble(p: QPainter) -> None:
    path = QPainterPath()
    path.addRoundedRect(QRectF(1.5, 2, 13, 9), 2.5, 2.5)
    p.drawPath(path)
    tail = QPainterPath(QPointF(4.5, 11))
    tail.lineTo(4, 14.5)
    tail.lineTo(8, 11)
    p.drawPath(tail)
    p.drawLine(QPointF(5, 6.5), QPointF(11, 6.5))


def _clock(p: QPainter) -> None:
    p.drawEllipse(QRectF(2, 2, 12, 12))
    path = QPainterPath(QPointF(8, 4.5))
    path.lineTo(8, 8)
    path.lineTo(10.5, 9.5)
    p.drawPath(path)


def _handshake_flag(p: QPainter) -> None:
    p.drawLine(QPointF(3.5, 1.5), QPointF(3.5, 14.5))
    path = QPainterPath(QPointF(3.5, 2.5))
    path.lineTo(13, 2.5)
    path.lineTo(10.5, 5.5)
    path.lineTo(13, 8.5)
    path.lineTo(3.5, 8.5)
    p.drawPath(path)


def _calendar_alert(p: QPainter) -> None:
    """Budget versus notice: a calendar with an exclamation mark."""
    p.drawRoundedRect(QRectF(2, 3.5, 12, 10.5), 1.5, 1.5)
    p.drawLine(QPointF(2, 6.5), QPointF(14, 6.5))
    p.drawLine(QPointF(5, 2), QPointF(5, 5))
    p.drawLine(QPointF(11, 2), QPointF(11, 5))
    p.drawLine(QPointF(8, 8.2), QPointF(8, 10.6))
    p.drawPoint(QPointF(8, 12.3))


DRAWINGS: dict[AgendaKind, Drawing] = {
    AgendaKind.BUDGET_WINDOW: calendar,
    AgendaKind.NOTICE_DEADLINE: _hourglass,
    AgendaKind.CONTRACT_END: _document,
    AgendaKind.FOLLOW_UP: _check_box,
    AgendaKind.NOTE_FOLLOW_UP: _note_arrow,
    AgendaKind.UNREAD_NOTE: _envelope,
    AgendaKind.NO_CONTACT: _speech_bubble,
    AgendaKind.SLA_BREACH: _clock,
    AgendaKind.UNCOVERED_PROMISE: _handshake_flag,
    AgendaKind.BUDGET_VS_NOTICE: _calendar_alert,
}


def kind_icon(kind: AgendaKind, colour: QColor) -> QIcon:
    """The drawing for ``kind`` in ``colour``, as an icon."""
    return line_icon(DRAWINGS[kind], colour)
