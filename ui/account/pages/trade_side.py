"""One side of the give-and-get list: its title, its items (kind, description, value) in the
seller's order, and its totals under the Value column.

The give side sums up as the seller reasons: already given this period (the ledger) plus
the planned concessions is what is on the table; the other side says what is asked in
return. Items without a value are counted apart, never as zero.
"""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QTreeView, QVBoxLayout, QWidget

from app.domain.give_and_get import GiveAndGet
from app.domain.wording import Language
from app.model import TradeSide
from ui.account.pages.trade_lines import TradeLine, period_text, sums_text, value_text, value_tip
from ui.account.record_model import Column, RecordTableModel
from ui.account.record_view import record_view
from ui.choice_labels import choice_label
from ui.counts import counted
from ui.page_header import muted_label
from ui.record_colours import muted_text

VISIBLE_ROWS = 3  # the list never shrinks below this many rows


def _bold(label: QLabel) -> QLabel:
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


def _figure() -> QLabel:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class TradeSideBox(QFrame):
    """The list of one side; ``show_lines`` fills it, the panel handles choosing and keys."""

    def __init__(self, side: TradeSide, language: Language, parent: QWidget | None = None):
        super().__init__(parent)
        self.side = side
        self._language = language
        self._trades: GiveAndGet | None = None
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = _bold(QLabel(choice_label(side)))
        self.model = RecordTableModel(
            [
                Column(self.tr("Kind"), lambda v: choice_label(v.item.kind), 16),
                Column(
                    self.tr("Description"),
                    lambda v: v.item.description,
                    None,
                    tip=lambda v: v.item.description or None,
                ),
                Column(
                    self.tr("Value"),
                    lambda v: value_text(v.item, self._language),
                    17,
                    right=True,
                    colour=lambda v: muted_text() if v.item.value is None else None,
                    tip=self._value_tip,
                ),
            ],
            parent=self,
        )
        self.view: QTreeView = record_view(self.model, self.model.columns)
        self.view.setAccessibleName(choice_label(side))
        rows = self.view.fontMetrics().height() + 10
        self.view.setMinimumHeight(rows * (VISIBLE_ROWS + 1))
        self.totals = QGridLayout()
        self.totals.setHorizontalSpacing(12)
        self.totals.setVerticalSpacing(2)
        self.totals.setColumnStretch(0, 1)
        self.captions: dict[str, QLabel] = {}
        self.figures: dict[str, QLabel] = {}
        self.unvalued = muted_label()
        self.unvalued.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if side is TradeSide.GIVE:
            self._add_total("already_given", self.tr("Already given this period (ledger)"))
            self._add_total("planned", self.tr("+ planned concessions"))
            self._add_total("on_the_table", self.tr("= on the table"), bold=True)
        else:
            self._add_total("asked", self.tr("Asked in return"), bold=True)
        self.totals.addWidget(self.unvalued, self.totals.rowCount(), 0, 1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(6)
        layout.addWidget(self.title)
        layout.addWidget(self.view, 1)
        layout.addLayout(self.totals)

    def _add_total(self, key: str, text: str, *, bold: bool = False) -> None:
        row = self.totals.rowCount()
        caption = QLabel(text)
        caption.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        figure = _figure()
        if bold:
            _bold(caption)
            _bold(figure)
        self.totals.addWidget(caption, row, 0)
        self.totals.addWidget(figure, row, 1)
        self.captions[key] = caption
        self.figures[key] = figure

    def _value_tip(self, line: TradeLine) -> str | None:
        if self._trades is None:
            return None
        return value_tip(line.item, self._trades, self._language)

    # -- contents ----------------------------------------------------------------------------
    def show_lines(self, lines: tuple[TradeLine, ...], trades: GiveAndGet, currency: str) -> None:
        self._trades = trades
        self.model.set_rows(lines)
        lang = self._language
        if self.side is TradeSide.GIVE:
            self.figures["already_given"].setText(sums_text(trades.already_given, currency, lang))
            self.figures["planned"].setText(sums_text(trades.planned, currency, lang))
            self.figures["on_the_table"].setText(sums_text(trades.on_the_table, currency, lang))
            tip = period_text(trades, lang)
            self.captions["already_given"].setToolTip(tip)
            self.figures["already_given"].setToolTip(tip)
        else:
            self.figures["asked"].setText(sums_text(trades.asked, currency, lang))
        missing = sum(1 for line in lines if line.item.value is None)
        self.unvalued.setText(
            counted(
                missing,
                self.tr("+ 1 item without a value"),
                self.tr("+ {count} items without a value"),
            )
        )
        self.unvalued.setVisible(missing > 0)

    def clear(self) -> None:
        self._trades = None
        self.model.set_rows([])
        for figure in self.figures.values():
            figure.clear()
        self.unvalued.hide()

    def current_line(self) -> TradeLine | None:
        line = self.model.record_at(self.view.currentIndex())
        return line if isinstance(line, TradeLine) else None

    def select(self, item_id: int) -> bool:
        index = self.model.index_of(item_id)
        if index.isValid():
            self.view.setCurrentIndex(index)
        return index.isValid()
