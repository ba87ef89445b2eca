"""A year named before: "In that year", "ese mismo año", "naquele ano", "that same year".

    "He said that in 2021, China was the third largest source of imports. ¶ In that year China
    was also the fourteenth largest destination market …"      → 2021 (the sentence before)
    "Bolivia exportó a China en 2023 …, el 11% de lo que vendió ese año"   → 2023 (its own)

The phrase means the year named last: one named earlier in its own sentence, else one named in
the sentence before it (which may close the paragraph before). It is read only when that
sentence names exactly one year. When it names none, two ("from 2020 to 2021"), a span or an
open period, which year is meant is unclear: the phrase is kept as an unresolved date, and the
claims it dates are neither borne out nor refuted (check.py, UNCLEAR_WHY).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from chinalac.claims.models import Period
from chinalac.claims.periods import PeriodMention
from chinalac.claims.vocabulary import months

# Folded text (accents removed, lower case). "the same year as …" / "el mismo año que …"
# compares with something else and is not read.
THAT_YEAR = re.compile(
    r"(?<![\w])(?:"
    r"(?:(?:in|during)\s+)?(?:that\s+(?:same\s+)?year|the\s+same\s+year)(?!'s)"
    r"|(?:(?:en|durante)\s+)?(?:(?:ese|aquel|dicho)\s+(?:mismo\s+)?ano|el\s+mismo\s+ano)"
    r"|(?:naquele|nesse|daquele|desse)\s+(?:mesmo\s+)?ano"
    r"|(?:(?:em|durante)\s+)?(?:esse|aquele)\s+(?:mesmo\s+)?ano|no\s+mesmo\s+ano"
    r")(?![\w])(?!\s+(?:as|que)\b)"
)
# What the reading adds to the period's text.
NAMED_BEFORE = ", the year named in "
# That reason inside a claim's period confidence (used with .search: it starts with a word).
UNCLEAR_WHY = re.compile(
    r"which year '[^']{1,40}' means is unclear: (?:its sentence|the sentence before) names no"
    r" single year \([^()]{0,80}\)"
)
# Why a claim with no date of its own takes the one year written after a colon in its sentence.
LATER_CLAUSE = " stands after a colon, the sentence's only date"


def _years(periods: list[PeriodMention]) -> tuple[set[int], bool]:
    """The years the periods name, and whether any of them is a span, open or unresolved."""
    years: set[int] = set()
    vague = False
    for mention in periods:
        period = mention.period
        if period.kind == "unresolved" or period.start_year is None:
            vague = True
            continue
        end = period.end_year if period.end_year is not None else period.start_year
        if period.kind != "point" or end != period.start_year:
            vague = True
        years.update({period.start_year, end})
    return years, vague


def _read_back(
    pattern: re.Pattern,
    text: str,
    folded: str,
    periods: list[PeriodMention],
    before: list[PeriodMention],
    read: Callable[[str, int, str], Period],
    unclear: str,
) -> list[PeriodMention]:
    """`periods` with the phrase `pattern` finds read by `read(phrase, year, where)` from the one
    year named before it (in its own sentence, else in the sentence before), or kept as an
    `unresolved` date whose text is `unclear` (with `{phrase}`, `{where}`, `{named}`) when that
    sentence names no single year. The one skeleton of "that year" and "since then"."""
    match = pattern.search(folded)
    if match is None or any(p.start < match.end() and match.start() < p.end for p in periods):
        return periods
    phrase = " ".join(text[match.start() : match.end()].split())
    own = [p for p in periods if p.end <= match.start()]
    where = "its sentence" if own else "the sentence before"
    years, vague = _years(own or before)
    if len(years) == 1 and not vague:
        period = read(phrase, years.pop(), where)
    else:
        named = ", ".join(str(y) for y in sorted(years)) or "—"
        why = unclear.format(phrase=phrase, where=where, named=named)
        period = Period("unresolved", None, None, text=why)
    found = PeriodMention(match.start(), match.end(), match.start(), match.end(), period)
    return sorted([*periods, found], key=lambda p: p.start)


def read_that_year(
    text: str, folded: str, periods: list[PeriodMention], before: list[PeriodMention]
) -> list[PeriodMention]:
    """`periods` of the sentence with "that year" read as the year named before (a `point`),
    or kept as an `unresolved` date saying why, when that year is not clear.

    `folded`: the sentence `text` folded (same offsets); `before`: the periods of the
    sentence before (the dateline left out)."""
    return _read_back(
        THAT_YEAR,
        text,
        folded,
        periods,
        before,
        lambda phrase, year, where: Period(
            "point", year, year, text=f"'{phrase}' = {year}{NAMED_BEFORE}{where}"
        ),
        "which year '{phrase}' means is unclear: {where} names no single year ({named})",
    )


# "Since then", "desde entonces", "desde então", "desde ese año", "since that year" (folded):
# an open period from the year named before (round s18a: "O Diálogo … começou sua base de dados
# em 2005. Desde então, … concedeu 83 bilhões de dólares" was read as a total of 2005 alone).
SINCE_THEN = re.compile(
    r"(?<![\w])(?:since\s+then|ever\s+since|since\s+that\s+(?:year|date)"
    r"|desde\s+(?:entonces|entao|ese\s+ano|aquel\s+ano|esa\s+fecha|aquella\s+fecha"
    r"|esse\s+ano|aquele\s+ano|essa\s+data|aquela\s+data|ali))(?![\w])"
)
# What the reading adds to the period's text: a likely reading (it may support, never refute).
SINCE_NAMED_BEFORE = ", from the year named in "


def read_since_then(
    text: str, folded: str, periods: list[PeriodMention], before: list[PeriodMention]
) -> list[PeriodMention]:
    """`periods` of the sentence with "since then" read as an open period from the year named
    before (in its own sentence, else in the sentence before), when exactly one year is named
    there; else kept as an `unresolved` date (its claims neither borne out nor refuted)."""
    return _read_back(
        SINCE_THEN,
        text,
        folded,
        periods,
        before,
        lambda phrase, year, where: Period(
            "since", year, None, text=f"'{phrase}' = since {year}{SINCE_NAMED_BEFORE}{where}"
        ),
        "which year '{phrase}' counts from is unclear: {where} names no single year ({named})",
    )


# "The following year", "al año siguiente", "no ano seguinte", "a year later", "um ano depois"
# (folded): the year after the one named before (round 39c: "passaram de US$ 35,13 bilhões em
# 2016 para US$ 47,49 bilhões no ano seguinte", and the English and Spanish alike, dated the
# later figure 2016 and refuted it by 2016's stored exports). Not "the year following the
# agreement", "al año siguiente de la firma", "no ano seguinte ao acordo", "un año después de
# que …": those count from another event.
FOLLOWING_YEAR = re.compile(
    r"(?<![\w])(?:"
    r"(?:(?:in|during)\s+)?the\s+(?:following|next|subsequent)\s+year|(?:a|one)\s+year\s+later"
    r"|(?:(?:al|el|en\s+el|durante\s+el)\s+)?ano\s+(?:siguiente|posterior)"
    r"|(?:un|una)\s+ano\s+(?:despues|mas\s+tarde)"
    r"|(?:(?:no|do|durante\s+o)\s+)?ano\s+(?:seguinte|posterior)"
    r"|um\s+ano\s+(?:depois|mais\s+tarde)"
    r")(?![\w'’])(?!\s+(?:de|del|da|do|das|dos|a|al|ao|aos|que|than|to|after|of)(?![\w]))"
)
# What the reading adds to the period's text: a likely reading (it may support, never refute).
FOLLOWING_NAMED_BEFORE = ", the year after the one named in "


# The same words after a month: "de ese año", "del mismo año", "of that year", "that same year", "daquele ano", "desse ano",
# "do mesmo ano" after a month (folded): the month of the year named before, not of the
# article's (round 52d left "rige desde el 1.º de agosto de ese año" unread; "1 de agosto de ese
# año" was read as August of the article's year).
THAT_YEAR_TAIL = re.compile(
    r"\s{1,2}(?:(?:de|of)\s{1,2}(?:ese|aquel|dicho|esse|aquele|that|the\s{1,2}same)"
    r"\s{1,2}(?:mismo\s{1,2}|mesmo\s{1,2}|same\s{1,2})?(?:ano|year)"
    r"|(?:del|do)\s{1,2}(?:mismo|mesmo)\s{1,2}ano|(?:daquele|desse)\s{1,2}(?:mesmo\s{1,2})?ano"
    r"|that\s{1,2}(?:same\s{1,2})?year)(?![\w])"
)

# "of the following year", "del año siguiente", "do ano seguinte" after a month (folded): the
# month of the year after the one named before ("se firmó en abril de 2009 y entró en vigor el 1
# de marzo del año siguiente" → March 2010; the lead, stop 50: "March 1" was read in the
# article's year and the treaty's 2010-03-01 refuted it).
FOLLOWING_YEAR_TAIL = re.compile(
    r"\s{1,2}(?:(?:(?:of|in)\s{1,2})?the\s{1,2}(?:following|next|subsequent)\s{1,2}year"
    r"|(?:del|de|do|al)\s{1,2}(?:ano\s{1,2}(?:siguiente|seguinte|posterior)"
    r"|siguiente\s{1,2}ano))(?![\w])"
)


def year_tail(folded: str, at: int) -> tuple[re.Match, int] | None:
    """The "of that year" (0) or "of the following year" (1) tail at `at`, with its offset."""
    if (tail := THAT_YEAR_TAIL.match(folded, at)) is not None:
        return tail, 0
    if (tail := FOLLOWING_YEAR_TAIL.match(folded, at)) is not None:
        return tail, 1
    return None


@functools.cache
def month_of_that_year_pattern() -> re.Pattern:
    whole = sorted((re.escape(m) for m in months() if len(m) >= 4 and m != "sept"), key=len)
    month = "(?:" + "|".join(reversed(whole)) + ")"
    return re.compile(
        # "1.º de agosto", "1º de agosto", "3 de junio", "3 June", "August" (a day optional)
        r"\b(?:(?P<d>[0-3]?\d)(?:\.?[o°])?\s{1,2}(?:de\s{1,2})?)?(?P<m>" + month + r")"
        # "August 1 of that year", "August 1st that year"
        r"(?:\s{1,2}(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?)?"
        r"(?=" + THAT_YEAR_TAIL.pattern + "|" + FOLLOWING_YEAR_TAIL.pattern + r")"
    )


def month_of_that_year(phrase: str) -> tuple[int, int] | None:
    """The month of a folded phrase "1.o de agosto de ese ano", "june that year", "march 1 of
    the following year", with the years it counts after the one named before (0 or 1); None
    when the phrase is no such month."""
    match = month_of_that_year_pattern().match(phrase)
    tail = year_tail(phrase, match.end()) if match is not None else None
    number = months().get(match.group("m")) if match is not None else None
    return None if tail is None or number is None else (number, tail[1])


def read_following_year(
    text: str, folded: str, periods: list[PeriodMention], before: list[PeriodMention]
) -> list[PeriodMention]:
    """`periods` of the sentence with "the following year" read as the year after the one named
    before (in its own sentence, else in the sentence before), when exactly one year is named
    there; else kept as an `unresolved` date (its claims neither borne out nor refuted)."""
    return _read_back(
        FOLLOWING_YEAR,
        text,
        folded,
        periods,
        before,
        lambda phrase, year, where: _next_year(phrase, year + 1, where),
        "which year '{phrase}' means is unclear: {where} names no single year ({named})",
    )


def _next_year(phrase: str, year: int, where: str) -> Period:
    """The year `phrase` ("the following year") reads: `year`, the one after the year named."""
    return Period("point", year, year, text=f"'{phrase}' = {year}{FOLLOWING_NAMED_BEFORE}{where}")


# A month "of that year" whose own sentence names no year (claims/article_date): "'june that
# year' means is unclear: its sentence names no single year (—)".
NO_YEAR_IN_ITS_SENTENCE = re.compile(
    r"^which year '(?P<phrase>[^']{1,60})' means is unclear: its "
    r"sentence names no single year \(—\)$"
)


def read_month_of_that_year(
    periods: list[PeriodMention], before: list[PeriodMention]
) -> list[PeriodMention]:
    """`periods` with a month "of that year" that its own sentence could not date read in the one
    year the sentence before names ("Suriname signed on in June that year" after a sentence on
    2018 → June 2018); left unresolved when that sentence names none or several."""
    read = []
    for mention in periods:
        period = mention.period
        found = (
            NO_YEAR_IN_ITS_SENTENCE.match(period.text or "")
            if period.kind == "unresolved"
            else None
        )
        month = month_of_that_year(found.group("phrase")) if found else None
        years, vague = _years(before)
        if month is not None and len(years) == 1 and not vague:
            month, offset = month
            year = years.pop() + offset
            phrase = found.group("phrase")
            named = FOLLOWING_NAMED_BEFORE if offset else NAMED_BEFORE
            text = f"'{phrase}' = {year}{named}the sentence before"
            period = Period("point", year, year, month, month, text=text)
            mention = PeriodMention(
                mention.start, mention.end, mention.core_start, mention.core_end, period
            )
        read.append(mention)
    return read
