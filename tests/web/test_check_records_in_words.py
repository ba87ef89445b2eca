"""The /check page names the records behind a verdict in the reader's words, never by their
internal ids ("[count:bri_mou]", "[ties:12]", "[trade_total_lac_2023_eclac, ChinaFocus2025]"):
a tie record says what it is (vocabulary domain `tie`), and a record's source is its linked
title."""

from __future__ import annotations

import re

import pytest

from chinalac.web.evidence import evidence_line, figure_label, period_label, tie_label

TIE_TYPES = {"ties:3": "bri_mou", "ties_chinalac:4": "diplomatic_relations_prc"}.get


@pytest.mark.parametrize(
    ("lang", "what", "summary"),
    [
        ("es", "estados con el memorando de la Franja y la Ruta", "21 · hasta la fecha"),
        ("pt", "Estados com o memorando do Cinturão e Rota", "21 · até hoje"),
        ("en", "states with the Belt and Road memorandum", "21 · to date"),
    ],
)
def test_a_count_of_ties_says_what_it_counts_in_words(lang, what, summary):
    item = {"kind": "tie", "record_id": "count:bri_mou", "value": 21.0, "unit": "count"}
    line = evidence_line({**item, "period": "to date"}, lang)
    assert (line.what, line.summary) == (what, summary)


@pytest.mark.parametrize(
    ("lang", "what"),
    [
        ("es", "relaciones diplomáticas con la RPC"),
        ("pt", "relações diplomáticas com a RPC"),
    ],
)
def test_a_tie_says_its_type_and_its_source(lang, what):
    item = {
        "kind": "tie",
        "record_id": "ties_chinalac:4;ties:9",
        "source_id": "S1",
        "value": 2017.0,
        "unit": "year",
        "period": "2017-06-13",
        "entity": "PAN",
    }
    line = evidence_line(item, lang, tie_type=TIE_TYPES)
    assert (line.what, line.source_id) == (what, "S1")
    # a tie whose type the store does not give is not named (never by its id)
    assert evidence_line({**item, "record_id": "ties:999"}, lang, tie_type=TIE_TYPES).what == ""


def test_the_article_date_of_a_count_is_in_words():
    assert period_label("on the article date (2023-01)", "es") == (
        "en la fecha del artículo (enero de 2023)"
    )


def test_reasons_leave_the_record_and_source_ids_out():
    assert figure_label("489 usd_bn 2023 (ECLAC) [trade_total_lac_2023_eclac, S]", "es") == (
        "489 miles de millones de US$ · 2023 · declarado por CEPAL"
    )
    tie = "PAN diplomatic_relations_prc Relations with the PRC since 2017-06-13 [ties:4]"
    assert "[" not in tie_label(tie, "pt")


ARTICLE = (
    "Veintidós países de América Latina y el Caribe han firmado el memorando de la Franja y la "
    "Ruta. Panamá estableció relaciones diplomáticas con China en 2017. El comercio entre China "
    "y América Latina alcanzó 489.000 millones de dólares en 2023."
)
RECORD_ID = re.compile(r"\[(?:count|ties|figures)[:_]|\[[a-z0-9]+_[a-z0-9_]+(?:, \w+)?\]")


@pytest.mark.parametrize(
    ("lang", "count"),
    [
        ("es", "estados con el memorando de la Franja y la Ruta"),
        ("pt", "Estados com o memorando do Cinturão e Rota"),
    ],
)
def test_the_check_page_shows_no_record_id_and_links_each_records_source(client, lang, count):
    html = client.post("/check", params={"lang": lang}, data={"text": ARTICLE}).text
    details = " ".join(re.findall(r'<template id="claim-\d+">(.*?)</template>', html, re.S))
    assert details, "no claim was checked"
    shown = re.sub(r'data-record="[^"]*"', "", details)
    assert not RECORD_ID.search(shown), RECORD_ID.search(shown)
    assert "record-id" not in shown
    assert f'<span class="record">{count}</span>' in shown
    lines = re.findall(r"<li data-record=.*?</li>", details, re.S)
    assert lines and all('class="source"' in line for line in lines if "record-source" in line)
    assert sum('<a class="source" href=' in line for line in lines) >= 3


@pytest.mark.parametrize(
    ("lang", "held"),
    [
        (
            "es",
            "(la base registra miembros de la Franja y la Ruta para América Latina y el Caribe)",
        ),
        ("pt", "(a base registra membros do Cinturão e Rota para América Latina e Caribe)"),
    ],
)
def test_a_metric_and_a_place_a_reason_names_bare_are_in_words(lang, held):
    from chinalac.web.reasons import reason_markup

    reason = (
        "no stored fact for bri_members_count · PAN · no period stated "
        "(the store holds bri_members_count for LAC)"
    )
    shown = str(reason_markup(reason, lang))
    assert shown.endswith(held), shown
    assert 'lang="en"' not in shown and "bri_members_count" not in shown
    # a code neither the vocabulary nor the store names stays as written
    assert "xyz_unknown_metric" in str(
        reason_markup(reason.replace("holds bri_members_count", "holds xyz_unknown_metric"), lang)
    )


@pytest.mark.parametrize(
    ("lang", "shown"),
    [
        (
            "es",
            "coincide con la meta del compromiso «Casi duplicar el comercio bilateral hasta"
            " 500.000 millones de US$ en 10 años (anunciado de nuevo)»",
        ),
        (
            "pt",
            "coincide com a meta do compromisso “Quase dobrar o comércio bilateral, até"
            " US$ 500 bilhões em 10 anos (anunciado novamente)”",
        ),
        (
            "en",
            "matches the target of commitment Two-way trade to almost double to US$500 bn"
            " within 10 years (re-announced)",
        ),
    ],
)
def test_a_pledge_a_reason_cites_is_named_by_its_description_not_its_ids(lang, shown):
    from chinalac.web.reasons import reason_markup

    reason = (
        "matches the target of commitment beijing2015_trade_500bn (Two-way trade to almost"
        " double to US$500 bn within 10 years (re-announced)) [web-826af43311]"
    )
    assert str(reason_markup(reason, lang)) == shown


def test_states_a_reason_lists_by_code_are_named():
    from chinalac.web.evidence import part_label

    names = {"BRA": "Brasil", "CHL": "Chile"}

    def country_name(iso3, lang):
        return names.get(iso3, iso3)

    assert part_label("BRA, CHL", "es", country_name) == "Brasil, Chile"
    assert part_label("BRA, XXX", "es", country_name) is None  # one unknown: as written


def test_a_unit_a_reason_names_bare_is_in_words():
    from chinalac.web.reasons import reason_markup

    shown = str(reason_markup("no metric recognised for '12%' (percent); entity LAC", "es"))
    assert "percent" not in shown and "(%)" in shown
