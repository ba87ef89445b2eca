"""A short text pasted alone is read in its own language, so its numbers are read with that
language's marks: "Em 2023 foram 1.234 projetos" is 1,234 projects, not 1.234. Main read a
sentence with fewer than two stopwords and no letter only Spanish or Portuguese writes ("ñ",
"ã", "-ción", "-ção") as English, and "1.234" as one and a bit (the slip issue 17 names for
"1.234 proyectos"). Now a Portuguese "-ou"/"-aram" or Spanish "-aron" preterite, or a single
stopword of one language that English does not also write, decides."""

from __future__ import annotations

import pytest

from chinalac.claims import check
from chinalac.claims.language import detect_language


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("A China comprou 1.234 toneladas.", "pt"),
        ("Em 2023 foram 1.234 projetos.", "pt"),
        ("Brasil e China exportaram 1.234 toneladas.", "pt"),
        ("En 2023 hubo 1.234 proyectos.", "es"),
        ("China y Brasil exportaron 1.234 toneladas.", "es"),
        # English stays English: "a" and "e" are English words too
        ("A deal of 1.234 billion.", "en"),
        ("E-commerce reached 1.234 billion.", "en"),
        ("In 2023 there were 1.234 projects.", "en"),
    ],
)
def test_a_short_text_is_read_in_its_own_language(text, lang):
    assert detect_language(text, spelling=True) == lang


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Em 2023 foram 1.234 projetos.", 1234),
        ("En 2023 hubo 1.234 proyectos.", 1234),
        ("In 2023 there were 1.234 projects.", 1.234),
    ],
)
def test_its_numbers_are_read_with_its_marks(kb, text, value):
    (result,) = check(text, db=kb)
    assert result.claim.value == pytest.approx(value)
