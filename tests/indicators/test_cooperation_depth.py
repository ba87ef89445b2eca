"""Cooperation depth index: evidence rules, weights, sensitivity."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from chinalac.indicators import (
    IndicatorError,
    cooperation_depth_components,
    cooperation_depth_index,
    cooperation_depth_sensitivity,
)

SPHERES = ["political", "economic", "cultural", "international", "sustainable"]


def ties(rows) -> pd.DataFrame:
    return pd.DataFrame(
        rows, columns=["iso3", "tie_type", "status", "date", "quality", "source_id"]
    )


TIES = ties(
    [
        ("AAA", "diplomatic_relations_prc", "established", "1970-12-15", "sourced", "s1"),
        ("AAA", "partnership", "comprehensive strategic partnership", "2012", "sourced", "s2"),
        ("AAA", "fta", "in_force", "2010-03-01", "sourced", "s3"),
        ("AAA", "bri_mou", "signed", "2018-11", "sourced", "s4"),
        ("AAA", "aiib", "member", "2017", "sourced", "s5"),
        ("AAA", "confucius_institutes", "3 institutes (a, b, c)", "2009", "sourced", "s6"),
        ("BBB", "diplomatic_relations_prc", "established", "2007-06-01", "sourced", "s7"),
        ("BBB", "taiwan_switch", "to Taiwan / PRC severed", "2015-02", "sourced", "s8"),
        ("BBB", "bri_mou", "none (inferred: no PRC diplomatic relations)", "", "inferred", "s9"),
        # Every positive claim about CCC is unsourced: it must score nothing.
        ("CCC", "diplomatic_relations_prc", "established", "1980", "unsourced", None),
        ("CCC", "partnership", "comprehensive strategic partnership", "2015", "unsourced", None),
        ("CCC", "aiib", "member", "2016", "unsourced", None),
    ]
)
PROJECTS = pd.DataFrame(
    {
        "iso3": ["AAA", "AAA", "BBB"],
        "field": ["green", "economic", "green"],
        "date": ["2016", "2019-05", "2012"],
        "source_id": ["p1", "p2", "p3"],
    }  # fmt: skip
)


def scores(frame, year, iso3):
    return frame[(frame["year"] == year) & (frame["iso3"] == iso3)].iloc[0]


def test_unsourced_ties_never_count():
    result = cooperation_depth_index(TIES, years=[2020])
    ccc = scores(result, 2020, "CCC")
    assert ccc["cooperation_depth_index"] == 0.0
    # Changing an unsourced row's status changes nothing.
    altered = TIES.copy()
    altered.loc[altered["iso3"] == "CCC", "status"] = "none"
    assert cooperation_depth_index(altered, years=[2020])["cooperation_depth_index"].tolist() == (
        result["cooperation_depth_index"].tolist()
    )


def test_latest_dated_event_decides_a_tie_state():
    components = cooperation_depth_components(TIES, years=[2010, 2016])
    relations = components[
        (components["iso3"] == "BBB") & (components["signal"] == "diplomatic_relations")
    ]
    assert relations.set_index("year")["score"].to_dict() == {2010: 1.0, 2016: 0.0}
    bri = components[(components["iso3"] == "AAA") & (components["signal"] == "belt_and_road")]
    assert bri.set_index("year")["score"].to_dict() == {2010: 0.0, 2016: 0.0}
    later = cooperation_depth_components(TIES, years=[2019])
    assert later.query("iso3 == 'AAA' and signal == 'belt_and_road'")["score"].iloc[0] == 1.0


def test_inferred_rows_count_and_are_tallied():
    inferred = ties(
        [("DDD", "fta", "no FTA signed/in force (inferred)", "2019", "inferred", "s10")]
    )
    result = cooperation_depth_index(pd.concat([TIES, inferred]), years=[2020])
    assert scores(result, 2020, "DDD")["inferred_rows"] == 1
    assert scores(result, 2020, "AAA")["inferred_rows"] == 0


def test_tie_signals_are_the_domain_statuses():
    # BBB recognised Taipei in 2015: its relations score 0 and, with no relations, its Belt
    # and Road status is "no relations" (chinalac.domain.ties), whatever its own rows say.
    components = cooperation_depth_components(TIES, years=[2016])
    bbb = components[components["iso3"] == "BBB"].set_index("signal")
    assert bbb.loc["diplomatic_relations", "score"] == 0.0
    assert bbb.loc["belt_and_road", "score"] == 0.0


def test_index_is_the_weighted_mean_of_sphere_scores_times_100():
    result = cooperation_depth_index(TIES, years=[2020], projects=PROJECTS)
    row = scores(result, 2020, "AAA")
    spheres = np.array([row[s] for s in SPHERES if not pd.isna(row[s])])
    assert row["cooperation_depth_index"] == pytest.approx(100 * spheres.mean())
    weighted = cooperation_depth_index(
        TIES, years=[2020], projects=PROJECTS, weights={**dict.fromkeys(SPHERES, 1), "cultural": 3}
    )
    row_w = scores(weighted, 2020, "AAA")
    values = {s: row_w[s] for s in SPHERES if not pd.isna(row_w[s])}
    expected = (
        100 * sum(v * (3 if s == "cultural" else 1) for s, v in values.items()) / (len(values) + 2)
    )
    assert row_w["cooperation_depth_index"] == pytest.approx(expected)


def test_spheres_without_any_signal_are_left_out_and_named():
    result = cooperation_depth_index(TIES, years=[2020])
    assert result["sustainable"].isna().all()
    assert (result["missing_spheres"] == "sustainable").all()
    with_projects = cooperation_depth_index(TIES, years=[2020], projects=PROJECTS)
    assert with_projects["sustainable"].notna().all()
    assert (with_projects["missing_spheres"] == "").all()


def test_counts_are_cumulative_and_scaled_to_the_panel_maximum():
    components = cooperation_depth_components(TIES, years=[2015, 2020], projects=PROJECTS)
    green = components[components["signal"] == "green_projects"].set_index(["year", "iso3"])
    assert green.loc[(2015, "AAA"), "raw_value"] == 0 and green.loc[(2020, "AAA"), "raw_value"] == 1
    assert green["score"].max() == 1.0 and green["score"].min() == 0.0


def test_sensitivity_reports_rank_moves_for_each_weight_scheme():
    result = cooperation_depth_sensitivity(TIES, years=[2020], projects=PROJECTS)
    assert {"equal", "double_political", "without_cultural"} <= set(result["scheme"])
    equal = result[result["scheme"] == "equal"]
    assert (equal["rank_change"] == 0).all()
    assert (result["rank_change"] == result["baseline_rank"] - result["rank"]).all()
    assert result.groupby("scheme")["iso3"].count().eq(3).all()


def test_invalid_weights_are_rejected():
    with pytest.raises(IndicatorError, match="unknown sphere"):
        cooperation_depth_index(TIES, years=[2020], weights={"military": 1})
    with pytest.raises(IndicatorError, match="not all 0"):
        cooperation_depth_index(TIES, years=[2020], weights=dict.fromkeys(SPHERES, 0))
