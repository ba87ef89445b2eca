"""Half-year figures written without a half-year period (issue 15, round 11b).

"Según el informe semestral del INDEC, en 2019 las importaciones … sumaron 9.267 millones",
"INDEC's half-year report shows … in 2019", "sumaron 9.267 millones en el semestre": the
figure covers half a year, though the period read is the whole year (or none). A half-year
figure is a part-year figure: it is read for January–June (July–December after "second" /
"segundo"), so a full-year row can neither support nor contradict it; with no year written,
the article's year is taken, at low confidence.
"""

from __future__ import annotations

import re

from chinalac.claims.models import Period

HALF_YEAR = re.compile(
    r"(?<![\w])(?:semestral(?:es|mente)?|semestre|semester|half-year(?:ly)?|half\s+year"
    r"|semi-?annual|first\s+half|second\s+half)(?![\w])"
)
SECOND_HALF = re.compile(r"(?<![\w])(?:second\s+half|segundo\s+semestre|second\s+semester)(?![\w])")


# "the first half of this year", "el primer semestre de este año", "no primeiro semestre deste
# ano" (folded, used with .match at the half-year word's end): the article's own year.
OF_THIS_YEAR = re.compile(
    r"\s{1,2}(?:of\s+(?:this|the\s+current)\s+year|de\s+este\s+ano|del\s+presente\s+ano"
    r"|deste\s+ano|do\s+corrente\s+ano|do\s+ano\s+corrente)(?![\w])"
)
# A year written right after the figure ("…, against 3,000 million in 2023"): the figure's own.
OWN_YEAR_AFTER = re.compile(
    r"\s{0,2},?\s{0,2}(?:in|en|em|de|of|do|del|during|durante)\s+\d{4}(?!\d)"
)
YEAR_DIGITS = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")
# A whole year written right after the figure ("…, tras 2.600 millones de dólares en todo 2023",
# "depois de US$ 53 bilhões em todo o ano de 2023", "in all of 2023", "in the whole of 2023",
# "for the full year 2023"): the figure is that whole year's, not the half the sentence names
# elsewhere (stop 42, found by the mutation helper: "en todo 2023" was read as January–June 2023
# and the growth-rate rule called the sentence's 9 % inconsistent with a half-year pair).
WHOLE_YEAR_AFTER = re.compile(
    r"\s{0,2},?\s{0,2}(?:in|en|em|for|during|durante|no|na)\s+(?:(?:the|el|o)\s+)?"
    r"(?:todo(?:\s+(?:o|el)\s+ano(?:\s+de)?)?|all\s+of|whole\s+of|full\s+year(?:\s+of)?"
    r"|conjunto\s+de|ano\s+completo\s+de|ano\s+inteiro\s+de)\s+\d{4}(?!\d)"
)


def _this_year_half(folded: str, start: int, end: int) -> bool:
    """Is the figure at `start:end` in the scope of a half year of the article's own year ("Over
    the first half of this year, the deficit came to 1,029 million dollars, small beside the
    deficits of 2022 and 2023"): the half-year word nearest before it is followed by "of this
    year", no year is written between them, and none right after the figure?"""
    before = [m for m in HALF_YEAR.finditer(folded, 0, start)]
    if not before:
        return False
    marker = before[-1]
    if not OF_THIS_YEAR.match(folded, marker.end()):
        return False
    if YEAR_DIGITS.search(folded, marker.end(), start):
        return False
    return not OWN_YEAR_AFTER.match(folded, end)


def half_year_period(
    folded: str,
    period: Period | None,
    article_year: int | None,
    span: tuple[int, int] | None = None,
) -> tuple[Period, str] | None:
    """The half-year period a figure of a half-year sentence covers, and why; None when the
    sentence names no half year or its period already gives months. With the figure's `span`,
    a half of "this year" before it takes the article's year over a year written later in the
    sentence (round s22a: main read "the first half of this year … beside the deficits of
    2022" as January–June 2022)."""
    if not (marker := HALF_YEAR.search(folded)):
        return None
    if span is not None and WHOLE_YEAR_AFTER.match(folded, span[1]):
        return None  # "… en todo 2023": the whole year's figure
    if period is not None and (period.kind != "point" or period.end_month is not None):
        return None  # "el primer semestre de 2019" is read as a range already; ranges stay
    year = period.end_year if period is not None else article_year
    if span is not None and article_year is not None and _this_year_half(folded, *span):
        year = article_year
    if year is None:
        return None
    months = (7, 12) if SECOND_HALF.search(folded) else (1, 6)
    why = f"'{marker.group(0)}': a half-year figure, read for {year}-{months[0]:02d}–{year}-{months[1]:02d}"
    return Period("range", year, year, *months, text=marker.group(0)), why
