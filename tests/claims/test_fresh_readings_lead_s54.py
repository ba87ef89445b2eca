"""Readings the lead found at stop 54 by probing the checker with sentences of our own (real
dates from the store; the sentences are ours): Costa Rica's relations (2007-06-01), FTA (in force
2011-08-01) and Belt and Road memorandum (2018-09-03); Chile's memorandum (2018-11-02)."""

from __future__ import annotations

import pytest

from chinalac.claims.models import Verdict
from chinalac.claims.rules.meeting_ordinal import YEAR_SPAN
from chinalac.claims.rules.ties_common import rank_event_tie
from tests.claims.conftest import checked

# --- a rank among the partners of a tie, told after the rank's noun ------------------------------
# "o último parceiro de TLC a aderir à Nova Rota da Seda": main found no event after "de TLC",
# judged the rank by the relations dated earlier in the sentence (2007) and bore it out, and
# ordered it among the FTAs (Costa Rica's of 2011 the latest by 2018) instead of the memoranda.
PARTNERS_RANKED = [
    (
        "Em 2018, depois de estabelecer relações com a China em 2007, a Costa Rica foi o último "
        "parceiro de TLC a aderir à Nova Rota da Seda.",
        "último parceiro",
    ),
    (
        "A Costa Rica foi o último parceiro de TLC a aderir à Nova Rota da Seda, em 2018.",
        "último parceiro",
    ),
    (
        "En 2018, después de establecer relaciones con China en 2007, Costa Rica fue el último "
        "socio de TLC en adherirse a la Franja y la Ruta.",
        "último socio",
    ),
    (
        "Costa Rica was the latest partner with an FTA to join the Belt and Road, in 2018.",
        "latest partner",
    ),
]


@pytest.mark.parametrize(("text", "span"), PARTNERS_RANKED)
def test_a_rank_among_a_ties_partners_is_ordered_by_the_event_after_it(text, span):
    result = checked(text, span, date="2024-05-01")
    # The table orders the memoranda of every state, not of the FTA partners alone: Ecuador's of
    # December 2018 comes later, so the rank is shown beside it, neither borne out nor refuted.
    assert result.verdict is Verdict.UNVERIFIABLE
    assert "bri_mou" in result.reason
    assert "2007" not in result.reason and "fta FTA in force" not in result.reason


@pytest.mark.parametrize(
    ("text", "tie"),
    [
        ("Costa Rica fue el último socio de TLC en adherirse a la Franja y la Ruta.", "bri_mou"),
        ("A Costa Rica foi o último parceiro de TLC a aderir à Nova Rota da Seda.", "bri_mou"),
        ("Costa Rica was the first partner with an FTA to join the Belt and Road.", "bri_mou"),
        # the region between the rank and its event, as before
        ("O Chile foi o primeiro país da região a assinar um TLC com a China.", "fta"),
        # no connector after the partners: no event read
        ("Costa Rica fue el último socio de TLC de China.", None),
    ],
)
def test_the_partners_tie_between_a_rank_and_its_event_is_passed_over(text, tie):
    rank = next(w for w in ("último", "latest", "primeiro", "first") if w in text)
    noun = next(w for w in ("socio", "parceiro", "partner", "país") if w in text)
    end = text.index(noun, text.index(rank)) + len(noun)
    assert rank_event_tie(text, end) == tie


# --- the Belt and Road named as the initiative, with no state's taking part -------------------
# "Chile was at the centre of the Belt and Road debate in 2018": main bore out the year by
# Chile's memorandum of November 2018 (text 606's "this year's forum" as well, in a January 2018
# text). The support path asked for no event, the refuting path did. A year of the initiative
# alone dates no memorandum.
NO_EVENT = [
    ("Chile was at the centre of the Belt and Road debate in 2018.", "2018"),
    ("In 2018 Chile hosted a forum where the Belt and Road was discussed.", "2018"),
    ("En 2018 Chile acogió un foro donde se habló de la Franja y la Ruta.", "2018"),
    ("Em 2018 o Chile sediou um fórum sobre a Nova Rota da Seda.", "2018"),
]


@pytest.mark.parametrize(("text", "span"), NO_EVENT)
def test_a_year_of_the_initiative_alone_is_not_borne_out_by_a_memorandum(text, span):
    result = checked(text, span, date="2019-01-10")
    assert result.verdict is Verdict.UNVERIFIABLE
    assert "ties_chinalac:105" not in result.reason


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Chile joined the Belt and Road in 2018.", "2018"),
        ("Chile's Belt and Road memorandum dates from 2018.", "2018"),
        ("La adhesión de Chile a la Franja y la Ruta data de 2018.", "2018"),
        ("Chile firmó su adhesión a la Franja y la Ruta en 2018.", "2018"),
        ("O Chile aderiu à Nova Rota da Seda em novembro de 2018.", "novembro de 2018"),
        # verbs of joining EVENT_VERB does not hold (u14305, text 609)
        ("Chile se unió a la Franja y la Ruta en noviembre de 2018.", "noviembre de 2018"),
        ("O Chile uniu-se à Nova Rota da Seda em 2018.", "2018"),
        ("Chile endorsed the Belt and Road Initiative in 2018.", "2018"),
        # a signing told as an idiom (u4324, text 282)
        ("Chile put its name to the Belt and Road Initiative in November 2018.", "November 2018"),
    ],
)
def test_a_year_of_a_states_taking_part_is_still_borne_out(text, span):
    result = checked(text, span, date="2019-01-10")
    assert result.verdict is Verdict.SUPPORTED
    assert "2018-11-02" in result.reason


# --- a plan's span of years (one pattern, read once) ------------------------------------------
@pytest.mark.parametrize(
    ("folded", "spans"),
    [
        ("the 2019-2021 joint plan of action", [("2019", "2021")]),
        ("el plan de accion 2019 \u2013 2021", [("2019", "2021")]),
        ("the plan for 2015/2019 and 2022-2024", [("2015", "2019"), ("2022", "2024")]),
        ("a20192021 and 12019-2021", []),
    ],
)
def test_a_span_of_years_is_read_as_written(folded, spans):
    assert YEAR_SPAN.findall(folded) == spans
