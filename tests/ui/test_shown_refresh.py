"""A hidden page reloads when it is next shown, a visible one at once, never twice."""

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from ui.shown_refresh import ShownRefresh


def test_a_hidden_page_reloads_once_when_shown_and_a_visible_one_at_once(qtbot: QtBot) -> None:
    page = QWidget()
    qtbot.addWidget(page)
    calls: list[int] = []

    def refresh() -> None:
        calls.append(1)
        reload.stale = False

    reload = ShownRefresh(page, refresh)
    reload.request()
    reload.request()
    assert calls == [] and reload.stale  # nobody looks at it: nothing loaded yet

    with qtbot.waitExposed(page):
        page.show()
    assert calls == [1] and not reload.stale
    page.hide()
    page.show()
    assert calls == [1]  # shown again, but nothing changed meanwhile

    reload.request()
    assert calls == [1, 1]
