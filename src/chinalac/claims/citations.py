"""Spans that hold numbers but no claims: citations, document labels, set phrases.

* "(Wang, 2017: 64)", "(Chen, 2011: 3; Wintgens, 2022)", "(Sullivan & Lum, 2022)",
  "(teleSUR, 2021)": a parenthesis holding "Name, year[: pages]".
* "Gallagher (2016)", "ECLAC (2017)": a bare year in parentheses right after a name.
* "Article 10", "chapter one", "p. 35": labels of parts of a document.
* Leading section numbers of headings ("2.1 The guarantee …").
* Set phrases of lexicon/not_claims.csv ("the two sides").
* The other day of a range of days in one month ("from January 19 to 21", "May 19-21", "del 19
  al 21 de mayo", "de 19 a 21 de maio"): the day next to the month is read as the date, the other
  is no count (round s24a: main read "21" as a count of FTAs and refuted it by the stored 3).
"""

from __future__ import annotations

import functools
import re

from chinalac.claims.vocabulary import months, not_claim_phrases, phrase_pattern

YEAR = r"(?:1[5-9]|20)\d{2}[a-z]?"
PAGES = r"(?:\s*:\s*[\d\-–+, ]+)?"
AUTHOR_YEAR = re.compile(
    rf"\((?:[^()\d]*?,\s*{YEAR}{PAGES}\s*;?\s*)+\)|\([^()\d]*?\bet al\.?,?\s*{YEAR}{PAGES}\)"
)
NAME_YEAR = re.compile(rf"(?<=[A-Za-z)])\s\({YEAR}{PAGES}\)")
# A word that is no label's letter or name: a preposition, article or the start of a date after
# the noun ("She gave the figure on Wednesday evening", "presentó el cuadro el miércoles",
# "apresentou a tabela na quarta-feira"): "figure on" was read as a label like "Figure A" and
# hid the weekday after it (round 47a: main read no date). Single letters stay labels.
LABEL_NOT_WORD = (
    r"(?:on|in|at|of|for|to|from|by|with|and|or|the|an|is|was|were|are|last|this|next|that|"
    r"el|la|los|las|de|del|en|por|para|con|este|esta|com|na|no|nas|nos|do|da|dos|das|em|"
    r"nesta|neste|pasado|passado|proximo|proxima)\b"
)
LABEL = re.compile(
    r"(?<![\w])(?:article|art\.|chapter|section|figure|fig\.|table|page|p\.|pp\.|vol\.|volume|issue|"
    # "No. 1 trading partner", "its No. 2 export market": a rank, not a numbered label
    r"no\.(?!\s?\d\s+(?:trading\s+|trade\s+|export\s+|import\s+)?"
    r"(?:partner|destination|market|buyer|supplier|lender|creditor|investor|source)s?\b)|"
    r"articulo|capitulo|seccion|cuadro|grafico|pagina|artigo|capitulo|secao|tabela|pagina)\s+"
    r"(?:\d+(?:[.\-–]\d+)*|[ivxlc]+\b|(?!" + LABEL_NOT_WORD + r")[a-z]+)"
)
SECTION_NUMBER = re.compile(r"^\s*\d+(?:\.\d+)*\.?(?=\s)")
# A name written as a sum: the "1+3+6" cooperation framework, "el marco 1+3+6", "o modelo 5+1"
# (lead, stop 36: main read 1, 3 and 6 as counts, and "the 1+3+6 framework: one plan, three
# engines and six priority areas" as a list of 3 against a count of 6, a false inconsistent).
SUM_NAME = re.compile(r"(?<![\w+])(?<!\d[.,])\d{1,2}(?:\s?\+\s?\d{1,2})+(?![\w+%]|[.,]\d|\s?=)")


@functools.cache
def _not_claims() -> re.Pattern:
    return re.compile("|".join(phrase_pattern(p, plural=False) for p in not_claim_phrases()))


@functools.cache
def _day_ranges() -> tuple[re.Pattern, re.Pattern]:
    """(month first, month last) ranges of days (folded text); group `other` is the day that is
    not next to the month: "january 19 to 21" (21), "19 al 21 de mayo" (19)."""
    names = "|".join(
        sorted((re.escape(m) for m in months() if len(m) > 2 and m != "mar"), key=len, reverse=True)
    )
    day = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th|o|º)?"
    joint = (
        r"\s{0,2}(?:-|–|(?:to|and|through|until)(?:\s{1,2}the)?|al|(?:a|y|e|hasta|ate)"
        r"(?:\s{1,2}(?:el|o))?)\s{0,2}"
    )
    month_first = re.compile(
        rf"(?<![\w])(?:{names})\.?\s{{1,2}}{day}(?P<other>{joint}(?<![\d]){day})(?![\w\d])"
    )
    month_last = re.compile(
        rf"(?<![\w\d])(?P<other>{day}{joint}){day}\s{{1,2}}(?:(?:de|of)\s{{1,2}})?(?:{names})(?![\w])"
    )
    return month_first, month_last


def excluded_spans(text: str, folded: str, heading: bool = False) -> list[tuple[int, int]]:
    spans = [m.span() for m in AUTHOR_YEAR.finditer(text)]
    for pattern in _day_ranges():
        spans += [m.span("other") for m in pattern.finditer(folded)]
    spans += [m.span() for m in NAME_YEAR.finditer(text)]
    spans += [m.span() for m in LABEL.finditer(folded)]
    spans += [m.span() for m in SUM_NAME.finditer(folded)]
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
