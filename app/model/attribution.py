"""Who changed a row: each flush stamps the session's actor on the tracked rows it writes."""

import getpass
from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Session, sessionmaker

from app.model.base import ACTOR_LENGTH, Tracked

ACTOR_KEY = "kamdesk.actor"  # in Session.info


def default_actor() -> str:
    """The OS login name, or "" where the system cannot tell (no user database entry)."""
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return ""


def actor_name(name: str) -> str:
    """A name as stored: one line, trimmed, at most ``ACTOR_LENGTH`` characters."""
    return " ".join(name.split())[:ACTOR_LENGTH]


def attribute_changes(sessions: "sessionmaker[Session]", actor: str) -> None:
    """Make every session of ``sessions`` stamp ``actor`` as ``created_by`` on the rows it
    adds and as ``updated_by`` on the rows it adds or changes."""
    sessions.configure(info={ACTOR_KEY: actor_name(actor)})
    event.listen(sessions, "before_flush", _stamp)


def set_actor(session: Session, actor: str) -> None:
    """Attribute this session's further changes to ``actor`` (e.g. a named import)."""
    session.info[ACTOR_KEY] = actor_name(actor)


def _stamp(session: Session, _context: Any, _instances: Any) -> None:
    actor = session.info.get(ACTOR_KEY)
    if not isinstance(actor, str):
        return
    for row in session.new:
        if isinstance(row, Tracked):
            # A restored or imported row may bring its own names: keep them.
            if not row.created_by:
                row.created_by = actor
            if not row.updated_by:
                row.updated_by = actor
    for row in session.dirty:
        if isinstance(row, Tracked) and session.is_modified(row, include_collections=False):
            row.updated_by = actor
