"""What every form shares: messages that name the field, clean text, all problems at once."""

import unicodedata
from datetime import UTC, date, datetime

import pytest
from sqlalchemy.orm import Session

from app.errors import KamDeskError
from app.model import TouchpointKind
from app.records import (
    BudgetCycleForm,
    FieldError,
    FormInvalidError,
    NegotiationForm,
    StaleRecordError,
    TouchpointForm,
    load_budget_cycle,
    load_negotiation,
    load_touchpoint,
    save_budget_cycle,
    save_negotiation,
    save_touchpoint,
)
from app.records.checks import label_of
from tests.app.records.support import World, problems

NFD_NAME = unicodedata.normalize("NFD", "Jürgen Weiß-Çelik")


def test_one_problem_reads_as_its_sentence() -> None:
    error = FormInvalidError([FieldError("notice_period", "Notice period: 0 to 36 months")])
    assert str(error) == "Notice period: 0 to 36 months"
    assert isinstance(error, KamDeskError)


def test_several_problems_are_listed_one_per_line() -> None:
    error = FormInvalidError(
        [
            FieldError("name", "Name: must not be blank"),
            FieldError("email", "Email: 'x' is not an email address (name@example.com)"),
        ]
    )
    assert str(error) == (
        "2 fields need attention:\n"
        "- Name: must not be blank\n"
        "- Email: 'x' is not an email address (name@example.com)"
    )
    assert error.fields == ("name", "email")


def test_an_empty_error_list_is_a_programming_error() -> None:
    with pytest.raises(ValueError):
        FormInvalidError([])


def test_the_stale_message_says_who_changed_it_and_what_to_do() -> None:
    moment = datetime(2026, 11, 23, 14, 2, tzinfo=UTC)
    error = StaleRecordError("Contract C-1", 12, 4, moment, "anna")
    assert str(error) == (
        "Contract C-1 was changed by anna at 14:02 UTC on 2026-11-23 since you opened it "
        "(now version 4). Nothing was overwritten and your edits are still in the form: "
        "reload to see the other changes, then save again."
    )
    assert error.changed_by == "anna"


def test_a_row_saved_before_names_were_recorded_was_changed_by_someone_else() -> None:
    moment = datetime(2026, 11, 23, 14, 2, tzinfo=UTC)
    error = StaleRecordError("Contract C-1", 12, 4, moment, "")
    assert str(error).startswith("Contract C-1 was changed by someone else at 14:02 UTC")
    racing = StaleRecordError("Contract C-1", 12, None, None)
    assert str(racing).startswith("Contract C-1 was changed by someone else while you were")


@pytest.mark.parametrize(
    "field, label",
    [
        ("notice_period", "Notice period"),
        ("customer_number", "Customer number"),
        ("received_by_id", "Received by"),
        ("items[2].price", "Price"),
        ("rrule", "Recurrence rule"),
    ],
)
def test_labels_are_the_field_in_words(field: str, label: str) -> None:
    assert label_of(field) == label


def test_texts_are_stored_in_nfc_in_every_form(session: Session, world: World) -> None:
    touchpoint_id = save_touchpoint(
        session,
        TouchpointForm(date(2026, 1, 1), TouchpointKind.CALL, participants=f"  {NFD_NAME} "),
        account_id=world.account_id,
    )
    negotiation_id = save_negotiation(
        session, NegotiationForm(goals=f"{NFD_NAME}\n"), account_id=world.account_id
    )
    cycle_id = save_budget_cycle(
        session,
        BudgetCycleForm(label=NFD_NAME, first_date=date(2026, 9, 1)),
        account_id=world.account_id,
    )
    expected = unicodedata.normalize("NFC", NFD_NAME)
    assert expected != NFD_NAME
    assert load_touchpoint(session, touchpoint_id)[0].participants == expected
    assert load_negotiation(session, negotiation_id)[0].goals == expected
    assert load_budget_cycle(session, cycle_id)[0].label == expected


def test_hostile_but_printable_text_is_kept_as_typed(session: Session, world: World) -> None:
    hostile = '<b>=HYPERLINK("x")</b> & مرحبا 你好 🚜'
    touchpoint_id = save_touchpoint(
        session,
        TouchpointForm(date(2026, 1, 1), TouchpointKind.CALL, summary=hostile),
        account_id=world.account_id,
    )
    assert load_touchpoint(session, touchpoint_id)[0].summary == hostile


def test_invisible_control_characters_are_refused(scratch: Session, scratch_world: World) -> None:
    with pytest.raises(FormInvalidError) as refused:
        save_touchpoint(
            scratch,
            TouchpointForm(date(2026, 1, 1), TouchpointKind.CALL, summary="a\x1bb"),
            account_id=scratch_world.account_id,
        )
    assert problems(refused) == {
        "summary": "Summary: contains an invisible control character; please retype it"
    }
