"""“Create your first account”: the accounts page with its New account form open."""

from typing import cast

from ui.main_window import MainWindow
from ui.navigation import PageId


def create_first_account(window: MainWindow) -> None:
    """Show the accounts list and open its New account form; once saved, the account is
    listed there and the first-start choices step aside."""
    from ui.accounts.accounts_page import AccountsPage

    window.show_page(PageId.ACCOUNTS)
    cast(AccountsPage, window.page(PageId.ACCOUNTS)).editing.new_account()
