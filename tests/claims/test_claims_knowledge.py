"""The knowledge view reads the same tables from a store (anything with `.sql`) or from CSVs."""

from __future__ import annotations

import duckdb
import pytest

from chinalac.claims import KnowledgeView, Verdict, check
from tests.claims.conftest import FIXTURES


class FakeStore:
    """The part of chinalac.api.Database the checker uses: `sql(query) -> DataFrame`."""

    def __init__(self, knowledge: KnowledgeView):
        self.con = duckdb.connect()
        for name in (
            "facts",
            "metrics",
            "countries",
            "country_names",
            "sources",
            "ties",
            "commitments",
            "commitment_statements",
            "delivery",
        ):
            self.con.register(name, getattr(knowledge, name))

    def sql(self, query):
        return self.con.execute(query).df()


def test_store_and_csv_views_give_the_same_verdicts(snapshot, article):
    from_store = check(article, db=FakeStore(snapshot))
    from_csv = check(article, db=snapshot)
    assert [(r.claim.text, r.verdict, r.record_ids) for r in from_store] == [
        (r.claim.text, r.verdict, r.record_ids) for r in from_csv
    ]


def test_a_store_missing_tables_gives_unverifiable_not_errors():
    class Empty:
        def sql(self, query):
            raise duckdb.CatalogException("no such table")

    (result,) = check("China-LAC trade reached US$489 billion in 2023.", db=Empty())
    assert result.verdict is Verdict.UNVERIFIABLE


def test_a_missing_folder_is_an_empty_view(tmp_path):
    view = KnowledgeView.from_folder(tmp_path / "nowhere")
    assert view.facts.empty and list(view.facts.columns)[:3] == ["fact_id", "metric", "entity"]


def test_ties_from_csv_get_the_store_ids_and_quality():
    view = KnowledgeView.from_folder(FIXTURES / "knowledge")
    assert {"tie_id", "source_id", "quality", "conflict", "superseded", "date_sort"} <= set(
        view.ties.columns
    )
    assert view.ties["tie_id"].iloc[0] == "ties:2"
    assert view.ties["source_id"].str.startswith("web-").any()
    assert set(view.ties["quality"]) <= {"sourced", "inferred", "unsourced"}


@pytest.mark.parametrize("db", [None, "knowledge-view"])
def test_default_is_the_package_csvs(db, snapshot):
    results = check(
        "Trade between China and Latin America reached US$489 billion in 2023.",
        db=snapshot if db else None,
    )
    assert results[0].verdict is Verdict.SUPPORTED
