"""General readings found on the fresh dev texts 323-326 of the unseen set (branch
issue-15-r29e-s20b, round 29e: Brazil's trade of 2022, the China-Peru FTA upgrade of 2018 and
2024, the China-Ecuador FTA talks of 2022), each with real-shaped sentences (our own) checked
against the package's knowledge base.

* An English demonym before a flow noun is no subject of a trade verb: "China was the top
  destination for Brazilian exports last year, buying US$ 89.4 billion in goods" — 631efec took
  "Brazilian" as the buyer, read Brazil's imports from China and refuted China's purchases by
  them (a false "contradicted"). The demonym qualifies "exports"; the verb's subject is China,
  and the stored exports bear the figure out. Spanish and Portuguese write their demonyms in
  lower case, which main already skipped (guards), and a state named as such stays the subject
  (guards).
* "Nov. 14", "Sept. 1": the English month abbreviation with its point dates the day (631efec read
  a count of 14 and left the stored opening of Chancay unread). English only: the lexicon holds
  no Spanish or Portuguese abbreviations; their spelled-out days stay read (guards).
* A hedge ends a rank's noun: "Brazil's main trading partner almost a decade ago" — 631efec ran
  the rank's span over "almost" ("main trading partner almost"), and in Portuguese over "quase dez
  anos" too, so a duration was judged as a rank. The rank ends at its noun; the duration is its
  own claim.
* "China is our main trading partner", opening a paragraph of quotes: 631efec named China as the
  one whose partner China is (no such row) and left the rank unread. A rank right after "our"
  ("nuestro", "nosso") with China named before it in the clause is the rank of the state the text
  was about (the sentence before, or the article's lead). English only in these tests: Spanish
  and Portuguese ranks after "nuestro"/"nosso" are not read as claims yet. A rank of "more than
  50 countries" with no "our" is left as it was (guards).
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from tests.claims.conftest import one

BRAZIL_2023 = "January 2, 2023 — Brasilia\n\n"

# --- an English demonym before a flow noun is no subject -------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "China was the top destination for Brazilian exports last year, buying US$ 89.4 billion"
        " in goods.",
        "China was the main market for Brazilian farm goods last year, purchasing US$ 89.4"
        " billion.",
    ],
)
def test_a_demonym_before_a_flow_noun_is_not_the_buyer(sentence):
    # Brazil's exports of 2022 (MDIC's 89.4) bear it out; China's own count of its purchases,
    # where stored, may make it disputed: never refuted by Brazil's imports.
    result = one(check(BRAZIL_2023 + sentence), "US$ 89.4 billion")
    assert result.claim.metric == "trade_china_imports"
    assert result.verdict in (Verdict.SUPPORTED, Verdict.DISPUTED), result.reason


def test_a_figure_of_the_other_direction_is_not_refuted_through_the_demonym():
    # Brazil's imports from China in 2022 are stored near 60: read as China's purchases, the
    # 89.4 of Brazil's own exports could no longer be refuted by them.
    text = (
        BRAZIL_2023 + "China was the top destination for Brazilian exports last year, buying"
        " US$ 89.4 billion in goods."
    )
    result = one(check(text), "US$ 89.4 billion")
    assert result.verdict is not Verdict.CONTRADICTED, result.reason


# Guards: a state named as such is still the subject; lower-case demonyms were skipped already.


@pytest.mark.parametrize(
    ("text", "figure", "metric"),
    [
        (
            BRAZIL_2023 + "Brazil bought US$ 60.7 billion of Chinese goods last year.",
            "US$ 60.7 billion",
            "trade_china_exports",
        ),
        (
            "Enero de 2023 — Brasilia\n\nChina fue el principal destino de las exportaciones"
            " brasileñas el año pasado, comprando US$ 89.400 millones en bienes.",
            "US$ 89.400 millones",
            "trade_china_imports",
        ),
        (
            "Janeiro de 2023 — Brasília\n\nA China foi o principal destino das exportações"
            " brasileiras no ano passado, comprando US$ 89,4 bilhões em mercadorias.",
            "US$ 89,4 bilhões",
            "trade_china_imports",
        ),
    ],
)
def test_named_states_and_lower_case_demonyms_keep_their_reading(text, figure, metric):
    result = one(check(text), figure)
    assert result.claim.metric == metric
    assert result.verdict in (Verdict.SUPPORTED, Verdict.DISPUTED), result.reason


# --- "Nov. 14": the English abbreviation with its point ---------------------------------------

PERU_2024 = (
    "Lima, November 8, 2024 — Reuters\n\nChina runs large projects in Peru, among them the"
    " Chancay megaport built by Cosco Shipping. "
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Boluarte and Xi will open the port from the government palace in Lima on Nov. 14.",
        "Xi will inaugurate the Chancay port on Nov. 14, days before the APEC summit.",
    ],
)
def test_an_abbreviated_month_with_its_point_dates_the_day(sentence):
    result = one(check(PERU_2024 + sentence), "Nov. 14")
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert result.claim.period is not None and result.claim.period.start_month == 11


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("Xi will inaugurate the Chancay port on November 14.", "November 14"),
        ("Xi will inaugurate the Chancay port on Nov 14.", "Nov 14"),
    ],
)
def test_spelled_and_bare_abbreviated_months_stay_read(sentence, figure):
    result = one(check(PERU_2024 + sentence), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Lima, 8 de noviembre de 2024 — EFE\n\nChina tiene grandes proyectos en Perú, entre"
            " ellos el megapuerto de Chancay construido por Cosco Shipping. Xi inaugurará el"
            " puerto de Chancay el 14 de noviembre.",
            "14 de noviembre",
        ),
        (
            "Lima, 8 de novembro de 2024 — EFE\n\nA China tem grandes projetos no Peru, entre"
            " eles o megaporto de Chancay construído pela Cosco Shipping. Xi vai inaugurar o"
            " porto de Chancay em 14 de novembro.",
            "14 de novembro",
        ),
    ],
)
def test_spanish_and_portuguese_days_stay_read(text, figure):
    result = one(check(text), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason


# --- a hedge ends a rank's noun ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "rank"),
    [
        (
            BRAZIL_2023 + "China pushed the United States aside as Brazil's main trading partner"
            " almost a decade ago.",
            "main trading partner",
        ),
        (
            BRAZIL_2023 + "China became Brazil's biggest trading partner nearly 15 years ago.",
            "biggest trading partner",
        ),
        (
            "Janeiro de 2023 — Brasília\n\nA China virou o maior parceiro comercial brasileiro"
            " quase dez anos atrás.",
            "maior parceiro comercial brasileiro",
        ),
        (
            "Enero de 2023 — Brasilia\n\nChina se convirtió en el mayor socio comercial"
            " brasileño casi diez años atrás.",
            "mayor socio comercial brasileño",
        ),
    ],
)
def test_a_hedge_after_a_rank_is_not_part_of_its_noun(text, rank):
    one(check(text), rank)


@pytest.mark.parametrize(
    ("text", "duration"),
    [
        (
            "Janeiro de 2023 — Brasília\n\nA China virou o maior parceiro comercial brasileiro"
            " quase dez anos atrás.",
            "quase dez anos",
        ),
        (
            BRAZIL_2023 + "China became Brazil's biggest trading partner nearly 15 years ago.",
            "nearly 15 years",
        ),
    ],
)
def test_the_hedged_duration_is_its_own_claim(text, duration):
    result = one(check(text), duration)
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason


# Guard: a rank's noun that runs on without a hedge keeps its words.
def test_a_rank_noun_without_a_hedge_is_unchanged():
    one(check(BRAZIL_2023 + "China is Brazil's main trading partner."), "main trading partner")


# --- "China is our main trading partner": whose partner "our" names ----------------------------


@pytest.mark.parametrize(
    ("text", "rank"),
    [
        (
            BRAZIL_2023 + "Brazil's President Lula told China's Vice President on Monday that his"
            ' government wants wider ties.\n\n"China is our biggest trading partner and we can'
            ' expand relations," Lula said after the meeting.',
            "biggest trading partner",
        ),
        (
            PERU_2024 + "Peru's foreign minister spoke to Reuters on Friday.\n\n\"China is our main"
            ' trading partner, experts say this will increase that dynamism," the minister said.',
            "main trading partner",
        ),
    ],
)
def test_our_partner_is_the_state_the_text_is_about(text, rank):
    # English only: a Spanish or Portuguese rank after "nuestro"/"nosso" is not read as a claim
    # yet (an extraction gap noted in round 29e), so there is nothing to resolve there.
    result = one(check(text), rank)
    assert result.claim.entity in ("BRA", "PER")
    assert result.verdict is Verdict.SUPPORTED, result.reason


# Guards: a rank among many states, or of "the country" with no "our", is left as it was.
@pytest.mark.parametrize(
    ("text", "rank"),
    [
        (
            "Marzo de 2022 — Santiago\n\nChile vendió cobre por US$ 30.000 millones a China.\n\n"
            "Según Riesco, China es el mayor socio comercial de más de 50 países y regiones.",
            "mayor socio comercial",
        ),
        (
            BRAZIL_2023 + "Brazil sold soybeans to China.\n\nChina is the biggest trading partner"
            " of more than 120 countries.",
            "biggest trading partner",
        ),
    ],
)
def test_a_rank_without_our_keeps_its_reading(text, rank):
    result = one(check(text), rank)
    assert result.claim.entity != "BRA" and result.claim.entity != "CHL"
