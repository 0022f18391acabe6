"""The accounts the switcher offers: a list model with folded search keys, and its delegate
that shows the name on the left and "customer number · city" on the right."""

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem
from sqlalchemy.orm import Session

from app.domain.accounts import AccountSummary, list_accounts
from app.model import AccountStatus
from ui.folding import search_key

AnyIndex = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()  # the invisible root, as a default argument
SECONDARY_ROLE = Qt.ItemDataRole.UserRole + 1
CUSTOMER_NUMBER_ROLE = Qt.ItemDataRole.UserRole + 2
PADDING = 10


@dataclass(frozen=True, slots=True)
class AccountChoice:
    account: AccountSummary
    search_key: str


def load_account_choices(session: Session) -> list[AccountChoice]:
    """Every account by name, with its search key (runs on the database worker)."""
    return [
        AccountChoice(account, search_key(account.name, account.city, account.customer_number))
        for account in list_accounts(session)
    ]


class AccountChoicesModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._choices: list[AccountChoice] = []
        self.search_keys: list[str] = []  # row by row, for FoldedSearchProxy

    def set_choices(self, choices: list[AccountChoice]) -> None:
        self.beginResetModel()
        self._choices = choices
        self.search_keys = [choice.search_key for choice in choices]
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._choices)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        account = self._choices[index.row()].account
        if role == Qt.ItemDataRole.DisplayRole:
            return account.name
        if role == SECONDARY_ROLE:
            return self._secondary(account)
        if role == CUSTOMER_NUMBER_ROLE:
            return account.customer_number
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{account.name} · {self._secondary(account)}"
        return None

    def _secondary(self, account: AccountSummary) -> str:
        parts = [account.customer_number, account.city]
        if account.status == AccountStatus.ARCHIVED:
            parts.append(self.tr("archived"))
        return " · ".join(part for part in parts if part)


class AccountChoiceDelegate(QStyledItemDelegate):
    """Paints the name left and the customer number and city right, both elided to fit."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        view_option = QStyleOptionViewItem(option)
        self.initStyleOption(view_option, index)
        name, secondary = view_option.text, str(index.data(SECONDARY_ROLE) or "")
        view_option.text = ""
        widget = view_option.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, view_option, painter, widget)

        selected = bool(view_option.state & QStyle.StateFlag.State_Selected)
        palette = view_option.palette
        ink = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        muted = ink if selected else palette.color(QPalette.ColorRole.PlaceholderText)
        metrics = view_option.fontMetrics
        area = view_option.rect.adjusted(PADDING, 0, -PADDING, 0)
        right_width = min(metrics.horizontalAdvance(secondary), area.width() * 2 // 5)
        right = QRect(area.right() - right_width, area.top(), right_width, area.height())
        left = QRect(area.left(), area.top(), area.width() - right_width - PADDING, area.height())
        align_left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        align_right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter

        painter.save()
        painter.setPen(ink)
        elide = Qt.TextElideMode.ElideRight
        painter.drawText(left, align_left, metrics.elidedText(name, elide, left.width()))
        painter.setPen(muted)
        painter.drawText(right, align_right, metrics.elidedText(secondary, elide, right.width()))
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), option.fontMetrics.height() + 14)
