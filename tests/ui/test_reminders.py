"""Reminders: which agenda items are due today, shown once, and a click opens the account."""

from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from app.bootstrap import Workspace
from app.domain.agenda import AgendaItem, AgendaKind, urgency_of
from tests.helpers.notifiers import FakeNotifier
from tests.helpers.offscreen import ignore_offscreen_warnings
from tests.helpers.windows import WAIT_MS
from tests.helpers.workspace_windows import workspace_windows
from ui.account.account_page import AccountPage
from ui.change_broadcast import ChangeBroadcast
from ui.database_worker import DatabaseWorker
from ui.navigation import PageId
from ui.reminders.due_reminders import due_reminders
from ui.reminders.reminder_service import ReminderService
from ui.settings.preferences import Preferences

pytestmark = ignore_offscreen_warnings

DAY = date(2026, 12, 2)  # the demo's Łódź budget window opens on this day
LODZ = "40-2207"
LODZ_NAME = "Zakłady Mechaniczne Łódź S.A."


def item(kind: AgendaKind, due: date, subject_id: int = 1) -> AgendaItem:
    return AgendaItem(
        account_id=1,
        customer_number="10-0001",
        account_name="Kunde GmbH",
        kind=kind,
        due=due,
        urgency=urgency_of(due, DAY),
        title="Annual budget",
        subject_id=subject_id,
    )


def keys(items: list[AgendaItem], today: date = DAY) -> list[str]:
    return [reminder.key for reminder in due_reminders(items, today, (30, 14, 7))]


# -- the rule --------------------------------------------------------------------------------
def test_a_budget_window_is_due_on_the_day_it_opens() -> None:
    assert keys([item(AgendaKind.BUDGET_WINDOW, DAY)]) == ["budget_window/1/2026-12-02"]
    assert keys([item(AgendaKind.BUDGET_WINDOW, DAY + timedelta(days=1))]) == []


def test_a_budget_window_missed_is_caught_up_for_a_week() -> None:
    opened = DAY - timedelta(days=7)
    assert keys([item(AgendaKind.BUDGET_WINDOW, opened)]) == ["budget_window/1/2026-11-25"]
    assert keys([item(AgendaKind.BUDGET_WINDOW, opened - timedelta(days=1))]) == []


@pytest.mark.parametrize(
    ("days_left", "threshold"),
    [(31, None), (30, 30), (29, 30), (15, 30), (14, 14), (12, 14), (7, 7), (1, 7), (0, 7)],
)
def test_a_notice_deadline_reaches_the_tightest_threshold(
    days_left: int, threshold: int | None
) -> None:
    deadline = DAY + timedelta(days=days_left)
    found = due_reminders([item(AgendaKind.NOTICE_DEADLINE, deadline)], DAY, (30, 14, 7))

    assert [reminder.threshold for reminder in found] == ([threshold] if threshold else [])


def test_each_threshold_of_a_deadline_has_a_key_of_its_own() -> None:
    deadline = item(AgendaKind.NOTICE_DEADLINE, date(2026, 12, 31))

    at_30 = keys([deadline], date(2026, 12, 1))
    at_29 = keys([deadline], date(2026, 12, 2))
    at_14 = keys([deadline], date(2026, 12, 17))

    assert at_30 == at_29 == ["notice_deadline/1/2026-12-31/30"]
    assert at_14 == ["notice_deadline/1/2026-12-31/14"]


def test_other_agenda_items_bring_no_reminder() -> None:
    reminded = {AgendaKind.BUDGET_WINDOW, AgendaKind.NOTICE_DEADLINE}
    others = [item(kind, DAY) for kind in AgendaKind if kind not in reminded]
    assert keys(others) == []


# -- the service -----------------------------------------------------------------------------
@pytest.fixture
def worker(demo_workspace: Workspace) -> Iterator[DatabaseWorker]:
    worker = DatabaseWorker(demo_workspace, ChangeBroadcast())
    yield worker
    worker.stop()


@pytest.fixture
def preferences(settings: QSettings) -> Preferences:
    preferences = Preferences(settings)
    preferences.notice_reminder_days = (7,)  # the flagship's deadline, 12 days off, stays quiet
    return preferences


def service_for(
    worker: DatabaseWorker, preferences: Preferences, notifier: FakeNotifier
) -> ReminderService:
    return ReminderService(worker, preferences, notifier, lambda: DAY, "en")


def test_a_budget_window_opening_today_is_shown_once_that_day(
    qtbot: QtBot, worker: DatabaseWorker, preferences: Preferences
) -> None:
    notifier = FakeNotifier()
    service = service_for(worker, preferences, notifier)

    with qtbot.waitSignal(service.checked, timeout=WAIT_MS) as first:
        service.start()
    with qtbot.waitSignal(service.checked, timeout=WAIT_MS) as second:
        service.check()  # an hour later
    restarted = service_for(worker, preferences, notifier)
    with qtbot.waitSignal(restarted.checked, timeout=WAIT_MS) as after_restart:
        restarted.check()

    assert (first.args, second.args, after_restart.args) == ([1], [0], [0])
    assert len(notifier.shown) == 1
    shown = notifier.shown[0]
    assert shown.title == f"Budget window open: {LODZ_NAME}"
    assert (
        shown.message == "Get in touch before “Annual investment budget” is planned on 1 Jan 2027."
    )
    assert shown.target == LODZ
    service.stop()
    restarted.stop()


def test_switched_off_reminders_show_nothing(
    qtbot: QtBot, worker: DatabaseWorker, preferences: Preferences
) -> None:
    preferences.reminders_enabled = False
    notifier = FakeNotifier()
    service = service_for(worker, preferences, notifier)

    with qtbot.waitSignal(service.checked, timeout=WAIT_MS) as checked:
        service.start()

    assert checked.args == [0]
    assert notifier.shown == []
    assert preferences.shown_reminders() == {}
    service.stop()


def test_several_reminders_share_one_notification_that_opens_the_agenda(
    qtbot: QtBot, worker: DatabaseWorker, settings: QSettings
) -> None:
    notifier = FakeNotifier()
    service = service_for(worker, Preferences(settings), notifier)  # 30, 14 and 7 days

    with qtbot.waitSignal(service.checked, timeout=WAIT_MS) as checked:
        service.start()
    with qtbot.waitSignal(service.agenda_requested, timeout=WAIT_MS):
        notifier.click_last()

    assert checked.args == [2]
    assert notifier.shown[0].title == "2 reminders"
    assert notifier.shown[0].message.splitlines() == [
        f"{LODZ_NAME}: budget window open",
        "Präzisionsteile Müller GmbH: notice deadline in 12 days",
    ]
    service.stop()


def test_clicking_a_reminder_opens_its_account_in_the_window(
    qtbot: QtBot, demo_workspace: Workspace, settings: QSettings
) -> None:
    Preferences(settings).notice_reminder_days = (7,)
    notifier = FakeNotifier()
    windows = workspace_windows(
        qtbot, demo_workspace, settings, notifier=notifier, clock=lambda: DAY
    )
    window = windows.start()
    qtbot.waitUntil(lambda: len(notifier.shown) == 1, timeout=WAIT_MS)
    window.showMinimized()
    account = window.page(PageId.ACCOUNT)
    assert isinstance(account, AccountPage)

    with qtbot.waitSignal(account.loaded, timeout=WAIT_MS):
        notifier.click_last()

    assert window.current_page() is PageId.ACCOUNT
    assert account.customer_number == LODZ
    assert not window.isMinimized()
    windows.close()
