"""The top of the account workspace: who the account is, its health with every reason,
the next key dates, and what was given free this period as a share of the annual value.

Three columns side by side, so it answers "what do I need to know now" in one glance and
leaves the rest of the window to the pages below; under them, a line for each time the
customer's budget and the renewal are out of step (budget versus notice).
"""

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.domain.account_overview import AccountOverview, KeyDate
from app.domain.ledger_balance import LedgerBalance
from app.domain.wording import Language
from app.formatting import day, money, share
from app.money import DEFAULT_CURRENCY, Money
from ui.account.budget_warning_lines import BudgetWarningLines
from ui.key_dates import key_date_label
from ui.lights import HEALTH_COLOURS, dot_icon, light_name
from ui.page_header import muted_label, title_label

KEY_DATES_SHOWN = 4
DOT_SIZE = 14
FIGURE_SCALE = 1.35


def section_label(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


def plain_label(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)  # customer data is never markup
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class ElidedLabel(QLabel):
    """Plain text cut with "…" at the label's width, so a long title never widens the window;
    the whole text is the tooltip."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.set_full_text(text)

    def set_full_text(self, text: str) -> None:
        self.full_text = text
        self.setToolTip(text)
        self._elide()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        shown = self.fontMetrics().elidedText(
            self.full_text, Qt.TextElideMode.ElideRight, self.width()
        )
        if shown != self.text():
            self.setText(shown)


class AccountHeader(QWidget):
    """Filled by ``show_overview``; ``title_row`` takes buttons beside the name."""

    def __init__(self, language: Language, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self.title = title_label(self.tr("Account"))
        self.facts = muted_label()
        self.health_dot = QLabel()
        self.health_light = section_label("")
        self.reasons = plain_label()
        self.reasons.setWordWrap(True)
        self.key_dates = QGridLayout()
        self.key_dates.setHorizontalSpacing(12)
        self.key_dates.setVerticalSpacing(3)
        self.free_value = plain_label()
        font = self.free_value.font()
        font.setPointSizeF(font.pointSizeF() * FIGURE_SCALE)
        font.setBold(True)
        self.free_value.setFont(font)
        self.free_share = plain_label()
        self.free_since = muted_label()
        self.budget_warnings = BudgetWarningLines(language, today)
        self.title_row = QHBoxLayout()
        self._build_layout()

    def _build_layout(self) -> None:
        self.title_row.addWidget(self.title, 1)
        health_line = QHBoxLayout()
        health_line.setSpacing(6)
        health_line.addWidget(self.health_dot)
        health_line.addWidget(self.health_light)
        health_line.addStretch(1)
        health = QVBoxLayout()
        health.setSpacing(3)
        health.addLayout(health_line)
        health.addWidget(self.reasons)
        health.addStretch(1)

        dates = QVBoxLayout()
        dates.setSpacing(3)
        dates.addWidget(section_label(self.tr("Next key dates")))
        dates.addLayout(self.key_dates)
        dates.addStretch(1)

        free = QVBoxLayout()
        free.setSpacing(2)
        free.addWidget(section_label(self.tr("Given free this period")))
        free.addWidget(self.free_value)
        free.addWidget(self.free_share)
        free.addWidget(self.free_since)
        free.addStretch(1)

        columns = QHBoxLayout()
        columns.setSpacing(28)
        columns.addLayout(health, 4)
        columns.addLayout(dates, 5)
        columns.addLayout(free, 3)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(self.title_row)
        layout.addWidget(self.facts)
        layout.addSpacing(12)
        layout.addLayout(columns)
        layout.addWidget(self.budget_warnings)

    # -- contents ----------------------------------------------------------------------------
    def show_loading(self, customer_number: str) -> None:
        self.title.setText(self.tr("Loading {number}…").format(number=customer_number))
        self.facts.clear()

    def show_overview(self, overview: AccountOverview) -> None:
        snapshot = overview.snapshot
        self.title.setText(snapshot.name)
        place = ", ".join(part for part in (snapshot.city, overview.country) if part)
        tier = self.tr("Tier {tier}").format(tier=snapshot.tier.value)
        facts = [snapshot.customer_number, place, tier]
        if overview.owner:
            facts.append(self.tr("Owner: {owner}").format(owner=overview.owner))
        if overview.relationship_since is not None:
            since = day(overview.relationship_since, self._language)
            facts.append(self.tr("Customer since {day}").format(day=since))
        self.facts.setText(" · ".join(part for part in facts if part))
        health = snapshot.health
        self.health_dot.setPixmap(dot_icon(HEALTH_COLOURS[health.light]).pixmap(DOT_SIZE))
        self.health_light.setText(self.tr("Health: {light}").format(light=light_name(health.light)))
        sentences = [f"• {reason.sentence(self._language)}" for reason in health.reasons]
        self.reasons.setText("\n".join(sentences) or health.summary(self._language))
        self._fill_key_dates(list(overview.key_dates[:KEY_DATES_SHOWN]))
        self._show_balance(overview.balance)
        self.budget_warnings.show_warnings(overview.budget_warnings)

    def _show_balance(self, balance: LedgerBalance) -> None:
        language = self._language
        since = day(balance.period.start, language)
        if balance.totals:
            self.free_value.setText(" + ".join(money(total, language) for total in balance.totals))
        else:
            self.free_value.setText(money_zero_text(balance, language))
        fraction = balance.share_of_annual_value
        if fraction is not None:
            self.free_share.setText(
                self.tr("{share} of the annual value").format(share=share(fraction, language))
            )
        else:
            self.free_share.setText(self.tr("No annual value to compare with"))
        count = balance.entries
        entries = (
            self.tr("1 entry") if count == 1 else self.tr("{count} entries").format(count=count)
        )
        self.free_since.setText(
            self.tr("since {day} · {entries}").format(day=since, entries=entries)
        )

    def _fill_key_dates(self, shown: list[KeyDate], say_none: bool = True) -> None:
        while self.key_dates.count():
            taken = self.key_dates.takeAt(0)
            widget = taken.widget() if taken is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        if not shown and say_none:
            self.key_dates.addWidget(muted_label(self.tr("No key dates ahead")), 0, 0)
        for row, key_date in enumerate(shown):
            when = plain_label(day(key_date.on, self._language))
            when.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.key_dates.addWidget(when, row, 0)
            self.key_dates.addWidget(plain_label(key_date_label(key_date.what)), row, 1)
            subject = ElidedLabel(key_date.subject)
            subject.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            self.key_dates.addWidget(subject, row, 2)
        self.key_dates.setColumnStretch(2, 1)

    def show_error(self, message: str) -> None:
        self.title.setText(self.tr("This account cannot be shown"))
        self.facts.setText(message)
        self.health_dot.clear()
        self.health_light.clear()
        self.reasons.clear()
        self.free_value.clear()
        self.free_share.clear()
        self.free_since.clear()
        self.budget_warnings.clear()
        self._fill_key_dates([], say_none=False)


def money_zero_text(balance: LedgerBalance, language: Language) -> str:
    """ "€0.00" in the currency of the annual value (the default currency without one)."""
    currency = balance.annual_value[0].currency if balance.annual_value else DEFAULT_CURRENCY
    return money(Money.zero(currency), language)
