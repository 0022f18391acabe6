"""Counted nouns without "(s)": both forms are translated by the caller, one picked here."""


def counted(count: int, one: str, many: str) -> str:
    """``one`` for exactly one, else ``many`` with ``{count}`` filled in: "1 note", "5 notes"."""
    return (one if count == 1 else many).format(count=count)
