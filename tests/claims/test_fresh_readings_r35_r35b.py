"""General readings found on the fresh dev texts 399-402 of the unseen set (branch issue-15-r35b,
round 35b: China as first destination of Peru's exports two years after the FTA (2012), Uruguay's
exports of the first half of 2019, Mexico's deficit with China in the first half of 2025 and
Colombia's imports from China in the same half), each with real-shaped sentences (our own) in
English, Spanish and Portuguese, checked against the package's knowledge base.

* Rates of change of several parts are not shares of one whole: "las importaciones de bienes de
  consumo avanzaron 7,2 %, frente a un alza de 137,7 % en las materias primas y de 129,2 % en los
  bienes de capital", "avançaram 7,2%, ante um salto de 137,7% em …", "advanced 7.2%, against a
  jump of 137.7% in …" — main called 137.7 % and 129.2 % inconsistent (shares summing past
  100 %; text 399: u7313, u7314). Shares of one whole that pass 100 % stay inconsistent (guard).
* The years an FTA has been in force, counted from the article's date: "A dos años de que
  entrara en vigencia el TLC", "A dois anos de que entrasse em vigor o TLC", "Two years after the
  free trade agreement with Beijing entered into force", "los dos años de vigencia del TLC", and
  "del acuerdo" / "do acordo" taking up the treaty an earlier sentence named — main read a bare
  duration (text 399: u7301, u7311 missed as supported). A count that does not fit is never
  refuted (guard).
* A place kept with "siguió", "seguiu", "stayed": "el gigante asiático siguió en el segundo lugar
  de origen de las importaciones del Perú", "China thus stayed in second place as a source of
  Peru's imports" — main read no rank (text 399: u7307 missed).
* An ordinal in apposition before a partner's noun: "China, primer destino de Uruguay", "China,
  primeiro destino do Uruguai", "China, first destination of Uruguay's exports" — main read no
  rank in the title (text 400: u7318 missed). The rank of another partner in apposition ("Estados
  Unidos, segundo socio comercial del Perú") is no China rank and stays unverifiable (guard).
* A bare ordinal opening a clause of a run: "…, y tercero fue Estados Unidos, con US$ 242
  millones", "e terceiro foi os Estados Unidos", "and third came the United States" — main read no
  rank (text 400: u7339 missed). "Primero fue la crisis" and "Segundo, …" stay no rank (guards).
* The months compared with are no period of the amount before them: "las exportaciones de México
  a China fueron de US$ 4.592 millones y una caída de 4,5% en relación con enero-junio de 2024",
  "con relación al primer semestre de 2024" — main dated the amount by January–June 2024 (text
  400: "US$ 430 millones y un aumento de 24,5% en relación con enero-junio de 2018" read as 2018's;
  a stored row of those months could have refuted it). Portuguese "em relação a" and English
  "compared with" were read as bases already (guards).
* An ISO dateline under a comment that names the same date: "<!-- … (El Economista, 2025-08-14)
  -->" then "2025-08-14" — main placed the dateline inside the comment, so its "08-14" was read
  as a count (text 401: an unkeyed claim). A dateline with no such comment was read already
  (guard).
"""

from __future__ import annotations

import pytest

from chinalac.claims import Kind, Verdict, check
from tests.claims.conftest import one

# --- rates of change of several parts are not shares of one whole --------------------------------


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        (
            "6 de marzo de 2012 — Lima\n\nEn los dos años de vigencia del acuerdo, las importaciones"
            " de bienes de consumo apenas avanzaron 7,2 %, frente a un alza de 137,7 % en las"
            " materias primas y de 129,2 % en los bienes de capital.",
            ("137,7 %", "129,2 %"),
        ),
        (
            "6 de março de 2012 — Lima\n\nNos dois anos de vigência do acordo, as importações de"
            " bens de consumo avançaram só 7,2%, ante um salto de 137,7% em matérias-primas e de"
            " 129,2% em bens de capital.",
            ("137,7%", "129,2%"),
        ),
        (
            "March 6, 2012 — Lima\n\nIn the two years the agreement has been in force, imports of"
            " consumer goods advanced only 7.2%, against a jump of 137.7% in raw materials and of"
            " 129.2% in capital goods.",
            ("137.7%", "129.2%"),
        ),
    ],
)
def test_rates_of_change_of_parts_are_no_shares_of_a_whole(text, figures):
    results = check(text)
    for figure in figures:
        assert one(results, figure).verdict is not Verdict.INCONSISTENT


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("March 6, 2012 — Lima\n\nOf the loans, 60% went to energy, 35% to mining and 30% to"
         " transport.", "60%"),
        ("6 de marzo de 2012 — Lima\n\nDe los préstamos, el 60 % fue a energía, el 35 % a minería"
         " y el 30 % a transporte.", "60 %"),
    ],
)  # fmt: skip
def test_shares_of_one_whole_past_100_stay_inconsistent(text, figure):
    assert one(check(text), figure).verdict is Verdict.INCONSISTENT


# --- the years an FTA has been in force -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "6 de marzo de 2012 — Lima\n\nA dos años de que entrara en vigencia el Tratado de Libre"
            " Comercio (TLC) con Pekín, China ya es el primer destino de las exportaciones del"
            " Perú.",
            "dos años",
        ),
        (
            "6 de março de 2012 — Lima\n\nA dois anos de que entrasse em vigor o Tratado de Livre"
            " Comércio (TLC) com Pequim, a China já é o primeiro destino das exportações do Peru.",
            "dois anos",
        ),
        (
            "March 6, 2012 — Lima\n\nTwo years after the free trade agreement with Beijing entered"
            " into force, China is already the first destination of Peru's exports.",
            "Two years",
        ),
        ("6 de marzo de 2012 — Lima\n\nPerú celebra los dos años de vigencia del TLC con China.",
         "dos años"),
        (
            "6 de marzo de 2012 — Lima\n\nEl Tratado de Libre Comercio entre el Perú y China entró"
            " en vigencia en marzo de 2010. En los dos años de vigencia del acuerdo, las"
            " importaciones de bienes de consumo avanzaron 7,2 %.",
            "dos años",
        ),
        (
            "6 de março de 2012 — Lima\n\nO Tratado de Livre Comércio entre o Peru e a China entrou"
            " em vigor em março de 2010. Nos dois anos de vigência do acordo, as importações de"
            " bens de consumo avançaram 7,2%.",
            "dois anos",
        ),
    ],
)  # fmt: skip
def test_years_of_an_fta_in_force_date_its_entry_into_force(text, figure):
    assert one(check(text), figure).verdict is Verdict.SUPPORTED


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "6 de marzo de 2012 — Lima\n\nEl Tratado de Libre Comercio entre el Perú y China entró"
            " en vigencia en marzo de 2010. En los cinco años de vigencia del acuerdo, las"
            " importaciones crecieron.",
            "cinco años",
        ),
        (
            "March 6, 2012 — Lima\n\nFive years after the free trade agreement with Beijing entered"
            " into force, China is the first destination of Peru's exports.",
            "Five years",
        ),
    ],
)
def test_years_of_an_fta_that_do_not_fit_are_never_refuted(text, figure):
    assert one(check(text), figure).verdict is Verdict.UNVERIFIABLE


# --- ranks: a place kept, an ordinal in apposition, a bare ordinal in a run ----------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "6 de marzo de 2012 — Lima\n\nCon ello el gigante asiático siguió en el segundo lugar"
            " de origen de las importaciones del Perú, por detrás de Estados Unidos.",
            "segundo lugar",
        ),
        (
            "March 6, 2012 — Lima\n\nChina thus stayed in second place as a source of Peru's"
            " imports, behind the United States.",
            "second place",
        ),
        (
            "Julio de 2019 — Montevideo\n\n# China, primer destino de Uruguay en un semestre de"
            " ventas a la baja",
            "primer destino",
        ),
        (
            "Julho de 2019 — Montevidéu\n\n# China, primeiro destino do Uruguai num semestre de"
            " vendas em queda",
            "primeiro destino",
        ),
        (
            "July 2019 — Montevideo\n\n# China, first destination of Uruguay's exports in a weak"
            " half-year",
            "first destination",
        ),
        (
            "Julio de 2019 — Montevideo\n\nDetrás se ubicó Brasil, con US$ 535 millones, y tercero"
            " fue Estados Unidos, con US$ 242 millones, 6,4% más.",
            "tercero",
        ),
        (
            "Julho de 2019 — Montevidéu\n\nAtrás ficou o Brasil, com US$ 535 milhões, e terceiro"
            " foi os Estados Unidos, com US$ 242 milhões.",
            "terceiro foi",
        ),
        (
            "July 2019 — Montevideo\n\nBrazil followed with US$535 million, and third came the"
            " United States, with US$242 million.",
            "third came",
        ),
    ],
)
def test_places_kept_in_apposition_and_in_a_run_are_ranks(text, figure):
    result = one(check(text), figure)
    assert result.claim.kind is Kind.RANK
    assert result.verdict is Verdict.UNVERIFIABLE


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "2024 — Lima\n\nEn 2024, Estados Unidos, segundo socio comercial del Perú, compró"
            " menos cobre.",
            "segundo socio comercial",
        ),
        (
            "2024 — Lima\n\nIn 2024, the United States, second trading partner of Peru, bought"
            " less copper.",
            "second trading partner",
        ),
    ],
)
def test_another_partners_rank_in_apposition_is_not_refuted(text, figure):
    ranks = [r for r in check(text) if r.claim.text.strip() == figure]
    assert all(r.verdict is Verdict.UNVERIFIABLE for r in ranks)


@pytest.mark.parametrize(
    "text",
    [
        "Julio de 2019 — Montevideo\n\nPrimero fue la crisis, y luego la recuperación.",
        "Julio de 2019 — Montevideo\n\nSegundo, fue la soja la que más creció.",
    ],
)
def test_an_ordinal_that_orders_a_narrative_is_no_rank(text):
    assert not [r for r in check(text) if r.claim.kind is Kind.RANK]


# --- an ISO dateline under a comment naming the same date ----------------------------------------

SOURCE_NOTE = (
    "<!-- written for chinalac; figures from: https://example.org/a (Outlet, 2025-08-14) -->\n"
)


@pytest.mark.parametrize(
    ("body", "figure"),
    [
        (
            "# México y China\n\n2025-08-14\n\nEl año pasado, México importó de China 129,795"
            " millones de dólares.",
            "129,795 millones de dólares",
        ),
        (
            "# México e China\n\n2025-08-14\n\nNo ano passado, o México importou da China US$"
            " 129,8 bilhões.",
            "US$ 129,8 bilhões",
        ),
        (
            "# Mexico and China\n\n2025-08-14\n\nLast year, Mexico imported US$129.8 billion"
            " from China.",
            "US$129.8 billion",
        ),
    ],
)
@pytest.mark.parametrize("note", [SOURCE_NOTE, ""])
def test_an_iso_dateline_is_no_claim_under_a_note_naming_its_date(note, body, figure):
    results = check(note + body)
    assert [r.claim.text.strip() for r in results] == [figure]
    assert one(results, figure).claim.period.label() == "2024"


# --- the months compared with are no period of the amount before them ----------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Agosto de 2025 — Ciudad de México\n\nSegún el Banco de México, las exportaciones de"
            " México a China fueron de US$ 4.592 millones y una caída de 4,5% en relación con"
            " enero-junio de 2024.",
            "US$ 4.592 millones",
        ),
        (
            "Agosto de 2025 — Ciudad de México\n\nSegún el Banco de México, las exportaciones de"
            " México a China fueron de US$ 4.592 millones y una caída de 4,5% con relación al"
            " primer semestre de 2024.",
            "US$ 4.592 millones",
        ),
        (
            "Agosto de 2025 — Cidade do México\n\nSegundo o Banco do México, as exportações do"
            " México para a China foram de US$ 4,592 bilhões e uma queda de 4,5% em relação a"
            " janeiro-junho de 2024.",
            "US$ 4,592 bilhões",
        ),
        (
            "August 2025 — Mexico City\n\nAccording to Banxico, Mexico's exports to China were"
            " US$4.592 billion and a fall of 4.5% compared with January-June 2024.",
            "US$4.592 billion",
        ),
    ],
)
def test_the_months_compared_with_do_not_date_the_amount(text, figure):
    claim = one(check(text), figure).claim
    assert claim.period is None or "2024" not in claim.period.label()
