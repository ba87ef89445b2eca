"""Pledge descriptions in the reader's language: chinalac's Spanish and Portuguese translation
of each pledge's English summary (web/pledge_descriptions.csv, sidecar beside it), English
(marked lang="en") only where no translation was written for the stored summary."""

from __future__ import annotations

import html as html_module
import re

import pytest

from chinalac.web import vocabulary


def stored_pledges(db) -> dict[str, str]:
    frame = db.sql("SELECT commitment_id, description FROM commitments")
    return dict(zip(frame["commitment_id"], frame["description"], strict=True))


def test_every_pledge_has_a_spanish_and_a_portuguese_description(db):
    pledges = stored_pledges(db)
    rows = vocabulary.pledge_descriptions()
    assert len(pledges) >= 40
    for commitment_id, english in pledges.items():
        row = rows.get(commitment_id)
        assert row is not None, f"no translation of {commitment_id}"
        # written for the summary the store holds now, not an older one
        assert row["en"] == english, commitment_id
        for lang in ("es", "pt"):
            assert row[lang].strip(), f"no {lang} text for {commitment_id}"
            assert row[lang] != english, f"{commitment_id}: the {lang} text is the English one"
    assert set(rows) <= set(pledges), "translations of pledges the store does not hold"


def test_the_sidecar_says_the_translation_is_the_projects_own():
    meta = vocabulary.PLEDGE_DESCRIPTIONS_CSV.with_suffix(".meta.yml").read_text("utf-8")
    assert "chinalac's own Spanish and Portuguese translation" in meta
    assert "license: CC BY 4.0" in meta


def test_a_summary_without_a_translation_for_it_falls_back_to_english():
    row = vocabulary.pledge_descriptions()["brasilia2014_clac_cooperation_fund_5bn"]
    assert vocabulary.pledge_description(
        "brasilia2014_clac_cooperation_fund_5bn", row["en"], "es"
    ) == ("Fondo de Cooperación China–ALC de 5.000 millones de US$", "es")
    changed = row["en"] + " (revised)"
    assert vocabulary.pledge_description(
        "brasilia2014_clac_cooperation_fund_5bn", changed, "pt"
    ) == (
        changed,
        "en",
    )
    assert (
        str(vocabulary.pledge_text("unknown", "A pledge", "pt"))
        == '<span lang="en">A pledge</span>'
    )
    assert vocabulary.pledge_description(
        "brasilia2014_clac_cooperation_fund_5bn", row["en"], "en"
    ) == (
        row["en"],
        "en",
    )


@pytest.mark.parametrize("lang", ["es", "pt"])
def test_the_commitments_page_shows_every_description_in_the_readers_language(client, db, lang):
    page = client.get("/commitments", params={"lang": lang}).text
    for commitment_id, english in stored_pledges(db).items():
        article = re.search(
            rf'<article class="pledge" id="{commitment_id}">(.*?)</article>', page, re.S
        )
        assert article, commitment_id
        header = html_module.unescape(article.group(1).split("</header>")[0])
        assert vocabulary.pledge_descriptions()[commitment_id][lang] in header, commitment_id
        assert english not in header and 'lang="en"' not in header, commitment_id


def test_a_spanish_profile_and_the_architecture_page_show_the_spanish_description(client):
    row = vocabulary.pledge_descriptions()["beijing2025_visa_free_5_countries"]
    architecture = html_module.unescape(client.get("/architecture", params={"lang": "es"}).text)
    assert vocabulary.pledge_descriptions()["brasilia2014_trade_500bn"]["es"] in architecture
    assert vocabulary.pledge_descriptions()["brasilia2014_trade_500bn"]["en"] not in architecture
    profiles = [
        html_module.unescape(client.get(f"/country/{iso3}", params={"lang": "es"}).text)
        for iso3 in ("BRA", "ARG", "CHL", "URY", "PER")
    ]
    named = [page for page in profiles if row["en"] in page or row["es"] in page]
    assert named, "no profile lists the visa-free pledge"
    assert all(row["es"] in page and row["en"] not in page for page in named)
