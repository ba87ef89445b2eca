"""The date an article was written, and relative dates resolved against it.

    >>> find_article_date("BEIJING, May 13, 2025 — China ...").label()
    '2025-05-13 (dateline)'

Where the date comes from, in order: a dateline ("BEIJING, May 13, 2025 —", "Pekín, abril de
2019.", "15 de agosto de 2024."), a date line of the front matter ("date: 2025-05-13",
"Fecha: …", "Data: …"), the caller's date (`chinalac check FILE --date 2025-05-20`), the file's
modification time. Parsing is dateparser's (EN/ES/PT); the regexes here only find where a
date may stand.

Relative phrases ("last year", "el año pasado", "no ano passado", "this year", "deste ano",
"this month", "el pasado noviembre", "3 de junio") become periods through dateparser with the
article date as its relative base. Without an article date they stay unresolved: the claim
they date gets no period, and its period confidence says why.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass
from pathlib import Path

from babel.dates import get_day_names

from chinalac.claims.models import Period
from chinalac.claims.that_year import month_of_that_year_pattern, year_tail
from chinalac.claims.vocabulary import fold, months

# How the date was found, in the order they are tried.
DATELINE, FRONT_MATTER, OPTION, FILE_METADATA = (
    "dateline",
    "front matter",
    "--date option",
    "file metadata",
)
LANGUAGES = ["en", "es", "pt"]


@dataclass(frozen=True)
class ArticleDate:
    date: dt.date
    found_by: str  # dateline | front matter | --date option | file metadata
    precision: str = "day"  # day | month | year: how much of the date the source gives
    text: str = ""
    # Where the dateline or front-matter date stands in the text (it is no claim to check).
    start: int = -1
    end: int = -1

    def label(self) -> str:
        shown = {
            "year": f"{self.date.year}",
            "month": f"{self.date.year}-{self.date.month:02d}",
        }.get(self.precision, self.date.isoformat())
        return f"{shown} ({self.found_by})"

    def to_dict(self) -> dict:
        return {
            "date": self.date.isoformat(),
            "precision": self.precision,
            "found_by": self.found_by,
            "text": self.text,
            "start": self.start,
            "end": self.end,
        }


@functools.cache
def _parser():
    from dateparser.date import DateDataParser

    return DateDataParser(
        languages=LANGUAGES,
        settings={"PREFER_DAY_OF_MONTH": "first", "REQUIRE_PARTS": ["year"]},
    )


# The first of a month written as an ordinal before "de": "1º de dezembro de 2003", "1.º de
# diciembre", "1er de diciembre", "1ro. de enero" (round 29f: the dateline went unread, and its
# month, taken for a claim, dated the figures after it).
ORDINAL_DAY = re.compile(r"\b([0-3]?\d)(?:\s?\.?\s?[º°ª]|\.?(?:er|ero|ro|o)\b)\.?(?=\s+de\s)", re.I)


def parse_date(text: str) -> tuple[dt.date, str] | None:
    """(date, precision) of a written date with a year, or None."""
    text = text.strip(" .,;:—–-()\t")
    text = ORDINAL_DAY.sub(r"\1", text)
    if not text or len(text) > 60 or not re.search(r"\b(1[5-9]|20)\d\d\b", text):
        return None
    data = _parser().get_date_data(text)
    if data is None or data.date_obj is None:
        return None
    parts = set(data.parts or ())
    precision = "day" if "day" in parts else "month" if "month" in parts else "year"
    date = data.date_obj.date()
    if precision == "year":
        date = dt.date(date.year, 1, 1)
    elif precision == "month":
        date = dt.date(date.year, date.month, 1)
    return date, precision


COMMENT = re.compile(r"<!--.*?-->", re.S)
FRONT_MATTER_LINE = re.compile(
    r"^[^\S\n]*+(?:date|published|fecha|data|publicado(?:\s+em|\s+el)?)\s*+:\s*+(?P<d>[^\n]{4,60})$",
    re.I | re.M,
)
# A dateline: an optional place ("BEIJING,", "Pequim,") then the date, then a dash or a full
# stop, or the agency in brackets, at the start of the first paragraph.
DATELINE_RE = re.compile(
    # The place has no digits: in "January 26, 2023 —" the place is not "January 26".
    r"^\s*+(?:[A-ZÁÉÍÓÚÂÊÔÃÕÇ](?:[^\W\d_]|['’.\- ]){1,30},\s+)?(?P<d>[^—–\n]{4,40}?)\s*"
    r"(?:\(|—|–|-\s|\.\s|\.$|:)",
)


# A date line alone, with no place, dash or agency after it: "19 de janeiro de 2018", "Maio de
# 2020", "March 3, 2023", "2024-11-20" (round 32c: main read no date from such a line, dated "no ano
# passado" by the file's time and took the line itself for a claim). One short line that is a date
# to the day or the month, nothing else; a year alone is no date line.
BARE_DATELINE_MAX = 40
# A place before such a date line, with nothing after the date: "Beijing, February 26, 2015",
# "Lima, 3 de marzo de 2019", "Brasília, 5 de maio de 2020" (round 40a: main read no date from
# such a line and left "last year" unresolved). The place has no digits, as in DATELINE_RE.
PLACE_BEFORE_DATE = re.compile(r"[A-ZÁÉÍÓÚÂÊÔÃÕÇ](?:[^\W\d_]|['’.\- ]){1,30},\s+")


# A year alone as the first paragraph under the title ("# …" then "2022"), the date line of a
# page that prints no day nor month (an embassy's undated page, dated by its text): the article's
# year, to the year only (round r54b: main read no date from it, took the line for a claim and
# counted "A 50 años del establecimiento de relaciones" from the file's time). Only right under a
# title: a year alone that opens the text is itself a heading (round 32c's guard), and one further
# down is a heading or a figure. A place before the year ("Beijing, 2017") is read the same way
# (round r63b).
YEAR_LINE = re.compile(r"(?:19|20)\d\d")
TITLE_FIRST = re.compile(r"(?<!\s)\s*+#[^\n]*\n")  # (?<!\s): a search over spaces stays linear


def _bare_dateline(paragraph: str, first: bool = False) -> tuple[dt.date, str, str] | None:
    """The date of a paragraph that is a date line alone, or a place and a date line; with
    the date as written (the place left out). `first`: the paragraph is the first under the
    text's title, where a year alone is a date line too (YEAR_LINE)."""
    if "\n" in paragraph:
        return None
    place = PLACE_BEFORE_DATE.match(paragraph)
    # "2017" or "Beijing, 2017" under the title: a year alone, after a place or not, is the date
    # line of an undated page (round r63b: main read no date from the place's and left "En diez
    # años" of the relations uncounted)
    for year in (paragraph, paragraph[place.end() :] if place else ""):
        if first and YEAR_LINE.fullmatch(year):
            return dt.date(int(year), 1, 1), "year", year
    for written in (paragraph, paragraph[place.end() :] if place else ""):
        if not written or len(written) > BARE_DATELINE_MAX:
            continue
        parsed = parse_date(written)
        if parsed is not None and parsed[1] in ("day", "month"):
            return parsed[0], parsed[1], written
    return None


def _paragraphs(text: str, limit: int = 6) -> list[str]:
    out = []
    for block in re.split(r"\n\s*\n", COMMENT.sub("", text[:5000])):
        block = block.strip()
        if not block or block.startswith("#") or block == "---":
            continue
        out.append(block)
        if len(out) >= limit:
            break
    return out


def from_text(text: str) -> ArticleDate | None:
    """The date a dateline or the front matter gives, else None."""
    head = text[:5000]
    # Offsets are found outside comments: "<!-- … (El Economista, 2025-08-14) -->" above a
    # dateline "2025-08-14" holds the same words (round 35b: main placed the dateline inside the
    # comment and read its day as a count).
    unquoted = COMMENT.sub(lambda found: " " * len(found.group(0)), head)
    titled = TITLE_FIRST.match(COMMENT.sub("", head)) is not None
    for index, paragraph in enumerate(_paragraphs(head, limit=3)):
        match = DATELINE_RE.match(paragraph)
        if match:
            parsed = parse_date(match.group("d"))
            if parsed:
                written = match.group("d").strip()
                start = unquoted.find(paragraph) + paragraph.find(written)
                return ArticleDate(
                    parsed[0], DATELINE, parsed[1], written, start, start + len(written)
                )
        bare = _bare_dateline(paragraph, first=titled and index == 0)
        if bare:
            day, precision, written = bare
            start = unquoted.find(paragraph) + paragraph.find(written)
            return ArticleDate(day, DATELINE, precision, written, start, start + len(written))
    front = head
    if head.lstrip().startswith("---"):
        end = head.find("\n---", head.find("---") + 3)
        front = head[: end if end > 0 else len(head)]
    for match in FRONT_MATTER_LINE.finditer(front):
        parsed = parse_date(match.group("d"))
        if parsed:
            return ArticleDate(
                parsed[0], FRONT_MATTER, parsed[1], match.group("d").strip(), *match.span("d")
            )
    return None


def find_article_date(
    text: str, given: str | dt.date | None = None, path: str | Path | None = None
) -> ArticleDate | None:
    """The article's date: dateline, front matter, `given` (the --date option), file mtime."""
    found = from_text(text)
    if found:
        return found
    if given:
        if isinstance(given, str):
            return ArticleDate(option_date(given), OPTION, "day", given)
        return ArticleDate(given, OPTION, "day", given.isoformat())
    if path is not None:
        try:
            stamp = Path(path).stat().st_mtime
        except OSError:
            return None
        day = dt.datetime.fromtimestamp(stamp, tz=dt.UTC).date()
        return ArticleDate(day, FILE_METADATA, "day", str(path))
    return None


def option_date(text: str) -> dt.date:
    """An ISO date (YYYY-MM-DD) for `--date`; ValueError names what was wrong."""
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise ValueError(f"--date: {text!r} is not a date as YYYY-MM-DD") from None


# --- Relative dates -------------------------------------------------------------------------


@dataclass(frozen=True)
class RelativeDate:
    start: int
    end: int
    text: str
    period: Period | None  # None: no article date to resolve it against
    why: str  # how it was resolved, or why it was not


BARE_MONTH = "{m} alone"
PLAN_MONTH = "{m} planned"
SINCE_MONTH = "since {m}"
DAY_MONTH = "{d} {m}"
MONTH_OF_LAST_YEAR = "{m} of last year"
# "Over the past decade", "en la última década", "na última década", "the previous decade":
# the ten years before the article's, to its last full year (round 40a: "Over the past decade,
# China has lent Latin American countries about USD 118 billion", in February 2015, is the
# 2005–2014 sum). Where the decade ends is a reading; claims/extract.py holds it low (it may
# support, never refute).
PAST_DECADE_WHY = "ten years to the last full year before the article date"
# "the last ten years", "los últimos diez años", "os últimos dez anos" are read as a count of
# years by extract._years_counted, the same span: only the decade's own words are read here.
PAST_DECADE_RE = re.compile(
    r"\b(?:(?:over|in|during|for)\s+the\s+(?:past|last|previous)\s+decade"
    r"|(?:en|durante)\s+(?:la\s+ultima\s+decada|el\s+ultimo\s+decenio)"
    r"|(?:na|durante\s+a)\s+ultima\s+decada)\b"
)
# Why a month named alone stays unresolved (claims/check.py turns a match into unverifiable
# and names this in the reason).
UNCLEAR_MONTH_WHY = re.compile(
    r"which year '[^']{1,40}' means is unclear: (?:the month comes after the article date "
    r"[^;()]{1,40}(?:\([a-z -]{1,30}\))?|the article date [^;()]{1,40}(?:\([a-z -]{1,30}\))? names no month)"
)


# "In 2024, …", "En 2024, …", "Em 2024, …", "during 2024": a year the sentence is set in (folded).
YEAR_SET_IN = re.compile(r"\b(?:in|en|em|during|durante)\s+(?P<year>(?:19|20)\d\d)\b(?!\s*[-–/])")
YEAR_ANY = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _year_written_before(folded: str, start: int) -> int | None:
    """The one year a sentence writes, set before a month named without its year ("In 2024,
    … in September", "En 2024, … en septiembre"): that month's year. None when the sentence
    writes another year or none, or the year is not introduced by "in"/"en"/"em"/"during"."""
    years = set(YEAR_ANY.findall(folded))
    if len(years) != 1:
        return None
    found = YEAR_SET_IN.search(folded, 0, start)
    return int(found.group("year")) if found is not None else None


def _bare_month(text: str, month: str, base: ArticleDate) -> tuple[Period | None, str]:
    """ "en abril" in an article dated May 2023 is April 2023: the month is not after the
    article's, so this year's is the one meant. After it ("in November" in a March article:
    last November, or a plan for this one?) or against an article dated by its year only, the
    year is unclear and the phrase stays unresolved, with that reason."""
    number = months().get(month.rstrip("."))
    if number is None:
        return None, f"'{text}' could not be read"
    if base.precision == "year":
        return None, (
            f"which year '{text}' means is unclear: the article date {base.label()} names no month"
        )
    if number > base.date.month:
        return None, (
            f"which year '{text}' means is unclear: the month comes after the article date "
            f"{base.label()}"
        )
    period = Period("point", base.date.year, base.date.year, number, number, text=text)
    return period, f"'{text}' read against the article date {base.label()}"


def _coming_month(text: str, month: str, base: ArticleDate) -> tuple[Period | None, str]:
    """A month a plan or a verb in the future tense sets ("receberá em julho", "marcado para
    julho") in an article of an earlier month of the year: that month of the article's year.
    Against a month not after the article's, or an article dated by its year, it is read as a
    month alone is (`_bare_month`)."""
    number = months().get(month.rstrip("."))
    if number is None or base.precision == "year" or number <= base.date.month:
        return _bare_month(text, month, base)
    period = Period("point", base.date.year, base.date.year, number, number, text=text)
    return period, f"'{text}' read against the article date {base.label()}"


def is_coming_month(folded: str, start: int, end: int, base: ArticleDate | None) -> bool:
    """True when `start:end` of a folded sentence is a month with no year read as one to come
    (`_coming_month`): after the article's month, set by a plan or a verb in the future tense."""
    if base is None or base.precision == "year":
        return False
    for pattern, phrase in _relative_patterns():
        if phrase not in (BARE_MONTH, PLAN_MONTH):
            continue
        match = pattern.fullmatch(folded, start, end)
        if match is None:
            continue
        groups = match.groupdict()
        number = months().get((groups.get("m") or groups.get("m2") or "").rstrip("."))
        if number is None or number <= base.date.month:
            return False
        return phrase == PLAN_MONTH or _future_month_near(folded, start, end)
    return False


def _day_after(text: str, groups: dict, base: ArticleDate) -> tuple[Period | None, str] | None:
    """ "on May 14" in an article of 12 May 2025, "el 25 de octubre" in one of 24 October 2023: a
    day later in the article's own month is this year's (the day to come, round s25a: main read
    the year before's and refuted "Colombia will join the Belt and Road Initiative on May 14" by
    the stored 2025-05-14). None otherwise: a day before the article's, or of a later month ("3 de
    junio" in May is last June, tests/claims/test_unseen_patterns.py), is read as before."""
    number = months().get(groups["m"].rstrip("."))
    if number is None or base.precision != "day" or not groups.get("d"):
        return None
    day = int(groups["d"])
    if not 1 <= day <= 31 or (number, day) <= (base.date.month, base.date.day):
        return None
    if number != base.date.month:
        return None
    year = base.date.year
    period = Period("point", year, year, number, number, text=text)
    return period, f"'{text}' read against the article date {base.label()}"


# The phrases of the article's own year (folded): "this year", "este año", "deste ano", "en lo
# que va del año"; "No presente ano", "del presente año", "the current year", "el año en curso",
# "no ano em curso". Read before the year is over, they give a year to date (extract.THIS_YEAR).
THIS_YEAR_PHRASES = (
    r"this\s+year|(?:en\s+)?este\s+ano|(?:d|n)?este\s+ano|en\s+lo\s+que\s+va\s+del\s+ano|"
    r"no\s+ano\s+corrente|el\s+presente\s+ano|"
    r"(?:(?:n|d)?o|del|the)\s+(?:presente|present|current)\s+(?:ano|year)|"
    r"(?:el|del|o|do|no)\s+ano\s+(?:en|em)\s+curso"
)


@functools.cache
def _relative_patterns() -> list[tuple[re.Pattern, str]]:
    month = "(?:" + "|".join(sorted((re.escape(m) for m in months()), key=len, reverse=True)) + ")"
    # Whole month names only ("jun", "mar" are abbreviations or words; "may" is a verb).
    whole = [m for m in months() if len(m) >= 4 and m != "sept"]
    full_month = (
        "(?:" + "|".join(sorted((re.escape(m) for m in whole), key=len, reverse=True)) + ")"
    )
    # After "in", "during", "in the month of" the word "may" is the month ("in May, China
    # bought $525 million …"): round 28a found main left it unread, so a year elsewhere in the
    # sentence dated the month's figure and a stored full year refuted it.
    month_after_preposition = full_month[:-1] + "|may)"
    # (pattern on folded text, the phrase handed to dateparser; "{m}" = the month matched)
    asof = (
        r"(?P<asof>ate\s+o\s+(?:fim|final)\s+de|hasta\s+(?:finales|fines)\s+de|"
        r"by\s+the\s+end\s+of|through|until|ate|hasta|"
        # "A octubre de este año, las importaciones … ya llegan a …": "a"/"al" before the month
        # is "as of" too (round s17a: main read October alone). "de enero a octubre de este
        # año" is a span of months, read before these patterns (_part_of_base_year).
        r"al?)\s+"
    )
    return [
        # "até o fim de agosto deste ano", "through March this year": months of this year.
        (
            re.compile(
                r"\b(?:"
                + asof
                + r")?(?P<m>"
                + month
                + r")\s+(?:deste|de\s+este|del\s+presente|de\s+este|this|of\s+this)\s+(?:ano|year)\b"
            ),
            "{m} this year",
        ),
        # "en abril del año pasado", "em abril do ano passado", "in April last year", "April of
        # the previous year": that month of the year before (round s21b: main read "año
        # pasado" alone, the whole year, and refuted a month's imports with the year's).
        (
            re.compile(
                r"\b(?P<m>"
                + full_month
                + r")\s+(?:del\s+ano\s+pasado|del\s+pasado\s+ano|do\s+ano\s+passado|"
                r"del\s+ano\s+anterior|do\s+ano\s+anterior|(?:of\s+)?last\s+year|"
                r"of\s+the\s+previous\s+year|of\s+the\s+year\s+before)\b"
            ),
            MONTH_OF_LAST_YEAR,
        ),
        (re.compile(r"\b(?:last|past)\s+(?P<m>" + month + r")\b(?!\s*(?:\d|,\s*\d))"), "{m}"),
        # "el pasado mes de mayo", "no passado mês de maio", "el mes de mayo pasado": the last
        # such month, as "el pasado mayo" (round 29d: main read no date in "en el pasado mes de
        # mayo, entró en vigor el Acuerdo de Cosecha Temprana").
        (
            re.compile(
                r"\b(?:el\s+|o\s+)?pas(?:s)?ado\s+(?:mes\s+de\s+)?(?P<m>" + month + r")\b"
                r"(?!\s+de\s+\d)"
            ),
            "{m}",
        ),
        (
            re.compile(
                r"\b(?:en\s+|em\s+)?(?:(?:el|o|no)\s+mes\s+de\s+)?(?P<m>" + month + r")\s+"
                r"(?:pasado|passado)\b"
            ),
            "{m}",
        ),
        (
            re.compile(
                r"\b(?:last\s+year|the\s+previous\s+year|(?:el\s+)?ano\s+pasado|el\s+pasado\s+ano|"
                r"(?:no\s+|do\s+|o\s+)?ano\s+passado|(?:no\s+)?ano\s+anterior|"
                # "en el año recién finalizado", "no ano que terminou", "the year just ended"
                r"(?:el\s+)?ano\s+recien\s+(?:finalizado|terminado|concluido)|"
                r"(?:o\s+)?ano\s+que\s+(?:terminou|acabou)|the\s+year\s+just\s+(?:ended|gone))\b"
            ),
            "last year",
        ),
        (
            re.compile(r"\b(?:" + THIS_YEAR_PHRASES + r")\b"),
            "this year",
        ),
        (re.compile(r"\b(?:this\s+month|este\s+mes|(?:d|n)?este\s+mes)\b"), "this month"),
        (
            re.compile(r"\b(?:last\s+month|el\s+mes\s+pasado|(?:no\s+)?mes\s+passado)\b"),
            "last month",
        ),
        # A day and month with no year: "3 de junio", "13 de maio", "June 3", "3 June"; the
        # first of a month with its ordinal mark, "1º de mayo" (folded "1o") or with the degree
        # sign many Spanish pages type for it, "1° de mayo" (round 44b: main read no date).
        (
            re.compile(
                r"\b(?P<d>[0-3]?\d)(?:º|o|°)?\s+(?:de\s+)?(?P<m>"
                + month
                + r")\b(?!\.?\s*(?:de\s+|del\s+|,\s*)?\d)"
            ),
            DAY_MONTH,
        ),
        # "Nov. 14", "Sept. 1", "Jan. 5": the English abbreviation with its point (round 29e:
        # main read "on Nov. 14" as a count of 14 and left the stored opening date unread).
        (
            re.compile(
                r"\b(?P<m>"
                + month
                + r")(?:\.(?<=(?:jan|feb|mar|apr|jun|jul|aug|sep|ept|oct|nov|dec)\.))?"
                + r"\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\b(?!,?\s*\d)"
            ),
            DAY_MONTH,
        ),
        # A month alone: "in April", "en abril", "em abril", "during April", "no mês de abril"
        # (no year after it, and no "de …" that would make it another phrase). Its year is the
        # article's only when the month is not after the article's own (BARE_MONTH). A part of
        # the month is the month: "in late March", "at the end of March", "a fines de marzo", "a
        # mediados de marzo", "no final de março", "em meados de março" (the lead, stop 55: main
        # read no date in "no final de março", as round r59b found).
        (
            re.compile(
                r"\b(?:(?:in|during|en|em|durante|(?:en\s+el|no)\s+mes\s+de|in\s+the\s+month\s+of"
                r"|in\s+(?:late|early)|at\s+the\s+(?:end|beginning|start)\s+of"
                r"|a\s+(?:fines|finales|principios|comienzos|mediados)\s+de"
                r"|(?:no|ao)\s+(?:final|fim|inicio|comeco)\s+de|em\s+meados\s+de)\s+|in\s+mid-)"
                r"(?P<m>" + month_after_preposition + r")\b"
                r"(?!\.?\s*(?:de\s+|del\s+|of\s+|,\s*)?\d)(?!\s+(?:de|del|do|da|of)\b)"
            ),
            BARE_MONTH,
        ),
        # "marcado para julho", "prevista para junio", "scheduled for July": the month a plan is
        # set for, read as a month alone is (round 49a: main read no date in "o encontro dos
        # Brics, marcado também para julho, em Fortaleza").
        (
            re.compile(
                r"\b(?:marcad|previst|programad|agendad|fixad|fijad|convocad)[oa]s?"
                r"(?:\s++(?:tambien|tambem|ja|ya|para\s+el\s+mes\s+de))?\s++para\s++"
                r"(?P<m>" + month_after_preposition + r")\b"
                r"(?!\.?\s*(?:de\s+|del\s+|of\s+|,\s*)?\d)(?!\s+(?:de|del|do|da|of)\b)"
                r"|\b(?:scheduled|planned|set|slated|due)\s++for\s++"
                r"(?P<m2>" + month_after_preposition + r")\b(?!\.?\s*,?\s*\d)(?!\s+of\b)"
            ),
            PLAN_MONTH,
        ),
        # "in force since May", "vigente desde mayo", "em vigor desde maio": a span from a month
        # without its year, of the article's year when the month is not after the article's
        # (round 28a: main read no date, and left the FTA's entry into force unjudged).
        (
            re.compile(
                r"\b(?:since|desde)\s+(?:(?:el|o)\s+mes\s+de\s+)?"
                r"(?P<m>" + month_after_preposition + r")\b"
                r"(?!\.?\s*(?:de\s+|del\s+|of\s+|,\s*)?\d)(?!\s+(?:de|del|do|da|of|pasado|passado)\b)"
            ),
            SINCE_MONTH,
        ),
    ]


MONTH_COUNTS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6,
    "siete": 7, "ocho": 8, "nueve": 9, "diez": 10, "once": 11, "dois": 2, "quatro": 4,
    "sete": 7, "oito": 8, "nove": 9, "dez": 10, "onze": 11,
}  # fmt: skip
# "del año pasado", "do ano passado", "of last year" after a part of a year: the year before's.
LAST_YEAR_TAIL = (
    r"(?P<last>\s+(?:del\s+ano\s+pasado|del\s+pasado\s+ano|del\s+ano\s+anterior|"
    r"do\s+ano\s+passado|do\s+ano\s+anterior|of\s+last\s+year|last\s+year|"
    r"of\s+the\s+previous\s+year)\b)"
)
# "the first eight months", "los primeros ocho meses del año", "nos primeiros oito meses deste
# ano" with no year written.
FIRST_MONTHS = re.compile(
    r"(?:(?:in|during|en|em|nos|durante)\s+)?(?:the\s+|los\s+|os\s+)?(?:(?:first|primeros|primeiros)\s+"
    r"(?P<n>\d{1,2}|[a-z]+)"
    # "los seis primeros meses de este año", "nos seis primeiros meses deste ano": the count
    # before the ordinal (round 52d: main read "seis" as a count and "en 2024" before it as the
    # whole year, and refuted a first-half figure by the full-year row).
    r"|(?<![a-z0-9])(?P<n2>\d{1,2}|[a-z]{3,7})\s+(?:primeros|primeiros))\s+(?:months|meses)"
    # "los primeros cinco meses del año pasado", "the first five months of last year": the
    # year before's (round s21b: main read "del año" and left "pasado", this year's months).
    r"(?:" + LAST_YEAR_TAIL + r"|\s+(?:of\s+the\s+year|of\s+this\s+year|del\s+ano|de\s+este\s+ano|"
    r"do\s+ano|deste\s+ano))?"
    r"(?!\s*(?:of|de|del|do)?\s*\d)"
)


@functools.cache
def _year_to_month() -> re.Pattern:
    month = "(?:" + "|".join(sorted((re.escape(m) for m in months()), key=len, reverse=True)) + ")"
    return re.compile(
        r"\b(?:ate|hasta|through|until|up\s+to)\s+(?:o\s+mes\s+de\s+|el\s+mes\s+de\s+)?"
        # "through last October", "up to last September", "hasta el pasado octubre": the months
        # up to the last such month (round 28a: main read "last October" alone, one month, and
        # refuted a year-to-date total by a stored single month).
        r"(?:last\s+|past\s+|(?:el\s+)?pasado\s+)?"
        r"(?P<m>" + month + r")\b(?!\.?\s*(?:de\s+|del\s+|of\s+|,\s*)?\d|\s+(?:deste|de\s+este|"
        r"del\s+presente|this|of\s+this)\s)"
        # "hasta noviembre del año pasado", "até novembro do ano passado", "through November
        # last year": the months of the year before, read as one phrase (main read "año
        # pasado" alone, the whole year, beside a part of it).
        r"(?P<last>\s+(?:del\s+ano\s+pasado|del\s+pasado\s+ano|do\s+ano\s+passado|"
        r"(?:of\s+)?last\s+year)\b)?"
    )


@functools.cache
def _yearless_parts() -> tuple[re.Pattern, re.Pattern]:
    from chinalac.claims.periods import PART_OF_YEAR

    month = "(?:" + "|".join(sorted((re.escape(m) for m in months()), key=len, reverse=True)) + ")"
    part = re.compile(
        PART_OF_YEAR.removesuffix(r"\s+(?:of|de|del|do|da)\s+")
        # "el primer trimestre del año pasado", "the first quarter of last year" (round s21b).
        + r"(?:"
        + LAST_YEAR_TAIL
        + r"|"
        r"\s+(?:of|de|del|do|da)\s+(?:the\s+|el\s+|o\s+)?(?:este\s+|this\s+)?(?:year|ano)|"
        r"\s+(?:deste|de\s+este|this)\s+(?:year|ano))?(?!\s*(?:of|de|del|do|da)?\s*\d)"
    )
    months_span = re.compile(
        # Each month a whole word: "de maio a décima rodada" is no span of months ("dec" is
        # December's abbreviation, not the start of "décima"; round s22d: main read May to
        # December).
        rf"(?:(?:de|from|entre)\s+)?\b(?P<M1>{month})\b\s*(?:-|–|a|to|and|y|e|through)\s*"
        rf"(?P<M2>{month})\b"
        # "From January to September this year", "de enero a septiembre de este año", "de
        # janeiro a setembro deste ano": the months name the part of this year, so the phrase
        # is one period (not "this year" read apart as a year to date, months unknown).
        r"(?:" + LAST_YEAR_TAIL + r"|\s+(?:of\s+|de\s+)?(?:this|este|deste)\s+(?:year|ano)\b)?"
        r"(?!\s*(?:de\s+|del\s+|of\s+)?\d)"
    )
    return part, months_span


def _part_of_base_year(folded: str, base: ArticleDate | None, taken) -> list[RelativeDate]:
    """ "No primeiro trimestre do ano", "the first three quarters", "de Janeiro a Agosto":
    months of the article's year (of the year before when they end after the article date)."""
    from chinalac.claims.periods import part_of_year

    part, months_span = _yearless_parts()
    year_to_month = _year_to_month()
    found = []
    hits = []
    for match in part.finditer(folded):
        span = part_of_year(match.group("ord"), match.group("part"))
        if span:
            hits.append((match, span))
    for match in FIRST_MONTHS.finditer(folded):
        count = match.group("n") or match.group("n2")
        number = int(count) if count.isdigit() else MONTH_COUNTS.get(count)
        if number and 1 <= number <= 12:
            hits.append((match, (1, number)))
    for match in year_to_month.finditer(folded):
        # "Até agosto", "hasta agosto", "through August" with no year: January to that month.
        last = months().get(match.group("m"))
        if last and match.group("m") != "may":
            hits.append((match, (1, last)))
    for match in months_span.finditer(folded):
        first, last = months().get(match.group("M1")), months().get(match.group("M2"))
        if first and last and first < last and "may" not in (match.group("M1"), match.group("M2")):
            hits.append((match, (first, last)))
    for match, (first, last) in hits:
        if any(match.start() < e and s < match.end() for s, e in taken):
            continue
        taken.append(match.span())
        text = match.group(0).strip()
        if base is None or base.precision == "year":
            found.append(
                RelativeDate(
                    match.start(), match.end(), text, None, f"'{text}' with no article date"
                )
            )
            continue
        this_year = re.search(r"\b(?:this|este|deste)\b", text)
        year = base.date.year if this_year or last <= base.date.month else base.date.year - 1
        if match.groupdict().get("last"):
            year = base.date.year - 1
        period = Period("range", year, year, first, last, text=text)
        why = f"'{text}' read against the article date {base.label()}"
        found.append(RelativeDate(match.start(), match.end(), text, period, why))
    return found


# "contra US$ 689 millones en el mismo mes del año pasado", "igual mes de 2019", "the same month
# last year", "no mesmo mês do ano passado": the month named before it in the sentence, of the
# year before (or of the year written). Round s21b: main read the bare month ("en abril") for
# both figures, this year's.
SAME_MONTH = re.compile(
    r"\b(?:(?:en|em|in|no)\s+)?(?:el\s+|the\s+|o\s+)?(?:mismo|igual|same|mesmo)\s+(?:mes|month)"
    r"(?:\s+(?:del\s+ano\s+pasado|del\s+ano\s+anterior|do\s+ano\s+passado|do\s+ano\s+anterior|"
    r"(?:of\s+)?last\s+year|of\s+the\s+previous\s+year)\b|\s+(?:de|del|do|of)\s+(?P<y>(?:19|20)\d\d)\b)"
)


def _same_month(folded: str, base: ArticleDate | None, taken) -> list[RelativeDate]:
    found = []
    names = months()
    month_word = re.compile(
        r"\b("
        + "|".join(sorted((re.escape(m) for m in names if len(m) >= 4), key=len, reverse=True))
        + r")\b"
    )
    for match in SAME_MONTH.finditer(folded):
        if any(match.start() < e and s < match.end() for s, e in taken):
            continue
        taken.append(match.span())
        text = match.group(0).strip()
        before = [m for m in month_word.finditer(folded, 0, match.start())]
        number = names.get(before[-1].group(1)) if before else None
        year = int(match.group("y")) if match.group("y") else (base.date.year - 1 if base else None)
        if number is None or year is None:
            why = f"which month '{text}' means is unclear: no month named before it"
            found.append(RelativeDate(match.start(), match.end(), text, None, why))
            continue
        period = Period("point", year, year, number, number, text=text)
        why = f"'{text}' read as the month named before it" + (
            f", against the article date {base.label()}" if base and not match.group("y") else ""
        )
        found.append(RelativeDate(match.start(), match.end(), text, period, why))
    return found


def _months_of_that_year(folded: str, taken) -> list[RelativeDate]:
    """A month (or a day) "of that year": read in the one year its sentence writes before it
    ("la Asamblea lo aprobó en junio de 2011 y rige desde el 1.º de agosto de ese año" →
    August 2011); left unresolved, saying why, when the sentence writes none or several (the
    article's year is never assumed); when the sentence writes several, the one year of the
    phrase's own clause (after a semicolon). The span runs to the end of "de ese año"."""
    found = []
    for match in month_of_that_year_pattern().finditer(folded):
        tail, offset = year_tail(folded, match.end())
        end = tail.end()
        if any(match.start() < e and s < end for s, e in taken):
            continue
        number = months().get(match.group("m"))
        if number is None:
            continue
        taken.append((match.start(), end))
        text = folded[match.start() : end]
        years = {int(y) for y in YEAR_ANY.findall(folded, 0, match.start())}
        if len(years) > 1:
            # "se firmó en abril de 2010; la Asamblea lo aprobó en junio de 2011 y rige desde
            # el 1.º de agosto de ese año": the year of its own clause (after a semicolon)
            clause = folded.rfind(";", 0, match.start()) + 1
            years = {int(y) for y in YEAR_ANY.findall(folded, clause, match.start())}
        if len(years) != 1:
            # (claims/that_year reads one named in no year in the sentence before instead)
            named = ", ".join(str(y) for y in sorted(years)) or "—"
            why = (
                f"which year '{text}' means is unclear: its sentence names no single year ({named})"
            )
            found.append(RelativeDate(match.start(), end, text, None, why))
            continue
        year = years.pop() + offset
        period = Period("point", year, year, number, number, text=text)
        # (that_year.NAMED_BEFORE, FOLLOWING_NAMED_BEFORE)
        if offset:
            why = f"'{text}' = {year}, the year after the one named in its sentence"
        else:
            why = f"'{text}' = {year}, the year named in its sentence"
        found.append(RelativeDate(match.start(), end, text, period, why))
    return found


@functools.cache
def _next_day_patterns() -> tuple[re.Pattern, ...]:
    month = "(?:" + "|".join(sorted((re.escape(m) for m in months()), key=len, reverse=True)) + ")"
    no_year = r"(?!\.?\s*(?:de\s+|del\s+|,\s*)?\d)"
    day = r"(?P<d>[0-3]?\d)(?:º|o|°)?"
    return (
        # "el próximo 1 de mayo", "o próximo dia 1º de maio", "el próximo 1° de mayo" (the
        # degree sign typed for the ordinal mark), "next May 1", "this coming May 1"
        re.compile(
            r"\b(?:proximo|proxima|next|(?:this\s+)?coming)\s+(?:dia\s+)?(?:"
            + day
            + r"\s+(?:de\s+)?(?P<m>"
            + month
            + r")\b"
            + no_year
            + r"|(?P<m2>"
            + month
            + r")\s+(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?\b(?!,?\s*\d))"
        ),
        # "el 1 de mayo próximo", "1º de maio que vem", "el 1 de mayo entrante"
        re.compile(
            r"\b"
            + day
            + r"\s+de\s+(?P<m>"
            + month
            + r")\s+(?:proximo|proxima|que\s+viene|que\s+vem|entrante)\b"
        ),
    )


@functools.cache
def _next_month_patterns() -> tuple[re.Pattern, ...]:
    whole = [m for m in months() if len(m) >= 4 and m != "sept"]
    month = "(?:" + "|".join(sorted((re.escape(m) for m in whole), key=len, reverse=True)) + ")"
    no_year = r"(?!\.?\s*(?:de\s+|del\s+|of\s+|,\s*)?\d)"
    return (
        # "el próximo mes de mayo", "o próximo mês de maio", "next May", "this coming May"
        re.compile(
            r"\b(?:proximo|proxima|next|(?:this\s+)?coming)\s+(?:mes\s+de\s+|month\s+of\s+)?"
            r"(?P<m>" + month + r")\b" + no_year
        ),
        # "en mayo próximo", "em maio que vem", "en mayo entrante"
        re.compile(
            r"\b(?:en\s+|em\s+|in\s+)?(?P<m>"
            + month
            + r")\s+(?:proximo|proxima|que\s+viene|que\s+vem|entrante)\b"
        ),
    )


def _next_month(folded: str, base: ArticleDate | None, taken) -> list[RelativeDate]:
    """A month the text marks as coming ("en mayo próximo", "o próximo mês de maio", "next
    May"): this year's when it comes after the article's month, next year's otherwise (round
    s25b: main read "entrará en vigor en mayo próximo", in an article of June 2024, as May 2024,
    the month named alone). The span is the month alone."""
    found: list[RelativeDate] = []
    for pattern in _next_month_patterns():
        for match in pattern.finditer(folded):
            if any(match.start() < e and s < match.end() for s, e in taken):
                continue
            number = months().get(match.group("m").rstrip("."))
            if number is None:
                continue
            taken.append(match.span())
            start, end = match.span("m")
            text = folded[start:end]
            if base is None:
                found.append(RelativeDate(start, end, text, None, f"'{text}' with no article date"))
                continue
            if base.precision == "year":
                why = (
                    f"which year '{text}' means is unclear: the article date {base.label()} "
                    "names no month"
                )
                found.append(RelativeDate(start, end, text, None, why))
                continue
            year = base.date.year + (0 if number > base.date.month else 1)
            period = Period("point", year, year, number, number, text=text)
            why = f"'{text}' read against the article date {base.label()}"
            found.append(RelativeDate(start, end, text, period, why))
    return found


def _next_day_month(folded: str, base: ArticleDate | None, taken) -> list[RelativeDate]:
    """A day and month the text marks as coming ("el próximo 1 de mayo", "o próximo dia 1º de
    maio", "next May 1"): the first such day on or after the article date, never the one
    before it (round s25b: main read "entrará en vigor el próximo 1 de mayo", in an article of
    29 April 2024, as 1 May 2023 and refuted the FTA's stored entry into force of 2024-05-01).
    The span is the day and month alone."""
    found: list[RelativeDate] = []
    for pattern in _next_day_patterns():
        for match in pattern.finditer(folded):
            if any(match.start() < e and s < match.end() for s, e in taken):
                continue
            groups = match.groupdict()
            key = "d" if groups.get("d") else "d2"
            mkey = "m" if groups.get("m") else "m2"
            number = months().get(groups[mkey].rstrip("."))
            if number is None:
                continue
            start = min(match.start(key), match.start(mkey))
            end = max(match.end(key), match.end(mkey))
            taken.append(match.span())
            text = folded[start:end]
            if base is None:
                found.append(RelativeDate(start, end, text, None, f"'{text}' with no article date"))
                continue
            if base.precision == "year":
                why = f"which year '{text}' means is unclear: the article date {base.label()} names no month"
                found.append(RelativeDate(start, end, text, None, why))
                continue
            year = base.date.year
            if base.precision == "day":
                try:
                    candidate = dt.date(year, number, int(groups[key]))
                except ValueError:
                    continue
                if candidate < base.date:
                    year += 1
            elif number < base.date.month:
                year += 1
            period = Period("point", year, year, number, number, text=text)
            why = f"'{text}' read against the article date {base.label()}"
            found.append(RelativeDate(start, end, text, period, why))
    return found


DAY_MONTH = "{d} {m}"
# A verb in the future tense (folded): "entrará en vigor", "se firmará", "será", "va a entrar",
# "entrará em vigor", "vai entrar", "will enter", "is set to take effect".
FUTURE = re.compile(
    r"(?<![\w])(?:entrara|entraran|firmara|firmaran|suscribira|ratificara|regira|sera|seran"
    r"|comenzara|empezara|iniciara|tendra|celebrara|visitara|llegara|viajara|assinara|vigorara"
    r"|comecara|tera|(?:va|van|vai|vao)\s+a?\s*(?:entrar|firmar|assinar|ser|comenzar|comecar)"
    r"|will|shall|(?:is|are)\s+(?:set|due|scheduled|expected|slated)\s+to)(?![\w])"
)


def _coming_in_future_tense(folded: str, groups: dict, base: ArticleDate, period: Period) -> Period:
    """A day and month with no year, later in the year than the article, in a sentence whose
    verb is in the future tense ("el TLC entrará en vigor el 1 de mayo", in an article of 29
    April 2024): this year's day, not last year's, which dateparser prefers (round s25b: main
    refuted the FTA's stored entry into force with 1 May 2023). Only against a day's date."""
    if base.precision != "day" or not FUTURE.search(folded):
        return period
    number = months().get(str(groups.get("m") or "").rstrip("."))
    if number is None:
        return period
    try:
        day = dt.date(base.date.year, number, int(groups["d"]))
    except (ValueError, KeyError, TypeError):
        return period
    if day < base.date or period.start_year == base.date.year:
        return period
    year = base.date.year
    return Period("point", year, year, number, number, text=period.text)


# A weekday that dates an event of the article's week (folded): "on Tuesday", "este jueves",
# "el pasado lunes", "na quarta-feira", "next Monday" (round 29d: main read no date in "Pekín dio
# por formalizada este jueves la firma del tratado", "Na quarta-feira, a Colômbia aderiu …", "on
# Wednesday, Xi and Lacalle Pou announced …", and left the stored signing, accession and
# partnership unjudged). A word before it is required (a bare "Domingo" is a name; "Santo
# Domingo" a city; "los lunes", "every Monday" a habit); a day or month after it ("Monday,
# January 5", "martes 14 de marzo") leaves the date to the day-and-month reading.
# The names are the CLDR's (babel), folded: "monday", "miercoles", "terca-feira"; 0 is Monday,
# as `datetime.date.weekday()` counts.
_WEEKDAYS = {
    fold(name): day
    for lang in ("en", "es", "pt")
    for day, name in get_day_names("wide", locale=lang).items()
}
# A weekday's name alone (folded), a day of the calendar: rules that hold months only do not bear
# it out (rules.visit_date).
WEEKDAY_NAME = re.compile(
    r"(?<![\w-])(?:" + "|".join(sorted(_WEEKDAYS, key=len, reverse=True)) + r")(?![\w-])"
)
_WEEKDAY_NEXT = r"next|coming|(?:el\s+)?proximo|(?:la\s+|a\s+)?proxima"
_WEEKDAY_LAST = r"last|past|(?:el\s+)?pasado|(?:o\s+)?passado|(?:a\s+)?passada"
_WEEKDAY_THIS = r"this|este|esta|neste|nesta|nesse|nessa"
WEEKDAY = re.compile(
    r"(?<![\w-])(?:(?P<next>" + _WEEKDAY_NEXT + r")|(?P<last>" + _WEEKDAY_LAST + r")"
    r"|(?P<this>" + _WEEKDAY_THIS + r")|(?:on|el|o|no|na|a))\s+"
    r"(?P<w>" + "|".join(sorted(_WEEKDAYS, key=len, reverse=True)) + r")(?![\w-])"
    # "Monday, January 5", "el lunes 5 de enero", "martes 14 de marzo", "Monday's talks".
    r"(?!\s*,?\s*(?:\d|the\s+\d|[a-z]+\.?\s+\d|de\s+[a-z]+\s+de\s+\d)|'s)"
    r"(?:\s+(?P<tail>(?:que\s+viene|que\s+vem|passad[oa]|pasado)(?![\w])))?"
)


# A weekday with the day of the month in brackets after it (folded), the Brazilian press's way
# of dating the week's events: "terminou nesta segunda-feira (22)", "divulgados na sexta-feira
# (9)", and the same in Spanish and English ("el lunes (22)", "on Monday (22)") (round 46c:
# main read a count 22 and no date in "Os trabalhos terminaram nesta segunda-feira (22).").
# "Today" with the day in brackets is the same telling of the article's own day: "anunciou hoje
# (7)", "informó hoy (7)", "announced today (7)" (round 49a: main read a count 7, which took the
# sentence's later date as its period and left that date unread).
_TODAY_BRACKET_WORDS = ("hoje", "hoy", "today")
WEEKDAY_BRACKET_DAY = re.compile(
    r"(?<![\w-])(?P<w>"
    + "|".join(sorted([*_WEEKDAYS, *_TODAY_BRACKET_WORDS], key=len, reverse=True))
    + r")"
    # "nesta quarta-feira (08/01)", "el martes (12/03/2024)": Brazil and Spanish America write
    # the day and month in brackets too (the lead, stop 52: main read two counts, 8 and 1)
    r"\s*+\(\s*+(?P<d>[0-3]?\d)(?:/(?P<m>[01]?\d)(?:/(?P<y>(?:19|20)\d\d))?)?\s*+\)"
)


# "Today" beside a verb of an event that happens on a day: a signing, an opening or closing, an
# establishment ("firmaron hoy en Pekín el tratado", "se abre hoy en Beijing", "signed today",
# "assinaram hoje") (folded). The verb must stand in the same clause, close to the word (at most
# four words between a verb before it, "signed a free trade agreement today"; two between the word
# and a verb after it), so that "hoy" of a state of things ("China es hoy el primer socio") is not
# read (round 47b: main read no date in "Los ministros … estamparon hoy en Pekín sus firmas en el
# Tratado de Libre Comercio").
_TODAY_WORD = r"(?:desde\s+)?(?:hoy|today|hoje)"
_TODAY_EVENT = (
    r"(?:firm|suscrib|signs?\b|signed|signing|assin|estamp|inaugur|clausur|abre\b|abren\b|abrio"
    r"|abrieron|opens?\b|opened|establec|estabelec|established|entr[ao]\s+en\s+vigor"
    r"|entrou\s+em\s+vigor|took\s+effect|takes\s+effect|concluy|conclui|concluded|closes\b"
    r"|closed|comenz|comienza|began|begins)"
)
TODAY = re.compile(r"(?<![\w-])" + _TODAY_WORD + r"(?![\w-])")
_TODAY_VERB_BEFORE = re.compile(_TODAY_EVENT + r"[a-z]*+(?:\s++[a-z]++){0,4}?\s++$")
_TODAY_VERB_AFTER = re.compile(r"^\s++(?:[a-z]++\s++){0,2}?(?:se\s+)?" + _TODAY_EVENT)


def today_of_event(folded: str, start: int, end: int) -> bool:
    """True when the "hoy"/"today"/"hoje" at `start:end` of a folded sentence stands beside a
    verb of an event of a day (`_TODAY_EVENT`) in its clause."""
    before = re.split(r"[,;:.()]", folded[max(0, start - 40) : start])[-1]
    after = re.split(r"[,;:.()]", folded[end : end + 40])[0]
    return bool(_TODAY_VERB_BEFORE.search(before) or _TODAY_VERB_AFTER.search(after))


def bracket_day_of_event(folded: str, start: int, end: int) -> bool:
    """True when the weekday with its day in brackets at `start:end` of a folded sentence
    (`WEEKDAY_BRACKET_DAY`, not "hoje (7)") stands beside a verb of an event of a day in its
    clause (`today_of_event`): "assinou na quarta-feira (13) um acordo", "firmó el miércoles (13)
    un acuerdo", "signed on Wednesday (13) an agreement" (round 50c: main read no claim in it, as
    the sentence wrote another figure). The day is then the event's, a claim of its own read at
    low confidence (it may bear a stored date out, never refute one), never another figure's
    period."""
    match = WEEKDAY_BRACKET_DAY.fullmatch(folded, start, end)
    if match is None or match.group("w") in _TODAY_BRACKET_WORDS:
        return False
    return today_of_event(folded, start, end)


def weekday_of_event(folded: str, start: int, end: int) -> bool:
    """True when the plain weekday at `start:end` of a folded sentence (`WEEKDAY`: "el
    miércoles", "on Wednesday", "na quarta-feira") stands beside a verb of an event of a day in
    its clause (`today_of_event`): "firmaron el miércoles un Tratado de Libre Comercio (TLC) que
    se negoció en apenas 10 meses", "signed on Wednesday a free trade agreement negotiated in 10
    months", "assinaram na quarta-feira um acordo negociado em 10 meses" (round r59a: main kept a
    weekday only where no other figure stood in its sentence, and left the signing's day unread
    beside the talks' span). The day is then the event's, a claim of its own read at low
    confidence, as `bracket_day_of_event`'s (it may bear a stored date out, never refute one),
    never another figure's period."""
    if WEEKDAY.fullmatch(folded, start, end) is None:
        return False
    return today_of_event(folded, start, end)


def _todays(folded: str, base: ArticleDate | None, taken) -> list[RelativeDate]:
    """ "Hoy" of an event (`today_of_event`), read as the article's day; only against a day's
    date written in the text (not the file's metadata). The period is that day's month, as a
    weekday's; it may bear a stored date out, never refute one (extract.py lowers the period's
    confidence as for a weekday), and it dates no other claim of its sentence."""
    if base is None or base.precision != "day" or base.found_by == FILE_METADATA:
        return []
    found: list[RelativeDate] = []
    for match in TODAY.finditer(folded):
        if any(match.start() < e and s < match.end() for s, e in taken):
            continue
        if not today_of_event(folded, match.start(), match.end()):
            continue
        taken.append(match.span())
        day = base.date
        text = folded[match.start() : match.end()]
        period = Period("point", day.year, day.year, day.month, day.month, text=text)
        why = f"'{text}' read against the article date {base.label()}"
        found.append(RelativeDate(match.start(), match.end(), text, period, why))
    return found


def _weekday_bracket_days(folded: str, base: ArticleDate | None, taken) -> list[RelativeDate]:
    """ "nesta segunda-feira (22)": the 22nd of the article's month, or of the month before when
    the article's day is earlier than the 22nd; read only when the calendar puts that weekday on
    that day (a mismatch leaves the phrase unread), and only against a day's or a month's date
    (a text dated "janeiro de 2015" reads "sexta-feira (9)" as 9 January 2015, a Friday). The
    period is that day's month; `day_in_brackets` gives the day to the rules that compare days."""
    if base is None or base.precision not in ("day", "month") or base.found_by == FILE_METADATA:
        return []
    found: list[RelativeDate] = []
    for match in WEEKDAY_BRACKET_DAY.finditer(folded):
        if any(match.start() < e and s < match.end() for s, e in taken):
            continue
        number = int(match.group("d"))
        year, month = base.date.year, base.date.month
        if match.group("m"):
            # the month written: of the article's year, or of the year before when it is later
            # than the article's month ("(29/12)" in a text of 3 January); the year when written
            month = int(match.group("m"))
            if match.group("y"):
                year = int(match.group("y"))
            elif month > base.date.month:
                year -= 1
        elif base.precision == "day" and number > base.date.day:
            year, month = (year, month - 1) if month > 1 else (year - 1, 12)
        try:
            day = dt.date(year, month, number)
        except ValueError:
            continue
        if match.group("w") in _TODAY_BRACKET_WORDS:
            if day != base.date and base.precision == "day":
                continue  # "hoje (8)" in a text of the 7th: a slip or another day; not read
        elif day.weekday() != _WEEKDAYS[match.group("w")]:
            continue  # the calendar disagrees: another week's or a slip; not read
        taken.append(match.span())
        text = folded[match.start() : match.end()]
        period = Period("point", day.year, day.year, day.month, day.month, text=text)
        why = f"'{text}' read against the article date {base.label()}: {day.isoformat()}"
        found.append(RelativeDate(match.start(), match.end(), text, period, why))
    return found


def day_in_brackets(text: str) -> int | None:
    """The day of a weekday written with its day in brackets ("segunda-feira (22)" → 22)."""
    match = WEEKDAY_BRACKET_DAY.search(fold(text))
    return int(match.group("d")) if match else None


# More verbs in the future tense, for a month to come only (folded): "receberá", "recibirá",
# "estará", "realizará", "acontecerá", "ocorrerá", "viajará", "visitará", "will host".
FUTURE_MORE = re.compile(
    r"(?<![\w])(?:recebera|receberao|recibira|recibiran|estara|estarao|estaran|realizara"
    r"|realizarao|realizaran|acontecera|ocorrera|viajara|viajarao|viajaran|visitarao"
    r"|visitaran|reunira|reunirao|reuniran|sediara|acolhera|acogera)(?![\w])"
)


def _future_month_near(folded: str, start: int, end: int) -> bool:
    """A verb in the future tense next to a month in its clause (`FUTURE`, `FUTURE_MORE`)."""
    before = re.split(r"[,;:.]", folded[max(0, start - 40) : start])[-1]
    after = re.split(r"[,;:.]", folded[end : end + 30])[0]
    return any(p.search(before) or p.search(after) for p in (FUTURE, FUTURE_MORE))


def _future_near(folded: str, start: int, end: int) -> bool:
    """A verb in the future tense next to a weekday in its clause ("will take effect on
    Tuesday", "el martes se firmará"), not elsewhere in the sentence ("… is set to grow now that
    the two heads of state announced, in Beijing on Wednesday, …" is a Wednesday past)."""
    before = re.split(r"[,;:.]", folded[max(0, start - 40) : start])[-1]
    after = re.split(r"[,;:.]", folded[end : end + 30])[0]
    return FUTURE.search(before) is not None or FUTURE.search(after) is not None


def _weekdays(folded: str, base: ArticleDate | None, taken) -> list[RelativeDate]:
    """A weekday of the article's week, read as the day on or before the article date, or after
    it when the text marks it as coming ("next", "el próximo", "que vem") or a verb next to it
    is in the future tense ("will sign on Tuesday"). Only against a day's date: the period is
    that day's month (no day is kept). It dates no other claim of its sentence
    (extract.py reads it only where it stands alone)."""
    if base is None or base.precision != "day":
        return []
    found: list[RelativeDate] = []
    for match in WEEKDAY.finditer(folded):
        if any(match.start() < e and s < match.end() for s, e in taken):
            continue
        taken.append(match.span())
        groups = match.groupdict()
        tail = groups.get("tail") or ""
        before = bool(groups.get("last") or tail.startswith("pas"))
        coming = bool(groups.get("next") or tail.startswith("que"))
        ahead = coming or (not before and _future_near(folded, match.start(), match.end()))
        gap = (_WEEKDAYS[groups["w"]] - base.date.weekday()) % 7  # days to the next such day
        if ahead:  # "this Friday" in a future sentence may be today; "next Friday" is not
            day = base.date + dt.timedelta(days=gap or (0 if groups.get("this") else 7))
        elif before:  # "last Monday" on a Monday is a week ago
            day = base.date - dt.timedelta(days=(7 - gap) % 7 or 7)
        else:  # "este jueves" on a Thursday is the day itself
            day = base.date - dt.timedelta(days=(7 - gap) % 7)
        text = folded[match.start() : match.end()]
        period = Period("point", day.year, day.year, day.month, day.month, text=text)
        why = f"'{text}' read against the article date {base.label()}"
        found.append(RelativeDate(match.start(), match.end(), text, period, why))
    return found


def weekday_day(sentence: str, start: int, end: int, article: dict | None) -> dt.date | None:
    """The day a weekday at `start:end` of a sentence names ("on Thursday", "el jueves") against
    the article's date as a claim carries it (`Claim.article_date`), read as `_weekdays` reads a
    past weekday; None when no single weekday stands there, when it is marked as coming or sits
    by a verb in the future tense, or when the article's date is not a day's. The period keeps
    only the month; a rule that compares days asks for the day here (round 45b)."""
    if not article or article.get("precision") != "day" or not article.get("date"):
        return None
    try:
        base = dt.date.fromisoformat(article["date"])
    except ValueError:
        return None
    folded = fold(sentence)
    todays = [m for m in TODAY.finditer(folded) if start <= m.start() and m.end() <= end]
    if len(todays) == 1 and today_of_event(folded, todays[0].start(), todays[0].end()):
        return base  # "se abre hoy en Beijing": the article's day (round 47b)
    found = [m for m in WEEKDAY.finditer(folded) if start <= m.start() and m.end() <= end]
    if len(found) != 1:
        return None
    match = found[0]
    groups = match.groupdict()
    tail = groups.get("tail") or ""
    before = bool(groups.get("last") or tail.startswith("pas"))
    coming = bool(groups.get("next") or tail.startswith("que"))
    if coming or (not before and _future_near(folded, match.start(), match.end())):
        return None  # a coming day: not read
    gap = (_WEEKDAYS[groups["w"]] - base.weekday()) % 7
    if before:
        return base - dt.timedelta(days=(7 - gap) % 7 or 7)
    return base - dt.timedelta(days=(7 - gap) % 7)


def find_relative_dates(folded: str, base: ArticleDate | None) -> list[RelativeDate]:
    """Relative date phrases of a folded sentence, resolved against `base` where known."""
    found: list[RelativeDate] = []
    taken: list[tuple[int, int]] = []
    found += _months_of_that_year(folded, taken)
    found += _same_month(folded, base, taken)
    found += _next_day_month(folded, base, taken)
    found += _next_month(folded, base, taken)
    found += _part_of_base_year(folded, base, taken)
    found += _weekday_bracket_days(folded, base, taken)
    found += _weekdays(folded, base, taken)
    found += _todays(folded, base, taken)
    for match in PAST_DECADE_RE.finditer(folded):
        if any(match.start() < e and s < match.end() for s, e in taken):
            continue
        taken.append(match.span())
        text = match.group(0)
        if base is None or base.found_by == FILE_METADATA:
            why = f"'{text}' with no article date"
            found.append(RelativeDate(match.start(), match.end(), text, None, why))
            continue
        last = base.date.year - 1
        period = Period("range", last - 9, last, text=text)
        why = f"'{text}' read as the {PAST_DECADE_WHY} {base.label()}"
        found.append(RelativeDate(match.start(), match.end(), text, period, why))
    for pattern, phrase in _relative_patterns():
        for match in pattern.finditer(folded):
            if any(match.start() < e and s < match.end() for s, e in taken):
                continue
            groups = match.groupdict()
            if (
                groups.get("m")
                and groups["m"].rstrip(".") == "may"
                and "d" not in groups
                and phrase not in (BARE_MONTH, SINCE_MONTH)
            ):
                continue  # "may" is a verb far more often than a month (not after "in")
            taken.append(match.span())
            text = match.group(0)
            if base is None:
                found.append(
                    RelativeDate(
                        match.start(), match.end(), text, None, f"'{text}' with no article date"
                    )
                )
                continue
            if phrase == MONTH_OF_LAST_YEAR:
                number = months().get(groups["m"].rstrip("."))
                if number is None:
                    continue
                year = base.date.year - 1
                period = Period("point", year, year, number, number, text=text)
                why = f"'{text}' read against the article date {base.label()}"
                found.append(RelativeDate(match.start(), match.end(), text, period, why))
                continue
            if phrase == PLAN_MONTH:
                period, why = _coming_month(text, groups.get("m") or groups.get("m2") or "", base)
                found.append(RelativeDate(match.start(), match.end(), text, period, why))
                continue
            if phrase == BARE_MONTH:
                period, why = _bare_month(text, groups["m"], base)
                if period is None and _future_month_near(folded, match.start(), match.end()):
                    # "receberá em julho, em Brasília, …" in a text of April: the month to
                    # come of the article's year (round 49a; a plan, which extract.py lets bear
                    # a stored date out, never refute one, and never date another figure).
                    period, why = _coming_month(text, groups["m"], base)
                year = _year_written_before(folded, match.start())
                number = months().get(groups["m"].rstrip("."))
                if year is not None and number is not None:
                    # "In 2024, Argentina's trade with China came to US$2.5 billion in
                    # September": the month of the year the sentence writes, not of the
                    # article's (round 28a: main read September 2025 in a text of November 2025
                    # and refuted the figure by that month's stored row, in the three languages).
                    period = Period("point", year, year, number, number, text=text)
                    why = f"'{text}' of {year}, the year its sentence writes"
                found.append(RelativeDate(match.start(), match.end(), text, period, why))
                continue
            if phrase == SINCE_MONTH:
                month_of, why = _bare_month(text, groups["m"], base)
                period = (
                    None
                    if month_of is None
                    else Period(
                        "since", month_of.start_year, None, month_of.start_month, None, text=text
                    )
                )
                found.append(RelativeDate(match.start(), match.end(), text, period, why))
                continue
            year = _year_written_before(folded, match.start()) if phrase == DAY_MONTH else None
            number = months().get(groups["m"].rstrip(".")) if year is not None else None
            if number is not None:
                # "cut ties with Taiwan in 2018 and established relations with Beijing on May 1":
                # the day of the year its sentence writes, not of the article's (the lead, stop
                # 50: main refuted May 1 by the 2018-05-01 of the ties table); a likely reading
                # (claims/extract reads it with doubt: it may bear out, never refute).
                period = Period("point", year, year, number, number, text=text)
                why = f"'{text}' of {year}, the year its sentence writes"
                found.append(RelativeDate(match.start(), match.end(), text, period, why))
                continue
            if phrase == DAY_MONTH and (later := _day_after(text, groups, base)) is not None:
                period, why = later
                found.append(RelativeDate(match.start(), match.end(), text, period, why))
                continue
            query = phrase.format(**{k: v for k, v in groups.items() if v and k != "asof"})
            period = _resolve(query, base, asof=bool(groups.get("asof")))
            if phrase == DAY_MONTH and period is not None:
                period = _coming_in_future_tense(folded, groups, base, period)
            why = (
                f"'{text}' read against the article date {base.label()}"
                if period
                else f"'{text}' could not be read"
            )
            found.append(RelativeDate(match.start(), match.end(), text, period, why))
    return sorted(found, key=lambda r: r.start)


def _resolve(query: str, base: ArticleDate, asof: bool = False) -> Period | None:
    import dateparser

    day = base.date
    if base.precision == "month":  # "abril de 2019": any day of the month; read from its end
        day = (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
    base_time = dt.datetime.combine(day, dt.time())
    settings = {"RELATIVE_BASE": base_time, "PREFER_DATES_FROM": "past"}
    if query.endswith(" this year"):
        if base.precision == "year":
            return None
        number = months().get(query.removesuffix(" this year").rstrip("."))
        if number is None:
            return None
        month = dt.date(base.date.year, number, 1)
        if asof:  # "até o fim de agosto deste ano": the year to date, January to August
            return Period("range", base.date.year, base.date.year, 1, month.month, text=query)
        return Period("point", base.date.year, base.date.year, month.month, month.month, query)
    if query in ("this month", "last month") and base.precision == "year":
        return None  # the month is not known
    if query not in ("last year", "this year", "this month", "last month") and not query.endswith(
        " this year"
    ):
        settings["PREFER_DAY_OF_MONTH"] = "first"
        if base.precision == "year":
            return None  # "last November" needs the article's month
    when = dateparser.parse(query, languages=LANGUAGES, settings=settings)
    if when is None:
        return None
    if query in ("last year", "this year"):
        return Period("point", when.year, when.year, text=query)
    return Period("point", when.year, when.year, when.month, when.month, text=query)
