"""The accounts page: search-as-you-type, sorting by value, opening an account."""

from decimal import Decimal

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from app.domain.health import Light
from tests.helpers.offscreen import ignore_offscreen_warnings
from tests.helpers.windows import WAIT_MS
from ui.account.account_page import AccountPage
from ui.accounts.accounts_model import ANNUAL_VALUE, HEALTH, NAME
from ui.accounts.accounts_page import AccountsPage
from ui.main_window import MainWindow

pytestmark = ignore_offscreen_warnings

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def page(qtbot: QtBot, window: MainWindow) -> AccountsPage:
    """The accounts page, opened with Ctrl+2 and loaded."""
    qtbot.keyClick(window, Qt.Key.Key_2, CTRL)
    accounts = window.stack.currentWidget()
    assert isinstance(accounts, AccountsPage)
    with qtbot.waitSignal(accounts.loaded, timeout=WAIT_MS):
        pass
    return accounts


def shown_names(page: AccountsPage) -> list[str]:
    return [page.proxy.index(row, NAME).data() for row in range(page.proxy.rowCount())]


def click_header(qtbot: QtBot, page: AccountsPage, column: int) -> None:
    header = page.table.horizontalHeader()
    position = QPoint(header.sectionViewportPosition(column) + 8, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=position)


def test_the_models_pass_the_model_tester(page: AccountsPage, qtmodeltester: ModelTester) -> None:
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.proxy)


def test_every_account_is_listed_with_a_count(page: AccountsPage) -> None:
    assert len(shown_names(page)) == 12
    assert page.count_label.text() == "12 accounts"


@pytest.mark.parametrize(
    ("typed", "found"),
    [
        ("muller", "Präzisionsteile Müller GmbH"),
        ("10-4711", "Präzisionsteile Müller GmbH"),
        ("wels", "Hödlmoser Präzisionstechnik GmbH"),
        ("LODZ", "Zakłady Mechaniczne Łódź S.A."),
    ],
)
def test_typing_filters_by_name_customer_number_or_city(
    qtbot: QtBot, page: AccountsPage, typed: str, found: str
) -> None:
    qtbot.keyClicks(page.search, typed)

    assert shown_names(page) == [found]
    assert page.count_label.text() == "1 of 12 accounts"


def test_clearing_the_search_brings_every_account_back(qtbot: QtBot, page: AccountsPage) -> None:
    qtbot.keyClicks(page.search, "muller")
    page.search.clear()

    assert len(shown_names(page)) == 12
    assert page.count_label.text() == "12 accounts"


def test_no_match_says_so(qtbot: QtBot, page: AccountsPage) -> None:
    qtbot.keyClicks(page.search, "zzz")

    assert page.count_label.text() == "0 of 12 accounts"
    assert page.empty_state.isVisible()
    assert page.empty_state.headline.text() == "No account matches “zzz”"


def test_clicking_annual_value_sorts_by_money_not_by_text(qtbot: QtBot, page: AccountsPage) -> None:
    click_header(qtbot, page, ANNUAL_VALUE)

    rows = [page.model.line(row).row for row in range(page.model.rowCount())]
    euro = [
        row.annual_value[0].amount
        for row in rows
        if row.annual_value and row.annual_value[0].currency == "EUR"
    ]
    assert euro == sorted(euro)
    assert Decimal("148000.00") == euro[-1]  # as text, "€148,000" would sort before "€4,704"
    assert page.proxy.index(0, ANNUAL_VALUE).data() == "—"  # no live contract sorts first

    click_header(qtbot, page, ANNUAL_VALUE)

    assert page.proxy.index(0, NAME).data() == "Präzisionsteile Müller GmbH"


def test_health_sorts_the_worst_first(qtbot: QtBot, page: AccountsPage) -> None:
    click_header(qtbot, page, HEALTH)

    lights = [page.model.line(row).row.health.light for row in range(page.model.rowCount())]
    assert lights == sorted(lights, reverse=True)
    assert Light.AMBER in lights and Light.GREEN in lights


def test_the_health_tooltip_gives_the_reasons(page: AccountsPage) -> None:
    mueller_row = shown_names(page).index("Präzisionsteile Müller GmbH")
    tip = page.proxy.index(mueller_row, HEALTH).data(Qt.ItemDataRole.ToolTipRole)

    assert tip.startswith("Amber: ")
    assert "notice deadline in 21 days" in tip


def test_enter_in_the_search_opens_the_account_found(
    qtbot: QtBot, page: AccountsPage, window: MainWindow
) -> None:
    qtbot.keyClicks(page.search, "muller")

    with qtbot.waitSignal(page.account_requested) as requested:
        qtbot.keyClick(page.search, Qt.Key.Key_Return)

    assert requested.args == ["10-4711"]
    account = window.stack.currentWidget()
    assert isinstance(account, AccountPage)
    qtbot.waitUntil(lambda: account.title.text() == "Präzisionsteile Müller GmbH", timeout=WAIT_MS)


def test_double_clicking_a_row_opens_its_account(qtbot: QtBot, page: AccountsPage) -> None:
    index = page.proxy.index(2, NAME)
    position = page.table.visualRect(index).center()

    with qtbot.waitSignal(page.account_requested) as requested:
        qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=position)
        qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=position)

    assert requested.args == [page.model.line(2).row.customer_number]


def test_ctrl_f_focuses_the_search(qtbot: QtBot, page: AccountsPage, window: MainWindow) -> None:
    page.table.setFocus()

    qtbot.keyClick(window, Qt.Key.Key_F, CTRL)

    qtbot.waitUntil(page.search.hasFocus)


def test_the_editing_buttons_are_there_with_their_keys(page: AccountsPage) -> None:
    buttons = page.findChildren(QPushButton)

    assert [button.text() for button in buttons] == ["&New…", "&Edit…", "&Archive…"]
    assert [button.toolTip() for button in buttons] == ["Ctrl+N", "F2", "Del"]
    assert page.new_button.isEnabled()
