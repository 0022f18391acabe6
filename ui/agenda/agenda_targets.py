"""Where an agenda item lands in its account: the page that holds its row, with the row.

A follow-up opens on the follow-ups page (the cadence's follow-ups have no page of their
own origin to show); "no contact" opens the touchpoints, to log the call just made.
"""

from app.domain.agenda import AgendaItem, AgendaKind
from ui.account.workspace_pages import RecordTarget, WorkspacePage

PAGES: dict[AgendaKind, WorkspacePage] = {
    AgendaKind.NOTICE_DEADLINE: WorkspacePage.CONTRACTS,
    AgendaKind.CONTRACT_END: WorkspacePage.CONTRACTS,
    AgendaKind.BUDGET_WINDOW: WorkspacePage.BUDGET_DATES,
    AgendaKind.FOLLOW_UP: WorkspacePage.FOLLOW_UPS,
    AgendaKind.NOTE_FOLLOW_UP: WorkspacePage.NOTES,
    AgendaKind.UNREAD_NOTE: WorkspacePage.NOTES,
    AgendaKind.SLA_BREACH: WorkspacePage.INCIDENTS,
    AgendaKind.UNCOVERED_PROMISE: WorkspacePage.PROMISES,
    AgendaKind.NO_CONTACT: WorkspacePage.TOUCHPOINTS,
    AgendaKind.BUDGET_VS_NOTICE: WorkspacePage.BUDGET_DATES,
}


def target_of(item: AgendaItem) -> RecordTarget:
    return RecordTarget(PAGES[item.kind], item.subject_id)
