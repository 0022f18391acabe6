"""The editing dialogs: one small form base and a dialog per kind of record."""
