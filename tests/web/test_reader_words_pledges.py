"""Readers first on /commitments and the profiles' pledge tables, without a browser: where a
pledge's sources differ each value reads in the reader's words beside its source's title and
link (never a source id); an open-ended period is worded ("desde 2014, sin plazo declarado");
a profile names a pledge by its plan, not by its id; the sparklines' tooltips word undated
figures and relayed reporters ("CEPAL", "vía Xinhua"); source titles drop the compilers'
"[descriptive]" tag and say their language when it is not the page's.
"""

from __future__ import annotations

import html
import re

import pytest

from chinalac.web import vocabulary
from chinalac.web.commitment_words import date_words, period_words

SOURCE_ID = re.compile(r"\((?:web-[0-9a-f]{10}|Lu2023|IQLatino-CI)\)")


def pledge_html(page: str, commitment_id: str) -> str:
    start = page.index(f'id="{commitment_id}"')
    return page[start : page.index("</article>", start)]


@pytest.mark.parametrize(
    ("lang", "differ", "field", "versus", "target"),
    [
        ("es", "Las fuentes difieren", "meta: 1.000", "frente a", "no indicado"),
        ("pt", "As fontes divergem", "meta: 1.000", "contra", "não informado"),
    ],
)
def test_sources_that_differ_show_values_with_titles_and_links(
    client, lang, differ, field, versus, target
):
    page = client.get("/commitments", params={"lang": lang}).text
    pledge = pledge_html(page, "brasilia2014_young_leaders_1000")
    note = pledge[pledge.index('class="small source-differences"') :]
    note = note[: note.index("</p>")]
    assert differ in note and field in note and versus in note and target in note
    assert not SOURCE_ID.search(note), SOURCE_ID.search(note)
    assert 'href="https://doi.org/10.55704/ias.v5i1.09"' in note  # Lu2023, by its title
    assert "Research on the foundation" in note
    assert "not stated" not in note and " vs " not in note


def test_every_difference_the_store_notes_is_shown_in_words(client, web_app):
    page = client.get("/commitments", params={"lang": "pt"}).text
    notes = re.findall(r'class="small source-differences">(.*?)</p>', page, re.S)
    assert len(notes) == 8  # the store's statement_conflict rows
    assert not any(SOURCE_ID.search(note) for note in notes)
    assert not any("start:" in note or "end:" in note or "target:" in note for note in notes)


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "from 2014, no deadline stated"),
        ("es", "desde 2014, sin plazo declarado"),
        ("pt", "desde 2014, sem prazo declarado"),
    ],
)
def test_an_open_ended_period_is_worded(client, lang, expected):
    assert period_words("2014", None, lang) == expected
    assert period_words("2015", "2019", lang) == "2015–2019"
    assert period_words("2016", "2016", lang) == "2016"
    page = client.get("/commitments", params={"lang": lang}).text
    pledge = pledge_html(page, "brasilia2014_infrastructure_special_loan_20bn")
    assert f"<dd>{expected}</dd>" in pledge
    assert "2014–" not in pledge


@pytest.mark.parametrize(
    ("lang", "plan"),
    [
        ("es", "Xi Jinping en la IV Reunión Ministerial"),
        ("pt", "Xi Jinping na 4.ª Reunião Ministerial"),
    ],
)
def test_a_profile_names_its_pledges_by_plan_with_a_link(client, lang, plan):
    page = client.get("/country/BRA", params={"lang": lang}).text
    rows = re.findall(r"<tr><td>(.*?)</td>", page)
    linked = [row for row in rows if row.startswith('<a href="/commitments')]
    assert linked, "no pledge row links /commitments"
    assert any(plan.split(" en la ")[0] in html.unescape(row) for row in linked)
    assert not any(re.fullmatch(r"[a-z0-9]+(?:_[a-z0-9]+)+", row) for row in rows)
    assert ">beijing2025_visa_free_5_countries<" not in page


@pytest.mark.parametrize(
    ("lang", "undated", "eclac", "relayed"),
    [
        ("es", "hasta 2025 (año no indicado)", "CEPAL", "Aduanas de China, vía TASS"),
        ("pt", "até 2025 (ano não informado)", "CEPAL", "Alfândega da China, via TASS"),
    ],
)
def test_sparkline_tooltips_word_dates_and_reporters(client, lang, undated, eclac, relayed):
    page = client.get("/commitments", params={"lang": lang}).text
    tooltips = " ".join(html.unescape(t) for t in re.findall(r"<title>(.*?)</title>", page))
    assert undated in tooltips and relayed in tooltips
    assert f"2022, {eclac})" in tooltips
    for english in (
        "year not stated",
        "ECLAC",
        ") via Xinhua",
        "cited by",
        "China Customs",
        "(MFA)",
    ):
        assert english not in tooltips, english
    assert date_words("by 2025 (year not stated)", lang) == undated


@pytest.mark.parametrize("lang", ["es", "pt"])
def test_reporters_relayed_or_cited_are_worded_part_by_part(lang):
    words = str(vocabulary.reporter("ECLAC (cited by MFA spokesman Lin Jian)", lang))
    assert words.startswith("CEPAL (") and "cited by" not in words and "MFA" not in words
    relayed = str(vocabulary.reporter("Wang Yi (MFA) via Xinhua", lang))
    assert relayed.endswith('<span class="reporter" lang="en">Xinhua</span>')
    assert "(MFA)" not in relayed
    # a name the vocabulary does not know stays as stored and marked
    assert 'lang="en">Caribbean Weekly<' in str(vocabulary.reporter("Caribbean Weekly", lang))


def test_source_titles_drop_the_descriptive_tag_and_say_their_language(client):
    page = client.get("/commitments", params={"lang": "es"}).text
    assert "[descriptive]" not in page
    lu = re.search(r'<a class="source" href="https://doi.org/10.55704/ias.v5i1.09"[^>]*>', page)
    assert lu and 'lang="en"' in lu.group(0)
    assert (
        vocabulary.title_language(
            "[descriptive] Xi proposes a framework; trade to 500 bn in 10 years"
        )
        == "en"
    )
    assert vocabulary.title_language("Instituto Confucio: una herramienta de poder blando") == "es"
    assert (
        vocabulary.title_language("Saldo comercial entre Brasil e China volta a ser positivo")
        == "pt"
    )
    assert vocabulary.title_language("中国对拉美直接投资现状") == "zh"
    assert vocabulary.title_language("El Salvador, Taiwan Break Ties (QCostaRica)") != "es"
    assert vocabulary.title_language("China-CELAC Forum (Wikipedia)") is None
    assert vocabulary.title_lang_attribute("Research on the foundation of cooperation", "en") == ""


def test_known_conflicts_name_pledges_by_their_description_not_their_id(client):
    page = client.get("/commitments", params={"lang": "es"}).text
    section = page[page.index('class="conflict-list small"') :]
    section = section[: section.index("</ul>")]
    assert '<a href="#brasilia2014_trade_500bn">' in section
    # the rest of the subject in chinalac's translation (data/i18n/notes.csv), the English in
    # its title; the pledge is in Spanish
    assert (
        '</a> <span class="translated-note" title="Original (en inglés): (2024 outcome)">'
        "(resultado de 2024)</span></strong>"
    ) in section
    subjects = re.findall(r"<strong>(.*?)</strong>", section)
    assert len(subjects) == 10
    assert not any(re.match(r"[a-z0-9]+(?:_[a-z0-9]+)+", subject) for subject in subjects)


@pytest.mark.parametrize(
    ("lang", "likely"), [("es", "probablemente INDEC"), ("pt", "provavelmente")]
)
def test_indicator_reporters_are_worded_like_every_other_reporter(client, lang, likely):
    page = client.get("/indicators", params={"lang": lang}).text
    assert likely in page and "likely INDEC" not in page


def test_internal_notes_and_a_source_id_as_reporter_are_not_shown(client):
    page = client.get("/architecture", params={"lang": "pt"}).text
    assert "data/ties_compiled" not in page and "conflict_group" not in page
    commitments = client.get("/commitments", params={"lang": "pt"}).text
    assert 'lang="en">Lu2023<' not in commitments and "Lu (2023)" in commitments


def test_a_ties_source_title_says_its_language(client):
    page = client.get("/country/BRA", params={"lang": "pt"}).text
    link = re.search(r'<a class="source" href="[^"]*dailymail[^"]*"[^>]*>', page)
    assert link and 'lang="en"' in link.group(0)


def test_a_bad_parameters_english_detail_is_marked_as_english(client):
    page = client.get("/map/bri", params={"lang": "es", "year": 1850})
    assert page.status_code == 422 and "Un parámetro no es válido." in page.text
    assert re.search(r'<li><code>year</code>: <span lang="en">1850 is outside', page.text)


def test_a_note_cites_its_sources_by_linked_title_not_by_id():
    sources = {
        "Lu2023": {"title": "Research on the foundation", "url": "https://doi.org/10.1"},
        "ECLAC": {"title": "ECLAC statistics", "url": "https://cepal.org"},
    }
    note = str(vocabulary.cited("Brazil first (Lu2023, section 3.2); ECLAC <b>", "es", sources.get))
    assert "Lu2023" not in note and '<a class="source" href="https://doi.org/10.1"' in note
    assert ">Research on the foundation</a>, section 3.2)" in note
    assert "; ECLAC &lt;b&gt;" in note  # a plain word stays a word; the rest is escaped


@pytest.mark.parametrize("path", ["/architecture", "/country/BRA", "/country/MEX"])
def test_pages_show_no_source_id_in_stored_notes(client, path):
    page = client.get(path, params={"lang": "pt"}).text
    for source_id in ("Lu2023", "ChinaFocus2025", "ChinaWatch2025", "GOC2008"):
        assert not re.search(rf"[\s(;]{source_id}[\s,;).]", page), (path, source_id)
