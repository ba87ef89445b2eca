"""General readings found on the fresh dev texts 351-354 of the unseen set (branch
issue-15-r31b-s20b, round 31b: Chile's FTA with China in 2010, Panama's ties and Belt and Road
memorandum of 2017, the Chinese ambassador in Santo Domingo in 2025, Peru's FTA at ten years),
each with real-shaped sentences (our own) in English, Spanish and Portuguese, checked against
the package's knowledge base.

* A relative clause after a comma describes the list item before it: "El tratado se compone de
  tres partes: el comercio de bienes, que fue el primero en suscribirse; los servicios, cuyo
  capítulo se firmó en 2008; y un protocolo de inversiones que aún está en negociación" — main
  cut the list at the first semicolon and counted "que fue el primero en suscribirse" as a
  second item: "announces 3 partes but lists 2", a false "inconsistent" (not keyed, found in the
  first run of text 351). The same with Portuguese "que"/"cujo" and English "whose". A list
  whose count is really off is still called inconsistent when a relative clause follows it, now
  with the right count (main counted the Spanish and Portuguese clause as a fifth item; the
  English was right already).
* Years since the ties were formalized: "Ya han pasado siete años desde que … formalizaron sus
  relaciones diplomáticas", "Já se passaram sete anos desde que … formalizaram suas relações",
  "Seven years have passed since … established diplomatic relations" — main read a duration no
  row holds (text 353, u6115, keyed supported by the Dominican ties of 2018-05-01). They count
  back from the article's date as "hace siete años" does; a wrong count or a hedged one is still
  never refuted (guards).
* The anniversary of "the agreement" an earlier sentence named: "Lo hizo en un webinar organizado
  por el décimo aniversario de la entrada en vigencia del acuerdo", after a sentence on the
  Tratado de Libre Comercio (TLC) — main read no tie (text 354, u6121, keyed supported by Peru's
  FTA in force 2010-03-01). The rules now get the text the claims were read from
  (`CheckContext.text`, `sentences_before`), and the anniversary takes up the one tie of the
  nearest earlier sentence that names a tie; another count shows the table's date, never a
  refutation; an agreement with a complement of its own ("del acuerdo de cooperación
  cultural"), or an earlier sentence naming two ties, leaves it unread (guards).
* "The signing took place on …" after a sentence with no figure: "Entre ellos sobresale un
  memorando de entendimiento … de la Franja Económica de la Ruta de la Seda. La firma tuvo lugar
  el 17 de noviembre." — main looked back only through sentences holding a claim, skipped the
  memorandum's, and left the day unread (text 352, u6114). The anaphor now reads the sentences
  before it, also those without a figure; a wrong day is still never refuted (guard).
* Other names of the Belt and Road: "Franja Económica de la Ruta de la Seda", "Nueva Ruta de la
  Seda", "Franja y Ruta", "Nova Rota da Seda", "Cinturão Econômico da Rota da Seda", "New Silk
  Road", "Silk Road Economic Belt", "Maritime Silk Road" were no cue of the memorandum
  (lexicon/tie_cues.csv); the bare "Ruta de la Seda" (the ancient route) is still none.
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from tests.claims.conftest import one

# --- a relative clause after a list item ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Junio de 2010 — Santiago\n\nEl tratado se compone de tres partes: el comercio de"
            " bienes, que fue el primero en suscribirse; los servicios, cuyo capítulo se firmó en"
            " 2008; y un protocolo de inversiones que aún está en negociación.",
            "tres partes",
        ),
        (
            "Junho de 2010 — Santiago\n\nO tratado tem três partes: o comércio de bens, que veio"
            " primeiro; os serviços, cujo capítulo foi assinado em 2008; e um protocolo de"
            " investimentos ainda em negociação.",
            "três partes",
        ),
        (
            "June 2010 — London\n\nThe treaty has three parts: trade in goods, whose chapter came"
            " first; services, whose chapter was signed in 2008; and an investment protocol that"
            " is still under negotiation.",
            "three parts",
        ),
    ],
)
def test_a_relative_clause_after_a_list_item_is_no_item_of_its_own(text, figure):
    result = one(check(text), figure)
    assert result.verdict is not Verdict.INCONSISTENT, result.reason


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Junio de 2010 — Santiago\n\nLa inversión se concentró en tres sectores: minería,"
            " energía, infraestructura y agricultura, que recibieron la mayor parte.",
            "tres sectores",
        ),
        (
            "Junho de 2010 — Santiago\n\nO investimento concentrou-se em três setores: mineração,"
            " energia, infraestrutura e agricultura, que receberam a maior parte.",
            "três setores",
        ),
        (
            "June 2010 — London\n\nInvestment went to three sectors: mining, energy,"
            " infrastructure and agriculture, which took the largest part.",
            "three sectors",
        ),
    ],
)
def test_a_list_that_is_really_longer_than_announced_is_still_inconsistent(text, figure):
    result = one(check(text), figure)
    assert result.verdict is Verdict.INCONSISTENT, result.reason
    assert "lists 4" in result.reason


@pytest.mark.parametrize(
    "text",
    [
        "Julio de 2025 — Bogotá\n\nLas dos economías se complementan: Colombia exporta materias"
        " primas como petróleo, carbón, café y flores, que China importa en grandes cantidades.",
        "Julho de 2025 — Bogotá\n\nAs duas economias se complementam: a Colômbia exporta"
        " matérias-primas como petróleo, carvão, café e flores, que a China importa em grande"
        " quantidade.",
    ],
)
def test_examples_after_a_colon_are_not_the_items_counted(text):
    # Guard: once a relative clause ends the list, the examples of "como" must not be counted
    # as the two economies announced (the first dev run of this fix called them four).
    assert all(r.verdict is not Verdict.INCONSISTENT for r in check(text))


# --- years since the ties were formalized ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "29 de noviembre de 2025 — Santo Domingo\n\nYa han pasado siete años desde que"
            " República Dominicana y China formalizaron sus relaciones diplomáticas.",
            "siete años",
        ),
        (
            "29 de novembro de 2025 — Santo Domingo\n\nJá se passaram sete anos desde que a"
            " República Dominicana e a China formalizaram suas relações diplomáticas.",
            "sete anos",
        ),
        (
            "November 29, 2025 — Santo Domingo\n\nSeven years have passed since the Dominican"
            " Republic and China established diplomatic relations.",
            "Seven years",
        ),
        (
            "November 29, 2025 — Santo Domingo\n\nSeven years have passed since the Dominican"
            " Republic and China formalized their diplomatic relations.",
            "Seven years",
        ),
    ],
)
def test_years_since_the_ties_were_formalized_date_the_ties(text, figure):
    result = one(check(text), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert "2018-05-01" in result.reason


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "29 de noviembre de 2025 — Santo Domingo\n\nYa han pasado ocho años desde que"
            " República Dominicana y China formalizaron sus relaciones diplomáticas.",
            "ocho años",
        ),
        (
            "29 de noviembre de 2025 — Santo Domingo\n\nYa han pasado casi siete años desde que"
            " República Dominicana y China formalizaron sus relaciones diplomáticas.",
            "casi siete años",
        ),
        (
            "November 29, 2025 — Santo Domingo\n\nEight years have passed since the Dominican"
            " Republic and China formalized their diplomatic relations.",
            "Eight years",
        ),
    ],
)
def test_a_wrong_or_hedged_count_of_years_since_the_ties_is_never_refuted(text, figure):
    result = one(check(text), figure)
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason


# --- the anniversary of "the agreement" an earlier sentence named ---------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Diciembre de 2020 — Lima\n\nLa ministra resaltó los beneficios del Tratado de Libre"
            " Comercio (TLC) entre el Perú y China. Lo hizo en un webinar organizado por el"
            " décimo aniversario de la entrada en vigencia del acuerdo.",
            "décimo aniversario",
        ),
        (
            "Dezembro de 2020 — Lima\n\nA ministra destacou os benefícios do Tratado de Livre"
            " Comércio (TLC) entre o Peru e a China. Ela falou num webinar organizado pelo décimo"
            " aniversário da entrada em vigor do acordo.",
            "décimo aniversário",
        ),
        (
            "December 2020 — Lima\n\nThe minister praised the free trade agreement between Peru"
            " and China. She spoke at a webinar held for the tenth anniversary of the entry into"
            " force of the agreement.",
            "tenth anniversary",
        ),
    ],
)
def test_the_anniversary_of_the_agreement_takes_up_the_fta_named_before(text, figure):
    result = one(check(text), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert "2010-03-01" in result.reason


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # another count: the table's date is shown, never refuted
        (
            "Diciembre de 2020 — Lima\n\nLa ministra resaltó los beneficios del Tratado de Libre"
            " Comercio (TLC) entre el Perú y China. Lo hizo en un webinar organizado por el"
            " octavo aniversario de la entrada en vigencia del acuerdo.",
            "octavo aniversario",
        ),
        # an agreement with a complement of its own is not the FTA named before
        (
            "Diciembre de 2020 — Lima\n\nLa ministra resaltó los beneficios del Tratado de Libre"
            " Comercio (TLC) entre el Perú y China. Lo hizo en el décimo aniversario del acuerdo"
            " de cooperación cultural.",
            "décimo aniversario",
        ),
        # an earlier sentence that names two ties leaves "the agreement" unread
        (
            "Diciembre de 2020 — Lima\n\nEl Perú y China celebran sus relaciones diplomáticas y"
            " su Tratado de Libre Comercio (TLC). Lo hicieron en el décimo aniversario del"
            " acuerdo.",
            "décimo aniversario",
        ),
    ],
)
def test_the_anniversary_of_the_agreement_is_not_borne_out_otherwise(text, figure):
    result = one(check(text), figure)
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason


# --- "the signing took place" after a sentence with no figure -------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "21 de noviembre de 2017 — Washington\n\nPanamá estableció relaciones diplomáticas"
            " con China en junio.\n\nVarela y Xi firmaron 19 acuerdos. Entre ellos sobresale un"
            " memorando de entendimiento para cooperar en el marco de la Franja Económica de la"
            " Ruta de la Seda. La firma tuvo lugar el 17 de noviembre.",
            "17 de noviembre",
        ),
        (
            "21 de novembro de 2017 — Washington\n\nO Panamá estabeleceu relações diplomáticas"
            " com a China em junho.\n\nVarela e Xi assinaram 19 acordos. Entre eles destaca-se um"
            " memorando de entendimento para cooperar no âmbito do Cinturão Econômico da Rota da"
            " Seda. A assinatura ocorreu em 17 de novembro.",
            "17 de novembro",
        ),
        (
            "November 21, 2017 — Washington\n\nPanama established diplomatic relations with China"
            " in June.\n\nVarela and Xi signed 19 agreements. Among them stands out a memorandum"
            " of understanding to cooperate within the Silk Road Economic Belt. The signing took"
            " place on November 17.",
            "November 17",
        ),
    ],
)
def test_the_signing_takes_up_the_memorandum_of_a_sentence_with_no_figure(text, figure):
    result = one(check(text), figure)
    # Disputed since stop 49: a row flagged CONFLICT dates Panama's memorandum 2018-12-03.
    assert result.verdict is Verdict.DISPUTED, result.reason
    assert "bri_mou" in result.reason


def test_a_wrong_day_of_the_signing_taken_up_is_never_refuted():
    text = (
        "21 de noviembre de 2017 — Washington\n\nPanamá estableció relaciones diplomáticas con"
        " China en junio.\n\nVarela y Xi firmaron 19 acuerdos. Entre ellos sobresale un memorando"
        " de entendimiento de la Franja y la Ruta. La firma tuvo lugar el 3 de diciembre."
    )
    result = one(check(text), "3 de diciembre")
    assert result.verdict is not Verdict.CONTRADICTED, result.reason


# --- other names of the Belt and Road -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "21 de noviembre de 2017 — Washington\n\nPanamá firmó con China un memorando de"
            " entendimiento sobre la Nueva Ruta de la Seda el 17 de noviembre de 2017.",
            "noviembre de 2017",
        ),
        (
            "21 de novembro de 2017 — Washington\n\nO Panamá assinou com a China um memorando de"
            " entendimento sobre a Nova Rota da Seda em 17 de novembro de 2017.",
            "novembro de 2017",
        ),
        (
            "November 21, 2017 — Washington\n\nPanama signed a memorandum with China on the New"
            " Silk Road on November 17, 2017.",
            "November 17, 2017",
        ),
    ],
)
def test_the_new_silk_road_is_the_belt_and_road(text, figure):
    result = one(check(text), figure)
    # Disputed since stop 49: a row flagged CONFLICT dates Panama's memorandum 2018-12-03.
    assert result.verdict is Verdict.DISPUTED, result.reason
    assert "bri_mou" in result.reason
