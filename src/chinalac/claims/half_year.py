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


def half_year_period(
    folded: str, period: Period | None, article_year: int | None
) -> tuple[Period, str] | None:
    """The half-year period a figure of a half-year sentence covers, and why; None when the
    sentence names no half year or its period already gives months."""
    if not (marker := HALF_YEAR.search(folded)):
        return None
    if period is not None and (period.kind != "point" or period.end_month is not None):
        return None  # "el primer semestre de 2019" is read as a range already; ranges stay
    year = period.end_year if period is not None else article_year
    if year is None:
        return None
    months = (7, 12) if SECOND_HALF.search(folded) else (1, 6)
    why = f"'{marker.group(0)}': a half-year figure, read for {year}-{months[0]:02d}–{year}-{months[1]:02d}"
    return Period("range", year, year, *months, text=marker.group(0)), why
