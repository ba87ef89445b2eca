"""Tests named after the slips they guard against (issue 17).

Each was checked by planting the slip it names in the code and seeing the test fail. The store
cases build from a throwaway copy of the shipped data; the claims cases use tiny inline
knowledge tables; the web cases are in tests/web/test_slips_web.py.
"""

from __future__ import annotations

import duckdb
import pandas as pd
import pytest

from chinalac.claims import Verdict, check
from chinalac.store.build import build_store
from chinalac.store.problems import BuildFailed
from tests.claims.conftest import fact, tiny_knowledge


def read(path) -> pd.DataFrame:
    return pd.read_csv(path, dtype=str, keep_default_na=False)


def build_problems(data_dir, tmp_path) -> list[str]:
    with pytest.raises(BuildFailed) as failure:
        build_store(data_dir, tmp_path / "store.duckdb")
    return [str(p) for p in failure.value.problems]


# store validation ---------------------------------------------------------------------------
def test_duplicate_key_is_found_by_key_not_whole_row_and_names_both_lines(data_copy, tmp_path):
    """A repeated fact_id with another value must fail: comparing whole rows would let it build."""
    path = data_copy / "knowledge/facts.csv"
    facts = read(path)
    repeated = facts.iloc[[0]].copy()
    repeated["value"] = "12345"
    pd.concat([facts, repeated], ignore_index=True).to_csv(path, index=False)
    fact_id = facts.at[0, "fact_id"]
    last_line = len(facts) + 2  # header is line 1, the appended row comes after every other
    expected = (
        f"knowledge/facts.csv:{last_line}:fact_id: duplicate key (fact_id={fact_id}); "
        "first at line 2"
    )
    assert expected in build_problems(data_copy, tmp_path)


@pytest.mark.parametrize(
    ("column", "value", "expected"),
    [
        ("counterpart", "QQQ", "knowledge/facts.csv:2:counterpart: 'QQQ' is not a known"),
        ("project_id", "no_such_project", "knowledge/facts.csv:2:project_id: 'no_such_project'"),
    ],
)
def test_secondary_references_of_facts_must_exist(data_copy, tmp_path, column, value, expected):
    path = data_copy / "knowledge/facts.csv"
    facts = read(path)
    facts.loc[0, column] = value
    facts.to_csv(path, index=False)
    problems = build_problems(data_copy, tmp_path)
    assert any(p.startswith(expected) for p in problems), problems


# The delivery source of a commitment (issue 17's `delivery_source_id` slip) is no longer an id
# written by hand: commitments_compiled/delivery.csv names the page by its URL, the loader
# derives the source id from it, and a row without a URL is refused
# (tests/store/test_commitments_validation.py, "source_url: required value is empty").


def test_a_tie_row_without_url_is_unsourced_whatever_its_text_says(data_copy, tmp_path):
    """Every URL-less row in the shipped data also says 'unsourced': plant one that does not."""
    path = data_copy / "ties_compiled/ties.csv"
    ties = read(path)
    row = ties.index[
        (ties["source_url"] != "") & ~ties["status"].str.lower().str.contains("unsourced")
    ][0]
    iso3, tie_type, status = ties.loc[row, ["iso3", "tie_type", "status"]]
    ties.loc[row, "source_url"] = ""
    ties.to_csv(path, index=False)
    db = tmp_path / "store.duckdb"
    build_store(data_copy, db)
    with duckdb.connect(str(db), read_only=True) as con:
        qualities = {
            q
            for (q,) in con.execute(
                "SELECT quality FROM ties WHERE iso3 = ? AND tie_type = ? AND status = ?",
                [iso3, tie_type, status],
            ).fetchall()
        }
    assert qualities == {"unsourced"}


# claims ------------------------------------------------------------------------------------
MARCH_TRADE = [fact("trade_2023_03", "trade_total", "LAC", "2023-03", "2023-03", 40, "usd_bn")]


def test_period_matching_respects_the_month():
    knowledge = tiny_knowledge(MARCH_TRADE)
    march = check(
        "In March 2023, trade between China and Latin America reached US$55 billion.",
        db=knowledge,
    )
    assert [r.verdict for r in march] == [Verdict.CONTRADICTED]
    june = check(
        "In June 2023, trade between China and Latin America reached US$55 billion.",
        db=knowledge,
    )
    assert Verdict.CONTRADICTED not in [r.verdict for r in june]


def test_a_two_item_list_after_a_count_is_inconsistent():
    (result,) = check("Three countries (Brazil and Chile) joined.", db=tiny_knowledge())
    assert result.verdict is Verdict.INCONSISTENT and result.rule_id == "list-count"
    assert "lists 2" in result.reason


def test_a_short_sentence_takes_the_documents_language():
    text = (
        "El comercio entre China y América Latina creció de manera sostenida durante la última "
        "década, y los países de la región firmaron numerosos acuerdos con Pekín. "
        "Hubo 1.234 proyectos."
    )
    results = check(text, db=tiny_knowledge())
    values = [r.claim.value for r in results if "1.234" in r.claim.text]
    assert values == [1234]


def test_ties_rules_never_rest_on_an_unsourced_row():
    ties = pd.DataFrame(
        [("CUB", "diplomatic_relations_prc", "established", "1960-09-28", "")],
        columns=["iso3", "tie_type", "status", "date", "source_url"],
    ).assign(evidence="")
    countries_text = "In 1960, China and Cuba established diplomatic relations."
    knowledge = tiny_knowledge(ties=ties)
    verdicts = [r.verdict for r in check(countries_text, db=knowledge)]
    assert Verdict.SUPPORTED not in verdicts
    sourced = tiny_knowledge(ties=ties.assign(source_url="https://example.org/dom"))
    assert Verdict.SUPPORTED in [r.verdict for r in check(countries_text, db=sourced)]
