"""Readings the lead found at stop 50 by probing the checker with sentences of our own, in the
shapes issue 15 lists (real figures and dates from the store; the sentences are ours). Round 52d
left both open: Costa Rica's FTA (signed 2010-04-08, in force 2011-08-01 in the ties table)."""

from __future__ import annotations

import pytest

from chinalac.claims import check
from chinalac.claims.models import Verdict
from tests.claims.conftest import checked

# --- a month "of that year" ----------------------------------------------------------------------
# "rige desde el 1.º de agosto de ese año" was not read (the point before the ordinal mark), and
# "1 de agosto de ese año" was read as August of the article's year: the month's year is the one
# its sentence (or clause) names before it.
THAT_YEAR_MONTHS = [
    (
        "La Asamblea Legislativa aprobó el tratado en junio de 2011 y rige desde el 1.º de agosto "
        "de ese año.",
        "1.º de agosto de ese año",
    ),
    (
        "El tratado se firmó en abril de 2010; la Asamblea lo aprobó en junio de 2011 y rige desde "
        "el 1 de agosto de ese año.",
        "1 de agosto de ese año",
    ),
    (
        "Congress approved the treaty in June 2011, and it took effect on August 1 of that year.",
        "August 1 of that year",
    ),
    (
        "O Congresso aprovou o tratado em junho de 2011, e ele vigora desde 1º de agosto daquele "
        "ano.",
        "1º de agosto daquele ano",
    ),
]


@pytest.mark.parametrize(("text", "span"), THAT_YEAR_MONTHS)
def test_a_month_of_that_year_takes_the_year_named_before_it(text, span):
    result = checked(text, span, date="2025-01-13")
    period = result.claim.period
    assert (period.kind, period.start_year, period.start_month) == ("point", 2011, 8)


@pytest.mark.parametrize(
    "text",
    [
        "Rige desde el 1 de agosto de ese año.",  # no year before it: never the article's
        # two years and no clause of its own: which one is unclear
        "The treaty was signed in April 2010 and approved in June 2011, and took effect on "
        "August 1 of that year.",
    ],
)
def test_a_month_of_that_year_with_no_single_year_before_it_is_no_date(text):
    august = [
        r.claim.text
        for r in check(text, date="2025-01-13")
        if r.claim.period is not None and r.claim.period.start_month == 8
    ]
    assert not august


# --- "the agreement with China", the treaty named paragraphs before ------------------------------
# A date of "el acuerdo con China" was read as China's, so no tie was judged (round 52d, u12107):
# the state is the article's, the tie the one an earlier sentence names; borne out, never refuted.
LEAD = (
    "Costa Rica importó desde China bienes por $3.238,5 millones entre enero y octubre de 2024, "
    "desde que el tratado de libre comercio entró en vigor en 2011.\n\n"
    "China es el segundo proveedor de bienes del país, detrás de Estados Unidos.\n\n"
)
TAKEN_UP = [
    (
        LEAD + "El texto final del acuerdo con China se firmó en abril de 2010; la Asamblea "
        "Legislativa lo aprobó en junio de 2011 y rige desde el 1.º de agosto de ese año.",
        ["abril de 2010", "1.º de agosto de ese año"],
    ),
    (
        "Costa Rica's free trade agreement with China took effect in 2011. Imports from China kept "
        "growing.\n\nThe agreement with China was signed in April 2010; it took effect on August 1 "
        "of that year.",
        ["April 2010"],
    ),
    (
        "A Costa Rica tem um tratado de livre comércio com a China desde 2011. As compras "
        "cresceram.\n\nO acordo com a China foi assinado em abril de 2010.",
        ["abril de 2010"],
    ),
]


@pytest.mark.parametrize(("text", "spans"), TAKEN_UP)
def test_the_agreement_with_china_takes_up_the_treaty_named_before(text, spans):
    for span in spans:
        result = checked(text, span, date="2025-01-13")
        assert result.claim.entity == "CRI"
        assert result.verdict is Verdict.SUPPORTED, result.reason


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # a wrong month taken up is never refuted (the anaphor is a reading)
        (
            LEAD + "El texto final del acuerdo con China se firmó en abril de 2010; la Asamblea "
            "lo aprobó en junio de 2011 y rige desde el 1.º de julio de ese año.",
            "1.º de julio de ese año",
        ),
        (LEAD + "El acuerdo con China se firmó en mayo de 2009.", "mayo de 2009"),
        # an agreement with China on a topic is another agreement
        (LEAD + "El acuerdo con China sobre visados se firmó en abril de 2010.", "abril de 2010"),
    ],
)
def test_the_agreement_with_china_never_refutes_a_date(text, span):
    result = checked(text, span, date="2025-01-13")
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason


# A month "of that year" in a sentence that names no year: the one year of the sentence before
# (the ties table's rows for Suriname's Belt and Road memorandum are of 2018).
@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "Trinidad and Tobago signed the memorandum in May 2018. Suriname signed on in June that "
            "year.",
            "June that year",
        ),
        (
            "Trinidad y Tobago firmó el memorando en mayo de 2018. Surinam se sumó en junio de ese "
            "año.",
            "junio de ese año",
        ),
        (
            "Trinidad e Tobago assinou o memorando em maio de 2018. O Suriname aderiu em junho "
            "daquele ano.",
            "junho daquele ano",
        ),
    ],
)
def test_a_month_of_that_year_takes_the_year_of_the_sentence_before(text, span):
    period = checked(text, span, date="2019-10-24").claim.period
    assert (period.kind, period.start_year, period.start_month) == ("point", 2018, 6)


# --- "these 40 years", the relations named two sentences before ---------------------------------
# "Esas relaciones entraron en vigor el 2 de enero de 1980. El embajador recordó … . A su juicio,
# durante estos 40 años la cooperación …" (u10213): the span took up a tie from the sentence just
# before only, which names none. It now reaches three sentences back (Ecuador's relations: 1980).
SPAN_OF_TIES = [
    (
        "Esas relaciones diplomáticas entre Ecuador y China entraron en vigor el 2 de enero de 1980. "
        "El embajador habló ante autoridades e invitados. A su juicio, durante estos 40 años la "
        "cooperación entre ambas naciones no dejó de crecer.",
        "40 años",
    ),
    (
        "Ecuador and China established diplomatic relations on January 2, 1980. The ambassador spoke "
        "to officials and guests. In his view, over these 40 years cooperation between the two "
        "nations has kept growing.",
        "40 years",
    ),
    (
        "O Equador e a China estabeleceram relações diplomáticas em 2 de janeiro de 1980. O "
        "embaixador falou a autoridades e convidados. Para ele, ao longo destes 40 anos a cooperação "
        "entre as duas nações não parou de crescer.",
        "40 anos",
    ),
]


@pytest.mark.parametrize(("text", "span"), SPAN_OF_TIES)
def test_these_years_take_up_the_relations_named_sentences_before(text, span):
    result = checked(text, span, date="2020-01-17")
    assert result.verdict is Verdict.SUPPORTED, result.reason


@pytest.mark.parametrize(("text", "span"), SPAN_OF_TIES)
def test_these_years_off_the_relations_are_never_refuted(text, span):
    wrong = span.replace("40", "30")
    result = checked(text.replace(span, wrong), wrong, date="2020-01-17")
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason


# --- a month of "the following year"; a month alone beside another year ---------------------------
# "Peru and China signed their FTA in April 2009, and it took effect on March 1 of the following
# year": "March 1" was read in the article's year (2024) and the treaty's 2010-03-01 refuted it.
FOLLOWING_YEAR = [
    (
        "Peru and China signed their free trade agreement in April 2009, and it took effect on "
        "March 1 of the following year.",
        "March 1 of the following year",
    ),
    (
        "El TLC entre Perú y China se firmó en abril de 2009 y entró en vigor el 1 de marzo del año "
        "siguiente.",
        "1 de marzo del año siguiente",
    ),
    (
        "O TLC entre o Peru e a China foi assinado em abril de 2009 e entrou em vigor em 1º de março "
        "do ano seguinte.",
        "1º de março do ano seguinte",
    ),
]


@pytest.mark.parametrize(("text", "span"), FOLLOWING_YEAR)
def test_a_month_of_the_following_year_is_the_year_after_the_one_named(text, span):
    result = checked(text, span, date="2024-11-20")
    assert (result.claim.period.start_year, result.claim.period.start_month) == (2010, 3)
    assert result.verdict is Verdict.SUPPORTED, result.reason


# The same with no year after the day: the article's year is a guess the sentence's 2009 puts in
# doubt; never refuted.
DAY_BESIDE_ANOTHER_YEAR = [
    ("Peru signed its FTA with China in April 2009, and it took effect on March 1.", "March 1"),
    (
        "El TLC entre Perú y China se firmó en abril de 2009 y entró en vigor el 1 de marzo.",
        "1 de marzo",
    ),
    (
        "O TLC entre o Peru e a China foi assinado em abril de 2009 e entrou em vigor em 1º de "
        "março.",
        "1º de março",
    ),
]


@pytest.mark.parametrize(("text", "span"), DAY_BESIDE_ANOTHER_YEAR)
def test_a_day_with_no_year_beside_another_year_is_never_refuted(text, span):
    result = checked(text, span, date="2024-11-20")
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason
    assert "while its sentence writes 2009" in result.claim.confidence["period"]["why"]


def test_a_day_with_no_year_alone_still_reads_the_article_year():
    # guard: no other year in the sentence, the article's year is kept with confidence
    result = checked("Peru's new port opened on March 1.", "March 1", date="2024-11-20")
    assert result.claim.period.start_year == 2024
    assert result.claim.confidence["period"]["level"] == "high"


@pytest.mark.parametrize(
    ("lang", "words"),
    [("es", "mientras su oración menciona 2009"), ("pt", "enquanto sua frase menciona 2009")],
)
def test_the_doubt_of_a_day_beside_another_year_is_in_the_readers_language(lang, words):
    from chinalac.web.reasons import reason_markup

    text, span = DAY_BESIDE_ANOTHER_YEAR[1]
    result = checked(text, span, date="2024-11-20")
    rendered = str(reason_markup(result.reason, lang))
    assert words in rendered, rendered


# A day and month after "in 2018" in its sentence: the day of that year (the Dominican Republic's
# relations with the PRC: 2018-05-01), read with doubt: borne out, never refuted.
SENTENCE_YEAR_DAYS = [
    (
        "The Dominican Republic cut ties with Taiwan in 2018 and established relations with Beijing "
        "on {day}.",
        ("May 1", "June 1"),
    ),
    (
        "En 2018, República Dominicana rompió con Taiwán y estableció relaciones con China el {day}.",
        ("1 de mayo", "1 de junio"),
    ),
    (
        "Em 2018, a República Dominicana rompeu com Taiwan e estabeleceu relações com a China em "
        "{day}.",
        ("1º de maio", "1º de junho"),
    ),
]


@pytest.mark.parametrize(("text", "days"), SENTENCE_YEAR_DAYS)
def test_a_day_after_in_2018_is_of_2018(text, days):
    right, wrong = days
    result = checked(text.format(day=right), right, date="2024-06-10")
    assert (result.claim.period.start_year, result.claim.period.start_month) == (2018, 5)
    assert result.verdict is Verdict.SUPPORTED, result.reason
    result = checked(text.format(day=wrong), wrong, date="2024-06-10")
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason
