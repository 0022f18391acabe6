"""Two sellers saving the same rows at the same moment, 500 times each: every save that
loses the race is refused with StaleRecordError, and none is silently overwritten."""

import threading
from collections import Counter
from dataclasses import dataclass, field, replace

from sqlalchemy import select

from app.bootstrap import Workspace, open_workspace
from app.model import Contact
from app.records import ContactForm, StaleRecordError, load_contact, save_contact
from tests.app.records.support import World

EDITS = 500  # per writer
ROWS = 2  # the writers take turns through the same rows


@dataclass
class Tally:
    saved: list[tuple[int, int, str]] = field(default_factory=list)  # row, version, notes
    refused: Counter[str | None] = field(default_factory=Counter)  # by who the message names


def write(
    workspace: Workspace, world: World, rows: list[int], start: threading.Barrier, tally: Tally
) -> None:
    for edit in range(EDITS):
        record_id = rows[edit % ROWS]
        with workspace.session() as session:
            form, version = load_contact(session, record_id)
            session.rollback()  # the form is open; no transaction is held meanwhile
            start.wait()  # both writers have read the same version: now both save
            notes = f"{workspace.actor} {edit}"
            try:
                save_contact(
                    session,
                    replace(form, notes=notes),
                    account_id=world.account_id,
                    record_id=record_id,
                    expected_version=version,
                )
                session.commit()
            except StaleRecordError as error:
                session.rollback()
                tally.refused[error.changed_by] += 1
            else:
                tally.saved.append((record_id, version, notes))


def test_two_writers_never_overwrite_each_other(
    backend: str, workspace: Workspace, world: World
) -> None:
    with workspace.transaction() as session:
        rows = [
            save_contact(session, ContactForm(name=f"Kontakt {n}"), account_id=world.account_id)
            for n in range(ROWS)
        ]
    writers = [open_workspace(workspace.location, user=name) for name in ("anna", "ben")]
    tallies = [Tally(), Tally()]
    start = threading.Barrier(2, timeout=60)
    threads = [
        threading.Thread(target=write, args=(writer, world, rows, start, tally))
        for writer, tally in zip(writers, tallies, strict=True)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for writer in writers:
        writer.close()

    saved = [entry for tally in tallies for entry in tally.saved]
    refused = [tally.refused.total() for tally in tallies]
    # A silent overwrite is a second save that started from a version already saved over.
    started_from = Counter((row, version) for row, version, _ in saved)
    overwritten = sum(count - 1 for count in started_from.values())
    with workspace.session() as session:
        found = session.scalars(select(Contact).where(Contact.id.in_(rows)))
        final = {row.id: row for row in found}
    print(
        f"\n{backend}: {len(saved)} saves, {sum(refused)} refused with StaleRecordError, "
        f"{overwritten} overwritten; anna saved {len(tallies[0].saved)} and lost {refused[0]} "
        f"({dict(tallies[0].refused)}), ben saved {len(tallies[1].saved)} and lost "
        f"{refused[1]} ({dict(tallies[1].refused)})"
    )
    assert overwritten == 0
    assert len(saved) + sum(refused) == 2 * EDITS
    assert len(saved) == EDITS  # each round has exactly one winner and one refusal
    # A refusal names the other seller (None: SQLite could not read who, mid-write).
    assert set(tallies[0].refused) <= {"ben", None}
    assert set(tallies[1].refused) <= {"anna", None}
    for record_id in rows:
        mine = sorted((version, notes) for row, version, notes in saved if row == record_id)
        # Each version was saved over exactly once: two wins from one version would be
        # a silent overwrite.
        assert [version for version, _ in mine] == list(range(1, len(mine) + 1))
        assert final[record_id].version == 1 + len(mine)  # 1 is the creating save
        assert final[record_id].notes == mine[-1][1]
        assert final[record_id].updated_by == mine[-1][1].split()[0]


def test_writers_saving_different_rows_at_once_both_succeed(
    workspace: Workspace, world: World
) -> None:
    # On SQLite a save that read first could not wait for the other writer: "database is
    # locked", or a stale snapshot reported as someone else's change to this row.
    rounds = 50
    with workspace.transaction() as session:
        rows = [
            save_contact(session, ContactForm(name=f"Kontakt {n}"), account_id=world.account_id)
            for n in range(2)
        ]
    writers = [open_workspace(workspace.location, user=name) for name in ("anna", "ben")]
    start = threading.Barrier(2, timeout=60)
    problems: list[BaseException] = []

    def write_own(writer: Workspace, record_id: int) -> None:
        for edit in range(rounds):
            with writer.session() as session:
                form, version = load_contact(session, record_id)
                session.rollback()
                start.wait()
                try:
                    save_contact(
                        session,
                        replace(form, notes=str(edit)),
                        account_id=world.account_id,
                        record_id=record_id,
                        expected_version=version,
                    )
                    session.commit()
                except Exception as error:
                    problems.append(error)

    threads = [
        threading.Thread(target=write_own, args=(writer, record_id))
        for writer, record_id in zip(writers, rows, strict=True)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for writer in writers:
        writer.close()
    assert problems == []
    with workspace.session() as session:
        versions = session.scalars(select(Contact.version).where(Contact.id.in_(rows))).all()
    assert versions == [1 + rounds, 1 + rounds]
