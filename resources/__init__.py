"""Data shipped with the app: fonts, icons, translations. Loaded with importlib.resources."""
