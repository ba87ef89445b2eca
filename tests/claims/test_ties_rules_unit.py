"""Rules `ties-rank` and `ties-date` and the Tie view of chinalac.domain.ties they share, on
tiny inline ties tables: every evidence row and the whole reason of each verdict, the claims
the rules pass over, and the fallbacks of a status without a source or a tier. Found by
`python3 tasks.py mutate claims_rules` (docs/mutation.md, "Real remaining gaps")."""

from __future__ import annotations

from dataclasses import asdict

import pandas as pd
import pytest

from chinalac.claims import check
from tests.claims.conftest import tiny_knowledge

TIE_COLUMNS = ["iso3", "tie_type", "status", "date", "source_url"]
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
