"""The status rules of domain/commitments.py, on the shipped rows (and a few made-up rows for the
cases the data does not hold yet: missed, disputed)."""

from __future__ import annotations

import json

import pandas as pd
import pytest
from typer.testing import CliRunner

from chinalac.cli.app import app
from chinalac.domain import commitments as domain


def status_of(db, commitment_id: str, as_of: str) -> pd.Series:
    frame = db.commitments(as_of=as_of)
    return frame.set_index("commitment_id").loc[commitment_id]


def test_trade_pledge_met_in_2024_on_china_customs_with_its_path(db):
    row = status_of(db, "brasilia2014_trade_500bn", "2024")
    assert row["status"] == domain.MET
    assert row["reason"].startswith("met in 2024 on 518.467 usd_bn (2024, China Customs")
    assert row["basis_reporter"].startswith("China Customs")
    assert "525" in row["reason"]  # the conflicting DW figure stays beside it
    path = db.commitment("brasilia2014_trade_500bn", as_of="2024")["path"]
    assert list(path["year"]) == list(range(2015, 2025))
    assert path.set_index("year").loc[2024, "path_value"] == 500
    # the path starts from China Customs' 2014 figure (263.6 bn) of the stored regional series
    assert path.set_index("year").loc[2015, "path_value"] == pytest.approx(
        263.6 + (500 - 263.6) / 10
    )
    assert path.set_index("year").loc[2017, "position"] == "below the path"


@pytest.mark.parametrize(
    ("as_of", "status"),
    [
        ("2016", domain.BEHIND),
        ("2018", domain.BEHIND),
        ("2022", domain.ON_TRACK),
        ("2023", domain.ON_TRACK),
    ],
)
def test_trade_pledge_against_the_linear_path_before_its_deadline(db, as_of, status):
    assert status_of(db, "brasilia2014_trade_500bn", as_of)["status"] == status


def test_investment_stock_is_not_comparable_with_its_scope_note(db):
    row = status_of(db, "brasilia2014_investment_stock_250bn", "2024")
    assert row["status"] == domain.NOT_COMPARABLE
    assert "offshore centres (Cayman Islands, BVI)" in row["reason"]
    assert "FLOW not stock" in row["reason"]
    # the same MOFCOM figure cited for the plan's pledge carries the same scope
    assert status_of(db, "plan2015_investment_250bn", "2026")["status"] == domain.NOT_COMPARABLE


def test_statement_only_delivery_is_a_claim_not_a_measurement(db):
    row = status_of(db, "jap2022_scholarships_5000", "2025-12")
    assert row["status"] == domain.UNMEASURABLE
    assert row["reason"].startswith("only statements by a party, no figure")
    assert "'fully implemented' (Wang Yi (MFA) via Xinhua, 2025-05)" in row["claims"]
    assert pd.isna(row["progress"])
    shown = db.commitment("jap2022_scholarships_5000")["delivery"]
    assert shown["used_as"].str.startswith("statement by a party").all()


def test_package_level_percentage_is_a_statement(db):
    row = status_of(db, "brasilia2014_concessional_loans_10bn", "2026")
    assert row["status"] == domain.UNMEASURABLE and "'>80'" in row["claims"]


def test_scholarships_offered_are_shown_beside_the_pledge_not_compared(db):
    row = status_of(db, "brasilia2014_scholarships_6000", "2026")
    assert row["status"] == domain.NOT_COMPARABLE
    assert "17,000" in row["reason"] and "fully implemented" in row["reason"]


def test_cumulative_pledge_against_its_path_and_without_a_deadline_figure(db):
    assert status_of(db, "brasilia2014_training_6000", "2018-06")["status"] == domain.ON_TRACK
    late = status_of(db, "brasilia2014_training_6000", "2024")
    assert late["status"] == domain.UNMEASURABLE
    assert "no figure at or after the deadline 2019" in late["reason"]


def test_a_pledge_without_a_number_is_unmeasurable(db):
    assert status_of(db, "beijing2025_law_enforcement_training", "2026")["reason"].startswith(
        "no number was pledged"
    )


PLEDGE = {
    "commitment_id": "x",
    "target_value": 6000.0,
    "unit": "count",
    "period_start": "2015",
    "deadline": 2019,
    "pledge_metric": "scholarships",
}


def rows(*values):
    return pd.DataFrame(
        [
            {
                "delivery_id": f"d{i}",
                "as_of": as_of,
                "as_of_end": as_of,
                "value": value,
                "value_text": str(value),
                "bound": "exact",
                "unit": "count",
                "kind": "measurement",
                "scope_note": "",
                "reporter": reporter,
                "source_id": "s",
            }
            for i, (as_of, value, reporter) in enumerate(values)
        ]
    )


def test_missed_and_disputed_at_the_deadline():
    assert domain.judge(PLEDGE, rows(("2019", 5000, "A")), "2020-12-31").status == domain.MISSED
    both = domain.judge(PLEDGE, rows(("2019", 5000, "A"), ("2019", 6100, "B")), "2020-12-31")
    assert both.status == domain.DISPUTED and "A" in both.reason and "B" in both.reason
    assert domain.judge(PLEDGE, rows(("2019", 6100, "A")), "2020-12-31").status == domain.MET


def test_counts_list_every_status_even_at_zero(db):
    counts = domain.status_counts(db.commitments(as_of="2024"))
    assert list(counts["status"]) == list(domain.STATUSES)
    assert counts["pledges"].sum() == 30  # the 14 pledges of May 2025 were not made yet
    assert counts["pledges"].sum() + 14 == len(db.commitments())


def test_bad_parameters_are_one_line_errors(db):
    with pytest.raises(domain.CommitmentError, match="not a date like 2024"):
        db.commitments(as_of="next year")
    with pytest.raises(domain.CommitmentError, match="unknown plan 'nope'; plans: "):
        db.commitments(plan="nope")


def test_cli_lists_every_pledge_with_status_and_source(built_db):
    result = CliRunner().invoke(app, ["commitments", "--json", "--db", str(built_db)])
    assert result.exit_code == 0, result.output
    pledges = json.loads(result.output)
    assert len(pledges) == 44
    assert all(p["status"] in domain.STATUSES and p["source_url"] for p in pledges)
    brasilia = CliRunner().invoke(
        app,
        [
            "commitments",
            "--plan",
            "xi_brasilia_2014",
            "--status",
            "met",
            "--as-of",
            "2024",
            "--json",
            "--db",
            str(built_db),
        ],
    )
    assert [p["commitment_id"] for p in json.loads(brasilia.output)] == ["brasilia2014_trade_500bn"]


def test_cli_show_gives_statements_and_every_delivery_row(built_db):
    result = CliRunner().invoke(
        app, ["commitments", "show", "brasilia2014_training_6000", "--json", "--db", str(built_db)]
    )
    assert result.exit_code == 0, result.output
    detail = json.loads(result.output)
    assert {s["source_id"] for s in detail["statements"]} >= {"Lu2023"}
    assert len(detail["delivery"]) == 2
    bad = CliRunner().invoke(app, ["commitments", "show", "nope", "--db", str(built_db)])
    assert bad.exit_code == 1 and "unknown commitment 'nope'" in bad.output
    assert "Traceback" not in bad.output


def test_profiles_list_only_the_pledges_that_name_the_state(db):
    assert db.country("Belize")["commitments"].empty  # the 42 region-wide pledges are not repeated
    chile = db.country("Chile")["commitments"]
    assert set(chile["commitment_id"]) == {
        "forum2015_second_ministerial_chile_2018",
        "beijing2025_visa_free_5_countries",
    }
    region_wide = db.commitments().query("states.isna()", engine="python")
    assert len(region_wide) == 42


def test_the_reason_is_data_and_its_english_is_derived_from_it(db):
    """The status's reason is a key with its figures, target and unit as data (what a page words
    in another language); the English the CLI and API give is worded from that same data."""
    frame = domain.pledge_statuses(db, as_of="2026", structured=True)
    row = frame.set_index("commitment_id").loc["beijing2025_visa_free_5_countries"]
    why = row["why"]
    assert (row["reason_key"], why.key) == ("met early", "met early")
    assert (why.target, why.unit) == (5.0, "count_countries")
    assert [(f.value, f.unit, f.as_of) for f in why.figures] == [
        (5.0, "count_countries", "2025-05-21")
    ]
    assert row["reason"] == why.english() and row["reason"].startswith(
        "met early: 5 count_countries"
    )
    assert "why" not in domain.pledge_statuses(db, as_of="2026").columns  # CLI/API: plain columns
    # a level pledge met in a year: the deciding figure, the other figures of that year apart
    met = domain.pledge_statuses(db, as_of="2024", structured=True).set_index("commitment_id")
    trade = met.loc["brasilia2014_trade_500bn", "why"]
    assert (trade.key, trade.year, trade.deadline) == ("met in", 2024, 2024)
    assert trade.figures[0].reporter.startswith("China Customs") and len(trade.others) >= 1


def test_claims_and_paths_are_fields_of_the_reason():
    late = domain.judge(PLEDGE, rows(("2018", 3000, "A")), "2019-06-30").why
    assert late.key == "behind" and late.path_kind == "date" and late.path_at == "2018"
    assert late.expected == pytest.approx(6000 * 4 / 5)
    statement = rows(("2019", 6100, "A")).assign(kind="statement", value_text="fully implemented")
    said = domain.judge(PLEDGE, statement, "2020-12-31")
    assert said.why.key == "only statements" and said.why.figures == ()
    assert [c.text for c in said.why.claims] == ["fully implemented"]
    assert said.reason == "only statements by a party, no figure: 'fully implemented' (A, 2019)"


def test_statement_differences_name_each_field_and_what_each_source_says():
    from chinalac.domain.commitments import Said, statement_differences

    statements = pd.DataFrame(
        {
            "commitment_id": ["a", "a", "b", "b", "c"],
            "target_value": [1000.0, None, 5.0, 5.0, 7.0],
            "unit": ["count", "count", None, None, None],
            "period_start": ["2015", "2014", "2016", "2016", "2016"],
            "period_end": [None, None, "2019", "2020", None],
            "source_id": ["web-1", "Lu2023", "s1", "s2", "s3"],
        }
    )
    found = statement_differences(statements)
    assert set(found) == {"a", "b"}  # c has one statement; alike statements are no difference
    target, start = found["a"]
    assert target.field == "target" and target.unit == "count"
    assert target.said == (Said(1000.0, "web-1"), Said(None, "Lu2023"))
    assert start.said == (Said("2015", "web-1"), Said("2014", "Lu2023"))
    assert [d.field for d in found["b"]] == ["end"]
    assert "; ".join(d.english() for d in found["a"]) == (
        "target: 1000 (web-1) vs not stated (Lu2023); start: 2015 (web-1) vs 2014 (Lu2023)"
    )
