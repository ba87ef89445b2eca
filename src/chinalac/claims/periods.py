"""Dates and periods as written: "in 2021", "2005–2021", "as of October 2022", "since 2020",
"in the first 11 months of 2025", "July 18, 2014", "de 2005 a 2021", "até 2030", "the 1980s".

Works on folded text (vocabulary.fold), so offsets are the sentence's own. Month names are
read only next to a year, so the verb "may" is never a month. Years are 1500–2099.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from chinalac.claims.models import Period
from chinalac.claims.number_words import find_word_numbers
from chinalac.claims.vocabulary import months

# A currency before the number with a space ("u$s 1508 millones", "US$ 1999 millones", "$us
# 1800 millones", "R$ 2010 milhões", "USD 1650 million") or "millones de dólares" after it makes it
# an amount, not a year (round 30b: main read "u$s 1508 millones" as the year 1508, lost the
# figure and dated the next ones by it). Folded text: lower case, no accents.
YEAR = (
    r"(?<![\d.,$€£¥])(?<!\$\s)(?<!\$s\s)(?<!\$us\s)(?<!usd\s)(?<!€\s)"
    r"(1[5-9]\d\d|20\d\d)(?![\d%]|s\b|[.,]\d|\s?(?:bn|billion|million|trillion|mdd)\b"
    r"|\s(?:mil\s)?(?:millones|milhoes|bilhoes|billones)\sde\s(?:dolares|reais|euros|pesos))"
)


@dataclass(frozen=True)
class PeriodMention:
    start: int  # whole expression, with its preposition
    end: int
    core_start: int  # the date itself ("October 2022" in "as of October 2022")
    core_end: int
    period: Period


@functools.cache
def _patterns() -> dict[str, re.Pattern]:
    month = (
        "(?:" + "|".join(sorted((re.escape(m) for m in months()), key=len, reverse=True)) + r")\.?"
    )
    day = r"(?:[0-3]?\d)(?:st|nd|rd|th|º)?"
    # A date: optional day and month around a year ("18 July 2014", "July 18, 2014",
    # "18 de julio de 2014", "October 2022", "2021").
    # "March of 2010", "in May of 2019": English writes "of" between the month and the year
    # too, as Spanish "de" (round r58a: main read "March of 2010" as the year 2010 alone, and
    # the year went to the figure after it as its period).
    date = (
        rf"(?:(?:{day}\s+(?:de\s+)?)?(?P<M>{month})\s+(?:{day},?\s+)?(?:de\s+|del\s+|of\s+)?)?"
        + YEAR
    )

    def named(pattern: str, suffix: str) -> str:
        return pattern.replace("(?P<M>", f"(?P<M{suffix}>").replace(
            YEAR, YEAR.replace("(1[5-9]", f"(?P<Y{suffix}>1[5-9]", 1), 1
        )

    d1, d2 = named(date, "1"), named(date, "2")
    return {
        "part_year": re.compile(
            PART_OF_YEAR + r"(?:el\s+|o\s+)?" + YEAR.replace("(1[5-9]", "(?P<Y>1[5-9]", 1)
        ),
        # "a diciembre de 2022", "a marzo de 2024" (the BCH's cumulative reports): the year to
        # that month, January included; to December it is the whole year.
        "to_month": re.compile(
            rf"(?<![\w])a\s+(?P<M>{month})\s+(?:de\s+|del\s+)"
            + YEAR.replace("(1[5-9]", "(?P<Y>1[5-9]", 1)
        ),
        # "no acumulado janeiro/julho de 2018", "enero/octubre de 2019": two months with a
        # slash are a span too (round 34c: main read July 2018 alone).
        "month_range": re.compile(
            rf"(?:(?:de|from|entre)\s+)?(?P<M1>{month})\s*(?:-|–|/|a|to|and|y|e|through)\s*(?P<M2>{month})"
            rf"\s+(?:de\s+|del\s+|of\s+)?" + YEAR.replace("(1[5-9]", "(?P<Y>1[5-9]", 1)
        ),
        "first_months": re.compile(
            r"(?:(?:in|during)\s+)?(?:the\s+)?first\s+(?P<N>\d{1,2}|[a-z]+)\s+months\s+of\s+"
            + named(date, "2")
            + r"|(?:(?:en|durante)\s+)?(?:los\s+)?primeros\s+(?P<Nes>\d{1,2}|[a-z]+)\s+meses\s+(?:de|del)\s+"
            + named(date, "3")
            + r"|(?:(?:em|durante|nos)\s+)?(?:os\s+)?primeiros\s+(?P<Npt>\d{1,2}|[a-z]+)\s+meses\s+(?:de|do)\s+"
            + named(date, "4")
            # "los diez primeros meses de 2021", "nos dez primeiros meses de 2021" (the number
            # word bounded and starting a word, so a long run of letters is read once)
            + r"|(?:(?:en|durante)\s+)?(?:los\s+)?(?<![a-z0-9])(?P<Nes2>\d{1,2}|[a-z]{3,7})\s+primeros\s+meses\s+(?:de|del)\s+"
            + named(date, "5")
            + r"|(?:(?:em|durante|nos)\s+)?(?:os\s+)?(?<![a-z0-9])(?P<Npt2>\d{1,2}|[a-z]{3,7})\s+primeiros\s+meses\s+(?:de|do)\s+"
            + named(date, "6")
        ),
        "range": re.compile(
            # "between the years 2020 and …", "entre el año 2020 y agosto de 2025", "entre o ano
            # de 2020 e …"
            rf"(?:(?P<lead>from|de|desde|del|between|entre)\s+)?(?:(?:the\s+(?:period|years?)|"
            rf"(?:el|o)\s+(?:periodo|ano)(?:\s+de)?|(?:los|os)\s+anos(?:\s+de)?)\s+)?{d1}\s*"
            rf"(?P<sep>–|—|-|/|to|until|through|and|a|al|hasta|y|e|ate|para)\s*{d2}"
        ),
        "as_of": re.compile(
            r"(?:as\s+of|as\s+at|by\s+the\s+end\s+of|at\s+the\s+end\s+of|by|until|till|through|up\s+to|"
            r"hasta\s+finales\s+de|a\s+finales\s+de|a\s+fines\s+de|al\s+cierre\s+de|hasta|para|"
            r"ate\s+o\s+final\s+de|no\s+final\s+de|ate)\s+(?:el\s+|o\s+)?" + named(date, "2")
        ),
        "since": re.compile(
            r"(?:since|ever\s+since|desde|a\s+partir\s+de|starting\s+in"
            # "Counting from January 2008, the deficit adds up to …", "starting from", "beginning
            # in", "as from", and a sentence that opens with "From January 2008," (no "to"
            # follows: a range takes "From 2008 to 2010" first): a sum since that date (round
            # s22a: main read the month alone and refuted a sum by that month's row).
            r"|(?:counting|starting|beginning|reckoning)\s+(?:from|in|with)|as\s+from"
            r"|^from(?=\s[^,;.]{3,30},)"
            # "From 2005 to the present", "de 2005 até hoje", "del 2005 a la fecha": a span
            # open to the article's date, read as "since" (round s16b; main read the year alone)
            r"|(?:from|de|del)(?=\s+(?:el\s+|o\s+)?\d{4}\s+(?:to|until|till|through|hasta|a|al|ate)"
            r"\s+(?:the\s+)?(?:present|today|now|date|this\s+day|hoy|la\s+actualidad|la\s+fecha"
            r"|el\s+presente|ahora|hoje|o\s+presente|agora|a\s+atualidade)\b)"
            # "between 2005 and the present", "entre 2005 y la actualidad", "entre 2005 e hoje"
            r"|(?:between|entre)(?=\s+(?:el\s+|o\s+)?\d{4}\s+(?:and|y|e)\s+(?:the\s+)?"
            r"(?:present|today|now|hoy|la\s+actualidad|la\s+fecha|el\s+presente|hoje|o\s+presente"
            r"|agora|a\s+atualidade)\b))"
            r"\s+(?:el\s+|o\s+)?" + named(date, "1")
        ),
        "point": re.compile(
            r"(?:(?:in|during|on|en|em|no|na|el|durante|del|de|do|da)\s+)?" + named(date, "2")
        ),
        # "no biênio 2020/21", "la temporada 2020-21", "FY2020–21": two years, the second
        # written with its last two digits (round s16b: main read 2020 alone and the "21" as a
        # count).
        "split_year": re.compile(
            r"(?<![\w$.,])(?P<Y>(?:19|20)\d\d)\s?(?:/|-|–)\s?(?P<y>\d\d)(?![\w%]|[.,]\d)"
        ),
        "decade": re.compile(
            r"(?:the\s+)?(?P<D>1[5-9]\d0|20\d0)s\b|(?:los\s+)?anos\s+(?P<Des>[1-9]0)\b"
        ),
        # "the 21st century" (round r54a: "1?\d" with no left edge read "the 1st century" in
        # "21st"), never the name "the 21st Century Maritime Silk Road".
        "century": re.compile(
            r"(?:the\s+)?(?<!\d)(?P<C>[12]?\d)(?:st|nd|rd|th)\s+century(?!\s+maritime)"
        ),
    }


# Parts of a year: (first|second) half / semester, quarters, "the first three quarters".
PART_WORDS = {
    ("first", "half"): (1, 6),
    ("second", "half"): (7, 12),
    ("first", "semester"): (1, 6),
    ("second", "semester"): (7, 12),
    ("first", "quarter"): (1, 3),
    ("second", "quarter"): (4, 6),
    ("third", "quarter"): (7, 9),
    ("fourth", "quarter"): (10, 12),
    ("first three", "quarters"): (1, 9),
    # "el primer bimestre de 2021", "o primeiro bimestre", "el primer cuatrimestre" (round 29b:
    # main read the whole year and refuted January–February 2021 by the year's total).
    ("first", "bimester"): (1, 2),
    ("second", "bimester"): (3, 4),
    ("third", "bimester"): (5, 6),
    ("fourth", "bimester"): (7, 8),
    ("first", "four months"): (1, 4),
    ("second", "four months"): (5, 8),
    ("third", "four months"): (9, 12),
}
ORDINAL_WORDS = {
    "first": "first",
    "primer": "first",
    "primeiro": "first",
    # "la primera mitad de 2018", "a primeira metade de 2017", "la segunda mitad" (round s22b:
    # main read the whole year and refuted a half-year total by the year's).
    "primera": "first",
    "primeira": "first",
    "second": "second",
    "segundo": "second",
    "segunda": "second",
    "third": "third",
    "tercer": "third",
    "terceiro": "third",
    "fourth": "fourth",
    "cuarto": "fourth",
    "quarto": "fourth",
    "first three": "first three",
    "tres primeros": "first three",
    "tres primeiros": "first three",
    # "los primeros tres trimestres", "os primeiros três trimestres" (round s15b: main read the
    # year and dated a January–September figure to the full year).
    "primeros tres": "first three",
    "primeiros tres": "first three",
}
PART_NOUNS = {
    "half": "half",
    "mitad": "half",
    "metade": "half",
    "semester": "semester",
    "semestre": "semester",
    "quarter": "quarter",
    "trimestre": "quarter",
    "quarters": "quarters",
    "trimestres": "quarters",
    "semestres": "semester",
    "bimestre": "bimester",
    "bimester": "bimester",
    "cuatrimestre": "four months",
    "quadrimestre": "four months",
}
PART_OF_YEAR = (
    r"(?:(?:in|during|en|em|no|na|nos|durante)\s+)?(?:the\s+|el\s+|o\s+|los\s+|os\s+|la\s+|a\s+)?"
    r"(?P<ord>first\s+three|tres\s+primeros|tres\s+primeiros|primeros\s+tres|primeiros\s+tres|first|second|third|fourth|primer|"
    r"primeiro|primera|primeira|segundo|segunda|tercer|terceiro|cuarto|quarto)\s+"
    r"(?P<part>half|semester|quarters|quarter|semestres?|trimestres?|bimestre|bimester|cuatrimestre"
    r"|quadrimestre|mitad|metade)\s+(?:of|de|del|do|da)\s+"
)


def part_of_year(ordinal: str, noun: str) -> tuple[int, int] | None:
    """Months of "primer semestre", "first three quarters", "terceiro trimestre", or None."""
    return PART_WORDS.get((ORDINAL_WORDS.get(re.sub(r"\s+", " ", ordinal)), PART_NOUNS.get(noun)))


def _month(match: re.Match, group: str) -> int | None:
    text = match.groupdict().get(group)
    return months().get(text.rstrip(".")) if text else None


def _year(match: re.Match, group: str) -> int | None:
    text = match.groupdict().get(group)
    return int(text) if text else None


def _core(match: re.Match, groups: tuple[str, ...]) -> tuple[int, int]:
    starts = [match.start(g) for g in groups if match.groupdict().get(g)]
    ends = [match.end(g) for g in groups if match.groupdict().get(g)]
    return (min(starts), max(ends)) if starts else match.span()


def _count(text: str) -> int | None:
    if text.isdigit():
        return int(text)
    words = (
        find_word_numbers(text, "en")
        or find_word_numbers(text, "es")
        or find_word_numbers(text, "pt")
    )
    return words[0].value if words else None


def find_periods(folded: str) -> list[PeriodMention]:
    """Every date or period expression in a folded sentence, longest readings first."""
    found: list[PeriodMention] = []
    taken: list[tuple[int, int]] = []

    def free(start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e in taken)

    def add(match: re.Match, period: Period, core: tuple[int, int]) -> None:
        if free(*match.span()):
            taken.append(match.span())
            found.append(PeriodMention(match.start(), match.end(), core[0], core[1], period))

    patterns = _patterns()
    for match in patterns["part_year"].finditer(folded):
        months_span = part_of_year(match.group("ord"), match.group("part"))
        if months_span:
            year = int(match.group("Y"))
            period = Period("range", year, year, *months_span, text=match.group(0))
            add(match, period, match.span())
    for match in patterns["to_month"].finditer(folded):
        last, year = _month(match, "M"), int(match.group("Y"))
        if last:
            period = (
                Period("point", year, year, text=match.group(0))
                if last == 12
                else Period("range", year, year, 1, last, match.group(0))
            )
            add(match, period, match.span())
    for match in patterns["month_range"].finditer(folded):
        first, last = _month(match, "M1"), _month(match, "M2")
        if first and last and first < last:
            year = int(match.group("Y"))
            add(match, Period("range", year, year, first, last, match.group(0)), match.span())
    for match in patterns["first_months"].finditer(folded):
        for suffix, n_group in (
            ("2", "N"),
            ("3", "Nes"),
            ("4", "Npt"),
            ("5", "Nes2"),
            ("6", "Npt2"),
        ):
            year = _year(match, f"Y{suffix}")
            if year and match.group(n_group):
                months_count = _count(match.group(n_group))
                if months_count and 1 <= months_count <= 12:
                    period = Period("range", year, year, 1, months_count, text=match.group(0))
                    add(match, period, match.span())
    for match in patterns["split_year"].finditer(folded):
        year = int(match.group("Y"))
        if int(match.group("y")) == (year + 1) % 100:
            add(match, Period("range", year, year + 1, text=match.group(0)), match.span())
    for match in patterns["range"].finditer(folded):
        start_year, end_year = _year(match, "Y1"), _year(match, "Y2")
        lead, sep = match.group("lead"), match.group("sep")
        if not (start_year and end_year) or end_year < start_year or end_year - start_year > 200:
            continue
        # "and"/"y"/"e" make a range only after "between"/"entre"; "a"/"al"/"para" only
        # after "from"/"de"/"desde": otherwise "in 2016 and 2017" is two points.
        if sep in {"and", "y", "e"} and lead not in {"between", "entre"}:
            continue
        if sep in {"a", "al", "para", "ate", "hasta"} and lead not in {"de", "desde", "del"}:
            continue
        if sep == "/" and end_year - start_year != 1:
            continue
        period = Period(
            "range", start_year, end_year, _month(match, "M1"), _month(match, "M2"), match.group(0)
        )
        add(match, period, _core(match, ("M1", "Y1", "M2", "Y2")))
    for match in patterns["decade"].finditer(folded):
        decade = int(match.group("D")) if match.group("D") else 1900 + int(match.group("Des"))
        add(match, Period("range", decade, decade + 9, text=match.group(0)), match.span())
    for match in patterns["century"].finditer(folded):
        century = int(match.group("C"))
        if 1 <= century <= 21:
            start = (century - 1) * 100 + 1
            add(match, Period("range", start, start + 99, text=match.group(0)), match.span())
    for kind in ("as_of", "since", "point"):
        group = "1" if kind == "since" else "2"
        for match in patterns[kind].finditer(folded):
            year, month = _year(match, f"Y{group}"), _month(match, f"M{group}")
            if not year:
                continue
            if kind == "since":
                period = Period("since", year, None, month, None, match.group(0))
            else:
                period = Period(
                    kind,
                    None if kind == "as_of" else year,
                    year,
                    None if kind == "as_of" else month,
                    month,
                    match.group(0),
                )
            add(match, period, _core(match, (f"M{group}", f"Y{group}")))
    return sorted(found, key=lambda p: p.start)
