"""Ctrl+K: type part of a name, city or customer number, Enter opens the account."""

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from tests.helpers.offscreen import ignore_offscreen_warnings
from tests.helpers.windows import WAIT_MS
from ui.account.account_page import AccountPage
from ui.main_window import MainWindow
from ui.navigation import PageId
from ui.quick_switcher.account_choices import CUSTOMER_NUMBER_ROLE
from ui.quick_switcher.quick_switcher import QuickSwitcher

pytestmark = ignore_offscreen_warnings


@pytest.fixture
def switcher(qtbot: QtBot, window: MainWindow) -> QuickSwitcher:
    """The switcher, opened with Ctrl+K and filled."""
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    opened = window.quick_switcher
    assert isinstance(opened, QuickSwitcher)
    with qtbot.waitSignal(opened.loaded, timeout=WAIT_MS):
        pass
    return opened


def offered(switcher: QuickSwitcher) -> list[str]:
    proxy = switcher.proxy
    return [proxy.index(row, 0).data(CUSTOMER_NUMBER_ROLE) for row in range(proxy.rowCount())]


def test_ctrl_k_opens_the_switcher_with_every_account_and_focus_in_the_field(
    switcher: QuickSwitcher,
) -> None:
    assert switcher.isVisible()
    assert switcher.search.hasFocus()
    assert len(offered(switcher)) == 12


def test_the_choices_pass_the_model_tester(
    switcher: QuickSwitcher, qtmodeltester: ModelTester
) -> None:
    qtmodeltester.check(switcher.model)
    qtmodeltester.check(switcher.proxy)


def test_typing_and_enter_open_the_account(
    qtbot: QtBot, switcher: QuickSwitcher, window: MainWindow
) -> None:
    qtbot.keyClicks(switcher.search, "muller")
    assert offered(switcher) == ["10-4711"]

    qtbot.keyClick(switcher.search, Qt.Key.Key_Return)

    assert not switcher.isVisible()
    account = window.page(PageId.ACCOUNT)
    assert isinstance(account, AccountPage)
    assert window.stack.currentWidget() is account
    qtbot.waitUntil(lambda: account.title.text() == "Präzisionsteile Müller GmbH", timeout=WAIT_MS)
    assert "10-4711 · Aalen" in account.facts.text()
    assert "notice deadline in 21 days" in account.reasons.text()


def test_arrow_down_then_enter_opens_the_second_match(
    qtbot: QtBot, switcher: QuickSwitcher
) -> None:
    qtbot.keyClicks(switcher.search, "gr")  # Großmann (Chemnitz), Grünwald (Steyr)
    assert offered(switcher) == ["10-7302", "20-3310"]

    with qtbot.waitSignal(switcher.account_chosen) as chosen:
        qtbot.keyClick(switcher.search, Qt.Key.Key_Down)
        qtbot.keyClick(switcher.search, Qt.Key.Key_Return)

    assert chosen.args == ["20-3310"]


def test_a_customer_number_without_its_dash_is_found(qtbot: QtBot, switcher: QuickSwitcher) -> None:
    qtbot.keyClicks(switcher.search, "300815")

    assert offered(switcher) == ["30-0815"]


def test_escape_closes_without_opening(qtbot: QtBot, switcher: QuickSwitcher) -> None:
    with qtbot.assertNotEmitted(switcher.account_chosen):
        qtbot.keyClick(switcher.search, Qt.Key.Key_Escape)

    assert not switcher.isVisible()
