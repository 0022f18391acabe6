"""The kinds of rows a CSV file holds, in the user's words, and what the topics are that an
import of each changes."""

from PySide6.QtCore import QCoreApplication

from app.interchange.csv_fields import CSV_KINDS


def kind_labels() -> dict[str, str]:
    """Translated names for the kind combo boxes, in the order of ``CSV_KINDS``."""
    labels = {
        "accounts": QCoreApplication.translate("CsvKinds", "Accounts"),
        "contacts": QCoreApplication.translate("CsvKinds", "Contacts"),
        "contracts": QCoreApplication.translate("CsvKinds", "Contracts"),
        "ledger": QCoreApplication.translate("CsvKinds", "Ledger entries"),
        "notes": QCoreApplication.translate("CsvKinds", "Technician notes"),
        "incidents": QCoreApplication.translate("CsvKinds", "Incidents"),
        "touchpoints": QCoreApplication.translate("CsvKinds", "Touchpoints"),
    }
    return {kind: labels.get(kind, kind) for kind in CSV_KINDS}


def delimiter_label(delimiter: str) -> str:
    """A delimiter as the user would name it: Tab for a tab, the character in quotes else."""
    if delimiter == "\t":
        return QCoreApplication.translate("CsvKinds", "Tab")
    return f"“{delimiter}”"
