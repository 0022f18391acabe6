"""Text fits its box: wrapped at words, shortened with "…", overflow counted for "+N more"."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.brief.fonts import register_fonts
from app.brief.text_fit import (
    ELLIPSIS,
    fit_list,
    normalise,
    shorten,
    shorten_lines,
    text_width,
    with_ellipsis,
    wrap,
)

FONT = register_fonts().regular
SIZE = 8.5
WORDS = "Spindelschaden an DZ-07 Linie 3 stand Techniker erst nach 48 Stunden vor Ort"


def width(text: str) -> float:
    return text_width(text, FONT, SIZE)


def test_wrap_breaks_between_words_and_keeps_every_word() -> None:
    lines = wrap(WORDS, FONT, SIZE, 80)
    assert len(lines) > 2
    assert all(width(line) <= 80 for line in lines)
    assert " ".join(lines) == WORDS  # no word lost, none split


def test_a_word_wider_than_the_line_is_broken_inside() -> None:
    word = "Präzisionsteilefertigungsgesellschaft" * 3
    lines = wrap(f"ab {word} cd", FONT, SIZE, 60)
    assert all(width(line) <= 60 for line in lines)
    assert "".join(lines).replace(" ", "") == f"ab{word}cd"
    assert lines[0] == "ab"  # the long word starts on its own line


def test_whitespace_and_newlines_are_normalised_but_no_break_spaces_stay() -> None:
    assert normalise("  Kunde\n\tGmbH\r\n  & Co.\x00KG ") == "Kunde GmbH & Co. KG"
    assert normalise("48\u00a0h") == "48\u00a0h"
    assert wrap("a\n\n\nb", FONT, SIZE, 500) == ["a b"]


def test_shortened_text_ends_in_an_ellipsis_at_a_word_boundary() -> None:
    lines = shorten_lines(WORDS, FONT, SIZE, 90, 2)
    assert len(lines) == 2
    assert lines[-1].endswith(ELLIPSIS)
    assert all(width(line) <= 90 for line in lines)
    kept = " ".join(lines)[: -len(ELLIPSIS)].split(" ")
    assert kept == WORDS.split(" ")[: len(kept)]  # whole words only


def test_text_that_fits_is_not_shortened() -> None:
    assert shorten_lines(WORDS, FONT, SIZE, 1000, 2) == [WORDS]
    assert shorten("Kunde GmbH", FONT, SIZE, 1000) == "Kunde GmbH"


def test_shorten_to_one_line() -> None:
    line = shorten(WORDS, FONT, SIZE, 100)
    assert line.endswith(ELLIPSIS)
    assert width(line) <= 100
    assert WORDS.startswith(line[: -len(ELLIPSIS)])


def test_ellipsis_drops_trailing_punctuation() -> None:
    text = "Linie 4, Halle 2 und weitere Maschinen"
    assert shorten(text, FONT, SIZE, width("Linie 4, Hal")) == "Linie 4…"


def test_too_narrow_for_even_an_ellipsis_gives_nothing() -> None:
    assert with_ellipsis("Kunde", FONT, SIZE, 1) == ""
    assert wrap("Kunde", FONT, SIZE, 0) == []


def test_markup_is_text_like_any_other() -> None:
    text = "<b>Kunde</b> &amp; <font color=red>x</font>"
    lines = wrap(text, FONT, SIZE, 90)
    assert len(lines) > 1
    assert " ".join(lines) == text


@pytest.mark.parametrize(
    ("count", "rows", "shown", "hidden"),
    [
        (0, 5, 0, 0),
        (3, 5, 3, 0),
        (5, 5, 5, 0),
        (6, 5, 4, 2),
        (80, 7, 6, 74),
        (4, 1, 0, 4),
        (4, 0, 0, 4),
    ],
)
def test_fit_list_keeps_a_row_for_plus_n_more(
    count: int, rows: int, shown: int, hidden: int
) -> None:
    items = list(range(count))
    visible, more = fit_list(items, rows)
    assert (len(visible), more) == (shown, hidden)
    assert visible == tuple(items[:shown])
    assert len(visible) + (1 if more else 0) <= max(rows, 0) or not visible


TEXT = st.lists(
    st.sampled_from([*"aZ ßÄ€łŚğİ漢ع😀<>&;\n\t-–.,", "Wort ", "x" * 30]), max_size=60
).map("".join)


@settings(max_examples=60, deadline=None)
@given(TEXT, st.floats(min_value=20, max_value=400), st.integers(min_value=1, max_value=5))
def test_shortened_lines_always_fit(text: str, limit: float, max_lines: int) -> None:
    lines = shorten_lines(text, FONT, SIZE, limit, max_lines)
    assert len(lines) <= max_lines
    assert all(width(line) <= limit + 1e-6 for line in lines)
    if normalise(text) and width(normalise(text)) <= limit:
        assert lines == [normalise(text)]
