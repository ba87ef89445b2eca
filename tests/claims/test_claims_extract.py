"""Extraction: what a claim is, its offsets, period, entity, metric, language."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from chinalac.claims import Kind, Qualifier, extract
from chinalac.claims.entities import EntityIndex
from chinalac.claims.language import detect_language
from chinalac.claims.periods import find_periods
from chinalac.claims.vocabulary import fold

NAMES = Path(__file__).resolve().parent.parent / "fixtures" / "names"
TWINS = {
    "en": "Trade between China and Latin America reached US$489 billion in 2023.",
    "es": "El comercio entre China y América Latina alcanzó 489 mil millones de dólares en 2023.",
    "pt": "O comércio entre a China e a América Latina atingiu 489 bilhões de dólares em 2023.",
}


@pytest.mark.parametrize("lang", sorted(TWINS))
def test_trilingual_twins_are_read_alike(lang, snapshot):
    (claim,) = extract(TWINS[lang], snapshot)
    assert (claim.kind, claim.amount, claim.unit) == (Kind.MONEY, 489e9, "usd")
    assert (claim.metric, claim.entity, claim.period.label()) == ("trade_total", "LAC", "2023")
    assert claim.lang == lang


def test_offsets_point_into_the_original_text(article, snapshot):
    claims = extract(article, snapshot)
    assert len(claims) > 100
    for claim in claims:
        assert article[claim.start : claim.end] == claim.text
        assert article[claim.sentence_start : claim.sentence_end].startswith(claim.sentence[:20])


@pytest.mark.parametrize(
    ("text", "value", "kind", "qualifier"),
    [
        (
            "China has a partnership with twelve Latin American countries.",
            12,
            Kind.COUNT,
            Qualifier.EXACT,
        ),
        ("Hay doce países en la lista.", 12, Kind.COUNT, Qualifier.EXACT),
        ("Se firmaron ocho acuerdos.", 8, Kind.COUNT, Qualifier.EXACT),
        ("There were eight times more students.", 8, Kind.MULTIPLE, Qualifier.EXACT),
        ("Enrolment grew forty times.", 40, Kind.MULTIPLE, Qualifier.EXACT),
        ("São vinte e um países.", 21, Kind.COUNT, Qualifier.EXACT),
        ("Exports grew about 5% last year.", 5, Kind.PERCENT, Qualifier.APPROXIMATE),
        ("It reached nearly $449 billion.", 449, Kind.MONEY, Qualifier.NEARLY),
        ("Más de 400 mil millones de yuanes.", 400, Kind.MONEY, Qualifier.MORE_THAN),
        ("A tenfold increase.", 10, Kind.MULTIPLE, Qualifier.EXACT),
        ("After a dozen years of growth.", 12, Kind.DURATION, Qualifier.EXACT),
    ],
)
def test_numbers_in_digits_and_words(text, value, kind, qualifier):
    (claim,) = extract(text)
    assert (claim.value, claim.kind, claim.qualifier) == (value, kind, qualifier)


def test_ranks_are_claims_but_adverbs_and_enumerations_are_not():
    texts = {
        "China is the second-largest trading partner of Chile.": [("rank", 2.0)],
        "Panama became the first LAC country to sign the agreement.": [("rank", 1.0)],
        "This paper first analyzes the foundations.": [],
        "Firstly, this paper presents the data.": [],
        "The first one is the threatened industry.": [],
        "The sixth chapter discusses governance.": [],
    }
    for text, expected in texts.items():
        assert [(c.kind.value, c.value) for c in extract(text)] == expected, text


def test_citations_labels_names_and_references_are_not_claims():
    text = (
        "This is argued elsewhere (Wang, 2017: 64; Chen, 2011: 3). Gallagher (2016) agreed. "
        "Article 10 of the statement and the G20 summit met during COVID-19 for the 2030 Agenda.\n\n"
        "## References\n\nSullivan, M. (2022). China in LAC, 5(1), 116-127. US$449 billion."
    )
    assert extract(text) == []


def test_dates_stand_alone_only_in_sentences_without_other_claims():
    alone = extract("It was not until 1960 that China and Cuba established relations.")
    assert [(c.kind, c.value) for c in alone] == [(Kind.DATE, 1960.0)]
    attached = extract("China's loans reached $138 billion from 2005 to 2021.")
    assert [c.kind for c in attached] == [Kind.MONEY]
    assert attached[0].period.label() == "2005–2021"


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("as of October 2022", "by 2022-10"),
        ("2005–2021", "2005–2021"),
        ("from 2005 to 2021", "2005–2021"),
        ("between 2005 and 2021", "2005–2021"),
        ("in the first 11 months of 2025", "2025-01–2025-11"),
        ("de 2005 a 2021", "2005–2021"),
        ("en los primeros once meses de 2025", "2025-01–2025-11"),
        ("até outubro de 2022", "by 2022-10"),
        ("since 2020", "since 2020"),
        ("On July 18, 2014", "2014-07"),
        ("the 1980s", "1980–1989"),
    ],
)
def test_periods(text, label):
    (period,) = find_periods(fold(text))
    assert period.period.label() == label


def test_may_the_verb_is_not_a_month():
    assert find_periods(fold("Trade may grow; in May 2017 it did."))[0].period.label() == "2017-05"
    assert len(find_periods(fold("Trade may grow."))) == 0


def test_the_period_of_each_number_is_its_own():
    claims = extract(
        "China's imports from LAC amounted to $221 billion in 2021, and exports to the region in 2020 amounted to $228 billion."
    )
    assert [(c.metric, c.period.label()) for c in claims] == [
        ("trade_china_imports", "2021"),
        ("trade_china_exports", "2020"),
    ]
    claims = extract("Trade grew from US$18 billion in 2002 to US$449 billion in 2021.")
    assert [c.period.label() for c in claims] == ["2002", "2021"]


def test_entity_of_each_number_is_its_own(snapshot):
    claims = extract(
        "China's investments in LAC from 2005 to 2021 amounted to $140 billion, with Brazil accounting for $64 billion and Peru $25 billion.",
        snapshot,
    )
    assert [(c.entity, c.value) for c in claims] == [("LAC", 140), ("BRA", 64), ("PER", 25)]


def test_taiwan_never_resolves_to_china(snapshot):
    index = EntityIndex(snapshot)
    with (NAMES / "must_not_match.csv").open(encoding="utf-8") as handle:
        names = [row["name"] for row in csv.DictReader(handle) if row["name"]]
    for name in names:
        codes = {m.code for m in index.find(f"Trade with {name} grew.")}
        assert "CHN" not in codes, name
    assert {m.code for m in index.find("the Republic of China (Taiwan)")} == {"TWN"}
    assert {m.code for m in index.find("the People's Republic of China")} == {"CHN"}
    (claim,) = extract("Taiwan's exports to Paraguay reached US$50 million in 2023.", snapshot)
    assert "CHN" not in claim.entities and "TWN" in claim.entities and claim.entity == "PRY"


def test_country_names_in_three_languages_resolve(snapshot):
    index = EntityIndex(snapshot)
    for text, code in [
        ("Perú", "PER"),
        ("Brasil", "BRA"),
        ("Trinidad and Tobago", "TTO"),
        ("México", "MEX"),
        ("Panamá", "PAN"),
    ]:
        assert [m.code for m in index.find(text)] == [code], text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The trade between China and the region has grown in the last years.", "en"),
        ("El comercio entre China y la región ha crecido en los últimos años.", "es"),
        ("O comércio entre a China e a região cresceu nos últimos anos.", "pt"),
        ("42", "en"),
    ],
)
def test_language_detection(text, lang):
    assert detect_language(text) == lang
