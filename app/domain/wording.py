"""Sentences the core writes for people (health reasons, agenda lines), in English and German.

The window translates its own labels with Qt; these sentences come from the
core because the CLI and the printed brief need them without Qt.
"""

from typing import Literal

Language = Literal["en", "de"]
LANGUAGES: tuple[Language, ...] = ("en", "de")


def check_language(code: str) -> Language:
    if code not in LANGUAGES:
        raise ValueError(f"language must be one of {', '.join(LANGUAGES)}, not {code!r}")
    return code


def times(count: int, lang: Language) -> str:
    """ "once", "twice", "3 times" / "einmal", "zweimal", "3-mal"."""
    if lang == "de":
        return {1: "einmal", 2: "zweimal", 3: "dreimal"}.get(count, f"{count}-mal")
    return {1: "once", 2: "twice"}.get(count, f"{count} times")


def days(count: int, lang: Language) -> str:
    if lang == "de":
        return "1 Tag" if count == 1 else f"{count} Tagen" if count else "0 Tagen"
    return "1 day" if count == 1 else f"{count} days"


def plural(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"
