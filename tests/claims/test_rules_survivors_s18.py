"""The claims_rules mutation run's survivors of round s18 (issue 17): each test here kills one
or more mutants the target's other tests let live (docs/mutation.md; the classification of
every survivor is in the helper's notes, claims_rules_survivors_s18.md).
"""

from __future__ import annotations

import dataclasses

import pandas as pd
import pytest

from chinalac.claims import KnowledgeView, Verdict, check
from chinalac.claims.models import Claim, Kind
from chinalac.claims.rules.parts_total import _sure_together
from chinalac.claims.rules.ties_common import nearest_tie_type
from tests.claims.conftest import TIE_COLUMNS, tiny_knowledge


def _nearest(sentence: str, figure: str) -> str | None:
    start = sentence.index(figure)
    return nearest_tie_type(sentence, start, start + len(figure))


# ── ties_common.nearest_tie_type ────────────────────────────────────────────────────────────


def test_a_sentence_that_names_no_tie_dates_none():
    assert (
        _nearest("Costa Rica reported a record harvest of coffee and bananas in 2010.", "2010")
        is None
    )


def test_of_two_ties_named_after_a_late_date_the_nearer_dates_it():
    # Both cues follow 2010, which stands past the middle of the sentence: the nearer one (the
    # FTA) dates it, whatever order the cues are listed in (the relations' cues come first).
    sentence = (
        "Costa Rica and China have been close partners for many years: since 2010 a free trade "
        "agreement, and before it diplomatic relations."
    )
    assert _nearest(sentence, "2010") == "fta"
    sentence_es = (
        "Costa Rica y China son socios cercanos desde hace muchos años: desde 2010 rige un "
        "tratado de libre comercio y, antes, las relaciones diplomáticas."
    )
    assert _nearest(sentence_es, "2010") == "fta"


# ── Commitments._judge ──────────────────────────────────────────────────────────────────────


@pytest.fixture(scope="module")
def package() -> KnowledgeView:
    return KnowledgeView.from_folder()


@pytest.mark.parametrize(
    "text",
    [
        "The Joint Action Plan 2022-2024 promised some 6,100 government scholarships for Latin America.",
        "En el Plan de Acción Conjunto 2022-2024, China se comprometió a otorgar cerca de 6.100 becas.",
    ],
)
def test_an_approximate_figure_near_another_plans_pledge_is_disputed_not_refuted(package, text):
    # "some 6,100" is read with its own slack (not as the exact 6,100 a bound is read as): it
    # lies near the 6,000 scholarships of the 2014 Brasília pledge, so it is another plan's
    # figure, never a contradiction of the Joint Action Plan's 5,000.
    (result,) = [r for r in check(text, db=package) if r.claim.metric]
    assert result.verdict is Verdict.DISPUTED, result.reason
    assert "brasilia2014_scholarships_6000" in result.record_ids


# ── GrowthRate.check ────────────────────────────────────────────────────────────────────────


def _growth(text: str) -> list[tuple[str, str]]:
    return [
        (r.claim.text.strip(), str(f.verdict))
        for r in check(text, db=tiny_knowledge())
        for f in r.findings
        if f.rule_id == "growth-rate"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Exports rose from US$10 billion in 2020 to US$12 billion in 2021, an increase of US$2"
        " billion, or 35%.",
        "Las exportaciones subieron de US$10 mil millones en 2020 a US$12 mil millones en 2021,"
        " un aumento de US$2 mil millones, o 35%.",
        "As exportações subiram de US$10 bilhões em 2020 para US$12 bilhões em 2021, um aumento"
        " de US$2 bilhões, ou 35%.",
    ],
)
def test_a_rate_after_an_amount_of_change_is_still_checked_against_the_levels(text):
    # The amount of change (US$2 billion) is checked first; the 35% after it is still read
    # against 10 → 12 (20%), not left behind.
    assert ("35%", "inconsistent") in _growth(text)


@pytest.mark.parametrize(
    "text",
    [
        "Trade tripled from US$10 billion in 2010 to US$45 billion in 2020.",
        "El comercio se triplicó de US$10 mil millones en 2010 a US$45 mil millones en 2020.",
        "O comércio triplicou de US$10 bilhões em 2010 para US$45 bilhões em 2020.",
    ],
)
def test_a_multiple_written_as_a_verb_is_a_rounded_word_never_checked(text):
    # "tripled" for 10 → 45 (4.5×): a writer's rounding, not a figure to test.
    assert _growth(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Chinese investment in the country went from US$0 in 2009 to US$5 billion in 2019, an"
        " increase of 500%.",
        "La inversión china en el país pasó de US$0 en 2009 a US$5 mil millones en 2019, un"
        " aumento de 500%.",
        "O investimento chinês no país passou de US$0 em 2009 para US$5 bilhões em 2019, um"
        " aumento de 500%.",
    ],
)
def test_a_change_from_nothing_has_no_rate_to_test(text):
    # From US$0 no rate of growth is defined: the 500% is left alone (no division by zero).
    assert _growth(text) == []


# ── TiesDate ────────────────────────────────────────────────────────────────────────────────

UNDATED_IN_FORCE = pd.DataFrame(
    [("PAN", "fta", "in force", "", "https://e.org/pan-fta")], columns=TIE_COLUMNS
).assign(evidence="")


@pytest.mark.parametrize(
    "text",
    [
        "Panama's free trade agreement with China entered into force in June 2024.",
        "El tratado de libre comercio entre Panamá y China entró en vigor en junio de 2024.",
        "O acordo de livre comércio entre o Panamá e a China entrou em vigor em junho de 2024.",
    ],
)
def test_an_fta_in_force_with_no_date_stored_dates_no_entry_into_force(text):
    # The store knows Panama's FTA is in force but not since when: the date the text gives
    # its entry into force is neither borne out nor refuted.
    found = [
        (r.claim.text.strip(), str(r.verdict))
        for r in check(text, db=tiny_knowledge(ties=UNDATED_IN_FORCE))
        if r.rule_id == "ties-date"
    ]
    assert found == []


def _ties_dated(text: str, knowledge) -> list[tuple[str, str]]:
    return [
        (r.claim.text.strip(), str(r.verdict))
        for r in check(text, db=knowledge)
        if r.rule_id == "ties-date"
    ]


@pytest.mark.parametrize(
    ("text", "since"),
    [
        (
            "San José, August 15, 2024 — Twenty years ago the free trade agreement between Costa"
            " Rica and China entered into force. Costa Rica established diplomatic relations"
            " with China in 2007.",
            "2007",
        ),
        (
            "San José, 15 de agosto de 2024 — Hace 20 años entró en vigor el TLC entre Costa Rica"
            " y China. Costa Rica estableció relaciones diplomáticas con China en 2007.",
            "2007",
        ),
        (
            "San José, 15 de agosto de 2024 — Há 20 anos entrou em vigor o TLC entre a Costa Rica"
            " e a China. A Costa Rica estabeleceu relações diplomáticas com a China em 2007.",
            "2007",
        ),
    ],
)
def test_years_ago_that_miss_the_date_are_left_alone_and_the_text_goes_on(package, text, since):
    # "20 years ago" from 2024 is 2004, not 2011: the writer rounds whole years, so no finding
    # (not even an unverifiable one); the relations' 2007 in the next sentence is still judged.
    assert _ties_dated(text, package) == [(since, "supported")]


@pytest.mark.parametrize(
    "text",
    [
        "San José, August 15, 2024 — For ten years trade grew fast. Costa Rica established"
        " diplomatic relations with China in 2007.",
        "San José, 15 de agosto de 2024 — Durante 10 años el comercio creció. Costa Rica"
        " estableció relaciones diplomáticas con China en 2007.",
        "San José, 15 de agosto de 2024 — Durante 10 anos o comércio cresceu. A Costa Rica"
        " estabeleceu relações diplomáticas com a China em 2007.",
    ],
)
def test_a_duration_that_counts_back_to_no_year_does_not_end_the_text(package, text):
    assert _ties_dated(text, package) == [("2007", "supported")]


@pytest.mark.parametrize(
    "text",
    [
        "By June 20, 2007, Costa Rica had established diplomatic relations with China.",
        "Para el 20 de junio de 2007, Costa Rica ya había establecido relaciones diplomáticas con"
        " China.",
        "Até 20 de junho de 2007, a Costa Rica já tinha estabelecido relações diplomáticas com a"
        " China.",
    ],
)
def test_a_tie_held_by_a_day_is_borne_out_by_an_earlier_day(package, text):
    # Relations since 1 June 2007: "by 20 June" holds them; the day is no event's date here, so
    # the nineteen days between are no contradiction.
    (found,) = _ties_dated(text, package)
    assert found[1] == "supported"


# ── ListCount._list_after ───────────────────────────────────────────────────────────────────


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (
            "The treaty amended four articles: Article 5, Article 7 and Article 9.",
            "announces 4 articles but lists 3: Article 5, Article 7, Article 9",
        ),
        (
            "El tratado modificó cuatro artículos: artículo 5, artículo 7 y artículo 9.",
            "announces 4 artículos but lists 3: artículo 5, artículo 7, artículo 9",
        ),
        (
            "O tratado alterou quatro artigos: artigo 5, artigo 7 e artigo 9.",
            "announces 4 artigos but lists 3: artigo 5, artigo 7, artigo 9",
        ),
    ],
)
def test_a_list_whose_first_item_is_a_label_is_still_a_list(text, reason):
    # "Article 5" is a citation label (never a figure), but the colon before it opens the list:
    # only an opener inside a citation ("(Jiang, 2018: 32)") ends the reading.
    found = [
        f.reason
        for r in check(text, db=tiny_knowledge())
        for f in r.findings
        if f.rule_id == "list-count"
    ]
    assert found == [reason]


# ── PartsTotal._shares ──────────────────────────────────────────────────────────────────────


def _shares(text: str) -> list[tuple[str, str]]:
    return [
        (r.claim.text.strip(), f.reason)
        for r in check(text, db=tiny_knowledge())
        for f in r.findings
        if f.rule_id == "parts-total"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Of the loans, 59 per cent went to energy and 42 per cent to mining.",
        "De los préstamos, el 59% fue a energía y el 42% a minería.",
        "Dos empréstimos, 59% foram para energia e 42% para mineração.",
    ],
)
def test_whole_percents_that_sum_to_101_fit_one_whole_by_their_rounding(text):
    # 58.5 + 41.5 = 100: the shares' lowest readings reach 100 exactly, which one whole holds.
    assert _shares(text) == []


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("Of the loans, 61.5% went to energy and 39.5% to mining.", ("61.5%", "39.5%")),
        ("De los préstamos, el 61,5% fue a energía y el 39,5% a minería.", ("61,5%", "39,5%")),
        ("Dos empréstimos, 61,5% foram para energia e 39,5% para mineração.", ("61,5%", "39,5%")),
    ],
)
def test_shares_with_decimals_past_100_by_a_point_are_inconsistent(text, figures):
    # 61.45 + 39.45 = 100.9: past 100 even at the shares' lowest readings.
    reason = f"shares of one whole sum past 100 %: {figures[0]} + {figures[1]} = 101 %"
    assert _shares(text) == [(figure, reason) for figure in figures]


# ── parts_total._sure_together (unit: the confidence notes the extractor writes) ────────────


def _figure(text: str, paragraph: int, **confidence: tuple[str, str]) -> Claim:
    return Claim(
        claim_id=f"c{paragraph}{len(text)}",
        kind=Kind.MONEY,
        text=text,
        start=0,
        end=len(text),
        value=1.0,
        unit="usd",
        scale=1e9,
        paragraph=paragraph,
        confidence={
            field: {"level": level, "why": why} for field, (level, why) in confidence.items()
        },
    )


def test_a_side_only_flow_word_does_not_excuse_a_guessed_currency():
    # "bare 'exports' read from Brazil's side" is no doubt here; a currency assumed with no
    # figure of its paragraph to write one still keeps the figures apart.
    exports = _figure(
        "63.93 billion",
        0,
        metric=("low", "bare 'exports' read from Brazil's side"),
        value=("low", "no currency written: US dollars assumed"),
    )
    imports = _figure("US$34.74 billion", 1)
    assert _sure_together((exports, imports)) is False
    assert _sure_together((dataclasses.replace(exports, confidence={}), imports)) is True


def test_a_period_borrowed_in_the_paragraph_does_not_excuse_a_guessed_metric():
    # The period taken from an earlier figure of the paragraph is shared by the check; a metric
    # read with no metric word is not, and keeps the figures apart.
    first = _figure("US$63.93 billion", 0)
    second = _figure(
        "US$34.74 billion",
        0,
        period=("low", "period of an earlier claim (US$63.93 billion)"),
        metric=("low", "no metric word"),
    )
    assert _sure_together((first, second)) is False
    borrowed_only = dict(second.confidence)
    del borrowed_only["metric"]
    assert _sure_together((first, dataclasses.replace(second, confidence=borrowed_only))) is True


# ── TiesDate: a tie held by a date ("by 2012 … had entered into force", "had already") ──────
# Found while judging the survivors above: main refuted these by the event's own, earlier date.


@pytest.mark.parametrize(
    "text",
    [
        "By 2012, Costa Rica's free trade agreement with China had entered into force.",
        "Para 2012, el TLC entre Costa Rica y China ya había entrado en vigor.",
        "Em 2012, o TLC entre a Costa Rica e a China já tinha entrado em vigor.",
        "By 2012, Costa Rica had signed a free trade agreement with China.",
        "In 2010, Costa Rica had already established diplomatic relations with China.",
        "En 2010, Costa Rica ya había establecido relaciones diplomáticas con China.",
        "Em 2010, a Costa Rica já tinha estabelecido relações diplomáticas com a China.",
    ],
)
def test_a_tie_held_by_a_year_is_borne_out_by_an_earlier_event(package, text):
    # Relations since June 2007, the FTA signed in April 2010 and in force since August 2011.
    (found,) = _ties_dated(text, package)
    assert found[1] == "supported"


@pytest.mark.parametrize(
    "text",
    [
        "By 2010, Costa Rica's free trade agreement with China had entered into force.",
        "Para 2010, el TLC entre Costa Rica y China ya había entrado en vigor.",
        "In 2005, Costa Rica had already established diplomatic relations with China.",
        "Em 2005, a Costa Rica já tinha estabelecido relações diplomáticas com a China.",
    ],
)
def test_a_tie_held_by_a_year_before_its_event_is_still_refuted(package, text):
    (found,) = _ties_dated(text, package)
    assert found[1] == "contradicted"


def test_a_dated_event_without_already_keeps_its_own_year(package):
    text = "Costa Rica signed a free trade agreement with China in 2009."
    assert _ties_dated(text, package) == [("2009", "contradicted")]


# ── PartsTotal._parts: a balance with no period of its own ──────────────────────────────────


def _balance_flagged(balance: str) -> list[str]:
    """The parts check of one paragraph whose balance the extractor left with no period (as
    in "Com isso, o saldo … desceu para 17 796 milhões" of a real text; short texts lend it the
    paragraph's year, so the period is taken off here)."""
    from chinalac.claims.check import _fact_index
    from chinalac.claims.extract import extract
    from chinalac.claims.rules.base import CheckContext
    from chinalac.claims.rules.parts_total import PartsTotal

    knowledge = tiny_knowledge()
    text = (
        "Em 2018, as exportações do Brasil para a China somaram US$ 63,93 bilhões e as"
        f" importações US$ 34,74 bilhões. {balance}"
    )
    claims = extract(text, knowledge)
    claims[-1] = dataclasses.replace(claims[-1], period=None)
    context = CheckContext(claims, knowledge, _fact_index(knowledge))
    return [
        next(c.text for c in claims if c.claim_id == claim_id)
        for claim_id, _ in PartsTotal()._parts(context)
    ]


def test_a_balance_with_no_period_after_its_parts_is_theirs_only_in_their_state_and_currency():
    assert _balance_flagged("Com isso, o saldo desceu para US$ 20 bilhões.") == ["US$ 20 bilhões"]
    assert _balance_flagged("O saldo da Argentina desceu para US$ 20 bilhões.") == []
    assert _balance_flagged("Com isso, o saldo desceu para 20 bilhões de yuans.") == []
