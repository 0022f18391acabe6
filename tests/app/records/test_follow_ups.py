"""The follow-up form: done and dismissed are stamped when ticked; generated ones keep
their origin."""

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest
from sqlalchemy.orm import Session

from app.model import FollowUp, FollowUpKind
from app.records import (
    FollowUpForm,
    FormInvalidError,
    list_follow_ups,
    load_follow_up,
    save_follow_up,
)
from tests.app.records.support import World, problems

FIRST = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
LATER = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)


def test_save_list_load_round_trip(session: Session, world: World) -> None:
    form = FollowUpForm(date(2026, 12, 1), "Send the ROI calculation", notes="Ask K. Krause")
    follow_up_id = save_follow_up(session, form, account_id=world.account_id)
    session.commit()
    [view] = list_follow_ups(session, world.account_id)
    assert (view.id, view.version, view.kind, view.open) == (
        follow_up_id,
        1,
        FollowUpKind.MANUAL,
        True,
    )
    assert load_follow_up(session, follow_up_id) == (form, 1)


def test_ticking_done_stamps_the_first_moment_and_unticking_clears_it(
    session: Session, world: World
) -> None:
    follow_up_id = save_follow_up(
        session, FollowUpForm(date(2026, 12, 1), "Call"), account_id=world.account_id
    )
    form, _ = load_follow_up(session, follow_up_id)
    kwargs = {"account_id": world.account_id, "record_id": follow_up_id}
    save_follow_up(session, replace(form, done=True), now=FIRST, **kwargs)
    save_follow_up(session, replace(form, done=True, notes="reached him"), now=LATER, **kwargs)
    [view] = list_follow_ups(session, world.account_id)
    assert view.done_at == FIRST and not view.open
    save_follow_up(session, replace(form, done=False), now=LATER, **kwargs)
    assert list_follow_ups(session, world.account_id)[0].done_at is None


def test_open_ones_first_by_due_date(session: Session, world: World) -> None:
    for title, due, done in [
        ("done long ago", date(2026, 1, 1), True),
        ("due later", date(2027, 1, 1), False),
        ("due soon", date(2026, 12, 1), False),
    ]:
        save_follow_up(
            session, FollowUpForm(due, title, done=done), account_id=world.account_id, now=FIRST
        )
    titles = [view.title for view in list_follow_ups(session, world.account_id)]
    assert titles == ["due soon", "due later", "done long ago"]


def test_a_generated_follow_up_keeps_its_origin(session: Session, world: World) -> None:
    row = FollowUp(
        account_id=world.account_id,
        due_on=date(2026, 12, 1),
        kind=FollowUpKind.AFTER_SIGNING,
        title="90-day check",
        origin_key="contract:1:day90",
    )
    session.add(row)
    session.flush()
    form, version = load_follow_up(session, row.id)
    save_follow_up(
        session,
        replace(form, title="90-day check with the plant manager"),
        account_id=world.account_id,
        record_id=row.id,
        expected_version=version,
    )
    [view] = list_follow_ups(session, world.account_id)
    assert view.origin_key == "contract:1:day90" and view.kind is FollowUpKind.AFTER_SIGNING


def test_a_title_is_required(scratch: Session, scratch_world: World) -> None:
    with pytest.raises(FormInvalidError) as refused:
        save_follow_up(
            scratch, FollowUpForm.blank(date(2026, 12, 1)), account_id=scratch_world.account_id
        )
    assert problems(refused) == {"title": "Title: must not be blank"}
