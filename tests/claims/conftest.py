"""Fixtures of the claims tests: the evaluation texts, the frozen knowledge snapshot, and a
builder for tiny inline knowledge tables (one per rule test, STYLE §9)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from chinalac.claims import KnowledgeView, check

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "claims"
ARTICLE = FIXTURES / "china-lac-cooperation-after-lu-2023.md"
METRICS = pd.DataFrame(
    [
        ("trade_total", "usd_bn", "trade|total trade", "comercio", "comércio"),
        ("trade_growth", "percent", "trade growth|year-on-year", "", ""),
        ("loans_total", "usd_bn", "loans|lending", "préstamos", "empréstimos"),
        ("confucius_institutes_count", "count", "Confucius Institutes", "", ""),
        ("top_trading_partner_count", "count", "top trading partner", "", ""),
        ("first_year", "year", "first", "", ""),
        ("carbon_peak_year", "year", "carbon peak|carbon peaking", "", ""),
        ("forum_established_year", "year", "forum established", "", ""),
        ("training_places_count", "count", "training places", "", ""),
        ("bri_members_count", "count", "BRI|Belt and Road", "", ""),
    ],
    columns=["metric", "unit", "phrases_en", "phrases_es", "phrases_pt"],
)
COUNTRIES = pd.DataFrame(
    [
        ("CHN", "China", "China", "China"),
        ("BRA", "Brazil", "Brasil", "Brasil"),
        ("CHL", "Chile", "Chile", "Chile"),
        ("PER", "Peru", "Perú", "Peru"),
        ("URY", "Uruguay", "Uruguay", "Uruguai"),
        ("PAN", "Panama", "Panamá", "Panamá"),
        ("ARG", "Argentina", "Argentina", "Argentina"),
        ("NIC", "Nicaragua", "Nicaragua", "Nicarágua"),
        ("CUB", "Cuba", "Cuba", "Cuba"),
        ("MEX", "Mexico", "México", "México"),
    ],
    columns=["iso3", "name_en", "name_es", "name_pt"],
)
# The columns of an inline ties table (the knowledge view adds the rest).
TIE_COLUMNS = ["iso3", "tie_type", "status", "date", "source_url"]
FACT_COLUMNS = ["fact_id", "metric", "entity", "counterpart", "period_start", "period_end", "value", "unit",
                "reporter", "conflict_group", "source_id", "evidence"]  # fmt: skip


def fact(fact_id, metric, entity, start, end, value, unit, source="S1", group="", reporter=""):
    return (
        fact_id,
        metric,
        entity,
        "CHN" if entity != "CHN" else "",
        start,
        end,
        value,
        unit,
        reporter,
        group,
        source,
        "",
    )


def tiny_knowledge(facts=(), ties=None, commitments=None) -> KnowledgeView:
    """A knowledge view built from inline rows (no files)."""
    return KnowledgeView.from_frames(
        origin="inline",
        facts=pd.DataFrame(list(facts), columns=FACT_COLUMNS),
        metrics=METRICS,
        countries=COUNTRIES,
        country_names=pd.DataFrame(columns=["name", "iso3", "lang"]),
        sources=pd.DataFrame(
            [("S1", "Source one"), ("S2", "Source two")], columns=["source_id", "title"]
        ),
        ties=ties,
        commitments=commitments,
    )


@pytest.fixture(scope="session")
def snapshot() -> KnowledgeView:
    """The knowledge base as it was when the keys were annotated."""
    return KnowledgeView.from_folder(FIXTURES / "knowledge")


@pytest.fixture(scope="session")
def article() -> str:
    return ARTICLE.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def article_results(article, snapshot):
    from chinalac.claims import check

    return check(article, db=snapshot)


@pytest.fixture(scope="session")
def kb() -> KnowledgeView:
    """The package's own knowledge base, read once: the reading tests check real-shaped
    sentences against it."""
    return KnowledgeView.from_folder()


def one(results, text: str):
    """The result whose claim reads exactly `text` (the first, if the text repeats)."""
    found = [r for r in results if r.claim.text.strip() == text]
    assert found, [r.claim.text for r in results]
    return found[0]


def checked(text: str, span: str, date: str = "2025-06-10"):
    """The one result of checking `text` (dated `date`, on the embedded store) whose claim reads
    exactly `span`; fails naming every claim read when there is none or several."""
    results = [r for r in check(text, date=date) if r.claim.text == span]
    assert len(results) == 1, [(r.claim.text, r.verdict.value) for r in check(text, date=date)]
    return results[0]
