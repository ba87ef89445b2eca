"""The loaders run one by one on an in-memory database, on the shipped data or a copy with one
cell changed: what each writes, and the `file:row:field: reason` each reports.

Fast (no store file, no trade panel), so the mutation target `store_loaders` can run them for
every mutant; the full build is tested in test_build_bad_input.py and the domain tests.
"""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import duckdb
import pandas as pd
import pytest

from chinalac.paths import package_data_dir
from chinalac.store.context import BuildContext
from chinalac.store.loaders import LOADERS
from chinalac.store.loaders.corrections import correct_frame
from chinalac.store.loaders.ties import first_date, quality_of, web_source_id

# The loaders before the trade panel (2 s) and the precomputed indicators (3 s); the views read
# the tables of the first six only.
FAST = ("knowledge", "corrections", "ties", "commitments", "finance", "figures", "source_tiers")
TIES = "ties_compiled/ties.csv"
ADDITIONS = "ties_compiled/ties_additions.csv"
OURS = "knowledge/ties_chinalac.csv"
FORUM = "ties_compiled/forum.csv"


def run_loaders(data: Path, names=(*FAST, "views")) -> BuildContext:
    ctx = BuildContext(con=duckdb.connect(), data_dir=data, db_path=data / "unused.duckdb")
    wanted = dict(LOADERS)
    for name in names:
        wanted[name](ctx)
    ctx.check_references()
    return ctx


def messages(ctx: BuildContext) -> list[str]:
    return [str(p) for p in ctx.problems]


def csv_rows(relpath: str) -> pd.DataFrame:
    return pd.read_csv(package_data_dir() / relpath, dtype=str, keep_default_na=False)


# Function-scoped on purpose: mutmut runs, for a mutant, only the tests that reached the mutated
# function, and a shared fixture reaches the loaders during the first test's set-up only.
@pytest.fixture
def shipped() -> BuildContext:
    return run_loaders(package_data_dir())


@pytest.fixture
def shipped_ties() -> BuildContext:
    """The shipped data through the ties loader and what it needs (a fifth of a second)."""
    return run_loaders(package_data_dir(), ("knowledge", "corrections", "ties"))


@pytest.fixture
def data(tmp_path) -> Path:
    """A copy of the data folder without the trade panel and the map shapes (not read here)."""
    target = tmp_path / "data"
    shutil.copytree(package_data_dir(), target, ignore=shutil.ignore_patterns("trade", "shapes"))
    return target


def edit(data: Path, relpath: str, row: int, column: str, value: str) -> None:
    frame = pd.read_csv(data / relpath, dtype=str, keep_default_na=False)
    frame.loc[row, column] = value
    frame.to_csv(data / relpath, index=False)


def table(ctx: BuildContext, sql: str) -> pd.DataFrame:
    return ctx.con.execute(sql).df()


# -- the shipped data loads cleanly ---------------------------------------------------------
def test_the_shipped_data_loads_without_a_problem(shipped):
    assert messages(shipped) == []


# -- ties ------------------------------------------------------------------------------------
def test_quality_of_a_tie_row():
    url = "https://example.org/page"
    assert quality_of("unsourced", url) == "unsourced"
    assert quality_of("Unsourced (no passage)", url) == "unsourced"
    assert quality_of("established", "") == "unsourced"  # no URL: a gap, whatever it says
    assert quality_of("joined (inferred from a list)", url) == "inferred"
    assert quality_of("joined (INFERRED)", url) == "inferred"
    assert quality_of("established", url) == "sourced"
    assert quality_of("established (CONFLICT: year)", url) == "sourced"


def test_first_date_and_web_source_id():
    assert first_date("<2019-10") == "2019-10"
    assert first_date("2015-01-08/2015-01-09") == "2015-01-08"
    assert first_date("1983") == "1983"
    assert first_date("") is None
    assert first_date(None) is None
    assert first_date("by the end of the year") is None
    url = "https://en.wikipedia.org/wiki/China-CELAC_Forum"
    assert web_source_id(url) == "web-" + hashlib.sha1(url.encode()).hexdigest()[:10]


def test_every_tie_row_is_stored_with_its_origin(shipped_ties):
    ties = table(shipped_ties, "SELECT * FROM ties")
    counts = ties.groupby("origin_file").size().to_dict()
    # corrections.csv drops the regional rows (iso3 = LAC) of ties.csv and ties_additions.csv,
    # and one row of ties.csv more (Honduras, 2022: an error of the cited page).
    regional = {path: int((csv_rows(path)["iso3"] == "LAC").sum()) for path in (TIES, ADDITIONS)}
    assert regional[TIES] >= 1 and regional[ADDITIONS] >= 1
    assert counts == {
        TIES: len(csv_rows(TIES)) - regional[TIES] - 1,
        ADDITIONS: len(csv_rows(ADDITIONS)) - regional[ADDITIONS],
        OURS: len(csv_rows(OURS)),
    }
    first = ties[(ties["origin_file"] == TIES) & (ties["origin_line"] == 5)].iloc[0]
    assert (first["iso3"], first["tie_type"], first["date"]) == (
        "ATG",
        "diplomatic_relations_prc",
        "1983-01-01",
    )
    assert first["tie_id"] == "ties:5"
    assert first["quality"] == "sourced"
    assert first["date_sort"] == "1983-01-01"
    assert first["source_id"] == web_source_id(first["source_url"])
    assert bool(first["conflict"]) is False
    assert set(ties["tie_id"].str.split(":").str[0]) == {"ties", "ties_additions", "ties_chinalac"}


def test_an_unsourced_row_has_no_source_id_and_keeps_its_gap(shipped_ties):
    row = table(
        shipped_ties, f"SELECT * FROM ties WHERE origin_file = '{TIES}' AND origin_line = 2"
    ).iloc[0]
    assert (row["iso3"], row["tie_type"], row["quality"]) == ("ATG", "aiib", "unsourced")
    assert row["source_id"] is None or pd.isna(row["source_id"])
    assert row["source_url"] is None or pd.isna(row["source_url"])  # "" is stored as NULL
    assert row["date_sort"] is None or pd.isna(row["date_sort"])


def test_conflicting_rows_are_marked(shipped_ties):
    marked = table(shipped_ties, "SELECT iso3, tie_type FROM ties WHERE conflict ORDER BY 1, 2")
    expected = csv_rows(TIES)
    expected = expected[expected["status"].str.contains("CONFLICT")]
    # corrections.csv drops Honduras' 2022 "established (CONFLICT: year)" row: a page's error.
    kept = expected[~((expected["iso3"] == "HND") & (expected["date"] == "2022-03-26"))]
    assert len(marked) >= len(kept) >= 4
    assert set(zip(kept["iso3"], kept["tie_type"], strict=True)) <= set(
        zip(marked["iso3"], marked["tie_type"], strict=True)
    )


def test_an_unsourced_row_filled_elsewhere_is_superseded_not_dropped(shipped_ties):
    ties = table(shipped_ties, "SELECT * FROM ties")
    filled = ties[(ties["origin_file"] != TIES) & (ties["quality"] != "unsourced")]
    pairs = set(zip(filled["iso3"], filled["tie_type"], strict=True))
    base = ties[ties["origin_file"] == TIES]
    for row in base.itertuples():
        expected = row.quality == "unsourced" and (row.iso3, row.tie_type) in pairs
        assert bool(row.superseded) is expected, (row.iso3, row.tie_type)
    assert base["superseded"].sum() >= 10
    # A sourced row of the compilation is never superseded, nor is any row of the other files.
    assert not ties[ties["origin_file"] != TIES]["superseded"].any()


def test_every_cited_page_becomes_a_source(shipped_ties):
    ties = table(shipped_ties, "SELECT source_id, source_url, source_title FROM ties")
    sources = table(shipped_ties, "SELECT * FROM sources").set_index("source_id")
    cited = ties.dropna(subset=["source_url"])
    assert len(cited) > 300
    for row in cited.itertuples():
        source = sources.loc[row.source_id]
        assert source["url"] == row.source_url
        assert source["origin"] == "compiled"
        assert source["accessed"] == "2026-11"
        assert source["title"]  # the page's title, or its URL where none is given
    # One source per page, however many rows cite it.
    web = sources[sources.index.str.startswith("web-")]
    assert web["url"].is_unique


def test_a_page_cited_without_a_title_is_named_by_its_url(data):
    frame = pd.read_csv(data / OURS, dtype=str, keep_default_na=False)
    url = "https://example.org/a-page-with-no-title"
    frame.loc[0, "source_title"] = ""
    frame.loc[0, "source_url"] = url
    frame.to_csv(data / OURS, index=False)
    ctx = run_loaders(data, ("knowledge", "corrections", "ties"))
    assert messages(ctx) == []
    title, notes = ctx.con.execute(
        "SELECT title, notes FROM sources WHERE url = ?", [url]
    ).fetchall()[0]
    assert title == url
    assert "ties compilation" in notes


def test_forum_events_are_stored_with_their_sources(shipped_ties):
    forum = table(shipped_ties, "SELECT * FROM forum_events ORDER BY origin_line")
    assert len(forum) == len(csv_rows(FORUM))
    first = forum.iloc[0]
    assert first["origin_line"] == 2
    assert first["date_sort"] == "2015-01-08"
    assert first["source_id"] == web_source_id("https://en.wikipedia.org/wiki/China-CELAC_Forum")
    assert set(forum["quality"]) <= {"sourced", "unsourced"}
    for row in forum.itertuples():
        gap = "unsourced" in (row.detail or "") or not row.source_url
        assert (row.quality == "unsourced") is gap


@pytest.mark.parametrize(
    ("relpath", "row", "column", "value", "expected"),
    [
        (TIES, 3, "iso3", "ZZZ", f"{TIES}:5:iso3: 'ZZZ' is not a known country code"),
        (TIES, 3, "tie_type", "alliance", f"{TIES}:5:tie_type: 'alliance' is not a known tie type"),
        (TIES, 3, "status", "", f"{TIES}:5:status: required value is empty"),
        (TIES, 3, "date", "spring", f"{TIES}:5:date: 'spring' holds no ISO date"),
        (ADDITIONS, 0, "iso3", "ZZZ", f"{ADDITIONS}:2:iso3: 'ZZZ' is not a known country code"),
        (OURS, 0, "source_url", "", f"{OURS}:2:source_url: required value is empty"),
        (OURS, 0, "evidence", "", f"{OURS}:2:evidence: required value is empty"),
    ],
)
def test_a_bad_tie_cell_is_named(data, relpath, row, column, value, expected):
    edit(data, relpath, row, column, value)
    ctx = run_loaders(data, ("knowledge", "corrections", "ties"))
    assert messages(ctx) == [expected]


def test_the_compilation_may_leave_url_and_evidence_empty(data):
    # Only the project's own rows must cite a page; the compilation keeps its gaps as gaps.
    edit(data, TIES, 3, "source_url", "")
    edit(data, TIES, 3, "evidence", "")
    ctx = run_loaders(data, ("knowledge", "corrections", "ties"))
    assert messages(ctx) == []
    row = ctx.con.execute(
        f"SELECT quality FROM ties WHERE origin_file = '{TIES}' AND origin_line = 5"
    ).fetchall()
    assert row == [("unsourced",)]


@pytest.mark.parametrize("relpath", [TIES, ADDITIONS, OURS, FORUM])
def test_a_missing_tie_column_is_named_and_nothing_is_written(data, relpath):
    frame = pd.read_csv(data / relpath, dtype=str, keep_default_na=False)
    frame.drop(columns=["source_url"]).to_csv(data / relpath, index=False)
    ctx = run_loaders(data, ("knowledge", "corrections", "ties"))
    assert messages(ctx) == [f"{relpath}:1:source_url: required column is missing from the header"]
    assert relpath in ctx.files_read
    if relpath == FORUM:
        assert ctx.table_exists("ties") and not ctx.table_exists("forum_events")
    else:
        assert not ctx.table_exists("ties")


# -- corrections -------------------------------------------------------------------------------
FRAME = pd.DataFrame(
    {"iso3": ["ARG", "BRA", "CHL"], "year": ["2020", "2021", "2021"], "value": ["1.0", "2", "3"]}
)


def correct(*rows):
    lines = [(*row, "why", 10 + i) for i, row in enumerate(rows)]
    return correct_frame(
        "f.csv", FRAME, [(k, f, o, n, a, r, line) for (k, f, o, n, a, r, line) in lines]
    )


def test_a_correction_replaces_sets_null_or_drops_and_says_why():
    frame, problems = correct(("iso3=BRA", "value", "2", "2.5", "replace"))
    assert problems == []
    assert list(frame["value"]) == ["1.0", "2.5", "3"]
    assert list(frame["corrected"].fillna("-")) == ["-", "why", "-"]
    frame, _ = correct(("iso3=BRA", "value", "2", None, "replace"))
    assert list(frame["value"]) == ["1.0", "", "3"]
    frame, _ = correct(("iso3=BRA", "value", "2", "9", "set_null"))
    assert list(frame["value"]) == ["1.0", "", "3"]
    frame, _ = correct(("year=2021", "value", None, None, "drop"))
    assert list(frame["iso3"]) == ["ARG"]
    assert list(FRAME["value"]) == ["1.0", "2", "3"]  # the input frame is never changed


def test_a_correction_key_of_several_columns_and_numbers_compared_as_numbers():
    frame, problems = correct(("iso3=CHL; year=2021.0", "value", "3.00", "4", "replace"))
    assert problems == []
    assert list(frame["value"]) == ["1.0", "2", "4"]
    frame, problems = correct(("iso3=ARG", "value", "1", "7", "replace"))  # "1.0" == "1"
    assert problems == [] and list(frame["value"]) == ["7", "2", "3"]
    frame, problems = correct(("iso3=ARG", "value", float("nan"), "7", "replace"))  # no old value
    assert problems == [] and list(frame["value"]) == ["7", "2", "3"]


@pytest.mark.parametrize(
    ("row", "problem"),
    [
        (
            ("iso3", "value", "2", "3", "replace"),
            (10, "key", "'iso3' does not name columns of f.csv"),
        ),
        (("", "value", "2", "3", "replace"), (10, "key", "'' does not name columns of f.csv")),
        (
            ("iso3=BRA; year", "value", "2", "3", "replace"),
            (10, "key", "'iso3=BRA; year' does not name columns of f.csv"),
        ),
        (
            ("=BRA", "value", "2", "3", "replace"),
            (10, "key", "'=BRA' does not name columns of f.csv"),
        ),
        (
            ("country=BRA", "value", "2", "3", "replace"),
            (10, "key", "'country=BRA' does not name columns of f.csv"),
        ),
        (
            ("iso3=PER", "value", "2", "3", "replace"),
            (10, "key", "no row of f.csv matches iso3=PER"),
        ),
        (
            ("iso3=BRA", "amount", "2", "3", "replace"),
            (10, "field", "f.csv has no column 'amount'"),
        ),
        (
            ("iso3=BRA", "value", "5", "3", "replace"),
            (10, "old_value", "expected '5' in f.csv, found '2'"),
        ),
        (
            ("iso3=BRA", "value", "two", "3", "replace"),
            (10, "old_value", "expected 'two' in f.csv, found '2'"),
        ),
    ],
)
def test_a_correction_that_no_longer_fits_is_reported_and_not_applied(row, problem):
    frame, problems = correct(row)
    assert problems == [problem]
    assert list(frame["value"]) == ["1.0", "2", "3"]
    assert frame["corrected"].isna().all()


def test_only_the_first_bad_correction_is_skipped():
    frame, problems = correct(
        ("iso3=PER", "value", "2", "3", "replace"), ("iso3=ARG", "value", "1.0", "8", "replace")
    )
    assert [p[0] for p in problems] == [10]
    assert list(frame["value"]) == ["8", "2", "3"]


def test_corrections_are_stored_with_their_line_and_reported_by_it(shipped_ties, data):
    stored = table(shipped_ties, "SELECT * FROM corrections ORDER BY line")
    assert len(stored) == len(csv_rows("corrections/corrections.csv"))
    assert list(stored["line"]) == list(range(2, len(stored) + 2))
    # A correction whose old value no longer matches is named by its own line.
    frame = pd.read_csv(data / "corrections/corrections.csv", dtype=str, keep_default_na=False)
    line = int(frame.index[frame["file"] == TIES][0]) + 2
    hnd = frame.index[(frame["file"] == TIES) & (frame["field"] == "date")][0]
    frame.loc[hnd, "old_value"] = "1999-01-01"
    frame.to_csv(data / "corrections/corrections.csv", index=False)
    ctx = run_loaders(data, ("knowledge", "corrections", "ties"))
    assert line != int(hnd) + 2
    assert messages(ctx) == [
        f"corrections/corrections.csv:{int(hnd) + 2}:old_value: expected '1999-01-01' in {TIES}, "
        "found '2022-03-26'"
    ]


def test_without_a_corrections_table_rows_load_uncorrected(data):
    ctx = run_loaders(data, ("knowledge", "ties"))
    lac = ctx.con.execute("SELECT origin_file, origin_line FROM ties WHERE iso3 = 'LAC'").fetchall()
    assert len(lac) >= 2
    # Uncorrected, the regional rows are what corrections.csv drops them for: not a state.
    assert sorted(messages(ctx)) == sorted(
        f"{file}:{line}:iso3: 'LAC' is not a known country code" for file, line in lac
    )
    assert ctx.con.execute("SELECT count(*) FROM ties WHERE corrected IS NOT NULL").fetchone() == (
        0,
    )


# -- source tiers ----------------------------------------------------------------------------
def test_every_source_and_cited_row_gets_a_tier(shipped):
    sources = table(shipped, "SELECT source_id, tier, tier_reason FROM sources")
    assert sources["tier"].notna().all() and sources["tier_reason"].notna().all()
    for name in ("ties", "forum_events", "figures"):
        rows = table(shipped, f'SELECT source_id, tier FROM "{name}" WHERE source_id IS NOT NULL')
        assert len(rows) > 0
        merged = rows.merge(sources, on="source_id", suffixes=("", "_source"))
        assert len(merged) == len(rows)
        assert (merged["tier"] == merged["tier_source"]).all()


def test_source_tier_tables_are_stored(shipped):
    domains = table(shipped, "SELECT * FROM source_domains")
    overrides = table(shipped, "SELECT * FROM source_tier_overrides")
    assert len(domains) == len(csv_rows("knowledge/source_domains.csv"))
    assert len(overrides) == len(csv_rows("knowledge/source_tier_overrides.csv"))


def test_an_override_decides_a_sources_tier_before_its_domain(shipped):
    overrides = csv_rows("knowledge/source_tier_overrides.csv").set_index("source")
    sources = table(shipped, "SELECT source_id, url, tier, tier_reason FROM sources")
    overridden = sources[sources["source_id"].isin(overrides.index)]
    assert len(overridden) >= 5
    for row in overridden.itertuples():
        assert row.tier == overrides.loc[row.source_id, "tier"]
        assert row.tier_reason == f"override: {overrides.loc[row.source_id, 'reason']}"
    others = sources[~sources["source_id"].isin(overrides.index) & sources["url"].notna()]
    assert (others["tier_reason"].str.startswith("domain ")).sum() > 100


def test_source_tiers_without_a_domains_file_leave_the_sources_untiered(data):
    pd.read_csv(data / "knowledge/source_domains.csv", dtype=str).drop(columns=["tier"]).to_csv(
        data / "knowledge/source_domains.csv", index=False
    )
    ctx = run_loaders(data, ("knowledge", "corrections", "ties", "source_tiers"))
    assert messages(ctx) == [
        "knowledge/source_domains.csv:1:tier: required column is missing from the header"
    ]
    assert "tier" not in table(ctx, "SELECT * FROM sources LIMIT 0").columns
    assert "tier" not in table(ctx, "SELECT * FROM ties LIMIT 0").columns


def test_source_tiers_without_sources_store_only_their_tables(data):
    ctx = run_loaders(data, ("source_tiers",))
    assert ctx.problems == []
    assert ctx.table_exists("source_domains") and not ctx.table_exists("sources")


def test_ties_without_a_sources_table_are_still_stored(data):
    # A broken sources.csv is reported once; the ties loader must not fail on the missing table.
    frame = pd.read_csv(data / "knowledge/sources.csv", dtype=str, keep_default_na=False)
    frame.drop(columns=["title"]).to_csv(data / "knowledge/sources.csv", index=False)
    ctx = BuildContext(con=duckdb.connect(), data_dir=data, db_path=data / "unused.duckdb")
    dict(LOADERS)["knowledge"](ctx)
    assert not ctx.table_exists("sources")
    dict(LOADERS)["ties"](ctx)
    assert ctx.table_exists("ties") and ctx.table_exists("forum_events")
    assert "knowledge/sources.csv:1:title: required column is missing from the header" in messages(
        ctx
    )


def test_the_loaders_leave_no_scratch_relation_on_the_connection(shipped):
    sql = "SELECT table_name FROM information_schema.tables UNION SELECT view_name FROM duckdb_views()"
    names = {n for (n,) in shipped.con.execute(sql).fetchall()}
    assert not {n for n in names if n.startswith("_")}


def test_a_bad_tier_is_named(data):
    edit(data, "knowledge/source_domains.csv", 0, "tier", "golden")
    ctx = run_loaders(data, ("knowledge", "corrections", "ties", "source_tiers"))
    assert len(ctx.problems) == 1
    assert messages(ctx)[0].startswith(
        "knowledge/source_domains.csv:2:tier: 'golden' is not one of"
    )


def test_a_bad_override_leaves_the_domains_to_decide(data):
    edit(data, "knowledge/source_tier_overrides.csv", 0, "tier", "golden")
    ctx = run_loaders(data, ("knowledge", "corrections", "ties", "source_tiers"))
    assert len(ctx.problems) == 1
    assert "tier" in table(ctx, "SELECT * FROM ties LIMIT 0").columns


# -- views -----------------------------------------------------------------------------------
def test_conflicts_hold_every_side_of_each_group(shipped):
    conflicts = table(shipped, "SELECT * FROM conflicts")
    kinds = set(conflicts["kind"])
    assert kinds == {"fact", "tie", "figure", "delivery", "commitment"}
    ties = conflicts[conflicts["kind"] == "tie"]
    assert "HND:diplomatic_relations_prc" not in set(ties["conflict_id"])  # its row was dropped
    for _, group in ties.groupby("conflict_id"):
        iso3, tie_type = group["conflict_id"].iloc[0].split(":")
        stored = table(
            shipped,
            f"SELECT tie_id FROM ties WHERE iso3 = '{iso3}' AND tie_type = '{tie_type}' "
            "AND quality <> 'unsourced'",
        )
        assert sorted(group["record_id"]) == sorted(stored["tie_id"])
    facts = conflicts[conflicts["kind"] == "fact"]
    assert (facts.groupby("conflict_id").size() > 1).all()
    figures = conflicts[conflicts["kind"] == "figure"]
    brazil = figures[figures["conflict_id"] == "figures:BRA:trade_total:2018"]
    assert sorted(brazil["value"].astype(float)) == [93.13, 98.7, 98.9, 110.0]


def test_country_status_has_one_row_per_celac_state(shipped):
    status = table(shipped, "SELECT * FROM country_status")
    assert len(status) == 33 and status["iso3"].is_unique
    assert {"name_en", "name_es", "name_pt", "subregion"} <= set(status.columns)


def test_views_wait_for_the_tables_they_read(data):
    ctx = run_loaders(data, ("knowledge", "views"))
    assert not ctx.table_exists("conflicts") and not ctx.table_exists("country_status")
    ctx = run_loaders(data, ("knowledge", "corrections", "ties", "views"))
    assert ctx.table_exists("conflicts") and ctx.table_exists("country_status")
    kinds = {k for (k,) in ctx.con.execute("SELECT DISTINCT kind FROM conflicts").fetchall()}
    assert kinds <= {"fact", "tie"}


def test_a_correction_key_without_a_column_is_a_problem_not_a_crash(data):
    # It raised ValueError (a traceback from `chinalac build`) before the key was checked part
    # by part.
    frame = pd.read_csv(data / "corrections/corrections.csv", dtype=str, keep_default_na=False)
    index = frame.index[frame["file"] == TIES][0]
    frame.loc[index, "key"] = "iso3"
    frame.to_csv(data / "corrections/corrections.csv", index=False)
    ctx = run_loaders(data, ("knowledge", "corrections", "ties"))
    expected = (
        f"corrections/corrections.csv:{index + 2}:key: 'iso3' does not name columns of {TIES}"
    )
    assert expected in messages(ctx)


# -- published figures and GDP -----------------------------------------------------------------
FIGURES = "figures/figures_compiled/figures.csv"
FIGURE_ADDITIONS = "figures/figures_additions.csv"
GDP = "macro/wb_gdp_current_usd/wb_gdp_current_usd_1960_2023.csv"
THROUGH_FIGURES = ("knowledge", "corrections", "figures")


@pytest.fixture
def shipped_figures() -> BuildContext:
    return run_loaders(package_data_dir(), THROUGH_FIGURES)


def figure(ctx: BuildContext, figure_id: str) -> pd.Series:
    return table(ctx, f"SELECT * FROM figures WHERE figure_id = '{figure_id}'").iloc[0]


def test_every_figure_row_is_stored_with_its_derived_columns(shipped_figures):
    figures = table(shipped_figures, "SELECT * FROM figures")
    counts = figures.groupby("origin_file").size().to_dict()
    assert counts == {FIGURES: 441, FIGURE_ADDITIONS: len(csv_rows(FIGURE_ADDITIONS))}
    assert figures["figure_id"].is_unique
    assert set(figures["dataset"]) == {"published_figures"}
    row = figure(shipped_figures, "figures:4")  # BU-IAD's 2013 edition, "upwards of"
    assert (row["iso3"], row["metric"], row["subject"], row["period"]) == (
        "LAC",
        "loans_total",
        "loans_total",
        "2005-2012",
    )
    assert (row["year"], row["period_start"], row["period_end"]) == (2005, "2005", "2012")
    assert pd.isna(row["month"]) and row["months"] is None and not row["partial_year"]
    assert row["scope"] == "figure, cumulative 2005-2012"
    assert (row["precision"], row["reporter_side"], row["edition"]) == (
        "lower bound",
        "tracker",
        "2013 vintage",
    )
    assert row["value_usd"] == pytest.approx(8.7e10)
    assert row["origin_line"] == 4 and row["source_id"] == web_source_id(row["source_url"])
    assert row["conflict_group"] is None and not row["weak_page"]


def test_a_partial_year_row_says_its_months(shipped_figures):
    row = figure(shipped_figures, "figures:43")  # China Customs, Jan–Nov 2003
    assert (row["months"], bool(row["partial_year"])) == ("Jan–Nov", True)
    assert row["scope"] == "goods, partial year (Jan–Nov)"
    assert (row["year"], row["period_end"]) == (2003, "2003")
    assert row["value_usd"] == pytest.approx(24.28e9)
    assert row["reporter_side"] == "china" and row["precision"] == "as published"
    month = table(shipped_figures, "SELECT * FROM figures WHERE month IS NOT NULL")
    assert len(month) >= 1
    for r in month.itertuples():
        assert (
            r.months
            == ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][
                r.month - 1
            ]
        )
        assert r.period_end == r.period_start == r.period[:4]
        assert r.scope.endswith("single month")


def test_values_in_other_units_have_no_dollar_value(shipped_figures):
    figures = table(shipped_figures, "SELECT unit, value, value_usd FROM figures")
    scale = {"usd_m": 1e6, "usd_bn": 1e9}
    for row in figures.itertuples():
        if row.unit in scale:
            assert row.value_usd == pytest.approx(row.value * scale[row.unit])
        else:
            assert pd.isna(row.value_usd)
    assert set(figures["unit"]) >= {"usd_m", "usd_bn", "percent", "rank"}


def test_other_figures_are_grouped_by_what_they_measure(shipped_figures):
    loans = table(
        shipped_figures,
        "SELECT figure_id, value, edition, conflict_group FROM figures "
        "WHERE conflict_group = 'figures:LAC:loans in a single year:2015' ORDER BY figure_id",
    )
    assert list(loans["figure_id"])[:2] == ["figures:24", "figures:25"]
    assert {"2016 vintage", "2022 vintage"} <= set(loans["edition"])
    assert sorted(set(loans["value"]))[0] < 25 < sorted(set(loans["value"]))[-1]
    brazil = table(
        shipped_figures,
        "SELECT value FROM figures WHERE conflict_group = 'figures:BRA:trade_total:2018'",
    )
    assert sorted(brazil["value"]) == [93.13, 98.7, 98.9, 110.0]
    # A group holds rows of one state, subject, period and months whose values differ.
    grouped = table(shipped_figures, "SELECT * FROM figures WHERE conflict_group IS NOT NULL")
    for key, group in grouped.groupby("conflict_group"):
        assert group["iso3"].nunique() == group["subject"].nunique() == 1, key
        assert group["period"].nunique() == 1 and group["months"].nunique(dropna=False) == 1, key
        comparable = group["value_usd"].where(group["value_usd"].notna(), group["value"])
        assert comparable.round(6).nunique() > 1, key
        assert key.startswith(f"figures:{group['iso3'].iloc[0]}:{group['subject'].iloc[0]}:")
        months = group["months"].iloc[0]
        assert key.endswith(f":{months}") if months else key.count(":") == 3


def test_rows_that_agree_or_differ_in_months_are_not_a_conflict(data):
    frame = pd.read_csv(data / FIGURE_ADDITIONS, dtype=str, keep_default_na=False)
    base = frame.iloc[[4]].copy()  # Panama 2019, US$ 8.387 bn
    same = base.assign(value="8387", unit="usd_m", reporter="another reporter")
    part = base.assign(value="7", detail="exports+imports; Jan–Oct 2019 only")
    other = base.assign(value="9", reporter="a third reporter")
    pd.concat([frame, same, part], ignore_index=True).to_csv(data / FIGURE_ADDITIONS, index=False)
    ctx = run_loaders(data, THROUGH_FIGURES)
    assert messages(ctx) == []
    panama = table(ctx, "SELECT * FROM figures WHERE iso3 = 'PAN' AND period = '2019'")
    assert panama["conflict_group"].isna().all()
    pd.concat([frame, same, part, other], ignore_index=True).to_csv(
        data / FIGURE_ADDITIONS, index=False
    )
    ctx = run_loaders(data, THROUGH_FIGURES)
    panama = table(ctx, "SELECT * FROM figures WHERE iso3 = 'PAN' AND period = '2019'")
    full = panama[panama["months"].isna()]
    assert set(full["conflict_group"]) == {"figures:PAN:trade_total:2019"}
    assert len(full) >= 3
    assert panama[panama["months"].notna()]["conflict_group"].isna().all()


def test_each_cited_page_is_one_source_dated_when_known(shipped_figures):
    sources = table(shipped_figures, "SELECT * FROM sources WHERE notes LIKE '%published figures%'")
    figures = table(shipped_figures, "SELECT source_id, source_url, source_date FROM figures")
    assert set(sources["source_id"]) <= set(figures["source_id"])
    assert sources["url"].is_unique and sources["source_id"].is_unique
    assert set(sources["accessed"]) == {"2026-12"} and set(sources["origin"]) == {"compiled"}
    assert set(sources["notes"]) == {
        f"web page cited by the published figures ({FIGURES})",
        f"web page cited by the published figures ({FIGURE_ADDITIONS})",
    }
    dated = sources.merge(figures.drop_duplicates("source_id"), on="source_id")
    for row in dated.itertuples():
        assert row.url == row.source_url
        assert (row.date is None or pd.isna(row.date)) is (row.source_date == "unknown")
        if row.source_date != "unknown":
            assert row.date == row.source_date
    # A page the knowledge base already names is not registered twice.
    all_sources = table(shipped_figures, "SELECT source_id FROM sources")
    assert all_sources["source_id"].is_unique


def test_a_page_cited_without_a_title_is_named_by_its_url_in_figures(data):
    edit(data, FIGURE_ADDITIONS, 0, "source_title", "")
    edit(data, FIGURE_ADDITIONS, 0, "source_url", "https://example.org/untitled-figure")
    ctx = run_loaders(data, THROUGH_FIGURES)
    assert messages(ctx) == []
    (title,) = ctx.con.execute(
        "SELECT title FROM sources WHERE url = 'https://example.org/untitled-figure'"
    ).fetchall()[0]
    assert title == "https://example.org/untitled-figure"


def test_corrections_to_figures_are_logged_for_the_quality_report(shipped_figures):
    log = table(shipped_figures, "SELECT * FROM quality_log WHERE dataset = 'published_figures'")
    corrected = table(shipped_figures, "SELECT * FROM figures WHERE corrected IS NOT NULL")
    assert len(log) == len(corrected) >= 2
    assert set(log["check_name"]) == {"correction from corrections.csv"}
    assert set(log["status"]) == {"corrected"}
    assert sorted(log["value"]) == sorted(corrected["figure_id"])
    for row in log.itertuples():
        match = corrected[corrected["figure_id"] == row.value].iloc[0]
        assert (row.file, row.line, row.detail, row.source_id) == (
            match["origin_file"],
            match["origin_line"],
            match["corrected"],
            match["source_id"],
        )
        assert row.field is None or pd.isna(row.field)


def test_figures_and_gdp_are_described_as_datasets(shipped_figures):
    caveats = table(shipped_figures, "SELECT * FROM caveats").set_index("dataset")
    assert caveats.loc["published_figures", "source_id"] == "chinalac-figures"
    assert caveats.loc["wb_gdp", "source_id"] == "WB-GDP-datahub"
    assert len(caveats.loc["published_figures", "caveats"]) > 200  # from SOURCE.yml


def test_gdp_rows_are_stored_typed_with_their_source(shipped_figures):
    gdp = table(shipped_figures, "SELECT * FROM gdp")
    assert len(gdp) == len(csv_rows(GDP))
    assert set(gdp["indicator"]) == {"NY.GDP.MKTP.CD"} and set(gdp["dataset"]) == {"wb_gdp"}
    assert set(gdp["source_id"]) == {"WB-GDP-datahub"}
    chile = gdp[(gdp["iso3"] == "CHL") & (gdp["year"] == 2023)].iloc[0]
    assert chile["gdp_usd"] > 1e11 and chile["country_name"] == "Chile"


@pytest.mark.parametrize(
    ("column", "value", "expected"),
    [
        ("iso3", "", "iso3: required value is empty"),
        ("metric", "", "metric: required value is empty"),
        ("period", "", "period: required value is empty"),
        ("value", "", "value: required value is empty"),
        ("unit", "", "unit: required value is empty"),
        ("reporter", " ", "reporter: required value is empty"),
        ("source_url", "", "source_url: required value is empty"),
        ("iso3", "TWN", "iso3: 'TWN' is not a CELAC state's ISO3 code or LAC"),
        ("iso3", "CHN", "iso3: 'CHN' is not a CELAC state's ISO3 code or LAC"),
        (
            "metric",
            "trade_totl",
            "metric: 'trade_totl' is not one of: china_export_destination_rank",
        ),
        ("metric", "other", "detail: an 'other' figure must say what it measures ('other: …')"),
        ("unit", "usd", "unit: 'usd' is not one of: count, percent, rank, usd_bn, usd_m"),
        ("period", "2019-2018", "period: '2019-2018' is not YYYY, YYYY-YYYY or YYYY-MM"),
        ("period", "2019-13", "period: '2019-13' is not YYYY, YYYY-YYYY or YYYY-MM"),
        ("period", "2019-00", "period: '2019-00' is not YYYY, YYYY-YYYY or YYYY-MM"),
        ("period", "19", "period: '19' is not YYYY, YYYY-YYYY or YYYY-MM"),
        ("value", "about 8", "value: 'about 8' is not a number"),
        ("value", "-1", "value: '-1' is not a number ≥ 0"),
        ("value", "nan", "value: 'nan' is not a number ≥ 0"),
        ("value", "10000", "value: 10000 usd_bn is not plausible for one figure"),
        ("source_url", "www.example.org", "source_url: 'www.example.org' is not a web address"),
        ("source_date", "Jan 2020", "source_date: 'Jan 2020' is not an ISO date or 'unknown'"),
        ("evidence", " ", "evidence: required value is empty (a note in our own words)"),
    ],
)
def test_a_bad_figure_cell_is_named_and_its_row_left_out(data, column, value, expected):
    edit(data, FIGURE_ADDITIONS, 4, column, value)  # Panama 2019, US$ 8.387 bn
    ctx = run_loaders(data, THROUGH_FIGURES)
    assert messages(ctx)[0].startswith(f"{FIGURE_ADDITIONS}:6:{expected}")
    assert len(ctx.problems) == 1
    ids = {i for (i,) in ctx.con.execute("SELECT figure_id FROM figures").fetchall()}
    assert "figures_additions:6" not in ids and "figures_additions:7" in ids


@pytest.mark.parametrize(
    ("column", "value"),
    [
        ("period", "2018-2019"),
        ("period", "2019-12"),
        ("period", "2019-01"),
        ("value", "0"),
        ("value", "9999"),  # US$ 9,999 bn: below the ten-trillion limit
        ("source_url", "http://example.org"),
        ("source_date", "unknown"),
        ("source_date", ""),
        ("source_date", "2020-01"),
    ],
)
def test_good_figure_cells_pass(data, column, value):
    edit(data, FIGURE_ADDITIONS, 4, column, value)
    ctx = run_loaders(data, THROUGH_FIGURES)
    assert messages(ctx) == []
    assert ctx.con.execute(
        "SELECT count(*) FROM figures WHERE figure_id = 'figures_additions:6'"
    ).fetchone() == (1,)


def test_an_other_figure_says_what_it_measures(data):
    edit(data, FIGURE_ADDITIONS, 4, "metric", "other")
    edit(data, FIGURE_ADDITIONS, 4, "detail", "other: Chinese state loans to Panama (approx.)")
    ctx = run_loaders(data, THROUGH_FIGURES)
    assert messages(ctx) == []
    row = figure(ctx, "figures_additions:6")
    assert row["subject"] == "loans to panama"
    assert (row["scope"], row["precision"]) == ("figure, full year", "approximate")


@pytest.mark.parametrize("relpath", [FIGURES, FIGURE_ADDITIONS])
def test_a_figures_file_with_a_wrong_header_writes_no_table(data, relpath):
    frame = pd.read_csv(data / relpath, dtype=str, keep_default_na=False)
    frame.rename(columns={"evidence": "quote"}).to_csv(data / relpath, index=False)
    ctx = run_loaders(data, THROUGH_FIGURES)
    assert messages(ctx) == [
        f"{relpath}:1:evidence: required column is missing from the header",
        f"{relpath}:1:quote: unknown column (not in the table's specification)",
    ]
    assert not ctx.table_exists("figures") and ctx.table_exists("gdp")


@pytest.mark.parametrize(
    ("column", "value", "expected"),
    [
        ("Country Code", "CL", "Country Code: 'CL' is not a 3-letter code"),
        ("Country Code", "chl", "Country Code: 'chl' is not a 3-letter code"),
        ("Year", "2023.5", "Year: '2023.5' is not a year"),
        ("Year", "later", "Year: 'later' is not a year"),
        ("Year", "1899", "Year: '1899' is not a plausible year"),
        ("Year", "2101", "Year: '2101' is not a plausible year"),
        ("Value", "n/a", "Value: 'n/a' is not a number"),
        ("Value", "0", "Value: '0' is not a positive amount of US$"),
        ("Value", "1e15", "Value: '1e15' US$ is more than a thousand trillion"),
    ],
)
def test_a_bad_gdp_cell_is_named(data, column, value, expected):
    edit(data, GDP, 9, column, value)
    ctx = run_loaders(data, ("knowledge", "figures"))
    assert messages(ctx) == [f"{GDP}:11:{expected}"]


@pytest.mark.parametrize(
    ("column", "value"), [("Year", "1900"), ("Year", "2100"), ("Value", "9.9e14")]
)
def test_gdp_edges_pass(data, column, value):
    edit(data, GDP, 9, column, value)
    ctx = run_loaders(data, ("knowledge", "figures"))
    assert messages(ctx) == []


def test_gdp_duplicates_are_named_and_problems_are_capped_per_column(data):
    frame = pd.read_csv(data / GDP, dtype=str, keep_default_na=False)
    frame = pd.concat([frame, frame.iloc[[0]]], ignore_index=True)
    frame.loc[1:30, "Value"] = "n/a"
    frame.to_csv(data / GDP, index=False)
    ctx = run_loaders(data, ("knowledge", "figures"))
    found = messages(ctx)
    assert found[:20] == [f"{GDP}:{line}:Value: 'n/a' is not a number" for line in range(3, 23)]
    assert len(found) == 21
    assert found[20] == f"{GDP}:{len(frame) + 1}:Country Code: duplicate economy and year"


def test_a_gdp_file_with_a_wrong_header_writes_no_table(data):
    frame = pd.read_csv(data / GDP, dtype=str, keep_default_na=False)
    frame.drop(columns=["Country Code"]).to_csv(data / GDP, index=False)
    ctx = run_loaders(data, ("knowledge", "figures"))
    assert messages(ctx) == [f"{GDP}:1:Country Code: required column is missing from the header"]
    assert not ctx.table_exists("gdp") and ctx.table_exists("figures")


# -- finance: AidData, AEI, trackers ------------------------------------------------------------
AIDDATA_YEAR = "finance/aiddata_gcdf3/gcdf3_country_year_gw.csv"
AIDDATA_TOTAL = "finance/aiddata_gcdf3/gcdf3_country_commitments_2000_2021.csv"
AEI = "finance/aei_cgit_south_america/aei_cgit_south_america_2005_2021.csv"
THROUGH_FINANCE = ("knowledge", "finance")


@pytest.fixture
def shipped_finance() -> BuildContext:
    return run_loaders(package_data_dir(), THROUGH_FINANCE)


def test_aiddata_is_stored_long_with_both_amounts(shipped_finance):
    wide = csv_rows(AIDDATA_YEAR)
    long = table(shipped_finance, "SELECT * FROM aiddata_country_year")
    assert len(long) == 3 * len(wide)
    assert set(long["flow_class"]) == {"oda", "oof", "vof"}
    assert set(long["dataset"]) == {"aiddata_gcdf3"} and set(long["source_id"]) == {"AidData-GCDF3"}
    assert long["iso3"].notna().all() and "line" not in long.columns
    first = wide.iloc[0]  # Gleditsch–Ward 31 (the Bahamas), 2004
    rows = long[(long["gwcode"] == 31) & (long["year"] == 2004)].set_index("flow_class")
    assert set(rows["iso3"]) == {"BHS"}
    for flow in ("oda", "oof", "vof"):
        assert rows.loc[flow, "amount_constant_2021_usd"] == pytest.approx(
            float(first[f"{flow}_amt"])
        )
        assert rows.loc[flow, "adjusted_constant_2021_usd"] == pytest.approx(
            float(first[f"{flow}_adj"])
        )
    keys = list(zip(long["iso3"], long["year"], long["flow_class"], strict=True))
    assert keys == sorted(keys)


def test_aiddata_totals_sit_beside_the_sums_of_their_parts(shipped_finance):
    totals = table(shipped_finance, "SELECT * FROM aiddata_country_total").set_index("iso3")
    assert len(totals) == len(csv_rows(AIDDATA_TOTAL))
    argentina = totals.loc["ARG"]
    assert argentina["published_total_bn"] == pytest.approx(138.7509875566946)
    assert argentina["country_year_unadjusted_bn"] == pytest.approx(138.7509875566946)
    assert argentina["country_year_adjusted_bn"] == pytest.approx(37.837469, rel=1e-6)
    assert set(totals["source_id"]) == {"AidData-GCDF3"} and "line" not in totals.columns
    (check,) = shipped_finance.con.execute(
        "SELECT status, detail FROM quality_log WHERE check_name = 'parts sum to published totals'"
    ).fetchall()
    assert check[0] == "passed"
    assert check[1].startswith(
        "country-year unadjusted sums equal the published totals for 125 of 125"
    )


def test_a_total_that_its_parts_do_not_make_is_named(data):
    edit(data, AIDDATA_TOTAL, 1, "total_commitments_bn", "140")  # Argentina
    ctx = run_loaders(data, THROUGH_FINANCE)
    assert messages(ctx) == [
        f"{AIDDATA_TOTAL}:3:total_commitments_bn: published total 140 bn ≠ 138.751 bn, the sum of "
        f"{AIDDATA_YEAR} for ARG"
    ]
    (status, detail) = ctx.con.execute(
        "SELECT status, detail FROM quality_log WHERE check_name = 'parts sum to published totals'"
    ).fetchall()[0]
    assert status == "failed" and "for 124 of 125 recipients" in detail


def test_a_total_within_the_tolerance_passes(data):
    edit(data, AIDDATA_TOTAL, 1, "total_commitments_bn", "138.75098")  # 6e-8 relative
    assert messages(run_loaders(data, THROUGH_FINANCE)) == []


@pytest.mark.parametrize(
    ("column", "value", "expected"),
    [
        (
            "gwcode",
            "9999",
            "gwcode: Gleditsch–Ward code 9999 has no ISO3 code in country_converter",
        ),
        (
            "oda_amt",
            "2e12",
            "oda_amt: 2e+12 US$ for one recipient-year is not plausible (≥ US$1 trillion)",
        ),
        (
            "oof_adj",
            "1e12",
            "oof_adj: 1e+12 US$ for one recipient-year is not plausible (≥ US$1 trillion)",
        ),
    ],
)
def test_a_bad_aiddata_cell_is_named(data, column, value, expected):
    edit(data, AIDDATA_YEAR, 0, column, value)
    found = messages(run_loaders(data, THROUGH_FINANCE))
    assert found[0] == f"{AIDDATA_YEAR}:2:{expected}"


def test_aei_deals_are_stored_with_their_state_and_flags(shipped_finance):
    deals = table(shipped_finance, "SELECT * FROM aei_investments")
    raw = csv_rows(AEI)
    assert len(deals) == len(raw)
    assert deals["iso3"].notna().all()
    assert set(deals["dataset"]) == {"aei_cgit"} and set(deals["source_id"]) == {"AEI-CGIT"}
    first = deals.iloc[0]
    assert (first["iso3"], first["country"], first["amount_usd_m"]) == ("ECU", "Ecuador", 1420.0)
    assert pd.isna(first["bri"]) and not first["greenfield"]
    assert int(deals["bri"].sum()) == int((raw["BRI"] == "1.0").sum())
    assert int((deals["bri"] == False).sum()) == int((raw["BRI"] == "0.0").sum())  # noqa: E712
    assert int(deals["greenfield"].sum()) == int((raw["Greenfield"] == "G").sum())
    assert (deals["iso3"] == "BRA").sum() == (raw["Country"] == "Brazil").sum()


def test_an_aei_deal_in_an_unknown_country_is_named(data):
    edit(data, AEI, 2, "Country", "Atlantis")
    edit(data, AEI, 3, "BRI", "1")
    edit(data, AEI, 4, "BRI", "0")
    ctx = run_loaders(data, THROUGH_FINANCE)
    assert messages(ctx) == [f"{AEI}:4:Country: 'Atlantis' is not China or a CELAC state"]
    bri = [b for (b,) in ctx.con.execute("SELECT bri FROM aei_investments").fetchall()]
    assert bri[3] is True and bri[4] is False


def test_aei_without_a_country_table_is_stored_unresolved(data):
    ctx = BuildContext(con=duckdb.connect(), data_dir=data, db_path=data / "unused.duckdb")
    dict(LOADERS)["finance"](ctx)
    assert ctx.problems == []
    assert ctx.con.execute("SELECT count(iso3), count(*) FROM aei_investments").fetchone() == (
        0,
        len(csv_rows(AEI)),
    )


def test_finance_datasets_are_described_and_trackers_stored(shipped_finance):
    caveats = table(shipped_finance, "SELECT dataset, source_id FROM caveats").set_index("dataset")
    assert caveats.loc["aiddata_gcdf3", "source_id"] == "AidData-GCDF3"
    assert caveats.loc["aei_cgit", "source_id"] == "AEI-CGIT"
    trackers = table(shipped_finance, "SELECT * FROM trackers")
    assert len(trackers) == len(csv_rows("finance/trackers.csv"))


@pytest.mark.parametrize("relpath", [AIDDATA_YEAR, AIDDATA_TOTAL, AEI])
def test_a_finance_file_with_a_missing_column_writes_no_table(data, relpath):
    frame = pd.read_csv(data / relpath, dtype=str, keep_default_na=False)
    frame.drop(columns=[frame.columns[1]]).to_csv(data / relpath, index=False)
    ctx = run_loaders(data, THROUGH_FINANCE)
    assert messages(ctx) == [
        f"{relpath}:1:{frame.columns[1]}: required column is missing from the header"
    ]
    if relpath == AEI:
        assert not ctx.table_exists("aei_investments") and ctx.table_exists("aiddata_country_year")
    else:
        assert not ctx.table_exists("aiddata_country_year") and ctx.table_exists("aei_investments")
