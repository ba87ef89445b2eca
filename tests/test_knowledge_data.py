"""The curated data shipped in src/chinalac/data: knowledge tables, corrections and copied files.

Plain reads of the files (pandas + yaml), no store: these tests guard the data itself —
sidecars describe exactly their columns, every source id resolves, every required figure of the
domain brief is present, and the copied real files are byte-identical to their checksums.
"""

from __future__ import annotations

import hashlib
import importlib.resources
from pathlib import Path

import pandas as pd
import pytest
import yaml


def _data_dir() -> Path:
    try:
        candidate = Path(str(importlib.resources.files("chinalac") / "data"))
        if (candidate / "knowledge" / "facts.csv").is_file():
            return candidate
    except ModuleNotFoundError:
        pass
    return Path(__file__).resolve().parents[1] / "src" / "chinalac" / "data"


DATA = _data_dir()
KNOWLEDGE = DATA / "knowledge"
UNITS = {
    "usd_bn",
    "usd_m",
    "usd_tn",
    "cny_bn",
    "count",
    "percent",
    "year",
    "households",
    "t_co2_per_year",
    "jobs",
    "people",
}
FIELDS = {"economic", "political", "cultural", "green", "architecture"}
COPIED_DIRS = [
    "ties_compiled",
    "commitments_compiled",
    "finance/aiddata_gcdf3",
    "finance/aei_cgit_south_america",
    "trade/imf_dots_multiatsm",
    "trade/yotov_gravity_panel",
    "classifications/hs_sitc_concordance",
    "shapes/natural_earth_world_atlas",
    "figures/figures_compiled",
    "macro/wb_gdp_current_usd",
]
# Columns binding for other modules (docs/ARCHITECTURE.md).
CONTRACT = {
    "sources": "source_id title author publisher date url doi licence accessed notes",
    "countries": "iso3 iso2 iso_numeric name_en name_es name_pt subregion celac source_id",
    "country_names": "name iso3 lang",
    "documents": "document_id kind title date issuer summary source_id",
    "mechanisms": "mechanism_id kind name date end_date place detail source_id",
    "frameworks": "framework_id name date context source_id",
    "framework_components": "framework_id component_id kind position name source_id",
    "facts": "fact_id metric entity counterpart period_start period_end value unit reporter field "
    "conflict_group project_id note source_id evidence",
    "commitment_statements": "statement_id same_as description metric target_value unit period_start "
    "period_end announced announced_at delivered_value delivered_unit delivered_as_of "
    "delivery_source_id source_id evidence",
    "commitment_scope": "commitment_id metric states note",
    "projects": "project_id name iso3 sector framework_component_id date status detail field source_id",
    "visits": "visit_id date visitor role iso3 detail source_id",
    "country_groups": "group_id iso3 source_id note",
    "metrics": "metric unit field description phrases_en phrases_es phrases_pt",
}


# Curated tables: every CSV under data/ outside the folders of copied files (those have SOURCE.yml).
def _copied(path: Path) -> bool:
    folder = path.parent
    while folder != DATA:
        if (folder / "SOURCE.yml").is_file():
            return True
        folder = folder.parent
    return False


CURATED_CSVS = sorted(path for path in DATA.rglob("*.csv") if not _copied(path))


def read(path: Path) -> pd.DataFrame:
    return pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")


def table(name: str) -> pd.DataFrame:
    return read(KNOWLEDGE / f"{name}.csv")


# -- sidecars ---------------------------------------------------------------------------------
@pytest.mark.parametrize("path", CURATED_CSVS, ids=lambda p: p.name)
def test_every_curated_csv_has_a_meta_describing_exactly_its_columns(path: Path):
    meta_path = path.with_name(path.stem + ".meta.yml")
    assert meta_path.is_file(), f"{path.name} has no sidecar {meta_path.name}"
    meta = yaml.safe_load(meta_path.read_text(encoding="utf-8"))
    for key in ("title", "description", "licence", "sources", "columns"):
        assert key in meta, f"{meta_path.name}: missing '{key}'"
    described = [c["name"] for c in meta["columns"]]
    assert described == list(read(path).columns), (
        f"{meta_path.name} columns differ from {path.name} header"
    )
    for column in meta["columns"]:
        assert column.get("meaning") and column.get("type"), (
            f"{meta_path.name}: {column['name']} lacks meaning/type"
        )


@pytest.mark.parametrize("name", sorted(CONTRACT))
def test_columns_follow_the_architecture_contract(name: str):
    assert list(table(name).columns) == CONTRACT[name].split(), (
        f"{name}.csv header differs from docs/ARCHITECTURE.md"
    )


@pytest.mark.parametrize("name", sorted(CONTRACT))
def test_keys_are_unique(name: str):
    meta = yaml.safe_load((KNOWLEDGE / f"{name}.meta.yml").read_text(encoding="utf-8"))
    frame = table(name)
    duplicated = frame[frame.duplicated(meta["key"], keep=False)]
    assert duplicated.empty, f"{name}: duplicate keys {meta['key']}:\n{duplicated[meta['key']]}"


def test_curated_tables_are_found():
    names = {path.relative_to(DATA).as_posix() for path in CURATED_CSVS}
    assert {f"knowledge/{name}.csv" for name in CONTRACT} | {"corrections/corrections.csv"} <= names
    assert not any(name.startswith(tuple(COPIED_DIRS)) for name in names)


@pytest.mark.parametrize("path", CURATED_CSVS, ids=lambda p: p.name)
def test_allowed_values_in_meta_hold(path: Path):
    meta_path = path.with_name(path.stem + ".meta.yml")
    if meta_path.is_file():
        meta = yaml.safe_load(meta_path.read_text(encoding="utf-8"))
        frame = read(path)
        for column in meta["columns"]:
            allowed = column.get("allowed")
            if allowed:
                bad = set(frame[column["name"]]) - set(allowed) - {""}
                assert not bad, (
                    f"{meta_path.name}: {column['name']} has values outside {allowed}: {bad}"
                )


# -- references -------------------------------------------------------------------------------
def test_every_source_id_exists():
    known = set(table("sources")["source_id"])
    used: dict[str, set[str]] = {}
    for path in CURATED_CSVS:
        frame = read(path)
        for column in ("source_id", "delivery_source_id"):
            if column in frame.columns:
                used[path.name] = used.get(path.name, set()) | (set(frame[column]) - {""})
    for name, ids in used.items():
        assert ids <= known, f"{name} cites unknown sources: {sorted(ids - known)}"
    for path in CURATED_CSVS:
        meta = yaml.safe_load(path.with_name(path.stem + ".meta.yml").read_text(encoding="utf-8"))
        listed = {s for s in meta["sources"] if " " not in s and "/" not in s}
        assert listed <= known, (
            f"{path.name}.meta.yml lists unknown sources {sorted(listed - known)}"
        )


def test_required_sources_exist():
    required = {
        "Lu2023",
        "CRS2022",
        "ChinaFocus2025",
        "ChinaDaily2025",
        "ChinaWatch2025",
        "AidData-GCDF3",
        "AEI-CGIT",
        "IMF-DOTS",
        "WTO-UNCTAD-AGTPA",
        "UNSD-HS-SITC",
        "NaturalEarth",
        "Reuters2023-Taiwan",
        "BU-IAD-CLDB",
        "RedALC-2024",
        "ECLAC",
        "ChinaCustoms",
        "UNCTAD-primary",
        "CEPII-BACI",
        "UN-Comtrade",
        "WorldBank-WDI",
        "chinalac-compiled",
    }
    assert required <= set(table("sources")["source_id"])
    lu = table("sources").set_index("source_id").loc["Lu2023"]
    assert lu["doi"] == "10.55704/ias.v5i1.09"


def test_web_sources_have_access_date():
    sources = table("sources")
    with_url = sources[sources["url"] != ""]
    dated = with_url["accessed"].str.fullmatch(r"\d{4}-\d{2}(-\d{2})?")
    assert dated.all(), with_url[~dated]["source_id"].tolist()


def test_references_between_tables_resolve():
    countries = set(table("countries")["iso3"])
    entities = countries | {"LAC", "WLD"}
    facts = table("facts")
    assert set(facts["entity"]) <= entities
    assert set(facts["counterpart"]) - {""} <= entities
    assert set(facts["project_id"]) - {""} <= set(table("projects")["project_id"])
    assert set(table("projects")["iso3"]) <= countries
    assert set(table("visits")["iso3"]) <= countries
    assert set(table("country_groups")["iso3"]) <= countries
    assert set(table("country_names")["iso3"]) <= countries
    components = table("framework_components")
    assert set(components["framework_id"]) <= set(table("frameworks")["framework_id"])
    assert components["component_id"].is_unique, "component ids must be unique across frameworks"
    assert set(table("projects")["framework_component_id"]) - {""} <= set(
        components["component_id"]
    )


# -- countries --------------------------------------------------------------------------------
def test_countries_are_china_and_the_33_celac_states():
    countries = table("countries")
    assert (countries["celac"] == "true").sum() == 33
    assert countries.loc[countries["celac"] == "false", "iso3"].tolist() == ["CHN"]
    assert not {"TWN", "HKG", "MAC"} & set(countries["iso3"])
    assert countries["iso_numeric"].str.fullmatch(r"\d{3}").all()
    named = countries.set_index("iso3")
    assert named.loc["PER", "name_es"] == "Perú" and named.loc["BRA", "name_pt"] == "Brasil"
    assert (
        named.loc["KNA", "name_pt"] == "São Cristóvão e Névis"
        and named.loc["HTI", "name_es"] == "Haití"
    )


def test_country_groups_hold_celac_states_each_with_a_source_and_a_note():
    """The English-speaking Caribbean and CARICOM's full members (country_groups.csv): CELAC
    states only (Montserrat, a CARICOM member, is none), every row sourced and noted."""
    groups = table("country_groups")
    celac = set(table("countries").query("celac == 'true'")["iso3"])
    assert set(groups["iso3"]) <= celac
    assert (groups["source_id"] != "").all() and (groups["note"] != "").all()
    members = groups.groupby("group_id")["iso3"].apply(set).to_dict()
    english = {"ATG", "BHS", "BRB", "BLZ", "DMA", "GRD", "GUY", "JAM", "KNA", "LCA", "VCT", "TTO"}
    assert members == {"english_caribbean": english, "caricom": english | {"HTI", "SUR"}}


def test_celac_states_match_the_ties_compilation():
    ties = read(DATA / "ties_compiled" / "ties.csv")
    celac = set(table("countries").query("celac == 'true'")["iso3"])
    assert set(ties["iso3"]) - {"LAC"} == celac


def test_country_names_never_send_taiwan_hong_kong_or_macao_to_china():
    names = table("country_names")
    forbidden = {
        "taiwan",
        "republic of china",
        "roc",
        "chinese taipei",
        "hong kong",
        "hong kong sar",
        "macao",
        "macau",
        "taipei",
    }
    assert not set(names["name"].str.casefold()) & forbidden
    assert not names["name"].str.contains("taiwan|hong kong|maca[ou]", case=False).any()
    china = set(names.loc[names["iso3"] == "CHN", "name"])
    assert {
        "PRC",
        "People's Republic of China",
        "República Popular China",
        "República Popular da China",
    } <= china
    expected = {
        ("Perú", "PER"),
        ("Peru", "PER"),
        ("Brasil", "BRA"),
        ("Brazil", "BRA"),
        ("México", "MEX"),
        ("Mexico", "MEX"),
        ("Haití", "HTI"),
        ("Venezuela (Bolivarian Republic of)", "VEN"),
        ("Bolivia (Plurinational State of)", "BOL"),
        ("St Kitts and Nevis", "KNA"),
        ("St. Lucia", "LCA"),
        ("Trinidad & Tobago", "TTO"),
        ("República Dominicana", "DOM"),
        ("Dominican Rep.", "DOM"),
        ("Antigua e Barbuda", "ATG"),
    }
    assert expected <= set(zip(names["name"], names["iso3"], strict=True))


# -- facts ------------------------------------------------------------------------------------
def test_fact_units_and_metrics():
    facts = table("facts")
    metrics = table("metrics")
    assert set(facts["unit"]) <= UNITS
    assert set(metrics["unit"]) <= UNITS
    assert set(facts["field"]) <= FIELDS
    unknown = set(facts["metric"]) - set(metrics["metric"])
    assert not unknown, f"metrics used in facts but missing from metrics.csv: {unknown}"
    unit_of = dict(zip(metrics["metric"], metrics["unit"], strict=True))
    mismatched = facts[facts["unit"] != facts["metric"].map(unit_of)]
    assert mismatched.empty, mismatched[["fact_id", "metric", "unit"]]
    assert set(table("commitment_statements")["metric"]) - {""} <= set(metrics["metric"])
    assert set(table("commitment_scope")["metric"]) - {""} <= set(metrics["metric"])


def test_fact_values_are_plain_numbers_and_every_fact_is_traceable():
    facts = table("facts")
    values = pd.to_numeric(facts["value"], errors="coerce")
    assert values.notna().all(), facts.loc[values.isna(), "fact_id"].tolist()
    assert (values >= 0).all()
    assert (facts["source_id"] != "").all()
    assert (facts["evidence"] != "").all(), facts.loc[facts["evidence"] == "", "fact_id"].tolist()
    # Evidence notes are our own words, not excerpts set in quotation marks.
    evidence = facts["evidence"].str.strip()
    quoted = evidence.str.match(r"[\"“‘']") | evidence.str.contains(r"[\"”’']$")
    assert not quoted.any(), facts.loc[quoted, "fact_id"].tolist()
    dates = pd.concat([facts["period_start"], facts["period_end"]])
    assert dates[dates != ""].str.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?").all()


def test_metric_phrases_in_three_languages():
    metrics = table("metrics")
    for column in ("phrases_en", "phrases_es", "phrases_pt"):
        empty = metrics.loc[metrics[column].str.strip() == "", "metric"].tolist()
        assert not empty, f"{column} empty for {empty}"
    trade = metrics.set_index("metric").loc["trade_total"]
    assert "comercio bilateral" in trade["phrases_es"].split("|")
    assert "corrente de comércio" in trade["phrases_pt"].split("|")


REQUIRED_FIGURES = [
    # (metric, entity, period_start, value)
    ("trade_total", "LAC", "2002", 18),
    ("trade_total", "LAC", "2021", 449),
    ("trade_china_imports", "LAC", "2021", 221),
    ("trade_china_exports", "LAC", "2021", 228),
    ("trade_total", "LAC", "2023", 489),
    ("trade_growth", "LAC", "2023", 1.1),
    ("trade_total", "LAC", "2024", 518.47),
    ("trade_growth", "LAC", "2024", 6.0),
    ("investment_total", "LAC", "2005", 140),
    ("investment_total", "BRA", "2005", 64),
    ("investment_total", "PER", "2005", 25),
    ("construction_total", "LAC", "2005", 66),
    ("construction_share_energy", "LAC", "2005", 51),
    ("construction_share_transport", "LAC", "2005", 29),
    ("loans_total", "LAC", "2005", 138),
    ("loans_share_energy", "LAC", "2005", 69),
    ("loans_share_infrastructure", "LAC", "2005", 19),
    ("loans_total", "LAC", "2020", 0),
    ("loans_total", "LAC", "2021", 0),
    ("fdi_flow", "LAC", "2024", 14.7),
    ("infrastructure_projects_count", "LAC", "2023", 268),
    ("infrastructure_projects_value", "LAC", "2023", 112.8),
    ("infrastructure_jobs", "LAC", "2023", 777000),
    ("china_exports_world", "CHN", "2025-01", 3.4),
    ("china_imports_world", "CHN", "2025-01", 2.3),
    ("china_trade_surplus", "CHN", "2025-01", 1),
    ("aid_total", "CHN", "1950", 400),
    ("aid_projects_count", "CHN", "1950", 5000),
    ("aid_complete_sets_count", "CHN", "1950", 3000),
    ("aid_training_courses_count", "CHN", "1950", 11000),
    ("aid_trainees_count", "CHN", "1950", 260000),
    ("first_year", "MEX", "2006", 2006),
    ("first_year", "CUB", "1960", 1960),
    ("first_year", "BRA", "1993", 1993),
    ("first_year", "PAN", "2017-11-17", 2017),
    ("confucius_institutes_count", "LAC", "2016", 39),
    ("confucius_classrooms_count", "LAC", "2016", 19),
    ("confucius_total_count", "LAC", "2016", 58),
    ("confucius_countries_count", "LAC", "2016", 20),
    ("confucius_total_count", "LAC", "2025-01", 57),
    ("confucius_countries_count", "LAC", "2025-01", 26),
    ("strategic_partnerships_count", "LAC", "2022-10", 12),
    ("comprehensive_strategic_partnerships_count", "LAC", "2022-10", 7),
    ("bri_members_count", "LAC", "2022-10", 21),
    ("spanish_programmes_count", "CHN", "2018", 96),
    ("spanish_undergraduate_programmes_count", "CHN", "2018", 74),
    ("spanish_students_count", "CHN", "2018", 20000),
    ("agreements_count", "BRA", "2025-05", 20),
    ("agreements_value", "BRA", "2025-05", 4.8),
    ("inauguration_year", "PER", "2024-11-14", 2024),
    ("diaspora_share", "PER", "", 5),
    ("forum_established_year", "LAC", "2011", 2011),
    ("forum_established_year", "LAC", "2014-07", 2014),
    ("carbon_peak_year", "CHN", "2020-09", 2030),
    ("carbon_neutrality_year", "CHN", "2020-09", 2060),
    ("households_powered", "ARG", "", 1500000),
    ("fuel_imports_saved", "ARG", "", 1.1),
    ("wind_turbines_count", "CHL", "", 32),
    ("households_powered", "CHL", "", 130000),
    ("co2_avoided", "CHL", "", 157000),
    ("taiwan_allies_count", "LAC", "2023-03-26", 7),
    ("top_trading_partner_count", "LAC", "2022-05", 4),
    ("fta_count", "LAC", "2022-05", 3),
]


@pytest.mark.parametrize("metric,entity,period_start,value", REQUIRED_FIGURES)
def test_required_domain_figures_exist(metric, entity, period_start, value):
    facts = table("facts")
    hit = facts[
        (facts["metric"] == metric)
        & (facts["entity"] == entity)
        & (facts["period_start"] == period_start)
        & (pd.to_numeric(facts["value"]) == value)
    ]
    assert len(hit) >= 1, f"missing fact {metric} {entity} {period_start} = {value}"


def test_disagreements_are_kept_side_by_side():
    facts = table("facts")
    groups = facts[facts["conflict_group"] != ""].groupby("conflict_group")
    sizes = groups.size()
    assert (sizes >= 2).all(), (
        f"conflict groups with a single fact: {sizes[sizes < 2].index.tolist()}"
    )
    values = {name: sorted(pd.to_numeric(g["value"])) for name, g in groups}
    assert values["forum_founded"] == [2011, 2014]
    assert {57, 58} <= set(values["confucius_count"])
    assert {20, 26} <= set(values["confucius_countries"])
    trade = facts[(facts["metric"] == "trade_total") & facts["period_start"].isin(["2023", "2024"])]
    assert set(trade["reporter"]) == {"ECLAC", "China Customs"}


def test_the_lu2023_typo_is_stored_corrected_and_documented():
    facts = table("facts").set_index("fact_id")
    assert facts.loc["trade_total_lac_2002_crs", "period_start"] == "2002"
    assert "typo" in facts.loc["trade_total_lac_2002_crs", "note"]
    corrections = read(DATA / "corrections" / "corrections.csv")
    row = corrections[corrections["key"] == "fact_id=trade_total_lac_2002_crs"]
    assert row[["old_value", "new_value"]].values.tolist() == [["2021", "2002"]]


def test_commitment_statements_never_invent_delivery_and_restate_a_compiled_pledge():
    statements = table("commitment_statements").set_index("statement_id")
    delivered = statements[statements["delivered_value"] != ""]
    assert (delivered["delivery_source_id"] != "").all()
    assert (delivered["delivered_as_of"] != "").all()
    assert list(delivered.index) == ["press_center_2017"]  # Lu2023's two journalist classes
    compiled = read(DATA / "commitments_compiled" / "commitments.csv")
    assert set(statements["same_as"]) <= set(compiled["commitment_id"])
    assert statements.loc["scholarships_2014_2019", "target_value"] == "6000"
    assert statements.loc["training_places_10000_2016", "target_value"] == "10000"
    assert "quote" not in statements.columns and (statements["evidence"] != "").all()


def test_five_sphere_component_ids():
    """Five positions; the fifth holds two elements because the sources disagree on it: the
    domain brief's "sustainable development" (the id the depth index uses) and the 2016 policy
    paper's mutual reinforcement of region-wide and bilateral cooperation, each with its own
    source. Neither is dropped."""
    components = table("framework_components")
    spheres = components[components["kind"] == "sphere"]
    by_position = spheres.groupby("position")["component_id"].apply(sorted).to_dict()
    assert {int(k): v for k, v in by_position.items()} == {
        1: ["political"],
        2: ["economic"],
        3: ["cultural"],
        4: ["international"],
        5: ["region_and_bilateral", "sustainable"],
    }
    fifth = spheres[spheres["position"].astype(int) == 5].set_index("component_id")
    assert fifth.loc["sustainable", "source_id"] == "ChinaFocus2025"
    assert fifth.loc["region_and_bilateral", "source_id"] == "EmbJM2016"
    one_three_six = components[components["framework_id"] == "one_plus_three_plus_six"]
    assert one_three_six["kind"].value_counts().to_dict() == {
        "priority_area": 6,
        "engine": 3,
        "plan": 1,
    }


def test_mechanisms_hold_the_four_ministerial_meetings():
    mechanisms = table("mechanisms")
    meetings = mechanisms[mechanisms["kind"] == "ministerial_meeting"].sort_values("date")
    assert meetings["date"].tolist() == ["2015-01-08", "2018-01-22", "2021-12-03", "2025-05-13"]


def test_a_meeting_ends_after_it_opens_and_its_span_is_the_one_its_detail_tells():
    """`end_date` is the last day of a meeting held over several days (meeting_ordinal reads it
    to bear out a close on that day): a full date after the opening day, and the span the row's
    own detail tells ("8-9 January 2015")."""
    mechanisms = table("mechanisms")
    spanned = mechanisms[mechanisms["end_date"].fillna("") != ""]
    assert sorted(spanned["mechanism_id"]) == [
        "ccf_ministerial_1_2015",
        "china_caribbean_bri_conference_2019",
    ]
    for row in spanned.itertuples():
        assert len(row.date) == len(row.end_date) == 10 and row.end_date > row.date
        first, last = int(row.date[8:]), int(row.end_date[8:])
        assert str(row.detail).startswith(f"{first}-{last} ")


# -- corrections of copied files --------------------------------------------------------------
def test_imf_gross_errors_are_all_corrected_and_match_the_file():
    path = "trade/imf_dots_multiatsm/imf_bilateral_trade_5_countries_1948_2019.csv"
    imf = read(DATA / path)
    values = pd.to_numeric(imf["value"], errors="coerce")
    gross = imf[values >= 1e13]
    corrections = read(DATA / "corrections" / "corrections.csv")
    corrections = corrections[corrections["file"] == path]
    expected = {
        f"sheet_country={r.sheet_country};partner={r.partner};year={r.year}"
        for r in gross.itertuples()
    }
    assert set(corrections["key"]) == expected
    assert (corrections["action"] == "set_null").all()
    for row in corrections.itertuples():
        pairs = dict(part.split("=", 1) for part in row.key.split(";"))
        cell = imf[
            (imf["sheet_country"] == pairs["sheet_country"])
            & (imf["partner"] == pairs["partner"])
            & (imf["year"] == pairs["year"])
        ]
        assert cell["value"].tolist() == [row.old_value]
        assert row.reason.startswith("gross error: value ≥ 1e13 US$")


# -- copied files -----------------------------------------------------------------------------
@pytest.mark.parametrize("folder", COPIED_DIRS)
def test_copied_files_match_their_checksums(folder: str):
    directory = DATA / folder
    assert (directory / "SOURCE.yml").is_file(), f"{folder} lost its SOURCE.yml"
    sidecar = yaml.safe_load((directory / "checksums.yml").read_text(encoding="utf-8"))
    assert sidecar["algorithm"] == "sha256"
    on_disk = {p.name for p in directory.iterdir() if p.is_file() and p.name != "checksums.yml"}
    assert set(sidecar["files"]) == on_disk, f"{folder}: files and checksums.yml disagree"
    for name, expected in sidecar["files"].items():
        blob = (directory / name).read_bytes()
        assert len(blob) == expected["bytes"], f"{folder}/{name}: size changed"
        assert hashlib.sha256(blob).hexdigest() == expected["sha256"], (
            f"{folder}/{name}: content changed"
        )


def test_rca_fixture_is_not_shipped_as_package_data():
    assert not (DATA / "rca_fixture_economiccomplexity").exists()


def test_policy_paper_titles_are_the_published_title_without_notes_of_ours():
    """A reader sees a document's title as published (marked as English on a Spanish or
    Portuguese page). The three papers once carried "(first)", "(second)", "(third)": English
    notes of ours inside the title, shown untranslated on /architecture?lang=es. The order is the
    papers' dates, which the page prints beside each title."""
    documents = pd.read_csv(KNOWLEDGE / "documents.csv", dtype=str)
    papers = documents[documents["kind"] == "policy_paper"].sort_values("date")
    assert list(papers["date"]) == ["2008-11", "2016-11", "2025-12"]
    assert set(papers["title"]) == {"China's Policy Paper on Latin America and the Caribbean"}
