"""Readings fixed by the lead at stop 39 (issue 15), real-shaped sentences of our own in EN, ES and
PT against the package's knowledge base.

* A span the sentence before has named ("Guyana established diplomatic relations with China on
  June 27, 1972. Over those 50 years, cooperation has grown …", "Nesses 50 anos", "En estos 45
  años") was left unread ("durations are not held in the store"): dev u3707 (text 258) and the
  shape of u2116 (text 143). It now counts the years of the tie that sentence names (the claim's
  state's, or no state's) back from the article's year (`ties_date.ANAPHORIC_SPAN_BEFORE`): borne
  out when the tie's year agrees, never refuted (the antecedent is inferred).
* "China and Peru have had diplomatic relations for 54 years", "Peru has maintained diplomatic ties
  with China for 54 years" were left unread, while "45 years of diplomatic relations" and
  "desde hace 54 años" were read (`ties_date.TIE_FOR_BEFORE`).

The six tests of the two readings fail on main 243b248c; the guards pass on both. A third reading
(below: "no segundo ano de vigência") has two tests failing on main and one guard.
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from tests.claims.conftest import one

ANAPHORIC = [
    (
        "2022-06-21",
        "Guyana established diplomatic relations with China on June 27, 1972. Over those 50 "
        "years, cooperation has grown in health and trade.",
        "50 years",
        "1972-06-27",
    ),
    (
        "2025-02-01",
        "Colombia y China establecieron relaciones diplomáticas en 1980. En estos 45 años, el "
        "comercio se multiplicó.",
        "45 años",
        "1980-02-07",
    ),
    (
        "2024-08-01",
        "O Brasil e a China estabeleceram relações diplomáticas em 15 de agosto de 1974. Nesses "
        "50 anos, o comércio bilateral cresceu de forma formidável.",
        "50 anos",
        "1974-08-15",
    ),
]


@pytest.mark.parametrize(("date", "text", "span", "tie"), ANAPHORIC)
def test_a_span_the_sentence_before_named_counts_the_years_of_its_tie(date, text, span, tie):
    result = one(check(text, date=date), span)
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert tie in result.reason
    assert any(e.kind == "tie" and e.relation == "matches" for e in result.evidence)


HELD_FOR = [
    ("China and Peru have had diplomatic relations for 54 years.", "54 years"),
    ("Peru has maintained diplomatic ties with China for 54 years.", "54 years"),
    ("Cuba and China have enjoyed diplomatic relations for 65 years.", "65 years"),
]


@pytest.mark.parametrize(("sentence", "span"), HELD_FOR)
def test_relations_held_for_n_years_count_back_to_the_tie(sentence, span):
    result = one(check(sentence, date="2025-03-01"), span)
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert any(e.kind == "tie" and e.relation == "matches" for e in result.evidence)


GUARDS = [
    # The count disagrees with the tie's year: never refuted (the antecedent is inferred, and
    # years are counted whole from a date the writer rounds).
    (
        "2025-02-01",
        "Colombia y China establecieron relaciones diplomáticas en 1980. En estos 40 años, el "
        "comercio se multiplicó.",
        "40 años",
    ),
    ("2025-03-01", "China and Peru have had diplomatic relations for 50 years.", "50 years"),
    # No tie in the sentence before: the span is no tie's.
    ("2025-03-01", "Trade grew tenfold. Over those 20 years, exports to China rose.", "20 years"),
    # "the past 20 years" is no anaphor: a span of trade after a tie's sentence stays unread.
    (
        "2025-03-01",
        "Peru established relations with China in 1971. In the past 20 years, exports to China "
        "rose tenfold.",
        "20 years",
    ),
    # The sentence before names another state's tie.
    (
        "2025-03-01",
        "Chile established diplomatic relations with China in 1970. Em estes 55 anos, o Peru "
        "exportou mais cobre.",
        "55 anos",
    ),
    # A hedged span dates no year.
    (
        "2022-06-21",
        "Guyana established diplomatic relations with China on June 27, 1972. Over those nearly "
        "50 years, cooperation has grown.",
        "50 years",
    ),
]


@pytest.mark.parametrize(("date", "text", "span"), GUARDS)
def test_a_span_of_no_tie_or_of_other_years_is_never_refuted_nor_borne_out(date, text, span):
    result = one(check(text, date=date), span)
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason


# "no segundo ano de vigência": the Portuguese contraction before a year of a tie in force was no
# determiner, so the rank was not read and the year-in-force rule never saw it (round 33b left it;
# `mentions.YEAR_IN_FORCE_AFTER`). The two Portuguese tests fail on main 243b248c; the Spanish is a
# guard.
IN_FORCE = [
    (
        "O avanço chinês ocorre no segundo ano de vigência do TLC entre a China e a Nicarágua.",
        "segundo ano",
        Verdict.SUPPORTED,
    ),
    (
        "El avance chino se produce en el segundo año de vigencia del TLC entre China y Nicaragua.",
        "segundo año",
        Verdict.SUPPORTED,
    ),
    # the third year would date the tie 2023: shown beside the table's 2024, never refuted
    (
        "O avanço chinês ocorre no terceiro ano de vigência do TLC entre a China e a Nicarágua.",
        "terceiro ano",
        Verdict.UNVERIFIABLE,
    ),
]


@pytest.mark.parametrize(("sentence", "span", "verdict"), IN_FORCE)
def test_a_year_in_force_after_a_contraction_dates_the_tie(sentence, span, verdict):
    result = one(check(sentence, date="2025-05-10"), span)
    assert result.verdict is verdict, result.reason
    assert "2024-01-01" in result.reason
