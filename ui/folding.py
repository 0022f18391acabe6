"""Search keys that ignore case and accents: "muller" finds "Müller", "lodz" finds "Łódź"."""

import unicodedata

# Letters that Unicode does not decompose into a base letter plus an accent.
_UNDECOMPOSED = str.maketrans(
    {"ł": "l", "ø": "o", "đ": "d", "ħ": "h", "ı": "i", "þ": "th", "æ": "ae", "œ": "oe"}
)


def fold(text: str) -> str:
    """``text`` lower-cased, without accents and ``ß`` as ``ss``: the form searches compare."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return bare.translate(_UNDECOMPOSED)


def search_key(*fields: str) -> str:
    """One folded string holding every field, so a row is tested with a single ``in``.

    Fields are joined by a newline, which no typed search contains, so a match never
    spans two fields. Customer numbers also appear without punctuation ("104711").
    """
    parts = [fold(field) for field in fields]
    parts.extend("".join(ch for ch in part if ch.isalnum()) for part in parts[:])
    return "\n".join(parts)


def search_words(typed: str) -> tuple[str, ...]:
    """The folded words of what the user typed; every one must occur in a row's key."""
    return tuple(fold(typed).split())
