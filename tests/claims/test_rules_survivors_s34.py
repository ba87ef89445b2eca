"""Tests for the `claims_rules` mutants that survived the eighteenth run (issue 17): the mutants
on the lines changed in `claims/rules/` from 1884a6d to dc31fb5 (round 27) and those of
`ties_rank._may_precede` / `order_finding` the seventeenth run never ran, classified in
docs/mutation-claims-rules-survivors-s34.md. Real-shaped sentences (our own) in EN, ES and PT
against the package's knowledge base where a sentence reaches the branch; direct tests of the
small functions of `ties_rank` (on the package's ties or a tiny inline table) where none does.
"""

from __future__ import annotations

from types import SimpleNamespace

import pandas as pd
import pytest

from chinalac.claims import Verdict, check
from chinalac.claims.article_date import FILE_METADATA
from chinalac.claims.models import Period
from chinalac.claims.rules.ties_common import Tie
from chinalac.claims.rules.ties_rank import (
    _anniversary_object,
    _event_year,
    _may_precede,
    _period_after,
    _tie_in_year,
)
from tests.claims.conftest import TIE_COLUMNS, fact, one, tiny_knowledge


def claim_of(sentence: str, text: str, period: Period | None = None, **extra):
    """A claim-shaped stand-in: the sentence, the claim's words in it, its period."""
    start = sentence.index(text)
    return SimpleNamespace(
        sentence=sentence,
        text=text,
        span_in_sentence=(start, start + len(text)),
        period=period,
        **extra,
    )


def point(year: int, text: str) -> Period:
    return Period("point", year, year, text=text)


# --- _anniversary_object: the object of one anniversary among several ---------------------------
# "the 50th anniversary of the establishment of relations … and the 20th anniversary of the FTA":
# the relations' own words ("establishment of relations", "China-Peru relations") name the
# relations when no cue of the ties does.

FTA_AFTER_RELATIONS = (
    "Brazil marks the 50th anniversary of the establishment of relations with China and the "
    "20th anniversary of the free trade agreement."
)


def test_an_objects_establishment_of_relations_names_the_relations():
    claim = claim_of(FTA_AFTER_RELATIONS, "50th anniversary")
    window, named = _anniversary_object(claim)
    assert window == " of the establishment of relations with china and the 20th "
    assert named == ["diplomatic_relations_prc"]


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        (
            "In 2024 Peru marked the 53rd anniversary of China-Peru relations and the 15th "
            "anniversary of the free trade agreement.",
            "53rd anniversary",
        ),
        (
            "En 2024 Perú celebró el 53º aniversario de las relaciones China-Perú y el 15º "
            "aniversario del tratado de libre comercio.",
            "53º aniversario",
        ),
    ],
)
def test_an_anniversary_of_china_state_relations_names_the_relations(sentence, text):
    window, named = _anniversary_object(claim_of(sentence, text))
    assert named == ["diplomatic_relations_prc"]
    assert "anivers" not in window


def test_an_object_that_names_a_tie_keeps_it_beside_the_establishment_of_relations():
    sentence = (
        "Chile marks the 10th anniversary of the free trade agreement signed after the "
        "establishment of relations."
    )
    _, named = _anniversary_object(claim_of(sentence, "10th anniversary"))
    assert named == ["fta"]


def test_an_anniversary_with_no_object_has_an_empty_window():
    claim = claim_of("Brazil and China celebrate the 50th anniversary.", "50th anniversary")
    assert _anniversary_object(claim) == ("", [])


# --- _event_year: the year of the anniversary's own event ---------------------------------------

FTA_2005 = (
    "Chile celebrated the 45th anniversary of diplomatic ties with China and the 10th anniversary "
    "of the free trade agreement the two countries signed in 2005."
)
FTA_WINDOW = " of the free trade agreement the two countries signed in 2005."


def fta_claim(period: Period | None, date: str | None = "2015-11-18", found_by: str = "dateline"):
    dated = {"date": date, "found_by": found_by} if date else {}
    return claim_of(FTA_2005, "10th anniversary", period, value=10, article_date=dated)


def test_the_event_year_is_the_year_the_object_gives():
    assert _event_year(fta_claim(point(2005, "2005")), FTA_WINDOW) == 2005


def test_a_range_is_no_event_year():
    claim = fta_claim(Period("range", 2004, 2005, text="2005"))
    assert _event_year(claim, FTA_WINDOW) is None


def test_a_year_written_outside_the_object_is_no_event_year():
    assert _event_year(fta_claim(point(2005, "2005")), " of diplomatic ties with china") is None


@pytest.mark.parametrize(
    ("date", "found_by"),
    [
        ("2015-11-18", FILE_METADATA),  # a file's date is no date of the text's own
        (None, "dateline"),  # no article date at all
    ],
)
def test_no_event_year_without_an_article_date_of_the_texts_own(date, found_by):
    assert _event_year(fta_claim(point(2005, "2005"), date, found_by), FTA_WINDOW) is None


# --- _period_after: a date written only after the anniversary's object ---------------------------


def test_no_period_is_written_after_the_object():
    claim = claim_of(FTA_2005, "45th anniversary", None)
    assert _period_after(claim, " of diplomatic ties with china and the ") is False
    untold = claim_of(FTA_2005, "45th anniversary", point(2015, ""))
    assert _period_after(untold, " of diplomatic ties with china and the ") is False


def test_a_year_written_before_the_anniversary_is_its_own():
    sentence = "In 2015, Chile marked the 45th anniversary of diplomatic ties and the FTA's 10th."
    claim = claim_of(sentence, "45th anniversary", point(2015, "2015"))
    assert _period_after(claim, " of diplomatic ties and the fta's 10th.") is False


def test_a_year_written_only_in_the_claims_own_words_is_not_before_it():
    sentence = "Chile marked the 2015 anniversary of diplomatic ties and of the FTA signed later."
    claim = claim_of(sentence, "2015 anniversary", point(2015, "2015"))
    assert _period_after(claim, " of diplomatic ties and ") is True


# In 2015, the 45th anniversary of Chile's relations (December 1970) next to the FTA's 10th: the
# year written before both anniversaries is the 45th's year too.
FORTY_FIFTH = [
    (
        "In 2015, Chile and China celebrated the 45th anniversary of diplomatic relations and "
        "the 10th anniversary of the free trade agreement.",
        "45th anniversary",
    ),
    (
        "En 2015, Chile y China celebraron el 45º aniversario de las relaciones diplomáticas y "
        "el 10º aniversario del tratado de libre comercio.",
        "45º aniversario",
    ),
    (
        "Em 2015, o Chile e a China celebraram o 45º aniversário das relações diplomáticas e o "
        "10º aniversário do tratado de livre comércio.",
        "45º aniversário",
    ),
]


@pytest.mark.parametrize(("text", "figure"), FORTY_FIFTH)
def test_a_year_before_two_anniversaries_dates_the_first(kb, text, figure):
    result = one(check(text, kb), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert result.rule_id == "ties-rank"
    assert "dates the tie 1970" in result.reason


# --- _tie_in_year: the tie as it stood at the end of a year --------------------------------------


def test_a_tie_in_force_is_the_tie_of_its_year(kb):
    tie = _tie_in_year(kb, "CHL", "fta", 2010)
    assert (tie.iso3, tie.tie_type, tie.status, tie.date) == (
        "CHL",
        "fta",
        "FTA in force",
        "2006-10",
    )


def test_a_tie_signed_and_not_yet_in_force_is_dated_by_its_signature(kb):
    assert _tie_in_year(kb, "CHL", "fta", 2005) == Tie(
        "ties_chinalac:118",
        "CHL",
        "fta",
        "FTA signed",
        "2005-11",
        False,
        "web-821aacbe3e",
        "primary",
    )


def test_a_tie_dated_only_before_a_date_keeps_its_bound(kb):
    tie = _tie_in_year(kb, "DMA", "bri_mou", 2020)
    assert (tie.date, tie.before) == ("2019-10-24", True)


def test_no_tie_in_a_year_without_one(kb):
    assert _tie_in_year(kb, "CRI", "fta", 2008) is None  # no row for the year
    assert _tie_in_year(kb, "PAN", "bri_mou", 2025) is None  # withdrawn


PANAMA_DISPUTED = pd.DataFrame(
    [
        ("PAN", "bri_mou", "signed", "2017-11-17", "https://e.org/pan-signed"),
        ("PAN", "bri_mou", "withdrawn (CONFLICT)", "2025-02-06", "https://e.org/pan-left"),
    ],
    columns=TIE_COLUMNS,
).assign(evidence="")


def test_a_disputed_tie_is_no_tie_of_its_year():
    assert _tie_in_year(tiny_knowledge(ties=PANAMA_DISPUTED), "PAN", "bri_mou", 2025) is None


# Two sources of one FTA's signature: the tie rests on both rows, its ids ';'-joined.
TWO_SIGNATURES = pd.DataFrame(
    [
        ("PER", "fta", "signed", "2009-04-28", "https://e.org/per-signed"),
        ("PER", "fta", "signed", "2009-04-28", "https://e.org/per-signature"),
    ],
    columns=TIE_COLUMNS,
).assign(evidence="")


def test_a_signature_on_two_rows_rests_on_both():
    tie = _tie_in_year(tiny_knowledge(ties=TWO_SIGNATURES), "PER", "fta", 2009)
    assert tie is not None
    assert (tie.tie_id, tie.status, tie.date, tie.tier) == (
        "ties:2;ties:3",
        "FTA signed",
        "2009-04-28",
        "reputable",
    )
    assert tie.source_id.startswith("web-")


# --- _may_precede: may a tie dated only "before" its date have come first? ------------------------


def tie(iso3: str, tie_type: str, date: str, before: bool = False) -> Tie:
    return Tie("t", iso3, tie_type, "signed", date, False, "", before=before)


def test_a_memorandum_cannot_precede_a_tie_older_than_the_states_relations(kb):
    # The Dominican Republic's memorandum, "before April 2019", came after its relations of
    # May 2018: it cannot have come before Panama's of November 2017.
    dominican = tie("DOM", "bri_mou", "2019-04", before=True)
    assert _may_precede(kb, dominican, tie("PAN", "bri_mou", "2017-11-17")) is False
    # … but may have come before a memorandum signed the day the relations began
    assert _may_precede(kb, dominican, tie("TTO", "bri_mou", "2018-05-01")) is True


def test_the_states_relations_are_read_on_the_day_before_the_bound(kb):
    # No relations with the PRC on the last day of 2017 (Taipei's then): nothing to order by
    dominican = tie("DOM", "bri_mou", "2018-01", before=True)
    assert _may_precede(kb, dominican, tie("PAN", "bri_mou", "2017-06-01")) is True


def test_relations_dated_only_before_a_date_follow_no_other_relations(kb):
    # Relations are themselves the tie the others follow: their own date is no bar.
    relations = tie("DOM", "diplomatic_relations_prc", "2019-04", before=True)
    assert _may_precede(kb, relations, tie("PAN", "bri_mou", "2017-01-01")) is True


def test_a_bound_of_a_year_alone_is_read_from_its_first_day(kb):
    dominican = tie("DOM", "bri_mou", "2019", before=True)
    assert _may_precede(kb, dominican, tie("TTO", "bri_mou", "2018-05-15")) is True


def test_not_joined_in_the_month_of_mine_cannot_precede_it(kb):
    # Barbados "not joined (as of 2018-10)": not before a memorandum of 15 October 2018
    barbados = tie("BRB", "bri_mou", "2019-04", before=True)
    assert _may_precede(kb, barbados, tie("TTO", "bri_mou", "2018-10-15")) is False
    assert _may_precede(kb, barbados, tie("TTO", "bri_mou", "2018-11-15")) is True


NOT_JOINED_THEN_SIGNED = pd.DataFrame(
    [
        ("NIC", "bri_mou", "not joined", "2019-04-01", "https://e.org/nic-not"),
        ("NIC", "bri_mou", "signed", "2019-04-02", "https://e.org/nic-signed"),
    ],
    columns=TIE_COLUMNS,
).assign(evidence="")


def test_the_bound_is_read_on_the_day_before_it():
    # Not joined on 1 April, signed on the 2nd: a signature "before 2 April" is read on the 1st.
    knowledge = tiny_knowledge(ties=NOT_JOINED_THEN_SIGNED)
    bounded = tie("NIC", "bri_mou", "2019-04-02", before=True)
    assert _may_precede(knowledge, bounded, tie("PAN", "bri_mou", "2019-03-01")) is False


# --- order_finding: a state dated "before" the end of the same month is level, not first ---------

LEVEL_IN_NOVEMBER = pd.DataFrame(
    [
        ("PAN", "bri_mou", "signed", "2017-11-17", "https://e.org/pan"),
        ("NIC", "bri_mou", "signed (before 2017-11-30)", "<2017-11-30", "https://e.org/nic"),
        ("ARG", "bri_mou", "signed", "2022-02-06", "https://e.org/arg"),
    ],
    columns=TIE_COLUMNS,
).assign(evidence="")


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Panama was the first country in Latin America to join the Belt and Road Initiative.",
            "first country",
        ),
        (
            "Panamá fue el primer país de América Latina en sumarse a la Franja y la Ruta.",
            "primer país",
        ),
        (
            "O Panamá foi o primeiro país da América Latina a aderir à Iniciativa Cinturão e Rota.",
            "primeiro país",
        ),
    ],
)
def test_a_bound_in_the_same_month_is_level_with_the_first(text, figure):
    result = one(check(text, db=tiny_knowledge(ties=LEVEL_IN_NOVEMBER)), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert result.reason.startswith("first in the ties table: PAN bri_mou")
    assert "(level with NIC bri_mou" in result.reason


# --- store_facts._published_over_sums ------------------------------------------------------------


def test_two_sums_alone_stay_disputed():
    # Only chinalac's sums, no published total: nothing bears the figure out over a sum.
    sums = [
        fact("f1+f2", "trade_total", "BRA", "2023-01-01", "2023-12-31", 3564.6, "usd_m", "S1"),
        fact("f3+f4", "trade_total", "BRA", "2023-01-01", "2023-12-31", 2596.0, "usd_m", "S2"),
    ]
    text = "Brazil's trade with China reached $2.6 billion in 2023."
    result = one(check(text, tiny_knowledge(sums), date="2024-06-01"), "$2.6 billion")
    assert result.verdict is Verdict.DISPUTED, result.reason


def test_the_published_totals_are_named_one_by_one():
    rows = [
        fact("f1", "trade_total", "BRA", "2023-01-01", "2023-12-31", 2596.0, "usd_m", "S1"),
        fact("f2", "trade_total", "BRA", "2023-01-01", "2023-12-31", 2700.0, "usd_m", "S2"),
        fact("f3+f4", "trade_total", "BRA", "2023-01-01", "2023-12-31", 3564.6, "usd_m", "S2"),
    ]
    text = "O comércio entre o Brasil e a China ficou em cerca de US$ 2,65 bilhões em 2023."
    result = one(check(text, tiny_knowledge(rows), date="2024-06-01"), "cerca de US$ 2,65 bilhões")
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert result.reason.startswith(
        "matches 2,596 usd_m 2023-01-01–2023-12-31 [f1, S1]; "
        "2,700 usd_m 2023-01-01–2023-12-31 [f2, S2]; chinalac's sum"
    )


# --- _anniversaries: one tie named, and no object after the anniversary -------------------------
# The sentence names the relations before the anniversary, and nothing follows it: the one tie
# the sentence names is the anniversary's (the objects' reading is only for several ties).
FIFTIETH_NAMED_BEFORE = [
    (
        "In 2024, the diplomatic relations between China and Brazil reached their 50th "
        "anniversary.",
        "50th anniversary",
    ),
    (
        "En 2024, las relaciones diplomáticas entre China y Brasil cumplieron su 50º aniversario.",
        "50º aniversario",
    ),
    (
        "Em 2024, as relações diplomáticas entre a China e o Brasil completaram o seu 50º "
        "aniversário.",
        "50º aniversário",
    ),
]


@pytest.mark.parametrize(("text", "figure"), FIFTIETH_NAMED_BEFORE)
def test_the_one_tie_named_before_an_anniversary_is_its_own(kb, text, figure):
    result = one(check(text, kb), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert result.reason.startswith("the anniversary in 2024 dates the tie 1974: BRA ")


# --- _anniversaries: the anniversary of an event its object dates -------------------------------
# "the 10th anniversary of the free trade agreement the two countries signed in 2005" in a text
# of August 2015: the reason names the year of the anniversary, 2005 plus ten.
LEAD_2015 = "August 5, 2015 — Santiago\n\n"
TENTH_OF_THE_FTA = [
    (
        "The week marks the 45th anniversary of diplomatic ties between China and Chile and the"
        " 10th anniversary of the free trade agreement the two countries signed in 2005.",
        "10th anniversary",
    ),
    (
        "La semana celebra el 45º aniversario de las relaciones diplomáticas entre China y Chile"
        " y el 10º aniversario del tratado de libre comercio que ambos países firmaron en 2005.",
        "10º aniversario",
    ),
    (
        "A semana marca o 45º aniversário das relações diplomáticas entre a China e o Chile e o"
        " 10º aniversário do acordo de livre comércio que os dois países assinaram em 2005.",
        "10º aniversário",
    ),
]


@pytest.mark.parametrize(("text", "figure"), TENTH_OF_THE_FTA)
def test_the_anniversary_of_a_dated_event_is_held_that_many_years_later(kb, text, figure):
    result = one(check(LEAD_2015 + text, kb), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert result.reason.startswith("the anniversary in 2015 dates the tie 2005: CHL fta ")
