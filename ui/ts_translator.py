"""A translator that reads a Qt Linguist ``.ts`` file directly, so no compiled ``.qm`` is
built, shipped or committed.

Update the source file after changing visible text, then translate the new entries::

    pyside6-lupdate -extensions py -locations none -no-obsolete ui \\
        -ts resources/translations/kamdesk_de.ts

lupdate sees ``self.tr("…")`` and ``QCoreApplication.translate("Context", "…")`` with the
context written out; a context held in a variable is skipped (tests/ui/test_translation.py
finds such strings by reading the source, and fails until they are translated).
"""

import xml.etree.ElementTree as ElementTree
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, QTranslator

# Which numerus form a count takes; German and English: singular for one, plural otherwise.
PluralRule = Callable[[int], int]
UNFINISHED = frozenset({"unfinished", "vanished", "obsolete"})


def singular_for_one(count: int) -> int:
    return 0 if count == 1 else 1


@dataclass(frozen=True, slots=True)
class TsMessage:
    """One message of a .ts file; ``forms`` holds one text, or one per numerus form."""

    context: str
    source: str
    disambiguation: str
    forms: tuple[str, ...]
    numerus: bool
    finished: bool


def parse_ts(xml: bytes) -> list[TsMessage]:
    """Every message of a .ts document, translated or not, in file order."""
    root = ElementTree.fromstring(xml)
    messages: list[TsMessage] = []
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            numerus = message.get("numerus") == "yes"
            if translation is None:
                forms: tuple[str, ...] = ()
                kind = "unfinished"
            else:
                kind = translation.get("type", "")
                if numerus:
                    forms = tuple(form.text or "" for form in translation.iter("numerusform"))
                else:
                    forms = (translation.text or "",)
            messages.append(
                TsMessage(
                    context=name,
                    source=message.findtext("source", ""),
                    disambiguation=message.findtext("comment", ""),
                    forms=forms,
                    numerus=numerus,
                    finished=kind not in UNFINISHED and bool(forms) and all(forms),
                )
            )
    return messages


class TsTranslator(QTranslator):
    """Translates from the finished messages of a parsed .ts file.

    PySide's ``self.tr`` names the object's own class as the context, while lupdate names
    the class the call is written in; for a subclass the exact context misses, and the
    same source text from any context is used instead.
    """

    def __init__(
        self,
        messages: list[TsMessage],
        plural_rule: PluralRule = singular_for_one,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._plural_rule = plural_rule
        self._exact: dict[tuple[str, str, str], tuple[str, ...]] = {}
        self._by_source: dict[tuple[str, str], tuple[str, ...]] = {}
        for message in messages:
            if message.finished:
                key = (message.source, message.disambiguation)
                self._exact[(message.context, *key)] = message.forms
                self._by_source.setdefault(key, message.forms)

    @classmethod
    def from_ts(cls, xml: bytes, parent: QObject | None = None) -> "TsTranslator":
        return cls(parse_ts(xml), parent=parent)

    def isEmpty(self) -> bool:
        return not self._exact

    def translate(
        self,
        context: str,
        sourceText: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str | None:
        """The translation, or None so Qt shows the source text; ``%n`` is left for Qt."""
        comment = disambiguation or ""
        forms = self._exact.get((context, sourceText, comment)) or self._by_source.get(
            (sourceText, comment)
        )
        if not forms:
            return None
        if n < 0 or len(forms) == 1:
            return forms[0]
        return forms[min(self._plural_rule(n), len(forms) - 1)]
