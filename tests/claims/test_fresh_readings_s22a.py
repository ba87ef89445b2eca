"""General readings found on the fresh dev texts 192-198 of the unseen set (branch
issue-15-s22a: English pages the store took nothing from), each with real-shaped sentences (our
own) in EN, ES and PT, checked against the package's knowledge base.

* A break with Taipei told with words between the verb and "Taiwan" ("cut their ties with
  Taiwan", "rompieron sus relaciones con Taiwán", "cortaram os seus laços com Taiwan") names
  the state's relations with the PRC: the years of a list of states before it were unjudged.
* A date whose own words name an event is not the date of talks named elsewhere in its clause
  ("will open talks on an FTA, weeks after … breaking with Taiwan last March").
* "took effect" is an entry into force.
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from tests.claims.conftest import one

# --- a break with Taipei, with words between ---------------------------------------------------

LISTS = [
    "Costa Rica (in 2007), Panama (2017), El Salvador (2018) and Nicaragua (2021) all cut their"
    " ties with Taiwan and turned to Beijing.",
    "Costa Rica (en 2007), Panamá (2017), El Salvador (2018) y Nicaragua (2021) rompieron sus"
    " relaciones con Taiwán y se volcaron hacia Pekín.",
    "Costa Rica (em 2007), Panamá (2017), El Salvador (2018) e Nicarágua (2021) cortaram os seus"
    " laços com Taiwan e voltaram-se para Pequim.",
]


@pytest.mark.parametrize("text", LISTS)
@pytest.mark.parametrize("year", ["2007", "2017", "2018", "2021"])
def test_a_break_with_taiwan_dates_the_relations_of_each_state_listed(kb, text, year):
    result = one(check(text, kb, date="2023-05-13"), year)
    assert result.verdict is Verdict.SUPPORTED, result.reason


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Panama severed diplomatic relations with Taipei in 2017.", "2017"),
        ("Panamá rompió sus relaciones diplomáticas con Taipéi en 2017.", "2017"),
        ("O Panamá rompeu as relações diplomáticas com Taiwan em 2017.", "2017"),
        ("Nicaragua cut all its ties with Taiwan in 2021.", "2021"),
        ("Nicaragua cortó todos sus lazos con Taiwán en 2021.", "2021"),
    ],
)
def test_a_break_with_words_between_is_the_relations_tie(kb, text, figure):
    result = one(check(text, kb, date="2023-05-13"), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # Words outside the closed list between the verb and "with Taiwan": no break.
        ("Panama cut aid to the region and trade with Taiwan in 2017.", "2017"),
        ("Panamá recortó la ayuda a la región y el comercio con Taiwán en 2017.", "2017"),
        ("O Panamá cortou a ajuda à região e o comércio com Taiwan em 2017.", "2017"),
        # A state that never broke with Taipei: nothing stored to date.
        ("Paraguay refused to cut its ties with Taiwan in 2023.", "2023"),
    ],
)
def test_guard_no_break_or_no_tie_is_left_unjudged(kb, text, figure):
    result = one(check(text, kb, date="2023-05-13"), figure)
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason


# --- a date whose own words name an event, in a clause about talks -----------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Honduras will soon open talks on a free trade agreement with China, weeks after"
            " establishing diplomatic relations with Beijing and breaking with Taiwan last March.",
            "last March",
        ),
        (
            "Honduras abrirá pronto negociaciones de un tratado de libre comercio con China,"
            " semanas después de establecer relaciones diplomáticas con Pekín y romper con Taiwán"
            " en marzo pasado.",
            "en marzo pasado",
        ),
        (
            "Honduras vai abrir negociações de um acordo de livre comércio com a China, semanas"
            " depois de estabelecer relações diplomáticas com Pequim e romper com Taiwan em março"
            " passado.",
            "em março passado",
        ),
        (
            "The talks came after Nicaragua, in December 2021, recognized China as a single"
            " territory and cut all its ties with Taiwan.",
            "December 2021",
        ),
        (
            "Las negociaciones llegaron después de que Nicaragua, en diciembre de 2021, reconociera"
            " a China como territorio único y cortara todos sus lazos con Taiwán.",
            "diciembre de 2021",
        ),
        (
            "As negociações começaram depois que a Nicarágua, em dezembro de 2021, reconheceu a"
            " China como território único e cortou todos os seus laços com Taiwan.",
            "dezembro de 2021",
        ),
    ],
)
def test_a_dated_event_beside_talks_is_judged(kb, text, figure):
    result = one(check(text, kb, date="2023-09-01"), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # The date's own words are the talks': the talks are dated, no tie.
        (
            "Honduras broke with Taiwan and opened negotiations on a free trade agreement in June"
            " 2023.",
            "June 2023",
        ),
        (
            "In July 2022, China and Nicaragua launched negotiations on a free trade agreement.",
            "July 2022",
        ),
        (
            "En julio de 2022, China y Nicaragua lanzaron las negociaciones de un tratado de libre"
            " comercio.",
            "julio de 2022",
        ),
        (
            "Em julho de 2022, a China e a Nicarágua lançaram as negociações de um acordo de livre"
            " comércio.",
            "julho de 2022",
        ),
    ],
)
def test_guard_the_talks_own_date_stays_unjudged(kb, text, figure):
    result = one(check(text, kb, date="2023-09-01"), figure)
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason


def test_a_wrong_year_of_the_event_beside_talks_is_refuted(kb):
    text = (
        "The talks came after Nicaragua, in December 2019, recognized China as a single"
        " territory and cut all its ties with Taiwan."
    )
    result = one(check(text, kb, date="2023-09-01"), "December 2019")
    assert result.verdict is Verdict.CONTRADICTED, result.reason


# --- "took effect" ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Chile and China signed their free trade agreement in November 2005, and it took"
            " effect in October 2006.",
            "October 2006",
        ),
        (
            "The free trade agreement between Chile and China, signed in November 2005, took effect"
            " in October 2006.",
            "October 2006",
        ),
    ],
)
def test_took_effect_is_the_entry_into_force(kb, text, figure):
    result = one(check(text, kb, date="2012-06-01"), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "El tratado de libre comercio entre Chile y China se firmó en noviembre de 2005 y"
            " surtió efecto en octubre de 2006.",
            "octubre de 2006",
        ),
        (
            "O acordo de livre comércio entre o Chile e a China foi assinado em novembro de 2005 e"
            " entrou em vigor em outubro de 2006.",
            "outubro de 2006",
        ),
        (
            "Chile and China signed their free trade agreement in November 2005, and it took"
            " effect in October 2006.",
            "November 2005",
        ),
    ],
)
def test_guard_other_entries_into_force_and_the_signature(kb, text, figure):
    result = one(check(text, kb, date="2012-06-01"), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason


def test_took_effect_in_another_year_is_refuted(kb):
    text = (
        "Chile and China signed their free trade agreement in November 2005, and it took effect"
        " in October 2008."
    )
    result = one(check(text, kb, date="2012-06-01"), "October 2008")
    assert result.verdict is Verdict.CONTRADICTED, result.reason


# --- a hedged double ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Brazil is on course to close the year with a trade surplus of over US$50 billion with"
            " China, nearly double that of 2022.",
            "nearly double",
        ),
        (
            "The deficit adds up to 84.928 billion dollars, a sum that almost doubles the debt"
            " owed to the IMF.",
            "almost doubles",
        ),
        (
            "Brasil cerrará el año con un superávit de más de 50.000 millones de dólares con"
            " China, casi el doble del de 2022.",
            "casi el doble",
        ),
        (
            "O Brasil deve fechar o ano com um superávit de mais de US$ 50 bilhões com a China,"
            " quase o dobro do de 2022.",
            "quase o dobro",
        ),
    ],
)
def test_a_hedged_double_is_a_multiple_left_unjudged(kb, text, figure):
    result = one(check(text, kb, date="2023-12-01"), figure)
    assert result.claim.kind.value == "multiple"
    assert result.claim.value == 2
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Trade nearly doubled between 2010 and 2020.", "doubled"),
        ("El comercio casi se duplicó entre 2010 y 2020.", "duplicó"),
        ("O comércio quase dobrou entre 2010 e 2020.", "dobrou"),
    ],
)
def test_guard_a_doubling_verb_keeps_its_reading(kb, text, figure):
    result = one(check(text, kb, date="2023-12-01"), figure)
    assert result.claim.kind.value == "multiple"
    assert result.claim.value == 2


# --- "number one" is a rank of 1 (English; Spanish and Portuguese put "número uno/um" after the
# noun, a construction the rank reader does not take) -------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure", "verdict"),
    [
        (
            "In 2022 China was Argentina's number one trading partner.",
            "number one trading partner",
            Verdict.SUPPORTED,
        ),
        (
            "In 2022 China was Argentina's number-one trading partner.",
            "number-one trading partner",
            Verdict.SUPPORTED,
        ),
        # Stored ranks that differ from 1 leave it unjudged, as "top" is (never refuted).
        (
            "China was Mexico's number one trading partner in 2024.",
            "number one trading partner",
            Verdict.UNVERIFIABLE,
        ),
        (
            "Soybeans were Brazil's number one export product in 2022.",
            "number one export product",
            Verdict.UNVERIFIABLE,
        ),
    ],
)
def test_number_one_is_a_rank_of_one(kb, text, figure, verdict):
    result = one(check(text, kb, date="2025-03-01"), figure)
    assert result.claim.value == 1
    assert result.verdict is verdict, result.reason


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "En 2022 China fue el principal socio comercial de Argentina.",
            "principal socio comercial",
        ),
        (
            "Em 2022 a China foi o principal parceiro comercial da Argentina.",
            "principal parceiro comercial",
        ),
    ],
)
def test_guard_the_main_partner_in_spanish_and_portuguese(kb, text, figure):
    result = one(check(text, kb, date="2025-03-01"), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason


# --- "Counting from January 2008, … adds up to": a sum since that month -----------------------


@pytest.mark.parametrize(
    "text",
    [
        "Counting from September 2025, Argentina's trade with China adds up to 9,000 million"
        " dollars.",
        "From September 2025, Argentina's trade with China adds up to 9,000 million dollars.",
        "Starting from September 2025, Argentina's trade with China adds up to 9,000 million"
        " dollars.",
    ],
)
def test_counting_from_a_month_is_a_sum_since_it(kb, text):
    result = one(check(text, kb, date="2025-12-20"), "9,000 million dollars")
    # a since-period closed at the article's date, not the month alone
    assert result.claim.period.label() == "2025-09–2025-12", result.claim.period
    assert result.verdict is not Verdict.CONTRADICTED, result.reason


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Contando desde septiembre de 2025, el comercio de Argentina con China suma 9.000"
            " millones de dólares.",
            "9.000 millones de dólares",
        ),
        (
            "Contando a partir de setembro de 2025, o comércio da Argentina com a China soma"
            " 9.000 milhões de dólares.",
            "9.000 milhões de dólares",
        ),
    ],
)
def test_guard_desde_and_a_partir_de_were_already_sums_since(kb, text, figure):
    result = one(check(text, kb, date="2025-12-20"), figure)
    # a since-period closed at the article's date, not the month alone
    assert result.claim.period.label() == "2025-09–2025-12", result.claim.period
    assert result.verdict is not Verdict.CONTRADICTED, result.reason


@pytest.mark.parametrize(
    ("text", "figure", "label"),
    [
        ("In September 2025, Argentina's trade with China came to 3,109 million dollars.",
         "3,109 million dollars", "2025-09"),
        ("From January to June 2024, Argentina's exports to China came to 2,000 million"
         " dollars.", "2,000 million dollars", "2024-01–2024-06"),
        ("Trade with China rose 10% from 2022, to US$ 50 billion in 2023.", "US$ 50 billion",
         "2023"),
    ],
)  # fmt: skip
def test_guard_a_month_a_range_and_a_from_of_comparison_keep_their_periods(kb, text, figure, label):
    result = one(check(text, kb, date="2025-12-20"), figure)
    assert result.claim.period.label() == label, result.claim.period.label()


# --- a half of "this year" is the article's year, not a year written later ----------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "In the first half of this year, Argentina's exports to China came to 3,070 million"
            " dollars, close to the levels of 2025.",
            "3,070 million dollars",
        ),
        (
            "En el primer semestre de este año, las exportaciones de Argentina a China sumaron"
            " 3.070 millones de dólares, cerca de los niveles de 2025.",
            "3.070 millones de dólares",
        ),
        (
            "No primeiro semestre deste ano, as exportações da Argentina para a China somaram"
            " 3.070 milhões de dólares, perto dos níveis de 2025.",
            "3.070 milhões de dólares",
        ),
    ],
)
def test_a_half_of_this_year_is_the_articles_year(kb, text, figure):
    # main read January–June 2025 and bore the 2026 figure out by 2025's row (a false
    # "supported")
    result = one(check(text, kb, date="2026-08-01"), figure)
    assert result.claim.period.label() == "2026-01–2026-06", result.claim.period.label()
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "In the first half of this year, Argentina's exports to China came to 3,500 million"
            " dollars, against 3,070 million in 2025.",
            "3,070 million",
        ),
        (
            "En el primer semestre de este año, las exportaciones de Argentina a China sumaron"
            " 3.500 millones de dólares, frente a 3.070 millones en 2025.",
            "3.070 millones",
        ),
    ],
)
def test_guard_a_year_right_after_the_figure_is_its_own(kb, text, figure):
    result = one(check(text, kb, date="2026-08-01"), figure)
    assert result.claim.period.label() == "2025-01–2025-06", result.claim.period.label()
    assert result.verdict is Verdict.SUPPORTED, result.reason


# --- "the lowest since 2005": a record's reference year, not the figure's span -----------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Chinese state lending to Latin America fell to US$1.3 billion, the lowest since 2005.",
            "US$1.3 billion",
        ),
        (
            "Los préstamos chinos a América Latina cayeron a 1.300 millones de dólares, el nivel más"
            " bajo desde 2005.",
            "1.300 millones de dólares",
        ),
        (
            "Os empréstimos chineses para a América Latina caíram para US$ 1,3 bilhão, o menor"
            " nível desde 2005.",
            "US$ 1,3 bilhão",
        ),
    ],
)
def test_a_record_since_a_year_is_no_sure_span(kb, text, figure):
    # main refuted the year's lending by the stored 2005–2021 total (138 bn)
    result = one(check(text, kb, date="2022-03-01"), figure)
    assert result.verdict is not Verdict.CONTRADICTED, result.reason


@pytest.mark.parametrize(
    ("text", "figure", "verdict"),
    [
        ("Since 2005, China has lent Latin America US$ 50 billion.", "US$ 50 billion",
         Verdict.CONTRADICTED),
        ("Desde 2005, China prestó a América Latina 50.000 millones de dólares.",
         "50.000 millones de dólares", Verdict.CONTRADICTED),
        ("Since 2005, Chinese state lenders have loaned Venezuela US$ 60 billion.",
         "US$ 60 billion", Verdict.SUPPORTED),
    ],
)  # fmt: skip
def test_guard_a_span_since_a_year_keeps_its_verdict(kb, text, figure, verdict):
    result = one(check(text, kb, date="2022-03-01"), figure)
    assert result.verdict is verdict, result.reason


@pytest.mark.parametrize(
    ("text", "figure", "verdict"),
    [
        # the figure of a "when" clause is of that year: the span is a likely reading only
        ("From 2005, when China first lent US$ 30 million to Venezuela, its loans grew quickly.",
         "US$ 30 million", Verdict.UNVERIFIABLE),
        # "From 2005 to the present" (round s16b) stays a sure span
        ("From 2005 to the present, China lent Venezuela US$ 20 billion.", "US$ 20 billion",
         Verdict.CONTRADICTED),
    ],
)  # fmt: skip
def test_guard_from_a_year_is_never_refuted_unless_to_the_present(kb, text, figure, verdict):
    result = one(check(text, kb, date="2022-03-01"), figure)
    assert result.verdict is verdict, result.reason
