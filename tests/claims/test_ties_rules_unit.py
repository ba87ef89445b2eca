"""Rules `ties-rank` and `ties-date` and the Tie view of chinalac.domain.ties they share, on
tiny inline ties tables: every evidence row and the whole reason of each verdict, the claims
the rules pass over, and the fallbacks of a status without a source or a tier. Found by
`python3 tasks.py mutate claims_rules` (docs/mutation.md, "Real remaining gaps")."""

from __future__ import annotations

import dataclasses
from dataclasses import asdict

import pandas as pd
import pytest

from chinalac.claims import check
from tests.claims.conftest import COUNTRIES, TIE_COLUMNS, tiny_knowledge

# Three states joined in 2017: Chile and Panama in November, Uruguay in a row dated to the
# year only, so level with both; Nicaragua and Argentina in 2022, a month apart.
BRI = pd.DataFrame(
    [
        ("PAN", "bri_mou", "signed", "2017-11-17", "https://e.org/pan"),
        ("CHL", "bri_mou", "signed", "2017-11-02", "https://e.org/chl"),
        ("URY", "bri_mou", "signed", "2017", "https://e.org/ury"),
        ("NIC", "bri_mou", "signed", "2022-01-12", "https://e.org/nic"),
        ("ARG", "bri_mou", "signed", "2022-02-06", "https://e.org/arg"),
    ],
    columns=TIE_COLUMNS,
).assign(evidence="")
MOU = "bri_mou Belt and Road MoU signed since"
PAN = f"PAN {MOU} 2017-11-17, reputable source [ties:2]"
CHL = f"CHL {MOU} 2017-11-02, reputable source [ties:3]"
URY = f"URY {MOU} 2017, reputable source [ties:4]"
NIC = f"NIC {MOU} 2022-01-12, reputable source [ties:5]"
ARG = f"ARG {MOU} 2022-02-06, reputable source [ties:6]"


def row(record_id: str, iso3: str, date: str, relation: str) -> dict:
    return {"kind": "tie", "record_id": record_id, "relation": relation,
            "value": float(date[:4]), "unit": "year", "period": date, "entity": iso3}  # fmt: skip


def findings(text: str, rule_id: str, ties=BRI) -> list[tuple[str, str, list[dict]]]:
    """Every finding `rule_id` gave in the text: verdict, reason and evidence rows (the
    source id, a hash of the row's URL, checked for its prefix and left out)."""
    out = []
    for result in check(text, db=tiny_knowledge(ties=ties)):
        for found in result.findings:
            if found.rule_id != rule_id:
                continue
            shown = [{k: v for k, v in asdict(e).items() if v is not None} for e in found.evidence]
            for item in shown:
                assert item.pop("source_id").startswith("web-")
            out.append((str(found.verdict), found.reason, shown))
    return out


# ties-rank ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Panama was the first country to join the BRI.",
        "Panamá fue el primer país en sumarse a la Franja y la Ruta.",
        "O Panamá foi o primeiro país a aderir à Iniciativa do Cinturão e Rota.",
    ],
)
def test_a_first_shared_with_states_of_its_year_and_month_is_supported_level_with_them(text):
    assert findings(text, "ties-rank") == [
        (
            "supported",
            f"first in the ties table: {PAN} (level with {URY}, {CHL})",
            [
                row("ties:2", "PAN", "2017-11-17", "matches"),
                row("ties:4", "URY", "2017", "related"),
                row("ties:3", "CHL", "2017-11-02", "related"),
            ],
        )
    ]


def test_the_latest_alone_is_supported_with_its_row_only():
    assert findings("Argentina was the latest country to join the BRI.", "ties-rank") == [
        ("supported", f"latest in the ties table: {ARG}", [row("ties:6", "ARG", "2022-02-06", "matches")]),
    ]  # fmt: skip


def test_a_latest_another_state_came_after_is_unverifiable_with_both_rows():
    assert findings("Nicaragua was the latest country to join the BRI.", "ties-rank") == [
        (
            "unverifiable",
            f"the ties table puts {ARG} latest, NIC at 2022-01-12",
            [row("ties:6", "ARG", "2022-02-06", "differs"), row("ties:5", "NIC", "2022-01-12", "related")],
        )
    ]  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "Chile was the second country to join the BRI.",  # neither first nor latest
        "Panama was the top country to join the BRI.",  # rank 1, but not told as "first"
        "Mexico was the first country to join the BRI.",  # no BRI row for Mexico
    ],
)
def test_a_rank_other_than_a_first_or_latest_of_a_state_with_the_tie_is_not_judged(text):
    assert findings(text, "ties-rank") == []


@pytest.mark.parametrize(
    "before",
    [
        "In 2017, trade reached 10 billion dollars.",  # not a rank
        "China is Peru's second largest trading partner.",  # a rank, not first or latest
        "Panama was the top country to join the BRI.",  # rank 1, not told as "first"
        "Mexico was the first country to join the BRI.",  # a state without the tie
    ],
)
def test_a_first_after_a_claim_the_rule_passes_over_is_still_judged(before):
    text = f"{before} Chile was the first country to join the BRI."
    assert [(verdict, reason) for verdict, reason, _ in findings(text, "ties-rank")] == [
        ("supported", f"first in the ties table: {CHL} (level with {URY}, {PAN})"),
    ]  # fmt: skip


CUBA_RELATIONS = pd.DataFrame(
    [("CUB", "diplomatic_relations_prc", "established", "1960-09-28", "https://e.org/cub")],
    columns=TIE_COLUMNS,
).assign(evidence="")


@pytest.mark.parametrize(
    "ties",
    [BRI, pd.concat([CUBA_RELATIONS, BRI], ignore_index=True)],
    ids=["no state with relations", "relations of another state"],
)
def test_a_first_is_judged_by_the_next_tie_the_sentence_names_when_the_first_holds_no_row_of_the_state(
    ties,
):
    text = "Panama was the first country to join the BRI after establishing diplomatic relations with China."
    found = findings(text, "ties-rank", ties)
    assert [verdict for verdict, _, _ in found] == ["supported"]
    assert found[0][1].startswith(f"first in the ties table: PAN {MOU} 2017-11-17")


# ties-date ---------------------------------------------------------------------------------
PANAMA_LEFT = pd.DataFrame(
    [
        ("PAN", "bri_mou", "signed", "2017-11-17", "https://e.org/pan"),
        ("PAN", "bri_mou", "withdrawn", "2025-02-06", "https://e.org/pan-left"),
    ],
    columns=TIE_COLUMNS,
).assign(evidence="")
URUGUAY_2018 = pd.DataFrame(
    [("URY", "bri_mou", "signed", "2018", "https://e.org/ury")], columns=TIE_COLUMNS
).assign(evidence="")


def test_a_date_before_the_tie_of_a_state_that_left_it_is_contradicted_without_a_today():
    # Panama left: no positive tie today, so nothing is shown as today's; the memorandum that
    # refutes the date is shown with its row (the lead, stop 52: main showed no row at all).
    assert findings("In 2015, Panama signed the Belt and Road memorandum.", "ties-date", PANAMA_LEFT) == [
        ("contradicted", f"the text dates it 2015; the ties table holds {PAN}",
         [row("ties:2", "PAN", "2017-11-17", "differs")]),
    ]  # fmt: skip


def test_a_tie_signed_in_the_month_named_by_as_of_is_supported():
    text = "As of November 2017, Panama had signed the Belt and Road memorandum."
    assert findings(text, "ties-date", PANAMA_LEFT) == [
        ("supported", f"the ties table dates it 2017-11-17: {PAN}", [row("ties:2", "PAN", "2017-11-17", "matches")]),
    ]  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "As of December 2018, Uruguay had signed the Belt and Road memorandum.",
        "Hasta diciembre de 2018, Uruguay había firmado el memorando de la Franja y la Ruta.",
    ],
)
def test_a_row_dated_to_its_year_supports_as_of_the_years_last_month(text):
    assert findings(text, "ties-date", URUGUAY_2018) == [
        (
            "supported",
            f"the ties table dates it 2018: URY {MOU} 2018, reputable source [ties:2]",
            [row("ties:2", "URY", "2018", "matches")],
        )
    ]


@pytest.mark.parametrize(
    "text",
    [
        "As of March 2018, Uruguay had signed the Belt and Road memorandum.",
    ],
)
def test_a_row_dated_to_its_year_never_contradicts_a_month_of_that_year(text):
    # the row says 2018 only: "as of" a month before the year's end is left unjudged
    assert findings(text, "ties-date", URUGUAY_2018) == []


def test_a_row_dated_to_its_year_bears_out_an_event_told_in_a_month_of_that_year():
    # Round r54b (declared change of this guard, which held the case unjudged): the row says
    # 2018 only, the text's month falls in it; borne out at the row's precision, never refuted.
    found = findings(
        "In August 2018, Uruguay signed the Belt and Road memorandum.", "ties-date", URUGUAY_2018
    )
    assert [verdict for verdict, _, _ in found] == ["supported"]
    assert "the year only, which 2018-08 falls in" in found[0][1]


# Sources that disagree with no date: undated rows answer from 2025 (the pages' compilation), so
# a claim dated 2025 meets a disputed status no date can place. It was called contradicted
# ("the ties table holds disputed on 2025", no row shown) before the tenth mutation run's
# survivors of `TiesDate._judge` led here.
UNDATED_DISPUTE = pd.DataFrame(
    [
        ("PAN", "bri_mou", "signed", "", "https://e.org/pan", "true"),
        ("PAN", "bri_mou", "withdrawn", "", "https://e.org/pan-left", "true"),
    ],
    columns=[*TIE_COLUMNS, "conflict"],
).assign(evidence="")


@pytest.mark.parametrize(
    "text",
    [
        "In 2025, Panama signed the Belt and Road memorandum.",
        "En 2025, Panamá firmó el memorando de la Franja y la Ruta.",
        "Em 2025, o Panamá assinou o memorando do Cinturão e Rota.",
    ],
)
def test_undated_sources_that_disagree_give_disputed_never_contradicted(text):
    assert findings(text, "ties-date", UNDATED_DISPUTE) == [
        (
            "disputed",
            "sources disagree on PAN bri_mou by 2025: withdrawn (undated)",
            [{"kind": "tie", "record_id": "ties:3", "relation": "conflicts", "entity": "PAN"}],
        )
    ]


# the Tie view: a status without a source id or a known tier --------------------------------
BARE = pd.DataFrame(
    [("PAN", "bri_mou", "signed", "2017-11-17", "https://e.org/pan", "", "unrated")],
    columns=[*TIE_COLUMNS, "source_id", "tier"],
).assign(evidence="")
BARE_ROW = {"kind": "tie", "record_id": "ties:2", "relation": "matches", "value": 2017.0,
            "unit": "year", "period": "2017-11-17", "entity": "PAN"}  # fmt: skip


@pytest.mark.parametrize(
    ("rule_id", "text", "reason"),
    [
        ("ties-date", "In 2017, Panama signed the Belt and Road memorandum.",
         f"the ties table dates it 2017-11-17: PAN {MOU} 2017-11-17 [ties:2]"),
        ("ties-rank", "Panama was the first country to join the BRI.",
         f"first in the ties table: PAN {MOU} 2017-11-17 [ties:2]"),
    ],
)  # fmt: skip
def test_a_tie_without_a_source_id_or_a_known_tier_is_shown_without_them(rule_id, text, reason):
    (result,) = [r for r in check(text, db=tiny_knowledge(ties=BARE)) if r.rule_id == rule_id]
    assert (str(result.verdict), result.reason) == ("supported", reason)
    assert [{k: v for k, v in asdict(e).items() if v is not None} for e in result.evidence] == [
        BARE_ROW
    ]


# ties-date: an FTA's signature, the status the day before it came into force -----------------
# Chile's signature told by two sources; a signature the very eve of the entry into force (the
# dates are made up for the edge); and a table with neither source ids nor a known tier.
FTAS = pd.DataFrame(
    [
        ("CHL", "fta", "signed", "2005-11-18", "https://e.org/chl-1"),
        ("CHL", "fta", "signed", "2005-11-18", "https://e.org/chl-2"),
        ("CHL", "fta", "in force", "2006-10-01", "https://e.org/chl-3"),
        ("NIC", "fta", "signed", "2023-12-31", "https://e.org/nic-1"),
        ("NIC", "fta", "in force", "2024-01-01", "https://e.org/nic-2"),
    ],
    columns=TIE_COLUMNS,
).assign(evidence="")
BARE_FTAS = FTAS.iloc[[0, 2]].assign(source_id="", tier="unrated")


def test_an_fta_signature_told_by_two_sources_shows_both_rows():
    assert findings("Chile signed a free trade agreement with China in 2005.", "ties-date", FTAS) == [
        (
            "supported",
            "the FTA was signed 2005-11-18: CHL fta FTA signed since 2005-11-18, reputable source "
            "[ties:2;ties:3]",
            [{**row("ties:2;ties:3", "CHL", "2005-11-18", "matches")}],
        )
    ]  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "Nicaragua signed a free trade agreement with China in December 2023.",
        "Nicaragua firmó un tratado de libre comercio con China en diciembre de 2023.",
    ],
)
def test_an_fta_signed_the_eve_of_its_entry_into_force_is_dated_by_its_signature(text):
    assert [(v, r) for v, r, _ in findings(text, "ties-date", FTAS)] == [
        ("supported", "the FTA was signed 2023-12-31: NIC fta FTA signed since 2023-12-31, reputable source [ties:5]"),
    ]  # fmt: skip


def test_an_fta_signature_without_a_source_id_or_a_known_tier_is_shown_without_them():
    text = "Chile signed a free trade agreement with China in 2006."
    (result,) = [
        r for r in check(text, db=tiny_knowledge(ties=BARE_FTAS)) if r.rule_id == "ties-date"
    ]
    assert (str(result.verdict), result.reason) == (
        "contradicted",
        "the text dates the signature 2006; the ties table holds CHL fta FTA signed since "
        "2005-11-18 [ties:2] (in force 2006-10-01)",
    )
    assert [e.source_id for e in result.evidence] == [None, None]


# ties-rank: a first within a subregion the sentence names ---------------------------------------
SUBREGIONS = {"BRA": "south_america", "CHL": "south_america", "PER": "south_america",
              "URY": "south_america", "ARG": "south_america", "PAN": "central_america",
              "NIC": "central_america", "CUB": "caribbean", "TTO": "caribbean", "MEX": "mexico",
              "CHN": "east_asia"}  # fmt: skip
WITH_SUBREGIONS = pd.concat(
    [
        COUNTRIES,
        pd.DataFrame(
            [("TTO", "Trinidad and Tobago", "Trinidad y Tobago", "Trinidad e Tobago")],
            columns=COUNTRIES.columns,
        ),
    ]
).assign(subregion=lambda f: f["iso3"].map(SUBREGIONS))
# Panama first of all; Trinidad and Tobago first in the Caribbean, Uruguay in South America.
BRI_BY_SUBREGION = pd.DataFrame(
    [
        ("PAN", "bri_mou", "signed", "2017-11-17", "https://e.org/pan"),
        ("TTO", "bri_mou", "signed", "2018-05-14", "https://e.org/tto"),
        ("URY", "bri_mou", "signed", "2018-08-20", "https://e.org/ury"),
        ("CHL", "bri_mou", "signed", "2018-11-02", "https://e.org/chl"),
        ("CUB", "bri_mou", "signed", "2018-11-02", "https://e.org/cub"),
    ],
    columns=TIE_COLUMNS,
).assign(evidence="")
PANAMA_FIRST = f"the ties table puts PAN {MOU} 2017-11-17, reputable source [ties:2] first"


def ranked_within(text: str) -> list[tuple[str, str]]:
    view = dataclasses.replace(tiny_knowledge(ties=BRI_BY_SUBREGION), countries=WITH_SUBREGIONS)
    return [
        (str(f.verdict), f.reason)
        for r in check(text, db=view)
        for f in r.findings
        if f.rule_id == "ties-rank"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Uruguay was the first South American country to join the BRI.",
        "Uruguay fue el primer país sudamericano en sumarse a la Franja y la Ruta.",
        "O Uruguai foi o primeiro país sul-americano a aderir à Iniciativa do Cinturão e Rota.",
    ],
)
def test_a_first_within_a_subregion_is_ordered_among_its_states_only(text):
    assert ranked_within(text) == [
        ("supported", f"first in the ties table: URY {MOU} 2018-08-20, reputable source [ties:4]"),
    ]  # fmt: skip


def test_a_first_within_the_caribbean_is_ordered_among_its_states_only():
    assert ranked_within("Trinidad and Tobago was the first Caribbean country to join the BRI.") == [
        ("supported", f"first in the ties table: TTO {MOU} 2018-05-14, reputable source [ties:3]"),
    ]  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "Trinidad and Tobago was the first Latin American and Caribbean country to join the BRI.",
        # the whole region named at the very start of the sentence
        "Latin American and Caribbean states watched Trinidad and Tobago, the first to join the BRI.",
        # two subregions: neither is the one ranked within
        "Trinidad and Tobago was the first Caribbean and South American country to join the BRI.",
    ],
)
def test_the_caribbean_after_latin_america_or_beside_another_subregion_ranks_in_the_whole_region(
    text,
):
    assert ranked_within(text) == [("unverifiable", f"{PANAMA_FIRST}, TTO at 2018-05-14")]


def test_a_state_outside_the_subregion_named_is_not_ranked_within_it():
    assert ranked_within("Panama was the first South American country to join the BRI.") == []
