"""General readings found on the fresh dev texts 379-382 of the unseen set (branch issue-15-r33c,
round 33c: China–Latin America trade of 2023, the CEBC's count of Chinese investment in Brazil
of 2022, Brazil leading the region's trade with China in January–August 2005, and the region's
trade of 2006 by state), each with real-shaped sentences (our own) in English, Spanish and
Portuguese, checked against the package's knowledge base.

* A place held with no "lugar" after the ordinal is a rank: "o Chile ficou em terceiro na América
  Latina", "o México vem em segundo entre os parceiros", "a Argentina veio em quarto", "Chile
  quedó tercero en América Latina", "Argentina vino en cuarto" — main read no rank (texts 381,
  382: u6835, u6861, u6865 missed); English "came third" was read already (guard). "Ficou em
  segundo plano" and "Segundo a alfândega" stay no rank (guards).
* The region right after that ordinal is the rank's scope, not whose figure follows: "o Chile
  ficou em terceiro na América Latina, com trocas de US$ 7,94 bilhões", "Chile quedó tercero en
  América Latina, con un intercambio de …" — main gave the trade to the region, and "O país"
  of the next sentence too, so text 382's "O país assinou um acordo de livre comércio com a
  China no ano passado" (2006 in a 2007 text; the stored signature is 2005-11) was read as the
  region's and left unjudged (u6864, keyed contradicted, a real error of the source). The
  English form was read already (guard).
* An ordinal with its size word before a contraction of "de" is a rank: "foi o segundo maior da
  série do conselho", "o terceiro maior do mundo" — main read no rank (text 380: u6818 missed);
  "el segundo mayor de la serie" and "the second largest in the series" were read already; an
  ordinal alone there ("o primeiro da lista", "o segundo do ano") stays as before (guards).
* The one placed second is a rank: "à frente do segundo colocado, o México", "por delante del
  segundo clasificado" — main read no rank (text 382: u6857 missed).
"""

from __future__ import annotations

import pytest

from chinalac.claims import Kind, Verdict, check
from tests.claims.conftest import one

# --- a bare ordinal place ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure", "rank"),
    [
        (
            "23 de março de 2007 — Pequim\n\nO Chile ficou em terceiro na América Latina, com"
            " trocas de US$ 7,94 bilhões.",
            "terceiro",
            3,
        ),
        (
            "Setembro de 2005 — Pequim\n\nO México vem em segundo entre os parceiros"
            " latino-americanos da China, com US$ 4,85 bilhões.",
            "segundo",
            2,
        ),
        (
            "23 de março de 2007 — Pequim\n\nO Brasil lidera. A Argentina veio em quarto.",
            "quarto",
            4,
        ),
        (
            "23 de marzo de 2007 — Pekín\n\nChile quedó tercero en América Latina, con un"
            " intercambio de US$ 7.940 millones.",
            "tercero",
            3,
        ),
        ("23 de marzo de 2007 — Pekín\n\nBrasil lidera. Argentina vino en cuarto.", "cuarto", 4),
        (
            "March 23, 2007 — Beijing\n\nChile came third in Latin America, with trade of US$ 7.94"
            " billion.",
            "third",
            3,
        ),
    ],
)
def test_a_bare_ordinal_place_is_a_rank(text, figure, rank):
    result = one(check(text), figure)
    assert result.claim.kind is Kind.RANK
    assert result.claim.value == rank


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Setembro de 2005 — Pequim\n\nO tema ficou em segundo plano nas conversas.", "segundo"),
        (
            "Setembro de 2005 — Pequim\n\nSegundo a alfândega, o comércio somou US$ 9 bilhões.",
            "Segundo",
        ),
        ("Septiembre de 2005 — Pekín\n\nEl tema quedó en segundo plano.", "segundo"),
    ],
)
def test_no_place_no_rank(text, word):
    assert not any(r.claim.text == word for r in check(text))


# --- the region after the ordinal is the scope ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure", "entity"),
    [
        (
            "23 de março de 2007 — Pequim\n\nO Chile ficou em terceiro na América Latina, com"
            " trocas de US$ 7,94 bilhões.",
            "US$ 7,94 bilhões",
            "CHL",
        ),
        (
            "23 de marzo de 2007 — Pekín\n\nChile quedó tercero en América Latina, con un"
            " intercambio de US$ 7.940 millones.",
            "US$ 7.940 millones",
            "CHL",
        ),
        (
            "March 23, 2007 — Beijing\n\nChile came third in Latin America, with trade of US$ 7.94"
            " billion.",
            "US$ 7.94 billion",
            "CHL",
        ),
    ],
)
def test_the_region_after_a_bare_place_is_its_scope(text, figure, entity):
    result = one(check(text), figure)
    assert result.claim.entity == entity, result.reason


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "23 de março de 2007 — Pequim\n\nO Chile ficou em terceiro na América Latina, com"
            " trocas de US$ 7,94 bilhões. O país assinou um acordo de livre comércio com a China no"
            " ano passado, o que deve ampliar o comércio.",
            "no ano passado",
        ),
        (
            "23 de marzo de 2007 — Pekín\n\nChile quedó tercero en América Latina, con un"
            " intercambio de US$ 7.940 millones. El país firmó un tratado de libre comercio con"
            " China el año pasado.",
            "el año pasado",
        ),
        (
            "March 23, 2007 — Beijing\n\nChile came third in Latin America, with trade of US$ 7.94"
            " billion. The country signed a free trade agreement with China last year.",
            "last year",
        ),
    ],
)
def test_the_country_after_a_ranked_state_is_that_state(text, figure):
    result = one(check(text), figure)
    assert result.verdict is Verdict.CONTRADICTED, result.reason


@pytest.mark.parametrize(
    ("text", "figure", "entity"),
    [
        # A region that owns its figure stays the region's (guards).
        (
            "Março de 2007 — Pequim\n\nO comércio da China com a América Latina chegou a US$ 70,2"
            " bilhões em 2006.",
            "US$ 70,2 bilhões",
            "LAC",
        ),
        (
            "March 2015 — Quito\n\nEcuador became China's third largest borrower in Latin America,"
            " taking in $18.4 billion.",
            "$18.4 billion",
            "ECU",
        ),
    ],
)
def test_a_region_that_owns_its_figure(text, figure, entity):
    result = one(check(text), figure)
    assert result.claim.entity == entity, result.reason


# --- an ordinal with its size word before "da"/"do"; the one placed second ------------------------


@pytest.mark.parametrize(
    ("text", "figure", "rank"),
    [
        (
            "Agosto de 2023 — Rio\n\nO total de 40 projetos foi o segundo maior da série do"
            " conselho, abaixo apenas de 2018.",
            "segundo maior",
            2,
        ),
        (
            "Agosto de 2023 — Rio\n\nO Peru é o terceiro maior do mundo nesse setor.",
            "terceiro maior",
            3,
        ),
        (
            "Março de 2007 — Pequim\n\nO Brasil ficou quase US$ 10 bilhões à frente do segundo"
            " colocado, o México.",
            "segundo colocado",
            2,
        ),
        (
            "Marzo de 2007 — Pekín\n\nBrasil quedó casi US$ 10.000 millones por delante del segundo"
            " clasificado, México.",
            "segundo clasificado",
            2,
        ),
        # Read already (guards).
        (
            "Agosto de 2023 — Río\n\nEl total de 40 proyectos fue el segundo mayor de la serie.",
            "segundo mayor",
            2,
        ),
        (
            "August 2023 — Rio\n\nThe total of 40 projects was the second largest in the series.",
            "second largest",
            2,
        ),
    ],
)
def test_an_ordinal_with_its_size_word_or_placed_is_a_rank(text, figure, rank):
    result = one(check(text), figure)
    assert result.claim.kind is Kind.RANK
    assert result.claim.value == rank


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Agosto de 2023 — Rio\n\nO segundo do ano foi menor que o anterior.", "segundo"),
        ("Agosto de 2023 — Rio\n\nO primeiro da fila chegou cedo.", "primeiro"),
    ],
)
def test_an_ordinal_alone_before_da_do_stays_no_claim(text, word):
    assert not any(r.claim.text == word for r in check(text))
