"""New or edit a service package: its name, annual price and currency, a description, and
its items edited in place (``PackageItemsEditor``), all saved together."""

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QHBoxLayout, QWidget
from sqlalchemy.orm import Session

from app.errors import InvalidValueError
from app.money import check_currency
from app.records import FieldError, ServicePackageForm, load_package, save_package
from ui.catalog.package_items import PackageItemsEditor
from ui.change_broadcast import CATALOG
from ui.forms.editor_data import EditorData
from ui.forms.form_dialog import FormContext, FormDialog
from ui.forms.form_messages import Problems
from ui.forms.input_fields import AmountField, notes_field, text_field

PACKAGE_FORM_WIDTH = 900


class PackageDialog(FormDialog):
    change_topics = frozenset({CATALOG})

    @staticmethod
    def prepare(session: Session, *, record_id: int | None) -> EditorData:
        if record_id is None:
            return EditorData(ServicePackageForm.blank())
        form, version = load_package(session, record_id)
        return EditorData(form, record_id, version)

    def __init__(self, context: FormContext, data: EditorData, parent: QWidget | None = None):
        super().__init__(context, record_id=data.record_id, version=data.version, parent=parent)
        editing = data.record_id is not None
        self.setWindowTitle(
            self.tr("Edit service package") if editing else self.tr("New service package")
        )
        language, currency = context.language, data.form.currency
        self.name = text_field(self.tr("e.g. Premium 24"))
        self.annual_price = AmountField(language, currency=currency)
        self.annual_price.unit.hide()  # the currency field beside it says it
        self.currency = text_field()
        self.currency.setMaxLength(3)
        self.currency.setValidator(
            QRegularExpressionValidator(QRegularExpression("[A-Za-z]{0,3}"), self.currency)
        )
        self.currency.setFixedWidth(self.currency.fontMetrics().averageCharWidth() * 6 + 12)
        self.currency.setToolTip(self.tr("ISO 4217 code, e.g. EUR or CHF"))
        self.description = notes_field(self.tr("What the package is for"), 2)
        self.items = PackageItemsEditor(language, currency)
        self.add_field("name", self.tr("&Name"), self.name)
        self.add_field(
            "annual_price",
            self.tr("Annual &price"),
            self._price_row(),
            focus=self.annual_price,
            also=("currency",),
        )
        self.add_field("description", self.tr("&Description"), self.description)
        self.add_field("items", self.tr("Ite&ms"), self.items, focus=self.items.add_button)
        self.currency.textChanged.connect(self._currency_changed)
        self.setMinimumWidth(PACKAGE_FORM_WIDTH)
        self.finish(data.form)

    def _price_row(self) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.annual_price)
        layout.addWidget(self.currency)
        layout.addStretch(1)
        return row

    def _currency_changed(self, text: str) -> None:
        """Amounts follow a currency the core knows; another one is named when saving."""
        try:
            currency = check_currency(text.upper())
        except InvalidValueError:
            return
        self.annual_price.set_currency(currency)
        self.items.set_currency(currency)

    def fill(self, form: ServicePackageForm) -> None:
        self.name.setText(form.name)
        self.currency.setText(form.currency)
        self.annual_price.set_amount(form.annual_price)
        self.description.setPlainText(form.description)
        self.items.set_items(form.items)

    def collect(self, problems: Problems) -> ServicePackageForm:
        return ServicePackageForm(
            name=self.name.text(),
            annual_price=problems.required_amount("annual_price", self.annual_price),
            currency=self.currency.text().upper(),
            description=self.description.toPlainText(),
            items=self.items.items(problems.errors),
        )

    def show_errors(self, errors: tuple[FieldError, ...] | list[FieldError]) -> None:
        """As every form, and the item rows' fields at fault are marked where they are."""
        super().show_errors(errors)
        marked = self.items.mark(list(errors))
        if marked is not None and not any(
            self.field_for(error.field) is not self.field_for("items") for error in errors
        ):
            marked.setFocus(Qt.FocusReason.OtherFocusReason)

    def clear_errors(self) -> None:
        super().clear_errors()
        self.items.clear_marks()

    def save_job(self, form: ServicePackageForm) -> Callable[[Session], int]:
        record_id, version = self.record_id, self.version
        return lambda session: save_package(
            session, form, record_id=record_id, expected_version=version
        )

    def load_job(self) -> Callable[[Session], tuple[Any, int]]:
        record_id = self.record_id
        assert record_id is not None
        return lambda session: load_package(session, record_id)
