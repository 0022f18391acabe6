"""The Timeline tab of the account workspace: range presets, export, the view, a legend,
and a helpful page when the account has nothing dated yet. Loads on the database worker."""

from datetime import date, timedelta
from functools import partial
from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.contract_dates import add_months
from app.domain.timeline import Timeline, timeline_items
from app.records import RecordKind
from app.storage.files import WriteFailedError
from ui.account.empty_records import EmptyRecords
from ui.account.workspace_pages import PageContext
from ui.change_broadcast import (
    BUDGET_CYCLES,
    CONTRACTS,
    FOLLOW_UPS,
    INCIDENTS,
    LEDGER,
    NEGOTIATIONS,
    NOTES,
    TOUCHPOINTS,
)
from ui.problem_box import show_problem
from ui.shown_refresh import ShownRefresh
from ui.timeline.layout import Box, ItemRef, PlacedWarning
from ui.timeline.timeline_painter import (
    NOTICE_COLOUR,
    TODAY_COLOUR,
    diamond,
    paint_symbol,
    paint_warning_bands,
    paint_warning_marker,
)
from ui.timeline.timeline_view import TimelineView
from ui.write_failures import failure_text

# Negotiations too: a renewal meeting after the budget closes is a budget-versus-notice band.
TOPICS = frozenset(
    {CONTRACTS, BUDGET_CYCLES, LEDGER, NOTES, INCIDENTS, TOUCHPOINTS, FOLLOW_UPS, NEGOTIATIONS}
)


# The legend's sample band stands for no record.
_LEGEND_REF = ItemRef(RecordKind.BUDGET_CYCLE, 0, date.min, "", "", None)


def _padded(start: date, end: date) -> tuple[date, date]:
    margin = timedelta(days=max((end - start).days // 20, 7))
    return start - margin, end + margin


class TimelinePage(QWidget):
    """Emits ``item_activated(kind, record_id)`` when an item is clicked or entered."""

    item_activated = Signal(str, int)
    loaded = Signal()

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.account_id: int | None = None
        self.reload = ShownRefresh(self, self.refresh)
        self._first_show = True  # the first load of an account shows the default range
        self.view = TimelineView(context.today, context.language)
        self.view.item_activated.connect(self.item_activated)
        self.empty = EmptyRecords()
        self.empty.show_message(
            self.tr("Nothing on the timeline yet"),
            self.tr(
                "Contracts, budget dates, free services, incidents, technician notes and "
                "touchpoints appear here as soon as the other tabs have them."
            ),
            None,
        )
        self.body = QStackedWidget()
        self.body.addWidget(self.view)
        self.body.addWidget(self.empty)
        self.presets = {
            "term": QPushButton(self.tr("This contract term")),
            "year": QPushButton(self.tr("12 months")),
            "three_years": QPushButton(self.tr("3 years")),
            "all": QPushButton(self.tr("All")),
        }
        bar = QHBoxLayout()
        for name, button in self.presets.items():
            button.clicked.connect(partial(self.show_preset, name))
            bar.addWidget(button)
        bar.addStretch(1)
        bar.addWidget(QLabel(self.tr("Ctrl+wheel or +/− zooms, drag pans")))
        self.export_button = QToolButton()
        self.export_button.setText(self.tr("Export"))
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.export_button)
        menu.addAction(self.tr("As PNG image…"), partial(self._export, "png"))
        menu.addAction(self.tr("As SVG drawing…"), partial(self._export, "svg"))
        self.export_button.setMenu(menu)
        bar.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(bar)
        layout.addWidget(self.body, 1)
        layout.addWidget(self._legend())
        context.broadcast.changed.connect(self._on_changed)

    # -- loading ---------------------------------------------------------------------------
    def set_account(self, account_id: int, currency: str) -> None:
        if account_id != self.account_id:
            self.account_id = account_id
            self.view.set_timeline(Timeline(self.context.today, (), (), ()))
            self._first_show = True
        self.reload.request()

    def refresh(self) -> None:
        if self.account_id is None:
            return
        self.reload.stale = False
        job = partial(
            timeline_items,
            account_id=self.account_id,
            today=self.context.today,
            lang=self.context.language,
        )
        self.context.worker.run(job, partial(self._show, self.account_id), self._failed)

    def _on_changed(self, topics: frozenset[str], account_id: int | None) -> None:
        if self.account_id is None or not topics & TOPICS:
            return
        if account_id is not None and account_id != self.account_id:
            return
        self.reload.request()

    def _show(self, account_id: int, timeline: Timeline) -> None:
        if account_id != self.account_id:
            return  # another account was opened meanwhile
        self.view.set_timeline(timeline)
        self.body.setCurrentWidget(self.empty if timeline.empty else self.view)
        for button in [*self.presets.values(), self.export_button]:
            button.setEnabled(not timeline.empty)
        if self._first_show:
            self._first_show = False
            self.show_preset("three_years")
        self.loaded.emit()

    def _failed(self, message: str) -> None:
        self.empty.show_message(self.tr("The timeline could not be loaded"), message, None)
        self.body.setCurrentWidget(self.empty)

    # -- presets and export ----------------------------------------------------------------
    def show_preset(self, name: str) -> None:
        today = self.context.today
        timeline = self.view.timeline
        if name == "term":
            running = [c for c in timeline.contracts if c.start <= today]
            term = max(running or list(timeline.contracts), key=lambda c: c.start, default=None)
            if term is not None:
                self.view.set_range(*_padded(term.start, term.end or add_months(today, 12)))
                return
            name = "year"
        if name == "year":
            self.view.set_range(add_months(today, -6), add_months(today, 6))
        elif name == "three_years":
            self.view.set_range(add_months(today, -24), add_months(today, 12))
        else:
            span = timeline.span()
            if span is not None:
                self.view.set_range(*_padded(min(span[0], today), max(span[1], today)))

    def _export(self, suffix: str) -> None:
        file_filter = (
            self.tr("PNG image (*.png)") if suffix == "png" else self.tr("SVG drawing (*.svg)")
        )
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export timeline"), f"timeline.{suffix}", file_filter
        )
        if not path:
            return
        try:
            if suffix == "png":
                self.view.export_png(Path(path))
            else:
                self.view.export_svg(Path(path))
        except WriteFailedError as error:
            show_problem(self, failure_text(error), self.tr("Export timeline"))

    # -- legend ----------------------------------------------------------------------------
    def _legend(self) -> QWidget:
        entries = [
            (RecordKind.CONTRACT, self.tr("Contract term")),
            (None, self.tr("Notice deadline")),
            (RecordKind.BUDGET_CYCLE, self.tr("Budget date")),
            (RecordKind.FREE_SERVICE, self.tr("Free service (size: value)")),
            (RecordKind.INCIDENT, self.tr("Incident")),
            ("breach", self.tr("SLA breached")),
            (RecordKind.TECHNICIAN_NOTE, self.tr("Technician note")),
            (RecordKind.TOUCHPOINT, self.tr("Touchpoint")),
            (RecordKind.FOLLOW_UP, self.tr("Follow-up")),
            ("warning", self.tr("Budget versus notice")),
            ("today", self.tr("Today")),
        ]
        legend = QWidget()
        grid = QGridLayout(legend)  # two rows: long (German) labels still fit
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(6)
        per_row = (len(entries) + 1) // 2
        for index, (symbol, text) in enumerate(entries):
            row, column = divmod(index, per_row)
            icon = QLabel()
            icon.setPixmap(_legend_icon(symbol))
            grid.addWidget(icon, row, 2 * column)
            grid.addWidget(QLabel(text), row, 2 * column + 1)
        grid.setColumnStretch(2 * per_row, 1)
        return legend


def _legend_icon(symbol: RecordKind | str | None) -> QPixmap:
    size = QSize(16, 16)
    pixmap = QPixmap(size)
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    box = Box(2, 2, 12, 12)
    if isinstance(symbol, RecordKind):
        if symbol is RecordKind.CONTRACT:
            box = Box(0, 4, 16, 8)
        paint_symbol(painter, symbol, box)
    elif symbol == "breach":
        paint_symbol(painter, RecordKind.INCIDENT, box, warning=True)
    elif symbol == "warning":
        paint_warning_bands(painter, [PlacedWarning(_LEGEND_REF, Box(0, 0, 16, 16), box)])
        paint_warning_marker(painter, Box(2, 3, 12, 11))
    elif symbol == "today":
        painter.setPen(QPen(TODAY_COLOUR, 1.5, Qt.PenStyle.DashLine))
        painter.drawLine(8, 0, 8, 16)
    else:
        painter.setPen(QPen(NOTICE_COLOUR.darker(140), 1))
        painter.setBrush(NOTICE_COLOUR)
        painter.drawPolygon(diamond(box))
    painter.end()
    return pixmap
