"""Give and get on the Negotiation page: for the chosen negotiation, what we could give and
what we ask in return, side by side, each valued in money, with the totals beside what the
ledger says was already given this period.

Items are added, edited and deleted through ``NegotiationItemDialog`` and the worker; a
delete goes to the workspace's Ctrl+Z like any other row. Loads on the database worker
when the chosen negotiation changes and again when the broadcast names what it shows.
"""

from functools import partial

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.formatting import money
from app.model import TradeSide
from app.money import DEFAULT_CURRENCY
from app.records import DeletedRecord, RecordKind, delete_record, move_negotiation_item
from ui.account.account_header import ElidedLabel
from ui.account.pages.list_keys import ListKeys
from ui.account.pages.trade_lines import TradeLine, TradeLists, load_trade_lists
from ui.account.pages.trade_side import TradeSideBox
from ui.account.record_deletion import ask_to_delete
from ui.account.workspace_pages import PageContext
from ui.change_broadcast import CONTRACTS, LEDGER, NEGOTIATIONS
from ui.choice_labels import choice_label
from ui.forms.form_dialog import FormContext
from ui.forms.negotiation_item_dialog import NegotiationItemDialog, TradeEditorData
from ui.page_header import muted_label
from ui.problem_box import show_problem
from ui.shown_refresh import ShownRefresh

# Values depend on the items, the contract's annual value and the ledger of the period.
TOPICS = frozenset({NEGOTIATIONS, CONTRACTS, LEDGER})
CHANGE_TOPICS = frozenset({NEGOTIATIONS})


class GiveAndGetPanel(QWidget):
    """Emits ``deleted(DeletedRecord, what)`` for Ctrl+Z and ``status_message`` for the bar."""

    deleted = Signal(object, str)
    status_message = Signal(str)
    loaded = Signal()

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.negotiation_id: int | None = None
        self.account_id: int | None = None
        self.currency = DEFAULT_CURRENCY
        self.lists: TradeLists | None = None
        self.editor: NegotiationItemDialog | None = None
        self.question: QMessageBox | None = None
        self.reload = ShownRefresh(self, self.refresh)
        self._opening = False
        self._pending_select: int | None = None
        self.sides = {side: TradeSideBox(side, context.language) for side in TradeSide}
        for side, box in self.sides.items():
            box.view.activated.connect(lambda _index: self.edit_item())
            box.view.selectionModel().currentRowChanged.connect(
                partial(self._current_changed, side)
            )
            ListKeys(
                box.view,
                add=partial(self.add_item, side),
                edit=self.edit_item,
                delete=self.delete_item,
                move=self.move_item,
            )
        self.add_give_button = QPushButton(self.tr("Add &concession…"))
        self.add_give_button.clicked.connect(partial(self.add_item, TradeSide.GIVE))
        self.add_get_button = QPushButton(self.tr("Add as&k…"))
        self.add_get_button.clicked.connect(partial(self.add_item, TradeSide.GET))
        self.edit_button = QPushButton(self.tr("Edit i&tem…"))
        self.edit_button.clicked.connect(self.edit_item)
        self.delete_button = QPushButton(self.tr("Delete ite&m"))
        self.delete_button.clicked.connect(self.delete_item)
        self.basis_note = ElidedLabel("")
        self.basis_note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.problem = muted_label()
        self.problem.setWordWrap(True)
        self.problem.hide()
        self._build_layout()
        self._enable_buttons()
        self.hide()  # until a negotiation is chosen
        context.broadcast.changed.connect(self._on_changed)

    def _build_layout(self) -> None:
        heading = QLabel(self.tr("Give and get"))
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        tools = QHBoxLayout()
        tools.setSpacing(8)
        tools.addWidget(heading)
        tools.addSpacing(6)
        tools.addWidget(self.basis_note, 1)
        for button in (
            self.add_give_button,
            self.add_get_button,
            self.edit_button,
            self.delete_button,
        ):
            tools.addWidget(button)
        sides = QHBoxLayout()
        sides.setSpacing(12)
        for box in self.sides.values():
            sides.addWidget(box, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(tools)
        layout.addWidget(self.problem)
        layout.addLayout(sides, 1)

    # -- loading -----------------------------------------------------------------------------
    def show_negotiation(self, negotiation_id: int | None, account_id: int, currency: str) -> None:
        """Show the items of ``negotiation_id`` (None: no negotiation chosen, nothing shown)."""
        self.account_id, self.currency = account_id, currency
        self.setVisible(negotiation_id is not None)
        if negotiation_id == self.negotiation_id:
            return
        self.negotiation_id = negotiation_id
        self.lists = None
        for box in self.sides.values():
            box.clear()
        self.basis_note.set_full_text("")
        self._enable_buttons()
        if negotiation_id is not None:
            self.refresh()

    def refresh(self) -> None:
        negotiation_id = self.negotiation_id
        if negotiation_id is None:
            return
        self.reload.stale = False
        job = partial(load_trade_lists, negotiation_id=negotiation_id, today=self.context.today)
        self.context.worker.run(job, partial(self._show, negotiation_id), self._failed)

    def _on_changed(self, topics: frozenset[str], account_id: int | None) -> None:
        if self.negotiation_id is None or not topics & TOPICS:
            return
        if account_id is not None and account_id != self.account_id:
            return
        self.reload.request()

    def _show(self, negotiation_id: int, lists: TradeLists) -> None:
        if negotiation_id != self.negotiation_id:
            return  # another negotiation was chosen meanwhile
        current = self.current_line()
        wanted = self._pending_select or (current.id if current is not None else None)
        self._pending_select = None
        self.lists = lists
        self.problem.hide()
        for side, box in self.sides.items():
            box.show_lines(lists.side(side), lists.trades, self.currency)
        self.basis_note.set_full_text(self._basis_text(lists))
        if wanted is not None:
            self.select(wanted)
        self._enable_buttons()
        self.loaded.emit()

    def _basis_text(self, lists: TradeLists) -> str:
        trades, lang = lists.trades, self.context.language
        if trades.basis is None:
            return self.tr("No live contract has an annual value: a % stays without a value")
        return self.tr("% of the annual value of {contract}: {basis}").format(
            contract=trades.basis_contract or "", basis=money(trades.basis, lang)
        )

    def _failed(self, message: str) -> None:
        self.lists = None
        for box in self.sides.values():
            box.clear()
        self.problem.setText(message)
        self.problem.show()
        self._enable_buttons()
        self.loaded.emit()

    # -- choosing ----------------------------------------------------------------------------
    def current_line(self) -> TradeLine | None:
        for box in self.sides.values():
            line = box.current_line()
            if line is not None:
                return line
        return None

    def select(self, item_id: int) -> None:
        """Choose the item ``item_id``; one not listed yet is chosen after the next load."""
        if not any(box.select(item_id) for box in self.sides.values()):
            self._pending_select = item_id

    def _current_changed(self, side: TradeSide, current: QModelIndex, _before: QModelIndex) -> None:
        if current.isValid():  # one item is chosen across both lists
            for other, box in self.sides.items():
                if other is not side:
                    box.view.selectionModel().clear()
        self._enable_buttons()

    def _enable_buttons(self) -> None:
        ready = self.lists is not None
        chosen = ready and self.current_line() is not None
        self.add_give_button.setEnabled(ready)
        self.add_get_button.setEnabled(ready)
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def focus_list(self) -> None:
        line = self.current_line()
        side = line.item.side if line is not None else TradeSide.GIVE
        self.sides[side].view.setFocus()

    def describe(self, line: TradeLine) -> str:
        name = line.item.description or choice_label(line.item.kind)
        return self.tr("the give-and-get item “{name}”").format(name=name)

    # -- editing -----------------------------------------------------------------------------
    def add_item(self, side: TradeSide) -> None:
        self._open_editor(None, side)

    def edit_item(self) -> None:
        line = self.current_line()
        if line is not None:
            self._open_editor(line.id, line.item.side)

    def _open_editor(self, item_id: int | None, side: TradeSide) -> None:
        negotiation_id = self.negotiation_id
        if negotiation_id is None or self.lists is None or self._opening:
            return
        self._opening = True  # a second Enter while the form loads opens nothing more
        job = partial(
            NegotiationItemDialog.prepare,
            negotiation_id=negotiation_id,
            record_id=item_id,
            side=side,
            today=self.context.today,
            language=self.context.language,
        )
        self.context.worker.run(job, self._show_editor, self._editor_failed)

    def _show_editor(self, data: TradeEditorData) -> None:
        self._opening = False
        if data.negotiation_id != self.negotiation_id:
            return
        context = FormContext(
            self.context.worker,
            self.context.language,
            self.context.today,
            self.account_id,
            self.currency,
        )
        dialog = NegotiationItemDialog(context, data, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._saved)
        dialog.finished.connect(self._editor_closed)
        self.editor = dialog
        dialog.open()

    def _editor_failed(self, message: str) -> None:
        self._opening = False
        self._show_problem(message)

    def _show_problem(self, message: str) -> None:
        show_problem(self, message)

    def _editor_closed(self) -> None:
        self.editor = None
        self.focus_list()

    def _saved(self, item_id: int) -> None:
        self._pending_select = item_id
        self.status_message.emit(self.tr("Saved."))

    def move_item(self, steps: int) -> None:
        """Move the chosen item ``steps`` places up (negative) or down its list."""
        line = self.current_line()
        if line is None or self.account_id is None:
            return
        item_id = line.id
        self._pending_select = item_id  # chosen again after the reload
        self.context.worker.change(
            lambda session: move_negotiation_item(session, item_id, steps),
            CHANGE_TOPICS,
            lambda _moved: None,
            account_id=self.account_id,
            on_error=self._show_problem,
        )

    # -- deleting ----------------------------------------------------------------------------
    def delete_item(self) -> None:
        line = self.current_line()
        if line is None or self.account_id is None:
            return
        what = self.describe(line)
        self.question = ask_to_delete(
            self, what, lambda confirmed: self._delete_answered(confirmed, line, what)
        )

    def _delete_answered(self, confirmed: bool, line: TradeLine, what: str) -> None:
        self.question = None
        self.focus_list()
        if not confirmed:
            return
        item_id, version = line.id, line.version
        self.context.worker.change(
            lambda session: delete_record(
                session, RecordKind.NEGOTIATION_ITEM, item_id, expected_version=version
            ),
            CHANGE_TOPICS,
            lambda deleted: self._deleted(deleted, what),
            account_id=self.account_id,
            on_error=self._show_problem,
        )

    def _deleted(self, deleted: DeletedRecord, what: str) -> None:
        self.deleted.emit(deleted, what)
