"""Promises: what the seller promised, checked against the package; a promise the package
does not cover is flagged in red with the reason."""

from typing import Any

from PySide6.QtGui import QColor, QIcon
from sqlalchemy.orm import Session

from app.domain.promises import Coverage
from app.formatting import day
from app.model import ServiceCheck
from app.records import PromiseView, RecordKind, list_promises
from ui.account.record_model import Column, RecordTableModel
from ui.account.record_page import RecordPage
from ui.account.workspace_pages import WorkspacePage
from ui.change_broadcast import CATALOG, CONTACTS, CONTRACTS, PROMISES
from ui.choice_labels import choice_label
from ui.counts import counted
from ui.forms.promise_dialog import PromiseDialog
from ui.promised_quantities import quantity_text
from ui.record_colours import BAD_TEXT, GOOD_TEXT
from ui.record_icons import tick_icon, warning_icon

NONE = "—"


class PromisesPage(RecordPage):
    page = WorkspacePage.PROMISES
    kind = RecordKind.PROMISE
    dialog = PromiseDialog
    topics = frozenset({PROMISES, CONTRACTS, CONTACTS, CATALOG})
    change_topics = frozenset({PROMISES})

    def build_model(self) -> RecordTableModel:
        self._flag = warning_icon(BAD_TEXT)
        self._covered = tick_icon(GOOD_TEXT)
        return RecordTableModel(
            [
                Column(self.tr("Date"), lambda v: day(v.promised_on, self.context.language), 12),
                Column(self.tr("What was promised"), self._what, None, tip=self._what),
                Column(self.tr("Made by"), lambda v: v.made_by, 14),
                Column(self.tr("Made to"), lambda v: v.made_to or NONE, 16),
                Column(
                    self.tr("Package check"),
                    self._coverage,
                    40,
                    colour=self._coverage_colour,
                    icon=self._coverage_icon,
                    header_tip=self.tr("Checked against the packages of the live contracts"),
                ),
                Column(
                    self.tr("Service"),
                    lambda v: choice_label(v.service_check),
                    18,
                    tip=lambda v: v.check_comment or None,
                ),
            ],
            parent=self,
        )

    def _what(self, view: PromiseView) -> str:
        parts = []
        if view.item_kind is not None:
            kind = choice_label(view.item_kind)
            if view.quantity is not None:
                amount = quantity_text(view.item_kind, view.quantity, self.context.language)
                kind = f"{kind}: {amount}"
            parts.append(kind)
        if view.text:
            parts.append(view.text)
        return " – ".join(parts)

    def _coverage(self, view: PromiseView) -> str:
        reason = choice_label(view.coverage)
        if view.package_quantity is not None and view.coverage is not Coverage.COVERED:
            quantity = quantity_text(view.item_kind, view.package_quantity, self.context.language)
            return self.tr("{reason} (package: {quantity})").format(
                reason=reason, quantity=quantity
            )
        return reason

    @staticmethod
    def flagged(view: PromiseView) -> bool:
        """Not covered, and the service team has not confirmed it either."""
        return not view.covered and view.service_check is not ServiceCheck.CONFIRMED

    def _coverage_colour(self, view: PromiseView) -> QColor | None:
        return BAD_TEXT if self.flagged(view) else None

    def _coverage_icon(self, view: PromiseView) -> QIcon | None:
        if self.flagged(view):
            return self._flag
        return self._covered if view.covered else None

    def load(self, session: Session, account_id: int) -> list[PromiseView]:
        return list_promises(session, account_id, today=self.context.today)

    def add_text(self) -> str:
        return self.tr("&Add promise…")

    def empty_texts(self) -> tuple[str, str]:
        return (
            self.tr("No promises recorded"),
            self.tr(
                "Log what you promise the customer: anything the package does not cover is flagged."
            ),
        )

    def summary_text(self) -> str:
        rows: list[PromiseView] = self.model.rows()
        if not rows:
            return ""
        flagged = sum(1 for view in rows if self.flagged(view))
        promises = counted(len(rows), self.tr("1 promise"), self.tr("{count} promises"))
        return self.tr("{promises} · {flagged} not covered by the package").format(
            promises=promises, flagged=flagged
        )

    def describe(self, view: Any) -> str:
        return self.tr("the promise of {day}").format(
            day=day(view.promised_on, self.context.language)
        )
