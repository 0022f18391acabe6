"""Words a spreadsheet may hold for the fixed choices: the stored key, English and German.

Export writes the stored key (``maintenance_visit``); import also takes the English
words (``maintenance visit``) and the German ones (``Wartungsbesuch``), in any case.
"""

import re
from enum import StrEnum
from functools import cache
from typing import TypeVar

from babel import Locale

from app.model import (
    AccountStatus,
    ContractStatus,
    DecisionRole,
    Department,
    IncidentKind,
    NoteKind,
    NoteStatus,
    PaidBy,
    PeriodUnit,
    ProviderRole,
    Stance,
    TouchpointKind,
)

E = TypeVar("E", bound=StrEnum)

UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
NOT_WORD = re.compile(r"[^0-9a-z]+")


def word_key(text: str) -> str:
    """A spelling-insensitive key: ``"Wartungs-Besuch "`` and ``wartungs_besuch`` match."""
    folded = text.strip().casefold().translate(UMLAUTS)
    return NOT_WORD.sub("_", folded).strip("_")


# Keyed by enum class: StrEnum members of different enums with one value hash alike.
GERMAN_WORDS: dict[type[StrEnum], dict[str, tuple[str, ...]]] = {
    AccountStatus: {
        AccountStatus.PROSPECT: ("Interessent",),
        AccountStatus.ACTIVE: ("aktiv",),
        AccountStatus.LOST: ("verloren",),
        AccountStatus.ARCHIVED: ("archiviert",),
    },
    Department: {
        Department.PURCHASING: ("Einkauf",),
        Department.ENGINEERING: ("Technik", "Konstruktion", "Entwicklung"),
        Department.PRODUCTION: ("Produktion", "Fertigung"),
        Department.MANAGEMENT: ("Geschäftsführung", "Geschäftsleitung"),
        Department.FINANCE: ("Finanzen", "Controlling"),
        Department.QUALITY: ("Qualität", "Qualitätssicherung"),
        Department.IT: ("EDV",),
        Department.OTHER: ("Sonstige", "Sonstiges", "andere"),
    },
    DecisionRole: {
        DecisionRole.DECISION_MAKER: ("Entscheider",),
        DecisionRole.INFLUENCER: ("Beeinflusser",),
        DecisionRole.USER: ("Anwender", "Nutzer"),
    },
    Stance: {
        Stance.CHAMPION: ("Fürsprecher",),
        Stance.SUPPORTER: ("Unterstützer", "Befürworter"),
        Stance.CRITIC: ("Kritiker",),
    },
    ContractStatus: {
        ContractStatus.DRAFT: ("Entwurf",),
        ContractStatus.ACTIVE: ("aktiv",),
        ContractStatus.TERMINATED: ("gekündigt",),
        ContractStatus.EXPIRED: ("abgelaufen",),
    },
    PeriodUnit: {
        PeriodUnit.MONTHS: ("Monate", "Monat", "month"),
        PeriodUnit.DAYS: ("Tage", "Tag", "day"),
    },
    IncidentKind: {
        IncidentKind.BREAKDOWN: ("Ausfall", "Störung", "Maschinenausfall"),
        IncidentKind.DELIVERY_PROBLEM: ("Lieferproblem",),
        IncidentKind.SOFTWARE_FAULT: ("Softwarefehler",),
        IncidentKind.QUALITY_PROBLEM: ("Qualitätsproblem",),
    },
    PaidBy: {
        PaidBy.WARRANTY: ("Gewährleistung", "Garantie"),
        PaidBy.CONTRACT: ("Vertrag",),
        PaidBy.BILLED: ("berechnet",),
        PaidBy.GOODWILL: ("Kulanz",),
    },
    NoteKind: {
        NoteKind.RISK: ("Risiko",),
        NoteKind.OPPORTUNITY: ("Chance", "Bedarf"),
        NoteKind.OBSERVATION: ("Beobachtung",),
        NoteKind.COMPLAINT: ("Reklamation", "Beschwerde"),
        NoteKind.PRAISE: ("Lob",),
    },
    NoteStatus: {
        NoteStatus.OPEN: ("offen",),
        NoteStatus.TAKEN_OVER: ("übernommen", "vom Vertrieb übernommen"),
        NoteStatus.DONE: ("erledigt",),
    },
    ProviderRole: {
        ProviderRole.TECHNICIAN: ("Techniker",),
        ProviderRole.SELLER: ("Verkäufer", "Vertrieb"),
        ProviderRole.INSIDE_SALES: ("Innendienst",),
        ProviderRole.OTHER: ("Sonstige", "andere"),
    },
    TouchpointKind: {
        TouchpointKind.MEETING: ("Termin", "Besprechung"),
        TouchpointKind.CALL: ("Anruf", "Telefonat"),
        TouchpointKind.VISIT: ("Besuch",),
        TouchpointKind.MAINTENANCE_VISIT: ("Wartungsbesuch", "Wartung"),
        TouchpointKind.TRAINING: ("Schulung",),
        TouchpointKind.EMAIL: ("Mail",),
    },
}


@cache
def enum_words(enum: type[E]) -> dict[str, E]:
    """Every accepted spelling of ``enum``'s members, by ``word_key``."""
    words: dict[str, E] = {}
    for member in enum:
        german = GERMAN_WORDS.get(enum, {}).get(member.value, ())
        for word in (member.value, member.name, *german):
            words[word_key(word)] = member
    return words


@cache
def country_codes() -> dict[str, str]:
    """ISO 3166 alpha-2 codes by code and by English and German country name."""
    codes: dict[str, str] = {}
    for language in ("en", "de"):
        for code, name in Locale.parse(language).territories.items():
            if len(code) == 2 and code.isalpha():
                codes[word_key(name)] = code
    for code in set(codes.values()):
        codes[word_key(code)] = code
    return codes
