"""Ctrl+K: open any account by typing part of its name, city or customer number."""
