"""The catalog page: packages with their items and the contracts that use them, ledger
categories, and Add, Edit and Delete by keys and clicks like the account pages."""

from typing import cast

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.bootstrap import Workspace
from app.model import ItemKind, LedgerCategory, ServicePackage
from app.records import PackageItemForm, ServicePackageForm, save_package
from tests.helpers.account_pages import wait_for_editor
from tests.helpers.offscreen import ignore_offscreen_warnings
from tests.helpers.windows import WAIT_MS, new_window
from ui.catalog.catalog_list import CatalogList
from ui.catalog.catalog_page import CatalogPage
from ui.catalog.category_dialog import CategoryDialog
from ui.catalog.package_dialog import PackageDialog
from ui.main_window import MainWindow
from ui.navigation import PageId

pytestmark = ignore_offscreen_warnings

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def window(qtbot: QtBot, fresh_demo: Workspace, settings: QSettings) -> MainWindow:
    return new_window(qtbot, fresh_demo, settings)


def open_catalog(qtbot: QtBot, window: MainWindow) -> CatalogPage:
    page = cast(CatalogPage, window.page(PageId.CATALOG))
    with qtbot.waitSignal(page.packages.loaded, timeout=WAIT_MS):
        window.show_page(PageId.CATALOG)
    return page


def column(page: CatalogList, title: str) -> list[str]:
    at = [c.title for c in page.model.columns].index(title)
    return [page.model.index(row, at).data() for row in range(page.model.record_count())]


def row_of(page: CatalogList, first_column: str) -> int:
    return column(page, page.model.columns[0].title).index(first_column)


def choose(page: CatalogList, row: int) -> None:
    page.view.setCurrentIndex(page.model.index(row, 0))
    page.view.setFocus()


def stored_package(workspace: Workspace, name: str) -> ServicePackage | None:
    with workspace.session() as session:
        return session.scalar(select(ServicePackage).where(ServicePackage.name == name))


def test_the_demo_packages_are_listed_with_the_contracts_that_use_them(
    qtbot: QtBot, window: MainWindow, qtmodeltester: ModelTester
) -> None:
    packages = open_catalog(qtbot, window).packages

    assert column(packages, "Name") == ["Basic", "Premium 24", "Premium 24 CH", "Premium 8"]
    assert column(packages, "Contracts") == ["5", "4", "2", "1"]
    swiss = column(packages, "Annual price")[2]
    assert swiss.startswith("CHF") and swiss.endswith("14,200.00")
    assert packages.summary.text() == "4 packages · 4 in use"
    qtmodeltester.check(packages.model)

    choose(packages, 0)  # Basic: its items below the list
    items = packages.items_model
    assert packages.items_caption.text() == "Items of Basic"
    assert items.index(0, 1).data() == "1\u00a0visit a year"
    assert items.index(1, 1).data() == "48\u00a0h"
    assert items.index(4, 2).data() == "Billable, €1,250.00"
    assert items.index(0, 2).data() == "Included"
    qtmodeltester.check(items)


def test_a_package_with_two_items_is_added_through_the_dialog(
    qtbot: QtBot, window: MainWindow, fresh_demo: Workspace
) -> None:
    packages = open_catalog(qtbot, window).packages
    packages.view.setFocus()
    qtbot.keyClick(packages.view, Qt.Key.Key_Insert)
    dialog = wait_for_editor(qtbot, packages)
    assert isinstance(dialog, PackageDialog)
    assert dialog.windowTitle() == "New service package"

    qtbot.keyClicks(dialog.name, "Uptime 12")
    qtbot.keyClick(dialog.annual_price.edit, Qt.Key.Key_A, CTRL)  # over the 0.00 shown
    qtbot.keyClicks(dialog.annual_price.edit, "9,900")
    qtbot.mouseClick(dialog.items.add_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.items.add_button, Qt.MouseButton.LeftButton)
    first, second = dialog.items._rows
    qtbot.keyClick(first.quantity.edit, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(first.quantity.edit, "3")
    assert not second.price.isEnabled()
    qtbot.mouseClick(second.included, Qt.MouseButton.LeftButton)  # billable
    assert second.price.isEnabled()
    qtbot.keyClicks(second.price.edit, "450")
    with qtbot.waitSignal(packages.loaded, timeout=WAIT_MS):
        qtbot.keyClick(dialog.name, Qt.Key.Key_S, CTRL)

    row = row_of(packages, "Uptime 12")
    assert column(packages, "Items")[row] == "2"
    assert column(packages, "Contracts")[row] == "0"
    assert packages.current_record().name == "Uptime 12"
    assert packages.items_model.index(0, 1).data() == "3\u00a0visits a year"
    assert packages.items_model.index(1, 2).data() == "Billable, €450.00"
    stored = stored_package(fresh_demo, "Uptime 12")
    assert stored is not None and stored.annual_price_minor == 990_000


def test_a_billable_item_without_a_price_is_named_at_its_field_and_nothing_is_saved(
    qtbot: QtBot, window: MainWindow, fresh_demo: Workspace
) -> None:
    packages = open_catalog(qtbot, window).packages
    packages.view.setFocus()
    qtbot.keyClick(packages.view, Qt.Key.Key_N, CTRL)
    dialog = wait_for_editor(qtbot, packages)
    assert isinstance(dialog, PackageDialog)
    qtbot.keyClicks(dialog.name, "Half done")
    qtbot.mouseClick(dialog.items.add_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.items.add_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.items._rows[1].included, Qt.MouseButton.LeftButton)

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: dialog.error_text("items[1].price") != "", timeout=WAIT_MS)
    expected = "Price (item 2, response time hours): a billable item needs a price"
    assert dialog.error_text("items[1].price") == expected
    assert dialog.items.marked_message(1, "price") == expected
    assert dialog.items.marked_message(0, "price") == ""
    assert dialog.isVisible()
    assert stored_package(fresh_demo, "Half done") is None

    qtbot.keyClicks(dialog.items._rows[1].price.edit, "80")  # fixed: it saves
    with qtbot.waitSignal(dialog.saved, timeout=WAIT_MS):
        qtbot.keyClick(dialog.name, Qt.Key.Key_S, CTRL)
    assert stored_package(fresh_demo, "Half done") is not None


def test_deleting_a_package_in_use_names_its_contracts_and_keeps_it(
    qtbot: QtBot, window: MainWindow, fresh_demo: Workspace
) -> None:
    packages = open_catalog(qtbot, window).packages
    choose(packages, row_of(packages, "Premium 24 CH"))

    qtbot.keyClick(packages.view, Qt.Key.Key_Delete)
    question = packages.deletion.question
    assert question is not None and question.text() == "Delete the package Premium 24 CH?"
    qtbot.keyClick(question, Qt.Key.Key_Return)

    def shown() -> list[str]:
        return [box.text() for box in packages.findChildren(QMessageBox) if box.isVisible()]

    qtbot.waitUntil(lambda: len(shown()) == 1, timeout=WAIT_MS)
    message = shown()[0]
    assert message.startswith("Service package Premium 24 CH cannot be deleted: it is used by 2")
    assert "Move those contracts to another package first." in message
    assert stored_package(fresh_demo, "Premium 24 CH") is not None
    assert "Premium 24 CH" in column(packages, "Name")


def test_a_new_ledger_category_appears_and_can_be_deactivated(
    qtbot: QtBot, window: MainWindow, fresh_demo: Workspace
) -> None:
    page = open_catalog(qtbot, window)
    categories = page.categories
    with qtbot.waitSignal(categories.loaded, timeout=WAIT_MS):
        page.tabs.setCurrentWidget(categories)
    before = categories.model.record_count()
    categories.view.setFocus()
    qtbot.keyClick(categories.view, Qt.Key.Key_Insert)
    dialog = wait_for_editor(qtbot, categories)
    assert isinstance(dialog, CategoryDialog)
    assert dialog.sort_order.value() == 120  # after "other" (110)
    qtbot.keyClicks(dialog.key, "remote_diagnosis")
    qtbot.keyClicks(dialog.label_en, "Remote diagnosis")
    qtbot.keyClicks(dialog.label_de, "Ferndiagnose")
    with qtbot.waitSignal(categories.loaded, timeout=WAIT_MS):
        qtbot.keyClick(dialog.label_de, Qt.Key.Key_Return)

    assert categories.model.record_count() == before + 1
    row = row_of(categories, "remote_diagnosis")
    assert column(categories, "German")[row] == "Ferndiagnose"
    assert column(categories, "Active")[row] == "Yes"
    assert categories.current_record().key == "remote_diagnosis"

    with qtbot.waitActive(window):  # the offscreen platform leaves no window active after a dialog
        window.activateWindow()
    qtbot.keyClick(categories.view, Qt.Key.Key_F2)
    dialog = wait_for_editor(qtbot, categories)
    assert dialog.windowTitle() == "Edit ledger category"
    assert isinstance(dialog, CategoryDialog) and dialog.active.isChecked()
    dialog.active.setFocus()
    qtbot.keyClick(dialog.active, Qt.Key.Key_Space)
    with qtbot.waitSignal(categories.loaded, timeout=WAIT_MS):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert column(categories, "Active")[row_of(categories, "remote_diagnosis")] == "No"
    assert categories.summary.text() == "12 categories · 11 active"
    with fresh_demo.session() as session:
        stored = session.scalar(
            select(LedgerCategory).where(LedgerCategory.key == "remote_diagnosis")
        )
        assert stored is not None and not stored.active


def test_an_unused_package_is_deleted_and_ctrl_z_brings_it_back(
    qtbot: QtBot, fresh_demo: Workspace, settings: QSettings
) -> None:
    with fresh_demo.transaction() as session:
        save_package(
            session, ServicePackageForm("Spare", items=(PackageItemForm(ItemKind.HOTLINE),))
        )
    window = new_window(qtbot, fresh_demo, settings)
    page = open_catalog(qtbot, window)
    packages = page.packages
    choose(packages, row_of(packages, "Spare"))

    qtbot.keyClick(packages.view, Qt.Key.Key_Delete)
    question = packages.deletion.question
    assert question is not None
    with qtbot.waitSignal(packages.loaded, timeout=WAIT_MS):
        qtbot.keyClick(question, Qt.Key.Key_Return)

    assert "Spare" not in column(packages, "Name")
    assert stored_package(fresh_demo, "Spare") is None
    with qtbot.waitActive(window):  # the offscreen platform leaves no window active after a box
        window.activateWindow()
    with qtbot.waitSignal(packages.loaded, timeout=WAIT_MS):
        qtbot.keyClick(packages.view, Qt.Key.Key_Z, CTRL)

    assert packages.current_record().name == "Spare"
    assert packages.items_model.record_count() == 1
    assert window.statusBar().currentMessage() == "Restored the package Spare."
