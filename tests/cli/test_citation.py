"""LICENSE, CITATION.cff, `chinalac --version` and `chinalac cite`."""

from __future__ import annotations

import json
import re
import tomllib
from pathlib import Path

import yaml
from typer.testing import CliRunner

import chinalac
from chinalac.cli.app import app
from chinalac.domain import citation

ROOT = Path(__file__).parents[2]
runner = CliRunner()
# Every key CFF 1.2.0 allows at the top level (https://citation-file-format.github.io, 1.2.0).
CFF_KEYS = {
    "abstract", "authors", "cff-version", "commit", "contact", "date-released", "doi",
    "identifiers", "keywords", "license", "license-url", "message", "preferred-citation",
    "references", "repository", "repository-artifact", "repository-code", "title", "type",
    "url", "version",
}  # fmt: skip


def pyproject() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def test_licence_file_is_the_mit_licence_pyproject_declares():
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert pyproject()["license"] == "MIT" == citation.LICENCE  # an SPDX expression (PEP 639)
    assert pyproject()["license-files"] == ["LICENSE"]
    assert text.startswith("MIT License") and "Permission is hereby granted, free of charge" in text


def test_citation_cff_follows_cff_1_2_and_matches_the_package():
    cff = yaml.safe_load((ROOT / "CITATION.cff").read_text(encoding="utf-8"))
    assert cff["cff-version"] == "1.2.0"
    assert set(cff) <= CFF_KEYS, set(cff) - CFF_KEYS
    assert {"cff-version", "message", "title", "authors"} <= set(cff)
    assert cff["type"] in {"software", "dataset"}
    assert cff["authors"] and all(
        isinstance(a, dict) and (a.get("name") or a.get("family-names")) for a in cff["authors"]
    )
    assert cff["version"] == chinalac.__version__ == pyproject()["version"]
    assert cff["license"] == citation.LICENCE
    assert cff["title"] == citation.TITLE
    assert cff["authors"][0]["name"] == citation.AUTHORS


def test_data_release_date_is_the_newest_access_date_of_the_shipped_sources(tmp_path):
    shipped = citation.data_release_date()
    assert shipped and re.fullmatch(r"\d{4}-\d{2}-\d{2}", shipped)
    (tmp_path / "knowledge").mkdir()
    (tmp_path / "knowledge" / "sources.csv").write_text(
        "source_id,accessed\na,2024-01-02\nb,\nc,2025-03\n", encoding="utf-8"
    )
    assert citation.data_release_date(tmp_path) == "2024-01-02"
    (tmp_path / "x").mkdir()
    (tmp_path / "x" / "SOURCE.yml").write_text("producer: X\naccessed: 2025-06-30\n")
    assert citation.data_release_date(tmp_path) == "2025-06-30"


def test_version_names_the_version_and_the_data_release():
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert f"chinalac {chinalac.__version__}" in result.stdout
    assert f"data release {citation.data_release_date()}" in result.stdout


def test_cite_prints_the_tool_and_the_sources_asked_for(built_db):
    result = runner.invoke(app, ["cite", "--source", "Lu2023,AidData-GCDF3", "--db", str(built_db)])
    assert result.exit_code == 0, result.output
    assert citation.tool_citation() in result.stdout
    assert "https://doi.org/10.55704/ias.v5i1.09" in result.stdout
    assert "[AidData-GCDF3]" in result.stdout and "ODC-By 1.0" in result.stdout


def test_cite_from_an_output_cites_every_source_it_names(built_db, tmp_path):
    facts = runner.invoke(
        app, ["facts", "--metric", "trade_total", "--json", "--db", str(built_db)]
    )
    named = {row["source_id"] for row in json.loads(facts.stdout)}
    for saved in ("facts.json", "facts.tsv"):
        args = ["facts", "--metric", "trade_total", "--db", str(built_db)]
        output = runner.invoke(app, [*args, "--json"] if saved.endswith("json") else args).stdout
        (tmp_path / saved).write_text(output, encoding="utf-8")
        result = runner.invoke(
            app, ["cite", "--from", str(tmp_path / saved), "--json", "--db", str(built_db)]
        )
        assert result.exit_code == 0, result.output
        cited = {c["source_id"] for c in json.loads(result.stdout)["sources"]}
        assert cited == named and len(named) >= 2


def test_cite_an_unknown_source_is_a_one_line_error(built_db):
    result = runner.invoke(app, ["cite", "--source", "Nope2099", "--db", str(built_db)])
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1 and "Nope2099" in result.stderr
