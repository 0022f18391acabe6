"""New or edit one line of a negotiation's give-and-get list: what we could give or what we
ask in return, valued by an amount or by a percentage of the annual value.

The amount is typed the way the window's language writes it ("1.234,50" in German);
typing in one of amount and percentage empties the other, since an item has one value.
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from app.domain.give_and_get import give_and_get, percent_of
from app.domain.wording import Language
from app.errors import InvalidValueError
from app.formatting import money
from app.model import TradeKind, TradeSide
from app.money import Money
from app.records import NegotiationItemForm, load_negotiation_item, save_negotiation_item
from ui.change_broadcast import NEGOTIATIONS
from ui.forms.editor_data import EditorData
from ui.forms.form_dialog import FormContext, FormDialog
from ui.forms.form_messages import Problems
from ui.forms.input_fields import AmountField, enum_combo, text_field
from ui.page_header import muted_label

PERCENT_WIDTH = 8


@dataclass(frozen=True)
class TradeEditorData(EditorData):
    """The form, and the annual value a percentage is taken of (None: no live contract)."""

    negotiation_id: int = 0
    basis: Money | None = None
    basis_contract: str | None = None


class NegotiationItemDialog(FormDialog):
    change_topics = frozenset({NEGOTIATIONS})

    @staticmethod
    def prepare(
        session: Session,
        *,
        negotiation_id: int,
        record_id: int | None,
        side: TradeSide,
        today: date,
        language: Language,
    ) -> TradeEditorData:
        if record_id is None:
            form, version = NegotiationItemForm.blank(side), None
        else:
            form, version = load_negotiation_item(session, record_id)
        trades = give_and_get(session, negotiation_id, today)
        return TradeEditorData(
            form,
            record_id,
            version,
            negotiation_id=negotiation_id,
            basis=trades.basis,
            basis_contract=trades.basis_contract,
        )

    def __init__(
        self, context: FormContext, data: TradeEditorData, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, record_id=data.record_id, version=data.version, parent=parent)
        editing = data.record_id is not None
        self.setWindowTitle(
            self.tr("Edit give-and-get item") if editing else self.tr("New give-and-get item")
        )
        form: NegotiationItemForm = data.form
        self._negotiation_id = data.negotiation_id
        self._position = form.position
        self._currency = form.currency or context.currency
        self._basis = data.basis
        self._basis_contract = data.basis_contract
        self.side = enum_combo(TradeSide)
        self.kind = enum_combo(TradeKind)
        self.description = text_field(self.tr("e.g. Third maintenance visit a year at no charge"))
        self.value = AmountField(context.language, currency=self._currency)
        self.percent = AmountField(context.language, "%", width=PERCENT_WIDTH)
        self.value.edit.textEdited.connect(lambda text: self._typed(self.percent, text))
        self.percent.edit.textEdited.connect(lambda text: self._typed(self.value, text))
        self.percent.edit.textChanged.connect(self._show_percent_value)
        self.add_field("side", self.tr("&List"), self.side)
        self.add_field("kind", self.tr("&Kind"), self.kind)
        self.add_field("description", self.tr("De&scription"), self.description)
        self.add_field("value", self.tr("&Amount"), self.value, also=("currency",))
        self.add_field("percent", self.tr("or &percentage"), self.percent)
        # Two set lines rather than word wrap: the dialog then grows to fit them exactly.
        self.hint = muted_label(
            self.tr(
                "Give an amount or a percentage of the annual value.\n"
                "A longer term, payment term or reference visit may stay without one."
            )
        )
        self.form_layout.addRow("", self.hint)
        self.finish(form)

    def fill(self, form: NegotiationItemForm) -> None:
        self.side.set_value(form.side)
        self.kind.set_value(form.kind)
        self.description.setText(form.description)
        self.value.set_amount(form.value)
        self.percent.set_amount(form.percent)
        self._show_percent_value()

    def collect(self, problems: Problems) -> NegotiationItemForm:
        return NegotiationItemForm(
            side=self.side.value(),
            kind=self.kind.value(),
            description=self.description.text(),
            value=problems.amount("value", self.value),
            percent=problems.amount("percent", self.percent),
            currency=self._currency,
            position=self._position,
        )

    def save_job(self, form: NegotiationItemForm) -> Callable[[Session], int]:
        negotiation_id, record_id, version = self._negotiation_id, self.record_id, self.version
        return lambda session: save_negotiation_item(
            session,
            form,
            negotiation_id=negotiation_id,
            record_id=record_id,
            expected_version=version,
        )

    def load_job(self) -> Callable[[Session], tuple[Any, int]]:
        record_id = self.record_id
        assert record_id is not None
        return lambda session: load_negotiation_item(session, record_id)

    # -- one value: an amount or a percentage ------------------------------------------------
    def _typed(self, other: AmountField, text: str) -> None:
        if text.strip():
            other.edit.clear()

    def _show_percent_value(self) -> None:
        """Beside the percentage: what it is of, and what it comes to while it is typed."""
        lang = self.context.language
        if self._basis is None:
            self.percent.unit.setText(self.tr("% of the annual value (no live contract has one)"))
            return
        basis = self.tr("% of {basis} ({contract})").format(
            basis=money(self._basis, lang), contract=self._basis_contract or ""
        )
        try:
            typed = self.percent.amount("percent")
        except InvalidValueError:
            typed = None
        if typed is None or not 0 < typed <= 100:
            self.percent.unit.setText(basis)
            return
        self.percent.unit.setText(f"{basis} = {money(percent_of(self._basis, typed), lang)}")
