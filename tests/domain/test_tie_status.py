"""chinalac.domain.ties: the one answer to "status of tie T for state S on date D".

Real cases from the shipped data (the store built from the package), the module's rules on
small inline tables, and the agreement of every consumer: map, profile, listing, API, checker.
"""

from __future__ import annotations

import re
from datetime import date
from types import SimpleNamespace

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from chinalac.domain.ties import (
    DISPLAYED_TIES,
    TIES,
    TieBook,
    status_table,
    tie_status,
    vocabulary,
)


@pytest.fixture(scope="module")
def book(db) -> TieBook:
    return db.tie_book


# -- real cases -----------------------------------------------------------------------------
# (state, tie, on, expected value, expected since — None means "no sourced information")
CASES = [
    # Nicaragua: relations 1985, Taipei 1990-2021, Beijing again from 2021-12-10.
    ("NIC", "relations", "1986", "relations", "1985-12"),
    ("NIC", "relations", "1995", "taiwan", "1990"),
    ("NIC", "relations", "2021-12-09", "taiwan", "1990"),
    ("NIC", "relations", "2021-12", "relations", "2021-12-10"),
    ("NIC", "relations", "2025", "relations", "2021-12-10"),
    # Grenada: relations 1985, Taipei 1989-2005, Beijing again from January 2005.
    ("GRD", "relations", "1986", "relations", "1985-10-01"),
    ("GRD", "relations", "1990", "taiwan", "1989-08"),
    ("GRD", "relations", "2004", "taiwan", "1989-08"),
    ("GRD", "relations", "2005", "relations", "2005-01-20"),
    # Honduras: 2023-03-26 (the compiled 2022-03-26 row is dropped through corrections.csv).
    ("HND", "relations", "2022-12", None, None),
    ("HND", "relations", "2023-03-20", "taiwan", "2023-03-15"),
    ("HND", "relations", "2023-03-26", "relations", "2023-03-26"),
    ("HND", "relations", "2025", "relations", "2023-03-26"),
    # Costa Rica 2007, Panama 2017, Dominican Republic and El Salvador 2018.
    ("CRI", "relations", "2007-05", None, None),
    ("CRI", "relations", "2007-06", "relations", "2007-06-01"),
    ("PAN", "relations", "2016", None, None),
    ("PAN", "relations", "2017", "relations", "2017-06-13"),
    ("DOM", "relations", "2017", None, None),
    ("DOM", "relations", "2018-04-30", None, None),
    ("DOM", "relations", "2018-05-01", "relations", "2018-05-01"),
    ("SLV", "relations", "2018-08-20", None, None),
    ("SLV", "relations", "2018", "relations", "2018-08-21"),
    # Ecuador's FTA: signed May 2023, in force 2024-05-01.
    ("ECU", "fta", "2023-04", "negotiating", "2022-12"),
    ("ECU", "fta", "2023-06", "signed", "2023-05-11"),
    ("ECU", "fta", "2024-04-30", "signed", "2023-05-11"),
    ("ECU", "fta", "2024-05-01", "in_force", "2024-05-01"),
    # Nicaragua's FTA: signed August 2023, in force 2024-01-01.
    ("NIC", "fta", "2023-09", "signed", "2023-08"),
    ("NIC", "fta", "2023-12-31", "signed", "2023-08"),
    ("NIC", "fta", "2024-01-01", "in_force", "2024-01-01"),
    # Brazil: strategic (1990s), comprehensive strategic since 2012; the 2024 summit's
    # free-text characterisation is not a level and changes nothing.
    ("BRA", "partnership", "2000", "strategic", "1990s"),
    ("BRA", "partnership", "2013", "comprehensive_strategic", "2012"),
    ("BRA", "partnership", "2025", "comprehensive_strategic", "2012"),
    # Uruguay's AIIB dates: approved 2019-04-22, member from 2020-04-28.
    ("URY", "aiib", "2019-03", None, None),
    ("URY", "aiib", "2019-06", "prospective", "2019-04-22"),
    ("URY", "aiib", "2020-04-27", "prospective", "2019-04-22"),
    ("URY", "aiib", "2020-05", "member", "2020-04-28"),
    # Venezuela's AIIB: prospective since 2017; the 2019 "member" row is flagged CONFLICT, so
    # while it is the latest thing said the answer is disputed, and it never makes a member.
    ("VEN", "aiib", "2018", "prospective", "2017-03-23"),
    ("VEN", "aiib", "2019", "disputed", None),
    ("VEN", "aiib", "2020-06", "prospective", "2017-03-23"),
    ("VEN", "aiib", "2025", "prospective", "2017-03-23"),
    # Panama's Belt and Road: signed 2017-11-17, not renewed (2025).
    ("PAN", "bri", "2018", "member", "2017-11-17"),
    ("PAN", "bri", "2025-03", "withdrawn", "2025-02"),
    # A tie with Beijing cannot outlive relations with Beijing.
    ("PRY", "partnership", "2025", "no_relations", "1957-07-08"),
]


@pytest.mark.parametrize(("iso3", "tie", "on", "value", "since"), CASES)
def test_real_cases(book, iso3, tie, on, value, since):
    answer = tie_status(book, iso3, tie, on)
    assert (answer.value, answer.since) == (value, since), answer


def test_disputed_answer_shows_both_values(book):
    answer = tie_status(book, "VEN", "aiib", "2019")
    assert answer.quality == "disputed"
    assert {value for value, _, _ in answer.alternatives} == {"prospective", "member"}


def test_answers_rest_on_rows_with_sources_and_tiers(book):
    answer = tie_status(book, "NIC", "relations", "2025")
    assert answer.rows and all(row.source_id for row in answer.rows)
    assert answer.tier in ("primary", "reputable") and not answer.weak
    gap = tie_status(book, "DOM", "partnership", "2025")
    assert (
        gap.value is None and gap.quality == "no_record" and gap.label == "No sourced information"
    )


def test_dates_are_checked():
    with pytest.raises(ValueError, match="not a date"):
        tie_status(TieBook(), "NIC", "relations", "last year")
    with pytest.raises(ValueError, match="unknown tie"):
        tie_status(TieBook(), "NIC", "friendship", "2020")


# -- the rules on inline tables -------------------------------------------------------------
def rows(*items) -> pd.DataFrame:
    """(tie_type, status, date, tier) rows of one state, all sourced unless the status says."""
    return pd.DataFrame(
        [
            {
                "tie_id": f"t:{i}",
                "iso3": "AAA",
                "tie_type": tie_type,
                "status": status,
                "date": when,
                "tier": tier,
                "source_id": f"s{i}",
                "source_url": f"https://example.org/{i}",
            }
            for i, (tie_type, status, when, tier) in enumerate(items)
        ]
    )


def test_a_break_ends_the_earlier_state():
    table = rows(
        ("diplomatic_relations_prc", "established", "1985", "primary"),
        ("taiwan_switch", "to Taiwan / PRC suspended", "1990", "primary"),
    )
    assert tie_status(table, "AAA", "relations", "1989").value == "relations"
    assert tie_status(table, "AAA", "relations", "1991").value == "taiwan"


def test_weak_conflicting_and_inferred_rows_never_outrank_a_sourced_unflagged_row():
    table = rows(
        ("diplomatic_relations_prc", "established (CONFLICT: year)", "2022-03-26", "weak"),
        ("diplomatic_relations_prc", "established", "2023-03-26", "reputable"),
        ("fta", "signed", "2009", "weak"),
        ("fta", "signed", "2010-04-08", "primary"),
        ("aiib", "not a member (inferred)", "2024", "primary"),
        ("aiib", "member", "2021", "weak"),
    )
    relations = tie_status(table, "AAA", "relations", "2024")
    assert relations.since == "2023-03-26" and [r.tie_id for r in relations.rows] == ["t:1"]
    fta = tie_status(table, "AAA", "fta", "2011")
    assert fta.since == "2010-04-08" and fta.tier == "primary"
    aiib = tie_status(table, "AAA", "aiib", "2025")
    assert (aiib.value, aiib.quality, aiib.tier) == ("member", "sourced", "weak") and aiib.weak


def test_only_conflicting_rows_give_disputed_with_both_values():
    table = rows(
        ("aiib", "approved (prospective)", "2017", "reputable"),
        ("aiib", "member (CONFLICT)", "2019", "weak"),
    )
    answer = tie_status(table, "AAA", "aiib", "2020")
    assert answer.value == "disputed"
    assert [(v, s) for v, s, _ in answer.alternatives] == [
        ("prospective", "2017"),
        ("member", "2019"),
    ]


def test_summit_wording_is_not_a_partnership_level():
    table = rows(
        ("partnership", "comprehensive strategic partnership", "2012", "reputable"),
        ("partnership", "community with a shared future for a fairer world", "2024-11", "weak"),
    )
    answer = tie_status(table, "AAA", "partnership", "2025")
    assert (answer.value, answer.since) == ("comprehensive_strategic", "2012")


def test_undated_rows_answer_only_for_the_present():
    table = rows(("partnership", "strategic partnership", "", "reputable"))
    assert tie_status(table, "AAA", "partnership", "2010").value is None
    assert tie_status(table, "AAA", "partnership", "2025").value == "strategic"


# -- every consumer answers the same --------------------------------------------------------
STATES = ["AAA", "BBB"]
TIE_ROWS = {
    "relations": [
        ("diplomatic_relations_prc", "established"),
        ("diplomatic_relations_prc", "re-established"),
        ("taiwan_recognition", "recognises Taiwan"),
        ("taiwan_switch", "to Taiwan / PRC severed"),
        ("diplomatic_relations_prc", "established (CONFLICT: year)"),
    ],
    "partnership": [
        ("partnership", "strategic partnership"),
        ("partnership", "comprehensive strategic partnership"),
        ("partnership", "no formal partnership level stated"),
        ("partnership", "community with a shared future"),
    ],
    "bri": [("bri_mou", "signed"), ("bri_mou", "withdrawn/not renewed"), ("bri_mou", "not joined")],
    "fta": [
        ("fta", "signed"),
        ("fta", "in_force"),
        ("fta", "negotiating"),
        ("fta", "no FTA (inferred)"),
    ],
    "aiib": [("aiib", "member"), ("aiib", "approved (prospective)"), ("aiib", "member (CONFLICT)")],
}
ROW = st.tuples(
    st.sampled_from(STATES),
    st.sampled_from([pair for pairs in TIE_ROWS.values() for pair in pairs]),
    st.one_of(st.just(""), st.integers(1960, date.today().year).map(str)),
    st.sampled_from(["primary", "reputable", "weak"]),
    st.booleans(),  # unsourced
)


def frame_of(generated) -> pd.DataFrame:
    records = []
    for i, (iso3, (tie_type, status), when, tier, unsourced) in enumerate(generated):
        records.append(
            {
                "tie_id": f"t:{i}",
                "iso3": iso3,
                "tie_type": tie_type,
                "status": "unsourced" if unsourced else status,
                "date": when,
                "tier": "" if unsourced else tier,
                "source_id": "" if unsourced else f"s{i}",
                "source_url": "" if unsourced else f"https://example.org/{i}",
            }
        )
    return pd.DataFrame(
        records,
        columns=["tie_id", "iso3", "tie_type", "status", "date", "tier", "source_id", "source_url"],
    )


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(ROW, max_size=14))
def test_every_consumer_answers_the_same_whatever_the_rows(generated):
    from chinalac.api import Database
    from chinalac.web import layers
    from chinalac.web.routes.country import tie_statuses

    book = TieBook.from_frame(frame_of(generated))
    store = SimpleNamespace(tie_book=book, countries=pd.DataFrame({"iso3": STATES}))
    dashboard = SimpleNamespace(store=store)
    api = Database.__new__(Database)
    api.__dict__["tie_book"] = book
    api.resolve_country = lambda name: name
    api.fetch = lambda query, params=None: (
        ["iso3", "name_en", "name_es", "name_pt", "subregion"],
        [(iso3, iso3, iso3, iso3, "x") for iso3 in STATES],
    )
    listing = api.countries().set_index("iso3")
    year = date.today().year
    maps = {
        "relations": layers.relations_layer(store),
        "partnership": layers.tie_layer(
            store, "partnership", "t", "d", "partnership", layers.PARTNERSHIP
        ),
        "bri": layers.tie_layer(store, "bri", "t", "d", "bri", layers.BRI),
        "fta": layers.tie_layer(store, "fta", "t", "d", "fta", layers.FTA),
    }
    for iso3 in STATES:
        profile = tie_statuses(dashboard, iso3)
        for tie in DISPLAYED_TIES:
            answer = tie_status(book, iso3, tie)
            assert api.tie_status(iso3, tie) == answer
            assert profile[tie] == answer
            assert listing.loc[iso3, tie] == answer.value or (
                answer.value is None and pd.isna(listing.loc[iso3, tie])
            )
            assert listing.loc[iso3, f"{tie}_rows"] == ";".join(answer.tie_ids)
            if tie in maps:
                shown = maps[tie].values[year][iso3]
                assert shown.rows == tuple(answer.tie_ids)
                assert shown.date == answer.since and shown.note == answer.label
                assert shown.inferred == answer.weak


# -- the real store: map, profile page, listing and API agree for all 33 states --------------
def test_map_profile_listing_and_api_agree_for_all_33_states(db, built_db):
    from fastapi.testclient import TestClient

    from chinalac.web import layers
    from chinalac.web.app import create_app
    from chinalac.web.store import WebStore

    client = TestClient(create_app(built_db))
    web = WebStore(built_db)
    listing = db.countries().set_index("iso3")
    assert len(listing) == 33
    maps = {
        "relations": layers.relations_layer(web),
        "partnership": layers.tie_layer(
            web, "partnership", "t", "d", "partnership", layers.PARTNERSHIP
        ),
        "bri": layers.tie_layer(web, "bri", "t", "d", "bri", layers.BRI),
        "fta": layers.tie_layer(web, "fta", "t", "d", "fta", layers.FTA),
    }
    year = date.today().year
    for iso3 in listing.index:
        html = client.get(f"/country/{iso3}").text
        shown = dict(re.findall(r'data-tie="(\w+)" data-value="(\w*)"', html))
        for tie in DISPLAYED_TIES:
            answer = db.tie_status(iso3, tie)
            assert shown[tie] == (answer.value or ""), (iso3, tie)
            assert (listing.loc[iso3, tie] or None) == answer.value, (iso3, tie)
            if tie in maps:
                on_map = maps[tie].values[year][iso3]
                assert (on_map.rows, on_map.date) == (tuple(answer.tie_ids), answer.since), (
                    iso3,
                    tie,
                )
    web.close()


def test_the_store_table_is_the_same_answer(db):
    stored = db.sql("SELECT * FROM country_status").set_index("iso3")
    fresh = status_table(db.tie_book, list(stored.index), stored["as_of"].iloc[0]).set_index("iso3")
    for tie in TIES:
        assert stored[tie].fillna("").equals(fresh[tie].fillna("")), tie


def test_the_checker_reads_the_same_ties_without_a_store(db):
    from chinalac.claims.knowledge import KnowledgeView

    folder = TieBook.from_frame(KnowledgeView.from_folder().ties)
    for iso3 in db.countries()["iso3"]:
        for tie in DISPLAYED_TIES:
            assert tie_status(folder, iso3, tie, "2025") == tie_status(
                db.tie_book, iso3, tie, "2025"
            )


# -- acceptance -----------------------------------------------------------------------------
def test_countries_json_gives_the_corrected_statuses(built_db):
    import json

    from typer.testing import CliRunner

    from chinalac.cli.app import app

    result = CliRunner().invoke(app, ["countries", "--json", "--db", str(built_db)])
    assert result.exit_code == 0, result.output
    by_state = {row["iso3"]: row for row in json.loads(result.output)}
    assert by_state["NIC"]["relations_since"].startswith("2021-12")
    assert by_state["GRD"]["relations_since"].startswith("2005-01")
    assert by_state["HND"]["relations_since"] == "2023-03-26"
    assert (by_state["ECU"]["fta"], by_state["ECU"]["fta_since"]) == ("in_force", "2024-05-01")
    assert (by_state["NIC"]["fta"], by_state["NIC"]["fta_since"]) == ("in_force", "2024-01-01")
    assert by_state["BRA"]["partnership"] == "comprehensive_strategic"
    assert by_state["VEN"]["aiib"] == "prospective"


@pytest.mark.parametrize(
    ("sentence", "verdict"),
    [
        ("Honduras established diplomatic relations with China in March 2023.", "supported"),
        ("The Dominican Republic established relations with Beijing in 2017.", "contradicted"),
        ("Nicaragua established diplomatic relations with China in December 2021.", "supported"),
        ("Costa Rica established diplomatic relations with China in 2007.", "supported"),
    ],
)
def test_the_checker_judges_tie_dates_by_the_same_statuses(built_db, sentence, verdict):
    from chinalac.claims import check

    results = [r for r in check(sentence, db=built_db) if r.rule_id == "ties-date"]
    assert [r.verdict.value for r in results] == [verdict]


def test_weak_sources_back_at_most_ten_percent_of_the_rows_deciding_a_displayed_status(db):
    deciding = {}
    for iso3 in db.countries()["iso3"]:
        for tie in DISPLAYED_TIES:
            answer = db.tie_status(iso3, tie)
            if answer.value is not None:
                deciding.update({row.tie_id: row for row in answer.rows})
    weak = sorted(tie_id for tie_id, row in deciding.items() if row.tier == "weak")
    assert len(deciding) > 100
    assert len(weak) / len(deciding) <= 0.10, f"{len(weak)}/{len(deciding)} weak: {weak}"


def test_partnership_levels_are_a_controlled_vocabulary_with_translated_labels():
    from chinalac.web.routes.country import VOCABULARY_LABELS

    labels = {label for spec in vocabulary().values() for label in spec["values"].values()}
    assert labels | {"Disputed", "No sourced information"} == set(VOCABULARY_LABELS)
    levels = set(vocabulary()["partnership"]["values"])
    assert {"strategic", "comprehensive_strategic", "comprehensive_cooperative"} <= levels


def test_sources_json_carries_a_tier_per_source(built_db):
    import json

    from typer.testing import CliRunner

    from chinalac.cli.app import app

    result = CliRunner().invoke(app, ["sources", "--json", "--db", str(built_db)])
    assert result.exit_code == 0, result.output
    sources = json.loads(result.output)
    assert sources and {s["tier"] for s in sources} <= {"primary", "reputable", "weak"}
    by_url = {s["url"]: s for s in sources if s.get("url")}
    assert by_url["http://www.fmprc.gov.cn/mfa_eng/zxxx_662805/t1470843.shtml"]["tier"] == "primary"
    mirror = "https://wikimili.com/en/China–Grenada_relations"
    assert by_url[mirror]["tier"] == "weak" and "wikimili.com" in by_url[mirror]["tier_reason"]


def test_project_rows_have_a_url_and_an_evidence_note_in_our_words():
    import csv

    from chinalac.paths import package_data_dir

    path = package_data_dir() / "knowledge" / "ties_chinalac.csv"
    rows = list(csv.DictReader(path.open(encoding="utf-8")))
    assert len(rows) > 100
    for row in rows:
        assert row["source_url"].startswith("http"), row
        assert len(row["evidence"]) > 40 and row["evidence"] != row["detail"], row
