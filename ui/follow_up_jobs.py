"""Closing or moving a follow-up in one step (from the agenda or the follow-ups page): jobs
for the database worker that change the stored follow-up under its version check."""

from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta

from sqlalchemy.orm import Session

from app.records import load_follow_up, save_follow_up


def _updated(follow_up_id: int, account_id: int, **changes: object) -> Callable[[Session], int]:
    def job(session: Session) -> int:
        form, version = load_follow_up(session, follow_up_id)
        return save_follow_up(
            session,
            replace(form, **changes),  # type: ignore[arg-type]
            account_id=account_id,
            record_id=follow_up_id,
            expected_version=version,
        )

    return job


def mark_done(follow_up_id: int, account_id: int) -> Callable[[Session], int]:
    """The job that ticks the follow-up done (stamped with the moment it runs)."""
    return _updated(follow_up_id, account_id, done=True)


def snooze(follow_up_id: int, account_id: int, until: date) -> Callable[[Session], int]:
    """The job that moves the follow-up's due date to ``until``."""
    return _updated(follow_up_id, account_id, due_on=until)


def snoozed_until(due: date, today: date, days: int) -> date:
    """``days`` after the due date, or after today when it is already overdue."""
    return max(due, today) + timedelta(days=days)
