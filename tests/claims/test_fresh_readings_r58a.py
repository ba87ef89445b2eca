"""General readings found on the fresh dev texts 607-608 of the unseen set (branch round-r58a:
Global Americans on Peru joining the Belt and Road, April 2019, and People's Daily on Xi Jinping's
state visit to Chile, November 2016), each with real-shaped sentences (our own) in the languages
where the reading applies, checked against the package's knowledge base.

* A figure of one project (facts.csv's project_id: the port of Chancay inaugurated 2024-11-14)
  is about a claim only when its sentence, or the one before it, names the project: an office,
  a hospital or a summit "opened" in Peru in 2019 is no date of the port (text 607: "just as
  Beijing opened its Belt and Road summit" put the announcement of April 24, 2019 against the
  port's 2024, and only the distance of "opened" from the date kept main from refuting it; with
  the verb nearer, main refuted each). With the port named, it is judged as before.
* English "March of 2010" (a month, "of", a year) is a month as "March 2010" and "marzo de 2010"
  are (text 607: main read the year alone, and gave it to the growth rate after it as its
  period, so the FTA's entry into force went unjudged; the growth rate stays unverifiable).
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict
from tests.claims.conftest import checked

OPENINGS_OF_ANOTHER_THING = [
    ("Peru opened a trade office in Shanghai in 2019.", "2019"),
    ("Peru's president inaugurated a new hospital in Lima in 2019.", "2019"),
    (
        "China's ambassador in Lima said on April 24 that Peru would join, as Beijing opened the"
        " summit.",
        "April 24",
    ),
    ("El Perú inauguró en 2019 una oficina comercial en Shanghái.", "2019"),
    ("O Peru inaugurou em 2019 um escritório comercial em Xangai.", "2019"),
]


@pytest.mark.parametrize(("text", "span"), OPENINGS_OF_ANOTHER_THING)
def test_an_opening_in_peru_that_names_no_project_is_not_the_ports(text, span):
    result = checked(text, span, date="2019-05-10")
    assert result.verdict is Verdict.UNVERIFIABLE
    assert "chancay" not in result.reason.lower()


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Peru opened a trade office in Shanghai in 2024.", "2024"),
        ("El Perú inauguró en 2024 una oficina comercial en Shanghái.", "2024"),
    ],
)
def test_an_opening_of_the_ports_year_that_names_no_project_is_not_borne_out(text, span):
    result = checked(text, span, date="2024-12-20")
    assert result.verdict is Verdict.UNVERIFIABLE


# Guards: the port named, in the sentence or the one before, is judged as before.
@pytest.mark.parametrize(
    ("text", "span", "verdict"),
    [
        ("Peru inaugurated the Chancay port in 2023.", "2023", Verdict.CONTRADICTED),
        ("Xi Jinping inaugurated the port of Chancay in Peru in 2024.", "2024", Verdict.SUPPORTED),
        ("O porto de Chancay, no Peru, foi inaugurado em 2024.", "2024", Verdict.SUPPORTED),
        (
            "China builds the Chancay megaport in Peru. Peru's president and Xi inaugurated the"
            " port in 2024.",
            "2024",
            Verdict.SUPPORTED,
        ),
    ],
)
def test_the_port_named_is_judged_as_before(text, span, verdict):
    assert checked(text, span, date="2024-12-20").verdict is verdict


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Peru's FTA with China went into effect in March of 2010.", "March of 2010"),
        ("Peru's FTA with China entered into force in the March of 2010.", "March of 2010"),
    ],
)
def test_a_month_of_a_year_in_english_is_read_as_a_month(text, span):
    result = checked(text, span, date="2019-05-10")
    assert result.verdict is Verdict.SUPPORTED
    assert result.claim.period.start_month == 3


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Peru's FTA with China went into effect in March 2010.", "March 2010"),
        ("El TLC entre el Perú y China entró en vigor en marzo de 2010.", "marzo de 2010"),
    ],
)
def test_a_month_before_its_year_is_read_as_before(text, span):
    assert checked(text, span, date="2019-05-10").verdict is Verdict.SUPPORTED


def test_a_month_of_a_year_before_a_growth_rate_is_judged_on_its_own():
    text = (
        "Once the FTA went into effect in March of 2010, Peru's exports to China grew at an"
        " annual average of 9.6 percent."
    )
    result = checked(text, "March of 2010", date="2019-05-10")
    assert result.verdict is not Verdict.CONTRADICTED
    assert checked(text, "9.6 percent", date="2019-05-10").verdict is Verdict.UNVERIFIABLE
