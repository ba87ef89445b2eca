"""Tests written for the mutants of the `store_loaders` target that no other test noticed
(issue 17): each asserts a stored value, a reported `file:row:field: …` line or a parser's
answer that one of those mutants changes.

In-memory and function-scoped, as in test_loaders_in_memory.py (a shared fixture would make
mutmut attribute the loaders to the first test only).
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from chinalac.store.context import BuildContext
from chinalac.store.loaders.commitments import (
    COMMITMENTS_FILE,
    DELIVERY_FILE,
    SCOPE_FILE,
    STATEMENTS_FILE,
    parse_as_of,
    read_commitments,
)
from chinalac.store.loaders.corrections import correct_frame
from chinalac.store.loaders.figures import _conflict_groups, scope_of, subject_of
from chinalac.store.loaders.ties import web_source_id
from tests.store import loader_kit as kit
from tests.store.loader_kit import (
    COMMITMENTS_SIDECAR,
    copy_data_without,
    edit,
    messages,
    read,
    table,
)

TIES = "ties_compiled/ties.csv"
ADDITIONS = "ties_compiled/ties_additions.csv"
OURS = "knowledge/ties_chinalac.csv"
FORUM = "ties_compiled/forum.csv"
FIGURES = "figures/figures_compiled/figures.csv"
FIGURE_ADDITIONS = "figures/figures_additions.csv"
GDP = "macro/wb_gdp_current_usd/wb_gdp_current_usd_1960_2023.csv"
SIDECAR = COMMITMENTS_SIDECAR
THROUGH_TIES = ("knowledge", "corrections", "ties")
THROUGH_FIGURES = ("knowledge", "corrections", "figures")


@pytest.fixture
def data(tmp_path) -> Path:
    """A copy of the data folder without the trade panel and the map shapes (not read here)."""
    return copy_data_without(tmp_path, "trade", "shapes")


def run_loaders(data: Path, names) -> BuildContext:
    """The loaders, then the store's check of the sources they cite."""
    return kit.run_loaders(data, names, check_references=True)


# -- ties ------------------------------------------------------------------------------------
def test_ties_without_a_country_table_name_every_code_as_unknown(data):
    ctx = run_loaders(data, ("corrections", "ties"))
    found = messages(ctx)
    assert found[0] == f"{TIES}:2:iso3: 'ATG' is not a known country code"
    assert (
        len([m for m in found if ":iso3: " in m])
        == ctx.con.execute("SELECT count(*) FROM ties").fetchone()[0]
    )


@pytest.mark.parametrize("relpath", [TIES, FORUM])
def test_a_missing_ties_file_is_named_by_its_path(data, relpath):
    (data / relpath).unlink()
    ctx = run_loaders(data, THROUGH_TIES)
    assert messages(ctx) == [f"{relpath}::: file is missing"]


def test_a_row_without_a_page_registers_no_source(data):
    ctx = run_loaders(data, THROUGH_TIES)
    assert ctx.con.execute("SELECT count(*) FROM ties WHERE source_url IS NULL").fetchone()[0] > 0
    assert ctx.con.execute(
        "SELECT count(*) FROM sources WHERE url = '' OR url IS NULL AND source_id LIKE 'web-%'"
    ).fetchone() == (0,)
    assert ctx.con.execute(
        "SELECT count(*) FROM sources WHERE source_id = ?", [web_source_id("")]
    ).fetchone() == (0,)


def test_a_cited_page_is_noted_as_cited_by_the_ties_compilation(data):
    ctx = run_loaders(data, THROUGH_TIES)
    notes = {
        n
        for (n,) in ctx.con.execute(
            "SELECT notes FROM sources WHERE source_id IN (SELECT source_id FROM ties)"
        ).fetchall()
    }
    assert "web page cited by the ties compilation (data/ties_compiled/SOURCE.yml)" in notes


def test_an_unsourced_row_elsewhere_supersedes_nothing(data):
    base = read(data / TIES)
    gaps = base[base["status"].str.lower().str.startswith("unsourced") | (base["source_url"] == "")]
    elsewhere = pd.concat([read(data / ADDITIONS), read(data / OURS)])
    filled = set(zip(elsewhere["iso3"], elsewhere["tie_type"], strict=True))
    gap = next(
        row for row in gaps.itertuples() if (row.iso3, row.tie_type) not in filled
    )  # a gap of ties.csv that no other file fills
    additions = read(data / ADDITIONS)
    row = additions.iloc[[0]].assign(
        iso3=gap.iso3, country=gap.country, tie_type=gap.tie_type, status="unsourced (no page)"
    )
    pd.concat([additions, row], ignore_index=True).to_csv(data / ADDITIONS, index=False)
    ctx = run_loaders(data, THROUGH_TIES)
    assert messages(ctx) == []
    ties = table(ctx, "SELECT * FROM ties")
    mine = ties[(ties["iso3"] == gap.iso3) & (ties["tie_type"] == gap.tie_type)]
    assert set(mine["quality"]) == {"unsourced"} and len(mine) >= 2
    assert not mine["superseded"].any()


def test_a_forum_event_without_a_page_has_no_source_and_empty_cells_are_null(data):
    forum = read(data / FORUM)
    empty_detail = int(forum.index[forum["detail"] == ""][0])
    edit(data, FORUM, 0, "source_url", "")
    ctx = run_loaders(data, THROUGH_TIES)
    rows = table(ctx, "SELECT * FROM forum_events ORDER BY origin_line")
    first = rows.iloc[0]
    assert first["source_url"] is None and first["source_id"] is None
    assert first["quality"] == "unsourced"
    assert rows.iloc[empty_detail]["detail"] is None


# -- corrections ------------------------------------------------------------------------------
FRAME = pd.DataFrame(
    {"iso3": ["ARG", "BRA", ""], "note": ["a=b", "c", "d"], "value": ["1.0", "2", "3"]}
)


def correct(*rows):
    return correct_frame("f.csv", FRAME, [(*row, "why", 10 + i) for i, row in enumerate(rows)])


def test_a_key_value_may_hold_an_equals_sign():
    frame, problems = correct(("note=a=b", "value", "1", "5", "replace"))
    assert problems == []
    assert list(frame["value"]) == ["5", "2", "3"]


def test_a_key_may_ask_for_an_empty_cell():
    frame, problems = correct(("iso3=", "value", "3", "4", "replace"))
    assert problems == []
    assert list(frame["value"]) == ["1.0", "2", "4"]


def test_an_empty_old_value_expects_nothing():
    frame, problems = correct(("iso3=BRA", "value", "", "9", "replace"))
    assert problems == []
    assert list(frame["value"]) == ["1.0", "9", "3"]


def test_a_float_old_value_is_compared_not_ignored():
    frame, problems = correct(("iso3=BRA", "value", 5.0, "9", "replace"))
    assert problems == [(10, "old_value", "expected '5.0' in f.csv, found '2'")]
    assert list(frame["value"]) == ["1.0", "2", "3"]
    frame, problems = correct(("iso3=BRA", "value", 2.0, "9", "replace"))
    assert problems == [] and list(frame["value"]) == ["1.0", "9", "3"]


@pytest.mark.parametrize(
    "bad",
    [
        ("country=BRA", "value", "2", "7", "replace"),  # names no column
        ("iso3=PER", "value", "2", "7", "replace"),  # matches no row
        ("iso3=BRA", "amount", "2", "7", "replace"),  # no such field
        ("iso3=BRA", "value", "5", "7", "replace"),  # the old value changed
    ],
)
def test_a_correction_that_does_not_fit_leaves_the_next_ones_applied(bad):
    frame, problems = correct(bad, ("iso3=ARG", "value", "1", "6", "replace"))
    assert len(problems) == 1 and problems[0][0] == 10
    assert list(frame["value"]) == ["6", "2", "3"]
    assert list(frame["corrected"].fillna("-")) == ["why", "-", "-"]


def test_figures_without_a_corrections_table_log_no_correction(data):
    ctx = run_loaders(data, ("knowledge", "figures"))
    assert messages(ctx) == []
    logged = 0
    if ctx.table_exists("quality_log"):
        logged = ctx.con.execute(
            "SELECT count(*) FROM quality_log WHERE check_name = 'correction from corrections.csv'"
        ).fetchone()[0]
    assert logged == 0


# -- commitments ------------------------------------------------------------------------------
def test_a_commitment_made_on_an_unknown_date_is_named(folder):
    frame = read(folder / COMMITMENTS_FILE)
    frame.loc[0, "made_on"] = "unknown"
    frame.to_csv(folder / COMMITMENTS_FILE, index=False)
    found = [str(p) for p in read_commitments(folder).problems]
    assert found == [
        f"{COMMITMENTS_FILE}:2:made_on: 'unknown' is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("unknown (after 2016)", (None, None)),
        ("Unknown, 2019 page", (None, None)),
        ("", (None, None)),
        (None, (None, None)),
        ("2018-2020", ("2018", "2020")),
    ],
)
def test_parse_as_of(text, expected):
    assert parse_as_of(text) == expected


@pytest.mark.parametrize("relpath", [COMMITMENTS_FILE, SCOPE_FILE])
def test_a_missing_commitment_file_is_named_by_its_path(folder, relpath):
    (folder / relpath).unlink()
    assert [str(p) for p in read_commitments(folder).problems] == [f"{relpath}::: file is missing"]


def test_every_commitment_row_keeps_its_file(folder):
    tables = read_commitments(folder)
    assert set(tables.commitments["origin_file"]) == {COMMITMENTS_FILE}
    assert set(tables.delivery["origin_file"]) >= {DELIVERY_FILE}
    assert set(tables.statements["origin_file"]) == {COMMITMENTS_FILE, STATEMENTS_FILE}


def test_the_correction_hook_gets_each_file_by_its_path(folder):
    seen = []

    def correct(relpath, frame):
        seen.append(relpath)
        if "evidence" not in frame.columns:
            return frame
        return frame.assign(evidence=frame["evidence"] + f" [{relpath}]")

    tables = read_commitments(folder, correct=correct)
    assert seen == [COMMITMENTS_FILE, DELIVERY_FILE, STATEMENTS_FILE, SCOPE_FILE]
    assert tables.commitments["evidence"].str.endswith(f" [{COMMITMENTS_FILE}]").all()


def test_a_missing_sidecar_is_a_problem_not_a_crash(folder):
    (folder / SIDECAR).unlink()
    tables = read_commitments(folder)
    path = folder / SIDECAR
    assert [str(p) for p in tables.problems] == [
        f"{SIDECAR}::: unreadable: [Errno 2] No such file or directory: '{path}'"
    ]
    assert list(tables.conflicts.columns) == ["subject", "commitment_id", "values"]
    assert tables.conflicts.empty and not tables.commitments.empty


def test_an_unreadable_sidecar_leaves_an_empty_conflicts_table_with_its_columns(folder):
    (folder / SIDECAR).write_text("known_conflicts: [unclosed\n", encoding="utf-8")
    tables = read_commitments(folder)
    assert list(tables.conflicts.columns) == ["subject", "commitment_id", "values"]


def test_known_conflicts_are_read_value_by_value(folder):
    known = read(folder / COMMITMENTS_FILE)["commitment_id"].iloc[0]
    (folder / SIDECAR).write_text(
        "known_conflicts:\n"
        f"  - commitment: {known} (the pledge of 2015)\n"
        "    values: 250 bn vs 500 bn\n"
        "  - values: a conflict without its commitment\n"
        f"  - commitment: {known}\n",
        encoding="utf-8",
    )
    conflicts = read_commitments(folder).conflicts
    assert list(conflicts.columns) == ["subject", "commitment_id", "values"]
    assert conflicts.iloc[0].tolist() == [
        f"{known} (the pledge of 2015)",
        known,
        "250 bn vs 500 bn",
    ]
    assert conflicts.iloc[1]["subject"] == ""
    assert conflicts.iloc[1]["commitment_id"] is None
    assert conflicts.iloc[1]["values"] == "a conflict without its commitment"
    assert conflicts.iloc[2].tolist() == [known, known, ""]


def test_a_sidecar_without_known_conflicts_gives_an_empty_table_with_its_columns(folder):
    (folder / SIDECAR).write_text("name: commitments\n", encoding="utf-8")
    tables = read_commitments(folder)
    assert tables.problems == []
    assert list(tables.conflicts.columns) == ["subject", "commitment_id", "values"]
    assert tables.conflicts.empty


# -- figures -----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("metric", "detail", "expected"),
    [
        ("trade_total", "Comercio de bienes y servicios", "goods and services, full year"),
        ("trade_total", "Goods and services, total", "goods and services, full year"),
        ("trade_total", "exports+imports", "goods, full year"),
        ("loans_total", "goods and services", "figure, full year"),
    ],
)
def test_scope_of_names_goods_and_services(metric, detail, expected):
    assert scope_of(metric, None, "2020", detail) == expected


@pytest.mark.parametrize(
    ("detail", "expected"),
    [
        ("other:loans to Peru", "loans to peru"),
        ("other: loans, as other: the page says", "loans"),
        ("other: loan commitments to Peru", "loans to peru"),
        ("other: Chinese state loans (2019)", "loans"),
        ("other: (not named)", "other"),
        ("loans without the prefix", "loans without the prefix"),
    ],
)
def test_subject_of_an_other_figure(detail, expected):
    assert subject_of("other", detail) == expected


@pytest.mark.parametrize("relpath", [FIGURES, GDP])
def test_a_missing_figures_file_is_named_by_its_path(data, relpath):
    (data / relpath).unlink()
    ctx = run_loaders(data, THROUGH_FIGURES)
    assert messages(ctx) == [f"{relpath}::: file is missing"]
    assert relpath in ctx.files_read


def test_the_figure_and_gdp_files_are_listed_as_read(data):
    ctx = run_loaders(data, THROUGH_FIGURES)
    assert {FIGURES, FIGURE_ADDITIONS, GDP} <= set(ctx.files_read)


def group_ids(rows: list[dict]) -> list[str | None]:
    frame = pd.DataFrame(rows)
    frame["value_usd"] = pd.Series(
        [
            v * {"usd_bn": 1e9, "usd_m": 1e6}[u] if u.startswith("usd") else None
            for v, u in zip(frame["value"], frame["unit"], strict=True)
        ],
        dtype=float,
    )
    return list(_conflict_groups(frame)["conflict_group"])


def fig(value, unit, months=None):
    return {
        "iso3": "PER",
        "subject": "other",
        "period": "2019",
        "months": months,
        "value": value,
        "unit": unit,
    }


def test_ranks_or_percents_that_differ_are_a_conflict():
    assert group_ids([fig(2.0, "rank"), fig(3.0, "rank")]) == ["figures:PER:other:2019"] * 2
    assert group_ids([fig(2.0, "rank"), fig(2.0, "rank")]) == [None, None]


def test_values_in_different_kinds_of_unit_are_no_conflict():
    assert group_ids([fig(2.0, "percent"), fig(3.0, "count")]) == [None, None]
    assert group_ids([fig(2.0, "usd_bn"), fig(2000.0, "usd_m")]) == [None, None]
    assert group_ids([fig(2.0, "usd_bn"), fig(3000.0, "usd_m")]) == ["figures:PER:other:2019"] * 2


def test_values_within_a_millionth_are_no_conflict():
    assert group_ids([fig(0.1234561, "percent"), fig(0.1234564, "percent")]) == [None, None]


def test_a_partial_year_conflict_names_its_months():
    ids = group_ids([fig(2.0, "usd_bn", "Jan–Oct"), fig(3.0, "usd_bn", "Jan–Oct")])
    assert ids == ["figures:PER:other:2019:Jan–Oct"] * 2


def test_the_message_for_an_unknown_metric_lists_every_metric(data):
    from chinalac.store.loaders.figures import METRICS

    edit(data, FIGURE_ADDITIONS, 4, "metric", "trade_totl")
    ctx = run_loaders(data, THROUGH_FIGURES)
    assert messages(ctx) == [
        f"{FIGURE_ADDITIONS}:6:metric: 'trade_totl' is not one of: {', '.join(sorted(METRICS))}"
    ]


def test_a_bad_addition_leaves_the_compilations_row_at_the_same_position(data):
    edit(data, FIGURE_ADDITIONS, 4, "iso3", "TWN")
    ctx = run_loaders(data, THROUGH_FIGURES)
    assert len(ctx.problems) == 1
    ids = {i for (i,) in ctx.con.execute("SELECT figure_id FROM figures").fetchall()}
    assert "figures_additions:6" not in ids
    assert {"figures:6", "figures:2", "figures_additions:7"} <= ids


def test_figures_without_a_sources_table_are_still_stored(data):
    ctx = run_loaders(data, ("corrections", "figures"))
    assert ctx.table_exists("figures") and not ctx.table_exists("sources")
    lac = ctx.con.execute("SELECT count(*) FROM figures WHERE iso3 = 'LAC'").fetchone()[0]
    assert lac > 0


def test_years_are_stored_as_integers(data):
    ctx = run_loaders(data, THROUGH_FIGURES)
    assert ctx.con.execute("SELECT DISTINCT typeof(year) FROM figures").fetchall() == [("BIGINT",)]
    assert ctx.con.execute("SELECT DISTINCT typeof(year) FROM gdp").fetchall() == [("BIGINT",)]


def test_an_empty_figure_cell_is_stored_as_null(data):
    edit(data, FIGURE_ADDITIONS, 4, "source_title", "")
    edit(data, FIGURE_ADDITIONS, 4, "source_date", "")
    ctx = run_loaders(data, THROUGH_FIGURES)
    row = ctx.con.execute(
        "SELECT source_title, source_date FROM figures WHERE figure_id = 'figures_additions:6'"
    ).fetchall()
    assert row == [(None, None)]


@pytest.mark.parametrize(
    ("detail", "reporter", "weak"),
    [
        ("exports+imports", "MOFCOM", False),
        ("exports+imports; weak page", "MOFCOM", True),
        ("exports+imports", "MOFCOM (Weak page)", True),
        ("value unreliable", "MOFCOM", True),
        ("value UNRELIABLE", "MOFCOM", True),
    ],
)
def test_a_weak_page_or_unreliable_value_is_flagged(data, detail, reporter, weak):
    edit(data, FIGURE_ADDITIONS, 4, "detail", detail)
    edit(data, FIGURE_ADDITIONS, 4, "reporter", reporter)
    ctx = run_loaders(data, THROUGH_FIGURES)
    (flag,) = ctx.con.execute(
        "SELECT weak_page FROM figures WHERE figure_id = 'figures_additions:6'"
    ).fetchone()
    assert flag is weak


def test_a_period_of_one_year_written_as_a_span_passes(data):
    edit(data, FIGURE_ADDITIONS, 4, "period", "2019-2019")
    ctx = run_loaders(data, THROUGH_FIGURES)
    assert messages(ctx) == []


@pytest.mark.parametrize("value", ["1", "0.5"])
def test_a_small_positive_gdp_passes(data, value):
    edit(data, GDP, 9, "Value", value)
    assert messages(run_loaders(data, ("knowledge", "figures"))) == []


def test_a_duplicate_economy_and_year_is_named_whatever_its_value(data):
    frame = read(data / GDP)
    twin = frame.iloc[[0]].assign(Value="123456789")
    pd.concat([frame, twin], ignore_index=True).to_csv(data / GDP, index=False)
    ctx = run_loaders(data, ("knowledge", "figures"))
    assert messages(ctx) == [f"{GDP}:{len(frame) + 2}:Country Code: duplicate economy and year"]
