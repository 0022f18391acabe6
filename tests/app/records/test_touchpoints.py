"""The touchpoint form: round trip and the newest-first list."""

from datetime import date

import pytest
from sqlalchemy.orm import Session

from app.model import TouchpointKind
from app.records import (
    FormInvalidError,
    TouchpointForm,
    list_touchpoints,
    load_touchpoint,
    save_touchpoint,
)
from tests.app.records.support import World, problems

VISIT = TouchpointForm(
    happened_on=date(2026, 10, 20),
    kind=TouchpointKind.MAINTENANCE_VISIT,
    participants="T. Weber, J. Nowak",
    summary="Quarterly maintenance; spindle bearings replaced.",
    by_whom="T. Weber",
)


def test_save_list_load_round_trip(session: Session, world: World) -> None:
    visit_id = save_touchpoint(session, VISIT, account_id=world.account_id)
    call = TouchpointForm.blank(date(2026, 11, 2), by_whom="A. Seller")
    call_id = save_touchpoint(session, call, account_id=world.account_id)
    older = TouchpointForm(date(2026, 1, 8), TouchpointKind.EMAIL, summary="New year wishes")
    save_touchpoint(session, older, account_id=world.account_id)
    session.commit()
    views = list_touchpoints(session, world.account_id)
    assert [view.id for view in views[:2]] == [call_id, visit_id]
    assert views[1].kind is TouchpointKind.MAINTENANCE_VISIT
    assert views[1].participants == "T. Weber, J. Nowak"
    assert load_touchpoint(session, visit_id) == (VISIT, 1)
    assert load_touchpoint(session, call_id)[0].kind is TouchpointKind.CALL


def test_an_unknown_kind_is_refused_naming_the_field(
    scratch: Session, scratch_world: World
) -> None:
    bad = TouchpointForm(date(2026, 1, 1), "fax")  # type: ignore[arg-type]
    with pytest.raises(FormInvalidError) as refused:
        save_touchpoint(scratch, bad, account_id=scratch_world.account_id)
    assert problems(refused) == {
        "kind": "Kind: 'fax' is not one of meeting, call, visit, maintenance_visit, training, email"
    }
