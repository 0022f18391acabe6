"""Data in and out: CSV import and export, the JSON workspace file, and automatic
backups with rotation. Pure Python; the import dialog and the CLI call it.

The iCalendar export lives in ``app.interchange.ical`` and is imported from there, so
that only the ``ical`` command loads the icalendar library.
"""

from app.interchange.backups import BackupInfo, automatic_backup, list_backups, rotate_backups
from app.interchange.csv_export import export_csv
from app.interchange.csv_fields import CSV_KINDS
from app.interchange.csv_import import CsvPreview, ImportReport, import_csv, preview_csv
from app.interchange.errors import (
    CsvImportError,
    RowError,
    WorkspaceFileError,
    WorkspaceNotEmptyError,
)
from app.interchange.json_workspace import (
    WorkspaceImportReport,
    export_workspace,
    import_workspace,
)

__all__ = [
    "CSV_KINDS",
    "BackupInfo",
    "CsvImportError",
    "CsvPreview",
    "ImportReport",
    "RowError",
    "WorkspaceFileError",
    "WorkspaceImportReport",
    "WorkspaceNotEmptyError",
    "automatic_backup",
    "export_csv",
    "export_workspace",
    "import_csv",
    "import_workspace",
    "list_backups",
    "preview_csv",
    "rotate_backups",
]
