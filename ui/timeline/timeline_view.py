"""The timeline widget: paints a ``TimelineLayout`` and turns mouse, wheel and keys into
zoom, pan, selection and ``item_activated(kind, record_id)``."""

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QPoint, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QToolTip, QWidget

from app.domain.budget_notice import BudgetNoticeKind
from app.domain.timeline import Timeline
from app.domain.wording import Language
from app.formatting import day as format_day
from app.formatting import money
from app.records import RecordKind
from app.storage.files import write_atomically
from ui.choice_labels import choice_label
from ui.timeline.layout import ItemRef, Lane, TimelineLayout, timeline_layout
from ui.timeline.timeline_painter import Colours, paint_timeline

ZOOM_STEP = 0.8  # one step of + shows 80 % of the span
SHORTEST_SPAN = 14  # days
LONGEST_SPAN = 40 * 366
WHEEL_PAN = 0.1  # one wheel notch pans a tenth of the span
DRAG_THRESHOLD = 4  # pixels before a press becomes a drag


class TimelineView(QWidget):
    """Emits ``item_activated(kind, record_id)`` on a click or Enter on an item, and
    ``range_changed`` after a zoom or pan."""

    item_activated = Signal(str, int)
    range_changed = Signal()

    def __init__(self, today: date, language: Language, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setMinimumSize(420, 200)
        self._today = today
        self._language = language
        self._timeline = Timeline(today, (), (), ())
        self._start = float((today - timedelta(days=730)).toordinal())
        self._end = float((today + timedelta(days=365)).toordinal())
        self._layout: TimelineLayout | None = None
        self.selected: ItemRef | None = None
        self._press: QPoint | None = None
        self._press_range = (self._start, self._end)
        self._dragged = False
        self.lane_labels = {
            Lane.CONTRACTS: self.tr("Contracts"),
            Lane.BUDGET: self.tr("Budget dates"),
            Lane.FREE_SERVICES: self.tr("Free services"),
            Lane.INCIDENTS: self.tr("Incidents"),
            Lane.NOTES: self.tr("Technician notes"),
            Lane.TOUCHPOINTS: self.tr("Touchpoints"),
            Lane.FOLLOW_UPS: self.tr("Follow-ups"),
        }

    # -- data and range ---------------------------------------------------------------------
    @property
    def timeline(self) -> Timeline:
        return self._timeline

    def set_timeline(self, timeline: Timeline) -> None:
        self._timeline = timeline
        self.selected = None
        self._relayout()

    def visible_range(self) -> tuple[date, date]:
        return date.fromordinal(round(self._start)), date.fromordinal(round(self._end))

    def set_range(self, start: date, end: date) -> None:
        self._set_span(float(start.toordinal()), float(end.toordinal()))

    def _set_span(self, start: float, end: float) -> None:
        span = min(max(end - start, SHORTEST_SPAN), LONGEST_SPAN)
        centre = (start + end) / 2
        lowest = date(1901, 1, 1).toordinal()
        highest = date(9998, 1, 1).toordinal()
        self._start = min(max(centre - span / 2, lowest), highest - span)
        self._end = self._start + span
        self._relayout()
        self.range_changed.emit()

    def zoom(self, factor: float, anchor_x: float | None = None) -> None:
        """Narrow (factor < 1) or widen the span, keeping the date under ``anchor_x`` put."""
        layout = self.layout_data()
        span = self._end - self._start
        share = 0.5
        if anchor_x is not None:
            share = min(max((anchor_x - layout.plot_left) / layout.plot_width, 0.0), 1.0)
        anchor = self._start + share * span
        new_span = min(max(span * factor, SHORTEST_SPAN), LONGEST_SPAN)
        self._set_span(anchor - share * new_span, anchor + (1 - share) * new_span)

    def pan(self, fraction: float) -> None:
        """Move the range by ``fraction`` of its span (positive: later)."""
        shift = (self._end - self._start) * fraction
        self._set_span(self._start + shift, self._end + shift)

    def layout_data(self) -> TimelineLayout:
        if self._layout is None:
            self._relayout()
        assert self._layout is not None
        return self._layout

    def _relayout(self) -> None:
        start, end = self.visible_range()
        self._layout = timeline_layout(
            self._timeline,
            start,
            end,
            self.width(),
            self.height(),
            self.lane_labels,
            self._language,
        )
        self.setMinimumHeight(int(self._layout.needed_height))
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(900, int(self.layout_data().needed_height))

    # -- painting and export ---------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        paint_timeline(
            painter,
            self.layout_data(),
            Colours.of(self.palette()),
            self.selected,
            self.tr("+{count}"),
        )
        painter.end()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._relayout()

    def export_png(self, path: Path) -> None:
        """Save the view as it is on screen, whole or not at all (``WriteFailedError``)."""
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        self.grab().save(buffer, "PNG")
        write_atomically(path, bytes(buffer.data().data()), self.tr("timeline image"))

    def export_svg(self, path: Path) -> None:
        """Save the whole timeline as a drawing, whole or not at all (``WriteFailedError``)."""
        layout = self.layout_data()
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        generator = QSvgGenerator()
        generator.setOutputDevice(buffer)
        generator.setSize(QSize(int(layout.width), int(layout.height)))
        generator.setViewBox(QRectF(0, 0, layout.width, layout.height))
        generator.setTitle(self.tr("Timeline"))
        painter = QPainter(generator)
        paint_timeline(painter, layout, Colours.of(self.palette()), None, self.tr("+{count}"))
        painter.end()
        write_atomically(path, bytes(buffer.data().data()), self.tr("timeline drawing"))

    # -- mouse and wheel -------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position().toPoint()
            self._press_range = (self._start, self._end)
            self._dragged = False
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        position = event.position().toPoint()
        if self._press is not None:
            dx = position.x() - self._press.x()
            if abs(dx) >= DRAG_THRESHOLD:
                self._dragged = True
            if self._dragged:
                layout = self.layout_data()
                start, end = self._press_range
                shift = -dx / layout.plot_width * (end - start)
                self._set_span(start + shift, end + shift)
                self.setCursor(Qt.CursorShape.ClosedHandCursor)
                return
        item = self.layout_data().item_at(position.x(), position.y())
        if item is None:
            QToolTip.hideText()
            self.unsetCursor()
        else:
            self.setCursor(Qt.CursorShape.PointingHandCursor)
            QToolTip.showText(event.globalPosition().toPoint(), self.describe(item), self)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._press is not None:
            if not self._dragged:
                position = event.position()
                item = self.layout_data().item_at(position.x(), position.y())
                if item is not None:
                    self._select(item)
                    self.item_activated.emit(item.kind.value, item.record_id)
            self._press = None
            self._dragged = False
            self.unsetCursor()
        super().mouseReleaseEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        delta = event.angleDelta()
        notches = (delta.y() or delta.x()) / 120
        if not notches:
            return
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom(ZOOM_STEP**notches, event.position().x())
        else:
            self.pan(-notches * WHEEL_PAN)
        event.accept()

    def describe(self, item: ItemRef) -> str:
        """The tooltip: date (or term), title, detail and value."""
        lang = self._language
        when = format_day(item.day, lang)
        if isinstance(item.choice, BudgetNoticeKind):  # a warning band: what, when, why
            until = format_day(item.end or item.day, lang)
            return "\n".join([choice_label(item.choice), f"{when} – {until}", item.title])
        if item.kind is RecordKind.CONTRACT:
            end = format_day(item.end, lang) if item.end else self.tr("open-ended")
            when = f"{when} – {end}"
        lines = [when, item.title]
        if item.choice is not None:
            lines.append(choice_label(item.choice))
        if item.detail:
            lines.append(item.detail)
        if item.value is not None:
            lines.append(money(item.value, lang, cents=False))
        return "\n".join(line for line in lines if line)

    # -- keyboard --------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom(ZOOM_STEP)
        elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            self.zoom(1 / ZOOM_STEP)
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_Left):
            self._step(1 if key == Qt.Key.Key_Right else -1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.selected is not None:
            self.item_activated.emit(self.selected.kind.value, self.selected.record_id)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def _step(self, direction: int) -> None:
        """Select the next item to the right (1) or left (-1); past the edge of the view,
        pan to centre the next item by date."""
        targets = [item for item, _box in self.layout_data().targets()]
        current = self._index_of(targets)
        if current is None:
            if targets:
                self._select(targets[0 if direction > 0 else -1])
            return
        index = current + direction
        if 0 <= index < len(targets):
            self._select(targets[index])
            return
        assert self.selected is not None
        here = self.selected.day
        days = sorted(self._item_days())
        beyond = [d for d in days if d > here] if direction > 0 else [d for d in days if d < here]
        if not beyond:
            return
        wanted = beyond[0] if direction > 0 else beyond[-1]
        half = (self._end - self._start) / 2
        self._set_span(wanted.toordinal() - half, wanted.toordinal() + half)
        found = [item for item, _box in self.layout_data().targets() if item.day == wanted]
        if found:
            self._select(found[0 if direction > 0 else -1])

    def _item_days(self) -> set[date]:
        timeline = self._timeline
        days = {term.start for term in timeline.contracts}
        days |= {budget.day for budget in timeline.budget_dates}
        return days | {marker.day for marker in timeline.markers}

    def _index_of(self, targets: list[ItemRef]) -> int | None:
        if self.selected is None:
            return None
        key = (self.selected.kind, self.selected.record_id, self.selected.day)
        return next((i for i, t in enumerate(targets) if (t.kind, t.record_id, t.day) == key), None)

    def _select(self, item: ItemRef) -> None:
        self.selected = item
        self.update()
