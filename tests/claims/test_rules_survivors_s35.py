"""Tests for the `claims_rules` mutants that survived the nineteenth run (issue 17): the mutants on
the lines changed in `claims/rules/` from dc31fb5 to d94142c (rounds 28a-28f and the rules of the
lead's stop 34), classified in docs/mutation-claims-rules-survivors-s35.md. Real-shaped sentences
(our own) in EN, ES and PT against the package's knowledge base where a sentence reaches the
branch; direct tests of the small functions where none does.
"""

from __future__ import annotations

import dataclasses

import pandas as pd
import pytest

from chinalac.claims import KnowledgeView, Verdict, check
from tests.claims.conftest import COUNTRIES, FACT_COLUMNS, METRICS, fact, one, tiny_knowledge

# --- parts_total: a total of another year beside the one the parts make -------------------------
# The parts borrow 2012 from an earlier paragraph; the total "fell from 261.6 in 2012 to X last
# year". When X is what the parts make (257.0), the 2012 value is the same total of another year
# (`_without_other_year` with `_fits_sum`), not a total the parts fail to make.

LEAD_EN = (
    "2014 — Lima\n\nPeru became China's seventh market in Latin America, having ranked eighth in "
    "2012.\n\n"
)
LEAD_ES = (
    "2014 — Lima\n\nEl Perú pasó a ser el sétimo mercado de China en América Latina, cuando en el "
    "2012 ocupaba el octavo lugar.\n\n"
)
LEAD_PT = (
    "2014 — Lima\n\nO Peru passou a ser o sétimo mercado da China na América Latina, depois de "
    "ocupar o oitavo lugar em 2012.\n\n"
)
TOTAL_FELL = [
    (
        LEAD_EN + "China's exports to the region fell to US$131.2 billion, while China's imports "
        "from Latin America rose to US$125.8 billion. China's total trade with the region thus "
        "fell from US$261.6 billion in 2012 to US${} billion last year.",
        "US$261.6 billion",
        ("257.0", "252.1"),
    ),
    (
        LEAD_ES + "Las exportaciones chinas hacia la región bajaron a US$ 131.200 millones, "
        "mientras que las importaciones chinas desde América Latina subieron a US$ 125.800 "
        "millones. Así, el comercio total de China con la región bajó de US$ 261.600 millones en "
        "2012 a US$ {} millones el año pasado.",
        "US$ 261.600 millones",
        ("257.000", "252.100"),
    ),
    (
        LEAD_PT + "As exportações chinesas para a região caíram para US$ 131,2 bilhões, enquanto "
        "as importações chinesas da América Latina subiram para US$ 125,8 bilhões. Assim, o "
        "comércio total da China com a região caiu de US$ 261,6 bilhões em 2012 para US$ {} "
        "bilhões no ano passado.",
        "US$ 261,6 bilhões",
        ("257,0", "252,1"),
    ),
]


@pytest.mark.parametrize(("text", "figure", "values"), TOTAL_FELL)
def test_a_total_of_another_year_the_parts_make_clears_the_earlier_one(kb, text, figure, values):
    made, _ = values
    result = one(check(text.format(made), kb), figure)
    assert result.verdict is not Verdict.INCONSISTENT, result.reason
    assert all(f.rule_id != "parts-total" for f in result.findings)


@pytest.mark.parametrize(("text", "figure", "values"), TOTAL_FELL)
def test_a_total_of_another_year_below_the_sum_clears_nothing(kb, text, figure, values):
    # 252.1 is under 131.2 + 125.8 (each with its rounding, 256.9 at least): neither total is
    # what the parts make, and the one of their year is inconsistent.
    _, short = values
    result = one(check(text.format(short), kb), figure)
    assert result.verdict is Verdict.INCONSISTENT, result.reason
    assert result.rule_id == "parts-total"


# A total of another state (Brazil's, itself wrong), whatever its year, is never the whole the
# region's parts make, however close to their sum.
ANOTHER_STATE = [
    (
        "In 2012 China's exports to the region fell to US$131.2 billion, while China's imports "
        "from Latin America rose to US$125.8 billion. China's total trade with Latin America "
        "came to US$261.6 billion that year. In 2013, China's trade with Brazil alone reached "
        "US$257.0 billion.",
        "US$261.6 billion",
    ),
    (
        "En 2012 las exportaciones chinas hacia la región bajaron a US$ 131.200 millones, "
        "mientras que las importaciones chinas desde América Latina subieron a US$ 125.800 "
        "millones. El comercio total de China con América Latina llegó a US$ 261.600 millones "
        "ese año. En 2013, el comercio de China con Brasil alcanzó por sí solo US$ 257.000 "
        "millones.",
        "US$ 261.600 millones",
    ),
    (
        "Em 2012 as exportações chinesas para a região caíram para US$ 131,2 bilhões, enquanto "
        "as importações chinesas da América Latina subiram para US$ 125,8 bilhões. O comércio "
        "total da China com a América Latina chegou a US$ 261,6 bilhões naquele ano. Em 2013, o "
        "comércio da China só com o Brasil atingiu US$ 257,0 bilhões.",
        "US$ 261,6 bilhões",
    ),
]


@pytest.mark.parametrize(("text", "figure"), ANOTHER_STATE)
def test_another_states_total_is_not_the_parts_whole(kb, text, figure):
    result = one(check(text, kb), figure)
    assert result.verdict is Verdict.INCONSISTENT, result.reason
    assert result.rule_id == "parts-total"


# --- parts_total: a balance of another year, above or below the difference ----------------------
# The parts (131.2 − 125.8 = 5.4) make neither balance: the one of their year (9.3 in 2012)
# stays inconsistent, whether last year's is below (3.1) or above (7.2) the difference.

BALANCE_FELL = [
    (
        LEAD_EN + "China's exports to the region fell to US$131.2 billion, while China's imports "
        "from Latin America rose to US$125.8 billion. China's trade surplus with the region thus "
        "shrank from US$9.3 billion in 2012 to US${} billion last year.",
        "US$9.3 billion",
        ("3.1", "7.2"),
    ),
    (
        LEAD_ES + "Las exportaciones chinas hacia la región bajaron a US$ 131.200 millones, "
        "mientras que las importaciones chinas desde América Latina subieron a US$ 125.800 "
        "millones. Por eso el superávit comercial de China con la región se achicó de US$ 9.300 "
        "millones en 2012 a US$ {} millones el año pasado.",
        "US$ 9.300 millones",
        ("3.100", "7.200"),
    ),
    (
        LEAD_PT + "As exportações chinesas para a região caíram para US$ 131,2 bilhões, enquanto "
        "as importações chinesas da América Latina subiram para US$ 125,8 bilhões. Assim, o "
        "superávit comercial da China com a região caiu de US$ 9,3 bilhões em 2012 para US$ {} "
        "bilhões no ano passado.",
        "US$ 9,3 bilhões",
        ("3,1", "7,2"),
    ),
]


@pytest.mark.parametrize("which", [0, 1], ids=["below", "above"])
@pytest.mark.parametrize(("text", "figure", "values"), BALANCE_FELL)
def test_a_balance_of_another_year_off_the_difference_clears_nothing(
    kb, text, figure, values, which
):
    result = one(check(text.format(values[which]), kb), figure)
    assert result.verdict is Verdict.INCONSISTENT, result.reason
    assert result.rule_id == "parts-total"


# A balance written before the parts (last year's, 5.4) is no balance of theirs in the paragraph:
# it does not clear the one of their year that they fail to make (9.3 in 2012).
BALANCE_BEFORE = [
    (
        "China's trade surplus with Latin America narrowed to US$5.4 billion in 2013. In 2012, "
        "China's exports to the region were US$131.2 billion and China's imports from Latin "
        "America US$125.8 billion, leaving China a trade surplus of US$9.3 billion.",
        "US$9.3 billion",
    ),
    (
        "El superávit comercial de China con América Latina se redujo a US$ 5.400 millones en "
        "2013. En 2012, las exportaciones chinas hacia la región sumaron US$ 131.200 millones y "
        "las importaciones chinas desde América Latina US$ 125.800 millones, con un superávit "
        "comercial de China de US$ 9.300 millones.",
        "US$ 9.300 millones",
    ),
    (
        "O superávit comercial da China com a América Latina caiu para US$ 5,4 bilhões em 2013. "
        "Em 2012, as exportações chinesas para a região somaram US$ 131,2 bilhões e as "
        "importações chinesas da América Latina US$ 125,8 bilhões, com um superávit comercial da "
        "China de US$ 9,3 bilhões.",
        "US$ 9,3 bilhões",
    ),
]


@pytest.mark.parametrize(("text", "figure"), BALANCE_BEFORE)
def test_a_balance_written_before_the_parts_clears_nothing(kb, text, figure):
    result = one(check(text, kb), figure)
    assert result.verdict is Verdict.INCONSISTENT, result.reason
    assert result.rule_id == "parts-total"


# Two balances of the parts' own year, both after them: the one they make (29.19) does not clear
# the one they do not (24.3): only a whole of another period (or of none) is another year's.
TWO_BALANCES_OF_ONE_YEAR = [
    (
        "In 2018, Brazil's exports to China totalled US$63.93 billion and its imports from China "
        "US$34.74 billion, a trade surplus of US$29.19 billion. The ministry's first release had "
        "put the 2018 surplus at US$24.3 billion.",
        "US$24.3 billion",
    ),
    (
        "En 2018, las exportaciones de Brasil a China sumaron US$ 63.930 millones y sus "
        "importaciones desde China US$ 34.740 millones, con un superávit comercial de US$ 29.190 "
        "millones. El primer informe del ministerio había cifrado el superávit de 2018 en US$ "
        "24.300 millones.",
        "US$ 24.300 millones",
    ),
    (
        "Em 2018, as exportações do Brasil para a China somaram US$ 63,93 bilhões e as "
        "importações US$ 34,74 bilhões, com um superávit comercial de US$ 29,19 bilhões. O "
        "primeiro boletim do ministério tinha posto o superávit de 2018 em US$ 24,3 bilhões.",
        "US$ 24,3 bilhões",
    ),
]


@pytest.mark.parametrize(("text", "figure"), TWO_BALANCES_OF_ONE_YEAR)
def test_a_balance_the_parts_make_does_not_clear_another_of_the_same_year(kb, text, figure):
    result = one(check(text, kb), figure)
    assert result.verdict is Verdict.INCONSISTENT, result.reason
    assert result.rule_id == "parts-total"
    assert "29.19, not" in result.reason or "29,190, not" in result.reason


def _parts_flagged(text: str, undated: str) -> list[str]:
    """The one-paragraph parts check of `text`, the figure `undated` left with no period (as the
    extractor leaves "Com isso, o saldo … desceu para 17 796 milhões" of a real text; a short
    text lends it the paragraph's year, so it is taken off here, as in test_rules_survivors_s18)."""
    from chinalac.claims.check import _fact_index
    from chinalac.claims.extract import extract
    from chinalac.claims.rules.base import CheckContext
    from chinalac.claims.rules.parts_total import PartsTotal

    knowledge = tiny_knowledge()
    claims = [
        dataclasses.replace(c, period=None) if c.text == undated else c
        for c in extract(text, knowledge)
    ]
    context = CheckContext(claims, knowledge, _fact_index(knowledge))
    found = {claim_id for claim_id, _ in PartsTotal()._parts(context)}
    return [c.text for c in claims if c.claim_id in found]


PARTS_2018 = (
    "Em 2018, as exportações do Brasil para a China somaram US$ 63,93 bilhões e as importações "
    "US$ 34,74 bilhões."
)


def test_a_fitting_balance_of_another_year_clears_one_with_no_period():
    # The parts make 2017's 29.19: the balance with no period (20) is another year's.
    text = (
        PARTS_2018 + " Com isso, o saldo desceu para US$ 20 bilhões, de US$ 29,19 bilhões em 2017."
    )
    assert _parts_flagged(text, "US$ 20 bilhões") == []
    # … and one with no period that the parts make (29.19) clears the dated one they do not.
    text = (
        PARTS_2018 + " O saldo chegou assim a US$ 29,19 bilhões, contra US$ 24,3 bilhões em 2018"
        " no primeiro boletim."
    )
    assert _parts_flagged(text, "US$ 29,19 bilhões") == []
    # Guard: with its period, the balance the parts make leaves the other of 2018 inconsistent.
    assert _parts_flagged(text, "") == ["US$ 24,3 bilhões"]


# --- commitments: a delivered figure is a level, its bound applies as written --------------------
# 2015's delivered trade (236.5 bn toward the Brasília goal of 500 bn) bears out "more than 200
# billion"; the target does not (a bound bears a target out only when its number is the target's).

MORE_THAN_DELIVERED = [
    (
        "In 2015, trade between China and Latin America topped US$ 200 billion, still far from "
        "the US$ 500 billion target set in Brasília.",
        "topped US$ 200 billion",
    ),
    (
        "En 2015, el comercio entre China y América Latina superó los US$ 200.000 millones, aún "
        "lejos de la meta de US$ 500.000 millones fijada en Brasilia.",
        "superó los US$ 200.000 millones",
    ),
    (
        "Em 2015, o comércio entre a China e a América Latina superou US$ 200 bilhões, ainda "
        "longe da meta de US$ 500 bilhões fixada em Brasília.",
        "superou US$ 200 bilhões",
    ),
]


@pytest.mark.parametrize(("text", "figure"), MORE_THAN_DELIVERED)
def test_a_bound_is_borne_out_by_the_level_delivered(kb, text, figure):
    result = one(check(text, kb), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert result.rule_id == "commitments"
    assert result.reason.startswith("matches the delivered of commitment brasilia2014_trade_500bn")


# --- store_facts._revised_with_bound: which rows are editions of the figure's year --------------


def knowledge_of(rows, precision, note=None) -> KnowledgeView:
    """An inline knowledge view whose facts carry a published precision ("lower bound", "year
    to date") and a note (an edition: "2016 vintage"), which conftest's tiny_knowledge leaves
    empty."""
    facts = pd.DataFrame(rows, columns=FACT_COLUMNS).assign(
        precision=precision, note=note or [""] * len(rows)
    )
    return KnowledgeView.from_frames(
        origin="inline",
        facts=facts,
        metrics=METRICS,
        countries=COUNTRIES,
        country_names=pd.DataFrame(columns=["name", "iso3", "lang"]),
        sources=pd.DataFrame(
            [("S1", "Source one"), ("S2", "Source two")], columns=["source_id", "title"]
        ),
    )


# Mexico's trade with China in 2025: the full year (S1) and a year to date whose months are not
# stated (S2). In March 2026, 2025 is a closed year: the year to date is no edition of it, and a
# figure the full year refutes (over a quarter off, past the two sides' usual gap) stays refuted.
MEXICO_2025 = [
    fact("full", "trade_total", "MEX", "2025-01", "2025-12", 110000.0, "usd_m", "S1"),
    fact("ytd", "trade_total", "MEX", "2025-01", "2025-12", 80000.0, "usd_m", "S2"),
]
MEXICO_PRECISION = ["", "year to date"]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Mexico City, March 12, 2026 — Mexico's trade with China reached US$150 billion in "
            "2025.",
            "US$150 billion",
        ),
        (
            "Ciudad de México, 12 de marzo de 2026 — El comercio de México con China llegó a "
            "150.000 millones de dólares en 2025.",
            "150.000 millones de dólares",
        ),
        (
            "Cidade do México, 12 de março de 2026 — O comércio do México com a China chegou a "
            "US$ 150 bilhões em 2025.",
            "US$ 150 bilhões",
        ),
    ],
)
def test_a_year_to_date_is_no_edition_of_a_closed_year(text, figure):
    result = one(check(text, knowledge_of(MEXICO_2025, MEXICO_PRECISION)), figure)
    assert result.verdict is Verdict.CONTRADICTED, result.reason
    assert "110,000 usd_m" in result.reason


# Lending to the region in 2015: two editions of one database published as lower bounds ("over
# 21", "over 29") hold 24.6 between them; a figure of the database with no period does not refute
# it (the editions revise each other).
EDITIONS_AS_BOUNDS = [
    fact("b16", "loans_total", "LAC", "2015-01-01", "2015-12-31", 21.0, "usd_bn", "S1", reporter="CLDB"),
    fact("b19", "loans_total", "LAC", "2015-01-01", "2015-12-31", 29.0, "usd_bn", "S2", reporter="CLDB"),
    fact("undated", "loans_total", "LAC", "", "", 15.0, "usd_bn", "S2", reporter="CLDB"),
]  # fmt: skip


def test_a_figure_between_two_bound_editions_is_not_refuted():
    knowledge = knowledge_of(
        EDITIONS_AS_BOUNDS,
        ["lower bound", "lower bound", ""],
        ["2016 vintage", "2019 vintage", "2022 vintage"],
    )
    text = "February 23, 2017 — Washington\n\nIn 2015, Chinese loans to Latin America totaled US$24.6 billion."
    result = one(check(text, knowledge), "US$24.6 billion")
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason
    assert "vintages of one database" in result.reason
    assert result.reason.endswith("for loans_total · LAC · 2015; the text says US$24.6 billion")


# --- ranked_list: a rank over states named as examples -------------------------------------------
# No count of the set, but the first rank may still be borne out state by state: in 2024 China
# was the first partner of Brazil, Peru and Chile by every stored rank.
FIRST_OVER_EXAMPLES = [
    (
        "In 2024, Beijing was the largest trading partner of countries such as Brazil, Peru and "
        "Chile.",
        "largest trading partner",
    ),
    (
        "En 2024, Pekín fue el mayor socio comercial de países como Brasil, Perú y Chile.",
        "mayor socio comercial",
    ),
    (
        "Em 2024, Pequim foi o maior parceiro comercial de países como Brasil, Peru e Chile.",
        "maior parceiro comercial",
    ),
]


@pytest.mark.parametrize(("text", "figure"), FIRST_OVER_EXAMPLES)
def test_the_first_rank_over_example_states_is_borne_out_state_by_state(kb, text, figure):
    result = one(check(text, kb), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert result.rule_id == "ranked-list"
    assert result.reason.startswith(
        "3 states listed (BRA, PER, CHL) → every stored rank for china_partner_rank"
    )


# The words of examples are read from where the list begins: after a region named first ("Latin
# American countries such as …"), and with a listed state named earlier in the sentence ("of
# Peru, as it was of Pacific countries such as Chile, Peru and Ecuador"). In 2025 the store
# counts 3 states China leads: the list's 3 would bear it out by chance.
EXAMPLES_AFTER_OTHER_NAMES = [
    (
        "In 2025, Beijing was the largest trading partner of Latin American countries such as "
        "Brazil, Peru and Chile.",
        "largest trading partner",
    ),
    (
        "En 2025, Pekín fue el mayor socio comercial de países latinoamericanos como Brasil, Perú "
        "y Chile.",
        "mayor socio comercial",
    ),
    (
        "Em 2025, Pequim foi o maior parceiro comercial de países latino-americanos como Brasil, "
        "Peru e Chile.",
        "maior parceiro comercial",
    ),
    (
        "In 2025, Beijing was the largest trading partner of Peru, as it was of Pacific countries "
        "such as Chile, Peru and Ecuador.",
        "largest trading partner",
    ),
    (
        "En 2025, Pekín fue el mayor socio comercial del Perú, como lo fue de países del Pacífico "
        "como Chile, Perú y Ecuador.",
        "mayor socio comercial",
    ),
]


@pytest.mark.parametrize(("text", "figure"), EXAMPLES_AFTER_OTHER_NAMES)
def test_examples_after_other_names_are_no_count(kb, text, figure):
    result = one(check(text, kb), figure)
    assert result.verdict is not Verdict.SUPPORTED, result.reason
    assert all(f.rule_id != "ranked-list" for f in result.findings), result.findings


# After a rank over examples, the text's next rank over a list is still read: the plain list of
# the second sentence is the count of states China leads, borne out by the stored 3 of 2025.
EXAMPLES_THEN_A_LIST = [
    (
        "May 15, 2025 — Beijing\n\nIn 2022, Beijing was the largest trading partner of countries "
        "such as Argentina, Bolivia and Cuba. Latin America is one of Beijing's main goals; "
        "Beijing is already the largest trading partner of Brazil, Peru and Chile.",
        "largest trading partner",
    ),
    (
        "15 de maio de 2025 — Pequim\n\nEm 2022, Pequim foi o maior parceiro comercial de países "
        "como Argentina, Bolívia e Cuba. A região é um dos alvos de Pequim, que já é o maior "
        "parceiro comercial do Brasil, do Peru e do Chile.",
        "maior parceiro comercial",
    ),
]


@pytest.mark.parametrize(("text", "figure"), EXAMPLES_THEN_A_LIST)
def test_a_list_after_a_rank_over_examples_is_still_the_count(kb, text, figure):
    first, second = [r for r in check(text, kb) if r.claim.text.strip() == figure]
    assert first.verdict is Verdict.SUPPORTED, first.reason
    assert first.reason.startswith("3 states listed (ARG, BOL, CUB) → every stored rank")
    assert second.verdict is Verdict.SUPPORTED, second.reason
    assert second.reason.startswith("3 states listed (BRA, PER, CHL) → ")
    assert "matches 3 count 2025" in second.reason


# --- ties_date: a relative clause that holds the tie's event ------------------------------------
# "…, which Argentina has joined" after the date dates the main clause's act (round 28a); a
# relative clause before the date that tells the joining itself, "Argentina, which joined the
# Belt and Road in 2017", dates the joining: refuted by Argentina's memorandum of 2022.
JOINED_IN_A_RELATIVE = [
    "Argentina, which joined the Belt and Road Initiative in 2017, is one of China's main partners "
    "in the region.",
    "Argentina forma parte de la Franja y la Ruta, a la que adhirió en 2017.",
    "A Argentina, a qual aderiu à Iniciativa Cinturão e Rota em 2017, é um dos principais "
    "parceiros da China na região.",
]


@pytest.mark.parametrize("text", JOINED_IN_A_RELATIVE)
def test_a_joining_told_in_a_relative_before_its_date_is_refuted(kb, text):
    result = one(check(text, kb), "2017")
    assert result.verdict is Verdict.CONTRADICTED, result.reason
    assert result.rule_id == "ties-date"
    assert "ARG bri_mou" in result.reason


# The event's verb may open the sentence: "Established in 2016, Panama's relations with China,
# which …" dates the relations (Panama's of 2017-06-13: refuted), the relative clause after the
# date notwithstanding.
ESTABLISHED_OPENING = [
    "Established in 2016, Panama's diplomatic relations with China, which replaced its ties with "
    "Taipei, have grown fast.",
    "Establecida en 2016, la relación diplomática de Panamá con China, a la que Taipéi respondió "
    "con protestas, creció rápido.",
    "Estabelecida em 2016, a relação diplomática do Panamá com a China, à qual Taipé reagiu com "
    "protestos, cresceu rápido.",
]


@pytest.mark.parametrize("text", ESTABLISHED_OPENING)
def test_an_event_verb_opening_the_sentence_dates_the_tie(kb, text):
    result = one(check(text, kb), "2016")
    assert result.verdict is Verdict.CONTRADICTED, result.reason
    assert result.rule_id == "ties-date"
    assert "PAN diplomatic_relations_prc" in result.reason


# A relative clause whose words lead to a state's year in brackets ("which Panama (2017) and Chile
# (2018) joined early") lists the states' own dates: not another event's (the year of a listed
# state, as `_date_of_another_event` reads "Panama (2017), …"). The Spanish and Portuguese shapes
# ("que Panamá (2017) y …") read no year in the brackets.
def test_a_states_year_in_brackets_inside_a_relative_clause_is_its_own(kb):
    text = (
        "The Belt and Road Initiative, which Panama (2017) and Chile (2018) joined early, now "
        "counts 22 members in the region."
    )
    result = one(check(text, kb), "2017")
    # Disputed since stop 49: a row flagged CONFLICT dates Panama's memorandum 2018-12-03.
    assert result.verdict is Verdict.DISPUTED, result.reason
    assert result.reason.startswith("the ties table dates it 2017-11-17 (PAN bri_mou")


# --- ties_date._anniversary_day: the count of years is the one after the day --------------------
# "Tras dos años de obras, el pasado 21 de agosto se cumplieron seis años desde que …" (August
# 2024): the day dates back by the six years the sentence says it completed (El Salvador's
# relations of 2018-08-21), not by another duration written before it.
COUNT_AFTER_ANOTHER_DURATION = [
    (
        "After two years of works, August 21 marked six years since El Salvador and China "
        "established diplomatic relations.",
        "August 21",
    ),
    (
        "Tras dos años de obras, el pasado 21 de agosto se cumplieron seis años desde que China y "
        "El Salvador establecieron relaciones diplomáticas.",
        "21 de agosto",
    ),
]


@pytest.mark.parametrize(("text", "figure"), COUNT_AFTER_ANOTHER_DURATION)
def test_the_anniversary_day_counts_back_the_years_it_completes(kb, text, figure):
    result = one(check(text, kb, date="2024-08-25"), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert result.reason.startswith("the ties table dates it 2018-08-21: SLV")


# --- ties_rank._own_event_without_tie: the event's words end at the next ordinal ---------------
# "the first to support China's entry into the WTO and the first … to sign a free trade
# agreement": the FTA named in the next clause is not the first ordinal's event.
SUPPORT_BEFORE_THE_FTA = [
    (
        "Chile was the first to support China's entry into the World Trade Organization and the "
        "first South American country to sign a free trade agreement with it.",
        "first",
    ),
    (
        "Chile fue el primero en apoyar el ingreso de China a la OMC y el primer país "
        "sudamericano en firmar un tratado de libre comercio con ella.",
        "primero",
    ),
]


@pytest.mark.parametrize(("text", "figure"), SUPPORT_BEFORE_THE_FTA)
def test_an_ordinals_own_event_ends_before_the_next_ordinal(kb, text, figure):
    result = one(check(text, kb), figure)
    assert result.verdict is not Verdict.SUPPORTED, result.reason
    assert all(f.rule_id != "ties-rank" for f in result.findings), result.findings


# --- ties_date.check: a tie with another partner skips its own claim only (check__mutmut_69) ----
# The lead, after batch 03 ended: `continue` → `break` left every later claim of the text
# unjudged once a year of a tie with another partner was met.


@pytest.mark.parametrize(
    "text",
    [
        "Chile signed a free trade agreement with the United States in 2003. Chile and China "
        "signed their free trade agreement in 2005.",
        "Chile firmó un tratado de libre comercio con Estados Unidos en 2003. Chile y China "
        "firmaron su tratado de libre comercio en 2005.",
    ],
)
def test_a_tie_with_another_partner_leaves_the_next_claims_judged(kb, text):
    (later,) = [r for r in check(text, db=kb) if r.claim.text == "2005"]
    assert later.verdict is Verdict.SUPPORTED, later.reason
