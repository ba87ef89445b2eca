"""ties-date on a free-trade agreement: which event a date is the date of (`fta_event`), and an
entry into force checked against the date the FTA's status "in force" began (`_in_force`).

The mutation run (`python3 tasks.py mutate claims_rules`, docs/mutation.md) left `fta_event`
and `TiesDate._in_force` almost untested by the rule tests (only by the fresh readings, run on
the whole knowledge base): an entry into force judged as a signature, a month ignored, a state
whose FTA is only signed given an entry-into-force date.
"""

from __future__ import annotations

from types import SimpleNamespace

import pandas as pd
import pytest

from chinalac.claims.rules.ties_date import fta_event
from tests.claims.conftest import TIE_COLUMNS
from tests.claims.test_ties_rules_unit import FTAS, findings


def event_of(sentence: str, date: str) -> str | None:
    start = sentence.index(date)
    return fta_event(
        SimpleNamespace(sentence=sentence, span_in_sentence=(start, start + len(date)))
    )


ECUADOR = (
    "China and Ecuador signed the FTA on May 11, 2023, and it went into effect on May 1, 2024."
)


@pytest.mark.parametrize(
    ("sentence", "date", "event"),
    [
        # the phrase nearest before the date
        (ECUADOR, "May 11, 2023", "signed"),
        (ECUADOR, "May 1, 2024", "in_force"),
        ("El TLC con Chile entró en vigor en octubre de 2006.", "octubre de 2006", "in_force"),
        ("O acordo com o Chile foi assinado em 2005.", "2005", "signed"),
        # none before: the first after
        ("In 2006 the FTA with Chile entered into force, a year after it was signed.", "2006",
         "in_force"),
        ("In 2005 Chile signed the FTA, which entered into force in 2006.", "2005", "signed"),
        ("Em 2006 entrou em vigor o acordo assinado com o Chile.", "2006", "in_force"),
        # neither named
        ("In 2006, Chile and China celebrated their FTA.", "2006", None),
    ],
)  # fmt: skip
def test_an_fta_date_is_the_date_of_the_event_phrase_nearest_it(sentence, date, event):
    assert event_of(sentence, date) == event


CHL_IN_FORCE = "CHL fta FTA in force since 2006-10-01, reputable source [ties:4]"
# Peru's FTA as signed only (made up for the edge: a signed FTA dates no entry into force).
SIGNED_ONLY = pd.concat(
    [
        FTAS,
        pd.DataFrame(
            [("PER", "fta", "signed", "2009-04-28", "https://e.org/per-1")], columns=TIE_COLUMNS
        ).assign(evidence=""),
    ],
    ignore_index=True,
)


def in_force(relation: str) -> list[dict]:
    return [{"kind": "tie", "record_id": "ties:4", "relation": relation, "value": 2006.0,
             "unit": "year", "period": "2006-10-01", "entity": "CHL"}]  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "Chile's free trade agreement with China entered into force in October 2006.",
        "Chile's free trade agreement with China entered into force in 2006.",
        "El tratado de libre comercio de Chile con China entró en vigor en octubre de 2006.",
        "O acordo de livre comércio do Chile com a China entrou em vigor em 2006.",
    ],
)
def test_an_entry_into_force_in_its_month_or_year_is_supported_by_the_in_force_row(text):
    assert findings(text, "ties-date", FTAS) == [
        (
            "supported",
            f"the ties table dates it 2006-10-01: {CHL_IN_FORCE}",
            in_force("matches"),
        )
    ]


@pytest.mark.parametrize(
    ("text", "dated"),
    [
        ("Chile's free trade agreement with China entered into force in March 2006.", "2006-03"),
        ("Chile's free trade agreement with China entered into force in 2007.", "2007"),
        ("El tratado de libre comercio de Chile con China entró en vigor en 2005.", "2005"),
    ],
)
def test_an_entry_into_force_of_another_month_or_year_is_contradicted_with_the_row(text, dated):
    assert findings(text, "ties-date", FTAS) == [
        (
            "contradicted",
            f"the text dates it {dated}; the ties table holds {CHL_IN_FORCE}",
            in_force("differs"),
        )
    ]


def test_a_state_whose_fta_is_only_signed_gets_no_entry_into_force_date():
    text = "Peru's free trade agreement with China entered into force in 2010."
    assert findings(text, "ties-date", SIGNED_ONLY) == []


def test_an_entry_into_force_only_disputed_rows_date_is_not_judged_by_its_date():
    # Only sources flagged as conflicting date Chile's entry into force, and apart (made up
    # for the edge): the in-force path picks no date to support or contradict the text with.
    ties = pd.DataFrame(
        [
            ("CHL", "fta", "in force (CONFLICT)", "2006-10-01", "https://e.org/chl-3"),
            ("CHL", "fta", "in force (CONFLICT)", "2007-02-01", "https://e.org/chl-4"),
        ],
        columns=TIE_COLUMNS,
    ).assign(evidence="")
    text = "Chile's free trade agreement with China entered into force in October 2006."
    assert findings(text, "ties-date", ties) == []
