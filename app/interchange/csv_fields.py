"""The columns of each CSV kind: English header (the field name), German header, aliases.

Headers match case-insensitively and ignore spaces, hyphens and umlaut spelling
(``Währung`` = ``waehrung`` = ``WAEHRUNG``). The order here is the export's order.
"""

from dataclasses import dataclass, field
from enum import Enum, StrEnum, auto
from functools import cache

from sqlalchemy import String

from app.interchange.csv_words import word_key
from app.model import (
    AccountStatus,
    Base,
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
    Tier,
    TouchpointKind,
)


class Cell(Enum):
    """How a cell is read and written."""

    NAME = auto()  # one line: bidi controls removed, outer space stripped
    TEXT = auto()  # free text, kept as typed (NFC)
    AMOUNT = auto()  # money; the row's currency gives its minor units
    HOURS = auto()  # a non-negative measure with at most two decimals
    INTEGER = auto()
    DATE = auto()
    MOMENT = auto()  # a point in time (incidents)
    BOOL = auto()
    CHOICE = auto()  # one of an enum's values
    COUNTRY = auto()
    CURRENCY = auto()


@dataclass(frozen=True, slots=True)
class Column:
    name: str  # the English header: DESIGN §3's field name
    german: str
    cell: Cell
    required: bool = False  # the column must exist and no cell may be empty
    aliases: tuple[str, ...] = ()
    choices: type[StrEnum] | None = None
    max_length: int | None = None  # from the model's column, filled in by ``kind_columns``


@dataclass(frozen=True, slots=True)
class CsvKind:
    name: str  # the KIND of the command line
    table: str  # the table rows go into
    columns: tuple[Column, ...]
    headers: dict[str, Column] = field(default_factory=dict)  # word_key(header) -> column

    def column(self, name: str) -> Column:
        return next(column for column in self.columns if column.name == name)


def _customer_number() -> Column:
    return Column(
        "customer_number",
        "Kundennummer",
        Cell.NAME,
        required=True,
        aliases=("Kundennr", "Kunden-Nr", "customer no", "customer_no", "Debitor"),
    )


def _currency() -> Column:
    return Column("currency", "Währung", Cell.CURRENCY, aliases=("Waehrung", "cur"))


def _notes() -> Column:
    return Column("notes", "Notizen", Cell.TEXT, aliases=("Bemerkungen", "Anmerkungen", "note"))


def _contract() -> Column:
    return Column(
        "contract",
        "Vertrag",
        Cell.NAME,
        aliases=("contract_number", "Vertragsnummer", "Vertragsnr"),
    )


def _choice(
    name: str, german: str, enum: type[StrEnum], *aliases: str, required: bool = False
) -> Column:
    return Column(name, german, Cell.CHOICE, required=required, aliases=aliases, choices=enum)


ACCOUNT_COLUMNS = (
    _customer_number(),
    Column("name", "Name", Cell.NAME, True, ("Firma", "company", "account_name", "Kundenname")),
    Column("industry", "Branche", Cell.NAME),
    Column("street", "Straße", Cell.NAME, aliases=("Strasse", "address", "Adresse")),
    Column("postal_code", "PLZ", Cell.NAME, aliases=("Postleitzahl", "zip", "postcode")),
    Column("city", "Ort", Cell.NAME, aliases=("Stadt", "town")),
    Column("country", "Land", Cell.COUNTRY, aliases=("country_code", "Länderkennzeichen")),
    _choice("tier", "ABC-Klasse", Tier, "Klasse", "ABC", "Stufe"),
    Column("owner", "Betreuer", Cell.NAME, aliases=("Verkäufer", "seller", "account_manager")),
    _currency(),
    _choice("status", "Status", AccountStatus),
    Column("relationship_since", "Kunde seit", Cell.DATE, aliases=("customer_since",)),
    _notes(),
)

CONTACT_COLUMNS = (
    _customer_number(),
    Column("name", "Name", Cell.NAME, True, ("contact", "Kontakt", "Ansprechpartner")),
    Column("job_title", "Position", Cell.NAME, aliases=("Funktion", "Jobtitel", "job")),
    _choice("department", "Abteilung", Department, "Bereich"),
    _choice("decision_role", "Rolle", DecisionRole, "role", "Entscheidungsrolle"),
    _choice("stance", "Haltung", Stance, "Einstellung"),
    Column("phone", "Telefon", Cell.NAME, aliases=("Tel", "telephone", "phone_number")),
    Column("email", "E-Mail", Cell.NAME, aliases=("Mail", "email_address")),
    _notes(),
)

CONTRACT_COLUMNS = (
    _customer_number(),
    Column("number", "Vertragsnummer", Cell.NAME, True, ("contract_number", "Vertragsnr", "Nr")),
    Column("title", "Titel", Cell.NAME, aliases=("Bezeichnung",)),
    Column("start_date", "Beginn", Cell.DATE, True, ("start", "Vertragsbeginn", "Startdatum")),
    Column("end_date", "Ende", Cell.DATE, aliases=("end", "Vertragsende", "Enddatum")),
    Column("notice_period", "Kündigungsfrist", Cell.INTEGER, aliases=("notice",)),
    _choice("notice_unit", "Fristeinheit", PeriodUnit, "Einheit", "unit"),
    Column(
        "auto_renew_months",
        "Verlängerung (Monate)",
        Cell.INTEGER,
        aliases=("auto_renew", "Verlängerung", "automatische Verlängerung"),
    ),
    Column("annual_value", "Jahreswert", Cell.AMOUNT, aliases=("value", "Wert", "Betrag")),
    _currency(),
    Column("package", "Servicepaket", Cell.NAME, aliases=("service_package", "Paket")),
    _choice("status", "Status", ContractStatus),
    Column("signed_on", "Unterzeichnet am", Cell.DATE, aliases=("signed", "unterschrieben am")),
    _notes(),
)

LEDGER_COLUMNS = (
    _customer_number(),
    Column("provided_on", "Datum", Cell.DATE, True, ("date", "Leistungsdatum", "erbracht am")),
    Column("category", "Kategorie", Cell.NAME, True, ("category_key", "Art", "Leistungsart")),
    Column("description", "Beschreibung", Cell.TEXT, True, ("text", "Leistung")),
    Column("value", "Wert", Cell.AMOUNT, True, ("amount", "Betrag", "value_minor")),
    _currency(),
    Column("hours", "Stunden", Cell.HOURS, aliases=("Std", "Aufwand", "hours_spent")),
    Column("provided_by", "Erbracht von", Cell.NAME, aliases=("by", "Mitarbeiter", "durch")),
    _choice("provider_role", "Rolle", ProviderRole, "role", "Funktion"),
    Column(
        "received_by",
        "Empfangen von",
        Cell.NAME,
        aliases=("Empfänger", "Ansprechpartner", "contact", "Kontakt"),
    ),
    _contract(),
)

NOTE_COLUMNS = (
    _customer_number(),
    Column("noted_on", "Datum", Cell.DATE, True, ("date", "notiert am")),
    Column("author", "Autor", Cell.NAME, aliases=("Techniker", "Verfasser", "technician")),
    _choice("kind", "Art", NoteKind, "type", "Typ", required=True),
    Column("title", "Titel", Cell.NAME, True, ("Betreff", "subject")),
    Column("text", "Text", Cell.TEXT, aliases=("Beschreibung", "description")),
    Column(
        "machine_or_site", "Maschine/Standort", Cell.NAME, aliases=("machine", "site", "Anlage")
    ),
    Column(
        "estimated_value", "Geschätzter Wert", Cell.AMOUNT, aliases=("value", "Wert", "Schätzwert")
    ),
    _currency(),
    Column("follow_up_on", "Nachfassen am", Cell.DATE, aliases=("follow_up", "Wiedervorlage")),
    _choice("status", "Status", NoteStatus),
    Column("read_by_seller", "Gelesen", Cell.BOOL, aliases=("read", "gelesen vom Vertrieb")),
)

INCIDENT_COLUMNS = (
    _customer_number(),
    _contract(),
    _choice("kind", "Art", IncidentKind, "type", "Typ", required=True),
    Column("reported_at", "Gemeldet am", Cell.MOMENT, True, ("reported", "gemeldet", "Meldung")),
    Column("responded_at", "Reagiert am", Cell.MOMENT, aliases=("responded", "Reaktion")),
    Column("resolved_at", "Behoben am", Cell.MOMENT, aliases=("resolved", "behoben")),
    Column("downtime_hours", "Ausfallstunden", Cell.HOURS, aliases=("downtime", "Stillstand")),
    Column(
        "promised_response_hours",
        "Zugesagte Reaktionszeit (h)",
        Cell.HOURS,
        aliases=("promised_hours", "Reaktionszeit", "zugesagte Reaktionszeit"),
    ),
    _choice("paid_by", "Bezahlt von", PaidBy, "Kostenträger", "paid"),
    Column("description", "Beschreibung", Cell.TEXT, aliases=("text",)),
)

TOUCHPOINT_COLUMNS = (
    _customer_number(),
    Column("happened_on", "Datum", Cell.DATE, True, ("date",)),
    _choice("kind", "Art", TouchpointKind, "type", "Typ", required=True),
    Column("participants", "Teilnehmer", Cell.NAME, aliases=("attendees",)),
    Column("summary", "Zusammenfassung", Cell.TEXT, aliases=("Inhalt", "Notiz")),
    Column("by_whom", "Von", Cell.NAME, aliases=("by", "durch", "Mitarbeiter")),
)

KIND_TABLES = {
    "accounts": ("account", ACCOUNT_COLUMNS),
    "contacts": ("contact", CONTACT_COLUMNS),
    "contracts": ("contract", CONTRACT_COLUMNS),
    "ledger": ("free_service", LEDGER_COLUMNS),
    "notes": ("technician_note", NOTE_COLUMNS),
    "incidents": ("incident", INCIDENT_COLUMNS),
    "touchpoints": ("touchpoint", TOUCHPOINT_COLUMNS),
}
CSV_KINDS: tuple[str, ...] = tuple(KIND_TABLES)


@cache
def csv_kind(name: str) -> CsvKind:
    """The columns of KIND ``name`` with lengths from the model; KeyError for another name."""
    table_name, columns = KIND_TABLES[name]
    table = Base.metadata.tables[table_name]
    sized = []
    for column in columns:
        length = None
        if column.name in table.c:
            column_type = table.c[column.name].type
            length = column_type.length if isinstance(column_type, String) else None
        sized.append(_with_length(column, length))
    headers: dict[str, Column] = {}
    for column in sized:
        for spelling in (column.name, column.german, *column.aliases):
            headers.setdefault(word_key(spelling), column)
    return CsvKind(name, table_name, tuple(sized), headers)


def _with_length(column: Column, length: int | None) -> Column:
    if length is None or column.cell is Cell.TEXT:
        return column
    return Column(
        column.name,
        column.german,
        column.cell,
        column.required,
        column.aliases,
        column.choices,
        length,
    )
