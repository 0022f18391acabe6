"""Search keys: case and accents never stop a seller finding an account."""

import pytest

from ui.folding import fold, search_key, search_words


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("muller", "Präzisionsteile Müller GmbH"),
        ("MÜLLER", "Präzisionsteile Müller GmbH"),
        ("lodz", "Zakłady Mechaniczne Łódź S.A."),
        ("grossmann", "Großmann Maschinenbau AG"),
        ("besancon", "Métrologie Industrielle Besançon S.A."),
        ("slask", "Przedsiębiorstwo Obróbki Precyzyjnej Śląsk"),
    ],
)
def test_a_plain_spelling_finds_the_accented_name(typed: str, stored: str) -> None:
    assert all(word in search_key(stored) for word in search_words(typed))


def test_customer_numbers_match_with_and_without_punctuation() -> None:
    key = search_key("Kunde GmbH", "Aalen", "10-4711")

    assert "10-4711" in key
    assert "104711" in key


def test_a_match_never_spans_two_fields() -> None:
    # "aalen" ends the city, "10" starts the number: typed together they are not one field.
    assert "aalen10" not in search_key("Kunde GmbH", "Aalen", "10-4711")


def test_every_word_typed_is_folded() -> None:
    assert search_words("  Müller   AALEN ") == ("muller", "aalen")
    assert fold("Straße") == "strasse"
