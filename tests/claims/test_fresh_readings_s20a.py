"""General readings found on the fresh dev texts 157-163 of the unseen set (branch
issue-15-s20a: English pages the store took nothing from), each with real-shaped sentences (our
own) in EN, ES and PT, checked against the package's knowledge base.

* A rank that orders no state is no tie's dated rank: "Nicaragua was the first Central American
  country to establish diplomatic relations with China, in 1986, during Daniel Ortega's first
  term" had "first term" refuted by Nicaragua's 1985 tie (the sentence's year is the period of
  both ranks); a term of office, a year in power or a visit is not a state's place in an order.
* A scope named in a rank's complement: "the second-largest destination for Ecuador's non-oil
  exports" was borne out by the stored rank of all of Ecuador's exports.
* Years in brackets after listed states: "Panama (2017), the Dominican Republic (2018), El
  Salvador (2018) and Nicaragua (2021) established diplomatic relations with China" were set
  aside as citations ("Gallagher (2016)") and read as nothing.
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from tests.claims.conftest import one

# --- a rank that orders no state -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "rank"),
    [
        (
            "Nicaragua was the first Central American country to establish diplomatic relations"
            " with China, in 1986, during Daniel Ortega's first term.",
            "first term",
        ),
        (
            "Nicaragua fue el primer país centroamericano en establecer relaciones diplomáticas"
            " con China, en 1986, durante el primer mandato de Daniel Ortega.",
            "primer mandato",
        ),
        (
            "A Nicarágua foi o primeiro país centro-americano a estabelecer relações diplomáticas"
            " com a China, em 1986, durante o primeiro mandato de Daniel Ortega.",
            "primeiro mandato",
        ),
        (
            "Costa Rica established diplomatic relations with China in 2009, during Óscar Arias's"
            " second term.",
            "second term",
        ),
        (
            "Costa Rica estableció relaciones diplomáticas con China en 2009, durante el segundo"
            " mandato de Óscar Arias.",
            "segundo mandato",
        ),
        (
            "A Costa Rica estabeleceu relações diplomáticas com a China em 2009, durante o segundo"
            " mandato de Óscar Arias.",
            "segundo mandato",
        ),
    ],
)
def test_a_term_of_office_is_no_dated_rank_of_the_tie(kb, text, rank):
    result = one(check(text, kb), rank)
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason


@pytest.mark.parametrize(
    ("text", "rank"),
    [
        (
            "Cuba was the first country in Latin America to establish diplomatic relations with"
            " China, in 1961, during Fidel Castro's second year in power.",
            "second year",
        ),
        (
            "Cuba fue el primer país de América Latina en establecer relaciones diplomáticas con"
            " China, en 1961, durante el segundo año de Fidel Castro en el poder.",
            "segundo año",
        ),
        (
            "Cuba foi o primeiro país da América Latina a estabelecer relações diplomáticas com a"
            " China, em 1961, durante o segundo ano de Fidel Castro no poder.",
            "segundo ano",
        ),
    ],
)
def test_a_year_in_power_is_no_dated_rank_of_the_tie(kb, text, rank):
    result = one(check(text, kb), rank)
    assert result.verdict is not Verdict.CONTRADICTED, result.reason


@pytest.mark.parametrize(
    ("text", "rank"),
    [
        # The state's own rank keeps the sentence's year and is refuted by it (guards).
        (
            "Nicaragua was the first Central American country to establish diplomatic relations"
            " with China, in 1986, during Daniel Ortega's first term.",
            "first Central American country",
        ),
        (
            "Nicaragua fue el primer país centroamericano en establecer relaciones diplomáticas"
            " con China, en 1986, durante el primer mandato de Daniel Ortega.",
            "primer país centroamericano",
        ),
        (
            "A Nicarágua foi o primeiro país centro-americano a estabelecer relações diplomáticas"
            " com a China, em 1986, durante o primeiro mandato de Daniel Ortega.",
            "primeiro país centro-americano",
        ),
    ],
)
def test_the_states_own_dated_rank_is_still_judged(kb, text, rank):
    result = one(check(text, kb), rank)
    assert result.verdict is Verdict.CONTRADICTED, result.reason


def test_a_first_the_store_records_is_still_borne_out(kb):
    # Guard: "the first country … in 1960" stays one dated rank, borne out by the first_year fact.
    text = "Cuba was the first country to establish diplomatic relations with China, in 1960."
    assert one(check(text, kb), "first country").verdict is Verdict.SUPPORTED


# --- a scope named in the rank's complement --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "rank"),
    [
        (
            "China was the second-largest destination for Ecuador's non-oil exports in 2021.",
            "second-largest destination",
        ),
        (
            "China fue el segundo destino de las exportaciones no petroleras de Ecuador en 2021.",
            "segundo destino",
        ),
        (
            "A China foi o segundo destino das exportações não petrolíferas do Equador em 2021.",
            "segundo destino",
        ),
    ],
)
def test_a_rank_for_part_of_the_exports_is_not_borne_out_by_all_exports(kb, text, rank):
    result = one(check(text, kb), rank)
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason


@pytest.mark.parametrize(
    ("text", "rank"),
    [
        # No part named, or the part in another clause: the stored rank bears it out (guards).
        ("China was the second-largest destination for Ecuador's exports in 2021.",
         "second-largest destination"),
        ("China fue el segundo destino de las exportaciones de Ecuador en 2021.", "segundo destino"),
        ("A China foi o segundo destino das exportações do Equador em 2021.", "segundo destino"),
        ("China was the second-largest destination for Ecuador's exports in 2021, and its"
         " non-oil sales grew.", "second-largest destination"),
    ],
)  # fmt: skip
def test_a_rank_of_all_exports_is_still_borne_out(kb, text, rank):
    result = one(check(text, kb), rank)
    assert result.verdict is Verdict.SUPPORTED, result.reason


# --- years in brackets after listed states ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Then Panama (2017), the Dominican Republic (2018), El Salvador (2018) and Nicaragua"
        " (2021) established diplomatic relations with China.",
        "Luego Panamá (2017), República Dominicana (2018), El Salvador (2018) y Nicaragua (2021)"
        " establecieron relaciones diplomáticas con China.",
        "Depois, o Panamá (2017), a República Dominicana (2018), El Salvador (2018) e a Nicarágua"
        " (2021) estabeleceram relações diplomáticas com a China.",
    ],
)
def test_years_in_brackets_after_listed_states_date_each_states_tie(kb, text):
    results = check(text, kb)
    dated = [(r.claim.text.strip(), r.claim.entity, r.verdict) for r in results]
    assert dated == [
        ("2017", "PAN", Verdict.SUPPORTED),
        ("2018", "DOM", Verdict.SUPPORTED),
        ("2018", "SLV", Verdict.SUPPORTED),
        ("2021", "NIC", Verdict.SUPPORTED),
    ], [(r.claim.text, r.claim.entity, r.verdict, r.reason) for r in results]


@pytest.mark.parametrize(
    "text",
    [
        # Citations stay citations, and one state with a bracketed year is no list (guards).
        "Gallagher (2016) and Myers (2018) count Chinese loans to Venezuela.",
        "Según Gallagher (2016) y Myers (2018), los préstamos chinos a Venezuela crecieron.",
        "Segundo Gallagher (2016) e Myers (2018), os empréstimos chineses à Venezuela cresceram.",
        "Panama (2017) established diplomatic relations with China.",
    ],
)
def test_citations_and_a_single_bracketed_year_are_not_read(kb, text):
    assert [r.claim.text for r in check(text, kb)] == []


# --- the 2025 pledges: "training spots", and the other pledges of one plan --------------------


def test_training_spots_are_training_places(kb):
    text = (
        "May 13, 2025 — Over the next three years China plans to offer 3,500 government-funded"
        " scholarships and 10,000 training spots in China."
    )
    result = one(check(text, kb), "10,000 training spots")
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert "beijing2025_training_10000" in result.reason


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # Spanish and Portuguese already name the metric (guards).
        (
            "13 de mayo de 2025 — En los próximos tres años China ofrecerá 3.500 becas"
            " gubernamentales y 10.000 plazas de formación en China.",
            "10.000 plazas",
        ),
        (
            "13 de maio de 2025 — Nos próximos três anos a China oferecerá 3.500 bolsas"
            " governamentais e 10.000 vagas de formação na China.",
            "10.000 vagas",
        ),
    ],
)
def test_training_places_in_spanish_and_portuguese_are_still_read(kb, text, figure):
    assert one(check(text, kb), figure).verdict is Verdict.SUPPORTED


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "May 13, 2025 — China will offer CELAC countries 300 training places in poverty"
            " reduction in 2025-2027, Xi Jinping pledged at the fourth ministerial meeting.",
            "300 training places",
        ),
        (
            "13 de mayo de 2025 — China ofrecerá a los países de la CELAC 300 plazas de formación"
            " en reducción de la pobreza en 2025-2027, prometió Xi Jinping en la cuarta reunión"
            " ministerial.",
            "300 plazas",
        ),
        (
            "13 de maio de 2025 — A China oferecerá aos países da CELAC 300 vagas de formação em"
            " redução da pobreza em 2025-2027, prometeu Xi Jinping na quarta reunião ministerial.",
            "300 vagas",
        ),
    ],
)
def test_another_pledge_of_the_same_plan_is_no_miss(kb, text, figure):
    result = one(check(text, kb), figure)
    assert result.verdict is not Verdict.CONTRADICTED, result.reason


def test_another_pledge_of_the_same_plan_named_by_its_topic_is_borne_out(kb):
    text = (
        "May 13, 2025 — Over the next three years China plans to offer 500 scholarships for"
        " Chinese international teachers and 300 training spots for technical talents working"
        " to alleviate poverty."
    )
    results = check(text, kb)
    for figure, pledge in (
        ("500 scholarships", "beijing2025_chinese_teacher_scholarships_500"),
        ("300 training spots", "beijing2025_poverty_reduction_training_300"),
    ):
        result = one(results, figure)
        assert result.verdict is Verdict.SUPPORTED, result.reason
        assert pledge in result.reason


def test_a_figure_of_no_pledge_of_the_plan_is_still_refuted(kb):
    # Guard: 400 is no target of the 2025 plan (the 400 master's places are Brasília 2014's).
    text = (
        "13 de maio de 2025 — A China oferecerá aos países da CELAC 400 vagas de formação em"
        " 2025-2027, prometeu Xi Jinping na quarta reunião ministerial."
    )
    assert one(check(text, kb), "400 vagas").verdict is Verdict.CONTRADICTED


def test_a_pledged_figure_of_no_metric_is_borne_out_by_a_pledge_stored_with_none(kb):
    text = (
        "May 13, 2025 — He also promised to invite 300 political party officials from CELAC"
        " member states to China every year."
    )
    result = one(check(text, kb), "300 political party officials")
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert "beijing2025_party_members_300_per_year" in result.reason


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # A yearly target and "over the next three years" (per year or in all? as u040), and a
        # pledge made ten years after the article (guards).
        (
            "May 13, 2025 — Over the next three years, China will invite 300 party members from"
            " CELAC states to visit China.",
            "300 party members",
        ),
        (
            "May 13, 2015 — China pledged 500 scholarships for Chinese language teachers over the"
            " next three years.",
            "500 scholarships",
        ),
    ],
)
def test_a_pledge_of_another_scope_or_time_bears_out_nothing(kb, text, figure):
    assert one(check(text, kb), figure).verdict is Verdict.UNVERIFIABLE


# --- a date of relations with Taiwan in a sentence that also names the PRC --------------------


@pytest.mark.parametrize(
    "text",
    [
        "January 18, 2023 — Nicaragua recognised Beijing in 1985, switched back to Taiwan in 1990"
        " and re-established relations with China in 2021.",
        "Enero de 2023 — Nicaragua reconoció a Pekín en 1985, volvió a reconocer a Taiwán en 1990"
        " y restableció relaciones diplomáticas con China en 2021.",
        "Janeiro de 2023 — A Nicarágua reconheceu Pequim em 1985, voltou a reconhecer Taiwan em"
        " 1990 e restabeleceu relações diplomáticas com a China em 2021.",
        "January 18, 2023 — In 1990, when Violeta Chamorro took office, Nicaragua restored"
        " relations with Taiwan; in 2007 Costa Rica broke with Taipei and established diplomatic"
        " relations with Beijing.",
        "Enero de 2023 — En 1990 Nicaragua restableció relaciones diplomáticas con Taiwán; en 2007"
        " Costa Rica rompió con Taipéi y estableció relaciones diplomáticas con Pekín.",
        "Janeiro de 2023 — Em 1990 a Nicarágua restabeleceu relações diplomáticas com Taiwan; em"
        " 2007 a Costa Rica rompeu com Taipé e estabeleceu relações diplomáticas com Pequim.",
    ],
)
def test_a_date_of_relations_with_taiwan_is_not_refuted_by_the_prc_tie(kb, text):
    results = check(text, kb)
    assert one(results, "1990").verdict is Verdict.UNVERIFIABLE, one(results, "1990").reason
    # The PRC's own dates in the same sentence are still judged (guards).
    others = [r for r in results if r.claim.text.strip() in ("2007", "2021")]
    assert others and all(r.verdict is Verdict.SUPPORTED for r in others)


@pytest.mark.parametrize(
    ("text", "year", "verdict"),
    [
        # A break with Taipei dates the PRC tie; a wrong year of the PRC tie is still refuted
        # (guards).
        ("Costa Rica broke diplomatic relations with Taiwan in 2007.", "2007", Verdict.SUPPORTED),
        (
            "Costa Rica rompió relaciones diplomáticas con Taiwán en 2007.",
            "2007",
            Verdict.SUPPORTED,
        ),
        (
            "Costa Rica established diplomatic relations with China in 2008, breaking with Taiwan.",
            "2008",
            Verdict.CONTRADICTED,
        ),
        (
            "A Costa Rica estabeleceu relações diplomáticas com a China em 2008, rompendo com"
            " Taiwan.",
            "2008",
            Verdict.CONTRADICTED,
        ),
    ],
)
def test_the_prc_tie_dated_beside_taiwan_is_still_judged(kb, text, year, verdict):
    result = one(check(text, kb), year)
    assert result.verdict is verdict, result.reason


# --- a break with Taipei dates the PRC tie; "until YEAR, when …" is that year ----------------


@pytest.mark.parametrize(
    ("text", "year"),
    [
        (
            "January 18, 2023 — For many years every SICA member recognised the island, until"
            " 2007, when Costa Rica broke with Taipei and turned to Beijing.",
            "2007",
        ),
        (
            "Enero de 2023 — Durante años todos los miembros del SICA reconocieron a la isla, hasta"
            " 2007, cuando Costa Rica rompió con Taipéi y se volcó hacia Pekín.",
            "2007",
        ),
        (
            "Janeiro de 2023 — Durante anos todos os membros do SICA reconheceram a ilha, até 2007,"
            " quando a Costa Rica rompeu com Taipé e se voltou para Pequim.",
            "2007",
        ),
        ("Honduras broke with Taiwan in March 2023.", "March 2023"),
    ],
)
def test_a_break_with_taipei_dates_the_prc_tie(kb, text, year):
    result = one(check(text, kb), year)
    assert result.verdict is Verdict.SUPPORTED, result.reason


@pytest.mark.parametrize(
    "text",
    [
        # "until 2008, when …" dates the break 2008, not "by 2008" (it failed the other way: an
        # as-of reading would bear out any later year).
        "For many years every SICA member recognised the island, until 2008, when Costa Rica"
        " broke with Taipei.",
        "Durante años todos los miembros del SICA reconocieron a la isla, hasta 2008, cuando"
        " Costa Rica rompió con Taipéi.",
        "Durante anos todos os membros do SICA reconheceram a ilha, até 2008, quando a Costa Rica"
        " rompeu com Taipé.",
    ],
)
def test_until_a_year_when_the_break_came_is_that_year(kb, text):
    result = one(check(text, kb), "2008")
    assert result.verdict is Verdict.CONTRADICTED, result.reason


def test_by_a_year_is_still_read_as_of_it(kb):
    # Guard: "By 2008, Costa Rica had established …" is borne out by the 2007 tie.
    text = "By 2008, Costa Rica had established diplomatic relations with China."
    assert one(check(text, kb), "2008").verdict is Verdict.SUPPORTED


# --- a founding year told in apposition ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "FLACSO, founded in 1957, has 18 member states and works in 13 countries of Latin America.",
        "La FLACSO, fundada en 1957, tiene 18 Estados miembros y trabaja en 13 países de América"
        " Latina.",
        "A FLACSO, criada em 1957, tem 18 Estados-membros e atua em 13 países da América Latina.",
    ],
)
def test_a_founding_year_in_apposition_is_a_claim_of_its_own(kb, text):
    assert "1957" in [r.claim.text.strip() for r in check(text, kb)]


@pytest.mark.parametrize(
    ("text", "year", "verdict"),
    [
        # The year of an established tie told so is judged as the tie's date; a year that
        # heads the sentence stays the period of its figures (guards).
        (
            "China and Colombia's diplomatic relations, established in 1980, were upgraded to a"
            " strategic partnership in 2023.",
            "1980",
            Verdict.SUPPORTED,
        ),
        (
            "Las relaciones diplomáticas entre China y Colombia, establecidas en 1980, se elevaron"
            " a asociación estratégica en 2023.",
            "1980",
            Verdict.SUPPORTED,
        ),
    ],
)
def test_an_established_tie_in_apposition_is_dated(kb, text, year, verdict):
    assert one(check(text, kb), year).verdict is verdict


def test_a_year_heading_the_counts_stays_their_period(kb):
    text = "In 1957 FLACSO had 18 member states."
    assert [r.claim.text.strip() for r in check(text, kb)] == ["18 member states"]


@pytest.mark.parametrize(
    "text",
    [
        "The People's Republic of China, founded in 1949, established diplomatic relations with"
        " Cuba in 1960.",
        "La República Popular China, fundada en 1949, estableció relaciones diplomáticas con Cuba"
        " en 1960.",
        "A República Popular da China, fundada em 1949, estabeleceu relações diplomáticas com Cuba"
        " em 1960.",
    ],
)
def test_a_founding_in_apposition_is_no_date_of_the_tie(kb, text):
    results = check(text, kb)
    assert one(results, "1949").verdict is Verdict.UNVERIFIABLE, one(results, "1949").reason
    assert one(results, "1960").verdict is Verdict.SUPPORTED


# --- another event's year in a sentence dating a tie ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Cuba, whose revolution triumphed in 1959, established diplomatic relations with China in"
        " 1960.",
        "Tras el triunfo de la revolución en 1959, Cuba estableció relaciones diplomáticas con"
        " China en 1960.",
        "Após a revolução de 1959, Cuba estabeleceu relações diplomáticas com a China em 1960.",
    ],
)
def test_another_events_year_is_no_date_of_the_tie(kb, text):
    results = check(text, kb)
    assert one(results, "1959").verdict is Verdict.UNVERIFIABLE, one(results, "1959").reason
    assert one(results, "1960").verdict is Verdict.SUPPORTED


@pytest.mark.parametrize(
    ("text", "year", "verdict"),
    [
        # The tie's own wrong year is still refuted; a listed state's year in brackets, "in force
        # since" and "went into effect" still date the tie (guards).
        (
            "After Fidel Castro took power in 1959, Cuba established diplomatic relations with"
            " China in 1961.",
            "1961",
            Verdict.CONTRADICTED,
        ),
        (
            "Honduras, que reconocía a Taiwán desde 1941, estableció relaciones diplomáticas con"
            " Pekín en 2022.",
            "2022",
            Verdict.CONTRADICTED,
        ),
        (
            "Three countries have free trade agreements with China: Chile (in force since 2006),"
            " Peru (in force since 2010) and Costa Rica (in force since 2011).",
            "2010",
            Verdict.SUPPORTED,
        ),
        (
            "China and Ecuador signed the FTA on May 11, 2023, and it went into effect on May 1,"
            " 2024.",
            "May 1, 2024",
            Verdict.SUPPORTED,
        ),
        (
            "Depois, o Panamá (2017), a República Dominicana (2018) e a Nicarágua (2021)"
            " estabeleceram relações diplomáticas com a China.",
            "2018",
            Verdict.SUPPORTED,
        ),
    ],
)
def test_the_ties_own_dates_beside_another_are_still_judged(kb, text, year, verdict):
    result = one(check(text, kb), year)
    assert result.verdict is verdict, result.reason
