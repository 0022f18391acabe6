"""Noto Sans for the printed brief (SIL Open Font License 1.1, see OFL.txt)."""
