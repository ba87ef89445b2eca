"""A total chinalac only adds up from one source's exports and imports makes no dispute with a
published total the text's figure matches (dev u1425, u3313: "Bolivia's trade with China
reached $2.6 billion in 2023", China Customs' published 2,596 m, against Bolivia's INE
exports and imports that add up to 3,564.6 m and that no page publishes as a total). The key
calls these supported since round 11 ("a derived total, not a stored row", u1331); the checker
called them disputed. Real-shaped sentences (our own) in EN, ES and PT against the package's
knowledge base; the sum stays named beside the published figure.
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from chinalac.domain.figures import is_summed_total
from chinalac.web.reasons import reason_markup
from tests.claims.conftest import fact, one, tiny_knowledge

BOLIVIA_2023 = [
    ("Bolivia's trade with China reached $2.6 billion in 2023.", "$2.6 billion"),
    (
        "El intercambio comercial entre Bolivia y China sumó 2.596 millones de dólares en 2023.",
        "2.596 millones de dólares",
    ),
    (
        "O comércio entre a Bolívia e a China chegou a US$ 2,6 bilhões em 2023.",
        "US$ 2,6 bilhões",
    ),
]


@pytest.mark.parametrize(("text", "figure"), BOLIVIA_2023)
def test_a_published_total_is_not_disputed_by_a_sum_no_page_publishes(kb, text, figure):
    result = one(check(text, kb, date="2024-06-01"), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason
    relations = {e.relation for e in result.evidence if e.kind == "fact"}
    matching = [e for e in result.evidence if e.relation == "matches"]
    summed = [e for e in result.evidence if e.relation == "related"]
    # the published figure bears it out; the sum is kept, named beside it, not hidden
    assert matching and not any(is_summed_total(e.record_id) for e in matching)
    assert summed and all(is_summed_total(e.record_id) for e in summed)
    assert relations == {"matches", "related"}
    assert "no page publishes" in result.reason


@pytest.mark.parametrize("lang", ["es", "pt"])
def test_the_sum_beside_the_published_total_reaches_the_reader_in_their_words(kb, lang):
    text, figure = BOLIVIA_2023[0]
    result = one(check(text, kb, date="2024-06-01"), figure)
    shown = str(reason_markup(result.reason, lang))
    assert "no page publishes" not in shown and "chinalac" in shown
    assert ("ninguna página publica" if lang == "es" else "nenhuma página publica") in shown


# Guards: a figure only the sum bears out, or one between the two, stays disputed; one beyond
# both is still refuted; a published total that differs still refutes.
@pytest.mark.parametrize(
    ("text", "figure", "verdict"),
    [
        ("Bolivia's trade with China reached $3.56 billion in 2023.", "$3.56 billion", "disputed"),
        (
            "El comercio entre Bolivia y China llegó a 3.100 millones de dólares en 2023.",
            "3.100 millones de dólares",
            "disputed",
        ),
        (
            "O comércio entre a Bolívia e a China chegou a US$ 5 bilhões em 2023.",
            "US$ 5 bilhões",
            "contradicted",
        ),
        ("Chile's trade with China reached $57.3 billion in 2024.", "$57.3 billion", "supported"),
    ],
)
def test_guard_what_the_sum_alone_or_the_spread_decides(kb, text, figure, verdict):
    result = one(check(text, kb, date="2024-06-01"), figure)
    assert result.verdict.value == verdict, result.reason


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Brazil's trade with China reached about $2.65 billion in 2023.", "about $2.65 billion"),
        (
            "El comercio entre Brasil y China fue de cerca de 2.650 millones de dólares en 2023.",
            "cerca de 2.650 millones de dólares",
        ),
        (
            "O comércio entre o Brasil e a China ficou em cerca de US$ 2,65 bilhões em 2023.",
            "cerca de US$ 2,65 bilhões",
        ),
    ],
)
def test_published_totals_that_all_bear_it_out_are_not_disputed_by_a_sum(text, figure):
    # Two published totals (2,596 and 2,700 m) that the text's "about" covers both, beside a sum
    # no page publishes (3,564.6 m): borne out by both, as without the sum (found by the
    # seventeenth mutation run: the code called it disputed). No such year in the package's
    # knowledge, hence the inline table (Brazil, a state the table knows).
    published = [
        fact("f1", "trade_total", "BRA", "2023-01-01", "2023-12-31", 2596.0, "usd_m", "S1"),
        fact("f2", "trade_total", "BRA", "2023-01-01", "2023-12-31", 2700.0, "usd_m", "S2"),
    ]
    summed = fact("f3+f4", "trade_total", "BRA", "2023-01-01", "2023-12-31", 3564.6, "usd_m", "S2")
    with_sum = one(check(text, tiny_knowledge([*published, summed]), date="2024-06-01"), figure)
    without = one(check(text, tiny_knowledge(published), date="2024-06-01"), figure)
    assert without.verdict is Verdict.SUPPORTED, without.reason
    assert with_sum.verdict is Verdict.SUPPORTED, with_sum.reason
    assert [e.record_id for e in with_sum.evidence if e.relation == "matches"] == ["f1", "f2"]
    assert [e.record_id for e in with_sum.evidence if e.relation == "related"] == ["f3+f4"]
