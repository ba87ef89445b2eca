"""The Promises and delivery page without a browser: three languages, as-of dates, bad input,
the CSV with its sources, and profiles that list only the pledges naming their state."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("lang", "title", "claim"),
    [
        ("en", "Promises and delivery", "claim"),
        ("es", "Promesas y cumplimiento", "declaración"),
        ("pt", "Promessas e cumprimento", "declaração"),
    ],
)
def test_page_in_three_languages(client, lang, title, claim):
    page = client.get("/commitments", params={"lang": lang})
    assert page.status_code == 200
    assert f"<h1>{title}</h1>" in page.text
    assert page.text.count('class="pledge"') == 44
    assert page.text.count('<li><span class="badge') == 7  # one count per status, none hidden
    assert claim in page.text and "fully implemented" in page.text  # statements shown as claims


def test_as_of_date_changes_the_status_and_bad_dates_are_refused(client):
    early = client.get("/commitments", params={"as_of": "2018"}).text
    start = early.index('id="brasilia2014_trade_500bn"')
    assert "status-behind" in early[start : start + 300]
    bad = client.get("/commitments", params={"as_of": "soon"})
    assert bad.status_code == 422 and "not a date like 2024" in bad.text


def test_csv_carries_status_reason_and_sources(client):
    text = client.get("/commitments.csv", params={"as_of": "2024"}).text
    assert text.startswith("# China–LAC commitments and their status as of 2024-12-31")
    assert "# source " in text
    assert "brasilia2014_trade_500bn" in text and "not comparable" in text


def test_profiles_show_only_pledges_that_name_the_state(client):
    belize = client.get("/country/BLZ").text
    assert "brasilia2014_trade_500bn" not in belize
    chile = client.get("/country/CHL").text
    assert "forum2015_second_ministerial_chile_2018" in chile
    assert "brasilia2014_trade_500bn" not in chile
    architecture = client.get("/architecture").text
    assert architecture.count("/commitments#brasilia2014_trade_500bn") == 1


@pytest.mark.parametrize(
    ("lang", "names"),
    [
        ("es", "Argentina, Brasil, Chile, Perú, Uruguay"),
        ("pt", "Argentina, Brasil, Chile, Peru, Uruguai"),
        ("en", "Argentina, Brazil, Chile, Peru, Uruguay"),
    ],
)
def test_states_named_by_a_pledge_are_names_in_the_readers_language(client, lang, names):
    html = client.get("/commitments", params={"lang": lang}).text
    start = html.index('id="beijing2025_visa_free_5_countries"')
    pledge = html[start : html.index("</article>", start)]
    assert names in pledge
    assert "ARG" not in pledge.replace('id="', "") and "BRA, " not in pledge


@pytest.mark.parametrize(
    ("lang", "maker"), [("es", "Gobierno de China"), ("pt", "Governo da China")]
)
def test_who_made_the_pledges_is_in_the_readers_language(client, lang, maker):
    html = client.get("/commitments", params={"lang": lang}).text
    assert maker in html and "Government of China" not in html
