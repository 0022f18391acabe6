"""Words for the kinds of key date the core names ("notice_deadline" → "Notice deadline")."""

from PySide6.QtCore import QCoreApplication

from app.domain.account_overview import KeyDate
from app.domain.wording import Language
from app.formatting import day
from ui.translation import QT_TRANSLATE_NOOP

_LABELS = {
    "notice_deadline": QT_TRANSLATE_NOOP("KeyDate", "Notice deadline"),
    "term_end": QT_TRANSLATE_NOOP("KeyDate", "Term ends"),
    "budget_window": QT_TRANSLATE_NOOP("KeyDate", "Budget window opens"),
    "budget_planning": QT_TRANSLATE_NOOP("KeyDate", "Budget planning"),
    "meeting": QT_TRANSLATE_NOOP("KeyDate", "Negotiation meeting"),
}


def key_date_label(what: str) -> str:
    """The translated name of a key date kind; an unknown kind is shown as it came."""
    label = _LABELS.get(what)
    return QCoreApplication.translate("KeyDate", label) if label else what


def key_date_text(key_date: KeyDate, language: Language) -> str:
    """ "14 Dec 2026 · Notice deadline"."""
    return f"{day(key_date.on, language)} · {key_date_label(key_date.what)}"
