"""The dashboard through FastAPI's TestClient: pages, validation (404/422), languages, downloads."""

from __future__ import annotations

import io
import json
import re

import pyarrow.parquet as pq
import pytest

CELAC_COUNT = 33


def test_map_draws_all_33_states_each_linked_to_its_profile(client):
    response = client.get("/")
    assert response.status_code == 200
    linked = set(
        re.findall(
            r'<a href="/country/([A-Z]{3})" class="state[^"]*" data-iso3="\1"', response.text
        )
    )
    assert len(linked) == CELAC_COUNT
    assert "Legend" in response.text and "Sources" in response.text


@pytest.mark.parametrize(
    "layer", ["relations", "partnership", "bri", "fta", "finance", "trade", "depth"]
)
def test_every_layer_renders_or_says_it_is_not_available(client, layer):
    response = client.get(f"/map/{layer}")
    assert response.status_code == 200
    assert "Legend" in response.text or "Not available yet" in response.text


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("/map/nonsense", "the map has no layer “nonsense”"),
        ("/map/bri?year=1850", "outside this layer"),
        ("/map/bri?year=abc", "valid integer"),
        ("/map/relations?year=1850", "outside this layer"),
        ("/indicators/cooperation_depth_index?start=1800", "outside"),
        ("/indicators/cooperation_depth_index?start=2020&end=2010", "is after the last"),
        ("/indicators/cooperation_depth_index?countries=Narnia", "is not a CELAC state"),
        ("/data/ties?no_such_column=1", "no column"),
        ("/data/ties?page=0", "pages start at 1"),
        ("/data/ties.xlsx", "one of csv"),
        ("/lang/fr", "must be one of"),
    ],
)
def test_bad_parameters_are_422_with_a_message(client, path, message):
    response = client.get(path)
    assert response.status_code == 422
    assert message in response.text


def test_country_names_redirect_to_the_code(client):
    for name in ("Perú", "peru", "604", "PE"):
        response = client.get(f"/country/{name}", follow_redirects=False)
        assert response.status_code == 307, name
        assert response.headers["location"] == "/country/PER"


def test_unknown_country_is_a_404_page_with_suggestions(client):
    response = client.get("/country/Perru")
    assert response.status_code == 404
    assert 'href="/country/PER"' in response.text
    assert client.get("/country/Taiwan").status_code == 404
    assert client.get("/country/CHN").status_code == 404


def test_country_profile_shows_quality_and_never_unsourced_status_as_fact(client, db):
    page = client.get("/country/ATG").text  # Antigua: an unsourced AIIB cell in the compilation
    assert "sourced" in page and "Ties with China" in page
    unsourced = db.sql(
        "SELECT count(*) AS n FROM ties WHERE iso3 = 'ATG' AND quality = 'unsourced' AND NOT superseded"
    )
    if unsourced["n"][0]:
        assert "no source found; nothing is shown as fact" in page


def test_country_page_shows_evidence_notes_with_source_links_never_as_quotations(client, db):
    from markupsafe import escape

    from chinalac.web.vocabulary import cited

    page = client.get("/country/PER").text
    facts = db.sql(
        """SELECT f.evidence, s.url FROM facts f JOIN sources s USING (source_id)
           WHERE (f.entity = 'PER' OR f.counterpart = 'PER') AND s.url IS NOT NULL"""
    )
    assert len(facts) >= 2
    sources = {row["source_id"]: row for row in db.sql("SELECT * FROM sources").to_dict("records")}
    for evidence, url in facts.itertuples(index=False):
        # the note may sit in a <span lang="en"> (English-only text on es/pt pages); a source id
        # it names ("Lu2023") reads as that source's linked title
        note = (
            re.escape('<p class="evidence"><b>Evidence:</b> ')
            + r"(?:<span[^>]*>)?"
            + re.escape(str(cited(evidence, "en", sources.get)))
            + r"(?:</span>)?</p>"
        )
        link = re.escape(f'<div class="source">Source: <a class="source" href="{escape(url)}"')
        assert re.search(note + r"\s*" + link, page), evidence
    assert "<blockquote" not in page
    notes = re.findall(r'<p class="evidence">(.*?)</p>', page, flags=re.S)
    assert notes and not any(n.count("“") or "<i>" in n or "<em>" in n for n in notes)


def test_country_csv_carries_sources_and_licences(client):
    response = client.get("/country/PER/ties.csv")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/csv")
    lines = response.text.splitlines()
    assert lines[0].startswith("# Ties with China — Peru")
    assert any(line.startswith("# source ") and "licence:" in line for line in lines)
    header = next(line for line in lines if not line.startswith("#"))
    assert "source_id" in header.split(",")
    assert client.get("/country/PER/nonsense.csv").status_code == 404


def test_language_from_accept_language_cookie_and_switch(web_app):
    from fastapi.testclient import TestClient

    client = TestClient(web_app)  # its own cookie jar: the switch below sets a cookie
    spanish = client.get(
        "/country/PER", headers={"Accept-Language": "es-PE,es;q=0.9,en;q=0.5"}
    ).text
    assert "<h1>Perú" in spanish and "Vínculos con China" in spanish
    portuguese = client.get("/", headers={"Accept-Language": "pt-BR"}).text
    assert "Os 33 Estados da CELAC" in portuguese and "Paraguai" in portuguese
    switched = client.get("/lang/pt?next=/country/PER", follow_redirects=False)
    assert switched.status_code == 303 and switched.headers["location"] == "/country/PER"
    assert "lang=pt" in switched.headers["set-cookie"]
    remembered = client.get("/country/PER", headers={"Accept-Language": "es"}).text
    assert "Vínculos com a China" in remembered
    client.cookies.clear()
    english = client.get("/country/PER", headers={"Accept-Language": "fr"}).text
    assert "Ties with China" in english


def test_language_switch_never_redirects_off_site(client):
    for target in ("//evil.example/", "https://evil.example/", "/\\evil.example"):
        response = client.get("/lang/es", params={"next": target}, follow_redirects=False)
        assert response.headers["location"] == "/"


def test_months_are_written_in_the_chosen_language():
    from chinalac.web.i18n import format_iso_date

    assert format_iso_date("2015-01-08", "en") == "January 8, 2015"
    assert format_iso_date("2015-01-08", "es") == "8 de enero de 2015"
    assert format_iso_date("2015-01", "pt") == "janeiro de 2015"
    assert format_iso_date("<2019-10", "es") == "antes de octubre de 2019"
    assert format_iso_date("2015-01-08/2015-01-09", "en") == "January 8, 2015 – January 9, 2015"
    assert format_iso_date("c.2021", "en") == "c.2021"


def test_message_catalogs_are_complete_and_compiled():
    from chinalac.web import catalogs

    assert catalogs.problems() == []


def test_compiled_catalog_comparison_ignores_the_generator_header_only(monkeypatch):
    """A fresh install may compile with another Babel: its header differs, its messages must not."""
    import babel.messages.catalog

    from chinalac.web import catalogs

    monkeypatch.setattr(babel.messages.catalog, "VERSION", "99.0")
    current = catalogs.read_catalog("es")
    committed = catalogs.po_path("es").with_suffix(".mo").read_bytes()
    other_babel = catalogs.mo_bytes(current)
    assert b"Babel 99.0" in other_babel and other_babel != committed
    assert catalogs.mo_messages(other_babel) == catalogs.mo_messages(committed)
    message = next(m for m in current if m.id and isinstance(m.id, str))
    message.string = message.string + " (changed)"
    assert catalogs.mo_messages(catalogs.mo_bytes(current)) != catalogs.mo_messages(committed)


def test_user_text_is_escaped(client):
    response = client.get("/data/ties", params={"iso3": "<script>alert(1)</script>"})
    assert response.status_code == 200
    assert "<script>alert(1)</script>" not in response.text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in response.text


def test_data_tables_browse_filter_and_download(client):
    index = client.get("/data").text
    assert 'href="/data/ties"' in index
    filtered = client.get("/data/ties", params={"iso3": "PER", "sort": "date", "desc": "1"})
    assert filtered.status_code == 200 and "PER" in filtered.text
    csv = client.get("/data/facts.csv").text
    assert csv.startswith("# chinalac table facts") and "# source " in csv
    document = client.get("/data/ties.json", params={"iso3": "PER"}).json()
    assert document["table"] == "ties" and document["sources"]
    assert {row["iso3"] for row in document["rows"]} == {"PER"}
    parquet = pq.read_table(io.BytesIO(client.get("/data/countries.parquet").content))
    assert parquet.num_rows == 34 and b"chinalac.sources" in parquet.schema.metadata
    assert client.get("/data/no_such_table").status_code == 404


def test_architecture_timeline_links_sources(client):
    page = client.get("/architecture").text
    assert "1+3+6" in page and "Five" in page
    assert client.get("/architecture/timeline.csv").text.count("# source ") > 3


def test_indicators_page_shows_formula_and_caveats(client):
    response = client.get(
        "/indicators/cooperation_depth_index",
        params={"countries": ["PER", "Brasil"], "start": 2010},
    )
    assert response.status_code == 200
    assert "Formula" in response.text and "Caveats" in response.text
    assert client.get("/indicators/trade_intensity_index").status_code == 200
    csv = client.get("/indicators/cooperation_depth_index.csv", params={"countries": "PER"}).text
    assert "# note: formula:" in csv and "\nindicator,iso3,year,value" in csv


def test_check_page_caps_uploads(client):
    assert client.get("/check").status_code == 200
    assert client.post("/check", data={"text": "   "}).status_code == 422
    too_big_file = client.post("/check", files={"file": ("a.txt", b"x" * 1_000_001)})
    assert too_big_file.status_code == 422 and "larger than" in too_big_file.text
    not_text = client.post("/check", files={"file": ("a.bin", b"\xff\xfe\x00\x81" * 10)})
    assert not_text.status_code == 422
    huge_body = client.post(
        "/check", content=b"x" * 2_100_000, headers={"content-type": "text/plain"}
    )
    assert huge_body.status_code == 413


def test_check_takes_an_article_date_for_relative_dates(client):
    text = "China's trade with Latin America and the Caribbean reached US$518.47 billion last year."
    dated = client.post("/api/check", data={"text": text, "date": "2025-05-20"})
    assert dated.status_code == 200
    (claim,) = [c for c in dated.json()["claims"] if "518.47" in c["text"]]
    assert claim["article_date"]["date"] == "2025-05-20"
    assert "option" in claim["article_date"]["found_by"]
    assert "2024" in json.dumps(claim["period"])
    assert 'name="date"' in client.get("/check").text
    bad = client.post("/api/check", data={"text": text, "date": "20/05/2025"})
    assert bad.status_code == 422 and "YYYY-MM-DD" in bad.text


def test_static_plotly_is_served_from_the_package(client):
    response = client.get("/static/plotly.min.js")
    assert response.status_code == 200 and len(response.content) > 1_000_000


def test_site_links_are_relative_to_each_page():
    from chinalac.web.rendering import PageLocation, site_file

    assert site_file("/", "en") == "index.html"
    assert site_file("/country/PER", "es") == "es/country/PER/index.html"
    assert site_file("/country/PER/ties.csv", "pt") == "country/PER/ties.csv"
    here = PageLocation("/country/PER", "es", site_mode=True)
    assert here.url("/country/BRA") == "../BRA/index.html"
    assert here.static("app.css").startswith("../../../static/app.css?v=")  # versioned URL
    assert here.switch_language("pt") == "../../../pt/country/PER/index.html"


def test_a_cached_page_is_answered_before_routing_with_an_etag(client, web_app, monkeypatch):
    first = client.get("/architecture", headers={"Accept-Language": "es"})
    assert first.status_code == 200 and first.headers["etag"].startswith('W/"')
    etag = first.headers["etag"]
    portuguese = client.get("/architecture", headers={"Accept-Language": "pt"})
    # The second request is a cache hit answered by the CachedPages middleware: the routes are
    # not reached at all (a route that fails would show it).
    from chinalac.web.routes import architecture

    def fail(*_args, **_kwargs):
        raise AssertionError("the route ran for a cached page")

    monkeypatch.setattr(architecture, "cached_page", fail)
    again = client.get("/architecture", headers={"Accept-Language": "es"})
    assert again.status_code == 200 and again.content == first.content
    assert again.headers["etag"] == etag
    assert again.headers["content-security-policy"] and again.headers["vary"]
    # Revalidation: 304 without a body, for this language only.
    same = client.get("/architecture", headers={"Accept-Language": "es", "If-None-Match": etag})
    assert same.status_code == 304 and same.content == b"" and same.headers["etag"] == etag
    other = client.get("/architecture", headers={"Accept-Language": "pt", "If-None-Match": etag})
    assert other.status_code == 200 and other.headers["etag"] != etag
    assert other.content == portuguese.content
    head = client.head("/architecture", headers={"Accept-Language": "es"})
    assert head.status_code == 200 and head.content == b""


def test_a_cache_hit_keeps_the_query_apart(client):
    everything = client.get("/data/facts")
    filtered = client.get("/data/facts?metric=trade")
    crafted = client.get("/data/facts?metric=trade%26sort%3Dvalue")
    assert filtered.text != everything.text
    assert client.get("/data/facts?metric=trade").text == filtered.text
    assert client.get("/data/facts?metric=trade%26sort%3Dvalue").text == crafted.text
