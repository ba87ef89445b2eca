"""/indicators shows each formula as a reader reads it: one-letter symbols with subscripts
and what each symbol is, in the reader's language; never the code's names (snake_case
identifiers such as trade_ij, delivered_value) or an English gloss on an es/pt page."""

from __future__ import annotations

import re

import pytest

from chinalac.indicators.registry import REGISTRY
from chinalac.web.routes.indicators import formula_markup

CODE_NAME = re.compile(r"[A-Za-z]+_[A-Za-z]+|_")
# English words of the glosses that a Spanish or Portuguese reader must not meet
ENGLISH = re.compile(r"\b(?:exports|imports|share|the|of|with|standardised|eigenvector)\b")


def formula_block(html: str) -> str:
    found = re.search(
        r'<div class="formula">(.*?)</div>\s*(?:<p class="formula-symbols"([^>]*)>(.*?)</p>)?',
        html,
        re.S,
    )
    assert found, "no formula block"
    return found


def test_every_indicator_has_a_reader_formula_and_its_symbols_in_three_languages():
    for name, entry in REGISTRY.items():
        assert entry.reader_formula and entry.symbols, name
        for lang in ("es", "pt"):
            assert entry.translations.get(f"symbols_{lang}"), f"{name}: no symbols_{lang}"


def test_subscripts_are_set_as_subscripts():
    assert (
        str(formula_markup("x_{cp} / X_c & Σ_p"))
        == "x<sub>cp</sub> / X<sub>c</sub> &amp; Σ<sub>p</sub>"
    )


@pytest.mark.parametrize("lang", ["en", "es", "pt"])
@pytest.mark.parametrize("name", sorted(REGISTRY))
def test_the_formula_block_shows_no_code_names(client, name, lang):
    html = client.get(f"/indicators/{name}", params={"lang": lang}).text
    found = formula_block(html)
    formula, attributes, symbols = found.group(1), found.group(2) or "", found.group(3) or ""
    shown = re.sub(r"</?sub>", "", formula + " " + symbols)
    assert not CODE_NAME.search(shown), (name, CODE_NAME.search(shown))
    assert symbols, f"{name}: the symbols are not explained"
    if lang != "en":
        assert 'lang="en"' not in attributes
        assert not ENGLISH.search(symbols), (name, ENGLISH.search(symbols))
    assert "<sub>" in formula or name in ("commitment_delivery",)
