"""General readings found on the fresh dev texts 228-232 of the unseen set (branch
issue-15-s24b: Nicaragua, Central America, Cuba and the Caribbean, Bolivia, Peru), each with
real-shaped sentences (our own) in English, Spanish and Portuguese, checked against the
package's knowledge base; guards for what must not change.

* A state, a comma, "with" / "con" / "com" and a few words before a figure own the figure:
  "the Bahamas, with trade of $600 million; Trinidad and Tobago, with about $400 million" (main
  gave the 600 to Trinidad and Tobago, the nearest state, after the semicolon, and refuted it by
  T&T's stored 2010 total of 416.3: a false "contradicted"; the 239 of "and Jamaica, with
  around $239 million" went to Trinidad and Tobago too).
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from tests.claims.conftest import one

# --- a state, "with" and a few words, then its figure -----------------------------------------

CARIBBEAN = [
    (
        "China's trade with the Caribbean reached $4.3 billion last year. After Cuba come the"
        " Bahamas, with trade of $600 million; Trinidad and Tobago, with about $400 million; and"
        " Jamaica, with around $239 million.",
        "$600 million",
        "around $239 million",
    ),
    (
        "El intercambio de China con el Caribe pasó a 4.300 millones de dólares el pasado año."
        " Tras Cuba vienen Bahamas, con un intercambio que llega a 600 millones de dólares;"
        " Trinidad y Tobago, con unos 400 millones de dólares; y Jamaica, con alrededor de 239"
        " millones de dólares.",
        "600 millones de dólares",
        "alrededor de 239 millones de dólares",
    ),
    (
        "O comércio da China com o Caribe chegou a 4,3 bilhões de dólares no ano passado. Depois"
        " de Cuba vêm as Bahamas, com um intercâmbio de 600 milhões de dólares; Trinidad e Tobago,"
        " com cerca de 400 milhões de dólares; e Jamaica, com cerca de 239 milhões de dólares.",
        "600 milhões de dólares",
        "cerca de 239 milhões de dólares",
    ),
]


@pytest.mark.parametrize(("text", "bahamas", "jamaica"), CARIBBEAN)
def test_state_with_a_few_words_before_its_figure_owns_it(kb, text, bahamas, jamaica):
    results = check(text, kb, date="2011-09-10")
    first = one(results, bahamas)
    assert first.claim.entity == "BHS", first.reason
    assert first.verdict is not Verdict.CONTRADICTED, first.reason
    assert one(results, jamaica).claim.entity == "JAM"


@pytest.mark.parametrize(
    "text",
    [
        "After Cuba come the Bahamas, with trade of $600 million, and Trinidad and Tobago, with"
        " $400 million, in 2010.",
        "En 2010, tras Cuba vinieron Bahamas, con un intercambio de 600 millones de dólares, y"
        " Trinidad y Tobago, con 400 millones de dólares.",
        "Em 2010, depois de Cuba vieram as Bahamas, com um intercâmbio de 600 milhões de dólares,"
        " e Trinidad e Tobago, com 400 milhões de dólares.",
    ],
)
def test_comma_list_with_a_few_words_keeps_each_state(kb, text):
    results = check(text, kb, date="2011-09-10")
    six = next(r for r in results if r.claim.text.strip().startswith(("$600", "600")))
    assert six.claim.entity == "BHS", six.reason
    assert six.verdict is not Verdict.CONTRADICTED, six.reason


# Guards (pass on main too): the state named right before its figure keeps it, with or without
# words between, and a state after "tras" / "after" with no figure of its own takes none.


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "In 2010, Trinidad and Tobago, with trade of $600 million, came second in China's"
            " trade with the Caribbean.",
            "$600 million",
        ),
        (
            "En 2010, Trinidad y Tobago, con un intercambio de 600 millones de dólares, ocupó el"
            " segundo lugar en el comercio de China con el Caribe.",
            "600 millones de dólares",
        ),
        (
            "Em 2010, Trinidad e Tobago, com um intercâmbio de 600 milhões de dólares, ficou em"
            " segundo lugar no comércio da China com o Caribe.",
            "600 milhões de dólares",
        ),
        (
            "En 2010, tras Cuba vinieron Bahamas y Trinidad y Tobago, con unos 400 millones de"
            " dólares.",
            "unos 400 millones de dólares",
        ),
    ],
)
def test_state_before_its_figure_guards(kb, text, figure):
    result = one(check(text, kb, date="2011-09-10"), figure)
    assert result.claim.entity == "TTO", result.reason
