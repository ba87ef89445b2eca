"""Sentences written from the store's own figures must never be called contradicted.

For a sample of full-year rows (trade total, each direction of trade, policy-bank loans), one
real-shaped sentence per language states the row's own figure, entity and year. The checker
must find the row (supported, or disputed where sources disagree) for nearly all of them, and
call none contradicted: a figure the store itself holds is never false. Before issue-15-s8 the
Spanish and Portuguese "importaciones de X desde China" sentences were all read as China's
imports and 90 of 1,800 such sentences were called contradicted.
"""

from __future__ import annotations

import pytest

from chinalac.claims import KnowledgeView, Verdict, check

TEMPLATES = {
    "trade_total": {
        "en": "In {y}, {n}'s trade with China totalled {v}.",
        "es": "El comercio entre China y {n} alcanzó {v} en {y}.",
        "pt": "Em {y}, o comércio bilateral entre a China e {n} chegou a {v}.",
    },
    "trade_china_imports": {  # the LAC state's exports
        "en": "{n}'s exports to China reached {v} in {y}.",
        "es": "En {y}, las ventas de {n} a China fueron de {v}.",
        "pt": "As exportações de {n} para a China somaram {v} em {y}.",
    },
    "trade_china_exports": {  # the LAC state's imports
        "en": "In {y}, {n} bought {v} of goods from China.",
        "es": "Las importaciones de {n} desde China sumaron {v} en {y}.",
        "pt": "Em {y}, as compras de {n} da China somaram {v}.",
    },
    "loans_total": {
        "en": "In {y}, China's policy banks lent {v} to {n}.",
        "es": "Los préstamos chinos a {n} sumaron {v} en {y}.",
        "pt": "Em {y}, os bancos chineses emprestaram {v} para {n}.",
    },
}
REGION = {"en": "Latin America", "es": "América Latina", "pt": "a América Latina"}
SAMPLE_EVERY = 5


def _money(value: float, unit: str, lang: str) -> str:
    billions = value if unit == "usd_bn" else value / 1000
    if billions >= 1:
        text = f"{billions:.2f}".rstrip("0").rstrip(".")
        if lang == "en":
            return f"US$ {text} billion"
        return f"US$ {text.replace('.', ',')} " + ("mil millones" if lang == "es" else "bilhões")
    text = f"{billions * 1000:.1f}".rstrip("0").rstrip(".")
    if lang == "en":
        return f"US$ {text} million"
    return f"US$ {text.replace('.', ',')} " + ("millones" if lang == "es" else "milhões")


def _sentences():
    knowledge = KnowledgeView.from_folder()
    names = knowledge.countries.set_index("iso3")
    facts = knowledge.facts
    rows = facts[
        facts.metric.isin(TEMPLATES)
        & facts.unit.isin(["usd_bn", "usd_m"])
        & ~facts.partial_year.astype(bool)
        & (facts.precision.fillna("") == "")
    ]
    start, end = rows.period_start.astype(str), rows.period_end.astype(str)
    rows = rows[
        (start.str[:4] == end.str[:4]) & start.str.endswith("-01") & end.str.endswith("-12")
    ]
    for row in list(rows.itertuples())[::SAMPLE_EVERY]:
        year = int(str(row.period_start)[:4])
        for lang, template in TEMPLATES[row.metric].items():
            name = REGION[lang] if row.entity == "LAC" else names.loc[row.entity, f"name_{lang}"]
            sentence = template.format(n=name, v=_money(row.value, row.unit, lang), y=year)
            yield sentence[0].upper() + sentence[1:], f"{year + 1}-06-01", row.fact_id


@pytest.fixture(scope="module")
def verdicts():
    knowledge = KnowledgeView.from_folder()
    found = []
    for sentence, date, fact_id in _sentences():
        money = [
            r for r in check(sentence, db=knowledge, date=date) if r.claim.kind.value == "money"
        ]
        found.append((sentence, fact_id, money[0].verdict if money else None))
    return found


def test_the_sample_is_large_enough(verdicts):
    assert len(verdicts) >= 120


def test_a_stored_figure_is_never_called_contradicted(verdicts):
    wrong = [(s, f) for s, f, v in verdicts if v is Verdict.CONTRADICTED]
    assert wrong == []


def test_nearly_every_stored_figure_is_found(verdicts):
    found = [v for _, _, v in verdicts if v in (Verdict.SUPPORTED, Verdict.DISPUTED)]
    assert len(found) / len(verdicts) >= 0.95, [
        (s, f) for s, f, v in verdicts if v not in (Verdict.SUPPORTED, Verdict.DISPUTED)
    ][:10]
