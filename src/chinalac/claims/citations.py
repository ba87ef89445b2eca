"""Spans that hold numbers but no claims: citations, document labels, set phrases.

* "(Wang, 2017: 64)", "(Chen, 2011: 3; Wintgens, 2022)", "(Sullivan & Lum, 2022)",
  "(teleSUR, 2021)": a parenthesis holding "Name, year[: pages]".
* "Gallagher (2016)", "ECLAC (2017)": a bare year in parentheses right after a name.
* "Article 10", "chapter one", "p. 35": labels of parts of a document.
* Leading section numbers of headings ("2.1 The guarantee …").
* Set phrases of lexicon/not_claims.csv ("the two sides").
"""

from __future__ import annotations

import functools
import re

from chinalac.claims.vocabulary import not_claim_phrases, phrase_pattern

YEAR = r"(?:1[5-9]|20)\d{2}[a-z]?"
PAGES = r"(?:\s*:\s*[\d\-–+, ]+)?"
AUTHOR_YEAR = re.compile(
    rf"\((?:[^()\d]*?,\s*{YEAR}{PAGES}\s*;?\s*)+\)|\([^()\d]*?\bet al\.?,?\s*{YEAR}{PAGES}\)"
)
NAME_YEAR = re.compile(rf"(?<=[A-Za-z)])\s\({YEAR}{PAGES}\)")
LABEL = re.compile(
    r"(?<![\w])(?:article|art\.|chapter|section|figure|fig\.|table|page|p\.|pp\.|no\.|vol\.|volume|issue|"
    r"articulo|capitulo|seccion|cuadro|grafico|pagina|artigo|capitulo|secao|tabela|pagina)\s+"
    r"(?:\d+(?:[.\-–]\d+)*|[ivxlc]+\b|[a-z]+)"
)
SECTION_NUMBER = re.compile(r"^\s*\d+(?:\.\d+)*\.?(?=\s)")


@functools.cache
def _not_claims() -> re.Pattern:
    return re.compile("|".join(phrase_pattern(p, plural=False) for p in not_claim_phrases()))


def excluded_spans(text: str, folded: str, heading: bool = False) -> list[tuple[int, int]]:
    spans = [m.span() for m in AUTHOR_YEAR.finditer(text)]
    spans += [m.span() for m in NAME_YEAR.finditer(text)]
    spans += [m.span() for m in LABEL.finditer(folded)]
    spans += [m.span() for m in _not_claims().finditer(folded)]
    if heading:
        match = SECTION_NUMBER.match(text)
        if match:
            spans.append(match.span())
    return spans


def inside(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= start and end <= e for s, e in spans)


def overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(start < e and s < end for s, e in spans)
