"""Issue 17: tests against the tenth mutation run's survivors of `GrowthRate.check`.

A fall of one per cent or less is still a fall (its sign is the verb's), and a figure the rule
passes over (a count, "doubled") does not end the sentence's other rates.
"""

from __future__ import annotations

import re

import pytest

from chinalac.claims import Verdict, check
from tests.claims.conftest import one


@pytest.mark.parametrize(
    ("text", "rate"),
    [
        (
            "Brazil's exports to China fell 0.8% from US$10 billion in 2020 to US$9.5 billion"
            " in 2021.",
            "0.8%",
        ),
        (
            "Las exportaciones de Brasil a China cayeron un 0,8% de US$10.000 millones en 2020"
            " a US$9.500 millones en 2021.",
            "0,8%",
        ),
        (
            "As exportações do Brasil para a China caíram 0,8% de US$ 10 bilhões em 2020 para"
            " US$ 9,5 bilhões em 2021.",
            "0,8%",
        ),
    ],
)
def test_a_small_fall_is_tested_as_a_fall(kb, text, rate):
    # 10 -> 9.5 is a fall of 5 %, not 0.8 %
    found = one(check(text, kb), rate)
    assert found.verdict is Verdict.INCONSISTENT
    assert re.search(r"\(implied -?5%\)$", found.reason), found.reason


@pytest.mark.parametrize(
    "text",
    [
        "With 12 new projects, Brazil's exports to China fell 20% from US$10 billion in 2020 to"
        " US$9.5 billion in 2021.",
        "Brazil's exports to China doubled, then fell 20% from US$10 billion in 2020 to US$9.5"
        " billion in 2021.",
    ],
)
def test_a_figure_passed_over_does_not_end_the_sentences_rates(kb, text):
    assert one(check(text, kb), "20%").verdict is Verdict.INCONSISTENT


def test_a_multiplying_verb_is_never_tested(kb):
    # "doubled" is a rounded multiple: main never tests it against the sentence's levels.
    text = (
        "Brazil's exports to China doubled, then fell 20% from US$10 billion in 2020 to US$9.5"
        " billion in 2021."
    )
    assert one(check(text, kb), "doubled").verdict is Verdict.UNVERIFIABLE
