"""Output: JSON one object per claim with offsets; the rich report."""

from __future__ import annotations

import json

from rich.console import Console

from chinalac.claims import check, render_report, results_to_json


def test_json_has_one_object_per_claim_with_offsets_and_sources(article, article_results):
    records = json.loads(results_to_json(article_results))
    assert len(records) == len(article_results)
    for record in records:
        assert article[record["start"] : record["end"]] == record["text"]
        assert record["verdict"] in {
            "supported",
            "contradicted",
            "inconsistent",
            "disputed",
            "unverifiable",
        }
        assert isinstance(record["source_ids"], list) and record["reason"]
    supported = next(r for r in records if r["text"] == "$221 billion")
    assert supported["fact_ids"] == ["trade_china_imports_lac_2021_crs"] and supported[
        "source_ids"
    ] == ["CRS2022"]
    assert supported["period"] == "2021" and supported["amount"] == 221e9


def test_to_dict_round_trips_through_json(article_results):
    for result in article_results[:20]:
        data = json.loads(json.dumps(result.to_dict()))
        assert data["claim"]["start"] == result.claim.start and data["verdict"] == str(
            result.verdict
        )


def test_rich_report_lists_claims_and_a_summary():
    results = check("China-LAC trade grew from $18 billion in 2021 to $449 billion in 2021.")
    console = Console(record=True, width=200)
    render_report(results, console)
    text = console.export_text()
    assert "inconsistent" in text and "supported" in text and "trade_total" in text
    assert "2 claims: 1 inconsistent, 1 supported" in text


def test_empty_report():
    console = Console(record=True, width=100)
    render_report([], console)
    assert "0 claims: none" in console.export_text()
