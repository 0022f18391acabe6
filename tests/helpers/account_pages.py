"""Opening an account on one of its workspace pages, and the dialogs those pages open."""

from typing import cast

from pytestqt.qtbot import QtBot

from tests.helpers.windows import WAIT_MS
from ui.account.account_page import AccountPage
from ui.account.record_page import RecordPage
from ui.account.workspace_pages import RecordTarget, WorkspacePage
from ui.forms.form_dialog import FormDialog
from ui.main_window import MainWindow
from ui.navigation import PageId


def account_page(window: MainWindow) -> AccountPage:
    return cast(AccountPage, window.page(PageId.ACCOUNT))


def open_on_page(
    qtbot: QtBot, window: MainWindow, customer_number: str, which: WorkspacePage
) -> RecordPage:
    """Open ``customer_number`` on the page ``which`` and wait until its rows are shown."""
    page = account_page(window).workspace.page(which)
    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
        window.open_account(customer_number, RecordTarget(which))
    return page


def wait_for_editor(qtbot: QtBot, page: RecordPage) -> FormDialog:
    """The dialog the page opens once its form has been gathered on the worker."""
    qtbot.waitUntil(lambda: page.editor is not None and page.editor.isVisible(), timeout=WAIT_MS)
    assert page.editor is not None
    return page.editor
