"""ties-date: which claims `TiesDate.check` judges, and that it goes on past those it passes
over (`_judge` is pinned in tests/claims/test_ties_rules_unit.py).

The mutation run (`python3 tasks.py mutate claims_rules`, docs/mutation.md) left 10 mutants of
`TiesDate.check` alive: a `continue` turned `break` (every later claim of the text unjudged), a
money figure or a range judged as a date, a dated "latest" never judged.
"""

from __future__ import annotations

import pandas as pd
import pytest

from chinalac.claims import Verdict, check, extract
from chinalac.claims.rules.ties_date import claim_day
from tests.claims.conftest import TIE_COLUMNS, one
from tests.claims.test_ties_rules_unit import ARG, NIC, PAN, findings


def supported(date: str, row: str) -> tuple[str, str]:
    return ("supported", f"the ties table dates it {date}: {row}")


@pytest.mark.parametrize(
    "before",
    [
        "Latin America had 45 Confucius Institutes in 2016.",  # a region's count
        "Talks on the Belt and Road with Brazil started in 2019.",  # talks, no event
    ],
)
def test_a_tie_date_after_a_claim_the_rule_passes_over_is_still_judged(before):
    text = f"{before} In 2017, Panama signed the Belt and Road memorandum."
    assert [f[:2] for f in findings(text, "ties-date")] == [supported("2017-11-17", PAN)]


def test_a_first_with_a_date_of_its_own_leaves_it_to_the_date_and_later_dates_are_judged():
    text = (
        "Panama, the first in the region to join the Belt and Road, signed it on 17 November "
        "2017. Nicaragua joined the Belt and Road in January 2022."
    )
    assert [f[:2] for f in findings(text, "ties-date")] == [
        supported("2017-11-17", PAN),
        supported("2022-01-12", NIC),
    ]


def test_a_dated_latest_without_a_date_claim_of_its_own_is_judged_by_its_date():
    text = "By 2022, Argentina was the latest state to join the Belt and Road."
    assert [f[:2] for f in findings(text, "ties-date")] == [supported("2022-02-06", ARG)]


@pytest.mark.parametrize(
    "text",
    [
        # a state's money figure in a sentence naming the tie is no date of the tie (the year
        # after the tie's clause: an opening "In 2017, Panama signed …" is a date claim of its
        # own since round 27b)
        "Panama signed the Belt and Road memorandum in 2017 and received 5 billion dollars.",
        # a range dates no single event
        "Between 2016 and 2018, Panama signed the Belt and Road memorandum.",
    ],
)
def test_only_a_date_or_rank_of_a_point_or_as_of_period_is_judged(text):
    assert findings(text, "ties-date") == []


def test_a_tie_whose_rows_are_no_events_is_passed_over_for_the_next_tie_named():
    # Confucius Institute rows are dated counts; the partnership's upgrade is the event dated.
    ties = pd.DataFrame(
        [("BRA", "partnership", "comprehensive_strategic", "2012-06-21", "https://e.org/bra")],
        columns=TIE_COLUMNS,
    ).assign(evidence="")
    text = (
        "Brazil, home to a Confucius Institute since 2008, upgraded its ties with China to a "
        "comprehensive strategic partnership in June 2012."
    )
    assert [f[:2] for f in findings(text, "ties-date", ties)] == [
        supported(
            "2012-06-21",
            "BRA partnership Strategic partnership since 2012-06-21, reputable source [ties:2]",
        )
    ]


# The day of a dated claim (`claim_day`): the first and last days of a month, and a day that
# opens the sentence. Written against the ninth mutation run's survivors of `_claim_day`.
@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Ecuador signed it on 1 January 2005.", 1),
        ("Chile signed it on 31 December 2004.", 31),
        ("Chile signed it on December 31, 2004.", 31),
        ("Chile lo firmó el 31 de diciembre de 2004.", 31),
        # The day is the sentence's first character: the window before the month starts at 0.
        ("1 de janeiro de 2005 marcou a assinatura do acordo.", 1),
        ("1 de enero de 2005 fue la fecha de la firma.", 1),
    ],
)
def test_the_day_of_a_date_claim_is_read_from_1_to_31(text, day):
    [claim] = [c for c in extract(text) if c.period and c.period.end_month]
    assert claim_day(claim) == day


# The date a contradiction quotes (`_claimed`): with the day the text gives, so the reader sees
# which date was refuted. Written against the tenth mutation run's survivors.
@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "The free trade agreement between Costa Rica and China entered into force on"
            " 15 August 2011.",
            "August 2011",
        ),
        (
            "El Tratado de Libre Comercio entre Costa Rica y China entró en vigor el 15 de"
            " agosto de 2011.",
            "agosto de 2011",
        ),
        (
            "O tratado de livre comércio entre a Costa Rica e a China entrou em vigor em 15 de"
            " agosto de 2011.",
            "agosto de 2011",
        ),
    ],
)
def test_a_refuted_day_is_quoted_with_its_day(kb, text, figure):
    result = one(check(text, kb), figure)
    # Stored: in force since 2011-08-01; two weeks off is no slip of one day.
    assert result.verdict is Verdict.CONTRADICTED
    assert result.reason.startswith("the text dates it 2011-08-15; ")


# Two events in one sentence, each with its date: each date is judged against the tie named
# before it (else after it), and never refuted. Main judged "abril de 2010" against the
# diplomatic relations named first and called it contradicted (found while writing tests
# against the tenth mutation run's survivors of `_tie_types`).
TWO_EVENTS = [
    (
        "Costa Rica established diplomatic relations with China in 2007 and signed a free trade"
        " agreement in April 2010.",
        ("2007", "April 2010"),
    ),
    (
        "Costa Rica estableció relaciones diplomáticas con China en 2007 y firmó un tratado de"
        " libre comercio en abril de 2010.",
        ("2007", "abril de 2010"),
    ),
    (
        "A Costa Rica estabeleceu relações diplomáticas com a China em 2007 e assinou um tratado"
        " de livre comércio em abril de 2010.",
        ("2007", "abril de 2010"),
    ),
]


@pytest.mark.parametrize(("text", "figures"), TWO_EVENTS)
def test_two_events_of_one_sentence_are_each_judged_against_their_own_tie(kb, text, figures):
    results = check(text, kb)
    relations, fta = (one(results, figure) for figure in figures)
    assert relations.verdict is Verdict.SUPPORTED
    assert relations.reason.startswith("the ties table dates it 2007-06-01: CRI diplomatic")
    assert fta.verdict is Verdict.SUPPORTED
    assert fta.reason.startswith("the FTA was signed 2010-04-08")


def test_two_events_with_their_dates_swapped_are_never_refuted(kb):
    # Each date is the other tie's: the pairing is a reading, so neither is called wrong, and
    # neither is borne out by the tie it does not follow.
    text = (
        "Costa Rica established diplomatic relations with China in 2010 and signed a free trade"
        " agreement in April 2007."
    )
    results = check(text, kb)
    assert [str(one(results, f).verdict) for f in ("2010", "April 2007")] == [
        "unverifiable",
        "unverifiable",
    ]


# "The treaty" takes up the tie of an earlier sentence holding a claim: the nearest one, back
# to twelve sentences, never a later one, only for the same state and a single tie.
SIGNED = {
    "en": "Costa Rica and China signed a free trade agreement in April 2010. ",
    "es": "Costa Rica y China firmaron un tratado de libre comercio en abril de 2010. ",
    "pt": "A Costa Rica e a China assinaram um tratado de livre comércio em abril de 2010. ",
}
IN_FORCE = {
    "en": ("The treaty entered into force in August 2011.", "August 2011"),
    "es": ("El tratado entró en vigor en agosto de 2011.", "agosto de 2011"),
    "pt": ("O tratado entrou em vigor em agosto de 2011.", "agosto de 2011"),
}
FILLER = {
    "en": "The debate stayed open among exporters. ",
    "es": "El debate siguió abierto entre los exportadores. ",
    "pt": "O debate seguiu aberto entre os exportadores. ",
}


@pytest.mark.parametrize("lang", ["en", "es", "pt"])
def test_the_treaty_takes_up_the_sentence_just_before(kb, lang):
    text, figure = IN_FORCE[lang]
    assert one(check(SIGNED[lang] + text, kb), figure).verdict is Verdict.SUPPORTED


@pytest.mark.parametrize("lang", ["en", "es", "pt"])
def test_the_treaty_never_takes_up_a_later_sentence(kb, lang):
    text, figure = IN_FORCE[lang]
    assert one(check(text + " " + SIGNED[lang], kb), figure).verdict is Verdict.UNVERIFIABLE


@pytest.mark.parametrize(
    ("fillers", "verdict"), [(10, "supported"), (11, "supported"), (12, "unverifiable")]
)
def test_the_treaty_reaches_back_twelve_sentences(kb, fillers, verdict):
    text, figure = IN_FORCE["es"]
    found = one(check(SIGNED["es"] + FILLER["es"] * fillers + text, kb), figure)
    assert str(found.verdict) == verdict


@pytest.mark.parametrize(
    "text",
    [
        # another state's FTA
        "Chile firmó un tratado de libre comercio con China en noviembre de 2005. En Costa Rica,"
        " el tratado entró en vigor en agosto de 2011.",
        # two ties named before: which one "the treaty" is cannot be told
        "Costa Rica estableció relaciones diplomáticas con China en 2007 y firmó un tratado de"
        " libre comercio en abril de 2010. El tratado entró en vigor en agosto de 2011.",
    ],
)
def test_the_treaty_takes_up_only_one_tie_of_the_same_state(kb, text):
    assert one(check(text, kb), "agosto de 2011").verdict is Verdict.UNVERIFIABLE


@pytest.mark.parametrize("lang", ["en", "es", "pt"])
def test_the_treaty_taken_up_with_a_wrong_year_is_never_refuted(kb, lang):
    # In force since August 2011: "August 2012" would be contradicted were the FTA named in
    # the sentence itself; taken up by "the treaty", it is a reading, so it is left unjudged.
    text, _ = IN_FORCE[lang]
    wrong = text.replace("2011", "2012")
    figure = IN_FORCE[lang][1].replace("2011", "2012")
    assert one(check(SIGNED[lang] + wrong, kb), figure).verdict is Verdict.UNVERIFIABLE


@pytest.mark.parametrize(
    "first",
    [
        # a date left unjudged by the treaty guard
        "Costa Rica y China firmaron un tratado de libre comercio en abril de 2010. El tratado"
        " entró en vigor en agosto de 2012.",
        # a duration that counts back from no date
        "El tratado de libre comercio entre Costa Rica y China cumple 13 años.",
    ],
)
def test_a_claim_left_unjudged_does_not_end_the_texts_ties_dates(kb, first):
    text = first + " Panamá estableció relaciones diplomáticas con China en junio de 2017."
    assert one(check(text, kb), "junio de 2017").verdict is Verdict.SUPPORTED


def test_of_two_ties_after_a_date_the_nearer_dates_it(kb):
    # 2007 comes before both cues: the nearer, the relations, dates it; April 2010 follows the
    # relations' cue, so it is read as theirs and, being another tie's date, left unjudged.
    text = (
        "In 2007, Costa Rica established diplomatic relations with China, and in April 2010 it"
        " signed a free trade agreement."
    )
    results = check(text, kb)
    assert one(results, "2007").verdict is Verdict.SUPPORTED
    assert one(results, "April 2010").verdict is Verdict.UNVERIFIABLE


def test_the_nearest_cue_after_a_date_is_its_first_not_its_last():
    from chinalac.claims.rules.ties_common import nearest_tie_type

    sentence = (
        "In 2010 a free trade agreement was signed, after diplomatic relations were set up, and"
        " the free trade agreement came into force."
    )
    start = sentence.index("2010")
    assert nearest_tie_type(sentence, start, start + 4) == "fta"
