"""General readings found on the fresh dev texts 407-410 of the unseen set (branch issue-15-r36a,
round 36a: Trinidad and Tobago's trade and Belt and Road ties told by the Chinese ambassador in
2023, China–Latin America trade of the first three quarters of 2008, the St. John's Harbor in
Antigua and Barbuda, and China–Latin America trade of 2008), each with real-shaped sentences (our
own) in English, Spanish and Portuguese, checked against the package's knowledge base.

* A supplementary agreement or protocol of an FTA is an agreement of its own: "The China-Chile
  FTA was carried out smoothly in 2008, and the two sides signed its Supplementary Agreement on
  Services", "firmaron su acuerdo complementario", "assinaram o protocolo de serviços em 2008" —
  main read the year as the FTA's signature and refuted it by Chile's FTA of 2005 (text 410, an
  unkeyed false "contradicted"). The FTA's own dates are still read (guards).
* A "first" state with a year in the sentence: "Trinidad and Tobago was the first Caribbean
  country to sign onto the BRI, in 2018" — main counted only the states the table holds on the
  year's end, so states dated only "before April 2019" dropped out and the state's own date bore
  the rank out (text 407: u7506, a false "supported"); without the year the order was already
  found unsettled (guard). A first place the store records still stands (guard).
* An anniversary of a tie that a row marked CONFLICT dates otherwise: "the fifth anniversary of
  China-T&T BRI cooperation" (2023) — main bore it out by the memorandum of May 2018 alone, while
  the table also holds a 2017 row marked CONFLICT (text 407: u7503, expected "disputed", as the
  date's own reading says of "in 2018"). A tie with no such row is still borne out (guard).
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from tests.claims.conftest import one

# --- a supplementary agreement of an FTA is another agreement ------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "March 2009\n\nThe free trade agreement between China and Chile was carried out"
            " smoothly in 2008, and the two sides signed its Supplementary Agreement on Services.",
            "2008",
        ),
        (
            "March 2009\n\nChile and China signed a supplementary agreement on services to their"
            " free trade agreement in 2008.",
            "2008",
        ),
        (
            "Marzo de 2009\n\nEl tratado de libre comercio entre China y Chile se aplicó sin"
            " tropiezos en 2008, y ambas partes firmaron su acuerdo complementario sobre servicios.",
            "2008",
        ),
        (
            "Março de 2009\n\nO tratado de livre comércio entre a China e o Chile foi assinado em"
            " 2005, e as duas partes assinaram o protocolo de serviços em 2008.",
            "2008",
        ),
    ],
)
def test_a_supplement_of_an_fta_is_not_its_signature(text, figure):
    assert one(check(text), figure).verdict is not Verdict.CONTRADICTED


@pytest.mark.parametrize(
    ("text", "figure", "verdict"),
    [
        # the FTA's own signature, before the protocol's: still read
        (
            "Março de 2009\n\nO tratado de livre comércio entre a China e o Chile foi assinado em"
            " 2005, e as duas partes assinaram o protocolo de serviços em 2008.",
            "2005",
            Verdict.SUPPORTED,
        ),
        # the FTA itself dated wrong: still refuted
        (
            "March 2009\n\nChile and China signed their free trade agreement in 2008.",
            "2008",
            Verdict.CONTRADICTED,
        ),
        (
            "Marzo de 2009\n\nChile y China firmaron su tratado de libre comercio en 2008, y"
            " después un acuerdo sobre servicios.",
            "2008",
            Verdict.CONTRADICTED,
        ),
    ],
)
def test_the_ftas_own_dates_are_still_read(text, figure, verdict):
    assert one(check(text), figure).verdict is verdict


# --- a "first" state with a year: states dated only "before" still count -------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "August 13, 2023\n\nTrinidad and Tobago was the first Caribbean country to sign onto"
            " the Belt and Road Initiative, in 2018, a step that lifted cooperation.",
            "first Caribbean country",
        ),
        (
            "Agosto de 2023\n\nEn 2018, Trinidad y Tobago fue el primer país caribeño en firmar el"
            " memorando de la Franja y la Ruta.",
            "primer país caribeño",
        ),
        (
            "Agosto de 2023\n\nEm 2018, Trinidad e Tobago tornou-se o primeiro país do Caribe a"
            " assinar o memorando da Iniciativa Cinturão e Rota.",
            "primeiro país",
        ),
    ],
)
def test_a_first_with_a_year_is_not_settled_by_its_own_date(text, figure):
    result = one(check(text), figure)
    assert result.verdict is Verdict.UNVERIFIABLE
    assert "not settled" in result.reason


@pytest.mark.parametrize(
    ("text", "figure", "verdict"),
    [
        # no year: unsettled already on main
        (
            "August 13, 2023\n\nTrinidad and Tobago was the first Caribbean country to sign a"
            " Belt and Road memorandum.",
            "first Caribbean country",
            Verdict.UNVERIFIABLE,
        ),
        # a first place the store records (Panama's, November 2017): borne out
        (
            "August 13, 2023\n\nPanama was the first Latin American country to sign a Belt and"
            " Road memorandum, in November 2017.",
            "first Latin American country",
            Verdict.SUPPORTED,
        ),
    ],
)
def test_first_places_the_table_settles_stay(text, figure, verdict):
    assert one(check(text), figure).verdict is verdict


# --- an anniversary beside a row marked CONFLICT ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "August 13, 2023\n\nThe reception marked the fifth anniversary of China-Trinidad and"
            " Tobago cooperation under the Belt and Road Initiative.",
            "fifth anniversary",
        ),
        (
            "Agosto de 2023\n\nLa recepción celebró el quinto aniversario de la cooperación de la"
            " Franja y la Ruta entre China y Trinidad y Tobago.",
            "quinto aniversario",
        ),
        (
            "Agosto de 2023\n\nA recepção marcou o quinto aniversário da cooperação do Cinturão e"
            " Rota entre a China e Trinidad e Tobago.",
            "quinto aniversário",
        ),
    ],
)
def test_an_anniversary_beside_a_conflicting_row_is_disputed(text, figure):
    assert one(check(text), figure).verdict is Verdict.DISPUTED


@pytest.mark.parametrize(
    ("text", "figure", "verdict"),
    [
        # no CONFLICT row: borne out
        (
            "August 13, 2023\n\nThe reception marked the fifth anniversary of China-Guyana"
            " cooperation under the Belt and Road Initiative.",
            "fifth anniversary",
            Verdict.SUPPORTED,
        ),
        # the year the CONFLICT row gives is not the table's date: not borne out, not disputed
        (
            "August 13, 2023\n\nThe reception marked the sixth anniversary of China-Trinidad and"
            " Tobago cooperation under the Belt and Road Initiative.",
            "sixth anniversary",
            Verdict.UNVERIFIABLE,
        ),
    ],
)
def test_anniversaries_without_a_conflict_stay(text, figure, verdict):
    assert one(check(text), figure).verdict is verdict
