"""General readings found on the fresh dev texts 631-632 of the unseen set (branch round-r61b:
R7's column on visa-free entry for Brazilians and Xi Jinping's People-to-People pledges of May
2025, and Lan Heping's opinion piece in O Povo on the fourth China-CELAC ministerial, June 2025),
each with real-shaped sentences (our own) in the languages where the reading applies, checked
against the package's knowledge base.

* One list of the 2025 pledges ("3.500 bolsas de estudo governamentais, 10 mil vagas de formação
  na China, 500 bolsas de estudo para professores internacionais da língua chinesa, 300 vagas de
  formação para profissionais de redução da pobreza"): a figure read under a metric whose pledge
  holds another target (the 500 under scholarships, the 300 under training places) is matched
  with the other pledge of the same plan by the topic words of its id; those words were read in
  English only ("teacher", "scholarships", "poverty", "reduction", "training"), so main left the
  Portuguese and Spanish 500 and 300 unjudged (text 631). They are now read in the three
  languages. The reading only bears figures out.
* Two pledges of one target ("10 mil vagas de formação" told in May 2025: Lima 2016's 10,000
  places of 2017-2019 and Beijing 2025's of 2025-2027): the figure was borne out naming Lima's
  pledge first. The pledge running at the article's time is now named first (text 631); the
  verdict is the same.
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from tests.claims.conftest import one

# --- the topic words of a pledge in Spanish and Portuguese ---------------------------------

LISTS = [
    (
        "15 de maio de 2025 — Segundo Xi, a China vai oferecer aos países da Celac 3.500 bolsas"
        " de estudo governamentais, 10 mil vagas de formação na China, 500 bolsas de estudo para"
        " professores internacionais da língua chinesa e 300 vagas de formação para profissionais"
        " de redução da pobreza.",
        "500 bolsas",
        "300 vagas",
    ),
    (
        "15 de mayo de 2025 — Según Xi, China ofrecerá a los países de la Celac 3.500 becas"
        " gubernamentales, 10.000 plazas de formación en China, 500 becas para profesores"
        " internacionales de lengua china y 300 plazas de capacitación para profesionales de"
        " reducción de la pobreza.",
        "500 becas",
        "300 plazas",
    ),
]


@pytest.mark.parametrize(("text", "teachers", "poverty"), LISTS)
def test_the_pledges_of_one_list_are_read_by_their_topic_in_pt_and_es(kb, text, teachers, poverty):
    results = check(text, kb)
    for figure, pledge in (
        (teachers, "beijing2025_chinese_teacher_scholarships_500"),
        (poverty, "beijing2025_poverty_reduction_training_300"),
    ):
        result = one(results, figure)
        assert result.verdict is Verdict.SUPPORTED, result.reason
        assert pledge in result.reason


def test_the_english_list_is_still_read(kb):
    # Guard: the English words were read before.
    text = (
        "May 15, 2025 — According to Xi, China will offer CELAC countries 3,500 government"
        " scholarships, 10,000 training places in China, 500 scholarships for international"
        " Chinese language teachers and 300 training places for poverty reduction professionals."
    )
    results = check(text, kb)
    assert "beijing2025_chinese_teacher_scholarships_500" in one(results, "500 scholarships").reason
    assert one(results, "300 training places").verdict is Verdict.SUPPORTED


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "15 de maio de 2025 — A China vai oferecer aos países da Celac 500 bolsas de estudo"
            " para estudantes universitários.",
            "500 bolsas",
        ),
        (
            "15 de mayo de 2025 — China ofrecerá a los países de la Celac 500 becas para"
            " estudiantes universitarios.",
            "500 becas para estudiantes",
        ),
    ],
)
def test_one_topic_word_is_not_enough(kb, text, figure):
    # Guard: scholarships for students name one word of the teachers' pledge only: not theirs.
    result = one(check(text, kb), figure)
    assert result.verdict is not Verdict.SUPPORTED, result.reason


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "15 de maio de 2025 — A China vai oferecer aos países da Celac 700 bolsas de estudo"
            " para professores da língua chinesa.",
            "700 bolsas",
        ),
        (
            "15 de mayo de 2025 — China ofrecerá a los países de la Celac 700 becas para"
            " profesores de lengua china.",
            "700 becas",
        ),
    ],
)
def test_a_figure_of_no_pledge_is_not_borne_out(kb, text, figure):
    # Guard: the topic is the teachers' pledge, the number is no target of it.
    result = one(check(text, kb), figure)
    assert result.verdict is not Verdict.SUPPORTED, result.reason


# --- the pledge running at the article's time is named first --------------------------------

CURRENT = [
    (
        "15 de maio de 2025 — A China vai oferecer aos países da Celac 10 mil vagas de formação"
        " na China.",
        "10 mil vagas",
    ),
    (
        "15 de mayo de 2025 — China ofrecerá a los países de la Celac 10.000 plazas de formación"
        " en China.",
        "10.000 plazas",
    ),
    (
        "May 15, 2025 — China will offer CELAC countries 10,000 training places in China.",
        "10,000 training places",
    ),
]


@pytest.mark.parametrize(("text", "figure"), CURRENT)
def test_the_pledge_running_at_the_articles_time_is_named(kb, text, figure):
    result = one(check(text, kb), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert "beijing2025_training_10000" in result.reason, result.reason


def test_a_text_of_2017_still_names_limas_pledge(kb):
    # Guard: in 2017 the 10,000 places running are Lima 2016's.
    text = (
        "June 1, 2017 — China will offer Latin American countries 10,000 training places, as Xi"
        " Jinping pledged in Lima."
    )
    result = one(check(text, kb), "10,000 training places")
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert "lima2016_training_10000" in result.reason, result.reason
