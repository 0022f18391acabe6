"""The quick switcher (Ctrl+K): a search field over every account; Enter opens, Esc closes."""

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QLineEdit, QListView, QVBoxLayout, QWidget

from ui.database_worker import DatabaseWorker
from ui.folded_search_proxy import FoldedSearchProxy
from ui.page_header import muted_label
from ui.quick_switcher.account_choices import (
    CUSTOMER_NUMBER_ROLE,
    AccountChoice,
    AccountChoiceDelegate,
    AccountChoicesModel,
    load_account_choices,
)

_MOVES = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)


class QuickSwitcher(QDialog):
    """Emits ``account_chosen(customer_number)`` and closes when an account is opened."""

    account_chosen = Signal(str)
    loaded = Signal()

    def __init__(self, worker: DatabaseWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self.setWindowTitle(self.tr("Open account"))
        self.setModal(True)
        self.model = AccountChoicesModel(self)
        self.proxy = FoldedSearchProxy(self)
        self.proxy.setSourceModel(self.model)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Type a name, city or customer number"))
        self.search.setClearButtonEnabled(True)
        search_font = self.search.font()
        search_font.setPointSizeF(search_font.pointSizeF() * 1.25)
        self.search.setFont(search_font)
        self.search.setTextMargins(4, 4, 4, 4)
        self.search.textChanged.connect(self._search_changed)
        self.search.returnPressed.connect(self._open_current)
        self.search.installEventFilter(self)

        self.list = QListView()
        self.list.setModel(self.proxy)
        self.list.setItemDelegate(AccountChoiceDelegate(self.list))
        self.list.setUniformItemSizes(True)
        self.list.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # typing always goes to the field
        self.list.activated.connect(self._open)
        self.list.clicked.connect(self._open)

        self.hint = muted_label()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 10)
        layout.setSpacing(8)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.hint)
        self.resize(600, 420)

    def open_switcher(self) -> None:
        """Show the switcher with an empty field and a fresh list of accounts."""
        self.search.clear()
        self.hint.setText(self.tr("Loading accounts…"))
        self._place_over_parent()
        self.show()
        self.raise_()
        self.activateWindow()
        self.search.setFocus()
        self._worker.run(load_account_choices, self._show_choices, self.hint.setText)

    def _place_over_parent(self) -> None:
        parent = self.parentWidget()
        if parent is None:
            return
        frame = parent.frameGeometry()
        self.move(frame.center().x() - self.width() // 2, frame.top() + frame.height() // 6)

    def _show_choices(self, choices: list[AccountChoice]) -> None:
        self.model.set_choices(choices)
        self._select_first()
        self.loaded.emit()

    def _search_changed(self, text: str) -> None:
        self.proxy.set_search(text)
        self._select_first()

    def _select_first(self) -> None:
        shown = self.proxy.rowCount()
        if shown:
            self.list.setCurrentIndex(self.proxy.index(0, 0))
        if shown == 0 and self.proxy.searching:
            self.hint.setText(self.tr("No account matches; try part of the name or the city"))
        else:
            self.hint.setText(self.tr("↑↓ choose · Enter opens · Esc closes"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Arrow keys in the field move through the list; the field keeps the focus.
        if (
            watched is self.search
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in _MOVES
        ):
            self.list.keyPressEvent(event)
            return True
        return super().eventFilter(watched, event)

    def _open_current(self) -> None:
        self._open(self.list.currentIndex())

    def _open(self, index: QModelIndex) -> None:
        if not index.isValid() or not self.isVisible():  # a click can also count as activation
            return
        self.account_chosen.emit(str(index.data(CUSTOMER_NUMBER_ROLE)))
        self.accept()
