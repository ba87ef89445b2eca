"""General readings found on the fresh dev texts 93-97 of the unseen set (branch issue-15-s16a),
each with real-shaped sentences (our own) in EN, ES and PT, checked against the package's
knowledge base.

* "el comercio exterior de Chile sumó US$ 175.565 millones en 2024", "Chile's foreign trade
  totalled …", "o comércio exterior do Chile somou …": a state's trade with every partner. Main
  read it as the state's trade with China and called it contradicted by the stored 57,321.
* "China se ha constituido en el segundo destino al que más exporta Ecuador" in a 2022 text, with
  no period: main read it by the latest stored rank up to the article's year (2021's, from
  another year) and supported it. An undated rank is now read for the article's year, or the
  year before in the year's first three months ("sigue siendo … el principal socio" in January
  2018 speaks of 2017).
* "$us 1.462 millones en importaciones desde Bolivia y $us 1.134 millones en exportaciones hacia
  Bolivia" (China's customs speaking): the state named as a flow's origin or destination is its
  other side. Main read Bolivia's own imports ("importaciones desde" at high confidence) and
  exports; and "Imports from Brazil totalled US$ 5 billion" in a Chilean text was called
  contradicted by Brazil's exports to China. The reading stays low: never refuted.
* "Chile y China firmaron su Tratado de Libre Comercio en 2006": the FTA was signed in November
  2005 and came into force in October 2006. Main found no signature to compare: it looks for
  the status the day before the entry into force, and Chile's entry into force is known to the
  month only ("2006-10", its primary source); the month's first day is now read.
* "pasaron de $ 656 millones en 2016 a $ 3.193 el año pasado": the end of a change written with
  no scale word takes the scale of its start (main read 3,193 dollars). Held in doubt: it may be
  borne out, never refuted.
* "China siguió siendo el principal proveedor de Chile, con US$ 19.325 millones en bienes": China
  named as a state's supplier (or buyer) with a figure after "con/with/com" is its sales to (or
  purchases from) that state (main read no metric). Read from the sentence's shape: low.
* "China conservó el puesto de principal socio comercial de Chile", "the position of top trading
  partner", "a posição de principal parceiro": a rank held as a post, with no determiner of its
  own (main read no rank).
* "the largest recipients of Chinese loans were Venezuela (52%), Brazil (17%) …": each state's
  share of China's lending to the region, against the published shares (`other` rows "share of
  Chinese loans to LAC", now metric `loans_share_of_lac`: support only, as a basket share).
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from tests.claims.conftest import one

# --- a state's trade with the world is not its trade with China ---------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Santiago, 2025 — En conjunto, el comercio exterior de Chile sumó US$ 175.565"
            " millones en 2024.",
            "US$ 175.565 millones",
        ),
        (
            "Santiago, 2025 — El intercambio comercial total de Chile con el mundo llegó a"
            " US$ 175.565 millones en 2024.",
            "US$ 175.565 millones",
        ),
        (
            "Santiago, 2025 — Chile's foreign trade totalled US$ 175,565 million in 2024.",
            "US$ 175,565 million",
        ),
        (
            "Santiago, 2025 — Chile's total trade with the world reached US$ 175.5 billion in"
            " 2024.",
            "US$ 175.5 billion",
        ),
        (
            "Santiago, 2025 — O comércio exterior do Chile somou US$ 175,5 bilhões em 2024.",
            "US$ 175,5 bilhões",
        ),
        (
            "Santiago, 2025 — O comércio do Chile com o resto do mundo chegou a US$ 175,5"
            " bilhões em 2024.",
            "US$ 175,5 bilhões",
        ),
    ],
)
def test_a_states_foreign_trade_is_its_trade_with_the_world(kb, text, figure):
    # Main: trade_total · CHL · 2024 against the stored 57,321 (Chile's trade with China),
    # contradicted (the PT "comércio exterior" form only escaped by a doubtful decimal comma).
    result = one(check(text, kb), figure)
    assert result.claim.metric == "trade_with_world"
    assert result.verdict is Verdict.UNVERIFIABLE


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Santiago, 2025 — Chile exportó al mundo US$ 101.000 millones en 2024.",
            "US$ 101.000 millones",
        ),
        (
            "Santiago, 2025 — In 2024 Chile exported US$ 101 billion to the world.",
            "US$ 101 billion",
        ),
        (
            "Santiago, 2025 — Em 2024, o Chile exportou para o mundo US$ 101 bilhões.",
            "US$ 101 bilhões",
        ),
    ],
)
def test_exports_to_the_world_are_not_exports_to_china(kb, text, figure):
    # Main: Chile's exports to China, contradicted by the stored 37,996.
    result = one(check(text, kb), figure)
    assert result.claim.metric == "trade_with_world"
    assert result.verdict is Verdict.UNVERIFIABLE


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Santiago, 2025 — El comercio exterior de Chile con China sumó US$ 57.321 millones"
            " en 2024.",
            "US$ 57.321 millones",
        ),
        (
            "Santiago, 2025 — Chile's foreign trade with China totalled US$ 57,321 million in"
            " 2024.",
            "US$ 57,321 million",
        ),
        (
            "Santiago, 2025 — O comércio exterior do Chile com a China somou US$ 57,3 bilhões"
            " em 2024.",
            "US$ 57,3 bilhões",
        ),
    ],
)
def test_foreign_trade_with_china_named_stays_trade_with_china(kb, text, figure):
    # Guard: China named between the cue and the figure.
    result = one(check(text, kb), figure)
    assert result.claim.metric == "trade_total"
    assert result.verdict is Verdict.SUPPORTED


def test_exports_to_china_before_the_world_stay_exports_to_china(kb):
    # Guard: the world cue follows another figure; "to China" follows this one.
    text = (
        "Santiago, 2025 — In 2024 Chile exported US$ 37,996 million to China and US$ 101 billion"
        " to the world."
    )
    result = one(check(text, kb), "US$ 37,996 million")
    assert result.claim.metric == "trade_china_imports"
    assert result.verdict is Verdict.SUPPORTED


def test_a_foreign_trade_institute_is_a_name_not_a_cue(kb):
    # Guard: "Comercio Exterior" with capitals inside the sentence names an institute.
    text = (
        "La Paz, 2017 — Las cifras del INE, procesadas por el Instituto Boliviano de Comercio"
        " Exterior (IBCE), muestran que en 2014 el país importó de China $us 1.811 millones."
    )
    result = one(check(text, kb), "$us 1.811 millones")
    assert result.claim.metric == "trade_china_exports"
    assert result.verdict is Verdict.SUPPORTED


# --- an undated rank is the article's year's ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "rank"),
    [
        (
            "Guayaquil, 2022 — China se ha constituido en el segundo destino al que más exporta"
            " Ecuador.",
            "segundo destino",
        ),
        (
            "Quito, 2022 — China has become the second largest destination for Ecuador's exports.",
            "second largest destination",
        ),
        (
            "Quito, 2022 — A China tornou-se o segundo destino das exportações do Equador.",
            "segundo destino",
        ),
        (
            "San José, agosto de 2024 — Actualmente, China es el noveno destino de las"
            " exportaciones de Costa Rica.",
            "noveno destino",
        ),
    ],
)
def test_an_undated_rank_is_not_borne_out_by_an_earlier_years_rank(kb, text, rank):
    # Main: supported by the latest stored rank up to the article's year (Ecuador 2021, Costa
    # Rica 2023), a rank of another year than the present tense speaks of.
    result = one(check(text, kb), rank)
    assert result.verdict is Verdict.UNVERIFIABLE


@pytest.mark.parametrize(
    ("text", "rank", "year"),
    [
        (
            "Santiago, enero de 2018 — China sigue siendo el principal socio comercial de Chile.",
            "principal socio comercial",
            "2017",
        ),
        (
            "Santiago, January 2018 — China remains Chile's largest trading partner.",
            "largest trading partner",
            "2017",
        ),
        (
            "Santiago, 2024 — A China é o principal parceiro comercial do Chile.",
            "principal parceiro comercial",
            "2024",
        ),
    ],
)
def test_an_undated_rank_is_read_for_the_articles_year_or_the_year_just_ended(kb, text, rank, year):
    # Guards: the article's year's row, and in January the year just ended.
    result = one(check(text, kb), rank)
    assert result.verdict is Verdict.SUPPORTED
    assert f"1 rank {year}" in result.reason


# --- a flow from or to the state named after it is told from the other side ---------------------

BOLIVIA = {
    "en": (
        "La Paz, February 2024 — According to China's customs, trade came to US$2,596 million in"
        " 2023, with US$1,462 million in imports from Bolivia and US$1,134 million in exports to"
        " Bolivia."
    ),
    "es": (
        "La Paz, febrero de 2024 — Según la Aduana de China, el comercio sumó $us 2.596 millones"
        " en 2023, con $us 1.462 millones en importaciones desde Bolivia y $us 1.134 millones en"
        " exportaciones hacia Bolivia."
    ),
    "pt": (
        "La Paz, fevereiro de 2024 — Segundo a Alfândega da China, o comércio somou US$ 2.596"
        " milhões em 2023, com US$ 1.462 milhões em importações vindas da Bolívia e US$ 1.134"
        " milhões em exportações para a Bolívia."
    ),
}


@pytest.mark.parametrize(
    ("lang", "imports", "exports"),
    [
        ("en", "US$1,462 million", "US$1,134 million"),  # guard: read so on main too
        ("es", "$us 1.462 millones", "$us 1.134 millones"),
        ("pt", "US$ 1.462 milhões", "US$ 1.134 milhões"),
    ],
)
def test_imports_from_and_exports_to_the_state_are_its_exports_and_imports(
    kb, lang, imports, exports
):
    # Main: Bolivia's imports (1,462) and exports (1,134), the opposite flows.
    results = check(BOLIVIA[lang], kb)
    assert one(results, imports).claim.metric == "trade_china_imports"
    assert one(results, exports).claim.metric == "trade_china_exports"
    assert one(results, imports).verdict is Verdict.DISPUTED  # China Customs 1,462; INE 1,170.1


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Santiago, 2024 — Imports from Brazil totalled US$ 5 billion in 2023.",
            "US$ 5 billion",
        ),
        (
            "Santiago, 2024 — Las importaciones desde Brasil sumaron US$ 5.000 millones en 2023.",
            "US$ 5.000 millones",
        ),
        (
            "Santiago, 2024 — As exportações para o Brasil somaram US$ 5 bilhões em 2023.",
            "US$ 5 bilhões",
        ),
    ],
)
def test_a_flow_from_or_to_a_state_with_no_china_named_is_never_refuted(kb, text, figure):
    # Main: "Imports from Brazil" was Brazil's exports to China at high confidence, contradicted
    # by the stored 104 bn; the importer may be the text's own state (Chile).
    result = one(check(text, kb), figure)
    assert result.verdict is not Verdict.CONTRADICTED
    assert result.claim.confidence["metric"]["level"] == "low"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Santiago, 2025 — Las importaciones de Chile desde China sumaron US$ 19.325 millones"
            " en 2024.",
            "US$ 19.325 millones",
        ),
        (
            "Santiago, 2025 — Chile's imports from China totalled US$ 19,325 million in 2024.",
            "US$ 19,325 million",
        ),
        (
            "Santiago, 2025 — As importações do Chile vindas da China somaram US$ 19,325 bilhões"
            " em 2024.",
            "US$ 19,325 bilhões",
        ),
    ],
)
def test_a_flow_from_china_keeps_its_reading(kb, text, figure):
    # Guard: China as the origin.
    result = one(check(text, kb), figure)
    assert result.claim.metric == "trade_china_exports"
    assert result.verdict is Verdict.SUPPORTED


# --- an FTA's signature when its entry into force is known to the month ------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Santiago, 2025 — Chile y China firmaron su Tratado de Libre Comercio en 2006.",
        "Santiago, 2025 — Chile and China signed their free trade agreement in 2006.",
        "Santiago, 2025 — Chile e China assinaram o seu Tratado de Livre Comércio em 2006.",
    ],
)
def test_a_signature_dated_to_the_entry_into_force_year_is_contradicted(kb, text):
    # Main: unverifiable, "no metric recognised" (the signature was not found).
    [result] = [r for r in check(text, kb) if r.claim.text.strip() == "2006"]
    assert result.verdict is Verdict.CONTRADICTED
    assert "signed since 2005-11" in result.reason


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "Santiago, 2025 — Chile y China firmaron su TLC en noviembre de 2005.",
            "noviembre de 2005",
        ),
        ("Santiago, 2025 — Chile and China signed their free trade agreement in 2005.", "2005"),
        (
            "Santiago, 2025 — O acordo de livre comércio do Chile com a China entrou em vigor em 2006.",
            "2006",
        ),
    ],
)
def test_the_signature_and_entry_into_force_years_are_borne_out(kb, text, date):
    # Main left the two signatures unverifiable too; the PT entry into force is a guard.
    [result] = [r for r in check(text, kb) if r.claim.text.strip() == date]
    assert result.verdict is Verdict.SUPPORTED


# --- "de X millones … a Y": Y in X's scale ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Guayaquil, 2022 — Las exportaciones ecuatorianas a China pasaron de $ 656 millones en"
            " 2016 a $ 3.193 el año pasado.",
            "$ 3.193",
        ),
        (
            "Quito, 2022 — Ecuador's exports to China rose from US$ 656 million in 2016 to US$ 3,193"
            " last year.",
            "US$ 3,193",
        ),
        (
            "Quito, 2022 — As exportações do Equador para a China passaram de US$ 656 milhões em"
            " 2016 para US$ 3.193 no ano passado.",
            "US$ 3.193",
        ),
    ],
)
def test_the_end_of_a_change_takes_the_scale_of_its_start(kb, text, figure):
    # Main: 3,193 dollars, "an amount under a million", unverifiable.
    result = one(check(text, kb), figure)
    assert result.claim.value * result.claim.scale == pytest.approx(3.193e9)
    assert result.verdict is Verdict.DISPUTED  # Banco Central 3,193; President Lasso 3,600


def test_a_carried_scale_never_refutes(kb):
    # Guard: the wrong end of the change is held in doubt, never called contradicted.
    text = (
        "Quito, 2022 — Ecuador's exports to China rose from US$ 656 million in 2016 to US$ 9,000"
        " last year."
    )
    assert one(check(text, kb), "US$ 9,000").verdict is Verdict.UNVERIFIABLE


# --- China as a state's supplier or buyer "with" a figure ---------------------------------------


@pytest.mark.parametrize(
    ("text", "figure", "metric"),
    [
        (
            "Santiago, 2025 — En 2024, China siguió siendo el principal proveedor de Chile, con"
            " US$ 19.325 millones en bienes.",
            "US$ 19.325 millones",
            "trade_china_exports",
        ),
        (
            "Santiago, 2025 — In 2024 China remained Chile's main supplier, with US$ 19,325"
            " million in goods.",
            "US$ 19,325 million",
            "trade_china_exports",
        ),
        (
            "Santiago, 2025 — Em 2024, a China seguiu como o principal fornecedor do Chile, com"
            " US$ 19,325 bilhões em bens.",
            "US$ 19,325 bilhões",
            "trade_china_exports",
        ),
        (
            "Lima, 2018 — In 2017 China was Peru's top buyer, with US$ 11.46 billion.",
            "US$ 11.46 billion",
            "trade_china_imports",
        ),
    ],
)
def test_china_as_supplier_or_buyer_with_a_figure_is_its_sales_or_purchases(
    kb, text, figure, metric
):
    # Main: no metric recognised.
    result = one(check(text, kb), figure)
    assert result.claim.metric == metric
    assert result.verdict is Verdict.SUPPORTED


def test_a_supplier_figure_is_never_refuted(kb):
    # Guard: read from the sentence's shape, so a wrong value is not called contradicted.
    text = (
        "Santiago, 2025 — En 2024, China fue el principal proveedor de Chile, con US$ 30.000"
        " millones en bienes."
    )
    assert one(check(text, kb), "US$ 30.000 millones").verdict is Verdict.UNVERIFIABLE


# --- a rank held as a post -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "rank"),
    [
        (
            "Santiago, 2025 — En 2024 China conservó el puesto de principal socio comercial de"
            " Chile.",
            "principal socio comercial",
        ),
        (
            "Santiago, 2025 — China kept the position of top trading partner of Chile in 2024.",
            "top trading partner",
        ),
        (
            "Santiago, 2025 — Em 2024, a China manteve a posição de principal parceiro comercial"
            " do Chile.",
            "principal parceiro comercial",
        ),
    ],
)
def test_a_rank_held_as_a_post_is_read(kb, text, rank):
    # Main: no rank read (no determiner before "principal" / "top").
    result = one(check(text, kb), rank)
    assert result.verdict is Verdict.SUPPORTED
    assert "1 rank 2024" in result.reason


# --- a state's share of China's loans to the region ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "2017 — Between 2005 and 2015, the largest recipients of Chinese loans were Venezuela"
            " (52%), Brazil (17%), Argentina (14%), and Ecuador (12%).",
            "17%",
        ),
        (
            "2017 — Entre 2005 y 2015, los mayores receptores de préstamos chinos fueron"
            " Venezuela (52%), Brasil (17%), Argentina (14%) y Ecuador (12%).",
            "17%",
        ),
        (
            "2017 — Entre 2005 e 2015, os maiores destinatários dos empréstimos chineses foram a"
            " Venezuela (52%), o Brasil (17%), a Argentina (14%) e o Equador (12%).",
            "17%",
        ),
    ],
)
def test_a_borrowers_share_of_chinese_loans_is_read(kb, text, figure):
    # Main: no metric recognised.
    result = one(check(text, kb), figure)
    assert result.claim.metric == "loans_share_of_lac"
    assert result.claim.entity == "BRA"
    assert result.verdict is Verdict.SUPPORTED


def test_a_borrowers_share_is_never_refuted(kb):
    # Guard: databases count loans their own way; a share that differs is not called false.
    text = (
        "2017 — Between 2005 and 2015, the largest recipients of Chinese loans were Venezuela"
        " (60%) and Brazil (17%)."
    )
    assert one(check(text, kb), "60%").verdict is Verdict.UNVERIFIABLE


# --- "and 2024 was no exception" ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "rank"),
    [
        (
            "Santiago, 2025 — China ha sido el principal socio comercial de Chile, y 2024 no fue"
            " la excepción.",
            "principal socio comercial",
        ),
        (
            "Santiago, 2025 — China has been Chile's top trading partner, and 2024 was no"
            " exception.",
            "top trading partner",
        ),
        (
            "Santiago, 2025 — China tem sido o principal parceiro comercial do Chile, e 2024 não"
            " foi exceção.",
            "principal parceiro comercial",
        ),
    ],
)
def test_a_year_that_was_no_exception_dates_the_claim(kb, text, rank):
    # Main: the rank undated, and read by the 2024 row only because it was the latest; after
    # the undated-rank reading above it would have been left unverifiable in a 2025 text.
    result = one(check(text, kb), rank)
    assert result.claim.period is not None and result.claim.period.end_year == 2024
    assert result.verdict is Verdict.SUPPORTED
