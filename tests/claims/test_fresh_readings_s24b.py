"""General readings found on the fresh dev texts 228-232 of the unseen set (branch
issue-15-s24b: Nicaragua, Central America, Cuba and the Caribbean, Bolivia, Peru), each with
real-shaped sentences (our own) in English, Spanish and Portuguese, checked against the
package's knowledge base; guards for what must not change.

* A state, a comma, "with" / "con" / "com" and a few words before a figure own the figure:
  "the Bahamas, with trade of $600 million; Trinidad and Tobago, with about $400 million" (main
  gave the 600 to Trinidad and Tobago, the nearest state, after the semicolon, and refuted it by
  T&T's stored 2010 total of 416.3: a false "contradicted"; the 239 of "and Jamaica, with
  around $239 million" went to Trinidad and Tobago too).
* A share written in words is a share of a whole, never a growth rate: "half of its trade with
  Asia", "la mitad del comercio con Asia", "a metade do comércio com a Ásia", "a third of", "un
  tercio del" (main read them as the year's trade growth and refuted them by the region's stored
  1.1 % for 2023: a false "contradicted"; text 230 has "más de la mitad de los 943 millones").
* An entry into force told right before its date is the tie's event even when the sentence
  names a study: "Un estudio … sostiene que el tratado de libre comercio entre Nicaragua y China,
  vigente desde enero de 2024, …" (main took "estudio" / "study" / "estudo" for talks and left
  the date unjudged; u3350).
* A published flow counted with services ("goods and services": MIFIC's 82.1 million of
  Nicaragua's 2024 exports to China, with the free zone) bears out a matching claim and never
  refutes a plain "exports" figure, which may count goods alone (main refuted the central bank's
  47.2 million, the figure of the second page on Nicaragua that round s24b read).
* After a semicolon, "STATE, N" is an item of its own with its verb left out: "… reached $416
  million; the Bahamas, $600 million", "…; Bahamas, 600 millones", "…; as Bahamas, 600 milhões"
  (main gave the 600 to the state of the clause before; only a doubt about the metric kept it
  from refuting the 600 by Trinidad and Tobago's 416.3).
* A rank told in the present, its clause undated, takes the year of the flow the next
  coordinated clause dates, as a likely reading (it may bear the rank out, never refute it):
  "China es el segundo socio comercial de Cuba, después de Venezuela, y el comercio … alcanzó en
  2010 …" (main left the rank undated and unjudged; u3369).
* "The region" after a part of it is named (the Caribbean, Central America, South America) may
  be that part: "La Habana es el primer socio … en el Caribe: el intercambio con la región pasó
  … a 4.300 millones en 2023" (main read the whole region and refuted the 4,300 million by its
  489 billion); such a reading may be borne out, never refuted.
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from tests.claims.conftest import one

# --- a state, "with" and a few words, then its figure -----------------------------------------

CARIBBEAN = [
    (
        "China's trade with the Caribbean reached $4.3 billion last year. After Cuba come the"
        " Bahamas, with trade of $600 million; Trinidad and Tobago, with about $400 million; and"
        " Jamaica, with around $239 million.",
        "$600 million",
        "around $239 million",
    ),
    (
        "El intercambio de China con el Caribe pasó a 4.300 millones de dólares el pasado año."
        " Tras Cuba vienen Bahamas, con un intercambio que llega a 600 millones de dólares;"
        " Trinidad y Tobago, con unos 400 millones de dólares; y Jamaica, con alrededor de 239"
        " millones de dólares.",
        "600 millones de dólares",
        "alrededor de 239 millones de dólares",
    ),
    (
        "O comércio da China com o Caribe chegou a 4,3 bilhões de dólares no ano passado. Depois"
        " de Cuba vêm as Bahamas, com um intercâmbio de 600 milhões de dólares; Trinidad e Tobago,"
        " com cerca de 400 milhões de dólares; e Jamaica, com cerca de 239 milhões de dólares.",
        "600 milhões de dólares",
        "cerca de 239 milhões de dólares",
    ),
]


@pytest.mark.parametrize(("text", "bahamas", "jamaica"), CARIBBEAN)
def test_state_with_a_few_words_before_its_figure_owns_it(kb, text, bahamas, jamaica):
    results = check(text, kb, date="2011-09-10")
    first = one(results, bahamas)
    assert first.claim.entity == "BHS", first.reason
    assert first.verdict is not Verdict.CONTRADICTED, first.reason
    assert one(results, jamaica).claim.entity == "JAM"


@pytest.mark.parametrize(
    "text",
    [
        "After Cuba come the Bahamas, with trade of $600 million, and Trinidad and Tobago, with"
        " $400 million, in 2010.",
        "En 2010, tras Cuba vinieron Bahamas, con un intercambio de 600 millones de dólares, y"
        " Trinidad y Tobago, con 400 millones de dólares.",
        "Em 2010, depois de Cuba vieram as Bahamas, com um intercâmbio de 600 milhões de dólares,"
        " e Trinidad e Tobago, com 400 milhões de dólares.",
    ],
)
def test_comma_list_with_a_few_words_keeps_each_state(kb, text):
    results = check(text, kb, date="2011-09-10")
    six = next(r for r in results if r.claim.text.strip().startswith(("$600", "600")))
    assert six.claim.entity == "BHS", six.reason
    assert six.verdict is not Verdict.CONTRADICTED, six.reason


# Guards (pass on main too): the state named right before its figure keeps it, with or without
# words between, and a state after "tras" / "after" with no figure of its own takes none.


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "In 2010, Trinidad and Tobago, with trade of $600 million, came second in China's"
            " trade with the Caribbean.",
            "$600 million",
        ),
        (
            "En 2010, Trinidad y Tobago, con un intercambio de 600 millones de dólares, ocupó el"
            " segundo lugar en el comercio de China con el Caribe.",
            "600 millones de dólares",
        ),
        (
            "Em 2010, Trinidad e Tobago, com um intercâmbio de 600 milhões de dólares, ficou em"
            " segundo lugar no comércio da China com o Caribe.",
            "600 milhões de dólares",
        ),
        (
            "En 2010, tras Cuba vinieron Bahamas y Trinidad y Tobago, con unos 400 millones de"
            " dólares.",
            "unos 400 millones de dólares",
        ),
    ],
)
def test_state_before_its_figure_guards(kb, text, figure):
    result = one(check(text, kb, date="2011-09-10"), figure)
    assert result.claim.entity == "TTO", result.reason


# --- a share in words is no growth rate ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "In 2023 China's trade with Latin America reached $489 billion, half of its trade with"
            " Asia.",
            "half",
        ),
        (
            "In 2023 China's trade with Latin America reached $489 billion, a third of its trade"
            " with Asia.",
            "a third",
        ),
        (
            "En 2023 el comercio de China con América Latina llegó a 489.000 millones de dólares,"
            " la mitad del comercio con Asia.",
            "la mitad",
        ),
        (
            "En 2023 el comercio de China con América Latina llegó a 489.000 millones de dólares,"
            " un tercio del comercio con Asia.",
            "un tercio",
        ),
        (
            "Em 2023 o comércio da China com a América Latina chegou a 489 bilhões de dólares, a"
            " metade do comércio com a Ásia.",
            "a metade",
        ),
    ],
)
def test_share_in_words_is_no_growth_rate(kb, text, figure):
    result = one(check(text, kb, date="2024-03-01"), figure)
    assert result.claim.metric is None or not result.claim.metric.endswith("_growth")
    assert result.verdict is not Verdict.CONTRADICTED, result.reason


# Guards (pass on main too): a growth rate in digits is still read and refuted or borne out.


@pytest.mark.parametrize(
    ("text", "figure", "verdict"),
    [
        ("In 2023 China's trade with Latin America grew 1.1%.", "1.1%", Verdict.SUPPORTED),
        (
            "En 2023 el comercio de China con América Latina creció 5%.",
            "5%",
            Verdict.CONTRADICTED,
        ),
        (
            "Em 2023 o comércio da China com a América Latina cresceu 1,1%.",
            "1,1%",
            Verdict.SUPPORTED,
        ),
    ],
)
def test_growth_in_digits_guards(kb, text, figure, verdict):
    result = one(check(text, kb, date="2024-03-01"), figure)
    assert result.verdict is verdict, result.reason


# --- an entry into force in a sentence that names a study ---------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "A study of the foundation argues that the free trade agreement between Nicaragua and"
            " China, in force since January 2024, has widened the deficit.",
            "January 2024",
        ),
        (
            "Un estudio de la fundación sostiene que el tratado de libre comercio entre Nicaragua y"
            " China, vigente desde enero de 2024, ha agudizado el déficit.",
            "enero de 2024",
        ),
        (
            "Um estudo da fundação afirma que o tratado de livre comércio entre a Nicarágua e a"
            " China, em vigor desde janeiro de 2024, ampliou o déficit.",
            "janeiro de 2024",
        ),
    ],
)
def test_entry_into_force_beside_a_study_is_dated(kb, text, figure):
    result = one(check(text, kb, date="2025-10-30"), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason


# Guards (pass on main too): the date of talks stays the talks', and a month other than the
# stored one after "since" refutes nothing.


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Honduras y China iniciaron negociaciones de un tratado de libre comercio en julio de"
            " 2023.",
            "julio de 2023",
        ),
        (
            "Honduras and China launched talks on a free trade agreement in July 2023.",
            "July 2023",
        ),
        (
            "Un estudio sostiene que el tratado de libre comercio entre Nicaragua y China, vigente"
            " desde marzo de 2024, agravó el déficit.",
            "marzo de 2024",
        ),
    ],
)
def test_talks_and_since_dates_guards(kb, text, figure):
    result = one(check(text, kb, date="2025-10-30"), figure)
    assert result.verdict is not Verdict.CONTRADICTED, result.reason
    assert result.verdict is not Verdict.SUPPORTED, result.reason


# --- a flow counted with services never refutes a goods figure ----------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Nicaragua's exports to China were $47.2 million in 2024, according to the central"
            " bank.",
            "$47.2 million",
        ),
        (
            "Según el Banco Central de Nicaragua, las exportaciones de Nicaragua hacia China en"
            " 2024 fueron de 47.2 millones de dólares.",
            "47.2 millones de dólares",
        ),
        (
            "As exportações da Nicarágua para a China foram de 47,2 milhões de dólares em 2024.",
            "47,2 milhões de dólares",
        ),
    ],
)
def test_flow_with_services_never_refutes_goods(kb, text, figure):
    result = one(check(text, kb, date="2025-08-11"), figure)
    assert result.verdict is not Verdict.CONTRADICTED, result.reason


# Guards (pass on main too): such a row still bears out its own value.


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Las exportaciones de Nicaragua hacia China fueron de 82.1 millones de dólares en"
            " 2024.",
            "82.1 millones de dólares",
        ),
        ("Nicaragua's exports to China reached $82.1 million in 2024.", "$82.1 million"),
        (
            "México importó de China 118 mil 696 millones de dólares en 2022.",
            "118 mil 696 millones de dólares",
        ),
    ],
)
def test_flow_with_services_still_supports_guards(kb, text, figure):
    result = one(check(text, kb, date="2025-08-11"), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason


# --- "; STATE, N": an item with its verb left out ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "In 2010 Trinidad and Tobago's trade with China reached $416 million; the Bahamas,"
            " $600 million.",
            "$600 million",
        ),
        (
            "En 2010 el intercambio de Trinidad y Tobago con China llegó a 416 millones de dólares;"
            " Bahamas, 600 millones de dólares.",
            "600 millones de dólares",
        ),
        (
            "Em 2010 o comércio de Trinidad e Tobago com a China chegou a 416 milhões de dólares;"
            " as Bahamas, 600 milhões de dólares.",
            "600 milhões de dólares",
        ),
    ],
)
def test_item_after_semicolon_owns_its_figure(kb, text, figure):
    results = check(text, kb, date="2011-09-10")
    result = one(results, figure)
    assert result.claim.entity == "BHS", result.reason
    assert result.verdict is not Verdict.CONTRADICTED, result.reason


# Guards (pass on main too): "and STATE, N" as before; the first item keeps its state.


@pytest.mark.parametrize(
    ("text", "figure", "entity"),
    [
        (
            "In 2010 Trinidad and Tobago's trade with China reached $416 million and the Bahamas,"
            " $600 million.",
            "$600 million",
            "BHS",
        ),
        (
            "En 2010 el intercambio de Trinidad y Tobago con China llegó a 416 millones de dólares;"
            " Bahamas, 600 millones de dólares.",
            "416 millones de dólares",
            "TTO",
        ),
    ],
)
def test_item_after_semicolon_guards(kb, text, figure, entity):
    assert one(check(text, kb, date="2011-09-10"), figure).claim.entity == entity


# --- a present rank beside the year of the sentence's flow --------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "China is Cuba's second trading partner, after Venezuela, and trade between them"
            " reached $1.8 billion in 2010.",
            "second trading partner",
        ),
        (
            "China es el segundo socio comercial de Cuba, después de Venezuela, y el comercio de"
            " bienes entre ambos alcanzó en 2010 los 1.800 millones de dólares.",
            "segundo socio comercial",
        ),
        (
            "A China é o segundo parceiro comercial de Cuba, depois da Venezuela, e o comércio"
            " entre os dois chegou a 1,8 bilhão de dólares em 2010.",
            "segundo parceiro comercial",
        ),
    ],
)
def test_present_rank_takes_the_year_of_the_flow_after_it(kb, text, figure):
    result = one(check(text, kb, date="2011-09-10"), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason


# Guards (pass on main too): such a year never refutes the rank, and a rank with no flow
# clause after it stays undated.


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "China es el primer socio comercial de Cuba, y el comercio entre ambos alcanzó en 2010"
            " los 1.800 millones de dólares.",
            "primer socio comercial",
        ),
        (
            "China is Cuba's largest trading partner, and trade between them reached $1.8 billion"
            " in 2010.",
            "largest trading partner",
        ),
        (
            "China es el segundo socio comercial de Cuba, después de Venezuela, según datos"
            " publicados en 2010.",
            "segundo socio comercial",
        ),
    ],
)
def test_present_rank_beside_a_year_guards(kb, text, figure):
    result = one(check(text, kb, date="2011-09-10"), figure)
    assert result.verdict is not Verdict.CONTRADICTED, result.reason


# --- "the region" after a part of it is named -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "The ambassador said Havana is the first partner in the Caribbean: trade with the region"
            " rose from $400 million in 1991 to $4.3 billion in 2023.",
            "$4.3 billion",
        ),
        (
            "La embajadora señaló que La Habana es el primer socio en el Caribe: el intercambio con"
            " la región pasó de 400 millones de dólares en 1991 a 4.300 millones en 2023.",
            "4.300 millones",
        ),
        (
            "A embaixadora disse que Havana é o primeiro parceiro no Caribe: o comércio com a região"
            " passou de 400 milhões de dólares em 1991 a 4,3 bilhões de dólares em 2023.",
            "4,3 bilhões de dólares",
        ),
    ],
)
def test_region_after_a_part_of_it_never_refutes(kb, text, figure):
    result = one(check(text, kb, date="2024-06-01"), figure)
    assert result.verdict is not Verdict.CONTRADICTED, result.reason


# Guards (pass on main too): after the whole region's name ("América Latina y el Caribe"),
# "the region" is the whole region, refuted and borne out as before.


@pytest.mark.parametrize(
    ("text", "figure", "verdict"),
    [
        (
            "China es el mayor socio de América Latina y el Caribe: el comercio con la región llegó"
            " a 300.000 millones de dólares en 2023.",
            "300.000 millones de dólares",
            Verdict.CONTRADICTED,
        ),
        (
            "China is the largest partner of Latin America and the Caribbean: trade with the region"
            " reached $489 billion in 2023.",
            "$489 billion",
            Verdict.SUPPORTED,
        ),
        (
            "A China é o maior parceiro da América Latina e do Caribe: o comércio com a região"
            " chegou a 489 bilhões de dólares em 2023.",
            "489 bilhões de dólares",
            Verdict.SUPPORTED,
        ),
    ],
)
def test_whole_region_guards(kb, text, figure, verdict):
    result = one(check(text, kb, date="2024-06-01"), figure)
    assert result.verdict is verdict, result.reason


def test_whole_region_with_do_caribe_still_refutes(kb):
    # "América Latina e do Caribe": the article before "Caribe" is part of the whole name.
    text = (
        "A China é o maior parceiro da América Latina e do Caribe: o comércio com a região chegou"
        " a 300 bilhões de dólares em 2023."
    )
    result = one(check(text, kb, date="2024-06-01"), "300 bilhões de dólares")
    assert result.verdict is Verdict.CONTRADICTED, result.reason
