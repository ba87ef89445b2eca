"""/architecture names a framework or component in Spanish or Portuguese only by the name an
official outlet publishes (src/chinalac/web/architecture_names.csv, its sources in the sidecar
beside it); every other name stays as stored, marked lang="en"."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest
import yaml

import chinalac
from chinalac.web.routes.architecture import OFFICIAL_NAMES

KNOWLEDGE = Path(chinalac.__file__).resolve().parent / "data" / "knowledge"


def rows(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_every_official_name_belongs_to_a_stored_framework_and_cites_a_listed_source():
    frameworks = {row["framework_id"] for row in rows(KNOWLEDGE / "frameworks.csv")}
    components = {
        (row["framework_id"], row["component_id"])
        for row in rows(KNOWLEDGE / "framework_components.csv")
    }
    meta = yaml.safe_load(OFFICIAL_NAMES.with_suffix(".meta.yml").read_text(encoding="utf-8"))
    listed = {source["url"] for source in meta["sources"]}
    names = rows(OFFICIAL_NAMES)
    keys = [(row["framework_id"], row["component_id"], row["lang"]) for row in names]
    assert len(keys) == len(set(keys))
    for row in names:
        assert row["lang"] in ("es", "pt"), row
        assert row["framework_id"] in frameworks, row
        if row["component_id"]:
            assert (row["framework_id"], row["component_id"]) in components, row
        assert row["name"].strip() and row["evidence"].strip(), row
        assert row["source_url"] in listed, row["source_url"]


@pytest.mark.parametrize(
    ("lang", "official", "stored"),
    [
        ("es", ["Cinco programas", "Programa de la solidaridad", "Iniciativa para la Seguridad Global",
                "Iniciativas globales (IDG, ISG, IGG)"],
         ["Peace program"]),
        ("pt", ['Estrutura de "quinteto"', "Programa de Desenvolvimento",
                "Colaboração estreita nos assuntos internacionais",
                "Programa de Cooperação entre a China e os Países Latino-americanos e Caribenhos 2015-2019",
                "Iniciativa de Segurança Global", "Iniciativa de Governança Global"],
         ["Sustainable development", "Peace program", "Trade"]),
    ],
)  # fmt: skip
def test_the_architecture_page_shows_official_names_and_marks_the_rest(
    client, lang, official, stored
):
    html = client.get("/architecture", params={"lang": lang}).text
    section = html[
        html.index("framework-diagram") : html.index("<h2", html.index("framework-diagram"))
    ]
    english = " ".join(re.findall(r'lang="en"[^>]*>([^<]*)<', section)).replace("&#34;", '"')
    plain = re.sub(r"<[^>]+>", " ", section).replace("&#34;", '"')
    for name in official:
        assert name in plain and name not in english, name
    for name in stored:
        assert name in english, name


@pytest.mark.parametrize(
    ("lang", "official", "stored"),
    [
        ("es", ['Marco de cooperación "1+3+6"', "Cinco programas"], ['"Five-sphere" plan']),
        ("pt", ['Marco de cooperação "1+3+6"', 'Estrutura de "quinteto"', "Cinco programas",
                "Iniciativas globais (IDG, ISG, IGG)"],
         []),
    ],
)  # fmt: skip
def test_the_timeline_names_a_framework_as_the_diagram_does(client, lang, official, stored):
    html = client.get("/architecture", params={"lang": lang}).text
    timeline = html[html.index('<ol class="timeline">') :]
    names = {
        name.replace("&#34;", '"'): marked
        for marked, name in re.findall(r"<strong( lang=\"en\")?>([^<]*)</strong>", timeline)
    }
    for name in official:
        assert names.get(name) == "", (name, names)
    for name in stored:
        assert names.get(name) == ' lang="en"', (name, names)


@pytest.mark.parametrize(
    ("lang", "words"),
    [("es", "Iniciativas globales (IDG, ISG, IGG)"), ("pt", "Iniciativas globais (IDG, ISG, IGG)")],
)
def test_a_head_chinalac_names_itself_is_in_the_reader_s_words_in_diagram_and_timeline(
    client, lang, words
):
    """ "Global initiatives (GDI, GSI, GGI)" is chinalac's own label, not an official name: it is
    translated like the rest of chinalac's words (vocabulary.csv), the same in both places."""
    html = client.get("/architecture", params={"lang": lang}).text
    diagram = html[html.index("framework-diagram") : html.index('<ol class="timeline">')]
    timeline = html[html.index('<ol class="timeline">') :]
    assert f"<h3>{words}</h3>" in diagram
    assert f"<strong>{words}</strong>" in timeline
    assert "Global initiatives" not in diagram + timeline
