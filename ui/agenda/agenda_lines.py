"""Agenda items made ready to show on the worker thread: the due date and the sentence are
formatted there, so thousands of items never hold up the window."""

from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from app.domain.agenda import DEFAULT_DAYS, AgendaItem, agenda
from app.domain.agenda_wording import describe
from app.domain.wording import Language
from app.formatting import day


@dataclass(frozen=True, slots=True)
class AgendaLine:
    item: AgendaItem
    due: str
    sentence: str


def agenda_line(item: AgendaItem, language: Language) -> AgendaLine:
    return AgendaLine(item, day(item.due, language), describe(item, language))


def load_agenda_lines(
    session: Session, today: date, language: Language, days: int = DEFAULT_DAYS
) -> list[AgendaLine]:
    """The agenda, most urgent first, ready to show (runs on the database worker)."""
    return [agenda_line(item, language) for item in agenda(session, today, days)]
