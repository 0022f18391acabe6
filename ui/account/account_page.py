"""The account page: the header of one account (who, health and why, next key dates).

The workspace pages (timeline, contracts, ledger …) come in a later step; the page
says so rather than showing empty tabs.
"""

from datetime import date
from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.domain.account_overview import AccountOverview, KeyDate, account_overview
from app.domain.wording import Language
from app.formatting import day
from ui.change_broadcast import ChangeBroadcast
from ui.database_worker import DatabaseWorker
from ui.key_dates import key_date_label
from ui.lights import HEALTH_COLOURS, dot_icon, light_name
from ui.page_header import muted_label, title_label

KEY_DATES_SHOWN = 6
DOT_SIZE = 14


def _section_label(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


def _plain(text: str) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)  # customer data is never markup
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class AccountPage(QWidget):
    """Shows the account given to ``show_account``; ``loaded`` follows when it is on screen."""

    loaded = Signal()
    load_failed = Signal(str)
    account_shown = Signal(str, str)  # customer number, name

    def __init__(
        self,
        worker: DatabaseWorker,
        broadcast: ChangeBroadcast,
        today: date,
        language: Language,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._worker = worker
        self._today = today
        self._language = language
        self._customer_number = ""
        self._account_id: int | None = None
        self._stale = False

        self.title = title_label(self.tr("Account"))
        self.facts = muted_label()
        self.health_dot = QLabel()
        self.health_light = _section_label("")
        self.reasons = _plain("")
        self.reasons.setWordWrap(True)
        self.key_dates = QGridLayout()
        self.key_dates.setHorizontalSpacing(18)
        self.key_dates.setVerticalSpacing(4)
        self.note = muted_label(
            self.tr(
                "The account workspace (timeline, contracts, budget dates, ledger, technician "
                "notes, incidents, contacts, touchpoints, negotiation and the brief) arrives "
                "in the next step."
            )
        )
        self.note.setWordWrap(True)
        self._build_layout()
        broadcast.changed.connect(self._on_changed)

    def _build_layout(self) -> None:
        health = QHBoxLayout()
        health.setSpacing(8)
        health.addWidget(self.health_dot, 0, Qt.AlignmentFlag.AlignTop)
        health.addWidget(self.health_light, 0, Qt.AlignmentFlag.AlignTop)
        health.addWidget(self.reasons, 1)

        rule = QFrame()
        rule.setFrameShape(QFrame.Shape.HLine)
        rule.setFrameShadow(QFrame.Shadow.Sunken)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addWidget(self.facts)
        layout.addSpacing(14)
        layout.addWidget(_section_label(self.tr("Health")))
        layout.addLayout(health)
        layout.addSpacing(14)
        layout.addWidget(_section_label(self.tr("Next key dates")))
        layout.addLayout(self.key_dates)
        layout.addSpacing(18)
        layout.addWidget(rule)
        layout.addSpacing(6)
        layout.addWidget(self.note)
        layout.addStretch(1)

    @property
    def customer_number(self) -> str:
        return self._customer_number

    def show_account(self, customer_number: str) -> None:
        """Load and show the account with ``customer_number`` (on the database worker)."""
        if customer_number != self._customer_number:
            self._customer_number = customer_number
            self._account_id = None
            self.title.setText(self.tr("Loading {number}…").format(number=customer_number))
            self.facts.clear()
        self.refresh()

    def refresh(self) -> None:
        if not self._customer_number:
            return
        self._stale = False
        job = partial(account_overview, customer_number=self._customer_number, today=self._today)
        self._worker.run(job, self._show_overview, self._show_error)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _on_changed(self, _topics: frozenset[str], account_id: int | None) -> None:
        if account_id is not None and account_id != self._account_id:
            return
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def _show_overview(self, overview: AccountOverview) -> None:
        snapshot = overview.snapshot
        if snapshot.customer_number != self._customer_number:
            return  # another account was asked for meanwhile; its answer follows
        self._account_id = snapshot.account_id
        self.title.setText(snapshot.name)
        place = ", ".join(part for part in (snapshot.city, overview.country) if part)
        tier = self.tr("Tier {tier}").format(tier=snapshot.tier.value)
        facts = [snapshot.customer_number, place, tier]
        if overview.owner:
            facts.append(self.tr("Owner: {owner}").format(owner=overview.owner))
        self.facts.setText(" · ".join(part for part in facts if part))
        health = snapshot.health
        self.health_dot.setPixmap(dot_icon(HEALTH_COLOURS[health.light]).pixmap(DOT_SIZE))
        self.health_light.setText(light_name(health.light))
        sentences = [f"• {reason.sentence(self._language)}" for reason in health.reasons]
        self.reasons.setText("\n".join(sentences) or health.summary(self._language))
        self._fill_key_dates(overview)
        self.account_shown.emit(snapshot.customer_number, snapshot.name)
        self.loaded.emit()

    def _fill_key_dates(self, overview: AccountOverview) -> None:
        self._fill_key_dates_with(list(overview.key_dates[:KEY_DATES_SHOWN]))

    def _fill_key_dates_with(self, shown: list[KeyDate], say_none: bool = True) -> None:
        while self.key_dates.count():
            taken = self.key_dates.takeAt(0)
            widget = taken.widget() if taken is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        if not shown and say_none:
            self.key_dates.addWidget(muted_label(self.tr("No key dates ahead")), 0, 0)
        for row, key_date in enumerate(shown):
            when = _plain(day(key_date.on, self._language))
            when.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.key_dates.addWidget(when, row, 0)
            self.key_dates.addWidget(_plain(key_date_label(key_date.what)), row, 1)
            self.key_dates.addWidget(_plain(key_date.subject), row, 2)
        self.key_dates.setColumnStretch(2, 1)

    def _show_error(self, message: str) -> None:
        self._account_id = None
        self.title.setText(self.tr("This account cannot be shown"))
        self.facts.setText(message)
        self.health_dot.clear()
        self.health_light.clear()
        self.reasons.clear()
        self._fill_key_dates_with([], say_none=False)
        self.load_failed.emit(message)
