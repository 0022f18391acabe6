"""Data in and out from the window: the CSV import with its preview, the CSV and calendar
exports, and putting a backup back."""
