"""New or edit a ledger category: its key for imports and exports, its English and German
label, where it is offered in the list, and whether it is offered at all."""

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QCheckBox, QSpinBox, QWidget
from sqlalchemy.orm import Session

from app.records import (
    LedgerCategoryForm,
    list_ledger_categories,
    load_ledger_category,
    save_ledger_category,
)
from app.records.ledger_categories import MAX_SORT_ORDER
from ui.change_broadcast import CATALOG
from ui.forms.editor_data import EditorData
from ui.forms.form_dialog import FormContext, FormDialog
from ui.forms.form_messages import Problems
from ui.forms.input_fields import text_field

SORT_STEP = 10  # room to slot a category in between two others later


class CategoryDialog(FormDialog):
    change_topics = frozenset({CATALOG})

    @staticmethod
    def prepare(session: Session, *, record_id: int | None) -> EditorData:
        if record_id is None:
            orders = [view.sort_order for view in list_ledger_categories(session)]
            last = max(orders, default=0)
            return EditorData(LedgerCategoryForm.blank(min(last + SORT_STEP, MAX_SORT_ORDER)))
        form, version = load_ledger_category(session, record_id)
        return EditorData(form, record_id, version)

    def __init__(self, context: FormContext, data: EditorData, parent: QWidget | None = None):
        super().__init__(context, record_id=data.record_id, version=data.version, parent=parent)
        editing = data.record_id is not None
        self.setWindowTitle(
            self.tr("Edit ledger category") if editing else self.tr("New ledger category")
        )
        self.key = text_field(self.tr("e.g. loan_equipment"))
        self.label_en = text_field(self.tr("e.g. Loan equipment"))
        self.label_de = text_field(self.tr("e.g. Leihgerät"))
        self.sort_order = QSpinBox()
        self.sort_order.setRange(0, MAX_SORT_ORDER)
        self.sort_order.setSingleStep(SORT_STEP)
        self.active = QCheckBox(self.tr("Offered for new ledger entries"))
        self.add_field("key", self.tr("&Key"), self.key)
        self.add_field("label_en", self.tr("&English label"), self.label_en)
        self.add_field("label_de", self.tr("&German label"), self.label_de)
        self.add_field("sort_order", self.tr("&Order"), self.sort_order)
        self.add_field("active", self.tr("Ac&tive"), self.active)
        self.finish(data.form)

    def fill(self, form: LedgerCategoryForm) -> None:
        self.key.setText(form.key)
        self.label_en.setText(form.label_en)
        self.label_de.setText(form.label_de)
        self.sort_order.setValue(form.sort_order)
        self.active.setChecked(form.active)

    def collect(self, problems: Problems) -> LedgerCategoryForm:
        return LedgerCategoryForm(
            key=self.key.text(),
            label_en=self.label_en.text(),
            label_de=self.label_de.text(),
            sort_order=self.sort_order.value(),
            active=self.active.isChecked(),
        )

    def save_job(self, form: LedgerCategoryForm) -> Callable[[Session], int]:
        record_id, version = self.record_id, self.version
        return lambda session: save_ledger_category(
            session, form, record_id=record_id, expected_version=version
        )

    def load_job(self) -> Callable[[Session], tuple[Any, int]]:
        record_id = self.record_id
        assert record_id is not None
        return lambda session: load_ledger_category(session, record_id)
