"""From text to claims: every number with its sentence, offsets, period, entity and metric.

    >>> [c.text for c in extract("Trade reached US$489 billion in 2023.")]
    ['US$489 billion']

Which period a number belongs to: the nearest date expression in its clause, else in its
sentence (a date after "than" — "forty times more than in 1999" — is a comparison base, not
the period); else the period of the previous claim in the paragraph about the same family
of metrics ("loans": the total, then its shares). Which entity: the nearest country or
region named in its clause (before the number first), not counting China (the other side of
every China–LAC figure) nor names inside an enumeration; else the previous claim's entity
in the paragraph; else China if only China is named; else LAC when the document is about
Latin America. Dates stand as claims of their own only in sentences with no other number.
"""

from __future__ import annotations

import dataclasses
import functools
import re

from chinalac.claims.article_date import (
    FILE_METADATA,
    PAST_DECADE_WHY,
    THIS_YEAR_PHRASES,
    TODAY,
    WEEKDAY,
    WEEKDAY_BRACKET_DAY,
    YEAR_ANY,
    ArticleDate,
    bracket_day_of_event,
    from_text,
    is_coming_month,
    weekday_of_event,
)
from chinalac.claims.china_share import (
    CHINA_SHARE_OF_EXPORTS,
    CHINA_WORD,
    china_as_destination,
    china_share_of_exports,
    share_level_of_exports_before,
)
from chinalac.claims.citations import NAME_YEAR
from chinalac.claims.dollar_sign import bare_dollar_is_usd
from chinalac.claims.entities import DocumentEntities, EntityIndex, EntityMention
from chinalac.claims.errors import ClaimsInputError
from chinalac.claims.half_year import half_year_period
from chinalac.claims.input_text import SourceText, prepare
from chinalac.claims.knowledge import KnowledgeView
from chinalac.claims.language import detect_language
from chinalac.claims.lenders import (
    LOAN_METRICS,
    OTHER_LENDER,
    OUTSTANDING,
    REPAID,
    WITH_BEFORE,
    borrower_named_after,
    other_lender,
    outstanding_debt,
    policy_banks_named,
    received_sum,
    repaid_sum,
)
from chinalac.claims.mentions import MONEY_FLOW, Mention, find_mentions
from chinalac.claims.metric_lexicon import (
    SHARE_OF,
    SHARE_OF_METRICS,
    MetricHit,
    MetricLexicon,
    choose_metric,
)
from chinalac.claims.models import Claim, Kind, Period, Qualifier
from chinalac.claims.number_words import HALF_CENTURY, convert_number_words, one_span_at
from chinalac.claims.numbers import written_decimal_mark
from chinalac.claims.partners import (
    OTHER_TRADER,
    TIE_COUNT_METRICS,
    WORLD_TRADER,
    balance_partner_after,
    balance_with_other_partner,
    china_right_after,
    flow_to_partner_before,
    flow_with_other_partner,
    flow_with_region_state,
    other_trader,
    partner_before_figure,
    partner_right_after,
    tie_count_of_no_china_tie,
    world_trader,
)
from chinalac.claims.periods import PeriodMention, find_periods
from chinalac.claims.sentences import split_sentences
from chinalac.claims.that_year import (
    FOLLOWING_NAMED_BEFORE,
    LATER_CLAUSE,
    NAMED_BEFORE,
    SINCE_NAMED_BEFORE,
    read_following_year,
    read_month_of_that_year,
    read_since_then,
    read_that_year,
)
from chinalac.claims.trips import TRIP_NOUN
from chinalac.claims.vocabulary import TAIWAN_NAMED, fold, months

MAX_CLAIMS = 5000  # more numbers than any article holds: a table or a data dump, not prose
# Counted in one cheap pass before any parsing: digit groups ("1,234.5" is one).
MAX_NUMBERS = 4 * MAX_CLAIMS
NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
# How far back in a paragraph a claim looks for the period, entity or metric it inherits.
LOOKBACK_CLAIMS = 50
# The headline and the lead: the sentences that name what an article is about.
LEAD_SENTENCES = 3
CLAUSE_BREAK = re.compile(
    r";|:\s|\(|\)|\s[–—]\s|,\s+(?:and|with|while|but|whereas|y|con|mientras|pero|e|com|enquanto|mas)\s"
    # Coordination before a new subject or a new figure: "… somaram 63,93 … e as importações
    # … 34,74", "40 per cent to energy, 30 per cent to mining and 20 per cent to transport".
    r"|\s(?:and|y|e)\s+(?=(?:the|la|las|los|el|as|os|its|their|sus|su|seus|suas)\s|\d|us\$|\$|r\$)"
    # (an article may stand before the figure: "el 40% fue a energía, el 30% a minería")
    r"|,\s+(?=(?:(?:el|la|los|las|the)\s+)?(?:\d|us\$|\$))"
    # … and a second verb: "exportou … e importou …", "exported … and imported …".
    # (a clitic may stand between: "y le compró …", "e lhe vendeu …")
    r"|\s(?:and|y|e)\s+(?:(?:le|les|lhe|lhes|se)\s+)?"
    # (or after the verb, joined by a hyphen: "e vendeu-lhe …", round s17a)
    r"(?=(?:import|export|compr|vend|prest|recib|receb|bought|sold|lent)[a-z]*[\s-])"
    r"|,\s+(?:of which|of whom|de los cuales|de las cuales|dos quais|das quais)\b"
)
# Flows of trade besides the two directions (a year-to-month reading applies to them).
FLOW_TOTALS = {"trade_total", "trade_balance", "trade_surplus", "trade_deficit"}
# "hasta noviembre de 2013", "through November 2013", "até novembro de 2013" (a period's text).
# A flow "until" a year (folded period text): "until 2018", "up to 2018", "hasta 2018", "até
# 2018" (not "by 2018", which dates the level reached).
UNTIL_YEAR_WORD = re.compile(
    r"(?:hasta|ate|until|till|up\s+to)\s+(?:el\s+|o\s+)?(?:ano\s+(?:de\s+)?)?\d"
)
TO_MONTH_WORD = re.compile(r"(?:hasta|ate|through|until|up\s+to)\s+(?:el\s+|o\s+)?[a-z]")
CUMULATIVE_CUE = re.compile(
    r"(?<![\w])(?:desde|since|ultimos|ultimas|last|past|acumulad\w*|cumulative\w*|acumulat\w*|"
    r"entre|between|total)(?![\w])"
)
# "Chinese imports", "importaciones chinas", "importações chinesas" (a metric phrase, folded):
# imports of Chinese goods or China's imports, unless what follows names a partner or goods.
CHINESE_IMPORTS = re.compile(r"chinese\s+imports|importaciones\s+chinas|importacoes\s+chinesas")
PARTNER_OR_GOODS_AFTER = re.compile(r"\s{1,3}(?:de|del|do|da|dos|das|of|from|desde)\s")
# "las importaciones chinas a El Salvador", "Chinese imports into Mexico", "as importações
# chinesas para o Brasil": a preposition of destination right after the demonym, then a state.
DESTINATION_AFTER = re.compile(r"\s{1,3}(?:a|al|hacia|para|ao|into|to)\s{1,3}")
# How much farther a year past a comma after the figure stands than its distance says.
TRAILING_PHRASE = 40
# A year in brackets right after a figure: "$us 1.071 millones (2012)" (folded text at its end).
BRACKET_YEAR = re.compile(r"[^\S\n]{0,2}\((1[5-9]\d\d|20\d\d)\)")
PREPOSITION_AFTER = re.compile(r"^\s{0,2}(?:in|en|em|no|na|for|para|during|durante)\s")
# A date set off by a comma right after the figure, closed by a mark ("US$ 87,7 bilhões, em
# 2021.", "US$87.7 billion, in 2021,", "87.700 millones, en 2021;"): the figure's appositive date.
APPOSITIVE_DATE_AFTER = re.compile(r"^,\s{1,2}(?:(?:in|en|em|no|na|during|durante)\s{1,2})?$")
APPOSITIVE_DATE_START = re.compile(r"(?:in|en|em|no|na|during|durante)\s{1,2}(?:1[5-9]|20)\d\d\Z")
APPOSITIVE_DATE_END = re.compile(r"\s{0,2}(?:[,.;)]|$)")
# A figure followed by "a year earlier", "un año antes", "del año anterior", "do ano anterior",
# "en igual período del año anterior" (folded, at the figure's end; used with .match): the figure
# of the year before the sentence's period, with its months (round s18a: "fell to US$5.4 million,
# compared with US$43 million a year earlier" was read for the first half of 2023 and refuted).
YEAR_EARLIER_AFTER = re.compile(
    r"[^\S\n]{0,2},?[^\S\n]{0,2}(?:"
    r"a\s+year\s+(?:earlier|before)|(?:in\s+)?the\s+(?:previous|prior|preceding)\s+year"
    # "against US$ 4.2 billion the year before", "frente a 4.200 millones el año anterior"
    # (lead, stop 43: read for the sentence's own year)
    r"|(?:in\s+)?the\s+year\s+before|el\s+ano\s+anterior"
    r"|(?:in|during)\s+the\s+same\s+period\s+(?:of\s+)?(?:the\s+)?(?:previous|prior)\s+year"
    # "in the same period last year", "del mismo período del año pasado", "no mesmo período do
    # ano passado" (round 41a: main read "compared to US$ 12 billion in the same period last
    # year" for the sentence's own first quarter of 2024): "last year" here counts back from the
    # period compared, as "the previous year" does.
    r"|(?:in|during)\s+the\s+same\s+(?:period|months?|quarter)\s+(?:of\s+)?last\s+year"
    r"|(?:en|del?)\s+(?:igual|el\s+mismo|mismo)\s+(?:periodo|mes|trimestre)\s+del\s+ano\s+pasado"
    r"|(?:no|do)\s+mesmo\s+(?:periodo|mes|trimestre)\s+do\s+ano\s+passado"
    r"|un\s+ano\s+antes|(?:del?|en\s+el)\s+ano\s+anterior"
    r"|(?:en|del?)\s+(?:igual|el\s+mismo|mismo)\s+periodo\s+del\s+ano\s+anterior"
    r"|um\s+ano\s+antes|(?:do|no)\s+ano\s+anterior"
    r"|(?:no|do)\s+mesmo\s+periodo\s+do\s+ano\s+anterior"
    r")(?![\w])"
)
# The forms of YEAR_EARLIER_AFTER that also say "last year" when the sentence names no year.
BARE_YEAR_BEFORE = re.compile(r"(?:in\s+)?the\s+year\s+before|el\s+ano\s+anterior")
# A span of time from another event (folded EN/ES/PT): "just a month after", "un mes después de",
# "um mês depois de", "two weeks before", "un año después de que". A date followed by it, or set
# before it in the clause of a rank or a date, is the date of a LATER (or earlier) event, not of
# the one the clause names (round s21a: "In June 2018, just a month after Trinidad and Tobago
# became the first country in the Caribbean to sign on to the Belt and Road" dated the rank June
# 2018 and refuted it by the stored May 2018 memorandum; "En 2019, un año después de que Guyana
# se uniera a la Franja y la Ruta" was refuted by Guyana's 2018 tie).
_OFFSET_COUNT = (
    r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a\s+few|few|"
    r"\d+|un|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|varios|varias|"
    r"pocos|pocas|um|uma|dois|duas|quatro|sete|oito|nove|dez|onze|doze|alguns|algumas|poucos|"
    r"poucas|fifteen|quince|quinze|twenty|veinte|vinte|thirty|treinta|trinta|forty|cuarenta|"
    r"quarenta|fifty|cincuenta|cinquenta)"
)
_OFFSET_UNIT = r"(?:days?|weeks?|months?|years?|decades?|dias?|semanas?|mes|meses|anos?|decadas?)"
OFFSET_FROM_EVENT = re.compile(
    r"(?<![\w])(?:(?:just|only|barely|exactly|almost|nearly|about|some|apenas|solo|justo|"
    r"exactamente|casi|unos|unas|cerca\s+de|quase|exatamente|so|cerca\s+de)\s+)?"
    + _OFFSET_COUNT
    + r"\s+"
    + _OFFSET_UNIT
    + r"\s+(?:after|before|despues|antes|depois)(?![\w])"
)
# The same right after a date (used with .match at the date's end): "2019, un año después de".
OFFSET_AFTER_DATE = re.compile(r"[^\S\n]{0,2},?[^\S\n]{0,3}(?:" + OFFSET_FROM_EVENT.pattern + ")")
OFFSET_WHY = "a date set a span of time from the event the clause names"


# A span of years told as an adverb between a year and a figure (folded): "llegaron a US$227.5
# millones en 1999, … teniendo en cuenta que nueve años antes Colombia apenas había recibido
# US$1.8 millones", "five years earlier it had totalled only US$14 billion", "cinco anos antes
# somava". The figure is of the year counted from the one written, not of it (round 29b: main
# dated such a figure by the sentence's year, and bore out Chile's 2012 imports by a 2007
# figure). Not "antes de que …", "después del TLC", "earlier than": those name another event.
ADVERBIAL_OFFSET = re.compile(
    r"(?<![\w])(?P<count>" + _OFFSET_COUNT + r")\s+(?P<unit>years?|anos?|decades?|decadas?)\s+"
    r"(?P<way>earlier|later|antes|despues|depois|mas\s+tarde)(?![\w])"
    r"(?!\s+(?:de|del|da|do|das|dos|que|than)(?![\w]))"
)
OFFSET_COUNTS = {
    **dict.fromkeys(("a", "an"), 1),  # "a year later"
    **dict.fromkeys(("one", "un", "una", "um", "uma"), 1),
    **dict.fromkeys(("two", "dos", "dois", "duas"), 2),
    **dict.fromkeys(("three", "tres"), 3),
    **dict.fromkeys(("four", "cuatro", "quatro"), 4),
    **dict.fromkeys(("five", "cinco"), 5),
    **dict.fromkeys(("six", "seis"), 6),
    **dict.fromkeys(("seven", "siete", "sete"), 7),
    **dict.fromkeys(("eight", "ocho", "oito"), 8),
    **dict.fromkeys(("nine", "nueve", "nove"), 9),
    **dict.fromkeys(("ten", "diez", "dez"), 10),
    **dict.fromkeys(("eleven", "once", "onze"), 11),
    **dict.fromkeys(("twelve", "doce", "doze"), 12),
    # Round spans journalists write out ("vinte anos depois", "thirty years after the ties").
    **dict.fromkeys(("fifteen", "quince", "quinze"), 15),
    **dict.fromkeys(("twenty", "veinte", "vinte"), 20),
    **dict.fromkeys(("thirty", "treinta", "trinta"), 30),
    **dict.fromkeys(("forty", "cuarenta", "quarenta"), 40),
    **dict.fromkeys(("fifty", "cincuenta", "cinquenta"), 50),
}


def _years_of(count: str, unit: str = "years") -> int | None:
    """The years a written count makes ("two" years 2, "12" anos 12, "cinco" décadas 50); None
    for a count that is no number ("several", "a few")."""
    years = int(count) if count.isdigit() else OFFSET_COUNTS.get(count)
    if years is None:
        return None
    return years * 10 if unit.startswith("deca") else years


def _offset_period(
    folded: str, found: Period, date_end: int, claim_start: int
) -> tuple[Period | None, dict[str, str]] | None:
    """The period of a figure set a number of years from the year before it (ADVERBIAL_OFFSET,
    in the figure's clause: no semicolon nor colon between the phrase and the figure), counted
    from that year; None when no such phrase stands between them. A new reading: it may bear a
    stored figure out, never refute one. With a count that is no number, or a period of more
    than one year, no period."""
    if claim_start <= date_end:
        return None
    offset = None
    for match in ADVERBIAL_OFFSET.finditer(folded, date_end, claim_start):
        if not re.search(r"[;:]", folded[match.end() : claim_start]):
            offset = match
    if offset is None:
        return None
    written = " ".join(offset.group(0).split())
    count = offset.group("count")
    years = _years_of(count, offset.group("unit"))
    single = found.start_year is not None and found.start_year == found.end_year
    if years is None or not single or found.kind not in ("point", "range"):
        return None, _level("low", f"'{written}': the period it counts back from is unclear")
    if offset.group("way") in ("earlier", "antes"):
        years = -years
    year = found.start_year + years
    period = Period(found.kind, year, year, found.start_month, found.end_month, text=written)
    return period, _level("low", f"'{written}' counted from '{found.text.strip()}'")


def _offset_between(folded: str, date_end: int, claim_start: int) -> bool:
    """An offset phrase ("a month after") between a date and the claim, in the claim's own
    clause (no clause break between the phrase and the claim)."""
    if claim_start <= date_end:
        return False
    for found in OFFSET_FROM_EVENT.finditer(folded, date_end, claim_start):
        if not re.search(r"[,;:]", folded[found.end() : claim_start]):
            return True
    return False


def _offset_before_date(
    folded: str, found: Period, date_start: int, claim_start: int
) -> tuple[Period, dict[str, str]] | None:
    """A date that an offset phrase before it ties to another event, the figure coming after:
    "Two years after signing the FTA in 2005, Chile's exports to China had doubled to $10
    billion", "Cinco años después de la entrada en vigor del TLC en 2010, las exportaciones …",
    "Dez anos depois do acordo de 2012, as exportações …". The year is the event's, and the
    figure that many years on (the lead, stop 46: main dated the figure 2005 with confidence).
    The count from the year is a likely reading: it may bear a figure out, never refute one.
    None when no offset phrase stands before the date in its clause."""
    if claim_start <= date_start:
        return None
    offset = None
    for match in OFFSET_FROM_EVENT.finditer(folded, max(0, date_start - 80), date_start):
        if not re.search(r"[,;:]", folded[match.end() : date_start]):
            offset = match
    if offset is None:
        return None
    written = " ".join(offset.group(0).split())
    count = COUNT_BEFORE_UNIT.search(written)
    years = None
    if count is not None and UNIT_IS_YEARS.match(written, count.end()):
        years = _years_of(count.group(0))
    single = found.start_year is not None and found.start_year == found.end_year
    if years is None or not single or found.kind != "point":
        return found, _level("low", OFFSET_WHY)
    way = -1 if re.search(r"(?:before|antes)$", written) else 1
    year = found.start_year + way * years
    period = Period("point", year, year, text=f"{written} {found.start_year}")
    return period, _level("low", f"'{written}' counted from '{found.text.strip()}'")


# The count and unit of an offset phrase (OFFSET_FROM_EVENT's text): "two years after".
COUNT_BEFORE_UNIT = re.compile(
    r"(?<![a-z0-9])[a-z0-9]++(?=\s++(?:years?|anos?|decades?|decadas?)\b)"
)
UNIT_IS_YEARS = re.compile(r"(?<!\s)\s++(?:years?|anos?)\b")


# "ten years ago", "a decade ago", "hace diez años", "há dez anos" (folded): a year counted back
# from the article's date.
YEARS_AGO = re.compile(
    r"(?<![\w])(?:(?P<en>" + _OFFSET_COUNT + r")\s+(?P<enunit>years?|decades?)\s+ago"
    r"|(?:hace|ha)\s+(?:(?:unos|unas|uns|umas|cerca\s+de|casi|quase|mas\s+de)\s+)?"
    r"(?P<es>" + _OFFSET_COUNT + r")\s+(?P<esunit>anos|decadas))(?![\w])"
)


def _years_ago(
    folded: str, clause: tuple[int, int], mention: Mention, base: ArticleDate | None
) -> tuple[Period, dict[str, str]] | None:
    """The year of an undated figure whose clause opens with a count back from the article's
    date: "Ten years ago, trade between Peru and China was worth about $7 billion", "Hace diez
    años, el comercio bilateral apenas superaba …", "Há dez anos, o comércio … somava …" in a
    2019 text are of 2009 (the issue's relative years; the lead, stop 46: main left them with no
    period). Which year's data the writer took is a likely reading only: it may bear a figure
    out, never refute one. None without an article date or such a phrase before the figure."""
    if base is None or mention.kind not in DATING_KINDS:
        return None
    found = None
    for match in YEARS_AGO.finditer(folded, clause[0], mention.start):
        found = match
    if found is None:
        return None
    count = found.group("en") or found.group("es")
    unit = found.group("enunit") or found.group("esunit")
    years = _years_of("one" if count in ("a", "an") else count, unit)
    if years is None:
        return None
    year = base.date.year - years
    written = " ".join(found.group(0).split())
    period = Period("point", year, year, text=written)
    return period, _level("low", f"'{written}' counted from '{base.label()}'")


# A figure followed by the period it is compared from: "down 87.5 % from US$43 million in the
# same period of 2022", "frente a los US$43 millones del mismo período de 2022", "frente aos US$
# 43 milhões do mesmo período de 2022" (folded text at the figure's end; used with .match). The
# year is this figure's, with the months of the part-year period it is set against (round s18a:
# main took the sentence's "first half of the year" for the base figure and refuted it).
SAME_PERIOD_OF_AFTER = re.compile(
    r"[^\S\n]{0,2},?[^\S\n]{0,2}(?:(?:in|during|for)\s+the\s+|(?:en\s+el|durante\s+el|del?|no|do|"
    r"durante\s+o|en\s+los|de\s+los|durante\s+los|nos|dos|durante\s+os)\s+)?"
    r"(?:same\s+(?:period|months)|(?:mismo|mesmo|igual)\s+periodo|(?:mismos|mesmos|iguales)\s+meses"
    # "in the same month of 2020", "del mismo mes de 2020", "no mesmo mês de 2020", "in the same
    # quarter of 2023" (round 41a: main dated "compared to 1 billion dollars in the same month of
    # 2020" by the sentence's January 2021)
    r"|same\s+(?:month|quarter)|(?:mismo|mesmo|igual)\s+(?:mes|trimestre))"
    r"\s+(?:of|in|de|del|do|da)\s+(?:(?:el|o)\s+)?(?:ano\s+|year\s+)?(?P<year>(?:19|20)\d\d)\b"
)
# The same with "this year" for the year, at the figure's end: "de US$ 20,93 bilhões no
# acumulado até novembro de 2017 para US$ 28 bilhões em igual período deste ano", "to US$58
# billion in the same period this year", "en el mismo período de este año" (folded; used with
# .match). The figure is of the article's year, with the months of the part-year period it is set
# against (round 39c: main dated the later figure by the earlier one's January–November 2017).
SAME_PERIOD_THIS_YEAR_AFTER = re.compile(
    r"[^\S\n]{0,2},?[^\S\n]{0,2}(?:(?:in|during|for)\s+the\s+|(?:en\s+el|durante\s+el|del?|no|"
    r"do|em|durante\s+o|en\s+los|de\s+los|durante\s+los|nos|dos|durante\s+os)\s+)?"
    r"(?:same\s+(?:period|months)|(?:mismo|mesmo|igual)\s+periodo|(?:mismos|mesmos|iguales)\s+meses)"
    r"\s+(?:(?:of\s+)?this\s+year|(?:de\s+)?este\s+ano|deste\s+ano|do\s+ano\s+corrente"
    r"|del\s+presente\s+ano|del\s+ano\s+en\s+curso)(?![\w])"
)
# The same, before the figure in its own clause: "cuando en los mismos meses de 2024 habían
# llegado a US$648,8 millones", "quando no mesmo período de 2024 somavam US$ 648,8 milhões", "in
# the same months of 2024 they had reached $648.8 million" (folded text; searched between the
# clause's start and the figure, no other number between; round s20c/26c: main read "los mismos
# meses de 2024" as the whole of 2024 and bore a first-quarter figure out by the full year).
SAME_PERIOD_OF_BEFORE = re.compile(
    r"\b(?:(?:in|during|for)\s+the\s+|(?:en|durante|de|del|no|nos|do|dos|em)\s+"
    r"(?:(?:el|los|o|os)\s+)?)(?:same\s+(?:period|months)|(?:mismo|mesmo|igual)\s+periodo|"
    r"(?:mismos|mesmos|iguales)\s+meses)\s+(?:of|in|de|del|do|da)\s+(?:(?:el|o)\s+)?"
    r"(?:ano\s+|year\s+)?(?P<year>(?:19|20)\d\d)\b(?P<gap>[^\d]{0,60})$"
)
# "os US$ 115 bilhões registrados em 2019", "los US$ 115.000 millones registrados en 2019",
# "the US$115 billion recorded in 2019": a participle of record between the figure and a year
# dates the figure, a reported value of that year (a projection or another date of its clause
# is about something else: "poderá superar neste ano os US$ 115 bilhões registrados em 2019").
RECORDED_IN = re.compile(
    # (a comma may stand before the participle: "al récord de US$263.600 millones, registrado
    # en 2014")
    r",?\s{1,3}(?:(?:that|which)\s(?:was|were)\s|(?:que\s)?(?:se\s)?(?:fueron\s|foram\s)?)?"
    r"(?:recorded|registered|reported|posted|reached|registrad[oa]s?|alcanzad[oa]s?|"
    r"alcancad[oa]s?|atingid[oa]s?|reportad[oa]s?)"
    r"\s(?:in|en|em|no|na|el|durante|during)\s(?:(?:the\s)?(?:year\s)?|(?:el\s)?ano\s(?:de\s)?)"
    r"(?=(?:1[5-9]\d\d|20\d\d)\b)"
)
# A date of record set as a reference point: "tras la caída de 4% registrada en 2016", "o fluxo
# de comércio recorde …, registrado em 2013", "the record recorded in 2013" (folded text, read
# up to the year). It dates the figures of its own clause, never those of another clause or of
# a later sentence (round 14b): the text around it speaks of another time.
RECORD_PARTICIPLE_BEFORE = re.compile(
    r"(?:registrad[oa]s?|alcanzad[oa]s?|alcancad[oa]s?|atingid[oa]s?|observad[oa]s?|"
    r"(?:,\s|(?:that|which)\s(?:was|were)\s)(?:recorded|registered|reached|posted|set))"
    r"\s(?:in|en|em|no|na|el|durante|during)\s(?:(?:the\s)?(?:year\s)?|(?:el\s)?ano\s(?:de\s)?)$"
)
REFERENCE_CUE = re.compile(
    r"\b(?:recordes?|records?|maximos?|historic[oa]s?|historical|all-time|pico|peak|tras|after|"
    r"apos|depois\s+d[eoa]s?|despues\s+de|than|compared|frente|abaixo|acima|below|above|"
    r"debajo|encima|superior|inferior)\b"
)
# A record's reference point: "la cifra más alta desde 1994", "the highest since 1994", "o valor
# mais alto desde 1994", "el nivel más bajo desde 2009" (folded text, read up to "desde"/"since").
# The year starts the series the record is measured against; it dates no figure of another clause
# (round s15b: "…, la cifra más alta desde 1994, mientras que … bajó a 50 millones" read the 50
# million as a total since 1994).
SUPERLATIVE_BEFORE_SINCE = re.compile(
    r"\b(?:(?:mas|mais)\s+(?:alt[oa]s?|baj[oa]s?|baix[oa]s?|elevad[oa]s?)|highest|lowest|"
    r"largest|biggest|smallest|strongest|weakest|best|worst|recordes?|records?|maxim[oa]s?|"
    r"minim[oa]s?)(?:\s+[\w-]+){0,3}[,\s]{1,3}$"
)
# "in relation to", written alike by every pattern of a comparison's base (folded): "en
# relación con enero-junio de 2018", "con relación al año anterior", "em relação a 2019".
IN_RELATION_TO = r"(?:en|con)\s{1,2}relacion\s{1,2}(?:con|a|al)|em\s{1,2}relacao\s{1,2}ao?"
COMPARISON_BASE = re.compile(
    r"(?:than|que|compared\s+(?:with|to)|the\s+number|relative\s+to|frente\s+al?"
    # "subieron 110,2% frente al año pasado", "respecto al año anterior", "em relação ao ano
    # passado", "en comparación con 2023", "ante 2023".
    r"|respecto\s+(?:al?|del?)|en\s+comparacion\s+con|em\s+comparacao\s+com"
    # "un aumento de 24,5% en relación con enero-junio de 2018", "con relación al año
    # anterior" (round 35b: main dated the amount before it by the months compared with).
    rf"|{IN_RELATION_TO}"
    r"|\bante|\bsobre(?:\s+(?:o|os|a|as|el|los|la|las))?"
    # "an 18.8 percent year-over-year growth over 2016": the year compared with (round s17a).
    r"|(?:growth|increase|rise|decline|drop|fall|up|down)\s+over"
    # "que en igual período de 2024", "the same month of 2023": the comparison base, not the
    # figure's own period.
    r"|(?:same\s+(?:period|month|months)|(?:mesmo|mismo|igual|identico)\s+(?:periodo|mes)"
    r"|(?:mesmos|mismos|iguales|identicos)\s+meses)"
    r"(?:\s+(?:of|in|de|del|do|da))?"
    # "un 20 % más que el año anterior", "el doble que el año anterior", "o dobro do ano
    # anterior", "double the previous year", "duplicó la cifra del año anterior": the year
    # compared with, after a comparative or a multiple and an article (round 28b: main dated
    # "En 2017, … 47 millones de dólares, un 20 % más que el año anterior" by the year before
    # the article's and refuted it).
    r"|(?:mas|menos|mais)\s+(?:do\s+)?que(?:\s+(?:el|la|lo|o|a))?"
    # "valor 10% maior que o do ano anterior", "un 6% más que el del año anterior", "10% higher
    # than that of the previous year": "than that of" the year, a pronoun and "of" between (round
    # 36c: main dated text 418's figure by the year compared with, and the next paragraph's by it).
    r"|que\s+(?:o|a|os|as|el|la|lo|los|las)\s+(?:do|da|dos|das|del|de)"
    r"|than\s+(?:that|those)\s+(?:of|in)(?:\s+the)?"
    r"|(?:doble|dobro|triple|triplo)\s+(?:que|do|da|de|del)(?:\s+(?:el|la|lo|o|a))?"
    r"|(?:double|twice|triple|treble)(?:\s+(?:of|than))?"
    r"|(?:duplic|triplic|doubl|tripl)\w*\s+(?:la\s+cifra|el\s+valor|el\s+monto|o\s+valor"
    r"|o\s+montante|the\s+figure|the\s+value|the\s+amount|the\s+level)\s+(?:de|del|do|da|of)"
    r"(?:\s+(?:el|la|o|a))?"
    r")\s*$"
)
# "que" after a verb of saying or showing opens a clause ("las cifras muestran que en 2014 …",
# "o relatório indica que em 2014 …"); it is no comparison ("más que en 2014").
SAID_THAT = re.compile(
    r"(?<![\w])(?:muestra|muestran|mostro|mostraron|indica|indican|indico|indicaron|senala|senalan|"
    r"senalo|dijo|dice|dicen|afirma|afirmo|informa|informo|explica|explico|destaca|destaco|"
    r"revela|revelan|revelo|asegura|aseguro|precisa|preciso|estima|estimo|recuerda|recordo|"
    r"mostra|mostram|mostrou|indicam|indicou|aponta|apontam|apontou|revelam|revelou|disse|diz|"
    r"dizem|afirmou|informou|explicou|destacou|estimou|lembrou|lembra)\s+que\s*$"
)
# A comparison figure between a figure and the year after it: "totaled US$10,712, against
# 3,544 in 2016", "frente a 3.544 en 2016", "contra 3.544 em 2016": the year is the later
# figure's, not the first one's (folded text between them).
_AGAINST_CUES = (
    r"against|versus|vs\.?|compared\s+(?:with|to)|frente\s+a(?:os|o|s)?(?![\w])|contra|ante"
    r"|face\s+a|comparad[oa]s?\s+con|comparad[oa]s?\s+com"
)
# A hedge between the cue and the comparison figure: "against just US$13 billion in 2022",
# "frente a apenas 13.000 millones", "contra cerca de US$ 13 bilhões" (round 26b: main let the
# hedge hide the cue and dated the first figure by the base's year, and refuted it).
_AGAINST_HEDGE = (
    r"(?:(?:just|only|a\s+mere|some|about|around|roughly|nearly|almost|apenas|solo|solamente"
    r"|unos|unas|casi|cerca\s+de|alrededor\s+de|quase|aproximadamente)\s+)?"
)
# "up from US$13 billion in 2022", "down from $13 billion", "from US$13 billion in 2022": a base
# figure after "from" is told only with a currency sign (a year after "from" opens a span).
_FROM_BASE = (
    r"(?:(?:up|down)\s+from\s+" + _AGAINST_HEDGE + r"|from\s+" + _AGAINST_HEDGE + r"(?=us\$|\$))"
)
# The cues alone: a sentence where none occurs has no match of AGAINST_FIGURE in any part of
# it (see _may_set_against).
AGAINST_CUE = re.compile(_AGAINST_CUES + r"|from")
AGAINST_FIGURE = re.compile(
    r"(?<![\w])(?:(?:"
    + _AGAINST_CUES
    + r")\s+(?:(?:the|los|las|el|la|os|as|o|a)\s+)?"
    + _AGAINST_HEDGE
    + r"|"
    + _FROM_BASE
    + r")(?:us\$|\$|r\$)?\s?\d"
)
# An entity named as the complement of the counted thing: "20 countries of Latin America",
# "21 countries in LAC", "96 Spanish majors in China", "32 wind turbines in Chile's …".
COMPLEMENT = re.compile(
    r"^\s*(?:[\w'’\-]+\s+){0,4}?(?:of|in|from|across|de|en|em|da|do|na|no|del)\s+(?:the\s+|la\s+|el\s+|a\s+|o\s+)?$"
)
REGION_CODES = {"LAC"}
# An English possessive right after a name (folded; with .match at the name's end): "Panama's",
# "Panama’s".
POSSESSIVE_AFTER = re.compile(r"['’]s(?![\w])")
# The gap between China's name and the state that acts on it (folded): " by ", " por parte de
# ", " por ", " pelo ", " pela ".
AGENT_GAP = re.compile(
    r"\s{1,2}(?:by|por\s{1,2}parte\s{1,2}del?|por|pelo|pela)\s{1,2}"
    r"(?:(?:the|el|la|o|a)\s{1,2})?$"
)
# A place right after a date: "firmaron este martes 21 de agosto en Pekín", "on August 21 in
# Beijing", "em 21 de agosto em Pequim" (folded, the gap between the date and China's name): where
# the event took place, not whose date it is (round 39b: main read China as the date's entity and
# found no tie of El Salvador's to judge the signing day by).
DATE_PLACE_GAP = re.compile(r"^,?\s{1,3}(?:in|en|em)\s{1,3}$")
# What joins a date to the state it is of: ", com Cuba", ", con Cuba", ", with Cuba" (the state's
# article allowed).
DATE_WITH_STATE = re.compile(r"^,?\s*(?:com|con|with)\s+(?:a\s+|o\s+|la\s+|el\s+|the\s+)?$")
# The state named after these ranks above the subject: "Después de Brasil, China es …".
RANKED_ABOVE = re.compile(
    r"(?:despues\s+del?|detras\s+del?|after|behind|atras\s+d[eoa]|depois\s+d[eoa]|apos|tras|"
    # The state a rank's holder displaced: "China desplazó a Brasil como el principal socio
    # comercial del país", "overtook Brazil as", "superou o Brasil como" — the rival, never the
    # state whose partner is ranked (round 30b: main read Brazil's rank for Argentina's).
    r"desplazo|desplazando|desbanco|desbancou|supero|superou|ultrapassou|overtook|overtaken|"
    r"overtakes|displaced|displaces|replaced|reemplazo|sustituyo|substituiu)\s+"
    # … also with the year between the verb and the rival (round 40b: "China desplazó en 2016
    # a Venezuela como el mayor socio comercial del Gobierno cubano" was read as Venezuela's).
    r"(?:,?(?:in|en|em|no)\s(?:el\s)?\d{4},?\s)?"
    r"(?:the\s+|la\s+|el\s+|o\s+|a\s+|al\s+)?$"
)
# A state a rank's holder left behind, named between the verb and "behind" (folded): "o país
# asiático deixou o Brasil para trás e passou a ser o principal parceiro comercial dos
# argentinos", "dejó a Brasil atrás", "left Brazil behind"; or after them: "dejó atrás a
# Brasil", "deixou para trás o Brasil" (round 41c: main read Brazil's rank for Argentina's).
_LEFT_BEHIND_BEFORE = re.compile(
    r"(?<![\w])(?:deix(?:ou|a|aram|ando)|dej(?:o|a|aron|ando)|left|leaves|leaving)\s{1,3}"
    r"(?:(?:para\s{1,3}tras|atras|behind)\s{1,3})?(?:the\s{1,3}|la\s{1,3}|el\s{1,3}|o\s{1,3}|a\s{1,3})?$"
)
_LEFT_BEHIND_AFTER = re.compile(r"\s{1,3}(?:para\s{1,3}tras|atras|behind)(?![\w])")
_BEHIND_BEFORE = re.compile(
    r"(?:para\s{1,3}tras|atras|behind)\s{1,3}(?:the\s{1,3}|la\s{1,3}|el\s{1,3}|o\s{1,3}|a\s{1,3})?$"
)


def _displaced_rival(folded: str, e) -> bool:
    """Whether the state is set above a rank's holder or displaced by it (RANKED_ABOVE), or left
    behind by it ("deixou o Brasil para trás", "dejó atrás a Brasil", "left Brazil behind")."""
    before = folded[max(0, e.start - 24) : e.start]
    if RANKED_ABOVE.search(before):
        return True
    if _LEFT_BEHIND_BEFORE.search(before) is None:
        return False
    return bool(_BEHIND_BEFORE.search(before)) or bool(_LEFT_BEHIND_AFTER.match(folded, e.end))


# A state a figure is set behind ("el segundo mayor saldo negativo …, solo detrás de Brasil",
# "second only behind Brazil", "atrás do Brasil"): the one ranked above, never whose figure it is.
# Narrower than RANKED_ABOVE: "after" and "tras" also tell time ("after Brazil cut tariffs").
SET_BEHIND = re.compile(
    r"(?:(?:detras|atras)\s+(?:solo\s+|apenas\s+|so\s+)?d(?:el|e|o|a)|behind(?:\s+only)?|"
    r"only\s+to)\s+(?:the\s+|la\s+|el\s+|o\s+|a\s+)?$"
)
# A partner, supplier, market or creditor ranked in the words before a state set after it
# ("el socio comercial más importante de Cuba después de Venezuela", "Cuba's largest trading
# partner after Venezuela", "o maior parceiro de Cuba depois da Venezuela"): that state is the
# one ranked above (folded; searched in a bounded window ending at RANKED_ABOVE's cue).
RANKED_NOUN = re.compile(
    r"\b(?:socios?|partners?|parceiros?|proveedor(?:es)?|suppliers?|fornecedor(?:es)?|destinos?|"
    r"destinations?|mercados?|markets?|acreedor(?:es)?|creditors?|credor(?:es)?|prestamistas?|"
    r"lenders?|inversor(?:es)?|investors?|investidor(?:es)?|compradores?|buyers?|clientes?)\b"
)
# A state that follows the figure in a ranking ("o Brasil foi o maior receptor, com US$ 8,6
# bilhões, seguido pela Argentina", "seguido por Argentina", "followed by Argentina"): the next
# in the order, never whose figure stands before it (round 30c: main read Brazil's 8.6 billion of
# 2014 loans as Argentina's, the state nearest to it, and saved it from a refutation by
# Argentina's 7,000 million only with a doubt of the clause).
FOLLOWED_BY = re.compile(
    r"(?:seguid[oa]s?|followed|trailed)\s+(?:de\s+cerca\s+|closely\s+)?(?:por|de|by|pel[oa]s?)"
    r"\s+(?:the\s+|la\s+|el\s+|los\s+|las\s+|o\s+|a\s+|os\s+|as\s+)?$"
)
NEVER_FOCUS = {"CHN", "TWN", "HKG", "MAC"}
# The region named as the class a state is ranked in ("Ecuador became China's third largest
# borrower in Latin America and the Caribbean, taking in $18.4 billion", "el tercer mayor
# prestatario de China en América Latina y el Caribe, recibiendo …", "o terceiro maior tomador …
# na América Latina e no Caribe, recebendo …") (folded, searched in a bounded window that ends at
# the region's name): the rank's scope, never whose figure follows (round 32a: main read the
# state's loans as the region's and refuted them by the region's stored total).
RANK_SCOPE_BEFORE = re.compile(
    r"(?<![\w])(?:largest|biggest|main|top|leading|first|second|third|fourth|fifth|mayor|mayores"
    r"|principal|primer|primera|segundo|segunda|tercer|tercera|cuarto|quinto|maior|primeiro"
    r"|terceiro|quarto|quinto)(?:\s[\w'’\- ]{0,40}?)?\s(?:in|of|among|en|de|entre|na|no|nos|nas|da|do"
    r"|dos|das|del)\s(?:the\s|la\s|el\s|a\s|o\s)?$"
)
# The same rank with the region as its adjective, right after the rank word or its noun (folded,
# searched in a bounded window ending at the region): "Brazil, China's largest Latin American
# trade partner, reported …", "Brasil, el mayor socio latinoamericano de China, …", "o Brasil,
# maior parceiro latino-americano da China, …" (round 33a: main read the region's total).
RANK_ADJECTIVE_BEFORE = re.compile(
    r"(?<![\w])(?:largest|biggest|main|top|leading|first|second|third|fourth|fifth|mayor|mayores"
    r"|principal|primer|primera|segundo|segunda|tercer|tercera|cuarto|quinto|maior|primeiro"
    r"|terceiro|quarto)\s(?:[\w'’\- ]{0,30}\s)?$"
)
# What turns a region into the subject of its own clause: ", which", ", que", "where" (the region
# may then own the figure: "… in Latin America, which received $137 billion").
REGION_RELATIVE = re.compile(
    r"(?<![\w])(?:which|that|who|where|que|donde|onde|cuyo|cuja|cujo)(?![\w])"
)
# One of China's two policy banks named alone as a lender (folded): the China Development Bank,
# or China's Export-Import Bank. The store's loan totals are of the two banks together.
ONE_BANK_WHY = "one policy bank's lending, a part of the two banks' totals"
_DEVELOPMENT_BANK = re.compile(
    r"(?<![\w])(?:china\s+development\s+bank|banco\s+de\s+desarrollo\s+de\s+china"
    r"|banco\s+de\s+desenvolvimento\s+da\s+china|cdb)(?![\w])"
)
_EXIM_BANK = re.compile(
    r"(?<![\w])(?:(?:china\s+)?export-import\s+bank(?:\s+of\s+china)?|(?:china\s+)?eximbank"
    r"|(?:china\s+)?ex-?im\s+bank|banco\s+de\s+exportacion\s+e\s+importacion\s+de\s+china"
    r"|banco\s+de\s+exportacao\s+e\s+importacao\s+da\s+china|exim)(?![\w])"
)
# Both banks, or China's banks at large, named in the same stretch: their joint lending.
_BANKS_TOGETHER = re.compile(
    r"(?<![\w])(?:policy\s+banks|bancos\s+(?:de\s+politica|de\s+fomento|politicos)|both\s+banks"
    r"|ambos\s+bancos|os\s+dois\s+bancos|los\s+dos\s+bancos|two\s+banks)(?![\w])"
)
# A noun that takes up a quantity named before, before the figure (folded): "Brazil's share
# alone was …", "last year's total", "es el volumen más alto", "a cifra", "o montante" (not "a
# maior parte" after it); the plurals too ("the figures … crossed the $500 billion line", "las
# cifras", "os valores": round 42a, main read no metric).
TAKES_UP = re.compile(
    r"\b(?:share|portion|total|volume|figure|amount|sum|level|cifra|monto|volumen|nivel|parte|"
    r"cuota|participacion|suma|montante|fatia|parcela|soma|valor|value)(?:s|es)?\b"
)
# A sentence whose subject is the sentence before's (folded): it opens, after at most a phrase of
# time, on a verb of change or of reaching a level in the third person singular with no subject
# of its own: "En los primeros 10 meses de este año aumentó un 16,8 por ciento interanual, hasta
# 254.690 millones de yuanes (unos 35.000 millones de dólares)", "Nos primeiros dez meses do ano
# cresceu 16,8%, para …", "In the first ten months of this year it rose 16.8 percent to …".
SUBJECTLESS_CHANGE = re.compile(
    r"^(?:(?:en|in|em|no|na|nos|nas|durante|during|entre|between|de|from|hasta|until|ate)"
    r"\s[^,.;:]{0,60}?,?\s{1,2})?(?:it\s{1,2})?"
    r"(?:aumento|crecio|subio|cayo|bajo|disminuyo|alcanzo|sumo|llego|aumentou|cresceu|subiu|caiu|"
    r"recuou|diminuiu|alcancou|somou|chegou|rose|grew|increased|fell|declined|reached|totaled|"
    r"totalled|climbed)(?![\w])"
)
# A sentence that opens on a demonstrative and a flow noun takes up the flow of the sentence
# before (folded): "Esas ventas habían marcado un récord de $ 1.9 mil millones en 2015", "Estas
# exportaciones …", "Essas vendas …", "Those exports had peaked at …" (round r62b).
FLOW_TAKEN_UP = re.compile(
    r"^(?:(?:en|in|em|no|na)\s[^,.;:]{0,40}?,\s{1,2})?"
    r"(?:esas|estas|dichas|tales|essas|estas|tais|those|these|such)\s+"
    r"(?:ventas|exportaciones|importaciones|compras|envios|vendas|exportacoes|importacoes|"
    r"remessas|sales|exports|imports|shipments|purchases)\b"
)
# A sentence with no subject of its own that opens, after at most a phrase of time, on a verb of
# becoming (folded): "No ano passado, tornou-se o primeiro país a comprar do Brasil mais de …",
# "El año pasado se convirtió en el primer país en comprarle a Brasil …", "Last year it became
# the first country to buy from Brazil …" (round r63c). Its subject is the sentence before's.
SUBJECTLESS_BECAME = re.compile(
    r"^(?:(?:en|in|em|no|na|el|last|this)\s[^,.;:]{0,40}?,?\s{1,2})?(?:it\s{1,2})?"
    r"(?:tornou-se|se\s{1,2}tornou|passou\s{1,2}a\s{1,2}ser|se\s{1,2}convirtio|paso\s{1,2}a\s{1,2}ser"
    r"|became|has\s{1,2}become)(?![\w])"
)
# A sentence whose subject is China, named first after at most a phrase of time (folded):
# "Desde 2009, a China é o principal parceiro comercial do Brasil", "Since 2009 China has been
# Brazil's main trading partner", "Desde 2009, China es el principal socio comercial de Brasil".
CHINA_OPENS_AS_SUBJECT = re.compile(
    r"^(?:(?:desde|since|en|in|em|no|na|el|for)\s[^,.;:]{0,40}?,?\s{1,2})?(?:a\s{1,2})?"
    r"(?:china|pequim|beijing|pekin)\s{1,2}(?:e|es|is|has|ha|tem|foi|fue|was|se|sigue|segue|remains)"
    r"(?![\w])"
)
# A clause that tells the value of the clause before: ", con un valor de", ", with a value of",
# ", com um valor de", ", por un monto de" (folded).
VALUE_APPOSITION = re.compile(
    r",\s+(?:con|with|com|por|for)\s+(?:(?:un|una|um|uma|a)\s+)?"
    r"(?:valor|value|monto|montante|amount)\s+(?:de|of)\s"
)
# China's goods trade surplus with the world (metrics.csv), as "superávit" alone reads.
CHINA_WORLD_SURPLUS = "china_trade_surplus"
# Metrics of China's relation with a partner (stored with China as counterpart): a figure of
# one of them with only China named speaks of the article's partner, not of China alone.
BILATERAL_METRICS = {
    "trade_total",
    "trade_growth",
    "trade_china_imports",
    "trade_china_exports",
    "trade_balance",
    "trade_surplus",
    "trade_deficit",
    "loans_total",
    "loans_count",
    # One loan (or the loans of named works) "from China" to a state: the state's, as its
    # lending is ("Argentina received a US$4.7 billion loan from China", the lead, stop 47:
    # main read China's and found no row).
    "loan_single",
    # The share of commodities in a state's sales to China ("82,0% das vendas aos chineses").
    "primary_share_exports_to_china",
    # China's share of a state's exports ("os chineses ficam com 30,7% das exportações").
    CHINA_SHARE_OF_EXPORTS,
    CHINA_WORD,
}


@functools.lru_cache(maxsize=4)
def _tools(knowledge: KnowledgeView) -> tuple[EntityIndex, MetricLexicon]:
    return EntityIndex(knowledge), MetricLexicon(knowledge)


def extract(
    text: str | bytes,
    knowledge: KnowledgeView | None = None,
    lang: str | None = None,
    source: SourceText | None = None,
    article_date: ArticleDate | None = None,
) -> list[Claim]:
    """Every numeric claim in `text` (plain text, Markdown or HTML; str or UTF-8 bytes).

    `article_date`: the date relative dates are read against; by default the text's own
    dateline or front-matter date (article_date.find_article_date), else none."""
    knowledge = knowledge if knowledge is not None else KnowledgeView.from_folder()
    source = source if source is not None else prepare(text)
    refuse_data_dumps(source.text)
    base = article_date if article_date is not None else from_text(source.original)
    base_dict = base.to_dict() if base else None
    entity_index, lexicon = _tools(knowledge)
    entity_index = DocumentEntities(entity_index, source.text[:400_000])
    doc_lang = lang or detect_language(source.text, spelling=True)
    sentences = split_sentences(source.text, source.original if source.starts is None else None)
    about_lac = any(m.code == "LAC" for m in entity_index.find(source.text[:400_000]))
    decimal_mark = written_decimal_mark(source.text)
    about_state = _subject_state(
        [s for s in sentences[: LEAD_SENTENCES + 2] if not _dateline_only(s)][:LEAD_SENTENCES],
        entity_index,
    )
    # Every state the text names anywhere (not China, not the region): when it is one alone, a
    # bare flow "with China" in a sentence naming only China is that state's (round r55b).
    text_states = frozenset(
        m.code
        for m in entity_index.find(source.text[:400_000])
        if m.code not in NEVER_FOCUS | REGION_CODES
    )
    claims: list[Claim] = []
    by_paragraph: dict[int, list[Claim]] = {}
    reference_ids: set[str] = set()
    previous_folded = ""
    previous_paragraph = -1
    # The sentence before the previous one, for a share taken up over two sentences.
    second_folded = ""
    second_paragraph = -1
    before_periods: list[PeriodMention] = []
    # The period the nearest earlier sentence of the paragraph writes (round 14b).
    governing: Period | None = None
    governing_paragraph = -1
    governing_dated = False
    governing_at = -1
    # The governing period of the nearest earlier paragraph that writes a date.
    earlier_governing: Period | None = None
    # The one period the headline writes, if any: the article's subject time.
    headline: Period | None = None
    headline_read = False
    # Lending dated to a month, read as one loan of that year once the text is read: the
    # reading does not pass to the sums other states received ("…, seguida de Brasil con
    # $28.900 millones"), which take up the lending and its month as before.
    month_loans: set[str] = set()
    for index, sentence in enumerate(sentences):
        sentence_lang = lang or detect_language(sentence.text, default=doc_lang)
        mentions, periods, excluded = find_mentions(
            sentence.text, sentence_lang, sentence.heading, base, decimal_mark
        )
        folded = fold(sentence.text)
        if not sentence.heading:
            # "Suriname signed on in June that year": the year the sentence before names
            periods = read_month_of_that_year(periods, before_periods)
        # Days of a signing kept beside other figures (round 50c), read at low confidence below.
        event_days: set[tuple[int, int]] = set()
        if mentions:
            # "o saldo será de US$ 5 bilhões em julho" in a text of April: a month to come dates
            # a plan; the figure's period stays unread, as before the month to come was read
            # (round 49a reads it only as a date of its own).
            periods = [
                dataclasses.replace(
                    p,
                    period=Period(
                        "unresolved",
                        None,
                        None,
                        text=f"which year '{p.period.text}' means is unclear: the month comes"
                        f" after the article date {base.label()}",
                    ),
                )
                if base is not None and is_coming_month(folded, p.start, p.end, base)
                else p
                for p in periods
            ]
            # "The ministry said on Monday that China had replaced the
            # United States as Brazil's biggest trading partner" — a weekday dates the telling
            # or an event, not the sentence's figures: it is a claim only where it stands alone
            # (round 29d; its month as their period turned a dev rank from unverifiable to
            # supported by a stored month).
            # The same for a weekday with its day in brackets ("divulgado nesta quinta-feira
            # (5)"): the day of the telling, not the figures' month (round 46c). Beside a
            # meeting's ordinal alone it is the meeting's day ("A 4ª Reunião Ministerial do Fórum
            # China-Celac começou nesta terça-feira (13)"), a claim of its own for the meeting
            # rule below, never the ordinal's period (round 47c: main read no claim in it).
            meeting_only = all(
                m.kind is Kind.RANK or _one_decade(m, folded) for m in mentions
            ) and bool(MEETING_NAMED.search(folded))
            # "assinou na quarta-feira (13) um acordo …, ao longo de cinco anos": the day of a
            # signing is a claim of its own beside other figures (round 50c).
            event_days = {
                (p.start, p.end)
                for p in periods
                if not meeting_only
                and (
                    bracket_day_of_event(folded, p.start, p.end)
                    # "firmaron el miércoles un TLC que se negoció en 10 meses": a plain
                    # weekday beside the verb of a day's event is that event's day too
                    # (round r59a).
                    or weekday_of_event(folded, p.start, p.end)
                )
            }
            periods = [
                p
                for p in periods
                if (not WEEKDAY.fullmatch(folded, p.start, p.end) or (p.start, p.end) in event_days)
                and (
                    meeting_only
                    or not WEEKDAY_BRACKET_DAY.fullmatch(folded, p.start, p.end)
                    or (p.start, p.end) in event_days
                )
                # "La primera reunión ministerial del Foro … se abre hoy": the day of a meeting
                # whose ordinal the sentence writes is read below, as its written day is (round
                # 47b).
                and not (TODAY.fullmatch(folded, p.start, p.end) and not meeting_only)
            ]
        # The sentence's places, found once: the bracketed lists, the listed years and the
        # claims below all read them.
        entities = entity_index.find(sentence.text, folded)
        month_states: list[tuple[PeriodMention, str]] = []
        if not sentence.heading:
            month_states = _month_bracketed_states(folded, periods, entities)
            periods = _with_bracketed_state_years(
                sentence.text, folded, periods, entities, month_states
            )
        context = previous_folded if sentence.paragraph == previous_paragraph else ""
        # The sentence right before, also across one paragraph break (or the headline), and
        # the state its last claim is about.
        before_folded = previous_folded if previous_paragraph >= sentence.paragraph - 1 else ""
        before_entity = next(
            (
                c.entity
                for c in reversed(claims[-LOOKBACK_CLAIMS:])
                if c.sentence_index == index - 1
                and c.paragraph >= sentence.paragraph - 1
                and c.entity
                and c.entity not in NEVER_FOCUS
            ),
            None,
        )
        # The two sentences before, nearest first, each across at most one paragraph break.
        earlier_folded = [before_folded] if before_folded else []
        if earlier_folded and second_folded and second_paragraph >= previous_paragraph - 1:
            earlier_folded.append(second_folded)
        second_folded, second_paragraph = previous_folded, previous_paragraph
        previous_folded, previous_paragraph = folded, sentence.paragraph
        if (
            mentions
            and not sentence.heading
            and all(m.kind is Kind.COUNT and LENDERS_NOUN.search(m.noun.lower()) for m in mentions)
            and ZERO_LENDING.search(folded)
        ):
            # "China's two most active policy banks … made no new finance commitments … in
            # 2021", "los dos bancos no concedieron préstamos en 2021": the count names the
            # lenders; the sentence claims no lending in its year (round 33a: the count hid the
            # zero, a claim main never read).
            mentions = []
        # "Hace más de una década, los bancos chinos … y en 2020 no concedieron préstamos": "a
        # decade" (number_words.ONE_DECADE, stop 47) is a vague span beside the sentence's
        # dates, which stay claims of their own as in a sentence of dates only.
        decades = [m for m in mentions if _one_decade(m, folded)]
        dates_only = len(mentions) == len(decades) and not sentence.heading
        if dates_only:
            dated = [_date_mention(p) for p in periods if p.period.kind != "unresolved"]
            mentions = sorted(decades + dated, key=lambda m: m.start)
        elif not sentence.heading and all(
            m.kind is Kind.RANK or _one_decade(m, folded) for m in mentions
        ):
            # "Panama, the first country of the region to join the BRI, signed up in 2019":
            # a rank in apposition and the year of the main clause are two assertions; the
            # year is checked on its own. ("Cuba was the first country to establish relations,
            # in 1960" stays one dated rank.)
            ranks = [(m.start, m.end) for m in mentions]
            mentions = sorted(
                mentions
                + [
                    _date_mention(p)
                    for p in periods
                    if p.period.kind == "point"
                    and p.period.end_year
                    and not any(p.start < e and s < p.end for s, e in ranks)
                    and any(
                        APPOSITION.search(folded[: m.start]) and "," in folded[m.end : p.start]
                        for m in mentions
                    )
                ],
                key=lambda m: m.start,
            )
        meeting_days: set[int] = set()
        if (
            not sentence.heading
            and mentions
            and all(
                m.kind is Kind.RANK or _one_decade(m, folded) or _span_of_years(m) for m in mentions
            )
            and (MEETING_NAMED.search(folded) or SUMMIT_OR_ROUND_NAMED.search(folded))
        ):
            # "encabezó este lunes 13 de mayo la apertura de la cuarta reunión ministerial": the
            # month (or day) of a meeting whose ordinal the sentence writes is a claim of its
            # own, judged by the meeting rule only (no metric: round s18c). So are the days of
            # an n-th summit or round of talks ("a 6ª Cúpula do Brics, marcada para os dias 15
            # e 16 de julho", "the 1st round of FTA talks … from January 19 to 21"; round r60c:
            # main left them unread beside the ordinal), which no stored meeting bears out.
            ranks = [(m.start, m.end) for m in mentions]
            days = [
                _date_mention(p)
                for p in periods
                if p.period.kind == "point"
                and p.period.end_year
                and p.period.start_month is not None
                and not any(p.start < e and s < p.end for s, e in ranks)
                and not any(m.kind is Kind.DATE and m.start == p.core_start for m in mentions)
            ]
            meeting_days = {id(m) for m in days}
            mentions = sorted(mentions + days, key=lambda m: m.start)
        if not sentence.heading and not dates_only:
            # "Desde 2010, año en que entró en vigor el TLC, las exportaciones … crecieron 12,7
            # por ciento": the year in apposition is the date of an event, a claim of its own
            # beside the figures of the sentence (round s17b).
            taken = [(m.start, m.end) for m in mentions]
            mentions = sorted(
                mentions
                + [
                    _date_mention(p)
                    for p in periods
                    if (p.period.start_year or _until_when_event(folded, p))
                    and (
                        _year_of_event_after(folded, p.end)
                        # "en el año 2016, cuando se estableció la Asociación Estratégica": the
                        # year a "when" clause of a tie's event follows (round 52a); also a
                        # "since" year, "Desde el 2010, cuando entró en vigencia el TLC …, el
                        # comercio bilateral ha crecido 9%", "Since 2010, when the FTA took
                        # effect, …": the event's date as well as the start of the figure's
                        # span (round r55b: main read it only as the span of "9%").
                        or (
                            p.period.kind in ("point", "since")
                            and year_when_event_after(folded, p.end)
                        )
                        # "kept up contacts until June 1, 2007, when the two governments set up
                        # diplomatic relations", "hasta 2007, cuando entablaron relaciones":
                        # the "until" date the "when" clause dates, a claim beside the
                        # sentence's ranks (round r54a: main read it only in a sentence of no
                        # other claim; the ties rule reads it as the point it is).
                        or _until_when_event(folded, p)
                        # "cresceu 21 vezes desde a primeira visita de Lula ao país, em 2004":
                        # the year of the visit is a claim of its own.
                        or (p.period.kind == "point" and _event_since_before(folded, p.start))
                        # "FLACSO, founded in 1957, has 18 member states": the year of the
                        # founding is a claim of its own, not the period of the count.
                        or (p.period.kind == "point" and _founded_in_apposition(folded, p))
                        # "Chile y China firmaron en octubre del 2006 un TLC que … 7.336
                        # productos", "Tratado de Libre Comercio …, firmado en 2010", "the ties
                        # they first established in 1980": the date a past signing or
                        # establishing verb governs is the event's, a claim of its own beside
                        # the sentence's figures (rounds 26b, 26c).
                        # "en vigor desde el 1 de agosto de 2011": a "since" date after
                        # "in force" is the day the treaty took effect (round 27b).
                        or (p.period.kind in ("point", "since") and _in_force_before(folded, p))
                        or (p.period.kind == "point" and _verb_before(SIGNED_IN_BEFORE, folded, p))
                        # "the Chinese Garden were completed in 2013 and 2015, …, and two
                        # early childhood institutions … are under way": the years a past
                        # verb of completion governs date the works, claims of their own
                        # (round 29a: main took them as the period of the count).
                        or (
                            p.period.kind == "point"
                            and _verb_before(COMPLETED_IN_BEFORE, folded, p)
                        )
                        # "adopted in 2013", "ratificado … en junio de 2011", "Criado em 2015":
                        # the date of another past event (lead, stop 47).
                        or (p.period.kind == "point" and _verb_before(EVENT_IN_BEFORE, folded, p))
                        # "cut its 85-year ties with Taiwan in August 2018" (lead, stop 51)
                        or (
                            p.period.kind == "point"
                            and TAIWAN_NAMED.search(folded) is not None
                            and _verb_before(BREAK_IN_BEFORE, folded, p)
                        )
                        # "El 26 de marzo de 2023, China y Honduras anunciaron el
                        # establecimiento de relaciones diplomáticas, …, 13 países": the date
                        # opening a sentence whose main clause names a tie dates the tie, a
                        # claim of its own beside the sentence's figures (round 27b).
                        or (p.period.kind == "point" and _date_opening_tie_clause(folded, p))
                        # "Cuba fue, en 1960, el primer país de América Latina en establecer
                        # lazos diplomáticos": the year between commas before a "first"/"last"
                        # rank dates the event the rank orders (round s20c/26c).
                        or (p.period.kind == "point" and _year_before_first_rank(folded, p))
                        # "El pasado 21 de agosto se cumplieron seis años desde que …": the
                        # day is the anniversary of the tie, a claim of its own (round 28b).
                        or (p.period.kind == "point" and _anniversary_day(folded, p))
                        # "the fiftieth anniversary of the establishment of diplomatic
                        # relations between the two countries on June 27, 1972": the date is
                        # the relations' own, a claim of its own (round 51b).
                        or (p.period.kind == "point" and _relations_date_of_anniversary(folded, p))
                        # "la iniciativa, que China lanzó en 2013 y que llegó a la región en
                        # 2017": the year a relative clause closes (round 28b).
                        or (p.period.kind == "point" and _date_of_relative_clause(folded, p))
                        # "la idea que Xi Jinping presentó en julio de 2014 durante su gira
                        # por Latinoamérica", "como havia anunciado em sua viagem à América
                        # Latina em 2014": the date of a trip is a claim of its own beside the
                        # sentence's figures (lead, stop 36; rule visit-date judges it).
                        or (p.period.kind == "point" and _date_of_a_trip(folded, p))
                        # "a $23 billion surplus under a 2005 trade agreement", "un acuerdo
                        # comercial de 2005": the year that names an agreement is its date, a
                        # claim of its own, never the figure's period (round 33a).
                        or (
                            p.period.kind == "point"
                            and _agreement_year(folded, p.core_start, p.core_end)
                        )
                        # "aprovaram … o Programa de Cooperação China-Celac 2015-2019", "el Plan
                        # de Acción Conjunto 2019-2021": the years a cooperation plan's name
                        # ends with are the plan's, a claim of its own beside the sentence's
                        # figures, never their period (round 46c; rule plan-span judges it).
                        or (p.period.kind == "range" and _plan_years(folded, p))
                        # "US$ 5,9 bilhões em 2021, … o maior desde 2017", "the highest since
                        # 2017": the year a record counts from is a claim of its own, never the
                        # period of the sentence's figures (round 49a).
                        or (p.period.kind == "since" and _record_since(folded, p))
                    )
                    and not any(p.start < e and s < p.end for s, e in taken)
                ],
                key=lambda m: m.start,
            )
        listed_years: dict[int, str] = {}
        if not sentence.heading and not dates_only and len(periods) >= 2:
            # "(Costa Rica, en 2007; Panamá, en 2017; El Salvador, en 2018; y Nicaragua, en
            # 2021)", "Chile (in force since 2006), Peru (in force since 2010) and Costa Rica
            # (in force since 2011)": a list pairing states with years of their own dates each
            # state's event, a claim of its own beside the sentence's count (round s18c).
            taken = [(m.start, m.end) for m in mentions]
            # "after Costa Rica (2007) and Panama (June 2017)": a state of the list dated by a
            # month in brackets is one of its items (round 35a: main read neither date beside
            # the sentence's "third country").
            companions = [
                (p, code)
                for p, code in month_states
                if not any(p.start < e and s < p.end for s, e in taken)
            ]
            paired = _years_of_listed_states(
                folded, periods, entities, taken, tuple(code for _p, code in companions)
            )
            if paired:
                paired = sorted(paired + companions, key=lambda pair: pair[0].start)
            added = [(_date_mention(p), code) for p, code in paired]
            listed_years = {id(m): code for m, code in added}
            mentions = sorted(mentions + [m for m, _code in added], key=lambda m: m.start)
        if base is not None and base.start >= 0:
            # The dateline dates the article; it is no claim.
            s_start, _ = source.to_original(sentence.start, sentence.end)
            mentions = [m for m in mentions if not (base.start <= s_start + m.start < base.end)]
            # Nor is it the period of the claims that follow it in the same sentence
            # ("Buenos Aires, August 2025 — exports to China were US$6,299 million").
            periods = [p for p in periods if not (base.start <= s_start + p.start < base.end)]
        if not sentence.heading:
            # "In that year", "ese año", "naquele ano": the year its sentence or the one before
            # names, when it names one.
            periods = read_that_year(sentence.text, folded, periods, before_periods)
            # "Desde então", "since then": from the year named before.
            periods = read_since_then(sentence.text, folded, periods, before_periods)
            # "No ano seguinte", "the following year": the year after the one named before.
            periods = read_following_year(sentence.text, folded, periods, before_periods)
            before_periods = periods
        if sentence.paragraph != governing_paragraph:
            if governing_paragraph >= 0 and governing_dated:
                earlier_governing = governing
            governing, governing_paragraph, governing_dated = None, sentence.paragraph, False
        governing_before, governing_before_at = governing, governing_at
        if periods and not sentence.heading:
            governing, governing_dated = _governing_period(folded, periods, base), True
            governing_at = index
        if sentence.heading and not headline_read:
            headline, headline_read = _governing_period(folded, periods, base), True
        if not mentions:
            continue
        mentions = _amounts_carried(mentions, by_paragraph.get(sentence.paragraph, []), folded)
        mentions = _flow_amounts_carried(mentions, by_paragraph, sentence.paragraph, folded)
        mentions = _scale_carried(mentions, folded, sentence.text)
        mentions = _bracketed_list_amounts(mentions, sentence.text)
        mentions = _restated_amounts(mentions, folded)
        clauses = _clauses(folded)
        for mention in mentions:  # a mention never straddles clauses ("between 300 and 320")
            clauses = _join_clauses(clauses, mention.start, mention.end)
        wanted = frozenset().union(*(lexicon.metrics_for(m.kind, m.unit) for m in mentions))
        if dates_only:
            wanted = wanted | {
                m
                for m, unit in lexicon.units.items()
                if unit in ("usd_bn", "usd_tn", "usd_m", "cny_bn", "count")
            }
        hits = lexicon.hits(folded, context, wanted)
        if sentence_lang == "pt":
            hits = _without_article_china(hits, sentence.text)
        hits = _without_opened_relations(hits, folded)
        zero = _zero_metric(folded, hits, lexicon, sentence_lang) if dates_only else None
        sentence_hits: list[tuple[Claim, object]] = []
        respective = _respective_pairs(mentions, entities, folded)
        respective_flows = _respective_flows(mentions, folded)
        respective_years = _respective_years(mentions, periods, folded)
        for mention in mentions:
            clause = _clause_of(clauses, mention.number_start)
            if mention.kind is Kind.MONEY and (after := _conversion_after(folded, mention.end)):
                # "152 bilhões de dólares (803 bilhões de reais) de comércio bilateral no ano
                # passado": the figure's clause runs on past the bracket that restates it, so the
                # date and words after it are its own (the restated amount keeps its own clause).
                clause = (clause[0], max(clause[1], _clause_of(clauses, after - 1)[1]))
            paragraph_claims = by_paragraph.setdefault(sentence.paragraph, [])
            recent = paragraph_claims[-LOOKBACK_CLAIMS:]
            entity = _entity_for(
                mention,
                entities,
                clause,
                recent,
                index,
                about_lac,
                folded,
                about_state,
                before_entity,
            )
            hit = None
            if mention.kind in {Kind.MONEY, Kind.PERCENT, Kind.COUNT, Kind.DATE}:
                hit = choose_metric(
                    lexicon,
                    hits,
                    mention.kind,
                    mention.unit,
                    mention.number_start,
                    mention.number_end,
                    (mention.noun_start, mention.noun_end),
                    clause,
                    entity,
                    folded,
                    mention.end,
                )
            if (
                hit is not None
                and hit.start >= clause[1]
                and VALUE_APPOSITION.match(folded, clause[0])
            ):
                # "Las importaciones representaron el 92.4%, con un valor de US$22.3 mil
                # millones, y las exportaciones …": the value told in apposition belongs to the
                # clause before, never to the flow named after it (still another clause's word).
                hit = choose_metric(
                    lexicon,
                    [h for h in hits if h[2] <= clause[0]],
                    mention.kind,
                    mention.unit,
                    mention.number_start,
                    mention.number_end,
                    (mention.noun_start, mention.noun_end),
                    clause,
                    entity,
                    folded,
                    mention.end,
                )
            # "el déficit comercial de México con China se duplicó: de 30,075 millones de
            # dólares en 2018 pasó a 62,707 millones en 2023": the clause after a colon spells
            # out the one before it, whose subject names what its figures measure. A money
            # figure whose own clause names nothing reads that clause too, at low confidence
            # (the word is in another clause): it may be borne out, never refuted.
            lead = clause
            if mention.kind is Kind.MONEY and clause[0] > 0 and folded.startswith(":", clause[0]):
                lead = (_clause_of(clauses, clause[0] - 1)[0], clause[1])
            colon_lead = False
            if hit is None and lead != clause:
                hit = choose_metric(
                    lexicon,
                    [h for h in hits if h[1] >= lead[0] and h[2] <= clause[0]],
                    mention.kind,
                    mention.unit,
                    mention.number_start,
                    mention.number_end,
                    (mention.noun_start, mention.noun_end),
                    lead,
                    entity,
                    folded,
                    mention.end,
                )
                colon_lead = hit is not None
            metric = hit.metric if hit else None
            # "China's trade with each of the four was above US$1 billion", "superó los 1.000
            # millones en cada caso": a figure said of each of several, not of the entity's
            # total, whatever the clause's trade word (nor the paragraph's metric).
            each_of = mention.kind in (Kind.MONEY, Kind.COUNT) and _each_of_in(
                folded, clause[0], clause[1]
            )
            if (
                metric == "primary_share_exports_to_china"
                and hit is not None
                and (hit.start >= mention.end or not (clause[0] <= hit.start < clause[1]))
                and china_share_of_exports(
                    folded, clause, mention.number_start, mention.end, before_folded
                )
            ):
                # "as exportações … para a China somaram US$ 89,7 bilhões, o equivalente a 26,8%
                # do total exportado pelo país, com a soja à frente, seguida pelo minério de
                # ferro": the percent restates the amount of exports to China as a share of all
                # exports; the products named after it are what led those sales, not the basket
                # the percent measures (round s21a: read as the commodities' share).
                hit, metric = None, None
            if metric is None and mention.kind is Kind.PERCENT:
                # "China … se llevó el 13% de sus exportaciones", "el 9,1% de las exportaciones
                # fueron hacia China": China's share of the state's exports.
                metric = china_share_of_exports(
                    folded, clause, mention.number_start, mention.end, before_folded
                )
            elif (
                mention.kind is Kind.PERCENT
                and metric is not None
                and metric.endswith("_growth")
                and (
                    SHARE_OF_WHOLE_AFTER.match(folded, mention.end)
                    or _share_in_words(mention, folded)
                    or (
                        SHARE_OF_BILATERAL_AFTER.match(folded, mention.end)
                        and not CHANGE_WORD.search(
                            folded, max(clause[0], mention.start - 40), mention.start
                        )
                    )
                )
            ):
                # "apenas un 16,5% del comercio bilateral", "41% of bilateral trade": the part of
                # the two-way trade one side holds, unless a change is told before it ("un
                # crecimiento del 12% del comercio bilateral"); round 29f: main refuted such a
                # share by the region's growth rate of 1.1 %.
                # "30% de todo comércio brasileiro", "26% of all trade": a share of a whole, not
                # a rate of growth, whatever trade word stands beside it. So is a share written
                # in words: "half of its trade with Asia", "la mitad del comercio con Asia", "a
                # metade do comércio", "a third of" (round s24b: main refuted "la mitad" by the
                # region's growth rate of 1.1 %).
                hit, metric = None, None
            share_doubt = None
            if (
                mention.kind is Kind.PERCENT
                and metric is None
                and LOAN_SHARE_CUE.search(folded)
                and _state_just_before(mention, entities, folded)
            ):
                # "the largest recipients of Chinese loans were Venezuela (52%), Brazil (17%)",
                # "los mayores receptores de préstamos chinos fueron Venezuela (52%)": each
                # state's share of China's lending (round s16a). Published shares bear it out and
                # never refute it (databases count loans their own way).
                metric, hit = LOANS_SHARE_OF_LAC, None
            if (
                mention.kind is Kind.PERCENT
                and metric is None
                and SHARE_OF_CHINA_TRADE_AFTER.match(folded, mention.end)
            ):
                # "trade with Latin America … made up 8.2% of China's total imports and
                # exports", "representó el 8,2% del comercio exterior de China": the part of
                # China's trade with the world that the entity holds (round s17a). Published
                # shares bear it out and never refute it (each source counts its own basket).
                metric, hit = SHARE_OF_CHINA_TRADE, None
            if (
                mention.kind is Kind.PERCENT
                and metric is None
                and china_as_destination(folded, mention.end)
            ):
                # "30% de todo comércio brasileiro terá a China como destino": the part of the
                # state's goods bound for China, its exports' share. Read, not written ("comércio"
                # is no export word): it may be borne out, never refuted.
                metric, hit = CHINA_SHARE_OF_EXPORTS, None
                share_doubt = _level("low", "a share with China as its destination read as exports")
            if (
                mention.kind is Kind.PERCENT
                and metric is None
                and share_level_of_exports_before(
                    folded, clause, mention.number_start, mention.end, earlier_folded
                )
            ):
                # "A fatia chinesa nas vendas externas do Brasil ganhou quatro pontos … Com a
                # pandemia, a fatia da China disparou e chegou a 32,3% em 2020": the share the
                # sentences before name, of exports (round r55c). Read, not written: it may be
                # borne out, never refuted.
                metric, hit = CHINA_SHARE_OF_EXPORTS, None
                share_doubt = _level(
                    "low", "a share of China whose exports a sentence before names"
                )
            if (
                mention.kind is Kind.MONEY
                and not (metric and ("surplus" in metric or "balance" in metric))
                and (
                    BALANCE_BEFORE.search(
                        folded[max(clause[0], mention.start - 40) : mention.start]
                    )
                    or BALANCE_AFTER.match(folded, mention.end)
                )
            ):
                # "um saldo positivo de 29,2 mil milhões", "a surplus of US$ 20 billion": a
                # balance, whatever trade word stands near it.
                hit, metric = None, "trade_balance"
            elif (
                mention.kind is Kind.MONEY
                and (metric is None or metric in DIRECTED_METRICS | {"trade_total"})
                and (balance := BALANCE_WORD.search(folded, lead[0], mention.start))
                and (
                    hit is None
                    or hit.end <= balance.start()
                    or _trade_of_balance(folded, balance.end(), hit.start)
                )
                and not FLOW_WORD.search(
                    folded,
                    hit.end if hit is not None and hit.start >= balance.end() else balance.end(),
                    mention.start,
                )
            ):
                # "Los envíos chilenos a China crecieron, de modo que el saldo de la balanza
                # comercial bajó … y quedó en 5.279 millones": the balance is the clause's
                # subject, nearer the number than the flow word.
                hit, metric = None, "trade_balance"
                colon_lead = balance.start() < clause[0]
            if (
                mention.kind is Kind.MONEY
                and metric == CHINA_WORLD_SURPLUS
                and entity
                and entity not in NEVER_FOCUS | REGION_CODES
                and entity in _states_in(entities, clause)
            ):
                # "China registró un superávit de 95.000 millones de dólares con México", "o
                # superávit do Brasil com a China": a balance with a state named in its clause
                # is the balance of that pair, not China's surplus with the world; its sign and
                # side are read below (_signed_balance).
                hit, metric = None, "trade_balance"
            if metric == "loans_total" and (
                SINGLE_LOAN_AFTER.match(folded[mention.end :])
                or SINGLE_LOAN_BEFORE.search(folded[max(0, mention.start - 60) : mention.start])
                or LOANS_FOR_A_WORK.match(folded[mention.end : clause[1]])
            ):
                metric = "loan_single"
            subject_doubt = None
            if mention.kind is Kind.MONEY and metric in (
                None,
                "trade_total",
                "trade_china_imports",
                "trade_china_exports",
            ):
                no_subject: set[int] = set()
                by_verb = _verb_direction(
                    folded, clause, mention, entities, sentence.text, no_subject
                )
                if (
                    by_verb is None
                    and folded[clause[0] : mention.start].strip() == "("
                    and clause[0] > 0
                ):
                    # "lo que exportó al país asiático ($us 288 millones)": a figure alone in
                    # brackets is the amount of the clause it follows; that clause's verb names
                    # its direction (main took the "importó" of the sentence's first figure).
                    # (Its own name: `governing` is the period that dates the next sentences;
                    # a clause bound to it crashed the next undated sentence, round s18c.)
                    preceding_clause = _clause_of(clauses, clause[0] - 1)
                    by_verb = _verb_direction(
                        folded, preceding_clause, mention, entities, sentence.text
                    )
                if by_verb and _total_word_before(metric, hit, folded, mention):
                    # "… and imported US$53 billion, bringing total trade to US$170 billion",
                    # "para un intercambio total de US$170.000 millones": the total named right
                    # before the figure is its metric, not the flow verb of the clause (the
                    # lead, stop 47: main read China's exports and missed the parts' sum).
                    by_verb = None
                if by_verb:
                    metric, hit = by_verb, None
                if by_verb and no_subject:
                    # "o país exportou … para a China", "the firms shipped … to China": whose
                    # sales they are is read from the paragraph, and a part (firms, a sector)
                    # may be meant: it may be borne out, never refuted.
                    subject_doubt = _level("low", "no seller named before the verb")
            state_side = None
            if (
                hit is not None
                and mention.kind is Kind.MONEY
                and BARE_DIRECTION.get(hit.phrase) == "trade_china_exports"
                and metric in ("trade_china_imports", "trade_china_exports")
                and (importer := _importer_before_china(folded, hit.end, entities))
            ):
                # "as importações argentinas da China", "las importaciones de Argentina de
                # China": the state named between the import word and "de/da China" is the
                # buyer, so China is the origin, not the importer (main read China's imports).
                # With "de/da/do China" a likely reading, not a sure one (round 15c; round 14d
                # read it at medium): "de" names an origin less plainly than "desde" or
                # "from", and it may be borne out, never refuted. "desde China" stays sure.
                origin = FROM_CHINA_AFTER.search(folded, hit.end, hit.end + 60)
                metric, hit, entity = "trade_china_exports", None, importer
                if origin is None:
                    state_side = _level(
                        "low", "the state's imports 'de/da China': a likely reading of the origin"
                    )
            if (
                hit is not None
                and hit.phrase in BARE_DIRECTION
                and metric in ("trade_china_imports", "trade_china_exports")
                and entity
                and entity not in NEVER_FOCUS | REGION_CODES
                and not _china_owns_flow(folded, hit.start, hit.end)
            ):
                metric = BARE_DIRECTION[hit.phrase]
                # The side is inferred, not written: a figure read this way may be supported,
                # never contradicted.
                state_side = _level("low", f"bare '{hit.phrase}' read from {entity}'s side")
            elif (
                hit is not None
                and hit.phrase in BARE_DIRECTION
                and metric in DIRECTED_METRICS
                and not CHINESE_SIDE.search(folded, clause[0], clause[1])
                and (paired := _directed_elsewhere(folded, clause))
            ):
                # "las exportaciones a China subieron 6,9% …, mientras que las importaciones
                # crecieron 7% a US$ 13.380 millones": a bare flow word beside the state's flow
                # to (or from) China in another clause is the same state's other flow with
                # China, not China's trade with the world. The side is borrowed from the other
                # clause: it may be borne out, never refuted.
                metric = BARE_DIRECTION[hit.phrase]
                state_side = _level(
                    "low", f"bare '{hit.phrase}' read beside '{paired}' in another clause"
                )
            elif (
                hit is None
                and metric is None
                and mention.kind is Kind.MONEY
                and (bare := BARE_TRADE_WORD.search(folded, clause[0], mention.start))
                and not CHINESE_SIDE.search(folded, clause[0], clause[1])
                and (paired := _directed_elsewhere(folded, clause))
            ):
                # "las ventas al mercado chino sumaron U$S 3.070 millones, mientras que las
                # compras subieron a U$S 8.297 millones": a bare "compras"/"ventas"/"purchases"
                # beside the state's flow with China in another clause is the same state's
                # other (or same) flow with China, as a bare "importaciones" is (round s22d:
                # main borrowed the earlier sentence's metric, the sales). Borne out, never
                # refuted.
                metric = BARE_TRADE[bare.group(1)]
                state_side = _level(
                    "low", f"bare '{bare.group(1)}' read beside '{paired}' in another clause"
                )
            if (
                hit is None
                and metric is None
                and mention.kind is Kind.MONEY
                and entity
                and entity not in NEVER_FOCUS | REGION_CODES
                and (flow := FLOW_PARTICIPLE_AFTER.match(folded, mention.end)) is not None
                and flow.end() <= clause[1]
                and set(_states_in(entities, clause)) <= {entity}
                and not any(flow.end() <= e.start < clause[1] and e.code != "CHN" for e in entities)
            ):
                # "supera en 34,4 % los US$2.652,5 millones importados en 2024", "os US$ 2,65
                # bilhões importados em 2024": the participle of a flow right after the figure
                # names the state's own imports (or exports) with China, when its clause names
                # no other partner (round 42b: main read no metric). The side is inferred: it
                # may be borne out, never refuted.
                metric = FLOW_PARTICIPLE[flow.group(1)[:6]]
                state_side = _level(
                    "low",
                    f"the participle '{flow.group(1)}' after the figure, read from {entity}'s side",
                )
            if mention.kind is Kind.MONEY and (
                (
                    hit is not None
                    and (
                        hit.phrase in BARE_DIRECTION
                        or (
                            OPEN_PREPOSITION.search(hit.phrase)
                            and not CHINESE_SIDE.search(hit.phrase)
                        )
                    )
                    and metric in DIRECTED_METRICS
                )
                or (hit is None and metric is None)
            ):
                # "Las importaciones de Brasil desde China", "as compras da Argentina da
                # China", "exports from Chile to China": the preposition before China names
                # the state's own flow.
                # From the flow word on, when a name's "y"/"e" split its clause ("importaciones
                # de América Latina | y el Caribe desde China").
                start = min(clause[0], hit.start) if hit is not None else clause[0]
                directed = _directed_flow(folded, (start, clause[1]), sentence.text, sentence_lang)
                if directed:
                    metric, state_side = directed, None
            if (
                mention.kind is Kind.MONEY
                and hit is not None
                and metric in DIRECTED_METRICS
                and entity
                and entity not in NEVER_FOCUS | REGION_CODES
                and (counter := _counterpart_of_flow(folded, hit, entities, entity)) is not None
                and not (counter == metric and CHINESE_SIDE.search(folded))
            ):
                # "$us 1.462 millones en importaciones desde Bolivia y $us 1.134 millones en
                # exportaciones hacia Bolivia" (told from China's side), "imports from Brazil
                # totalled …": the state named as the flow's origin or destination is its other
                # side, so the figure is the state's opposite flow (round s16a: main read
                # Bolivia's own imports and exports, "importaciones desde" at high confidence).
                # Who the other side is is read, not written: never refuted.
                metric = counter
                state_side = _level(
                    "low", f"'{hit.phrase}' from or to {entity}: read from the other side"
                )
            if (
                mention.kind is Kind.MONEY
                and (region_flow := _china_flow_with_region(folded, clause, mention, entity))
                is not None
            ):
                # "China bought $243 billion from Latin America …, while its sales to the
                # region came to $245 billion", "mientras sus importaciones desde la región
                # subieron a 243.000 millones": the possessive's owner is China, named before
                # it, and the region is the flow's other side, so the flow is China's (round
                # s17a: main read the region's own imports and refuted China's purchases by its
                # sales). Whose "its" is, is read, not written: never refuted.
                metric, entity, hit = region_flow[0], region_flow[1], None
                state_side = _level(
                    "low", "a flow of 'its/sus/suas' read as China's, with the region"
                )
            if (
                mention.kind is Kind.MONEY
                and hit is not None
                and metric == "trade_china_imports"
                and ORIGIN_OF_CHINA.fullmatch(hit.phrase)
                and POSSESSIVE_BEFORE.search(folded, max(0, hit.start - 12), hit.start)
            ):
                # "Trinidad e Tobago viu suas importações da China somarem US$ 380,9 milhões",
                # "sus importaciones de China": a possessive owns the imports, so China is their
                # origin, not the importer (round s18a: main read China's imports at high
                # confidence and refuted the figure by Trinidad and Tobago's exports). Whose
                # they are is read from the sentence: it may be borne out, never refuted.
                metric = "trade_china_exports"
                state_side = _level("low", f"'{hit.phrase}' after a possessive: imports from China")
            if (
                mention.kind is Kind.MONEY
                and metric in ("trade_china_imports", "trade_china_exports")
                and BOTH_FLOWS.search(folded, max(0, mention.start - 80), mention.start)
                and not RESPECTIVELY.search(folded)
                and sum(m.kind is Kind.MONEY for m in mentions) == 1
            ):
                # "Brazil's exports and imports with China totalled $36.44 billion", "as
                # exportações e importações … somaram US$ 36,44 bilhões": both flows and one
                # figure, their sum (main read one direction and called the total contradicted).
                metric, hit, state_side = "trade_total", None, None
            if (
                mention.kind is Kind.MONEY
                and metric in ("trade_china_imports", "trade_china_exports")
                and SUM_OF_FLOWS_BEFORE.search(folded, max(0, mention.start - 30), mention.start)
                and _both_flows_told(folded, 0, mention.start)
            ):
                # "Brazil exported US$ 104 billion to China and imported US$ 53 billion, for a
                # total of US$ 157 billion", "num total de", "para un total de": the sum of the
                # two flows told before it, the trade total (stop 42: main read the last flow's
                # direction, so the parts-total check never saw the total).
                metric, hit, state_side = "trade_total", None, None
            if id(mention) in respective_flows:
                # "Peru's exports to and imports from China were $13.2bn and $9.9bn,
                # respectively": the first figure is the first flow named, the second the other.
                metric, china_side = respective_flows[id(mention)]
                hit = None
                if china_side:
                    # "las exportaciones e importaciones de China": China's own flows, or the
                    # trade with China? The side is a guess; never enough to contradict.
                    state_side = _level("low", "flows of 'de China' read from China's side")
            own_entities = [
                e
                for e in entities
                if e not in _after_comparison(folded, mention.end, entities)
                # "…, which almost quadruples the deficit with Brazil": another balance's
                # partner, not this figure's side (round 41a)
                and not balance_partner_after(folded, e.start, mention.number_start)
            ]
            if (
                entity == "CHN"
                and metric in BILATERAL_METRICS
                and len(states := _states_in(own_entities, clause)) == 1
            ):
                # "Em 2022, o Brasil comprou US$ 60,7 bilhões da China": China is the
                # counterpart of every bilateral figure; the one state of the clause is its side.
                entity = states[0]
            if (
                metric is None
                and mention.kind is Kind.MONEY
                and WITH_SALES_BEFORE.search(
                    folded[max(clause[0], mention.start - 30) : mention.start]
                )
                and CHINA_SUBJECT_AFTER.match(folded, mention.end)
            ):
                # "com vendas de US$ 47,6 bilhões, a China ficou com 21,72% das compras
                # brasileiras": the sales belong to the subject that follows, China; its sales
                # to the state are the state's imports from China (dev u548). Read from the
                # sentence's shape: it may be borne out, never refuted.
                metric = "trade_china_exports"
                share_doubt = _level("low", "sales of the subject China that follows the figure")
            if (
                metric is None
                and mention.kind is Kind.MONEY
                and (
                    role := CHINA_ROLE_WITH.search(
                        folded, max(0, mention.start - 140), mention.start
                    )
                )
            ):
                # "China siguió siendo el principal proveedor de Chile, con US$ 19.325 millones",
                # "China was Peru's top buyer, with US$ 20 billion": China's sales to (or purchases
                # from) the state it supplies (or buys from), read from the sentence's shape
                # (round s16a): it may be borne out, never refuted.
                supplies = role.group("role") in SUPPLIER_ROLES
                metric = "trade_china_exports" if supplies else "trade_china_imports"
                share_doubt = _level(
                    "low",
                    f"China as '{role.group('role')}' with the figure: its sales or purchases",
                )
            inherited = False
            if metric is None and mention.kind in (Kind.MONEY, Kind.PERCENT):
                # "China Customs reported US$518.47 billion for 2024" continues the previous
                # sentence's topic: take the metric of the paragraph's last claim of its kind.
                metric = _inherited_metric(mention, recent, folded)
                if metric in OPPOSITE_FLOW and (verb := _verb_right_before(folded, mention)):
                    # "exportó al gigante asiático US$ 402,7 millones e importó US$ 3.393
                    # millones", "sold US$ 37.4 billion to China and bought US$ 19.8 billion":
                    # the verb right before the figure tells its flow; the earlier figure's is
                    # the other one (lead, stop 43: main read both as the first flow).
                    metric = verb
                if metric == OTHER_TRADER and china_right_after(folded, mention.end):
                    # "exportou US$ 10,4 bilhões para os Estados Unidos e US$ 2,3 bilhões para a
                    # China": the second figure names China as its side; its flow is the
                    # sentence's verb's, not the first figure's partner's (stop 42).
                    metric = _flow_of_the_verb(folded, mention.start)
                    if (
                        metric is not None
                        and entity == "CHN"
                        and len(states := _states_in(entities, (0, mention.start))) == 1
                    ):
                        entity = states[0]  # the one state the sentence names, as the seller
                inherited = metric is not None
            if (
                metric is None
                and mention.kind is Kind.PERCENT
                and (taken := SHARE_TAKEN_UP.search(folded, 0, mention.number_start))
                and (prior := next((c for c in reversed(recent) if c.kind is Kind.PERCENT), None))
                and prior.metric
            ):
                # "30% de todo comércio brasileiro terá a China como destino. Em 2014, este
                # percentual era de 18%": the percentage taken up is the paragraph's last
                # percent's measure (dev u834). Borrowed, so it may be borne out, never refuted.
                metric, inherited = prior.metric, True
                share_doubt = _level(
                    "low", f"'{taken.group(0).strip()}' takes up {prior.text} of the paragraph"
                )
            if (
                metric is None
                and mention.kind is Kind.MONEY
                and received_sum(
                    folded,
                    mention.number_start,
                    bool(_state_just_before(mention, entities, folded)),
                )
            ):
                # "El pasado año Brasil recibió 10.650 millones de dólares", "Bolivia, con 850
                # millones": in a text about lending, a sum a state received is its loans.
                metric = next(
                    (c.metric for c in reversed(claims) if c.metric in LOAN_METRICS), None
                )
                if metric is None and _china_lending_told(sentences, index):
                    # No figure read as lending before it, but the headline or an earlier
                    # sentence names China's lending ("A China dobra o seu financiamento à
                    # América Latina", "os empréstimos chineses", "Chinese loans"): the sums
                    # the states received are its loans (round 41c: the page's "investimento"
                    # for the year's total left "o Brasil recebeu US$ 10,650 bilhões" unread).
                    metric = "loans_total"
                inherited = metric is not None
            borrowed = None
            if (
                metric is None
                and mention.kind is Kind.MONEY
                and before_folded
                and TAKES_UP.search(folded, 0, mention.number_start)
            ):
                # "Brazil, Ecuador, and Venezuela took 92 percent of all lending to the region
                # in 2016. ¶ Brazil's share alone was … $15.2 billion": a money figure whose
                # sentence names no metric but takes a quantity up ("share", "total", "el
                # volumen", "a cifra") speaks of the metric the sentence before names. ("The
                # new port cost US$3.5 billion" takes nothing up: no metric.)
                # The last money figure of the sentence before is the quantity taken up, read
                # with its own words and direction: "Las importaciones de El Salvador desde
                # China llegaron en 2025 a $3,566.2 millones, el nivel más alto …, según los
                # datos del BCR. ¶ El monto supera en 34.4 % los $2,652.5 millones de 2024"
                # (round s20b: main read no metric, or China's imports, from that sentence's
                # words). Else the phrase of the sentence before that would head a figure at
                # its end. Borrowed, either may bear the figure out, never refute it.
                prior = _last_money_claim_before(claims, index, sentence.paragraph)
                if prior is not None:
                    metric, inherited = prior.metric, True
                else:
                    borrowed = _metric_before(lexicon, before_folded, mention, entity)
                    if borrowed is not None:
                        metric, inherited = borrowed.metric, True
            if (
                metric is None
                and mention.kind is Kind.MONEY
                and before_folded
                and SUBJECTLESS_CHANGE.match(folded)
            ):
                # "… el comercio bilateral entre China y Perú creció a una tasa media anual del
                # 14,6 por ciento. En los primeros 10 meses de este año aumentó un 16,8 por ciento
                # interanual, hasta 254.690 millones de yuanes (unos 35.000 millones de dólares)":
                # a sentence with no subject of its own goes on with the sentence before's, whose
                # metric its levels take (round 46b: main read no metric). Borrowed, so it may
                # bear a figure out, never refute it.
                borrowed = _metric_before(lexicon, before_folded, mention, entity)
                if borrowed is not None:
                    metric, inherited = borrowed.metric, True
            if (
                metric is None
                and mention.kind is Kind.MONEY
                and before_folded
                and FLOW_TAKEN_UP.match(folded)
            ):
                # "… las exportaciones de China a Cuba bajaron … hasta $ 1 mil millones … ¶ Esas
                # ventas habían marcado un récord de $ 1.9 mil millones en 2015": the flow the
                # demonstrative takes up is the one of the sentence before's last money figure
                # (round r62b: main read no metric). Borrowed, so it may bear a figure out,
                # never refute it.
                prior = _last_money_claim_before(claims, index, sentence.paragraph)
                if prior is not None:
                    metric, inherited = prior.metric, True
            if (
                metric is None
                and mention.kind is Kind.MONEY
                and before_folded
                and SUBJECTLESS_BECAME.match(folded)
                and CHINA_OPENS_AS_SUBJECT.match(before_folded)
                and (verb := _verb_right_before(folded, mention))
            ):
                # "Desde 2009, a China é o principal parceiro comercial do Brasil. No ano
                # passado, tornou-se o primeiro país a comprar do Brasil mais de US$ 100
                # bilhões": the sentence goes on with the sentence before's subject, China, so
                # its buying is the state's exports to China, its selling the state's imports
                # (round r63c: main read no metric). Borrowed, so it may bear a figure out, never
                # refute it.
                metric, inherited = OPPOSITE_FLOW[verb], True
            if metric in LOAN_METRICS and other_lender(
                sentence.text,
                folded,
                mention.number_start,
                tuple(
                    (e.start, e.end) for e in entities if e.code not in NEVER_FOCUS | REGION_CODES
                ),
                mention.end,
            ):
                # "el Banco Mundial bajó sus préstamos … hasta los 8.000 millones": not China's.
                metric, hit, inherited = OTHER_LENDER, None, False
            if metric in LOAN_METRICS and repaid_sum(folded, clause[0], mention.number_start):
                # "a Venezuela pagou US$ 5 bilhões em empréstimos chineses": paid back, not lent
                # (round s20c: refuted by the year's lending). Nothing stored.
                metric, hit, inherited = REPAID, None, False
            if (
                metric in LOAN_METRICS | {"trade_balance"}
                and mention.kind is Kind.MONEY
                and outstanding_debt(
                    folded, clause, mention.number_start, mention.end, metric == "trade_balance"
                )
            ):
                # "Of the resulting debt to China, $6.5 billion was still outstanding as of
                # 2018", "o saldo devedor do Equador com a China": a debt still owed is a stock,
                # not a span's lending nor a trade balance (round 32a). Nothing stored.
                metric, hit, inherited = OUTSTANDING, None, False
            if metric in DIRECTED_METRICS | BILATERAL_METRICS and other_trader(
                folded, mention.number_start
            ):
                # "detrás de Estados Unidos, que le vendió mercancías por 4.677,8 millones":
                # another partner's trade with the state, not China's (round s15b).
                metric, hit, inherited = OTHER_TRADER, None, False
            if (
                metric in DIRECTED_METRICS | BILATERAL_METRICS
                and mention.kind is Kind.MONEY
                and flow_with_other_partner(folded, clause, mention.end)
            ):
                # "Colombia sold US$ 100 million to Japan", "le vendió a Taiwán 100 millones":
                # a flow with another partner named as its other side (round s17a).
                metric, hit, inherited = OTHER_TRADER, None, False
            if (
                metric in DIRECTED_METRICS | BILATERAL_METRICS
                and mention.kind is Kind.MONEY
                and flow_with_region_state(
                    folded,
                    clause,
                    mention.number_start,
                    tuple(
                        (e.start, e.end)
                        for e in entities
                        if e.code not in NEVER_FOCUS | REGION_CODES
                    ),
                )
            ):
                # "Venezuela, a la que la isla compró bienes por más de 1.582 millones": a
                # flow between two states of the region, China named nowhere before the
                # figure (round 40b). Nothing stored.
                metric, hit, inherited = OTHER_TRADER, None, False
            if (
                metric in DIRECTED_METRICS | BILATERAL_METRICS | FLOW_TOTALS
                and mention.kind is Kind.MONEY
                and balance_with_other_partner(folded, mention.number_start)
            ):
                # "… a deficit with the People's Republic of China, of 1,135 million dollars,
                # which almost quadruples the deficit with Brazil (308 million dollars)": the
                # owner's balance with another partner, not Brazil's with China (round 41a).
                metric, hit, inherited = OTHER_TRADER, None, False
            if (
                metric in DIRECTED_METRICS | BILATERAL_METRICS
                and mention.kind is Kind.MONEY
                and partner_right_after(folded, mention.end)
            ):
                # "exported approximately US$10.4 billion of goods to the United States and
                # almost US$2.3 billion to China": the figure's own phrase names its partner,
                # though China is named later in the clause (round 39a).
                metric, hit, inherited = OTHER_TRADER, None, False
            if (
                metric in DIRECTED_METRICS | BILATERAL_METRICS
                and mention.kind is Kind.MONEY
                and _set_against_with_state(folded, mention, entities)
            ):
                # "o comércio com a China movimentou US$ 3,1 bilhões, contra US$ 2,89 bilhões com
                # o Brasil", "trade with China reached US$21.6 billion, against US$28.4 billion
                # with Brazil": the figure set against a figure of trade with China names its own
                # partner, a state of the region, right after it; it is the subject's trade with
                # that state, not the state's with China (round 41c: main refuted Argentina's
                # trade with Brazil as Brazil's with China).
                metric, hit, inherited = OTHER_TRADER, None, False
            if (
                metric in DIRECTED_METRICS | BILATERAL_METRICS
                and mention.kind is Kind.MONEY
                and (
                    partner_before_figure(folded, mention.start)
                    or flow_to_partner_before(folded, clause, mention.start)
                )
                and not china_right_after(folded, mention.end)
            ):
                # "las exportaciones chilenas a China sumaron US$ 38.447 millones y a Estados
                # Unidos US$ 16.000 millones", "followed by the United States with US$16
                # billion": the partner named right before the figure is its other side, not
                # China (round s18b: main refuted the second figure as Chile's exports to China).
                metric, hit, inherited = OTHER_TRADER, None, False
            if (
                metric in DIRECTED_METRICS | BILATERAL_METRICS
                and entity != "CHN"
                and mention.kind in (Kind.MONEY, Kind.PERCENT)
                and world_trader(sentence.text, folded, mention.number_start, mention.end)
            ):
                # "el comercio exterior de Chile sumó US$ 175.565 millones", "Chile's total
                # trade with the world": the state's trade with every partner (round s16a).
                metric, hit, inherited = WORLD_TRADER, None, False
            if (
                metric == "trade_total"
                and hit is not None
                and mention.kind is Kind.MONEY
                and before_folded
                and THAT_TRADE.search(folded, max(0, hit.start - 14), hit.start)
                and (borrowed_flow := _metric_before(lexicon, before_folded, mention, entity))
                is not None
                and borrowed_flow.metric in ("trade_china_exports", "trade_china_imports")
            ):
                # "Las exportaciones de China a Cuba bajaron con fuerza. … ese comercio ya se
                # había reducido a unos $ 1.9 mil millones en 2015", "esse comércio", "that
                # trade": the trade taken up is the flow the sentence before names (round 34b:
                # main read the two sides' total and left Reuters' figures of China's exports
                # unjudged). Borrowed, so it may be borne out, never refuted.
                metric, hit, inherited = borrowed_flow.metric, None, True
            if each_of:
                metric, hit, inherited = None, None, False
            if (
                mention.kind is Kind.COUNT
                and metric is not None
                and mention.noun
                and (
                    counted := next(
                        (
                            c
                            for c, _hit in reversed(sentence_hits)
                            if c.kind is Kind.COUNT and c.metric == metric and c.noun
                        ),
                        None,
                    )
                )
                and _noun_stem(counted.noun) != _noun_stem(mention.noun)
            ):
                # "una exención de visado para cinco países …, y presentó cinco programas": a
                # count of another noun counts another thing, not the measure the sentence's
                # earlier count took (round s20b: "quatro programas" was refuted by the pledge
                # of visa-free entry for five countries).
                metric, hit, inherited = None, None, False
            if (
                mention.kind is Kind.COUNT
                and metric is not None
                and any(
                    other.kind is Kind.COUNT
                    and other.end <= mention.start
                    and DENOMINATOR_BETWEEN.match(folded, other.end, mention.start)
                    for other in mentions
                )
            ):
                # "twenty-five of 31 countries in Latin America had negotiated …, and 21 of
                # them had joined the Belt and Road", "21 de los 31 países", "21 dos 31
                # países": the number after "of" is the whole the first counts within, not
                # the measure (round 29a: main refuted the 31 by the stored 21 members).
                metric, hit, inherited = None, None, False
            if (
                mention.kind is Kind.COUNT
                and metric is not None
                and hit is not None
                and any(
                    other.kind is Kind.COUNT
                    and mention.end <= other.start
                    and OF_THEM_AFTER.match(folded, max(other.number_end, other.start))
                    and _metric_word_only_after(lexicon, hit, folded, mention, other.start)
                    for other in mentions
                )
            ):
                # "veinticinco de los 31 países … habían negociado inversiones chinas, y 21 de
                # ellos se habían sumado a la Franja y la Ruta", "e 21 deles tinham aderido": the
                # later count is a part of the earlier one, whose measure the later clause's
                # phrase is not (round 29a: main refuted the 25 by the stored 21 members).
                metric, hit, inherited = None, None, False
            if (
                mention.kind is Kind.COUNT
                and metric is not None
                and hit is not None
                and mention.noun
                and not (mention.noun_start <= hit.start < max(mention.noun_end, mention.end))
                and _noun_names_other_thing(mention.noun, hit.phrase)
            ):
                # "two early childhood institutions, a Confucius Institute building and a
                # children's hospital", "dos escuelas infantiles y un Instituto Confucio": the
                # count counts its own noun, which the metric's phrase beside it does not name
                # (round 29a: main refuted "two schools" by the region's Confucius Institutes).
                metric, hit, inherited = None, None, False
            if (
                mention.kind is Kind.COUNT
                and metric in TIE_COUNT_METRICS
                and tie_count_of_no_china_tie(
                    folded, clause, mention.end, hit.start if hit is not None else None
                )
            ):
                # "Three countries of the region have free trade agreements with the United
                # States", "Tres países de la región negocian tratados de libre comercio con
                # China": no count of China's ties held, which the ties table and the stored
                # counts are (round 33d: main bore both out by the three FTAs in force).
                metric, hit, inherited = None, None, False
            if (
                mention.kind is Kind.PERCENT
                and metric is not None
                and metric.endswith("_growth")
                and _economy_grows(folded, clause, mention)
            ):
                # "La economía china creció 5,2% en 2023", "A economia chinesa cresceu 5,2%",
                # "a year in which China's GDP grew 5.2%": the growth of an economy, not of its
                # trade (round s18a: main refuted it with the region's trade growth, 1.1 %).
                metric, hit, inherited = GDP_GROWTH, None, False
            if (
                metric in ("china_exports_world", "china_imports_world")
                and entity == "CHN"
                and mention.kind is Kind.MONEY
                and (CHINA_AS_BUYER if metric == "china_exports_world" else CHINA_AS_SELLER).search(
                    folded, clause[0], clause[1]
                )
            ):
                # "In 2010 its exports of asphalt, … and copper-zinc to China were worth $35.4
                # million": exports TO China are not China's exports to the world, but a
                # state's sales to China; whose, the partner reading below says (round s18a).
                metric = (
                    "trade_china_imports"
                    if metric == "china_exports_world"
                    else "trade_china_exports"
                )
                hit, inherited = None, False
            entity_doubt = None
            if (
                entity == "CHN"
                and metric in BILATERAL_METRICS
                and not any(e.code not in NEVER_FOCUS for e in own_entities)
                and not SUBREGION.search(folded)
            ):
                # ("… South America's second-largest trading partner, with trade rising from $18
                # billion in 2002 to $450 billion in 2022": the sentence names its partner, a
                # part of the region the store does not hold, so the partner is not the
                # article's subject; round 29a: main bore the 2002 figure out by the region's.)
                # "En los primeros 11 meses de 2017 el comercio sumó …, según las Aduanas de
                # China": China is one side of the figure; the other is the article's subject.
                partner = next(
                    (
                        c.entity
                        for c in reversed(claims)
                        if c.entity and c.entity not in NEVER_FOCUS
                    ),
                    # A headline, before any claim: the one state the lead names ("Vendas à
                    # China saltam de US$ 1 bilhão …" over "o Brasil exportou …").
                    "LAC" if about_lac else about_state,
                )
                if partner:
                    entity = partner
                    entity_doubt = (
                        _level("medium", f"{partner}, the one state the text names, its {flow}")
                        if (
                            flow := _sole_state_flow(
                                folded,
                                sentence.text,
                                mention,
                                metric,
                                partner,
                                text_states,
                                about_lac,
                            )
                        )
                        # and its sentence names (or takes up) the state's own statistics: a
                        # bare flow in a paragraph about one sector ("Perú celebra sus cifras
                        # agrícolas. Las exportaciones a China alcanzaron …") may be the
                        # sector's, and is not refuted by the state's total (the lead, stop 52)
                        and (
                            _partner_side(folded)
                            or _partner_side_taken_up(folded, sentences, index)
                        )
                        else _level(
                            "low",
                            f"only China named: the partner {partner} is the article's subject",
                        )
                    )
            years_of_ties = (
                mention.kind is Kind.DURATION
                and YEARS_OF_DIPLOMATIC_RELATIONS.match(folded, mention.end) is not None
            )
            # "It is the first free-trade pact inked between China and a Central American
            # country", "Es el primer tratado de libre comercio entre China y un país
            # centroamericano": a first of a pair whose other side is "a … country", in a
            # sentence that names only China, is the article's state's (round 46a: main ranked
            # China and judged nothing).
            # "In 2007 Ventura led the celebrations of the 35th anniversary of diplomatic
            # relations together with Yang Jiechi", "… del 35.º aniversario de las relaciones
            # diplomáticas junto con Yang Jiechi", "… do 35º aniversário das relações
            # diplomáticas com Yang Jiechi": an ordinal anniversary of the diplomatic relations
            # in a sentence that names only China (its officials) is the anniversary of China's
            # ties with the article's state (round 50a: main left it China's and judged nothing).
            anniversary_of_ties = (
                mention.kind is Kind.RANK
                and ANNIVERSARY_WORD.search(folded, mention.start, mention.end) is not None
                and ANNIVERSARY_OF_DIPLOMATIC_RELATIONS.match(folded, mention.end) is not None
            )
            first_with_a_state = (
                mention.kind is Kind.RANK
                and mention.value == 1
                and FIRST_WITH_A_STATE.match(folded, mention.end) is not None
            )
            if (
                entity_doubt is None
                and (
                    mention.kind is Kind.DATE
                    # "The two countries are marking the 35th anniversary of diplomatic
                    # relations", "Los dos países celebran el 35.º aniversario …", "Os dois
                    # países comemoram o 35º aniversário …": an anniversary of the pair's ties,
                    # as a date of them is (round 45a: main left it China's and judged nothing).
                    or (
                        mention.kind is Kind.RANK
                        and ANNIVERSARY_WORD.search(folded, mention.start, mention.end) is not None
                    )
                    or years_of_ties
                    or first_with_a_state
                )
                # A sentence that names no state nor China at all ("Según aquel texto, los
                # lazos entre los dos países se han mantenido firmes desde que abrieron
                # relaciones diplomáticas el 28 de junio de 1974", after "entre Caracas y
                # Pekín"): the pair is the one named before, as when only China is named
                # (round r54b: main left the date with no entity and judged nothing).
                and (entity is None or entity in REGION_CODES | NEVER_FOCUS)
                and (
                    BOTH_COUNTRIES.search(folded)
                    or RELATIONS_RAISED.search(folded)
                    or RELATIONS_SET_UP_WITH_CHINA.search(folded)
                    or (mention.kind is Kind.DATE and FTA_WITH_CHINA.search(folded))
                    or (mention.kind is Kind.DATE and AGREEMENT_WITH_CHINA.search(folded))
                    # "Minister Sealy and Chinese Ambassador Wang Ke unveiled a plaque
                    # commemorating 40 years of diplomatic relations" (a Barbados text): China's
                    # relations with the article's state, as an anniversary of them is (round
                    # 46a: main left the count China's and judged nothing). Borne out only.
                    or (
                        (years_of_ties or first_with_a_state or anniversary_of_ties)
                        and entity == "CHN"
                    )
                )
                and not any(e.code not in NEVER_FOCUS | REGION_CODES for e in entities)
            ):
                # "el Tratado de Libre Comercio entre ambos países, en vigor desde el 1 de agosto
                # de 2011, fue … el tercero con un país latinoamericano": "both countries" are
                # China and the article's state, whose tie the date is, not the region's
                # (round 27b); a likely reading, never sure enough to refute.
                partner = next(
                    (
                        c.entity
                        for c in reversed(claims)
                        if c.entity and c.entity not in NEVER_FOCUS | REGION_CODES
                    ),
                    about_state,
                )
                if partner and partner not in NEVER_FOCUS | REGION_CODES:
                    entity = partner
                    entity_doubt = _level(
                        "low",
                        f"'both countries': China and {partner}, the article's state"
                        if BOTH_COUNTRIES.search(folded)
                        else f"relations raised to a partnership: China and {partner},"
                        " the article's state"
                        if RELATIONS_RAISED.search(folded)
                        else f"only China named: the partner {partner} is the article's subject",
                    )
            if (
                entity_doubt is None
                and entity
                and entity == about_state
                and not any(e.code == entity for e in entities)
                and not any(c.entity == entity for c in recent)
            ):
                # Named in the headline or lead only: a likely reading, not a sure one.
                entity_doubt = _level("low", f"{entity}, the state the article's lead names")
            if (
                entity_doubt is None
                and entity
                and entity == before_entity
                and not any(e.code == entity for e in entities)
                and not any(c.entity == entity for c in recent)
            ):
                entity_doubt = _level("low", f"{entity}, the entity of the sentence before")
            if entity_doubt is None and entity and not any(e.code == entity for e in entities):
                # Carried from an earlier claim read with doubt ("20 percent", ARG from the
                # lead, then "reaching US$228.6 billion"): the doubt is carried with it.
                carrier = next((c for c in reversed(recent) if c.entity == entity), None)
                carried = (carrier.confidence.get("entity") or {}) if carrier else {}
                if carried.get("level") == "low":
                    entity_doubt = carried
            if (
                metric in LOAN_METRICS
                and about_lac
                and entity
                and entity not in REGION_CODES
                and not any(e.code not in NEVER_FOCUS | REGION_CODES for e in entities)
                and policy_banks_named(folded)
                and not borrower_named_after(sentence.text, mention.end)
            ):
                # "That is slightly more than the US$863 million that CDB and Ex-Im Bank issued in
                # 2022": in a text about the region, the policy banks' lending with no borrower
                # named is their lending to the region, not to the state of an earlier sentence
                # (round s16b). A likely reading: it may be borne out, never refuted.
                entity = "LAC"
                entity_doubt = _level("low", "the region: the policy banks named, no borrower")
            if id(mention) in listed_years:
                # "(Costa Rica, en 2007; Panamá, en 2017 …)": the state the year is paired with.
                entity = listed_years[id(mention)]
                entity_doubt = _level("low", f"{entity}: the state the year is listed with")
            if id(mention) in respective:
                # "Chile y Perú … 43 y 25 mil millones, respectivamente": each figure is the
                # state named in the same place of the list. A pairing by position, not by
                # syntax: it may bear a figure out, never refute it.
                entity = respective[id(mention)]
                entity_doubt = _level("low", f"{entity}: paired in order by 'respectively'")
            if (
                mention.kind is Kind.MONEY
                and entity
                # the region too: "las exportaciones de la región de Antofagasta" read "región"
                # as Latin America (lead, stop 43: refuted by the whole region's exports)
                and entity not in NEVER_FOCUS | (REGION_CODES - {"LAC"})
                and (place := _subnational_before(sentence.text, folded, clause, mention, entities))
            ):
                # "As exportações do Rio de Janeiro para a China somaram US$ 20 bilhões em 2023",
                # "la provincia de Santa Fe exportó …": a state or province's figure, not its
                # country's (round s20c: refuted by Brazil's 104). It may be borne out, never
                # refuted.
                entity_doubt = _level(
                    "low", f"'{place}': a state or province, not {entity} as a whole"
                )
            if (
                entity_doubt is None
                and mention.kind is Kind.DATE
                and entity not in NEVER_FOCUS
                and _china_as_place_after(mention, entities, folded)
            ):
                # "firmó el 17 de noviembre en Pekín diecinueve acuerdos", "visitó la Ciudad
                # Prohibida el 17 de noviembre en Pekín, tras establecer relaciones": China
                # named after the date as its place was passed over, and the state taken instead
                # may own another event of the sentence. Borne out, never refuted.
                entity_doubt = _level("low", f"{entity}: China named after the date as its place")
            if (
                entity == "LAC"
                and entity_doubt is None
                and not any(e.code == "LAC" and e.strong for e in entities)
                and (part := _part_of_region_named(folded, before_folded))
            ):
                # "… La Habana es el primer socio comercial chino en el Caribe …: el intercambio
                # con la región pasó … a 4.300 millones": "the region" takes up the part of it
                # named (the Caribbean, Central America, South America), not the whole of Latin
                # America (round s24b: main refuted the Caribbean's 4,300 million by the whole
                # region's 489 billion). It may be borne out, never refuted.
                entity_doubt = _level("low", f"'the region' may be '{part}', a part of it")
            period, period_doubt = _period_for(
                mention,
                periods,
                clause,
                sentence.text,
                folded,
                recent,
                metric,
                base,
                claims,
                reference_ids,
                governing_before,
                headline if not sentence.heading else None,
                earlier_governing if not sentence.heading else None,
                governing_before_at,
                mentions,
            )
            if mention.kind is Kind.MONEY and (
                paired := _from_to_years(folded, mention, mentions, periods)
            ):
                period, period_doubt = paired
            if mention.kind is Kind.MONEY and (
                landed := _level_after_a_span(folded, mention, periods)
            ):
                period, period_doubt = landed
            if (
                mention.kind in (Kind.MONEY, Kind.PERCENT, Kind.COUNT)
                and period is not None
                and period.kind == "point"
                and period.end_year
                and (base is None or period.end_year < base.date.year)
                and (present := PRESENT_AFTER.match(folded, mention.end)) is not None
            ):
                # "has grown from $16 billion in 2000 to $400 billion today", "pasó de 16.000
                # millones de dólares en 2000 a 400.000 millones de dólares hoy", "passou de US$
                # 16 bilhões em 2000 para US$ 400 bilhões hoje": the figure told "today" is of
                # the article's time, not of the year of the other figure (round r61a: main
                # refuted the 400 billion by the stored totals of 2000). Which year "today"
                # means is not written: it may be borne out, never refuted.
                word = " ".join(present.group(0).strip(" ,").split())
                period, period_doubt = None, _level("low", f"'{word}': {PRESENT_WHY}")
            if id(mention) in listed_years and mention.value:
                # "Chile (in force since 2006)": the year of the state's event, a point.
                year = int(mention.value)
                written = folded[mention.start : mention.end]
                period = Period("point", year, year, text=written)
                period_doubt = _level("medium", f"'{written}': the year listed with the state")
            if (
                mention.kind is not Kind.DATE
                and (recent := RECENT_YEARS.search(folded)) is not None
                and (period_doubt.get("level") == "low" or period is None)
                and (period is None or period.kind == "point")
            ):
                # "explica entre 40% y 50% de lo que la Argentina exporta a China en los últimos
                # años", "in recent years", "nos últimos anos": several recent years, written
                # with no year; one year borrowed from another sentence does not date it (round
                # s17c: main dated it by the 2017 of the paragraph before). A span borrowed
                # ("un déficit acumulado … en los últimos años" after "entre 2020 y agosto de
                # 2025") may.
                period = None
                period_doubt = _level("low", f"'{recent.group(0)}': {RECENT_YEARS_WHY}")
            if (
                mention.kind in (Kind.MONEY, Kind.COUNT)
                and (period is None or period_doubt.get("level") == "low")
                and base is not None
                and base.precision != "year"
                and (last := LAST_N_YEARS.search(folded, clause[0], clause[1])) is not None
                and 2 <= (years := _years_counted(last.group("n")) or 0) <= 50
            ):
                # "chegaram a 66,1 bilhões de dólares nos últimos 14 anos" (August 2021, CEBC's
                # 2007-2020), "in the last 14 years", "en los últimos 14 años": the N full years
                # before the article's year, as a survey of them counts (round s18b: main read
                # no period). Whether the running year is one of them is not written: read low,
                # it may bear a figure out, never refute it. Only the figure's own clause is
                # read: "romperam a barreira dos US$ 100 bilhões no acumulado deste ano, mas
                # outros 50 países … nos últimos cinco anos" keeps its year (round 30d).
                year = base.date.year
                period = Period("range", year - years, year - 1, None, None, last.group(0))
                period_doubt = _level(
                    "low", f"'{last.group(0)}': the {years} full years before the article's"
                )
            if id(mention) in respective_years:
                # "US$38.4 billion and US$37.4 billion in 2022 and 2023, respectively": a pairing
                # by position, not by syntax: it may bear a figure out, never refute it.
                period = respective_years[id(mention)]
                period_doubt = _level(
                    "low", f"'{period.text.strip()}': paired in order by 'respectively'"
                )
            elif (
                mention.kind in (Kind.MONEY, Kind.COUNT)
                and period is not None
                and (pair := _two_years_joined(folded, periods, period)) is not None
            ):
                # "sumó 65.000 millones de dólares en 2022 y 2023", "In 2022 and 2023 Chile's
                # exports reached US$39 billion", "em 2022 e 2023": one figure for two years
                # joined by "and" is their sum or each year's, and which is not written (round
                # s17c: main read one of the years and bore out, or refuted, that year's row).
                period_doubt = _level("low", f"{TWO_YEARS_WHY_HEAD} '{pair}' {TWO_YEARS_WHY_TAIL}")
            if (
                mention.kind in (Kind.MONEY, Kind.PERCENT, Kind.COUNT)
                and (period is None or period.kind == "point")
                and (running := _running_years(folded, sentence.text, mention)) is not None
            ):
                # "has exceeded US$1 billion for two years in a row", "superaron los US$ 10.000
                # millones por segundo año consecutivo", "pelo segundo ano consecutivo": the
                # figure is said of each of the years, and a row for one of them does not bear it
                # out (round 26a: main bore it out by the one year the store holds).
                period_doubt = _level("low", f"'{running}': {RUNNING_YEARS_WHY}")
            if (
                period is None
                and mention.kind is not Kind.DATE
                and (exception := NO_EXCEPTION.search(folded, mention.end)) is not None
            ):
                # "China ha conservado el puesto de principal socio comercial, y 2024 no fue la
                # excepción", "and 2024 was no exception": the year the clause after names is one
                # the claim holds for (round s16a: main left the rank undated).
                year = int(exception.group("year"))
                written = sentence.text[exception.start() : exception.end()].strip(" ,")
                period = Period("point", year, year, text=written)
                period_doubt = _level("medium", f"'{period.text}': the year the claim holds for")
            if (
                mention.kind is Kind.RANK
                and period is not None
                and period.kind == "point"
                and _year_of_relative_after_present_rank(folded, mention, periods, period)
            ):
                # "China is now Cuba's second-largest trading partner, a relationship that grew
                # out of the accords signed in 2010", "es el mayor socio comercial de Cuba, una
                # relación que creció con los acuerdos firmados en 2010": the year dates the
                # relative clause's event, not the present rank, which speaks of the article's
                # time (round 29a: main bore it out by the 2010 rank).
                period, period_doubt = None, _level("low", "no period stated")
            # A date of record set as a reference ("registrado em 2013" after "recorde")
            # dates its own clause's figures only; later figures do not carry it over.
            is_reference = period is not None and any(
                p.period is period and _reference_date(folded, p) for p in periods
            )
            if mention.kind in (Kind.MONEY, Kind.PERCENT) and (
                half := half_year_period(
                    folded, period, base.date.year if base else None, (mention.start, mention.end)
                )
            ):
                period, period_doubt = half[0], _level("low", half[1])
            if (
                mention.kind is Kind.MONEY
                and period is not None
                and period.kind == "as_of"
                and period.end_year
                and period.end_month
                and metric in DIRECTED_METRICS | FLOW_TOTALS
                and TO_MONTH_WORD.match(fold(period.text))
            ):
                # "Hasta noviembre de 2013, Bolivia compró a China $us 1.133 millones",
                # "through November 2013", "até novembro de 2013": a flow to a month is the year
                # to that month, January included (main read a stock's "as of" and left the
                # January–November row unread). Stocks (loans, investment) keep "as of".
                year, last = period.end_year, period.end_month
                period = Period("range", year, year, 1, last, period.text)
                why = f"'{period.text.strip()}': a flow from January to that month"
                # "En los últimos diez años, hasta noviembre de 2013, …": with a cumulative cue
                # in the sentence the start may be another year; a likely reading only.
                sure = "low" if CUMULATIVE_CUE.search(folded) else "medium"
                period_doubt = _level(sure, why)
            if (
                mention.kind is Kind.MONEY
                and period is not None
                and period.kind == "as_of"
                and period.end_year
                and period.end_month is None
                and metric in DIRECTED_METRICS | FLOW_TOTALS
                and UNTIL_YEAR_WORD.match(fold(period.text))
            ):
                # "Until 2018, trade between the Dominican Republic and China was worth $1.2
                # billion a year", "Hasta 2018, el comercio sumaba …", "Até 2018, o comércio
                # somava …": a flow of the years up to that year, not of that year alone (round
                # 28d: main refuted it by the year's stored row). "By 2018" keeps its reading.
                period_doubt = _level(
                    "low", f"'{period.text.strip()}': a flow of the years up to it, not of it"
                )
            if (
                hit is not None
                and not inherited
                and metric in OPPOSITE_FLOW
                and hit.end <= clause[0]
                and _verb_right_before(folded, mention) == OPPOSITE_FLOW[metric]
                and not any(
                    mention.end <= e.start < clause[1] and e.code not in NEVER_FOCUS
                    for e in entities
                )
            ):
                # "it sold more than $60 billion in goods to China and bought around $35
                # billion", "vendió más de 60.000 millones de dólares a China y compró unos
                # 35.000 millones", "vendeu mais de US$ 60 bilhões à China e comprou cerca de
                # US$ 35 bilhões": the flow word of the clause before is the first figure's; the
                # verb right before this one tells its own flow, the other one (round 50a: main
                # read the second figure as the first's flow and judged nothing). Still a word
                # of another clause, so it may be borne out, never refuted.
                metric = OPPOSITE_FLOW[metric]
            if _signed_date_far_from_its_metric_word(hit, inherited, mention, folded):
                # "China is now Chile's first trading partner …, a position he put down to the
                # Free Trade Agreement signed in 2006": the date a signing verb governs dates the
                # signing (the ties rules read it); "first", far before it, ranks another figure
                # and is no metric of the date (round r63a: main read first_year with low
                # confidence, and the signature's wrong year went unrefuted).
                metric, hit = None, None
            metric_level = _metric_confidence(hit, metric, inherited, clause, mention, folded)
            if (
                mention.kind is Kind.PERCENT
                and metric is not None
                and "growth" in metric
                and period is not None
                and period.kind == "point"
                and period.end_year
                and (base_year := _base_year_after(folded, mention)) is not None
                and base_year < period.end_year - 1
            ):
                # "US$427 million in 2014, an increase of 25.6 per cent over 2013 and of 78.7 per
                # cent over 2010", "del 80% frente a 2019", "de 80% sobre 2019": a change over
                # several years, not the change of the year the sentence names (round 29a: main
                # refuted it by the year's stored growth). It may be borne out, never refuted.
                metric_level = _level(
                    "low", f"a change over {base_year}: over several years, not one year's"
                )
            if share_doubt is not None:
                metric_level = share_doubt
            if borrowed is not None and metric == borrowed.metric:
                metric_level = _level(
                    "low", f"metric word '{borrowed.phrase}' in the sentence before"
                )
            if metric == "trade_balance" and mention.kind is Kind.MONEY:
                # "o saldo positivo brasileiro", "el déficit con China", "China's surplus with
                # Mexico": the sign and the side name the state's surplus or deficit; a bare
                # "saldo" or "balance" names neither and stays a balance no row decides.
                # (After a colon, the balance word heads the clause before: read it all.)
                reach = mention.start - lead[0] if colon_lead else 90
                metric = _signed_balance(folded, lead, mention, entities, entity, reach) or metric
            if colon_lead and metric:
                metric_level = _level("low", "metric word before a colon, in another clause")
            if state_side:
                metric_level = state_side
            if subject_doubt and metric in ("trade_china_imports", "trade_china_exports"):
                metric_level = subject_doubt
            if (
                hit is not None
                and mention.kind is Kind.MONEY
                and metric in ("trade_total", "trade_china_imports", "trade_china_exports")
                and not hit.context_only
                and _written_in_a_name(sentence.text, hit.start)
            ):
                # "De acordo com a Secretaria de Comércio Exterior (Secex), …", "According to the
                # Ministry of Foreign Trade, Chinese buyers took US$104 billion …": a trade word
                # written with a capital inside a sentence, beside another capitalised word, is
                # part of an institution's name, not what the figure measures (round 28c: main
                # read the whole trade and refuted Brazil's exports to China by it). Read low:
                # it may be borne out, never refuted.
                metric_level = _level("low", f"'{hit.phrase}' written as part of a name")
            if (
                metric in INVESTMENT_METRICS
                and mention.kind is Kind.MONEY
                and (announced := ANNOUNCED_BEFORE.search(folded, clause[0], mention.start))
            ):
                # "os investimentos chineses anunciados no Brasil somaram US$ 102,5 bilhões",
                # "announced Chinese investments reached …": what was announced, not what was
                # made, which the stored totals count (round s17a: main refuted the announced
                # 102.5 by the 64 made). Another measure: it may be borne out, never refuted.
                metric_level = _level(
                    "low", f"'{announced.group(0).strip()}': announced, not made, investment"
                )
            if (
                mention.kind is Kind.MONEY
                and hit is not None
                and metric == "trade_china_imports"
                and CHINESE_IMPORTS.fullmatch(hit.phrase)
                and not PARTNER_OR_GOODS_AFTER.match(folded, hit.end)
            ):
                # "Chinese imports into Mexico reached US$ 114 billion", "las importaciones
                # chinas sumaron … en México", "as importações chinesas somaram … no Brasil":
                # imports of Chinese goods, or China's own imports? The demonym names the goods
                # as often as the importer, so the side is a guess: it may be borne out, never
                # refuted (main read China's imports and refuted Mexico's imports from China).
                # "importaciones chinas de soja", "Chinese imports from Brazil" name China as
                # the buyer and keep their reading.
                destination = _destination_state(folded, hit.end, entities)
                if destination is not None and destination == entity:
                    # "las importaciones chinas a El Salvador subieron …", "Chinese imports into
                    # Mexico": the state named as the destination is the buyer, China the
                    # origin (round s15b: main read China's imports of El Salvador's goods).
                    # Still read low, as the bare demonym is: it may be borne out, never refuted.
                    metric = "trade_china_exports"
                    metric_level = _level(
                        "low", f"'{hit.phrase}' into {destination}: read as the state's imports"
                    )
                else:
                    metric_level = _level("low", f"'{hit.phrase}': whose imports is a guess")
            if (
                mention.kind is Kind.MONEY
                and metric in ("trade_china_imports", "trade_china_exports")
                and entity != "CHN"
                and (after := FLOW_AFTER_FIGURE.match(folded, mention.end)) is not None
                and (named := _flow_named_after(after)) != metric
                and not any(
                    e.code != "CHN" and after.end() <= e.start <= after.end() + 30 for e in entities
                )
            ):
                # "las exportaciones … sumaron 3.059 millones, frente a los 2.989 millones de las
                # importaciones desde ese mercado", "against US$2.989 billion of imports", "2.989
                # millones en importaciones": the flow word right after the figure names its
                # flow, not the one the clause opened with (round s18b: main refuted the imports
                # as exports in all three languages). Read low: it may be borne out, never
                # refuted. A flow told from China's side ("1.134 millones en exportaciones hacia
                # Bolivia", a state named right after it) keeps its reading (dev u1427).
                metric = named
                metric_level = _level(
                    "low", f"'{after.group('flow')}' right after the figure names its flow"
                )
            product_bound = None
            services = (
                SERVICES_WORD.search(folded, max(clause[0], mention.start - 60), mention.start)
                or SERVICES_AFTER.match(folded, mention.end)
                if mention.kind is Kind.MONEY and metric in DIRECTED_METRICS | {"trade_total"}
                else None
            )
            if services:
                # "China's exports of services to Chile rose to US$ 2 billion", "el comercio de
                # servicios", "as exportações de serviços": the store holds trade in goods; a
                # figure of services is read low, never refuted by the goods (lead, stop 43: main
                # refuted it by Chile's goods imports from China).
                word = services.group("word") or services.groupdict().get("word2")
                metric_level = _level("low", f"'{word}' named: the figure may be trade in services")
            elif (
                mention.kind is Kind.MONEY
                and metric in DIRECTED_METRICS | {"trade_total"}
                and (product := _product_named(folded, clause, mention, hit))
            ):
                # "exportações de soja para a China somaram US$ 31 bilhões", "sold soybeans
                # worth US$ 31 billion to China": one product's trade, not the total; read at
                # low confidence, so it may be borne out but is never called contradicted.
                metric_level = _level(
                    "low", f"'{product}' named: the figure may be that product's trade only"
                )
                if mention.qualifier in (Qualifier.MORE_THAN, Qualifier.AT_LEAST):
                    # "el café vendió más de 14 millones de dólares", "coffee sold more than
                    # $14 million", "o café vendeu mais de US$ 14 milhões": the whole flow
                    # above the bound says nothing of one product's part (round 32b: main bore
                    # the coffee out by Honduras's whole exports of 2024).
                    product_bound = product
            if (
                mention.kind is Kind.MONEY
                and metric in DIRECTED_METRICS | BILATERAL_METRICS
                and any(other.kind is Kind.MONEY and other is not mention for other in mentions)
                and (
                    WHOLE_BEFORE.search(folded[max(0, mention.start - 30) : mention.start])
                    or WHOLE_AFTER.match(folded, mention.end)
                    or (
                        WHOLE_OF_FLOW_BEFORE.search(
                            folded[max(0, mention.start - 12) : mention.start]
                        )
                        and WHOLE_OF_FLOW_AFTER.match(folded, mention.end)
                    )
                )
            ):
                # "En 2015, sobre un total de $us 9.676 millones, los productos chinos
                # alcanzaron $us 1.740 millones": the whole the other figure is a part of, most
                # often the trade with every partner; it may be borne out, never refuted (main
                # read Bolivia's imports from all partners as those from China and called them
                # contradicted by the 1,740 stored).
                metric_level = _level("low", WHOLE_NOTE)
            if metric in DIRECTED_METRICS | {"trade_china_imports", "trade_china_exports"} and (
                bare := BARE_PURCHASES.search(folded, clause[0], clause[1])
                # the metric word taken from another clause ("… e as importações da China,
                # US$ 2.367,5 milhões") is read alike
                or (hit is not None and BARE_PURCHASES.match(folded, hit.start))
            ):
                if (
                    bare.group(0).startswith("import")
                    and entity is not None
                    and entity not in NEVER_FOCUS
                    and (
                        FLOW_TO_CHINA.search(folded, 0, bare.start())
                        or FLOW_TO_CHINA.search(before_folded)
                    )
                ):
                    # "Em 2022, as exportações do Brasil para a China somaram US$ 89,7 bilhões
                    # … Na outra mão, as importações da China totalizaram US$ 64,4 bilhões":
                    # after the state's exports to China, in its sentence or the one before,
                    # its imports "of China" are those from China, the other way of the same
                    # trade (lead, stop 41).
                    metric = "trade_china_exports"
                else:
                    # "US$ 105,75 bilhões foram compras da China", "las compras de China": with
                    # no buyer named, China may be the buyer or the seller; the direction is a
                    # guess, so the figure may be borne out but is never called contradicted.
                    metric_level = _level(
                        "low", f"'{bare.group(0).strip()}': China may be the buyer or the seller"
                    )
            if (
                mention.kind is Kind.MONEY
                and metric in ("trade_china_imports", "trade_china_exports")
                and metric_level.get("level") != "low"
                and (listed := _china_among_partners(sentence.text, folded, clause))
            ):
                # "Argentina's imports from China, the United States and Germany totalled …",
                # "as importações brasileiras da China e dos Estados Unidos": the figure may be
                # the sum of several partners; it may be borne out, never refuted.
                metric_level = _level("low", f"'{listed}': China named with other partners")
            if (
                hit is not None
                and metric_level.get("level") != "low"
                and fold(hit.phrase) in SHIPMENT_WORDS
            ):
                # "Los envíos totalizaron …": shipments are most often exports, but the word
                # also names remittances and parcels; it may be borne out, never refuted.
                metric_level = _level("low", f"'{hit.phrase}': shipments read as exports")
            if (
                mention.kind is Kind.MONEY
                and metric in PAIR_FLOWS | {"trade_total"}
                and metric_level.get("level") != "low"
                and not CHINA_NAMED.search(folded, 0, clause[1])
                and not (
                    metric == "trade_total"
                    and (
                        PAIR_NAMED.search(folded, 0, clause[1])
                        # "… a corrente de comércio bilateral somou US$ 36,1 bilhões. O
                        # intercâmbio cresceu …" (dev u2119): the pair's trade taken up.
                        or PAIR_NAMED.search(context)
                        or CHINA_NAMED.search(context)
                    )
                )
            ):
                # "Chilean exports reached 16 billion dollars", "las exportaciones chilenas
                # sumaron …", "as vendas brasileiras somaram …", "Brazil exported …": with no
                # word of China (or of "that country") in the clause or before it in the
                # sentence ("China exported … and imported US$8 billion", dev u3577), the flow
                # may be the state's trade with the world, which no stored row holds; it may be
                # borne out, never refuted (main refuted Brazil's 334 billion of exports to all
                # partners by its exports to China).
                metric_level = _level("low", NO_CHINA_NOTE)
            if (
                mention.kind is Kind.MONEY
                and metric in DIRECTED_METRICS | BILATERAL_METRICS
                and mention.value * mention.scale < PETTY_AMOUNT
            ):
                # "por cada dólar que vendió, compró casi siete dólares": a ratio told in
                # money, not a flow between states (no state trades a few thousand dollars).
                metric_level = _level("low", "an amount under a million: no trade or loan total")
            if id(mention) in meeting_days:
                metric = None  # the meeting rule judges it; no stored figure is its measure
            if metric == "infrastructure_projects_count" and BELT_AND_ROAD.search(folded):
                # "Under the Belt and Road Initiative, … 200 infrastructure projects", "más de
                # 200 proyectos de infraestructura de la Franja y la Ruta": the projects of the
                # initiative, another scope than the stored count of every Chinese
                # infrastructure project in the region (RED ALC; main refuted 200 by its 268 of
                # 2023; round s18c). Nothing stores it.
                metric = "bri_projects_count"
                metric_level = _level("medium", "projects of the Belt and Road Initiative")
            if (
                mention.kind is Kind.MONEY
                and metric
                and period is not None
                and period.kind == "range"
                and period.start_year
                and period.end_year
                and period.start_year < period.end_year
                and (per_year := _per_year(folded, mention, clause))
            ):
                # "reached $14.2 billion annually between 2010 and 2019", "promedió 8.000
                # millones de dólares por año entre 2005 y 2021", "uma média de US$ 7,7 bilhões
                # de 2020 a 2021": a yearly amount over a span is no total of the span (main
                # refuted it by the span's stored total; round s18c). Nothing stores it.
                metric = f"{metric}_annual_average"
                metric_level = _level("medium", f"'{per_year}': a yearly amount over the span")
            elif (
                mention.kind is Kind.MONEY
                and metric
                and not (
                    period is not None
                    and period.kind == "range"
                    and period.start_year
                    and period.end_year
                    and period.start_year < period.end_year
                )
                and (
                    average := AVERAGE_BEFORE.search(
                        folded, max(clause[0], mention.start - 40), mention.start
                    )
                )
            ):
                # "In 2019 loans averaged $275 million", "En 2019 los préstamos promediaron 275
                # millones de dólares", "Em 2019 os empréstimos tiveram uma média de US$ 275
                # milhões": a mean over one year (or none) is the mean of its loans, deals or
                # months, not the year's total (round r61a: main refuted it by the stored 1.1
                # billion of 2019). Nothing stores it.
                metric = f"{metric}{AVERAGE_SUFFIX}"
                word = " ".join(average.group(0).split())
                metric_level = _level("medium", f"'{word}': an average, not a total")
            if (
                mention.kind is Kind.MONEY
                and metric in LOAN_METRICS
                and (bank := _one_policy_bank(folded, mentions, mention))
            ):
                # "o China Development Bank emprestou à América Latina US$ 83 bilhões entre 2005
                # e 2014", "China Development Bank (US$ 83 bilhões) e China Export-Import Bank
                # (US$ 20,9 bilhões)": one of the two policy banks' lending, a part of the
                # stored totals of both (round 30c: main refuted it by the 119 billion of the two
                # banks in all three languages). Where that bank made all of a year's loans to
                # a state, the stored row of the year is its own ("el China Development Bank
                # destinó … unos $5.000 millones" to Venezuela in 2018): it may be borne out,
                # never refuted.
                metric_level = _level("low", f"'{bank}': {ONE_BANK_WHY}")
            if (
                mention.kind is Kind.MONEY
                and metric
                and period is None
                and (first := _first_to_pass(folded, mention, clause))
            ):
                # "A China é o primeiro país a comprar mais de US$ 100 bilhões do Brasil em um
                # ano", "the first country to buy more than $100 billion", "el primer país en
                # comprar más de …", with no year of its own: the threshold of a first-ever
                # record, no level of any year (round s19a: the undated bound was borne out by
                # whichever year passed it). Nothing stores it. A dated one ("In 2023 China
                # became the first country that bought more than …") keeps its year's level.
                metric = f"{metric}{RECORD_THRESHOLD}"
                metric_level = _level("medium", f"'{first}': the threshold of a first-ever record")
            if (
                mention.kind is Kind.MONEY
                and metric in LOAN_METRICS
                and period is not None
                and period.kind == "point"
                and period.start_year
                and period.start_year == period.end_year
                and period.start_month is not None
                and period.start_month == period.end_month
                and any(p.period is period for p in periods)
                and not CUMULATIVE_CUE.search(folded)
            ):
                # "el China Development Bank destinó en septiembre de 2018 unos $5.000
                # millones", "in September 2018 CDB lent Venezuela US$5 billion": lending dated
                # to a month is a loan of that year (no monthly total is stored), read as one
                # loan, which a stored single loan of the year bears out and no row refutes
                # (round 29d: main found no row of the month). Not a month another sentence
                # wrote, nor a total ("Con ese crédito, el total prestado … asciende a …").
                # Read so once the text is read (below), so that later sentences take up the
                # lending and its month as they did.
                month_loans.add(f"c{len(claims) + 1:03d}")
            confidence = {
                "metric": metric_level,
                "entity": entity_doubt or _entity_confidence(mention, entity, entities, clause),
                "period": period_doubt,
                "value": _value_confidence(
                    mention,
                    folded,
                    clause,
                    # A bare "$" is the US dollar where neither the text's subject, nor the
                    # figure's state, nor any state of its sentence writes its money with "$".
                    bool(mention.currency_doubt)
                    and bare_dollar_is_usd(
                        {e.code for e in entities} | ({entity, about_state} - {None})
                    ),
                ),
            }
            if product_bound is not None and confidence["value"]["level"] == "high":
                confidence["value"] = _level("low", f"{PRODUCT_BOUND}: '{product_bound}'")
            if (
                mention.kind is Kind.DATE
                and period is not None
                and (
                    WEEKDAY.fullmatch(folded, mention.start, mention.end)
                    or TODAY.fullmatch(folded, mention.start, mention.end)
                    # "assinou na quarta-feira (13)": a signing's day read beside its verb, in a
                    # text whose date may be its month only (round 50c).
                    or (mention.start, mention.end) in event_days
                    # "receberá em julho", "marcado para julho": a plan's month (round 49a).
                    or is_coming_month(folded, mention.start, mention.end, base)
                )
            ):
                # "este jueves", "on Tuesday": the month is the article date's reading, not
                # the text's; it may bear a stored date out, never refute one (a page dated
                # by its update, or a weekday of another week, moves the month).
                confidence["period"] = _level("low", period.text)
            if mention.kind is Kind.MONEY and (
                china_side := _china_side(folded, sentences, index, sentence.paragraph)
            ):
                # "el embajador de China … afirmó …. Las exportaciones bolivianas a China,
                # dijo, pasaron de 300 millones de dólares en 2020": the figure is China's
                # side's (its statistics), which a partner's own statistics do not refute
                # (rules.store_facts; round s19b).
                confidence["reporter"] = _level("medium", china_side)
            elif mention.kind is Kind.MONEY and (
                partner_side := _partner_side(folded)
                or _partner_side_taken_up(folded, sentences, index)
            ):
                # "No primeiro trimestre de 2024, o Brasil exportou US$ 25 bilhões para a China,
                # segundo a Secex": the state's own statistics, which China's customs do not
                # refute (round s20c, the mirror of round s19b's China's side).
                confidence["reporter"] = _level("medium", partner_side)
            if (
                mention.kind is Kind.RANK
                and mention.value == 1
                and (above := _states_ranked_above(sentence.text, folded, mention, entities))
            ):
                # "el principal socio comercial de Cuba después de Venezuela", "Cuba's largest
                # trading partner after Venezuela", "o maior parceiro de Cuba depois da
                # Venezuela": the first after one state is the second (round 32b: main read the
                # first and bore it out by Cuba's stored first rank of 2022).
                mention = dataclasses.replace(mention, value=float(1 + len(above)))
                confidence["value"] = _level(
                    "medium", "the first after " + ", ".join(above) + " is ranked below it"
                )
            if zero is not None and mention.kind is Kind.DATE:
                # "there were no such loans in 2020 or 2021": each year claims a zero.
                mention = _as_zero(mention, zero, lexicon, sentence.text)
                metric = zero.metric
            start, end = source.to_original(
                sentence.start + mention.start, sentence.start + mention.end
            )
            s_start, s_end = source.to_original(sentence.start, sentence.end)
            claims.append(
                Claim(
                    claim_id=f"c{len(claims) + 1:03d}",
                    kind=mention.kind,
                    text=source.original[start:end],
                    start=start,
                    end=end,
                    value=mention.value,
                    unit=mention.unit,
                    scale=mention.scale,
                    qualifier=mention.qualifier,
                    decimals=mention.decimals,
                    trailing_zeros=mention.trailing_zeros,
                    noun=mention.noun,
                    upper=mention.upper,
                    sentence=sentence.text,
                    sentence_start=s_start,
                    sentence_end=s_end,
                    period=period,
                    entities=sorted({e.code for e in entities}),
                    entity=entity,
                    metric=metric,
                    metric_phrase=hit.phrase if hit else "",
                    lang=sentence_lang,
                    span_in_sentence=(mention.start, mention.end),
                    number_in_sentence=(mention.number_start, mention.number_end),
                    noun_in_sentence=(mention.noun_start, mention.noun_end),
                    sentence_index=index,
                    paragraph=sentence.paragraph,
                    confidence=confidence,
                    article_date=base_dict,
                )
            )
            sentence_hits.append((claims[-1], hit))
            paragraph_claims.append(claims[-1])
            if is_reference:
                reference_ids.add(claims[-1].claim_id)
            if len(claims) > MAX_CLAIMS:
                raise ClaimsInputError(
                    f"more than {MAX_CLAIMS:,} numbers: this looks like a table or data, not prose to check"
                )
        _one_date_per_year_metric(sentence_hits, lexicon)
        _year_of_change([c for c, _ in sentence_hits], sentence.text)
    for claim in claims:
        if claim.claim_id in month_loans and claim.period is not None:
            year = claim.period.start_year
            claim.metric = "loan_single"
            claim.period = Period("point", year, year, text=claim.period.text)
    return claims


# Who gives a figure, when it is China's side: its ambassador, embassy or consul, its customs
# or statistics ("el embajador de China", "la embajada china", "China's ambassador", "o
# embaixador chinês", "según las estadísticas de China", "Chinese customs data").
CHINA_SIDE = re.compile(
    r"\b(?:(?:embajador|embajadora|embajada|consul|consulado|encargad[oa]\s+de\s+negocios|"
    r"embaixador|embaixadora|embaixada)\s+(?:de\s+(?:la\s+)?china|chin[oa]s?|chines[a]?|"
    r"da\s+china)|(?:ambassador|embassy|consul(?:ate)?)\s+of\s+china|"
    r"chinese\s+(?:ambassador|embassy|consul(?:ate)?|customs)|china'?s\s+(?:ambassador|embassy|"
    r"consul|customs|statistics)|(?:estadisticas|aduanas?|estatisticas|alfandegas?)\s+"
    r"(?:de\s+(?:la\s+)?china|da\s+china|chinas?|chinesas?)|"
    # China's customs by the administration's name ("according to China Customs data", "the
    # General Administration of Customs", "la Administración General de Aduanas", "a
    # Administração Geral das Alfândegas", GACC), and China's data named as such ("Chinese
    # official data", "China's trade figures", "datos oficiales chinos", "dados chineses").
    r"china\s+customs|general\s+administration\s+of\s+customs|gacc|"
    r"administracion\s+general\s+de\s+aduanas|administracao\s+geral\s+d[ea]s?\s+alfandegas|"
    r"(?:chinese|china'?s)\s+(?:official\s+|government\s+)?(?:trade\s+)?(?:data|figures)|"
    r"(?:datos|cifras)\s+(?:oficiales\s+)?chin[oa]s|(?:dados|numeros)\s+(?:oficiais\s+)?chineses)\b"
)
# A verb of saying with no subject of its own: "…, dijo, pasaron de …", "he said", "disse":
# the speaker is the previous sentence's.
BARE_SAID = re.compile(
    r"(?:^|,)\s*(?:dijo|anadio|agrego|senalo|afirmo|explico|preciso|destaco|indico|"
    r"disse|acrescentou|afirmou|explicou|destacou|he\s+said|she\s+said|he\s+added|"
    r"she\s+added)\s*(?:,|$)"
)


# The reporter confidence's why for a figure China's side gives; the rules read the words
# quoted after it (store_facts._other_reporter).
CHINA_SIDE_WHY = "China's side gives the figure: "
# The partner state's own statistics named as the figure's source (folded): "segundo a Secex",
# "de acordo com o Ministério do Desenvolvimento", "según datos del gobierno brasileño",
# "according to Brazil's trade secretariat", "dados oficiais brasileiros", "INDEC data". A
# China word in the source's words makes it no partner's (CHINA_SIDE is read first). "Con
# cifras del INEGI", "com números do IBGE", "con estadísticas del INE" name the source as "con
# datos del" does (round 30b: main refuted INEGI's count of Mexico's 2023 exports to China,
# 10,058 m, by China's customs count, 18,794 m, the only side held).
PARTNER_SOURCE = re.compile(
    r"\b(?:segundo|de\s+acordo\s+com|conforme|according\s+to|segun|de\s+acuerdo\s+con|"
    r"con\s+(?:datos|cifras|estadisticas)\s+del?|com\s+(?:dados|numeros|estatisticas)\s+d[aeo]s?|"
    r"data\s+from|figures\s+from|"
    # "a partir de los datos oficiales del Instituto Nacional de Estadística", "sobre la base de
    # datos del INE", "com base em dados do IBGE", "based on data from" (round r55b)
    # (a word of data after them: "a partir de 2010, el gobierno …" names no source)
    r"(?:a\s+partir\s+de|sobre\s+la\s+base\s+de|con\s+base\s+en|com\s+base\s+(?:em|n[oa]s?)|"
    r"based\s+on)\s+(?:(?:los|las|la|el|os|as|o|a|the)\s+)?(?:official\s+)?"
    r"(?:datos|cifras|estadisticas|dados|numeros|estatisticas|data|figures|statistics)"
    r"(?:\s+oficiales|\s+oficiais|\s+official)?)\b"
    r"(?P<source>[^.;]{0,60}?\b(?:secex|mdic|ministerio|ministry|secretaria|secretariat|"
    r"instituto|institute|banco\s+central|central\s+bank|governo|gobierno|government|aduanas?|"
    r"customs|alfandegas?|receita\s+federal|indec|ine|dane|sunat|ibge|comexstat|uruguay\s+xxi|"
    r"inegi|banxico)\b[^.;,]{0,40})"
)
PARTNER_DATA = re.compile(
    r"\b(?:dados|datos|estatisticas|estadisticas|cifras|numeros)\s+(?:oficiais\s+|oficiales\s+)?"
    r"(?:brasileir|argentin|chilen|peruan|mexican|colombian|uruguai|urugua|bolivian|equatorian|"
    r"ecuatorian|paraguai|paragua|venezuelan|costarricens|costa-riquenh)\w*"
    r"|\b(?:brazilian|argentine|argentinian|chilean|peruvian|mexican|colombian|uruguayan|bolivian|"
    r"ecuadorian|paraguayan|venezuelan|costa\s+rican)\s+(?:official\s+|government\s+)?"
    r"(?:data|statistics|figures)\b"
)
PARTNER_CHINA = re.compile(r"\b(?:chin\w*|gacc|mofcom|beijing|pequim|pekin)\b")
# The reporter confidence's why for a figure the partner's own statistics give.
PARTNER_SIDE_WHY = "the state's own statistics give the figure: "


def _partner_side(folded: str) -> str:
    """Why the figure of a sentence is the partner state's own statistics', or ""."""
    for match in PARTNER_SOURCE.finditer(folded):
        source = match.group("source")
        if not PARTNER_CHINA.search(source):
            return f"{PARTNER_SIDE_WHY}'{' '.join(match.group(0).split())}'"
    found = PARTNER_DATA.search(folded)
    if found is not None:
        return f"{PARTNER_SIDE_WHY}'{found.group(0)}'"
    return ""


# The data of the sentence before taken up as the figure's source (folded): "Según esos
# indicadores", "según esas cifras", "de acuerdo con esos datos", "segundo esses dados",
# "according to those figures", "by these data".
SOURCE_TAKEN_UP = re.compile(
    r"\b(?:segun|de\s+acuerdo\s+con|segundo|de\s+acordo\s+com|conforme|according\s+to)\s+"
    r"(?:es[ao]s|est[ao]s|dich[ao]s|ess[ae]s|est[ae]s|those|these|the\s+same)\s+"
    r"(?:datos|cifras|indicadores|estadisticas|dados|numeros|estatisticas|data|figures|"
    r"statistics|indicators)\b"
)


def _partner_side_taken_up(folded: str, sentences: list, index: int) -> str:
    """Why the figure is the partner state's own statistics' when its sentence takes up the
    data of the sentence before ("Según esos indicadores, las importaciones desde China
    treparon … a 1.884 millones", after "… a partir de los datos oficiales del Instituto
    Nacional de Estadística (INE)"), or "" (round r55b: main left the source unread, so the
    figure was never compared with the state's own count as such)."""
    if index == 0 or SOURCE_TAKEN_UP.search(folded) is None:
        return ""
    return _partner_side(fold(sentences[index - 1].text))


# A state, province or department of a country, named as the owner of a figure (folded text):
# by a word of the kind ("estado do Rio de Janeiro", "la provincia de Santa Fe", "the state of
# Jalisco", a capitalised name after it), or by the name of a Brazilian state, an Argentine
# province or a Mexican state. Names that are also common words ("Pará", "Acre", "Misiones",
# "Corrientes", "Formosa") and capitals alone ("Buenos Aires") are left out.
SUBNATIONAL_KIND = re.compile(
    r"\b(?:estado|provincia|departamento|state|province|department"
    # a region, a port or a city of a state (lead, stop 43: "Exports from the Chilean region of
    # Antofagasta to China reached US$ 12 billion" was refuted by Chile's whole exports)
    r"|region|regiao|port|puerto|porto|city|ciudad|cidade)\s+"
    r"(?:(?:de|do|da|del|of)\s+)(?:(?:the|la|el|o|a)\s+)?"
    # not the whole region's name ("la región de América Latina y el Caribe")
    r"(?!(?:america|latin|caribe|caribbean|sudamerica|suramerica|centroamerica|south\s+america|"
    r"central\s+america|asia|china|pacific|pacifico)\b)(?=[a-z])"
)
SUBNATIONAL_NAME = re.compile(
    r"\b(?:rio\s+de\s+janeiro|sao\s+paulo|minas\s+gerais|mato\s+grosso(?:\s+do\s+sul)?|"
    r"rio\s+grande\s+do\s+(?:sul|norte)|santa\s+catarina|espirito\s+santo|pernambuco|"
    r"bahia|goias|ceara|maranhao|tocantins|rondonia|roraima|amapa|sergipe|alagoas|paraiba|"
    r"piaui|santa\s+fe|cordoba|mendoza|neuquen|chubut|entre\s+rios|tucuman|jujuy|catamarca|"
    r"jalisco|nuevo\s+leon|sonora|chihuahua|coahuila|baja\s+california(?:\s+sur)?|veracruz|"
    r"guanajuato|queretaro|yucatan|tamaulipas|sinaloa|"
    # Chilean regions of the mines and ports (lead, stop 43)
    r"antofagasta|atacama|tarapaca|coquimbo)\b"
)
# The same owner named by its demonym (folded): "as exportações mato-grossenses", "as vendas
# goianas", "las exportaciones santafesinas", "las ventas jaliscienses" (round 29f: main refuted
# Goiás's 765 million of 2008 by Brazil's 16.4 billion). Demonyms that are also common words
# ("mineiro", miner; "misionero"; "gaucho", said of all Argentina in Spanish) are left out.
SUBNATIONAL_DEMONYM = re.compile(
    r"\b(?:paulistas?|fluminenses?|catarinenses?|paranaenses?|baian[oa]s?|capixabas?|"
    r"pernambucan[oa]s?|cearenses?|maranhenses?|paraenses?|amazonenses?|"
    r"(?:sul[\s-])?mato[\s-]?grossenses?|goian[oa]s?|tocantinenses?|rondonienses?|piauienses?|"
    r"alagoan[oa]s?|sergipan[oa]s?|paraiban[oa]s?|potiguar(?:es)?|acrean[oa]s?|amapaenses?|"
    r"roraimenses?|(?:sul[\s-])?rio[\s-]grandenses?|espirito[\s-]santenses?|"
    r"santafesin[oa]s?|cordobes(?:a|as|es)?|mendocin[oa]s?|neuquin[oa]s?|bonaerenses?|"
    r"chubutenses?|entrerrian[oa]s?|tucuman[oa]s?|saltenn?[oa]s?|sanjuanin[oa]s?|"
    r"correntin[oa]s?|jujenn?[oa]s?|santacrucenn?[oa]s?|fueguin[oa]s?|rionegrin[oa]s?|"
    r"santiaguenn?[oa]s?|catamarquenn?[oa]s?|chaquenn?[oa]s?|"
    r"jaliscienses?|neoleones(?:a|as|es)?|sonorenses?|chihuahuenses?|coahuilenses?|"
    r"bajacalifornian[oa]s?|veracruzan[oa]s?|guanajuatenses?|queretan[oa]s?|yucatec[oa]s?|"
    r"tamaulipec[oa]s?|sinaloenses?|mexiquenses?)\b"
)
SUBNATIONAL_WINDOW = 100


def _subnational_before(
    text: str,
    folded: str,
    clause: tuple[int, int],
    mention: Mention,
    entities: list[EntityMention],
) -> str | None:
    """The state or province named before the figure in its clause (within
    SUBNATIONAL_WINDOW characters), with no country named between it and the figure; None
    otherwise."""
    start = max(clause[0], mention.start - SUBNATIONAL_WINDOW)
    found = None
    for match in SUBNATIONAL_NAME.finditer(folded, start, mention.start):
        found = (match.start(), match.end())
    for match in SUBNATIONAL_DEMONYM.finditer(folded, start, mention.start):
        if found is None or match.start() > found[0]:
            found = (match.start(), match.end())
    for match in SUBNATIONAL_KIND.finditer(folded, start, mention.start):
        if text[match.end() : match.end() + 1].isupper() and (
            found is None or match.start() > found[0]
        ):
            end = match.end()
            while end < mention.start and (text[end].isalpha() or text[end] == " "):
                end += 1
            found = (match.start(), end)
    if found is None:
        return None
    if any(
        found[1] <= e.start < mention.start and e.code not in NEVER_FOCUS | REGION_CODES
        for e in entities
    ):
        return None  # "Em São Paulo, … o Brasil exportou …": the country is named nearer
    if any(e.start <= found[0] < e.end for e in entities):
        return None  # the name is a country's ("estado de México" aside, read as Mexico)
    return " ".join(text[found[0] : found[1]].split())


def _china_side(folded: str, sentences: list, index: int, paragraph: int) -> str:
    """Why the figure of a sentence is China's side's, or "": the sentence names China's
    ambassador, embassy, consul, customs or statistics, or it says "dijo" with no speaker of
    its own after a sentence of the same paragraph that names one."""
    found = CHINA_SIDE.search(folded)
    if found is None and index > 0 and BARE_SAID.search(folded):
        before = sentences[index - 1]
        if before.paragraph == paragraph:
            found = CHINA_SIDE.search(fold(before.text))
    return f"{CHINA_SIDE_WHY}'{found.group(0)}'" if found else ""


def _without_opened_relations(hits: list, folded: str) -> list:
    """ "Peru and China opened relations with a joint communique signed on November 2, 1971",
    "la apertura de relaciones diplomáticas", "a abertura das relações": relations opened are
    the diplomatic tie (the ties rule dates it), not an inauguration (round 30a: main refuted
    Peru's relations of 1971 by the stored inauguration of the port of Chancay). Drop an
    inauguration cue right before relations or ties."""
    return [
        hit
        for hit in hits
        if not (hit[0].metric == "inauguration_year" and OPENED_RELATIONS.match(folded, hit[2]))
    ]


def _without_article_china(hits: list, text: str) -> list:
    """Portuguese "a China" with no grave accent is the article and the country ("A China lidera
    entre os países que mais vendem ao Brasil"), not "à China" (to China): folding drops the
    accent, so the cue "à china" (China's imports) would read China's own sales as its
    purchases (dev u548). Keep the hit only where the text writes "à"."""
    return [
        hit
        for hit in hits
        if not (hit[0].text == "a china" and text[hit[1] : hit[1] + 1] in ("a", "A"))
    ]


def _year_of_change(sentence_claims: list[Claim], sentence_text: str) -> None:
    """ "cayeron un 5,3% en 2025, al pasar de $52,8 millones a $50 millones": one year written
    once for a change dates its end; the first value is the year before's. Read at low
    confidence (it may be borne out, never contradicted); "from X in 2021 to Y in 2021" (the
    year written twice) is left to the rule `same-year-change`."""
    from chinalac.claims.rules.changes import changes_in  # rules import this module

    for change in changes_in(sentence_claims):
        a, b = change.start, change.end
        if not (a.period and b.period) or a.period != b.period:
            continue
        if sum(c.kind is a.kind and c.unit == a.unit for c in sentence_claims) > 2:
            continue  # another figure of the kind: the year may be its own, not the change's
        year = a.period.end_year
        if a.period.kind != "point" or year is None or a.period.end_month is not None:
            continue
        written = [m.start() for m in re.finditer(rf"(?<!\d){year}(?!\d)", sentence_text)]
        borrowed = (a.confidence.get("period") or {}).get("level") == "low"
        if not written and borrowed:
            # "El volumen del comercio … bajó apenas de US$ 16.589 millones a US$ 16.325
            # millones" in a paragraph run dated 2019: the year both values borrowed dates
            # the change's end; the first value is the year before's (dev u709).
            why = (
                f"the change takes the year {year} from before: its first value read for {year - 1}"
            )
        elif len(written) != 1 or a.span_in_sentence[1] <= written[0] < b.span_in_sentence[0]:
            continue
        else:
            why = f"the change is dated {year} once: its first value read for {year - 1}"
        a.period = Period("point", year - 1, year - 1, text=f"{year - 1}")
        a.confidence["period"] = _level("low", why)


def refuse_data_dumps(text: str) -> None:
    """ClaimsInputError when the text holds more than MAX_NUMBERS digit groups: counted in one
    pass before any parsing, so a pasted table costs no more than reading it once."""
    for count, _ in enumerate(NUMBER.finditer(text), start=1):
        if count > MAX_NUMBERS:
            raise ClaimsInputError(
                f"more than {MAX_NUMBERS:,} numbers: this looks like a table or data, "
                "not prose to check"
            )


def _one_date_per_year_metric(sentence_hits: list, lexicon: MetricLexicon) -> None:
    """A year metric names one year of a sentence: "In September 2020, China set … carbon
    peaking by 2030" — 2030 is the peak year, September 2020 only the announcement."""
    best: dict[str, float] = {}
    for _claim, hit in sentence_hits:
        if hit and lexicon.units.get(hit.metric) == "year":
            best[hit.metric] = max(best.get(hit.metric, hit.score), hit.score)
    for claim, hit in sentence_hits:
        if hit and lexicon.units.get(hit.metric) == "year" and hit.score < best[hit.metric]:
            claim.metric, claim.metric_phrase = None, ""


# A count whose noun names lenders, not an amount (lower case, the noun searched): "two policy banks", "dos
# bancos", "os dois bancos", "both lenders".
LENDERS_NOUN = re.compile(r"(?<![\w])(?:banks?|bancos?|lenders?|prestamistas|credores)(?![\w])")
# A zero of lending in the sentence (folded): "no new loans", "no new finance commitments", "no
# concedieron préstamos", "não concederam empréstimos", "sin nuevos créditos".
ZERO_LENDING = re.compile(
    r"(?<![\w])(?:no|nao|zero|ningun[oa]?|nenhum[a]?|sin|sem)\s[\w\- ]{0,30}?"
    r"(?:loans?|lending|finance|financing|prestamos|creditos|emprestimos|financiamiento|financiamento)"
    r"(?![\w])"
)
ZERO_CUE = re.compile(
    r"(?<![\w])(?:no|zero|ningun[oa]?|nenhum[a]?|sin|sem)\s+(?:such\s+)?(?:[\w\-]+\s+){0,2}$"
)
# Words that, between a zero cue and the metric word, show the cue negates something else
# (folded): "No doubt trade … grew", "Sin embargo el comercio", "Sin duda el comercio", "Sem
# dúvida o comércio", "No solo el comercio … creció", "No creció el comercio": an adverb or a
# determiner. Main read each as a claim of zero trade and refuted it by the stored total
# (round s16b). A zero is said of a bare noun: "no new loans", "no otorgaron nuevos préstamos".
ZERO_BLOCKERS = frozenset(
    [
        "the",
        "a",
        "an",
        "this",
        "that",
        "its",
        "their",
        "el",
        "la",
        "los",
        "las",
        "lo",
        "su",
        "sus",
        "este",
        "esta",
        "o",
        "os",
        "as",
        "um",
        "uma",
        "un",
        "una",
        "seu",
        "sua",
        "seus",
        "suas",
        "esse",
        "essa",
        "only",
        "just",
        "solo",
        "apenas",
        "somente",
        "doubt",
        "duda",
        "duvida",
        "embargo",
        "obstante",
        "cabe",
        "hay",
        "ha",
        "longer",
        "even",
        "siquiera",
        "sequer",
        # "No other partner traded more …", "ningún otro país", "nenhum outro parceiro": a
        # comparison, no zero.
        "other",
        "otro",
        "otra",
        "otros",
        "otras",
        "outro",
        "outra",
        "outros",
        "outras",
    ]
)
# A conditional in the sentence: "Sin comercio con China, la economía habría caído en 2021",
# "Without such loans, the project would have stopped in 2016": a hypothesis, no zero claim.
ZERO_CONDITIONAL = re.compile(
    r"\b(?:would|habria|habrian|hubiera|hubieran|seria|serian|teria|teriam|estaria|estarian)\b"
)


def _zero_metric(folded: str, hits, lexicon: MetricLexicon, lang: str = "en"):
    """The metric a sentence says was zero ("no such development loans"), if any. Portuguese
    "no" is "in the" ("O ano de 2020 foi de recorde no comércio"), no zero."""
    if ZERO_CONDITIONAL.search(folded):
        return None
    for phrase, start, end, _required in hits:
        if lexicon.units.get(phrase.metric) in ("year", "percent"):
            continue
        cue = ZERO_CUE.search(folded[:start])
        if cue and lang == "pt" and cue.group(0).startswith("no"):
            continue
        if cue and ZERO_BLOCKERS.intersection(cue.group(0).split()[1:]):
            continue
        if cue:
            return MetricHit(phrase.metric, phrase.text, cue.start(), end, 0.0)
    return None


def _as_zero(mention: Mention, zero: MetricHit, lexicon: MetricLexicon, text: str) -> Mention:
    unit = lexicon.units.get(zero.metric, "count")
    kind, claim_unit, scale = Kind.COUNT, "count", 1.0
    if unit in ("usd_bn", "usd_m", "usd_tn", "cny_bn"):
        kind, claim_unit, scale = Kind.MONEY, "cny" if unit == "cny_bn" else "usd", 1e9
    return Mention(
        kind,
        mention.start,
        mention.end,
        0.0,
        claim_unit,
        scale,
        noun=text[zero.start : zero.end],
        noun_start=zero.start,
        noun_end=zero.end,
        number_start=mention.number_start,
        number_end=mention.number_end,
    )


@functools.lru_cache(maxsize=1024)
def _each_of_in(folded: str, start: int, end: int) -> bool:
    """ "each of", "cada uno de", "em cada caso" in folded[start:end]. Cached per (sentence,
    clause): asked for each money figure and count of the clause."""
    return EACH_OF.search(folded, start, end) is not None


@functools.lru_cache(maxsize=1024)
def _trade_verbs(folded: str, start: int, end: int) -> tuple[tuple[int, bool], ...]:
    """(position, sells) of every selling or buying verb in folded[start:end], sellers first.
    Cached per (sentence, clause): _verb_direction asks it for each money figure of the
    clause, and a clause of n figures was scanned n times."""
    return tuple(
        (m.start(), sells)
        for sells, pattern in ((True, SELL_VERB), (False, BUY_VERB))
        for m in pattern.finditer(folded, start, end)
    )


# A gerund of trade (folded): "importing", "exportando", "vendiendo".
TRADE_GERUND = re.compile(r"[a-z]{2,12}(?:ing|ando|endo)(?![\w])")


def _gerund_after_comma(folded: str, mention: Mention, at: int) -> bool:
    """A selling or buying gerund after a comma that follows the figure: "China exportó a Chile
    US$ 19.800 millones, importando a su vez US$ 37.400 millones" — the gerund opens the next
    figure's clause, as "and"/"while" do; the verb before governs this one (round 34a: main
    took the nearer gerund and refuted the first figure)."""
    return "," in folded[mention.end : at] and TRADE_GERUND.match(folded, at) is not None


def _verb_direction(
    folded: str,
    clause: tuple[int, int],
    mention: Mention,
    entities: list[EntityMention],
    text: str = "",
    unnamed: set[int] | None = None,
) -> str | None:
    """China's imports or exports, from a selling or buying verb in the number's clause and
    the side of its subject (the last place named before the verb): "Brasil le vendió a China
    … y le compró US$ 60.700 millones" → Brazil's imports = China's exports. `unnamed`
    collects the mention's start when the direction was read with no subject named."""
    verbs = _trade_verbs(folded, clause[0], clause[1])
    if not verbs:
        return None
    at, sells = min(verbs, key=lambda v: abs(v[0] - mention.number_start))
    before = [v for v in verbs if v[0] < mention.number_start]
    if (
        at > mention.number_start
        and before
        and (
            COORDINATION.search(folded, mention.end, at) or _gerund_after_comma(folded, mention, at)
        )
    ):
        # "imported goods from China worth US$118.696 billion but exported only US$10.917
        # billion": a verb after "but/y/mas" opens the next figure's clause; the verb before
        # governs this one (main took "exported", the nearer, and refuted the first figure as
        # Mexico's exports; round s17b). "los 61 mil millones de dólares que importó" keeps the
        # verb after it.
        at, sells = max(before, key=lambda v: v[0])
    if DIRECTED_FLOW_WORD.search(
        folded, min(at, mention.number_start) + 1, max(at, mention.number_start)
    ):
        # "Colombia importó … por USD 15.936 millones, frente a unas exportaciones colombianas
        # … que sumaron USD 2.377 millones": a flow word between the verb and the number names
        # the figure; the verb is another figure's.
        return None
    aside = _appositive_before(folded, at, entities)
    subjects = [
        e
        for e in entities
        if e.end <= at
        and e.code not in {"TWN", "HKG", "MAC"}
        # "Brazil, China's largest trading partner in the region, sold …": a place inside an
        # appositive set off between the subject and its verb describes the subject; it is no
        # seller (the lead, stop 46: main took China as the seller and refuted Brazil's sales to
        # China, 89.4 bn of 2022, by China's sales to Brazil, in a false "contradicted").
        and not (aside and aside[0] < e.start and e.end <= aside[1])
        # "importó … en productos chinos, mientras que solo exportó …": a demonym written in
        # lower case qualifies a noun; it is no subject.
        and not (text and text[e.start : e.start + 1].islower())
        # "China was the top destination for Brazilian exports last year, buying US$ 91.26
        # billion": an English demonym (capitalised) before a flow or goods noun qualifies the
        # noun; it is no subject (round 29e: main took Brazil as the buyer and refuted China's
        # purchases by Brazil's imports from China, in a false "contradicted").
        and not (text and _qualifying_demonym(folded, e))
        and (
            not OBJECT_BEFORE.search(folded[max(0, e.start - 12) : e.start])
            or ARTICLE_A.search(folded[max(0, e.start - 12) : e.start])
            or e.start <= 2
        )
    ]
    if not subjects:
        return _counterpart_direction(folded, mention, entities, sells) or _china_counterpart(
            folded, at, clause, sells, unnamed
        )
    if subjects[-1].code == "CHN" and _state_noun_subject(folded, subjects[-1].end, at):
        # "China se ha convertido en el segundo proveedor de El Salvador: en el primer semestre
        # el país importó desde China US$1,123.4 millones": after a colon, "el país" is the
        # verb's subject, not China named before it (main read China's imports and refuted the
        # figure with El Salvador's exports; round s18a). Whose country it is stays the entity
        # reading's business: it may be borne out, never refuted.
        if unnamed is not None:
            unnamed.add(at)
        return "trade_china_imports" if sells else "trade_china_exports"
    china_sells = sells if subjects[-1].code == "CHN" else not sells
    return "trade_china_exports" if china_sells else "trade_china_imports"


# The marks that set an appositive off: commas or dashes ("Brazil, China's top partner, sold";
# "Brasil — el mayor socio de China — vendió").
APPOSITIVE_MARK = re.compile(r"[,\u2013\u2014]")
# What may stand beside a place that is an aside's only word: "Brazil", "el Brasil", "o Brasil".
BARE_NAME_REST = re.compile(r"\s*+(?:(?:the|el|la|o|a)\s++)?\s*+")


def _appositive_before(
    folded: str, at: int, entities: list[EntityMention]
) -> tuple[int, int] | None:
    """(open, close) of an appositive that ends right before the verb at `at`, set off by two
    marks with a place named just before the first: "Brazil, China's largest partner, sold",
    "Brasil, el mayor socio comercial de China, vendió", "O Brasil, maior parceiro da China,
    vendeu". None where the verb follows no such aside."""
    before = folded[:at].rstrip()
    if not before or not APPOSITIVE_MARK.fullmatch(before[-1]):
        return None
    close = len(before) - 1
    marks = [m.start() for m in APPOSITIVE_MARK.finditer(folded, max(0, close - 120), close)]
    if not marks:
        return None
    open_ = marks[-1]
    head = folded[:open_].rstrip()
    if not any(e.end == len(head) for e in entities):
        return None  # the aside follows no place: "In 2022, …, China sold"
    inside = [e for e in entities if open_ < e.start and e.end <= close]
    rest = folded[open_ + 1 : close]
    for e in sorted(inside, key=lambda e: e.start, reverse=True):
        rest = rest[: e.start - open_ - 1] + rest[e.end - open_ - 1 :]
    if not BARE_NAME_REST.fullmatch(rest):
        return open_, close
    # ", Brazil," alone names the subject ("China's top partner in the region, Brazil, bought"):
    # it is the subject, not an aside about it.
    return None


# An English demonym (folded) and the flow or goods noun it qualifies, one word between at
# most: "Brazilian exports", "Peruvian farm goods", "Chilean copper shipments".
DEMONYM_ENDING = re.compile(r"(?:ian|ean|an|ine|ese|ish)$")
QUALIFIED_FLOW_NOUN = re.compile(
    r"\s{1,3}(?:[a-z]+\s{1,3})?(?:exports?|imports?|goods|products|sales|shipments|purchases|"
    r"commodities|merchandise)\b"
)


def _qualifying_demonym(folded: str, entity: EntityMention) -> bool:
    """A place named by its English demonym right before a flow or goods noun ("for Brazilian
    exports"): the noun's qualifier, not the subject of a trade verb after it."""
    return (
        DEMONYM_ENDING.search(folded, entity.start, entity.end) is not None
        and QUALIFIED_FLOW_NOUN.match(folded, entity.end) is not None
    )


# A clause break, then a state named by a common noun right before a trade verb: "…: en el
# primer semestre el país importó", "…; o país exportou", "…: the country imported" (folded
# text between the last place named and the verb; "el país asiático" is China, not matched).
CLAUSE_BREAK_MARK = re.compile(r"[:;]")
STATE_NOUN_BEFORE_VERB = re.compile(
    r"(?<![\w])(?:el|o|the)\s+(?:pais|country|nacion|nacao|nation)"
    r"(?:\s+(?!asiatic|chin|orient)[a-z]+){0,2}\s*$"
)


def _state_noun_subject(folded: str, after: int, at: int) -> bool:
    """A clause break and "el país", "o país", "the country" between the place named last and
    the verb at `at`: the noun, not that place, is the verb's subject."""
    return (
        CLAUSE_BREAK_MARK.search(folded, after, at) is not None
        and STATE_NOUN_BEFORE_VERB.search(folded, after, at) is not None
    )


def _china_counterpart(
    folded: str, at: int, clause: tuple[int, int], sells: bool, unnamed: set[int] | None = None
) -> str | None:
    """ "No sentido inverso, o país exportou US$ 64,2 bilhões de mercadorias para a China": no
    place before the verb, but China is the other side, named after it ("para a China", "to
    China", "de China"): the subject, whoever it is, sells to China (China's imports) or buys
    from China (China's exports). Who the subject is stays the entity reading's business."""
    pattern = CHINA_SOLD_TO if sells else CHINA_BOUGHT_FROM
    if pattern.search(folded, at, clause[1]) is None and not _clitic_china(
        folded, at, clause, sells
    ):
        return None
    if unnamed is not None:
        unnamed.add(at)
    return "trade_china_imports" if sells else "trade_china_exports"


def _clitic_china(folded: str, at: int, clause: tuple[int, int], sells: bool) -> bool:
    """ "el país le vendió al gigante asiático mercaderías por X y le compró por Y": a verb
    with a clitic of the other side before it ("le compró"), in a clause whose verb of the
    other direction, earlier in the sentence, names China as its other side ("vendió al gigante
    asiático"). Likewise a verb after a word of contrast ("importó desde China … por 118 mil 696
    millones de dólares; en cambio, exportó sólo 10 mil 917 millones", "mas exportou apenas",
    "but exported only"): the other side is the one the earlier verb named (round s17b)."""
    if (
        CLITIC_BEFORE.search(folded[max(0, at - 8) : at]) is None
        and CONTRAST_BEFORE.search(folded, max(0, at - 40), at) is None
    ):
        return False
    # The earlier verb's "a China" counts too: "compró a China … y le vendió …" (Spanish
    # "comprar a" is to buy from; round 40b: main read the sale as another purchase from China).
    other = CHINA_SOLD_TO if not sells else CHINA_BOUGHT_FROM
    return any(
        other.search(folded, position, at) is not None
        for position, verb_sells in _trade_verbs(folded, 0, at)
        if verb_sells != sells
    )


def _counterpart_direction(
    folded: str, mention: Mention, entities: list[EntityMention], sells: bool
) -> str | None:
    """ "By buying products worth $11.46 billion from Peru in 2017, China became …": no
    subject before the verb, but the other side is the state named right after the figure
    ("from Peru" sells, "to Peru" buys), and China, named in the sentence, is the trader.
    None unless the preposition fits the verb (buying from, selling to)."""
    after = COUNTERPART_AFTER.match(folded, mention.end)
    if after is None or not any(e.code == "CHN" for e in entities):
        return None
    state = next((e for e in entities if e.start == after.end()), None)
    if state is None or state.code in NEVER_FOCUS | REGION_CODES:
        return None
    preposition = after.group(1).split()[0]
    if sells and preposition in {"to", "a", "al", "para", "ao"}:
        return "trade_china_exports"  # China sells to the state: the state's imports
    if not sells and preposition in {"from", "a", "al", "de", "desde", "do", "da"}:
        return "trade_china_imports"  # China buys from the state: the state's exports
    return None


# The words a dateline's place name may hold besides capitalised ones ("Ciudad de México").
_DATELINE_LINKS = frozenset({"de", "del", "da", "do", "la", "el", "los", "las", "of", "the"})
# An agency after the place ("CARACAS (EFE).-"), left out before the place is read.
_DATELINE_AGENCY = re.compile(r"\s{0,2}\([^()]{1,20}\)\s{0,2}$")


def _dateline_only(sentence) -> bool:
    """Whether a sentence is only a dateline, the place the report was filed from ("Caracas.",
    "Ciudad de México.", "SAN JOSÉ.-", "BOGOTÁ (EFE).-"): no sentence of the lead, and not the
    article's subject (round 41b: "Caracas." took the lead's third place, so the one state the
    lead names, Venezuela, was never read, and "el intercambio entre ambos países llegó en 2011 a
    los 18,000 millones" three paragraphs on had no state)."""
    if sentence.heading:
        return False
    text = sentence.text.strip()
    body = text.rstrip(".-\u2013\u2014 ")
    if body == text or len(body) > 40:
        return False
    words = _DATELINE_AGENCY.sub("", body).split()
    return (
        0 < len(words) <= 4
        and words[0][:1].isupper()
        and all(w.isalpha() and (w[:1].isupper() or w in _DATELINE_LINKS) for w in words)
    )


# A state's flow with China told bare, right after its article: "las importaciones desde China",
# "las exportaciones a China", "el comercio con China", "the imports from China", "the exports
# to China", "as importações vindas da China", "as exportações para a China", "o comércio com a
# China" (folded). No demonym, possessive or place between ("las exportaciones santafesinas a
# China", "Goiás's exports to China" are a province's); "de China"/"da China" alone is left out
# (China's own imports or imports from it). Group `flow` names the state-side metric.
BARE_FLOW_WITH_CHINA = re.compile(
    r"(?<![\w])(?:las|los|el|the|as|os|o)\s{1,2}(?:"
    r"(?P<imports>importaciones\s{1,2}(?:desde|procedentes\s{1,2}de|provenientes\s{1,2}de)"
    r"|imports\s{1,2}from|importacoes\s{1,2}(?:vindas|procedentes|provenientes)\s{1,2}da)"
    r"|(?P<exports>exportaciones\s{1,2}(?:a|hacia)|exports\s{1,2}to"
    r"|exportacoes\s{1,2}para\s{1,2}a)"
    r"|(?P<trade>comercio\s{1,2}con|trade\s{1,2}with|comercio\s{1,2}com\s{1,2}a)"
    r")\s{1,2}china(?![\w])"
)
FLOW_METRIC = {
    "imports": "trade_china_exports",
    "exports": "trade_china_imports",
    "trade": "trade_total",
}
# What may stand before the bare flow, from the sentence's start: nothing, or its source set
# off by a comma ("Según esos indicadores, ", "According to those figures, ", "Segundo esses
# dados, ") (folded; .fullmatch up to the flow).
SOURCE_LEAD = re.compile(
    r"(?:(?:segun|de\s{1,2}acuerdo\s{1,2}con|segundo|de\s{1,2}acordo\s{1,2}com|conforme|"
    r"according\s{1,2}to)\s[^,;:.]{1,80},\s{1,2})?"
)
# A qualifier between the bare flow and its figure that makes the figure a part of the flow:
# "del sector frutícola", "de las pymes", "of small firms", "por vía marítima", "en cerezas",
# "in copper" (a year after "en"/"in" is the period, not a part).
QUALIFIED_AFTER = re.compile(
    r"(?<![\w])(?:de|del|da|do|das|dos|of|por|by|para|for)(?![\w])"
    r"|(?<![\w])(?:en|em|in)\s{1,2}(?!\d)"
)
# A capitalised word (a place, a body) after the sentence's first word, China aside.
PROPER_NOUN = re.compile(r"(?<=[\s(\"'])(?!China\b)[A-ZÁÉÍÓÚÑÂÊÔÃÕÇ][\w-]*")


def _sole_state_flow(
    folded: str,
    text: str,
    mention: Mention,
    metric: str | None,
    partner: str,
    text_states: frozenset[str],
    about_lac: bool,
) -> str | None:
    """The flow a figure is when only China is named in its sentence, but the whole text names
    one state alone and the figure's clause tells that state's flow with China bare ("Según esos
    indicadores, las importaciones desde China treparon … hasta llegar al 2014 a 1.884 millones
    de dólares" in a text naming Bolivia only): the state's, read with confidence (round r55b:
    main left the figure unjudged as of the article's likely subject). None otherwise: another
    state, the region or any other capitalised name in the text or sentence, or no bare flow."""
    if about_lac or text_states != {partner}:
        return None
    if PROPER_NOUN.search(text, 0, mention.start) is not None:
        return None
    flow = BARE_FLOW_WITH_CHINA.search(folded, 0, mention.start)
    if flow is None or SOURCE_LEAD.fullmatch(folded, 0, flow.start()) is None:
        # "En el sector frutícola, las exportaciones a China …": words before the flow other
        # than its source may narrow it
        return None
    if QUALIFIED_AFTER.search(folded, flow.end(), mention.start) is not None:
        # "las exportaciones a China del sector frutícola llegaron a", "de las pymes", "the
        # exports to China of small firms", "en cerezas": a part of the flow
        return None
    kind = next(name for name in FLOW_METRIC if flow.group(name))
    return flow.group(0).strip() if FLOW_METRIC[kind] == metric else None


def _subject_state(lead: list, entity_index) -> str | None:
    """The one state (not China, not the region) the headline and lead name, if only one."""

    def states(sentences: list) -> set[str]:
        return {
            e.code
            for sentence in sentences
            for e in entity_index.find(sentence.text, fold(sentence.text))
            if e.code not in NEVER_FOCUS | REGION_CODES and e.strong and not e.in_list
        }

    codes = states(lead)
    if len(codes) != 1:
        # "# Argentina y China: una relación comercial desigual" ¶ "China es uno de los mayores
        # socios comerciales de la Argentina, sólo detrás de Brasil": a state the lead names
        # beside the headline's one state is a comparison; the headline's is the subject
        # (round s18a).
        codes = states([s for s in lead if s.heading])
    return codes.pop() if len(codes) == 1 else None


def _flow_named_after(after: re.Match) -> str:
    """The state's flow a flow word right after a figure names: its imports are China's
    exports (`trade_china_exports`), its exports China's imports."""
    return (
        "trade_china_exports"
        if after.group("flow").startswith("import")
        else ("trade_china_imports")
    )


def _product_named(folded: str, clause: tuple[int, int], mention: Mention, hit) -> str | None:
    """A product or sector named with a trade figure: from a little before its flow word (or
    the clause's start) up to the number ("soybean exports … US$ 31 billion", "vendeu à China
    soja no valor de …"), or right after it ("US$ 31 billion in soybeans", "… en cobre")."""
    start = max(clause[0], (hit.start if hit is not None else clause[0]) - 25)
    if hit is not None and hit.start >= mention.start:
        # "a soja respondeu por US$ 20 bilhões das vendas do Brasil à China", "soybeans
        # accounted for US$20 billion of Brazil's exports to China": the flow named after the
        # figure, the product before it, from the clause's start (round s24c: main refuted one
        # product's part by the state's whole exports, in all three languages).
        start = clause[0]
    for before in PRODUCT.finditer(folded, start, mention.start):
        if not _demand_for(folded, before.start()):
            return before.group(0)
    subset = SUBSET_OF_FLOW.search(folded, clause[0], mention.start)
    if subset is not None:
        # "las exportaciones no petroleras no mineras a China totalizaron 2.192 millones",
        # "non-traditional exports", "as exportações não petrolíferas": a part of the flow
        # named by what it leaves out (round s18b: main refuted Ecuador's non-oil exports of a
        # half-year by all its exports of the same months, in all three languages).
        return subset.group(0)
    after = PRODUCT_AFTER.match(folded, mention.end, min(clause[1], mention.end + 40))
    if after is not None:
        return after.group(1)
    flow = PRODUCT_FLOW_AFTER.match(folded, mention.end, min(clause[1], mention.end + 60))
    if flow is not None:
        return flow.group("before") or flow.group("after")
    if clause[0] > 0 and POSSESSIVE_FLOW.search(folded, clause[0], mention.start):
        # "Not even sugar, the product El Salvador sells most to China, has grown: its sales to
        # China fell from 74 million dollars in 2020 to 67 million", "ni siquiera el azúcar …:
        # sus ventas a China cayeron de …", "nem o açúcar …: suas vendas à China caíram de …":
        # a possessive flow ("its sales") in a clause after one naming a product may be that
        # product's trade (round 30a: main read the sugar sales as El Salvador's whole exports).
        earlier = [m.group(0) for m in PRODUCT.finditer(folded, 0, clause[0])]
        if earlier:
            return earlier[-1]
    return None


def _demand_for(folded: str, at: int) -> bool:
    """Whether the product named at `at` is what a demand is for, told as the cause of the
    figure, not its scope: "Puxado pela procura chinesa por petróleo e soja, o comércio entre a
    China e a Celac saltou de …", "driven by Chinese demand for oil and soybeans, trade rose
    from …", "impulsado por la demanda del gigante asiático de petróleo y soja, el comercio
    pasó de …" (round r54c: main read the region's whole trade as oil's and left a refuted
    figure unjudged). Only a demand noun, at most four words, a preposition, and then nothing
    but products and conjunctions up to the product."""
    window = folded[max(0, at - DEMAND_REACH) : at]
    found = max(DEMAND_NOUN.finditer(window), key=lambda m: m.start(), default=None)
    if found is None:
        return False
    words = window[found.end() :].replace(",", " ").split()
    last = max((i for i, w in enumerate(words) if w in DEMAND_PREPOSITIONS), default=None)
    if last is None or last > 4:
        return False
    return all(
        w in DEMAND_CONJUNCTIONS or PRODUCT.fullmatch(w) is not None for w in words[last + 1 :]
    )


def _directed_flow(
    folded: str, clause: tuple[int, int], text: str = "", lang: str = ""
) -> str | None:
    """The state's imports (China's exports) or exports (China's imports) when a flow word
    of the clause is followed by "from/desde/vindas da China" or "to/a/para a China"; None
    when the clause names neither, or both."""
    window = folded[clause[0] : clause[1]]
    found = {
        metric
        for metric, pattern in (
            ("trade_china_exports", FLOW_FROM_CHINA),
            ("trade_china_imports", FLOW_TO_CHINA),
        )
        if any(
            not _article_a(m, text[clause[0] : clause[1]], lang) for m in pattern.finditer(window)
        )
    }
    return found.pop() if len(found) == 1 else None


def _article_a(match: re.Match, text: str, lang: str) -> bool:
    """A Portuguese "a China" written without the grave accent: the article before the
    country, not "à China" (to China). "com vendas de US$ 47,6 bilhões, a China ficou com
    21,72% das compras brasileiras" names China as the seller (dev u548); folding drops the
    accent, so the original text decides."""
    if lang != "pt" or not text or "to" not in match.re.groupindex or match.group("to") != "a":
        return False
    return text[match.start("to") : match.start("to") + 1] in ("a", "A")


def _importer_before_china(folded: str, end: int, entities: list[EntityMention]) -> str | None:
    """The state named right after an import word (ending at `end`) when "de/da/do China"
    follows it: "importações argentinas da China", "importaciones de la Argentina de China"."""
    for e in entities:
        if e.start < end or e.code in NEVER_FOCUS | REGION_CODES | {"TWN", "HKG", "MAC"}:
            continue
        if not BUYER_BETWEEN.fullmatch(folded, end, e.start):
            return None
        return e.code if ORIGIN_CHINA_AFTER.match(folded, e.end) else None
    return None


def _directed_elsewhere(folded: str, clause: tuple[int, int]) -> str | None:
    """The words of a state's flow to or from China ("exportaciones a China", "imports from
    China") in the sentence outside `clause`, or None."""
    for pattern in (FLOW_TO_CHINA, FLOW_FROM_CHINA):
        for match in pattern.finditer(folded):
            if match.end() <= clause[0] or match.start() >= clause[1]:
                return " ".join(match.group(0).split())
    return None


def _states_in(entities: list[EntityMention], clause: tuple[int, int]) -> list[str]:
    """The distinct named states (not China, not a list) of a clause; the region when no
    state is named."""
    named = [
        e
        for e in entities
        if clause[0] <= e.start < clause[1] and e.code not in NEVER_FOCUS and not e.in_list
    ]
    states = sorted({e.code for e in named if e.code not in REGION_CODES and e.strong})
    return states or sorted({e.code for e in named if e.code in REGION_CODES})


# "the Bahamas, with trade of $600 million; Trinidad and Tobago, with about $400 million",
# "Bahamas, con un intercambio que llega a 600 millones", "Jamaica, com cerca de 239 milhões":
# a state, a comma, "with" / "con" / "com" and a few words (no digit, no break) before the
# figure. Round s24b: ", with" opens a clause of its own, so the figure's clause named no state
# and the nearest one, the next item's after the semicolon, took it (a false "contradicted").
WITH_WORDS_BEFORE = re.compile(r",\s{1,3}(?:con|with|com)\s{1,3}[^\d;:()\[\]$]{0,44}(?:us\$|\$)?$")


def _state_just_before(mention: Mention, entities: list[EntityMention], folded: str) -> str | None:
    """The state of "STATE, con N" / "STATE with N" / "STATE, com N" (a list of figures), also
    with a few words between ("STATE, with trade of $N", "STATE, con un intercambio de N")."""
    for entity in entities:
        gap = mention.number_start - entity.end
        if (
            0 < gap <= 12
            and entity.code not in NEVER_FOCUS | REGION_CODES
            and WITH_BEFORE.match(folded, entity.end, mention.number_start)
        ):
            return entity.code
    for index, entity in enumerate(entities):
        gap = mention.number_start - entity.end
        between = entities[index + 1 :]
        if (
            0 < gap <= 56
            and entity.code not in NEVER_FOCUS | REGION_CODES
            and entity.strong
            and not any(
                e.start < mention.number_start and e.code not in NEVER_FOCUS for e in between
            )
            and WITH_WORDS_BEFORE.match(folded, entity.end, mention.number_start)
        ):
            return entity.code
    return None


# A list of figure–state pairs told from China's side: "China lent USD 8.6 billion to Brazil,
# USD 7 billion to Argentina, USD 5.7 billion to Venezuela and USD 821 million to Ecuador",
# "prestó 8.600 millones a Brasil, 7.000 millones a Argentina", "emprestou US$ 8,6 bilhões ao
# Brasil, US$ 7 bilhões à Argentina" (folded). Each figure's state is the one right after it, not
# the state of the pair before (round 40a: main read Argentina's 7 bn as Brazil's). The words
# between the figure and its state; then, before the state that ends the pair before, its figure.
PAIR_PREPOSITION = re.compile(
    r"[^\S\n]{1,3}(?:to|para|a|al|ao)[^\S\n]{1,3}(?:(?:the|la|el|o|a|os|as)[^\S\n]{1,3})?"
)
PAIR_BEFORE_STATE = re.compile(
    r"(?:\d|billion|million|bn|mn|millones|milhoes|bilhoes|mil)[^\S\n]{1,3}(?:to|para|a|al|ao)"
    r"[^\S\n]{1,3}(?:(?:the|la|el|o|a|os|as)[^\S\n]{1,3})?$"
)


def _state_of_pair_list(
    mention: Mention, entities: list[EntityMention], folded: str, clause: tuple[int, int]
) -> str | None:
    """The state right after a money figure ("USD 7 billion to Argentina") when the state
    before the figure in its clause closes a pair of the same shape ("… USD 8.6 billion to
    Brazil, USD 7 billion …") and China, named before, is the lender or seller."""
    if mention.kind is not Kind.MONEY:
        return None
    if not any(e.code == "CHN" and e.end <= mention.start for e in entities):
        return None
    states = [
        e
        for e in entities
        if e.code not in NEVER_FOCUS | REGION_CODES and clause[0] <= e.start < clause[1]
    ]
    after = next(
        (
            e
            for e in states
            if e.start > mention.end and PAIR_PREPOSITION.fullmatch(folded, mention.end, e.start)
        ),
        None,
    )
    before = [e for e in states if e.end <= mention.start]
    if after is None or not before:
        return None
    closing = before[-1]
    if not PAIR_BEFORE_STATE.search(folded, max(0, closing.start - 30), closing.start):
        return None
    return after.code


# An elided verb: "a Venezuela recebeu US$ 62,2 bilhões em empréstimos e o Brasil, US$ 36,8
# bilhões", "Venezuela recibió … y Brasil, US$ 36.800 millones", "… and Brazil, $36.8 billion":
# the state after "and" and before the comma is the second figure's (round s22d: main gave it
# the first state). On folded text: the conjunction (and an article) before the state, and the
# comma (and a currency) between the state and the number.
# A semicolon opens such an item too: "… llegó a 416 millones de dólares; Bahamas, 600
# millones", "… reached $416 million; the Bahamas, $600 million" (round s24b: main gave the 600
# to the state of the clause before).
ELLIPSIS_BEFORE = re.compile(
    r"(?:(?<![\w])(?:e|y|and)|;)\s{1,3}(?:(?:o|a|os|as|ao|aos|el|la|los|las|al|the|to)\s{1,3})?$"
)
ELLIPSIS_GAP = re.compile(r",\s{1,3}(?:[a-z$]{1,4}\s?)?$")


def _state_of_ellipsis(mention: Mention, entities: list[EntityMention], folded: str) -> str | None:
    """The state of "… e o Brasil, US$ 36,8 bilhões" (a figure whose verb is left out)."""
    for entity in entities:
        gap = mention.number_start - entity.end
        if (
            0 < gap <= 8
            and entity.code not in NEVER_FOCUS | REGION_CODES
            and not entity.in_list
            and ELLIPSIS_GAP.match(folded, entity.end, mention.number_start)
            and ELLIPSIS_BEFORE.search(folded, max(0, entity.start - 12), entity.start)
        ):
            return entity.code
    return None


RESPECTIVELY = re.compile(r"\brespectiv(?:ely|amente)\b")
RECENT_YEARS_WHY = "recent years, no year stated"
# "en los últimos años", "in recent years", "over the past few years", "nos últimos anos", "en
# años recientes", "em anos recentes" (folded), with no count of years.
RECENT_YEARS = re.compile(
    r"(?<![\w])(?:(?:los|os|nos)\s+ultimos\s+anos|anos\s+recientes|anos\s+recentes|"
    r"recent\s+years|(?:the\s+)?(?:past|last)\s+(?:few|several)\s+years)(?![\w])"
)

# "nos últimos 14 anos", "en los últimos 14 años", "in the last 14 years", "over the past 14
# years" (folded): a span of N years up to the article's date.
# The count may be written in words: "en los últimos diez años", "in the last ten years", "nos
# últimos dez anos" (round 30d: main read no period in them).
LAST_N_YEARS = re.compile(
    r"(?<![\w])(?:(?:n?os|los|en\s+los|the)\s+)?(?:ultimos|last|past)\s+"
    r"(?P<n>\d{1,2}|[a-z]{3,11})\s+(?:anos|years)(?![\w])"
)


def _years_counted(written: str) -> int | None:
    """The count of "the last N years" written in digits or in a word of any of the three
    languages ("diez", "ten", "dez"), else None ("few", "several")."""
    if written.isdigit():
        return int(written)
    for lang in ("en", "es", "pt"):
        value = convert_number_words(written, lang)
        if value is not None:
            return value
    return None


# Two years joined by "and" ("en 2022 y 2023", "in 2022 and in 2023", "em 2022 e 2023"); a comma
# before "and" ends a clause ("in 2022, and 2023 brought a fall").
YEARS_JOIN = re.compile(r"(?<!\s)\s+(?:and|y|e)\s+")
TWO_YEARS_WHY_HEAD = "which period"
TWO_YEARS_WHY_TAIL = "means is unclear: the two years together or each of them"
TWO_YEARS_WHY = re.compile(rf"{TWO_YEARS_WHY_HEAD} '[^']{{1,40}}' {TWO_YEARS_WHY_TAIL}")


# "for two years in a row", "for the second consecutive year", "por segundo año consecutivo",
# "dos años seguidos", "pelo segundo ano consecutivo", "dois anos consecutivos" (folded).
_RUNNING_ORDINAL = r"(?:second|third|fourth|fifth|2nd|3rd|4th|5th|segundo|tercer|tercero|terceiro|cuarto|quarto|quinto)"
_RUNNING_NUMBER = r"(?:two|three|four|five|dos|tres|cuatro|cinco|dois|quatro|[2-9])"
RUNNING_YEARS = re.compile(
    rf"(?<![\w]){_RUNNING_ORDINAL}\s+(?:(?:straight|consecutive|successive)\s+year"
    r"|year\s+(?:in\s+a\s+row|running)|ano\s+(?:consecutivo|seguido))(?![\w])"
    rf"|(?<![\w]){_RUNNING_NUMBER}\s+(?:(?:straight|consecutive|successive)\s+years"
    r"|years\s+(?:in\s+a\s+row|running)|anos\s+(?:consecutivos|seguidos))(?![\w])"
)
RUNNING_YEARS_WHY = "a figure said of each of several years running"
# A usual or typical year, no year named: "in a normal year", "normally", "usually",
# "typically", "en un año normal", "normalmente", "habitualmente", "por lo general", "em um ano
# normal", "geralmente", "em geral" (folded). A figure so said has no period of its own and
# takes none from the sentences before it.
USUAL_YEAR = re.compile(
    r"\b(?:in\s+an?\s+(?:normal|typical|usual|ordinary|average)\s+year|normally|usually|"
    r"typically|ordinarily|en\s+un\s+ano\s+(?:normal|tipico|corriente|promedio)|normalmente|"
    r"habitualmente|usualmente|por\s+lo\s+general|em\s+um\s+ano\s+(?:normal|tipico|comum)|"
    r"geralmente|em\s+geral)\b"
)
USUAL_YEAR_WHY = "a usual year, no year named"
# How far from the figure the phrase may stand ("superó los US$ 1.000 millones por segundo año
# consecutivo"): within its clause, not a rank's elsewhere in a long sentence.
RUNNING_REACH = 60


def _running_years(folded: str, text: str, mention) -> str | None:
    """The written "for two years in a row" near the figure, else None."""
    for match in RUNNING_YEARS.finditer(folded):
        if (
            match.start() - mention.end <= RUNNING_REACH
            and mention.start - match.end() <= RUNNING_REACH
        ):
            return text[match.start() : match.end()]
    return None


def _two_years_joined(folded: str, periods: list[PeriodMention], period: Period) -> str | None:
    """The written "2022 y 2023" when the claim's period is a whole year joined by "and" to
    another whole year with nothing between them; else None."""
    if period.kind != "point" or period.start_month is not None:
        return None
    own = next((p for p in periods if p.period is period), None)
    if own is None:
        return None
    for other in periods:
        if other is own or other.period.kind != "point" or other.period.start_month is not None:
            continue
        first, second = (own, other) if own.end <= other.start else (other, own)
        if second.start < first.end or first.period.start_year == second.period.start_year:
            continue
        if YEARS_JOIN.fullmatch(folded, first.end, second.start):
            return folded[first.core_start : second.core_end]
    return None


# Between two years of a list: a comma (and "and"), or "and" ("2021, 2022 y 2023", "2022 and in
# 2023").
YEARS_LIST_JOIN = re.compile(r"(?<!\s)(?:\s*,\s*(?:(?:and|y|e)\s+)?|\s+(?:and|y|e)\s+)")


def _respective_years(
    mentions: list[Mention], periods: list[PeriodMention], folded: str
) -> dict[int, Period]:
    """ "In 2022 and 2023, Chile's exports reached US$38.4 billion and US$37.4 billion,
    respectively", "sumaron 38.447 y 37.449 millones en 2022 y 2023, respectivamente": the n-th
    figure before the word is of the n-th year of the list of whole years before it. Only when
    the figures (of one kind: money, percent or count) are as many as the years, two or more;
    keys are the mentions' ids (round s17c: main gave every figure the year nearest to it, and
    refuted US$38.4 billion by 2023's row)."""
    cue = RESPECTIVELY.search(folded)
    if cue is None:
        return {}
    years = [
        p
        for p in periods
        if p.end <= cue.start() and p.period.kind == "point" and p.period.start_month is None
    ]
    chain: list[PeriodMention] = []
    for p in years:
        if chain and YEARS_LIST_JOIN.fullmatch(folded, chain[-1].end, p.start):
            chain.append(p)
        elif len(chain) < 2:
            chain = [p]
    figures = [m for m in mentions if m.end <= cue.start() and m.kind is not Kind.DATE]
    kinds = {m.kind for m in figures}
    if (
        len(chain) < 2
        or len(figures) != len(chain)
        or len(kinds) != 1
        or kinds - {Kind.MONEY, Kind.PERCENT, Kind.COUNT}
        or len({p.period.start_year for p in chain}) != len(chain)
    ):
        return {}
    return {id(m): p.period for m, p in zip(figures, chain, strict=True)}


def _respective_pairs(
    mentions: list[Mention], entities: list[EntityMention], folded: str
) -> dict[int, str]:
    """ "Chile and Peru … $43bn and $25bn respectively", "Chile y Perú … 43 y 25 mil millones,
    respectivamente", "… respectivamente" (PT): the n-th figure before the word is the n-th
    state named before it. Only when the states and the figures of one kind (money or
    percent) are as many, two or more; otherwise nothing is paired (the figures keep their
    low-confidence reading). Keys are the mentions' ids."""
    cue = RESPECTIVELY.search(folded)
    if cue is None:
        return {}
    codes: list[str] = []
    first = None
    for e in sorted(entities, key=lambda e: e.start):
        if e.start >= cue.start() or e.code in NEVER_FOCUS | REGION_CODES:
            continue
        if e.code not in codes:
            codes.append(e.code)
            first = e.start if first is None else first
    if len(codes) < 2:
        return {}
    figures = [m for m in mentions if first < m.start < cue.start()]
    kinds = {m.kind for m in figures}
    if len(figures) != len(codes) or len(kinds) != 1 or kinds - {Kind.MONEY, Kind.PERCENT}:
        return {}
    return {id(m): code for m, code in zip(figures, codes, strict=True)}


# The sign of a balance, from the word before its amount (folded): a surplus or a deficit.
SURPLUS_WORD = re.compile(
    r"\b(?:surplus|superavit|(?:saldo|balance|balanza)\s+(?:comercial\s+)?"
    r"(?:positivo|favorable|favoravel|superavitario|superavitaria)|positive\s+(?:trade\s+)?balance)\b"
)
DEFICIT_WORD = re.compile(
    r"\b(?:deficit|(?:saldo|balance|balanza)\s+(?:comercial\s+)?"
    r"(?:negativo|desfavorable|desfavoravel|deficitario|deficitaria)|negative\s+(?:trade\s+)?balance)\b"
)
# China as the balance's owner: "China's surplus", "the Chinese surplus", "el superávit chino",
# "o superávit da China", "superávit comercial de China" (folded, right before or after the
# balance word).
CHINA_OWNS_BALANCE_BEFORE = re.compile(r"(?:\bchina'?s|\bchinese)\s+(?:trade\s+)?$")
CHINA_OWNS_BALANCE_AFTER = re.compile(
    r"(?<!\s)\s+(?:comercial\s+)?(?:chino|chines|(?:de|da|do)\s+(?:la\s+|a\s+)?china\b)"
)
# China as the subject of a verb of recording right before a balance word (folded): "a China
# registrou um superávit", "China registró un superávit", "China posted a surplus".
CHINA_RECORDS = re.compile(
    r"\b(?:china|pequim|beijing|pekin)\s+(?:(?:also|tambien|tambem|ja|ya)\s+)?"
    r"(?:registr|obtuv|obtev|acumul|tuvo|teve|posted|ran|had|record|logr|alcanz|alcanc)\w*\s+"
    r"(?:(?:an?|un|una|um|uma|its|su|seu)\s+)?(?:(?:trade|comercial)\s+)?$"
)
SIGNED_BALANCE = {(1, False): "trade_surplus", (-1, False): "trade_deficit"}
SIGNED_BALANCE.update({(1, True): "trade_deficit", (-1, True): "trade_surplus"})


def _signed_balance(
    folded: str,
    clause: tuple[int, int],
    mention: Mention,
    entities: list[EntityMention],
    entity: str | None,
    reach: int = 90,
) -> str | None:
    """`trade_surplus` or `trade_deficit` of the claim's state with China, from the balance
    word before the amount in its clause, or None when the sign or the side is not sure.

    The sign: "surplus", "superávit", "saldo positivo" (+); "deficit", "déficit", "saldo
    negativo" (−). The side: China's own balance ("China's surplus with Mexico", "el superávit
    de China", China the clause's subject before the balance word and no state named there)
    turns the sign round for the state; otherwise the balance is the state's ("Brazil's
    surplus", "el déficit con China"). None when the state is not resolved, when both signs
    are named, or when no sign word stands before the amount."""
    if entity is None or entity in NEVER_FOCUS or entity in REGION_CODES:
        return None
    window = (max(clause[0], mention.start - reach), mention.start)
    surplus = list(SURPLUS_WORD.finditer(folded, *window))
    deficit = list(DEFICIT_WORD.finditer(folded, *window))
    if bool(surplus) == bool(deficit):
        return None  # no sign word, or both ("el superávit se volvió déficit")
    word = (surplus or deficit)[-1]
    sign = 1 if surplus else -1
    china_owns = bool(
        CHINA_OWNS_BALANCE_BEFORE.search(folded, max(0, word.start() - 16), word.start())
        or CHINA_OWNS_BALANCE_AFTER.match(folded, word.end())
    )
    if not china_owns:
        before = folded[clause[0] : word.start()]
        states_before = [
            e for e in entities if clause[0] <= e.start < word.start() and e.code not in NEVER_FOCUS
        ]
        china_subject = CHINESE_SIDE.search(before) and (
            # "its imports from China US$19 billion, for a surplus of": China named as the origin
            # is no subject either (the lead, stop 47: main read China's surplus, Chile's deficit,
            # and called a right surplus inconsistent).
            not re.search(
                r"\b(?:with|con|com|frente\s+a|to|a|para|para\s+a|from|desde)\s+(?:la\s+|a\s+)?"
                r"(?:china|pequim|beijing|pekin)\b",
                before,
            )
            # "a China registrou um superávit": "a" is the article of the subject, whose verb
            # follows it, not the preposition of "à China".
            or CHINA_RECORDS.search(before)
        )
        if china_subject and not states_before:
            china_owns = True  # "China registró un superávit de … con México"
    return SIGNED_BALANCE[(sign, china_owns)]


# China as the owner of the flows named together: "China's exports and imports", "Chinese
# exports and imports" before them; "… de China", "… da China", "… chinesas" after them.
CHINA_OWNS_BEFORE = re.compile(r"(?:\bchina'?s?|\bchinese)\s+$")
CHINA_OWNS_AFTER = re.compile(
    r"(?<!\s)\s+(?:(?:de|da|do)\s+(?:la\s+|a\s+)?china\b|chin(?:as|esas|os|eses)\b)"
)


def _respective_flows(mentions: list[Mention], folded: str) -> dict[int, tuple[str, bool]]:
    """ "exports and imports … $X and $Y, respectively", "exportaciones e importaciones …
    US$ X y US$ Y, respectivamente", "importações e exportações … respectivamente": the first
    of two money figures is the first flow named, the second the other. Only with both flows
    named together before the figures and exactly two money figures between them and the cue.
    Values: (metric, whether the flows were read as China's own). A LAC state's exports are
    China's imports (`trade_china_imports`); China's own exports are `trade_china_exports`."""
    cue = RESPECTIVELY.search(folded)
    if cue is None:
        return {}
    both = None
    for match in BOTH_FLOWS.finditer(folded, 0, cue.start()):
        both = match
    if both is None:
        return {}
    figures = [m for m in mentions if both.end() <= m.start < cue.start()]
    if len(figures) != 2 or any(m.kind is not Kind.MONEY for m in figures):
        return {}
    china_side = bool(
        CHINA_OWNS_BEFORE.search(folded, max(0, both.start() - 12), both.start())
        or CHINA_OWNS_AFTER.match(folded, both.end())
    )
    exports_first = re.match(_EXPORTS_WORD, both.group(0)) is not None
    state_exports, state_imports = "trade_china_imports", "trade_china_exports"
    if china_side:
        state_exports, state_imports = state_imports, state_exports
    order = (state_exports, state_imports) if exports_first else (state_imports, state_exports)
    return {id(m): (metric, china_side) for m, metric in zip(figures, order, strict=True)}


def _amounts_carried(mentions: list[Mention], paragraph_claims: list[Claim], folded: str):
    """ "The lending … climbed to a peak of 35.7 billion in 2010. It then eased, picked up
    again in 2015 to 21.5 billion, … 6.3 bn in 2017": in a sentence with no word of money or
    flow, an amount with a scale word and nothing counted continues the paragraph's last
    amount, in its currency. The currency is assumed (never enough to contradict); the metric
    is then inherited, at low confidence, by _inherited_metric."""
    # A date read as a claim of its own beside the last amount ("… US$3.566,2 millones, el monto
    # más alto desde 1994") is no amount: the paragraph's last amount is the one before it
    # (round 49a: once "desde 1994" was read, "bajó a 50 millones" lost the currency it carries).
    last = next((c for c in reversed(paragraph_claims) if c.kind is not Kind.DATE), None)
    if last is None or last.kind is not Kind.MONEY or MONEY_FLOW.search(folded):
        return mentions
    return _in_currency_of(mentions, last)


def _in_currency_of(mentions: list[Mention], last: Claim) -> list[Mention]:
    """Each bare amount (a scale word, nothing counted) as money in the currency of `last`, the
    currency marked assumed (never enough to contradict)."""
    return [
        dataclasses.replace(m, kind=Kind.MONEY, unit=last.unit, currency_assumed=True)
        if m.kind is Kind.COUNT and m.scale >= 1e6 and m.noun_start < 0
        else m
        for m in mentions
    ]


# A verb of importing or exporting (folded): "El Salvador importó …", "exportou", "imported".
FLOW_VERB = re.compile(r"(?<![\w])(?:import|export)(?:o|ou|ed|aron|aram|a)(?![\w])")


def _flow_amounts_carried(
    mentions: list[Mention], by_paragraph: dict[int, list[Claim]], paragraph: int, folded: str
) -> list[Mention]:
    """ "En 2024 El Salvador importó 2.731,8 millones en bienes chinos y exportó 52,8 millones",
    "In 2024 it imported 2,731.8 million … and exported 52.8 million", "importou 2.731,8 milhões":
    a paragraph of its own whose verb of importing or exporting takes bare amounts (a scale word,
    nothing counted, no currency anywhere in the sentence) in the currency of the text's last
    amount in an earlier paragraph (round 52d: main read two counts and no metric). The currency
    is assumed, so the amount can be borne out but never refuted."""
    if by_paragraph.get(paragraph) or not FLOW_VERB.search(folded):
        return mentions
    if any(m.kind is Kind.MONEY for m in mentions):
        return mentions
    # The last amount of the earlier paragraphs, a date or a rank between them aside ("Entre enero
    # y junio de 2025 China fue el segundo país que más bienes vendió a El Salvador").
    claims = [c for p in sorted(by_paragraph) if p < paragraph for c in by_paragraph[p]]
    last = next((c for c in reversed(claims) if c.kind not in (Kind.DATE, Kind.RANK)), None)
    if last is None or last.kind is not Kind.MONEY:
        return mentions
    return _in_currency_of(mentions, last)


# "pasaron de $ 656 millones en 2016 a $ 3.193 el año pasado", "from US$ 656 million in 2016 to
# US$ 3,193 last year": the end of a change, written with no scale word, in the scale of its start
# (folded text between the two figures: the start's year, if any, then "a/to/para").
SCALE_GAP = re.compile(
    r"(?:\s{1,2}(?:en|in|em)\s{1,2}\d{4})?\s{1,2}(?:a|al|to|para|hasta|ate)\s{1,2}"
    r"(?:(?:los|las|os|as|the)\s)?"
)
# "era de apenas US$2.134 millones (8%), y para el 2022 se incrementó a US$28.715", "was US$2.1
# billion, and by 2022 it had risen to US$28.7": a verb of change to the second level, the gap
# holding no other number but a year (round s18b: main read "US$28.715" as 28,715 dollars).
ROSE_TO_BEFORE = re.compile(
    r"(?<![\w])(?:se\s+)?(?:increment\w*|aument\w*|subi\w*|creci\w*|cresc\w*|pas[oó]|"
    r"passou|lleg[oó]|chegou|alcanz\w*|elev\w*|rose|risen|increased|grew|grown|climbed|"
    r"reached|jumped)\s{1,2}(?:(?:hasta|a|al|to|para|até|ate)\s{1,2})?(?:(?:los|las|os|as|the)\s)?$"
)
ROSE_TO_REACH = 80


def _rose_to_between(folded: str, first_end: int, second_start: int) -> bool:
    gap = folded[first_end:second_start]
    if len(gap) > ROSE_TO_REACH or re.search(r"\d", re.sub(r"\b\d{4}\b|\(\d+[.,]?\d*%\)", "", gap)):
        return False
    return ROSE_TO_BEFORE.search(gap) is not None


# How far apart (as a ratio) the two ends may be for the scale to be carried.
SCALE_RATIO = 100.0


def _scale_carried(mentions: list[Mention], folded: str, text: str) -> list[Mention]:
    """The second figure of "de X millones … a Y" with no scale word of its own takes X's
    scale (round s16a: main read "$ 3.193" as 3,193 dollars). A reading, not written: the value
    is held in doubt, so the figure may be borne out, never refuted."""
    out = list(mentions)
    # Consecutive money figures: a percent in brackets between them ("US$2.134 millones (8%)")
    # is skipped.
    money = [i for i, m in enumerate(mentions) if m.kind is Kind.MONEY]
    for at, i in zip(money, money[1:], strict=False):
        first, second = mentions[at], mentions[i]
        if (
            first.kind is Kind.MONEY
            and second.kind is Kind.MONEY
            and (i == at + 1 or _rose_to_between(folded, first.end, second.start))
            and first.scale >= 1e6
            and second.scale == 1.0
            and second.noun_start < 0
            and second.unit == first.unit
            and first.value > 0
            and 1 / SCALE_RATIO <= second.value / first.value <= SCALE_RATIO
            and (
                (
                    FROM_BEFORE.search(folded, max(0, first.start - 12), first.start)
                    and SCALE_GAP.fullmatch(folded, first.end, second.start)
                )
                or _rose_to_between(folded, first.end, second.start)
            )
        ):
            written = " ".join(text[first.start : first.end].split())
            out[i] = dataclasses.replace(
                second, scale=first.scale, value_doubt=f"no scale written: that of '{written}' read"
            )
    return out


# A place named right before a bracket: "Venezuela (53,6 bilhões de dólares), Brasil (22)"
# (original text before the "(" of a bare number).
PLACE_BEFORE_BRACKET = re.compile(r"(?<![\w])[A-ZÁÉÍÓÚÑÇ][\w-]+[^\S\n]?\($")


def _bracketed_list_amounts(mentions: list[Mention], text: str) -> list[Mention]:
    """ "Venezuela (53,6 bilhões de dólares), Brasil (22), Argentina (19) e o Equador, com 10,8
    bilhões": a bare number alone in brackets after a place, in a sentence whose amounts of
    money carry a scale, is an amount of that list, in the currency and scale of the nearest
    such amount before it (else after it). A reading, not written: the value is held in doubt,
    so it may be borne out, never refuted (round s18a: main read "(22)" as a count)."""
    amounts = [m for m in mentions if m.kind is Kind.MONEY and m.scale >= 1e6 and m.value > 0]
    if not amounts:
        return mentions
    out = list(mentions)
    for i, mention in enumerate(mentions):
        if (
            mention.kind is not Kind.COUNT
            or mention.scale != 1.0
            or mention.noun_start >= 0
            or text[mention.end : mention.end + 1] != ")"
            or not PLACE_BEFORE_BRACKET.search(text, max(0, mention.start - 40), mention.start)
        ):
            continue
        before = [m for m in amounts if m.end <= mention.start]
        model = before[-1] if before else next(m for m in amounts if m.start >= mention.end)
        if not 1 / SCALE_RATIO <= mention.value / model.value <= SCALE_RATIO:
            continue
        written = " ".join(text[model.start : model.end].split())
        out[i] = dataclasses.replace(
            mention,
            kind=Kind.MONEY,
            unit=model.unit,
            scale=model.scale,
            value_doubt=f"a bare number in a list of amounts: the scale of '{written}' read",
        )
    return out


# What a count of states counts ("21 countries have joined the Belt and Road", "five Latin
# American and Caribbean countries"): its noun names no measure of its own, so the metric
# phrase elsewhere in the clause is its measure.
STATE_COUNT_NOUN = re.compile(
    r"(?:countr|nation|state|member|signator|partner|govern|economi|pais|nacion|naco|estad"
    r"|miembr|membr|socio|parceir|gobiern|firmant|signat|latin|americ|caribe|caribb|island"
    r"|isla|ilha|territor|region|provinc)"
)


def _noun_names_other_thing(noun: str, phrase: str) -> bool:
    """Does a counted noun name a thing the metric's phrase does not ("schools" beside
    "Confucius Institute")? False for nouns of states and for nouns whose head word's stem
    the phrase holds ("Confucius Institutes", "institutos", "classrooms")."""
    words = [w for w in re.findall(r"[a-z]+", fold(noun)) if len(w) > 2]
    if not words or any(STATE_COUNT_NOUN.match(w) for w in words):
        return False
    said = fold(phrase)
    # "institutions" is not "institute", nor "instituciones" "instituto": nine letters of the
    # singular, not the first four, tell them apart.
    return not any(w.rstrip("s")[:9] in said for w in words)


def _noun_stem(noun: str) -> str:
    """The first letters of a counted noun's head word ("país" and "países", "countries"
    and "country" agree; "programas" does not)."""
    words = fold(noun).split()
    return words[0][:4] if words else ""


OPPOSITE_FLOW = {
    "trade_china_imports": "trade_china_exports",
    "trade_china_exports": "trade_china_imports",
}
# The words between a verb of buying or selling and its figure: a conjunction's clause, no
# figure and no clause break ("e importó ", "and bought ", "y le compró apenas ").
VERB_GAP = re.compile(r"^[^\d,;:()]{0,20}$")


def _verb_right_before(folded: str, mention: Mention) -> str | None:
    """The flow with China a buying or selling verb tells when it stands right before the
    figure (VERB_GAP between), else None."""
    zone_start = max(0, mention.start - 40)
    found = None
    for pattern, flow in ((SELL_VERB, "trade_china_imports"), (BUY_VERB, "trade_china_exports")):
        for match in pattern.finditer(folded, zone_start, mention.start):
            if VERB_GAP.match(folded[match.end() : mention.start]) and (
                found is None or match.end() > found[0]
            ):
                found = (match.end(), flow)
    return found[1] if found else None


def _flow_of_the_verb(folded: str, before: int) -> str | None:
    """The state's flow with China a verb of selling or of buying before `before` tells (a sale
    is China's imports, a purchase its exports); None when neither or both are told."""
    sold = SELL_VERB.search(folded, 0, before)
    bought = BUY_VERB.search(folded, 0, before)
    if sold and not bought:
        return "trade_china_imports"
    if bought and not sold:
        return "trade_china_exports"
    return None


# Words that make a sentence speak of investment (folded): "un inversionista de peso …, donde
# sus capitales suman", "Chinese investment", "os investimentos chineses", "os capitais".
INVESTMENT_TOLD = re.compile(
    r"\b(?:inversion(?:es|ista|istas)?|inversor(?:es|as)?|capitales|investments?|investors?"
    r"|investimentos?|investidor(?:es|as)?|capitais)\b"
)
TRADE_FLOW_METRICS = frozenset(
    {"trade_total", "trade_china_exports", "trade_china_imports", "trade_balance"}
)


def _inherited_metric(
    mention: Mention, paragraph_claims: list[Claim], folded: str = ""
) -> str | None:
    for claim in reversed(paragraph_claims):
        if claim.kind is mention.kind and claim.unit == mention.unit and claim.metric:
            if (
                claim.metric in TRADE_FLOW_METRICS
                and mention.kind is Kind.MONEY
                and INVESTMENT_TOLD.search(folded)
            ):
                # "… mientras las importaciones llegaron a 13 mil 500 millones. China es además un
                # inversionista de peso en el Perú, donde sus capitales suman más de 13 mil
                # millones": a sum of a sentence that speaks of investment, with no metric word
                # of its own, is not the trade flow of the figure before (round r61c: main bore
                # the investment out by Peru's imports from China).
                return None
            if claim.metric in SHARE_OF_METRICS and not SHARE_OF.match(folded[mention.end :]):
                return None  # "… cuyas ventas subieron 110,2%" is a change, not that share
            if claim.metric == CHINA_SHARE_OF_EXPORTS:
                return None  # "… y le vendió el 22% de sus importaciones": another whole
            if claim.metric.endswith("_growth") and (
                SHARE_OF_WHOLE_AFTER.match(folded, mention.end) or _share_in_words(mention, folded)
            ):
                return None  # "um aumento de 27%, o que corresponde a 20% do total importado"
            # The threshold of a record is that figure's own reading: the next figure takes up
            # the flow ("… a comprar mais de US$ 100 bilhões do Brasil em um ano: foram …").
            return claim.metric.removesuffix(RECORD_THRESHOLD)
    return None


def _metric_before(
    lexicon: MetricLexicon, before: str, mention: Mention, entity: str | None
) -> MetricHit | None:
    """The metric a money figure with no metric word of its own borrows from the sentence
    before: the phrase of that sentence that would head a figure standing at its end."""
    wanted = lexicon.metrics_for(mention.kind, mention.unit)
    hits = lexicon.hits(before, "", wanted)
    end = len(before)
    return choose_metric(
        lexicon, hits, mention.kind, mention.unit, end, end, (-1, -1), (0, end), entity, before
    )


# Between a listed state and its year (folded): "Costa Rica, en 2007", "Chile (in force since
# 2006)", "Panamá (2017)", "Peru, in 2010", "Brasil (em vigor desde 2010)".
STATE_YEAR_GAP = re.compile(
    r"\s?[,(]\s?(?:(?:(?:in force|en vigor|em vigor|vigente)\s)?"
    r"(?:since|desde|en|in|em|el|a partir de)\s)?"
)
# What may follow a listed year: the item's end (";", ",", ")", " y/and/e", the sentence's end).
LISTED_YEAR_END = re.compile(r"\)?\s?(?:[;,.)]|\s(?:y|and|e)\s|$)")


def _years_of_listed_states(
    folded: str,
    periods: list[PeriodMention],
    entities,
    taken: list[tuple[int, int]],
    companions: tuple[str, ...] = (),
) -> list[tuple[PeriodMention, str]]:
    """The years a list pairs with its states, each right after its state ("Costa Rica, en
    2007; Panamá, en 2017"): two pairs at least, each state a CELAC state named once in the
    list, each year a whole year (no month) that no other figure of the sentence takes.
    `companions`: the states of the same list dated in brackets by a month ("Panama (June
    2017)"), read already; they count towards the two and are named once too."""
    states = [e for e in entities if e.code not in NEVER_FOCUS | REGION_CODES]
    pairs: list[tuple[PeriodMention, str]] = []
    for p in periods:
        period = p.period
        if (
            period.kind not in ("point", "since")
            or not period.start_year
            or period.start_month is not None
            or any(p.start < e and s < p.end for s, e in taken)
        ):
            continue
        before = [e for e in states if e.end <= p.start]
        if not before or p.start - before[-1].end > 28:
            continue
        if not STATE_YEAR_GAP.fullmatch(folded, before[-1].end, p.core_start):
            continue
        if not LISTED_YEAR_END.match(folded, p.core_end):
            continue
        pairs.append((p, before[-1].code))
    codes = [code for _p, code in pairs] + list(companions)
    if not pairs or len(codes) < 2 or len(set(codes)) != len(codes):
        return []
    return pairs


def _with_bracketed_state_years(
    text: str,
    folded: str,
    periods: list[PeriodMention],
    entities,
    month_states: list[tuple[PeriodMention, str]],
) -> list[PeriodMention]:
    """The periods of the sentence, with the years a list writes in brackets right after each of
    its states: "Panama (2017), the Dominican Republic (2018), El Salvador (2018) and Nicaragua
    (2021) established diplomatic relations", "Panamá (2017), República Dominicana (2018)", "o
    Panamá (2017) e a Nicarágua (2021)". A year in brackets after a name has the shape of a
    citation ("Gallagher (2016)") and is set aside as one; after a CELAC state, in a list of two
    states at least (`_years_of_listed_states`), it dates that state's event (round s20a: main
    read none of them). A state of the list dated by a month in brackets ("after Costa Rica
    (2007) and Panama (June 2017)", "Costa Rica (2007) y Panamá (junio de 2017)") is read as a
    date already and counts as one of the list's states (round 35a: main read no year for
    Costa Rica beside Panama's month)."""
    spans = [m.span() for m in NAME_YEAR.finditer(text)]
    if not spans:
        return periods
    companions = tuple(code for _p, code in month_states)
    if len(spans) + len(companions) < 2:
        return periods
    held = {(p.core_start, p.core_end) for p in periods}
    bracketed = [
        p
        for p in find_periods(folded)
        if (p.core_start, p.core_end) not in held
        and any(s <= p.core_start and p.core_end <= e for s, e in spans)
    ]
    paired = _years_of_listed_states(folded, bracketed, entities, [], companions)
    if not paired:
        return periods
    return sorted(periods + [p for p, _code in paired], key=lambda p: p.start)


def _month_bracketed_states(
    folded: str, periods: list[PeriodMention], entities
) -> list[tuple[PeriodMention, str]]:
    """The months, with their CELAC states, that the sentence writes in brackets right after a
    state's name: "Panama (June 2017)", "Panamá (junio de 2017)", "o Panamá (junho de 2017)" — a
    bracket holding the date alone, a month and a year."""
    states = [e for e in entities if e.code not in NEVER_FOCUS | REGION_CODES]
    codes: list[tuple[PeriodMention, str]] = []
    for p in periods:
        period = p.period
        if period.kind != "point" or not period.start_year or period.start_month is None:
            continue
        before = [e for e in states if e.end <= p.start]
        if not before or not STATE_MONTH_OPEN.fullmatch(folded, before[-1].end, p.start):
            continue
        if not STATE_MONTH_CLOSE.match(folded, p.end):
            continue
        codes.append((p, before[-1].code))
    return codes


# What stands between a state and its month in brackets, and after the month (folded):
# "Panama (June 2017)", "Panamá (junio de 2017)".
STATE_MONTH_OPEN = re.compile(r"\s?\(\s?")
STATE_MONTH_CLOSE = re.compile(r"\s?\)")


# The Belt and Road Initiative named (folded).
BELT_AND_ROAD = re.compile(
    r"(?<![\w])(?:belt\s+and\s+road|bri|franja\s+y\s+(?:la\s+)?ruta|cinturao\s+e\s+rota"
    r"|(?:nueva\s+)?ruta\s+de\s+la\s+seda|new\s+silk\s+road|(?:nova\s+)?rota\s+da\s+seda)(?![\w])"
)


# A yearly amount (folded): right after the figure ("annually", "a year", "per year", "each
# year", "anuales", "al año", "por año", "anualmente", "ao ano", "por ano", "anuais") or an
# average named before it in its clause ("an average of", "averaged", "un promedio de",
# "promedió", "una media de", "uma média de", "média de", "em média").
PER_YEAR_AFTER = re.compile(
    r"(?:\s(?:de\s)?dolares)?\s(?:annually|a\s+year|per\s+year|each\s+year|every\s+year|yearly"
    r"|anuales|anuais|anualmente|al\s+ano|por\s+ano|cada\s+ano|ao\s+ano)\b"
)
AVERAGE_BEFORE = re.compile(
    r"(?:an\s+average\s+of|averaged|averaging|(?:un|el)\s+promedio\s+de|promedio\s+de|promedio"
    r"|promediaron|(?:una|uma)\s+media\s+de|media\s+de|em\s+media|en\s+promedio)"
    r"(?:\s+(?:de|of|anual|annual))?\s+(?:(?:just|about|some|cerca\s+de|unos|unas|cerca)\s+)?$"
)


# A figure of the present told after a year of another figure (folded, right after the figure):
# "from $16 billion in 2000 to $400 billion today", "de 16.000 millones de dólares en 2000 a
# 400.000 millones hoy", "de US$ 16 bilhões em 2000 para US$ 400 bilhões hoje" (round r61a).
PRESENT_AFTER = re.compile(
    r",?\s{1,2}(?:today|nowadays|now|at\s+present|currently|these\s+days|hoy(?:\s+en\s+dia)?"
    r"|actualmente|en\s+la\s+actualidad|hoje(?:\s+em\s+dia)?|atualmente|agora|ahora"
    r"|na\s+atualidade)(?![\w])"
)
PRESENT_WHY = "a figure of the article's time, not of the year written before it"
# A mean of items named right before a single year's figure (folded): "loans averaged $275
# million", "los préstamos promediaron 275 millones", "uma média de US$ 275 milhões" with one
# year or none: the mean size of a loan, a deal or a month, not the year's total (round r61a).
AVERAGE_SUFFIX = "_average"

RECORD_THRESHOLD = "_record_threshold"
# "the first country to buy", "o primeiro país a comprar", "a primeira empresa a exportar", "el
# primer país en comprar", "la primera nación en vender" (folded), right before a figure (a bound
# word may stand between): the figure is the threshold of a first-ever record.
FIRST_TO_BEFORE = re.compile(
    r"(?<![\w])(?:the\s+first|o\s+primeiro|a\s+primeira|el\s+primer|la\s+primera)"
    r"(?:\s+[\w-]+){1,3}?\s+(?:to|a|en|em|que|that|which)\s+[\w-]+"
    r"(?:\s+(?:more\s+than|over|above|mais\s+de|acima\s+de|mas\s+de|por\s+encima\s+de))?\s+$"
)


def _first_to_pass(folded: str, mention: Mention, clause: tuple[int, int]) -> str | None:
    """The words that make a figure the threshold of a first-ever record, or None."""
    found = FIRST_TO_BEFORE.search(folded, max(clause[0], mention.start - 80), mention.start)
    return " ".join(found.group(0).split()) if found else None


def _per_year(folded: str, mention: Mention, clause: tuple[int, int]) -> str | None:
    """The words that make a figure a yearly amount, or None."""
    after = PER_YEAR_AFTER.match(folded, mention.end)
    if after:
        return " ".join(after.group(0).split())
    before = AVERAGE_BEFORE.search(folded, max(clause[0], mention.start - 40), mention.start)
    return " ".join(before.group(0).split()) if before else None


def _date_mention(period: PeriodMention) -> Mention:
    p = period.period
    year = (
        p.start_year
        if p.kind in ("range", "since") and p.start_year
        else p.end_year or p.start_year or 0
    )
    return Mention(
        Kind.DATE,
        period.core_start,
        period.core_end,
        float(year),
        "year",
        number_start=period.core_start,
        number_end=period.core_end,
    )


# The coordinated clause that dates the sentence's figure after a rank (folded): ", y el
# comercio …", ", and trade …", ", e o comércio …" (a conjunction after a comma, then a flow).
RANK_THEN_FLOW = re.compile(
    r",\s{1,3}(?:y|and|e)\s{1,3}(?:(?:el|la|o|a|the|su|sus|its|seu|sua)\s{1,3})?"
    r"(?:comercio|intercambio|trade|bilateral\s+trade"
    r"|exportaciones|importaciones|exportacoes|importacoes|exports|imports)(?![\w])"
)


def _rank_then_dated_clause(folded: str, mention: Mention, period: PeriodMention) -> bool:
    """Is the year in the clause right after a rank's, that of the sentence's flow ("…, y el
    comercio … alcanzó en 2010 …"), with no other figure's clause between?"""
    found = RANK_THEN_FLOW.search(folded, mention.end, period.start)
    return found is not None and ";" not in folded[mention.end : period.start]


# A part of the region (folded): the Caribbean, Central America, South America, the Andes, the
# Southern Cone; not the Caribbean of the whole region's name ("América Latina y el Caribe",
# "Latin America and the Caribbean", "América Latina e o Caribe"), which is removed first.
WHOLE_REGION_NAME = re.compile(
    r"(?:latin\w*\s+americ\w*|america\s+latina|latinoamerica\w*)\s{0,2},?\s{0,2}(?:and|y|e|&)\s{1,3}"
    r"(?:(?:the|el|o|do|del)\s{1,3})?(?:caribbean|caribe)"
)
PART_OF_REGION = re.compile(
    r"(?<![\w])(?:caribbean|carib[e]\w*|central\s+americ\w*|centro-?americ\w*|america\s+central"
    r"|south\s+americ\w*|sudameric\w*|surameric\w*|sul-?americ\w*|america\s+del\s+sur"
    r"|america\s+do\s+sul|andean|andin[oa]s?|cono\s+sur|southern\s+cone)(?![\w])"
)


def _part_of_region_named(*texts: str) -> str | None:
    """The part of Latin America a sentence (or the one before) names, if any."""
    for text in texts:
        found = PART_OF_REGION.search(WHOLE_REGION_NAME.sub(" ", text or ""))
        if found:
            return found.group(0)
    return None


def _share_in_words(mention: Mention, folded: str) -> bool:
    """Is a percent written in words ("half of", "la mitad de", "a metade do", "two thirds of"),
    a share of a whole by the way it is written (`mentions.SHARE_WORD`), never a growth rate?"""
    return (
        mention.kind is Kind.PERCENT
        and mention.number_end > mention.number_start >= 0
        and not any(ch.isdigit() for ch in folded[mention.number_start : mention.number_end])
    )


# A comma and a conjunction opening a clause of its own (a new subject may follow): "…, while
# Peru …", "…, mientras Perú …", "…, enquanto o Peru …".
NEW_SUBJECT_CLAUSE = re.compile(r",\s+(?:and|while|but|whereas|y|mientras|pero|e|enquanto|mas)\s")
# A bracket holding one short word, an acronym ("the Belt and Road Initiative (BRI) on April
# 11", "la Cepal (CEPAL)"): no clause break, the sentence runs on through it (round 27c: the
# bracket cut "Jamaica signed on to …" off its date, whose state was then read from the clause
# after, "while Peru …").
ACRONYM_BRACKET = re.compile(r"\([a-z][a-z\-]{0,11}\)")


def _acronym_bracket_at(folded: str, at: int) -> bool:
    """Whether the bracket at `at` ("(" or ")") is one of an acronym bracket."""
    if folded[at] == "(":
        return ACRONYM_BRACKET.match(folded, at) is not None
    if folded[at] == ")":
        opened = folded.rfind("(", max(0, at - 13), at)
        bracket = ACRONYM_BRACKET.match(folded, opened) if opened >= 0 else None
        return bracket is not None and bracket.end() == at + 1
    return False


# An amount restated in brackets right after an amount, in another currency or form:
# "152 bilhões de dólares (803 bilhões de reais) de comércio bilateral no ano passado", "US$ 152
# bilhões (R$ 803 bilhões) em 2022", "152.000 millones de dólares (803.000 millones de reales)
# el año pasado", "$152 billion (803 billion reais) last year" (folded). The conversion is no
# clause of its own: the figure keeps the date and words of the clause it stands in (round r59b:
# main left the 2022 total of text 618 undated, the bracket cutting it off "no ano passado").
# The bracket stays a clause break: the restated amount is not read with the figure's words.
CONVERSION_BRACKET = re.compile(
    r"\([^\S\n]?(?:(?:us|r|rd|s/|c|u)?\$[^\S\n]?|€[^\S\n]?|(?:usd|brl|eur|cny|rmb)[^\S\n])?"
    r"\d[\d.,]*"
    r"(?:[^\S\n](?:mil[^\S\n])?(?:millones|milhoes|bilhoes|trilhoes|billones|billion|million"
    r"|trillion|bn|mil))?"
    r"(?:[^\S\n](?:de[^\S\n])?(?:reais|reales|dolares|euros|yuan|yuanes|pesos|dollars))?"
    r"[^\S\n]?\)"
)
CURRENCY_OR_SCALE = re.compile(r"[a-z$€]")


def _conversion_after(folded: str, at: int) -> int | None:
    """The end of a bracket right after `at` (a money figure's end) that holds only the same
    amount restated ("US$ 152 bilhões (R$ 803 bilhões)"), else None."""
    opened = at + 1 if folded[at : at + 2] == " (" else at
    bracket = CONVERSION_BRACKET.match(folded, opened)
    if bracket is None or not CURRENCY_OR_SCALE.search(folded, opened + 1, bracket.end() - 1):
        return None
    return bracket.end()


def _restated_amounts(mentions: list[Mention], folded: str) -> list[Mention]:
    """The amount in a bracket that restates the money figure before it ("(803 bilhões de
    reais)", "(803.000 millones de reales)") is that figure in another currency or form: its
    value is held in doubt (a currency the reader may not know), so it is borne out, never
    refuted."""
    out = list(mentions)
    for i, (first, second) in enumerate(zip(mentions, mentions[1:], strict=False), start=1):
        if (
            first.kind is Kind.MONEY
            and second.kind is Kind.MONEY
            and (after := _conversion_after(folded, first.end)) is not None
            and first.end < second.start
            and second.end <= after
        ):
            out[i] = dataclasses.replace(second, value_doubt="an amount restated in brackets")
    return out


def _clauses(folded: str) -> list[tuple[int, int]]:
    cuts = (
        [0]
        + [
            m.start()
            for m in CLAUSE_BREAK.finditer(folded)
            if not _acronym_bracket_at(folded, m.start())
            and not _region_and_caribbean(folded, m.start())
            and not _between_two(folded, m.start())
        ]
        + [len(folded)]
    )
    return [(a, b) for a, b in zip(cuts, cuts[1:], strict=False) if b > a] or [(0, len(folded))]


# "Latin America and the Caribbean", "América Latina y el Caribe", "América Latina e o Caribe"
# (folded): the "and" of the region's name, no coordination of clauses (round 29a: "China's
# trade with Latin America and the Caribbean was $400 billion" read its metric word in another
# clause and was never refuted).
REGION_BEFORE_AND = re.compile(r"(?:latin\s{1,2}america|america\s{1,2}latina|latinoamerica)$")
CARIBBEAN_AFTER_AND = re.compile(r"\s(?:and|y|e)\s{1,2}(?:the\s{1,2}|el\s{1,2}|o\s{1,2})?carib")


# "between China and the region", "entre China y la Celac", "entre a China e a Celac" (folded):
# the "and" joining the two sides after "between", no coordination of clauses (round 30d: "El
# intercambio comercial entre China y la Celac creció de 10,000 millones …" read its metric word
# in another clause and was never refuted). Words only between them: no figure, no mark.
BETWEEN_BEFORE_AND = re.compile(
    r"(?<![\w])(?:between|entre)\s{1,2}(?:(?:the|la|el|los|las|a|o|os|as)\s{1,2})?"
    r"[a-z][a-z\s\-]{0,40}$"
)
AND_OF_TWO = re.compile(r"\s(?:and|y|e)\s")


def _between_two(folded: str, at: int) -> bool:
    """Is the clause break at `at` the "and" of "between X and Y"?"""
    return bool(
        AND_OF_TWO.match(folded, at) and BETWEEN_BEFORE_AND.search(folded, max(0, at - 50), at)
    )


def _region_and_caribbean(folded: str, at: int) -> bool:
    """Is the clause break at `at` the "and" of "Latin America and the Caribbean"?"""
    return bool(
        CARIBBEAN_AFTER_AND.match(folded, at)
        and REGION_BEFORE_AND.search(folded, max(0, at - 20), at)
    )


def _join_clauses(clauses: list[tuple[int, int]], start: int, end: int) -> list[tuple[int, int]]:
    inside = [c for c in clauses if c[0] < end and start < c[1]]
    if len(inside) < 2:
        return clauses
    merged = (inside[0][0], inside[-1][1])
    return sorted([c for c in clauses if c not in inside] + [merged])


def _clause_of(clauses: list[tuple[int, int]], position: int) -> tuple[int, int]:
    for start, end in clauses:
        if start <= position < end:
            return start, end
    return clauses[-1]


# "Chinese" (the adjective, not the state's name) at an entity's start.
CHINESE_ADJECTIVE = re.compile(r"chinese\b")


def _state_subject_before(
    mention: Mention, entities: list[EntityMention], clause: tuple[int, int]
) -> bool:
    """Whether a state (no region, no China) is named before the figure in its clause."""
    return any(
        e.strong
        and not e.in_list
        and e.code not in NEVER_FOCUS | REGION_CODES
        and clause[0] <= e.start
        and e.end <= mention.number_start
        for e in entities
    )


def _one_policy_bank(folded: str, mentions: list[Mention], mention: Mention) -> str | None:
    """The one policy bank named as the lender between the figure before (or the sentence's
    start) and this figure, or None when neither, both or the banks at large are named."""
    start = max((m.end for m in mentions if m.end <= mention.start), default=0)
    window = folded[start : mention.start]
    if _BANKS_TOGETHER.search(window):
        return None
    development = list(_DEVELOPMENT_BANK.finditer(window))
    exim = list(_EXIM_BANK.finditer(window))
    if bool(development) == bool(exim):
        return None
    return (development or exim)[-1].group(0)


def _ranked_above_a_partner(folded: str, entity: EntityMention, clause: tuple[int, int]) -> bool:
    """Whether the state is the one a ranked partner is set after: "China es el socio comercial
    más importante de Cuba después de Venezuela, aunque el intercambio bajó de más de 2 mil
    millones de dólares en 2017", "China is Cuba's largest trading partner after Venezuela, though
    trade fell …", "depois da Venezuela": the state after the cue is ranked above, never whose
    figure the clause tells (round 32b: main read Cuba's trade as Venezuela's and bore it out by
    Venezuela's 8.92 billion of 2017). "After" alone also tells time ("after Brazil cut
    tariffs"): only with a partner noun in the few words before the cue."""
    cue = RANKED_ABOVE.search(folded[max(0, entity.start - 24) : entity.start])
    if cue is None:
        return False
    cue_start = max(0, entity.start - 24) + cue.start()
    return RANKED_NOUN.search(folded, max(0, clause[0], cue_start - 60), cue_start) is not None


# A cue that sets what follows it above a ranked partner (folded; used with .match where the
# cue may start): "después de", "detrás de", "after", "behind", "depois da", "atrás do", "tras",
# "solo detrás de", with the article of the name after it.
RANKED_AFTER_CUE = re.compile(
    r"[^\S\n]{0,2}(?:,[^\S\n]{0,2})?(?:despues[^\S\n]{1,2}del?|(?:solo[^\S\n]{1,2}|apenas[^\S\n]{1,2})?"
    r"detras[^\S\n]{1,2}del?|after|behind|atras[^\S\n]{1,2}d[eoa]s?|depois[^\S\n]{1,2}d[eoa]s?|"
    r"tras)[^\S\n]{1,2}(?:(?:the|la|el|los|las|o|a|os|as)[^\S\n]{1,2})?"
)
# The complement of a ranked noun before the cue: "de Cuba", "of Cuba", "do Brasil" (folded;
# used with .fullmatch on the words between the rank and the cue).
RANK_COMPLEMENT = re.compile(r"[^\S\n]{0,2}(?:(?:de|del|do|da|of)[^\S\n]{1,3}[\w'’.\- ]{2,30})?")
# A conjunction in the words after the rank: what follows starts another phrase ("the main
# trading partner of South America and, after the United States, the second largest in Latin
# America": the state is set above the second rank, not the first).
COMPLEMENT_JOINT = re.compile(r"\b(?:and|y|e|but|pero|mas|while|mientras|enquanto)\b")
# A word of a name after the cue, or a joint between two names (original text).
_NAME_TOKEN = re.compile(r"[^\W\d_][\w.'’\-]*|,|&")
_JOINTS = {"y", "e", "and", "&"}
_NAME_LINKS = {"de", "del", "da", "do", "of", "the", "la", "el", "los", "las", "o", "a", "os", "as"}


def _names_after(text: str, start: int, entities: list[EntityMention]) -> list[str]:
    """The names right after `start` in the original text, joined by "y", "e", "and" or
    commas: a recognised state's code, or a capitalised name's words ("Estados Unidos",
    "the United States"). Empty when no name follows ("after 2009", "after signing")."""
    names: list[str] = []
    pos = start
    while pos < len(text) and len(names) < 4:
        state = next((e for e in entities if e.start == pos), None)
        if state is not None:
            if state.code == "CHN":
                break  # the ranked partner itself ("Después de Venezuela, China es …")
            names.append(state.code)
            pos = state.end
        else:
            words = []
            for token in _NAME_TOKEN.finditer(text, pos, min(len(text), pos + 40)):
                if text[pos : token.start()].strip():
                    break
                word = token.group(0)
                if word[:1].isupper() or (words and word.lower() in _NAME_LINKS):
                    words.append(word)
                    pos = token.end()
                else:
                    break
            while words and words[-1].lower() in _NAME_LINKS:
                words.pop()
            if not words:
                break
            names.append(" ".join(words))
        joint = _NAME_TOKEN.match(text, pos + (len(text[pos:]) - len(text[pos:].lstrip())))
        if joint is None or joint.group(0).lower() not in _JOINTS:
            break
        after_joint = joint.end()
        rest = text[after_joint : after_joint + 8]
        pos = after_joint + (len(rest) - len(rest.lstrip()))
        article = _NAME_TOKEN.match(text, pos)
        if article is not None and article.group(0).lower() in _NAME_LINKS - {"de", "of"}:
            pos = article.end() + 1
    return names


def _states_ranked_above(
    text: str, folded: str, mention: Mention, entities: list[EntityMention]
) -> list[str]:
    """The states a first-ranked partner is set after, right after the ranked noun and its
    complement ("el principal socio comercial de Cuba después de Venezuela", "Cuba's largest
    trading partner after Venezuela", "after the United States and Brazil") or at the
    sentence's start ("Después de Venezuela, China es el principal socio comercial de Cuba"):
    each is ranked above it. Partner ranks only (a partner, supplier, market, buyer or creditor
    named in the rank); "after 2009", "tras la firma del TLC" name no state."""
    if not RANKED_NOUN.search(folded, mention.start, mention.end + 1):
        return []
    for cue_start in (mention.end, 0):
        if cue_start == mention.end:
            window = folded[mention.end : min(len(folded), mention.end + 40)]
            cue = None
            for at in range(len(window)):
                if (
                    window[at] in " ,"
                    and RANK_COMPLEMENT.fullmatch(window[:at])
                    and not COMPLEMENT_JOINT.search(window[:at])
                ):
                    cue = RANKED_AFTER_CUE.match(folded, mention.end + at)
                    if cue is not None:
                        break
        else:
            cue = RANKED_AFTER_CUE.match(folded, 0) if mention.start > 0 else None
        if cue is None:
            continue
        names = _names_after(text, cue.end(), entities)
        if names:
            return names
    return []


def _china_as_place_after(mention: Mention, entities: list[EntityMention], folded: str) -> bool:
    """China (or its capital) named right after a date as where it happened ("el 21 de agosto
    en Pekín"), which _entity_for passes over."""
    tail_start = max(mention.number_end, mention.noun_end)
    return any(
        e.code == "CHN"
        and tail_start <= e.start <= tail_start + 45
        and DATE_PLACE_GAP.match(folded[tail_start : e.start])
        for e in entities
    )


def _entity_for(
    mention: Mention,
    entities: list[EntityMention],
    clause: tuple[int, int],
    paragraph_claims: list[Claim],
    sentence_index: int,
    about_lac: bool,
    folded: str,
    about_state: str | None = None,
    before_entity: str | None = None,
) -> str | None:
    position = mention.number_start
    if mention.kind is Kind.RANK:
        # A rank's subject is the state named before it: "Panama became the first LAC
        # country" (LAC is the class it is ranked in, not what it is about).
        states = [
            e
            for e in entities
            if e.code not in NEVER_FOCUS | REGION_CODES and e.strong and not e.in_list
        ]
        # Whose rank it is: the complement of the ranked noun ("el segundo socio comercial de
        # la Argentina", "the largest trading partner of Brazil") before a state named earlier;
        # a state after "después de" / "after" / "behind" is the one ranked above, not the owner.
        for entity in states:
            if (
                mention.end <= entity.start <= mention.end + 45
                and entity.start < clause[1]
                and COMPLEMENT.match(folded[mention.end : entity.start])
            ):
                return entity.code
        before = [
            e
            for e in states
            if clause[0] <= e.start and e.end <= position and not _displaced_rival(folded, e)
        ]
        if before:
            return before[-1].code
    tail_start = max(mention.number_end, mention.noun_end)
    if pair_state := _state_of_pair_list(mention, entities, folded, clause):
        return pair_state  # "USD 8.6 billion to Brazil, USD 7 billion to Argentina"
    if mention.kind is not Kind.RANK and (paired := _state_just_before(mention, entities, folded)):
        return paired  # "Bolivia, con 850 millones de dólares, Costa Rica, con 400 …"
    if mention.kind is not Kind.RANK and (elided := _state_of_ellipsis(mention, entities, folded)):
        return elided  # "a Venezuela recebeu US$ 62,2 bilhões e o Brasil, US$ 36,8 bilhões"
    for entity in entities:
        if (
            mention.noun_start >= 0
            and mention.noun_start <= entity.start < mention.noun_end
            and not entity.in_list
        ) and entity.code not in NEVER_FOCUS - {"CHN"}:
            return entity.code
        after_noun = (
            tail_start <= entity.start <= tail_start + 45
            and entity.start < clause[1]
            and not entity.in_list
        )
        if (
            after_noun
            and COMPLEMENT.match(folded[tail_start : entity.start])
            and entity.code not in NEVER_FOCUS - {"CHN"}
        ):
            if (
                mention.kind is Kind.DATE
                and entity.code == "CHN"
                and DATE_PLACE_GAP.match(folded[tail_start : entity.start])
            ):
                continue  # "el 21 de agosto en Pekín": the place, not the date's owner
            if mention.kind is Kind.DATE and entity.code == "CHN":
                # "in June 2017 with Panama's recognition of the PRC": the state whose
                # possessive stands between the date and China's name owns the event, not
                # China (round 46a: main read the date as China's and judged nothing).
                owner = next(
                    (
                        e.code
                        for e in entities
                        if tail_start <= e.start
                        and e.end < entity.start
                        and e.strong
                        and not e.in_list
                        and e.code not in NEVER_FOCUS | REGION_CODES
                        and POSSESSIVE_AFTER.match(folded, e.end)
                    ),
                    None,
                )
                # "with the recognition of the PRC by Panama", "con el reconocimiento de la
                # República Popular China por parte de Panamá", "com o reconhecimento da
                # República Popular da China pelo Panamá": the agent after China's name.
                owner = owner or next(
                    (
                        e.code
                        for e in entities
                        if entity.end < e.start <= entity.end + 24
                        and e.strong
                        and not e.in_list
                        and e.code not in NEVER_FOCUS | REGION_CODES
                        and AGENT_GAP.match(folded[entity.end : e.start])
                    ),
                    None,
                )
                if owner:
                    return owner
            if (
                entity.code == "CHN"
                and CHINESE_ADJECTIVE.match(folded, entity.start)
                and _state_subject_before(mention, entities, clause)
            ):
                # "Brazil received US$66.1 billion of Chinese investment": the adjective tells
                # whose money it is; the state before the figure is whom it is about (round
                # 28f: main read China and found no row).
                continue
            return entity.code
    # "chegou a US$ 3,10 bilhões, contra US$ 2,892 bilhões com o Brasil", "against US$ 2.9
    # billion with Brazil": a state named after a comparison figure that follows this one is
    # that figure's, not this one's (round s22c: Argentina's trade with China was read as
    # Brazil's).
    compared = _after_comparison(folded, mention.end, entities)
    candidates = [
        e
        for e in entities
        if e.code not in NEVER_FOCUS
        and not e.in_list
        and not SET_BEHIND.search(folded[max(0, e.start - 24) : e.start])
        and not (
            e.start >= mention.end and FOLLOWED_BY.search(folded[max(0, e.start - 30) : e.start])
        )
        and not _ranked_above_a_partner(folded, e, clause)
        # "a deficit with the People's Republic of China, of 1,135 million dollars, which almost
        # quadruples the deficit with Brazil": Brazil is the later balance's partner, not this
        # figure's owner (round 41a)
        and not balance_partner_after(folded, e.start, mention.number_start)
        and e not in compared
        and not _region_ranked_in(e, mention, entities, clause, folded)
    ]
    if mention.kind is Kind.RANK:
        # "el segundo país al cual más exportamos, después de Brasil": the state after
        # "después de" / "after" is ranked above, wherever it stands; it never owns the rank.
        candidates = [e for e in candidates if not _displaced_rival(folded, e)]
    in_clause = [e for e in candidates if clause[0] <= e.start < clause[1]]
    if mention.kind is Kind.DATE:
        # "As relações diplomáticas entre a América Latina e a RPC começaram em 1960, com Cuba",
        # "began in 1960, with Cuba": the state joined to the date by "com"/"con"/"with" is
        # whose date it is, not the region named before it (round 28f: main read LAC in PT).
        for e in candidates:
            if (
                e.strong
                and e.code not in REGION_CODES
                and mention.end <= e.start <= mention.end + 16
                and DATE_WITH_STATE.match(folded[mention.end : e.start])
            ):
                return e.code
    # Before the number beats after it; a country beats a vague "the region".
    before = [e for e in in_clause if e.end <= position]
    after = [e for e in in_clause if e.start >= mention.end]
    # "the first Chinese president to visit Trinidad and Tobago and the Caribbean region since
    # the two countries established diplomatic relations 39 years ago", "… y la región del
    # Caribe desde que ambos países establecieron relaciones", "… e o Caribe desde que os dois
    # países estabeleceram relações": "the two countries" written after the region are China
    # and the one state named before them; the region is no country (round r55a: main read the
    # region's ties and judged nothing).
    named_before = [e for e in candidates if e.end <= position]
    if (
        named_before
        and named_before[-1].code in REGION_CODES
        and BOTH_COUNTRIES.search(folded, named_before[-1].end, position)
    ):
        pair = {e.code for e in named_before if e.strong and e.code not in REGION_CODES | {"CHN"}}
        if len(pair) == 1:
            return pair.pop()
    for pool in (
        [e for e in before if e.strong],
        [e for e in before if not e.strong],
        [e for e in after if e.strong],
        [e for e in after if not e.strong],
    ):
        if pool:
            return pool[-1].code if pool[0].end <= position else pool[0].code
    # A rank does not take up a state its sentence sets above it or shows displaced ("en enero
    # China desplazó a Brasil como el principal socio comercial del país", after "dieciocho
    # meses" read for Brazil).
    rivals = (
        {
            e.code
            for e in entities
            if clause[0] <= e.start < clause[1] and _displaced_rival(folded, e)
        }
        if mention.kind is Kind.RANK
        else set()
    )
    # A state named only after a comparison figure that follows this one is that figure's
    # partner, so no earlier claim lends it to this one either ("Somados os dois sentidos, o
    # comércio com a China movimentou US$ 3,1 bilhões, contra US$ 2,89 bilhões com o Brasil",
    # after a sentence ending on Brazil: round 41c, main read Brazil's trade with China).
    rivals |= {
        e.code for e in compared if _WITH_BEFORE_STATE.search(folded, max(0, e.start - 12), e.start)
    }
    for claim in reversed(paragraph_claims):  # the sentence's own earlier claims come last
        if claim.sentence_index != sentence_index:
            break
        if claim.entity and claim.entity not in rivals:
            return claim.entity
    strong_anywhere = [e for e in candidates if e.strong]
    # "Jamaica se adhirió a la Franja y la Ruta el 11 de abril, mientras Perú estudiaba sus
    # opciones": a state named after a comma and a conjunction that opens a new clause after
    # the number is that clause's subject, never this number's, when a state stands before it
    # (round 27c: main dated Peru's signing by Jamaica's date, a false "contradicted").
    if (later := NEW_SUBJECT_CLAUSE.search(folded, mention.end)) is not None:
        earlier_states = [e for e in strong_anywhere if e.end <= later.start()]
        if any(e.end <= position for e in earlier_states):
            strong_anywhere = earlier_states
    if strong_anywhere:
        return min(strong_anywhere, key=lambda e: abs(e.start - position)).code
    earlier = next(
        (c.entity for c in reversed(paragraph_claims) if c.entity and c.entity not in rivals), None
    )
    if (earlier or before_entity) in REGION_CODES and BOTH_COUNTRIES.search(folded, 0, position):
        # "… a Argentina torna-se o 21º país da América Latina e do Caribe a aderir. O comércio
        # entre os dois países … chegou a US$ 450 bilhões", "the two countries", "ambos
        # países": a pair of countries is China and a state, never the region the sentence
        # before named last. The state of the paragraph's earlier claims is taken up; with
        # none, the text's own state, or no one (round r58c: main read the region's trade and
        # bore out a pair's figure by the region's total).
        return _pair_state(paragraph_claims, rivals) or (
            about_state if about_state not in REGION_CODES else None
        )
    if earlier:
        return earlier
    if (
        mention.kind is Kind.RANK
        and (before_entity or about_state)
        and OURS_BEFORE.search(folded, max(0, mention.start - 12), mention.start) is not None
        and any(e.code == "CHN" and clause[0] <= e.start and e.end <= position for e in entities)
    ):
        # '"China is our biggest trading partner," Lula said', opening a paragraph: China is
        # the one ranked, never whose partner it is; "our" ("nuestro", "nosso") is the state
        # the text was about (round 29e: main read China's own rank and left the stored ranks
        # unread).
        return before_entity or about_state
    if any(e.code == "CHN" for e in entities):
        return "CHN"
    if before_entity:
        # "In 2017, bilateral trade between China and Latin American and Caribbean countries
        # reached US$257.8 billion. ¶ From January to September this year, bilateral trade rose
        # … to US$228.6 billion": a sentence naming no one continues the sentence before.
        return before_entity
    if about_state:
        return about_state  # "Peru and China: trade at a record" … "it reached US$23.268 billion"
    return "LAC" if about_lac else None


def _pair_state(paragraph_claims: list[Claim], rivals: set[str]) -> str | None:
    """The state (not the region, not China) of the paragraph's latest claim that names one:
    the other side of "the two countries" when the sentence before ended on the region."""
    return next(
        (
            c.entity
            for c in reversed(paragraph_claims)
            if c.entity and c.entity not in rivals | REGION_CODES | NEVER_FOCUS
        ),
        None,
    )


def _region_ranked_in(
    region: EntityMention,
    mention: Mention,
    entities: list[EntityMention],
    clause: tuple[int, int],
    folded: str,
) -> bool:
    """Is `region` the class a state named before it is ranked in ("Ecuador, China's third
    largest borrower in Latin America, …"), with the figure after it and no relative pronoun
    between that would make the region the figure's subject?"""
    if mention.kind is Kind.RANK or region.code not in REGION_CODES:
        return False
    if not (region.end <= mention.start and clause[0] <= region.start):
        return False
    window = max(clause[0], region.start - 60)
    if (
        RANK_SCOPE_BEFORE.search(folded, window, region.start) is None
        and RANK_ADJECTIVE_BEFORE.search(folded, max(clause[0], region.start - 45), region.start)
        is None
    ):
        return False
    if REGION_RELATIVE.search(folded, region.end, mention.start):
        return False
    if any(e.code in REGION_CODES and region.end <= e.start < mention.start for e in entities):
        return False  # "… of Latin America, saw Chinese lending to the region reach $138 billion"
    return any(
        e.strong
        and e.code not in NEVER_FOCUS | REGION_CODES
        and clause[0] <= e.start
        and e.end <= region.start
        for e in entities
    )


# A first-person possessive right before a rank (folded): "our biggest trading partner",
# "nuestro principal socio", "o nosso maior parceiro".
OURS_BEFORE = re.compile(r"(?<![\w])(?:our|nuestro|nuestra|nosso|nossa)\s{1,2}$")


# A date that opens its sentence ("In 2017", "En 2017", "Em 2017", "During 2017"), and the marks
# that end what a colon after it spells out (a semicolon, a bracket, a dash).
OPENING_DATE_LEAD = re.compile(r"\s*(?:(?:in|en|em|during|durante)\s+)?")
OPENING_DATE_STOP = re.compile(r";|\(|\)|\s[–—]\s")


def _opening_date_before_colon(
    folded: str, best: PeriodMention, mention: Mention, periods: list[PeriodMention]
) -> bool:
    """Whether `best`, the only date of the sentence, a single year or month, opens it, and the
    first clause break after it is a colon before `mention`, with no semicolon, bracket or dash
    between: "In 2017 the balance leaned towards Beijing: China exported US$17 billion …"."""
    if best.period.kind != "point" or len(periods) != 1 or best.end > mention.start:
        return False
    if OPENING_DATE_LEAD.fullmatch(folded, 0, best.core_start) is None:
        return False
    first_break = CLAUSE_BREAK.search(folded, best.end, mention.start)
    if first_break is None or not first_break.group(0).startswith(":"):
        return False
    return OPENING_DATE_STOP.search(folded, best.end, mention.start) is None


# A relative date that is a month, or a day and month, alone (folded, inside the quotes of the
# period's text): "'march 1' read against …", "'en abril' read against …".
@functools.cache
def _bare_month_phrase() -> re.Pattern:
    month = "|".join(sorted((re.escape(m) for m in months()), key=len, reverse=True))
    return re.compile(
        r"^'(?:(?:in|on|en|em|el|o|no|durante|during)\s{1,2})?(?:[0-3]?\d(?:\.?[o°])?\s{1,2}"
        r"(?:de\s{1,2})?)?(?:" + month + r")\.?(?:\s{1,2}[0-3]?\d(?:st|nd|rd|th)?)?' read against"
    )


# "'may 1' of 2018, the year its sentence writes" (claims/article_date, a day and month, or a
# month alone, read in the year its sentence sets before them). For the date of a tie that year
# may be another event's: "signed their FTA in 2009, and it came into force in March" (the lead,
# stop 51: main refuted March 2009 by Peru's 2010-03-01, in the three languages).
DAY_OF_SENTENCE_YEAR = re.compile(
    r"^'(?:[0-3]?\d(?:\.?[o°])?\s{1,2}(?:de\s{1,2})?[a-z]{3,10}|[a-z]{3,10}\.?\s{1,2}[0-3]?\d"
    r"(?:st|nd|rd|th)?|(?:in|en|em|no|during|durante)\s{1,2}[a-z]{3,10}\.?)' of \d{4}, the year its"
    r" sentence writes$"
)


def _day_of_the_sentence_year(found: Period) -> bool:
    return bool(DAY_OF_SENTENCE_YEAR.match(found.text or ""))


def _other_year_written(folded: str, found: Period) -> int | None:
    """The first year the sentence writes other than the one a month alone was read in against
    the article date; None when the period is no such month or the sentence writes no other."""
    if not _bare_month_phrase().match(found.text):
        return None
    others = [int(y) for y in YEAR_ANY.findall(folded) if int(y) != found.end_year]
    return others[0] if others else None


def _period_for(
    mention: Mention,
    periods: list[PeriodMention],
    clause: tuple[int, int],
    text: str,
    folded: str,
    paragraph_claims: list[Claim],
    metric: str | None,
    base: ArticleDate | None = None,
    earlier_claims: list[Claim] | None = None,
    reference_ids: frozenset[str] | set[str] = frozenset(),
    governing: Period | None = None,
    headline: Period | None = None,
    earlier_governing: Period | None = None,
    governing_at: int = -1,
    mentions: list[Mention] | None = None,
) -> tuple[Period | None, dict[str, str]]:
    """The claim's period and how sure that reading is.

    Only a date of the number's own clause is taken (a year from another clause of the
    sentence is not); a date after "than" or a percent's "on 2022" is a comparison base;
    "since 2008" is closed at the article's date (at the end of the year before, in a year's first
    EARLY_MONTHS months); a relative date ("last year") is read
    against the article date, and stays unresolved without one."""
    if mention.kind is Kind.DATE:
        for period in periods:
            if period.core_start == mention.start and period.core_end == mention.end:
                found = period.period
                if found.kind == "since" and _signing_apposition(folded, period.end):
                    # "desde 2006, año en que Chile … firmó un TLC con China": the signature's
                    # year as written (SIGNED_FTA_APPOSITION).
                    year = found.start_year
                    return Period("point", year, year, text=found.text), _level(
                        "high", "the year of the signing named after it"
                    )
                if found.kind == "since" and _year_of_event_after(folded, period.end):
                    # "Desde 2010, año en que entró en vigor el TLC": the year of the event, not
                    # the span that starts there.
                    year = found.start_year
                    # A new reading: it may bear the date out, never refute it.
                    return Period("point", year, year, text=found.text), _level(
                        "low", "the year of the event named after it"
                    )
                if _event_since_before(folded, period.start):
                    # A new reading: it may bear the date out, never refute it.
                    return found, _level("low", "the year of the event a change counts from")
                if found.kind == "since" and _record_since(folded, period):
                    # "o maior desde 2017": the year a record counts from (round 49a); a new
                    # reading, it may bear the date out, never refute it.
                    year = found.start_year
                    return Period("point", year, year, text=found.text), _level(
                        "low", "the year a record counts from"
                    )
                if OFFSET_AFTER_DATE.match(folded, period.end):
                    # "En 2019, un año después de que Guyana se uniera …": the date of a later
                    # event than the one named after it.
                    return found, _level("low", OFFSET_WHY)
                if _day_of_the_sentence_year(found):
                    return found, _level("low", found.text)
                if (other := _other_year_written(folded, found)) is not None:
                    # "… in April 2009, and it took effect on March 1": the day's year may be
                    # the story's, not the article's; it may bear out, never refute (stop 50).
                    return found, _level("low", f"{found.text} while its sentence writes {other}")
                return found, _level("high", "the date as written")
    if (bracket := BRACKET_YEAR.match(folded, mention.end)) is not None:
        # "de $us 1.071 millones (2012) a $us 1.133 millones (2013)": the year in brackets right
        # after a figure is that figure's (a bracket is a clause break, so main read the year
        # of the clause, "el año pasado", for both; a year in brackets is no period mention,
        # being the shape of a citation).
        year = int(bracket.group(1))
        written = bracket.group(0).strip()
        return Period("point", year, year, text=written), _level("high", f"'{written}' after it")
    if (rolling := _rolling_year(folded, clause, base)) is not None:
        # "No acumulado de 12 meses até outubro", "in the 12 months to October", "en los
        # últimos 12 meses": a window across two calendar years, not January–October nor a
        # year (round s20c: refuted by a stored January–October row).
        return rolling, _level(
            "medium", f"'{rolling.text.strip()}': twelve months to a month, no calendar year"
        )
    if (same := SAME_PERIOD_OF_AFTER.match(folded, mention.end)) is not None:
        return _same_period_of(same, periods, folded)
    if (same := SAME_PERIOD_THIS_YEAR_AFTER.match(folded, mention.end)) is not None:
        return _same_period_this_year(same, periods, folded, base)
    if (same := _same_period_of_before(folded, clause[0], mention.start)) is not None:
        return _same_period_of(same, periods, folded)
    if (when := _base_then_when(folded, periods, mention)) is not None:
        return when
    if (year := _since_year_in_apposition(folded, periods, mention)) is not None:
        return year
    if (earlier := YEAR_EARLIER_AFTER.match(folded, mention.end)) is not None:
        found = _year_earlier(earlier, periods, folded)
        if found[0] is not None or not BARE_YEAR_BEFORE.fullmatch(earlier.group(0).strip(" ,")):
            return found
        # "El Salvador exportó a China 77,5 millones de dólares el año anterior", in a sentence
        # naming no year: the year before the article's, read as the article's relative dates
        # are (round s20b's guard).
    usable = [
        p
        for p in periods
        if not (_comparison_base_before(folded, p.start) and not _said_that_before(folded, p.start))
        and not _event_since_before(folded, p.start)
        # "… investiram US$ 5,9 bilhões …, o maior desde 2017": the start of a record's span
        # dates no figure (round 49a).
        and not (p.period.kind == "since" and _record_since(folded, p))
        # A date of record set as a reference in another clause is not this figure's.
        and (clause[0] <= p.start < clause[1] or not _reference_date(folded, p))
        and not (
            mention.kind in (Kind.PERCENT, Kind.MULTIPLE)
            and p.period.kind == "point"
            and (
                BASE_YEAR.match(folded[p.start : p.end])
                or BASE_BEFORE.search(folded[max(0, p.start - 24) : p.start])
            )
            and p.start >= mention.end
        )
        and not _percent_base_year(folded, p, mention)
        and not _before_year(folded, p, base)
        and not _series_start(folded, p.core_start)
        and not _movement_start(folded, p.core_start)
        and not (
            mention.kind is not Kind.RANK  # "top partner since a 2009 agreement": a span's start
            and p.period.kind == "point"
            and _agreement_year(folded, p.core_start, p.core_end)
        )
        # "… da Declaração de Pequim e do Programa de Cooperação China-Celac 2015-2019": the
        # plan's years are its own claim, not the period of the meeting's rank (round 46c).
        and not (p.period.kind == "range" and _plan_years(folded, p))
        # "A 4ª Reunião Ministerial … começou nesta terça-feira (13)": a weekday with its day in
        # brackets is a claim of its own (the meeting's day), never another figure's period
        # (round 47c).
        and not WEEKDAY_BRACKET_DAY.fullmatch(folded, p.start, p.end)
        # "firmaron el miércoles un TLC que se negoció en 10 meses": a plain weekday kept as
        # its event's day is no other figure's period either (round r59a).
        and not WEEKDAY.fullmatch(folded, p.start, p.end)
        # "came to US$8.297 billion, up US$3.672 billion, or 79.4 percent, on the first half of
        # the previous year": the base a change after the amount is told against, not the
        # amount's own period (round 48a).
        and not _change_base_after_amount(folded, p, mention)
    ]
    best, best_distance = None, None
    appositive = next(
        (
            p
            for p in usable
            if p.start >= mention.end
            and p.period.kind == "point"
            and APPOSITIVE_DATE_AFTER.match(folded[mention.end : p.start])
            and APPOSITIVE_DATE_START.match(folded[mention.end : p.end].lstrip(", "))
            and APPOSITIVE_DATE_END.match(folded, p.end)
        ),
        None,
    )
    if appositive is not None:
        # "aumentaram de US$ 67,7 bilhões, em 2020, para US$ 87,7 bilhões, em 2021": a date set
        # off by commas right after the figure is the figure's own, though the comma opens a
        # clause (round 30c: main dated the 2021 figure by the 2020 before it and refuted it by
        # 2020's stored exports, in all three languages).
        usable = [appositive]
    for period in usable:
        outside = not (clause[0] <= period.start < clause[1]) and period is not appositive
        later_clause = outside and period.end > mention.start
        if later_clause and (
            mention.kind is not Kind.RANK or not _rank_then_dated_clause(folded, mention, period)
        ):
            continue  # a year in a later clause of the sentence is not this number's
        if later_clause:
            # "China es el segundo socio comercial de Cuba, después de Venezuela, y el comercio
            # entre ambos alcanzó en 2010 los 1.830 millones": a rank told in the present, its
            # own clause undated, beside the year of the sentence's figure; a last resort and a
            # likely reading only (it may support, never refute; round s24b, u3369).
            distance = 1000 + period.start - mention.end
        elif period.end <= mention.start:
            distance = mention.start - period.end
            if _set_off_before(folded, period, mention):
                distance += SET_OFF_CLAUSE
        elif period.start >= mention.end:
            if _may_set_against(folded) and AGAINST_FIGURE.search(
                folded, mention.end, period.start
            ):
                continue  # "US$10,712, against 3,544 in 2016": 2016 is the later figure's
            if _recorded_for_later_figure(folded, mention, mentions, period):
                continue  # "… 90 bilhões, atrás do recorde de 104 bilhões registrado em 2023"
            distance = period.start - mention.end
            if PREPOSITION_AFTER.match(folded[mention.end : period.end]):
                distance -= 5  # "US$449 billion in 2021": the year that follows belongs to it
            elif _recorded_in(folded, mention.end) == period.core_start:
                distance = -1  # "os US$ 115 bilhões registrados em 2019": the figure's own year
            elif "," in folded[mention.end : period.start]:
                # "In 2024, trade reached US$ 500 billion, meeting the target set in 2014": a
                # year past a comma after the figure dates the trailing phrase, and a date before
                # the figure in its clause is the figure's (main refuted the 2024 figure by
                # 2014's total). With no such date, the trailing year is still the nearest.
                distance += TRAILING_PHRASE
        else:
            distance = 0
        if outside:
            distance += 60
        if best_distance is None or distance < best_distance:
            best, best_distance = period, distance
    if best is not None:
        found = best.period
        if (offset := _offset_period(folded, found, best.end, mention.start)) is not None:
            return offset
        if best is appositive:
            return found, _level("high", f"'{found.text.strip()}' set off right after it")
        if not (clause[0] <= best.start < clause[1]) and found.kind != "unresolved":
            if _opening_date_before_colon(folded, best, mention, periods):
                # "In 2017 the balance leaned towards Beijing: China exported US$17 billion …
                # and imported US$8 billion": the date that opens the sentence frames what the
                # colon spells out (round s25a: main left both 2017 figures undated).
                return found, _level(
                    "medium", f"'{found.text.strip()}' opens the sentence, before a colon"
                )
            # "In November 2016, …, and increase … to 10,000": the framing date of an earlier
            # clause is a likely reading, not a sure one.
            return found, _level("low", f"'{found.text.strip()}' stands in another clause")
        if found.kind == "unresolved":
            return None, _level("low", f"unresolved relative date: {found.text}")
        if best.end <= mention.start and _set_off_before(folded, best, mention):
            # "Peru, which signed its FTA with China in 2009, exported US$23 billion": the only
            # date stands in a clause set off before the figure; a likely reading only.
            return found, _level("low", f"'{found.text.strip()}' {SET_OFF_WHY}")
        if _offset_between(folded, best.end, mention.start):
            # "In June 2018, just a month after Trinidad and Tobago became the first country …"
            return found, _level("low", OFFSET_WHY)
        if (before := _offset_before_date(folded, found, best.start, mention.start)) is not None:
            return before
        if FOLLOWING_NAMED_BEFORE in found.text:
            # "… para US$ 47,49 bilhões no ano seguinte" → 2017 after 2016: a likely reading
            # (it may support, never refute).
            return found, _level("low", found.text)
        if NAMED_BEFORE in found.text:
            return found, _level("medium", found.text)  # "In that year" → 2021
        if found.kind == "since" and found.end_year is None:
            # "Desde então" after a year: a likely reading (it may support, never refute).
            since_level = "low" if SINCE_NAMED_BEFORE in found.text else "medium"
            loose = LOOSE_SINCE.match(found.text) and not TO_AFTER.match(folded, best.end)
            if loose or RECORD_BEFORE_SINCE.search(folded, max(0, best.start - 50), best.start):
                # "fell to US$1.3 billion, the lowest since 2005", "el nivel más bajo desde
                # 2005", "o menor nível desde 2005": the year a record is measured from, not
                # surely the figure's span (round s22a: main refuted such a year's figure by
                # the stored total of 2005–2021). It may support, never refute.
                since_level = "low"
            if base is None:
                return found, _level("low", f"open period '{found.text}' and no article date")
            # "over $140 billion since 2005", in February 2019: the figures of a year are out
            # in its first months, so the total runs to the end of 2018.
            closed = _closed_since(found, base)
            to = "the last full year before the" if closed.end_year < base.date.year else "the"
            return closed, _level(since_level, f"'{found.text}' closed at {to} article date")
        if found.text.startswith("'") and PAST_DECADE_WHY in found.text:
            # "Over the past decade, … about USD 118 billion": where the decade ends is a
            # reading (round 40a); it may support, never refute.
            return found, _level("low", found.text)
        if found.text.startswith("'") and "article date" in found.text:
            level = "low" if base is not None and base.found_by == FILE_METADATA else "high"
            if THIS_YEAR.search(found.text):
                # "this year" before the year is over is a part of the year, months unknown.
                level, why = "low", f"{found.text}: a year to date, months not stated"
                return found, _level(level, why)
            other = _other_year_written(folded, found)
            if other is not None:
                # "Peru signed its FTA with China in April 2009, and it took effect on March 1":
                # a month with no year in a sentence that writes another year may well be of
                # that story, not of the article's year; it may bear out, never refute (the
                # lead, stop 50: main refuted "March 1" by the treaty's 2010-03-01).
                return found, _level("low", f"{found.text} while its sentence writes {other}")
            return found, _level(level, found.text)
        if found.start_month is None and found.kind == "point":
            for other in usable:
                written = folded[other.start : other.end]
                if (
                    other is not best
                    and (other.period.start_month is not None or other.period.kind == "unresolved")
                    and not YEAR_WRITTEN.search(written)
                ):
                    # "sumaron US$ 3.000 millones en 2021, hasta octubre": a part of the year
                    # without its own year beside the year; the figure may be that part.
                    why = f"'{found.text.strip()}' beside '{written.strip()}', a part of a year"
                    return found, _level("low", why)
            if _running_year(mention, found, base, metric):
                # "Em 2016, as exportações … somaram US$ 30,7 bilhões", "so far in 2016", "en lo
                # que va de 2016", "no acumulado de 2016", in a November 2016 text: the year was
                # not over, so the sum is a part of it, months not stated (round s20c: refuted
                # by 2016's full-year 35.13). A likely reading: it may support, never refute.
                # The period's words on one line ("en\n2025" in a wrapped text, round 52d).
                said = " ".join(found.text.split())
                why = f"'{said}' is the article's own year: a year to date, months not stated"
                return found, _level("low", why)
        return found, _level("high", f"'{found.text.strip()}' in the same clause")
    if (after_base := _year_after_base(folded, periods, mention, clause)) is not None:
        return after_base
    if (usual := USUAL_YEAR.search(folded, 0, clause[1])) is not None:
        # "In a normal year, direct trade between The Bahamas and China comes to about $500
        # million", "En un año normal, el comercio …", "Normalmente, o comércio …": a usual
        # year, no year at all; the period of the sentence before is not this figure's (round
        # 35a: main refuted it by the 2024 row, the year of the "last year" before it). The cue
        # opens the sentence or stands in the figure's clause: one in a later clause ("…, though
        # exports are usually higher") speaks of another figure.
        cue = " ".join(usual.group(0).split())
        return None, _level("low", f"'{cue}': {USUAL_YEAR_WHY}")
    if (ago := _years_ago(folded, clause, mention, base)) is not None:
        return ago
    # "In 2013, Xi visited Mexico. Ten years later, trade … reached US$157 billion", "Em 2003,
    # Lula visitou a China. Vinte anos depois, o comércio …": a sentence that writes no date but
    # a span from the one before is dated that many years on (the lead, stop 49: main dated the
    # figure by the earlier sentence's year). A likely reading only.
    if (
        governing is not None
        and not periods
        and mention.kind in DATING_KINDS
        and (offset := _offset_period(folded, governing, 0, mention.start)) is not None
    ):
        return offset
    same = _same_period(folded)
    if same is not None:
        # "No mesmo período, a China vendeu …", "In the same period, China sold …", "… de
        # todas las ventas del período": the period of the latest dated figure before (of
        # any metric), as a likely reading only (it may support, never contradict).
        cue = " ".join(same.group(0).split())
        for claims in (paragraph_claims, earlier_claims or []):
            dated = next(
                (
                    c
                    for c in reversed(claims[-LOOKBACK_CLAIMS:])
                    if c.period
                    and c.period.kind != "unresolved"
                    and c.kind in DATING_KINDS
                    and c.claim_id not in reference_ids
                    and not _after_article(c.period, base)
                ),
                None,
            )
            if governing is not None and (dated is None or dated.sentence_index < governing_at):
                # "Durante 2019 las exportaciones se dispararon. En el mismo período, las
                # importaciones … cayeron hasta US$ 9.267 millones": the period the sentence
                # before writes, nearer than any earlier figure (round 14b).
                why = f"'{cue}': the period of an earlier sentence ('{governing.text.strip()}')"
                return governing, _level("low", why)
            if dated is not None:
                why = f"'{cue}': the period of an earlier figure ({dated.text})"
                return dated.period, _level("low", why)
    if metric:
        family = metric.split("_")[0]
        for claim in reversed(paragraph_claims):
            if (
                claim.metric
                and claim.metric.split("_")[0] == family
                and claim.period
                and claim.claim_id not in reference_ids
                and not _after_article(claim.period, base)
                and not _background_figure(claim, paragraph_claims)
            ):
                inherited = claim.period
                level = (claim.confidence.get("period") or {}).get("level", "medium")
                level = "low" if level == "low" else "medium"
                return inherited, _level(level, f"period of an earlier claim ({claim.text})")
        if governing is not None and not periods and mention.kind in DATING_KINDS:
            # "O ano de 2020 foi de recorde no comércio com a China. As exportações … somaram
            # US$ 67,685 bilhões": a sentence that writes no date of its own speaks of the
            # period the sentence before names; a likely reading only (it may support, never
            # contradict).
            why = f"'{governing.text.strip()}' of an earlier sentence of the paragraph"
            return governing, _level("low", why)
        carried = [
            c
            for c in (earlier_claims or [])[-LOOKBACK_CLAIMS:]
            if c.metric
            and c.metric.split("_")[0] == family
            and c.period
            and c.claim_id not in reference_ids
            and not _after_article(c.period, base)
        ]
        # A figure of the same kind first: "… somaram US$ 87,7 bilhões, … abaixo apenas dos
        # 32,41% de 2020" ¶ "com vendas de US$ 47,6 bilhões": the sum dates the paragraph, the
        # percent of another year is a comparison (round 14b).
        for claim in [c for c in carried if c.kind is mention.kind][-1:] or carried[-1:]:
            # "… sumó 33.266 millones de dólares en 2012." ¶ "Las importaciones … llegaron a
            # los 14.444 millones": the year of an earlier paragraph carries over, as a likely
            # reading only (it may support, never contradict).
            if claim.period:
                why = f"period of a claim in an earlier paragraph ({claim.text})"
                return claim.period, _level("low", why)
        if mention.kind is Kind.PERCENT and metric in SHARE_METRICS:
            # "… responderam por 84% do valor total das exportações", "juntos valem 75% das
            # exportações brasileiras para a China": a share of a flow is a share of the flow
            # the paragraph (else an earlier one) dates; a likely reading, never a sure one
            # (it may support, never contradict). With neither, the article's date applies.
            written = [fold(c.sentence) for c in paragraph_claims] + [folded[: mention.start]]
            if any(_bare_month().search(w) for w in written):
                # "La tendencia se dio vuelta apenas en mayo, …": a month without its year
                # dates the paragraph, and which months its figures cover is not known.
                why = "no period stated; the paragraph names a month without its year"
                return None, _level("low", why)
            for claims, where in (
                (paragraph_claims, "the paragraph"),
                (earlier_claims or [], "an earlier paragraph"),
            ):
                dated = next(
                    (
                        c
                        for c in reversed(claims[-LOOKBACK_CLAIMS:])
                        if c.period
                        and c.kind in DATING_KINDS
                        and c.claim_id not in reference_ids
                        and not _after_article(c.period, base)
                    ),
                    None,
                )
                if dated is not None:
                    why = f"period of {where} ({dated.text}): the share states none"
                    return dated.period, _level("low", why)
    if earlier_governing is not None and metric and not periods and mention.kind in DATING_KINDS:
        # "Os dados de 2023 saíram nesta terça-feira." ¶ "As exportações para a China somaram
        # US$ 104 bilhões": the one period the nearest earlier paragraph that writes a date
        # writes; a likely reading only (it may support, never contradict).
        why = f"'{earlier_governing.text.strip()}' of an earlier paragraph"
        return earlier_governing, _level("low", why)
    if headline is not None and metric and not periods and mention.kind in DATING_KINDS:
        # "# Brazil's trade with China hit a record in 2020" over "Brazilian exports … reached
        # US$67.685 billion": with no date in its sentence or paragraph, nor an earlier figure
        # of its kind, a figure speaks of the one period the headline writes; a likely
        # reading only (it may support, never contradict).
        return headline, _level("low", f"'{headline.text.strip()}' of the headline")
    others = [p for p in periods if p.period.kind == "unresolved"]
    if others:
        return None, _level("low", f"unresolved relative date: {others[0].period.text}")
    later = [p for p in usable if p.start >= clause[1]]
    if (
        later
        and len(later) == len(periods)
        and len({(p.period.kind, p.period.start_year, p.period.end_year) for p in later}) == 1
        and ":" in folded[mention.end : later[0].start]
        and YEAR_WRITTEN.search(folded[later[0].start : later[0].end])
        # "a China tornou-se o principal parceiro comercial do Brasil, uma virada e tanto: em
        # 2000, o país asiático aparecia apenas na 38ª posição": a rank after the colon is the
        # one the year dates, set against this one (round s21a: the present rank was read for
        # 2000, where no row decides it).
        and not (
            mention.kind is Kind.RANK
            and any(
                other.kind is Kind.RANK and other.start > folded.index(":", mention.end)
                for other in mentions or ()
            )
        )
    ):
        only = later[0].period
        if only.kind == "point" and only.start_year == only.end_year and not only.start_month:
            # "China ya era el principal socio comercial no petrolero de Ecuador: dejó atrás a
            # Estados Unidos con un intercambio de … en 2023": what follows the colon bears the
            # claim out, and its one written year likely dates it; a likely reading only (it
            # may support, never contradict). A relative date ("Opening the fourth meeting, Xi
            # said that last year …") or a year with no colon before it is not taken.
            return only, _level("low", f"'{only.text.strip()}'{LATER_CLAUSE}")
    return None, _level("low", "no period stated")


@functools.cache
def _bare_month() -> re.Pattern:
    """A month named without its year after a preposition ("apenas en mayo", "em maio,", "in
    May,"), folded text; short abbreviations ("mar", "set") are left out, being words too."""
    names = sorted((m for m in months() if len(m) >= 4 or m == "may"), key=len, reverse=True)
    return re.compile(
        r"\b(?:en|em|in|no|desde|hasta|ate|since|until)\s+(?:el\s+mes\s+de\s+|o\s+mes\s+de\s+)?(?:"
        + "|".join(re.escape(m) for m in names)
        + r")\b(?!\s+(?:de\s+|del\s+|of\s+)?(?:1[5-9]|20)\d\d)(?!\s+\d)"
    )


# Shares of a flow whose period, unwritten, is read from the paragraph's figures.
SHARE_METRICS = SHARE_OF_METRICS | {CHINA_SHARE_OF_EXPORTS}
# Claims whose period dates the paragraph's flow (a date claim or a rank does not).
DATING_KINDS = (Kind.MONEY, Kind.PERCENT)


# A clause of an earlier event (folded, from the last comma up to a figure): "tras caer 4% en
# 2016", "after falling 4% in 2016", "depois de cair 4% em 2016", "luego de una caída de 4%".
BACKGROUND_LEAD = re.compile(
    r"(?<![\w])(?:tras|after|following|despues\s+de|luego\s+de|depois\s+d[eoa]s?|apos)(?![\w])"
)


def _background_figure(claim: Claim, paragraph_claims: list[Claim]) -> bool:
    """Is the claim a figure of an earlier event, told after a figure of the same sentence in a
    clause of "after" (BACKGROUND_LEAD)? "El comercio creció 11% el año pasado, tras caer 4% en
    2016": the 4% dates the fall, not what the next sentence tells. A later sentence does not
    take its period up (round 29b: main dated "China fue el principal socio, con un intercambio
    de US$ 58.000 millones" by the 2022 of the fall, and refuted the 2023 total by the 2022
    row, in the three languages)."""
    start = claim.span_in_sentence[0]
    if not any(
        c.sentence_index == claim.sentence_index and c.span_in_sentence[1] <= start
        for c in paragraph_claims
    ):
        return False  # the sentence's first figure: no main figure to set it against
    lead = fold(claim.sentence[:start])
    cut = max((m.end() for m in re.finditer(r"[,;:]", lead)), default=0)
    return BACKGROUND_LEAD.search(lead, cut) is not None


# A period named only by reference to one stated before: "no mesmo período", "nesse período",
# "do período", "en el mismo período", "en ese período", "del período", "in the same period",
# "in that period", "over the period", "of the period".
SAME_PERIOD = re.compile(
    r"\b(?:(?:no|en\sel|in\sthe|over\sthe|for\sthe|durante\so|durante\sel|during\sthe)\s"
    r"(?:mesmo|mismo|same)\speriodo?|(?:nesse|neste|naquele|en\sese|en\seste|in\sthat|in\sthis|"
    r"over\sthat|during\sthat)\speriodo?|(?:do|del|of\sthe|for\sthe|over\sthe)\speriodo?)\b"
)
YEAR_WRITTEN = re.compile(r"(?<!\d)(?:1[5-9]|20)\d\d(?!\d)")
# An open period ("since 2005") in an article of a year's first EARLY_MONTHS months runs to
# the end of the year before: that year's figures are the latest there can be.
EARLY_MONTHS = 3
# A figure said of each of several ("each of the four", "cada uno de ellos", "em cada caso").
EACH_OF = re.compile(
    r"\b(?:each\s+of\b|apiece\b|in\s+each\s+case\b|cada\s+(?:uno|una|um|uma)\s+(?:de|d)|"
    r"(?:en|em)\s+cada\s+caso\b)"
)
SHARE_OF_WHOLE_AFTER = re.compile(
    r"\s{0,2}(?:of|de|do|da|del|dos|das)\s+(?:todo|toda|todos|todas|tudo|all|the\s+total|"
    r"el\s+total|o\s+total|total"
    # "27 percent of its total trade", "el 27 por ciento de su comercio total", "27 por cento do
    # seu comércio exterior" (round s22b: main refuted such a share by the year's growth rate).
    r"|(?:(?:its|their|the|su|sus|seu|sua|seus|suas|el|la|los|las|o|a|os|as)\s+)?"
    r"(?:total\s+(?:trade|foreign\s+trade|exports|imports)"
    r"|(?:comercio|intercambio|exportaciones|importaciones|exportacoes|importacoes|ventas|compras"
    r"|vendas)\s+(?:total|totales|totais|exterior|externo|global)))(?![\w])"
)
# The two-way trade named right after a percent (folded, used with .match at its end): "of
# bilateral trade", "of the two-way trade", "of trade between", "del comercio bilateral", "del
# intercambio entre", "do comércio bilateral", "do intercâmbio entre".
SHARE_OF_BILATERAL_AFTER = re.compile(
    r"\s{0,2}(?:of|de|del|do|da)\s+(?:(?:the|el|la|o|a|su|seu|sua|its|their)\s+)?"
    r"(?:(?:bilateral|two-way)\s+trade|trade\s+between|(?:comercio|intercambio)\s+(?:bilateral|entre))"
    r"(?![\w])"
)
THIS_YEAR = re.compile(r"^'(?:" + THIS_YEAR_PHRASES + r")")
ANAPHOR_BEFORE = re.compile(
    r"(?:figure|amount|total|level|cifra|monto|nivel|valor|montante|nivel)\s+(?:of|de|del|do)\s*$"
)
# One loan's value, not a year's lending: "a $600 million loan to", "One $5 billion loan",
# "un préstamo de US$ 600 millones", "um empréstimo de US$ 600 milhões" (folded text).
# One loan, not a year's lending: "a US$353 million loan", "a US$353 million three-year loan",
# "a preferential loan of", "un préstamo preferencial de", "un préstamo a tres años de", "um
# empréstimo de três anos de" (round s19a: with a word between the article, the loan and the
# figure, main read the year's total and refuted it by the stored 749 million of 2013).
SINGLE_LOAN_AFTER = re.compile(
    r"^\s*(?:(?:[a-z]+-[a-z-]+|\d+-[a-z-]+|preferential|concessional|concessionary|soft|new"
    r"|sovereign|bilateral|syndicated)\s+){0,3}loan\b"
)
SINGLE_LOAN_BEFORE = re.compile(
    r"\b(?:a|an|one|single|un|el|um|o)\s+(?:[\w-]+\s+){0,2}?(?:loan|prestamo|emprestimo)\b"
    r"(?:\s+[\w-]+){0,4}?\s+(?:of|worth|de|por|no\s+valor\s+de)\s+$"
)
# Loans for a named work, after the figure in its clause (folded; with .match at the figure's
# end): "US$4.7 billion in loans from China for two hydroelectric dams", "préstamos por
# US$4.700 millones para dos represas", "empréstimos de US$ 4,7 bilhões para duas hidrelétricas"
# (the lead, stop 47: main read the year's lending and refuted it by Argentina's 7.0 billion
# of 2014). The loans of some works are a part of the year's lending, as one loan is.
LOANS_FOR_A_WORK = re.compile(
    r"[^.;:!?,]{0,60}?(?<![\w])(?:for|para|to\s+(?:build|finance|fund)|destinad[oa]s?\s+a)\s"
    r"(?:(?:the|la|el|las|los|a|o|as|os|an|un|una|um|uma|two|three|dos|duas|tres|construction"
    r"|construccion|construcao|of|de|da|do|del|new|nueva|nuevas|nova|novas|its|sus|suas)\s){0,4}"
    r"(?:dams?|represas?|hidroel\w*|hidrel\w*|hydro\w*|railways?|railroads?|ferrocarril\w*"
    r"|ferrovias?|roads?|highways?|carreteras?|rodovias?|ports?|puertos?|portos?|refiner\w*"
    r"|airports?|aeropuertos?|aeroportos?|power\s(?:plants?|stations?)|plantas?|usinas?"
    r"|centrales?|satellites?|satelites?|metro|subway|bridges?|puentes?|pontes?)(?![\w])"
)
# A bare trade-direction word ("las importaciones", "exports", "as exportações") is the lexicon's
# China-side reading (metrics.csv: "China's imports"); in a clause about one LAC state that
# names no Chinese side near the word, it is that state's own flow: "mientras que las
# importaciones llegaron a US$ 8.297 millones" (Argentina's imports = China's exports).
BARE_DIRECTION = {
    "imports": "trade_china_exports", "imported": "trade_china_exports",
    "importaciones": "trade_china_exports", "importacoes": "trade_china_exports",
    "exports": "trade_china_imports", "exported": "trade_china_imports",
    "exportaciones": "trade_china_imports", "exportacoes": "trade_china_imports",
    # "Brazil's export volume to China hit $16.4 billion and its import volume $20 billion"
    "export volume": "trade_china_imports", "import volume": "trade_china_exports",
    # "Los envíos totalizaron US$ 7.058 millones", "os embarques", "shipments": exports told
    # by a synonym that may also name remittances or parcels (read at low confidence).
    "envios": "trade_china_imports", "embarques": "trade_china_imports",
    "shipments": "trade_china_imports",
}  # fmt: skip
# The participle of a flow right after a figure (folded): "los US$2.652,5 millones importados en
# 2024", "the $2.65 billion exported last year", "os US$ 2,65 bilhões importados da China". Only
# with China, or no partner, after it, in a clause that names no other state.
FLOW_PARTICIPLE_AFTER = re.compile(
    r"\s{1,2}(importad[oa]s|exportad[oa]s|imported|exported)"
    r"(?:\s{1,2}(?:desde|de|da|do|from|a|al|para|to)\s{1,2}(?:(?:la|a|el|o)\s{1,2})?china)?"
    # … followed by a period, a date or the clause's end, never by another partner ("importados
    # desde Estados Unidos").
    r"(?=\s{0,2}(?:[,.;:)]|$|(?:en|in|em|no|na|el|last|this|durante|during|entre|between|hasta"
    r"|until|through|ate)(?![\w])|\d))"
)
FLOW_PARTICIPLE = {"import": "trade_china_exports", "export": "trade_china_imports"}
# A bare word of purchases or sales (folded), read only beside a state's flow with China in
# another clause of its sentence (`_directed_elsewhere`): the state's imports or exports.
BARE_TRADE = {
    "compras": "trade_china_exports", "purchases": "trade_china_exports",
    "ventas": "trade_china_imports", "vendas": "trade_china_imports",
    "sales": "trade_china_imports",
}  # fmt: skip
BARE_TRADE_WORD = re.compile(r"(?<![\w])(compras|purchases|ventas|vendas|sales)(?![\w])")
# China followed by another partner in a list: "China, the United States and Germany", "China e
# dos Estados Unidos", "China y Brasil" (the next name written with a capital).
CHINA_IN_LIST = re.compile(
    r"(?<![\w])china\s*(?:,|\s(?:y|e|and|o|ou|or))\s+(?:(?:de|da|do|dos|das|del|desde|from|to|"
    r"para|a|al|the|los|las|el|la|o|os|as)\s+){0,2}(?=\w)"
)


# The preposition after a bare flow word naming its origin ("importaciones desde Bolivia",
# "imports from Bolivia", "importações vindas da Bolívia") or destination ("exportaciones hacia
# Bolivia", "exports to Bolivia", "exportações para a Bolívia"), up to the state's name (folded).
# A bare "de" is left out: "las exportaciones de Bolivia" are Bolivia's own.
FLOW_ORIGIN_AFTER = re.compile(
    r"\s{1,3}(?:desde|from|procedentes\s+de|provenientes\s+de|vindas\s+d[aoe]s?|oriundas\s+d[aoe]s?)"
    r"\s{1,3}(?:(?:la|el|los|a|o|the)\s{1,3})?"
)
FLOW_ARTICLE_AFTER = re.compile(r"\s{1,3}(?:(?:la|el|los|a|o|the)\s{1,3})?")
FLOW_DESTINATION_AFTER = re.compile(
    r"\s{1,3}(?:hacia|to|into|para|al|ao|a)\s{1,3}(?:(?:la|el|los|a|o|the)\s{1,3})?"
)


# China's flow told with a possessive whose owner is China, the region as its other side
# (folded text): "its sales to the region", "sus importaciones desde la región", "suas vendas
# para a América Latina".
REGION_FLOW_OF_ITS = re.compile(
    r"\b(?:its|sus|suas|seus)\s{1,3}(?:"
    r"(?P<out>sales|exports|shipments|ventas|exportaciones|envios|vendas|exportacoes|embarques)"
    r"\s{1,3}(?:to|hacia|al|a|para|ao)"
    r"|(?P<into>imports|purchases|importaciones|compras|importacoes)\s{1,3}(?:from|desde|de|da|do))"
    r"\s{1,3}(?:(?:the|la|a|o)\s{1,3})?"
    r"(?P<region>region|regiao|america\s+latina|latin\s+america|latinoamerica)\b"
)
# Imports "of China" whose owner a possessive names: "suas importações da China", "sus
# importaciones de China", "nuestras compras de China" (folded phrase; the possessive before it).
ORIGIN_OF_CHINA = re.compile(r"(?:importacoes|importaciones|compras)\s+(?:da|de)\s+china")
POSSESSIVE_BEFORE = re.compile(
    r"(?<![\w])(?:suas|seus|sus|nossas|nuestras|minhas|mis|their|its|our)\s+$"
)
# A partner other than China named before the possessive: its owner is unclear.
OTHER_PARTNER = re.compile(
    r"\b(?:united\s+states|estados\s+unidos|eeuu|eua|u\.s\.|european\s+union|"
    r"union\s+europea|uniao\s+europeia|japan|japon|japao|india|russia|rusia|washington|"
    r"bruselas|brussels|bruxelas|tokio|tokyo|toquio)\b"
)


def _china_flow_with_region(
    folded: str, clause: tuple[int, int], mention: Mention, entity: str | None
) -> tuple[str, str] | None:
    """(metric, entity) when the figure's clause names China's flow with the region through a
    possessive whose owner is China: China named before it in the sentence, no other partner.
    "the region" is the region only when the text's entity is already the region."""
    found = REGION_FLOW_OF_ITS.search(folded, clause[0], mention.start)
    if found is None or not CHINA_WORD.search(folded, 0, found.start()):
        return None
    if OTHER_PARTNER.search(folded, 0, found.start()):
        return None
    named = found.group("region") not in ("region", "regiao")
    if not named and entity not in REGION_CODES:
        return None
    metric = "trade_china_exports" if found.group("out") else "trade_china_imports"
    return metric, "LAC"


def _counterpart_of_flow(
    folded: str, hit, entities: list[EntityMention], entity: str
) -> str | None:
    """The state's own flow when a flow word names the state as its origin or destination
    ("importaciones desde Bolivia", "exports to Bolivia"): imports from the state are its
    exports (China's imports), exports to it its imports. None otherwise."""
    phrase = fold(hit.phrase)
    imports = "import" in phrase
    if not imports and "export" not in phrase:
        return None
    if OPEN_PREPOSITION.search(phrase):
        # "importaciones desde", "imports from", "exports to": the preposition is the phrase's
        # last word; the state follows it (after an article, if any).
        found = FLOW_ARTICLE_AFTER.match(folded, hit.end)
    else:
        found = (FLOW_ORIGIN_AFTER if imports else FLOW_DESTINATION_AFTER).match(folded, hit.end)
    if found is None or not any(e.start == found.end() and e.code == entity for e in entities):
        return None
    return "trade_china_imports" if imports else "trade_china_exports"


def _china_among_partners(text: str, folded: str, clause: tuple[int, int]) -> str | None:
    """The words "China, X" or "China y X" of the clause when X is a name (a capital letter):
    China as one of several partners of a flow."""
    for match in CHINA_IN_LIST.finditer(folded, clause[0], clause[1]):
        after = match.end()
        if after < len(text) and text[after].isupper():
            word = re.match(r"[\w'’\-]+", text[after:])
            return f"{text[match.start() : after]}{word.group(0) if word else ''}"
    return None


# Shipment words read as exports: a likely reading, never a sure one ("envíos de remesas").
SHIPMENT_WORDS = frozenset(["envios", "embarques", "shipments"])
# A state's flow named by the preposition before China (folded text, from the flow word on,
# within its clause): "importaciones de Brasil desde China", "importações vindas da China",
# "imports of goods from China"; "exportaciones argentinas a China", "exports to China".
# "para o Interior da China", "to the People's Republic of China", "a la República Popular
# China", "to the Chinese mainland": the same China.
_CHINA = (
    r"(?:(?:la|a|o|el|the|mainland)\s+)?(?:(?:republica\s+popular\s+(?:de\s+la\s+|de\s+|da\s+)?|"
    r"people'?s\s+republic\s+of\s+|interior\s+da\s+)?(?:china|pequim|pekin|beijing|"
    r"gigante\s+asiatico)\b|chinese\s+mainland\b"
    # "vendas ao parceiro asiático", "exportaciones al socio asiático", "exports to the Asian
    # giant": right after the preposition and its article only, so "a otro país asiático"
    # (another Asian country) is not China.
    r"|(?:parceiro|socio|pais|dragao|dragon)\s+asiatico\b|asian\s+(?:giant|partner)\b"
    # "bound for Chinese ports", "al mercado chino", "para o mercado chinês": China's ports and
    # market are China.
    r"|chinese\s+(?:ports?|market)\b|(?:puertos|mercado)\s+chinos?\b|"
    r"(?:portos|mercado)\s+chine(?:s|ses)\b"
    # "as exportações para os chineses", "las ventas a los chinos", "sales to the Chinese":
    # the people for the state, after the flow's preposition and its article only.
    r"|(?:(?:os|los)\s+)?chin(?:eses|os)\b|chinese\b(?!\s+mainland))"
)
# "com vendas de US$ 47,6 bilhões, a China ficou com …", "con ventas por US$ 50.000 millones,
# China se mantuvo …", "with sales of US$ 47.6 billion, China kept …": sales told before their
# seller, the subject after the comma.
# The borrowers of China's loans named in a sentence (folded): "the largest recipients of Chinese
# loans", "los mayores receptores de préstamos chinos", "os maiores destinatários dos
# empréstimos chineses".
LOANS_SHARE_OF_LAC = "loans_share_of_lac"
# The part of China's trade with the world held by the entity, named right after the percent
# (folded): "of China's total imports and exports", "of China's foreign trade", "del comercio
# exterior de China", "do comércio total da China", "das importações e exportações totais da
# China".
SHARE_OF_CHINA_TRADE = "share_of_china_trade"
SHARE_OF_CHINA_TRADE_AFTER = re.compile(
    r"(?<![\w])\s{0,2}(?:of\s+china's\s+(?:total\s+|foreign\s+|overall\s+|global\s+)?"
    r"(?:trade|imports\s+and\s+exports|exports\s+and\s+imports|foreign\s+trade)"
    r"|(?:del|do)\s+(?:comercio|intercambio)\s+(?:exterior\s+|total\s+|global\s+)?(?:de|da)\s+"
    r"(?:la\s+|a\s+)?china"
    r"|(?:de\s+las|das)\s+(?:importaciones\s+y\s+exportaciones|importacoes\s+e\s+exportacoes|"
    r"exportaciones\s+e\s+importaciones|exportacoes\s+e\s+importacoes)\s+(?:totales\s+|totais\s+)?"
    r"(?:de|da)\s+(?:la\s+|a\s+)?china)\b"
)
LOAN_SHARE_CUE = re.compile(
    r"\b(?:recipients?|borrowers?|receptor(?:es)?|recetor(?:es)?|destinatari[oa]s?"
    r"|beneficiari[oa]s?|prestatari[oa]s?|tomador(?:es)?)\s+(?:of|de|dos|das|del|de\s+los)\s+"
    r"(?:chinese\s+(?:loans|lending|credit)|loans\s+from\s+china|prestamos\s+(?:chinos|de\s+china)"
    r"|emprestimos\s+(?:chineses|da\s+china)|creditos\s+(?:chinos|chineses))\b"
)
# China named as a state's supplier or buyer, then the figure after "con/with/com" (folded text
# up to the number): "China siguió siendo el principal proveedor de Chile, con US$ …", "China
# was Peru's top buyer, with US$ …", "a China foi o maior comprador do Brasil, com US$ …".
CHINA_ROLE_WITH = re.compile(
    r"\b(?:china|gigante\s+asiatico|pais\s+asiatico)\b[^.;:()]{0,50}?"
    r"\b(?P<role>proveedor|proveedora|supplier|fornecedor|fornecedora|comprador|compradora|buyer)"
    r"\b[^.;:()$]{0,40}?,?\s(?:con|with|com)\s(?:[a-z$]{1,4}\s?)?$"
)
SUPPLIER_ROLES = frozenset({"proveedor", "proveedora", "supplier", "fornecedor", "fornecedora"})
WITH_SALES_BEFORE = re.compile(
    r"\b(?:com|con|with)\s+(?:vendas|ventas|sales)\s+(?:de|por|of|worth)\s+$"
)
CHINA_SUBJECT_AFTER = re.compile(
    r"(?<!\s)(?:\s+(?:em|en|in)\s+(?:19|20)\d\d)?\s*,\s+(?:(?:a|la|el|the)\s+)?china\s+"
    r"(?!y\b|e\b|and\b|como\b|as\b)"
)
# Between an import word and the state that buys: "importações argentinas", "importaciones de
# la Argentina", "importações do Brasil"; then China as the origin: "da China", "de China".
BUYER_BETWEEN = re.compile(r"(?<!\s)\s+(?:(?:de|del|do|da|of)\s+(?:(?:la|el|o|a|the)\s+)?)?")
FROM_CHINA_AFTER = re.compile(r"(?<![\w])(?:desde|from)\s+(?:(?:la|a)\s+)?china\b")
ORIGIN_CHINA_AFTER = re.compile(r"(?<!\s)\s+(?:de|da|do|desde|from)\s+(?:(?:la|a)\s+)?china\b")
# "este percentual", "esse porcentaje", "this percentage", "that share": a percent that takes
# up the one before it.
SHARE_TAKEN_UP = re.compile(
    r"\b(?:este|esse|aquele|esta|essa|ese|esa|aquel|this|that|the\s+same)\s+"
    r"(?:percentual|porcentagem|percentagem|porcentaje|porcentual|percentage|proporcao|"
    r"proporcion|proportion|share|fatia|participacao|participacion|cuota)\b"
)
FLOW_FROM_CHINA = re.compile(
    r"\b(?:imports?|imported|importaciones|importacoes)\b[^.;:]{0,60}?\b"
    r"(?:from|desde|procedentes\s+de|provenientes\s+de|originarias\s+de|vindas\s+da|"
    r"vindos\s+da|oriundas\s+da|provenientes\s+da|procedentes\s+da)\s+"
    + _CHINA
    # "las compras de Argentina a China", "as compras do Brasil da China": a buyer named
    # between the word and China ("compras de China" alone may be China's own purchases).
    # The buyer may be an adjective: "las compras chilenas a China", "as compras brasileiras da
    # China" (the lead, stop 47: main read no metric; issue 15's "compras a China").
    + r"|\b(?:compras|purchases)\s+(?:(?:de|do|da|dos|das|by|of)\s+[^.;:]{1,40}?\s+"
    r"|[a-z]{3,}(?:as|os|es)\s+)?"
    r"(?:a|from|desde|da|de)\s+" + _CHINA
)
# An amount below a million units of its currency, as written ("casi siete dólares"), is no
# flow between states or loan portfolio: such a figure is a ratio or a price told in money.
PETTY_AMOUNT = 1e6
# "compras da China", "las compras de China", "as importações da China", "las importaciones de
# China" with no buyer between the word and China: read either way in PT/ES (China's purchases or
# imports, or those from China; the lexicons list "importações da China" under both). "compras a
# China" (from China), "compras do Brasil da China", "importações brasileiras da China" (a buyer
# named) and "importaciones de China desde la región" (an origin named after China: China's
# own) are not matched (lead, stop 41: "O Brasil registrou importações da China de US$ 34,0
# bilhões em 2020" was read as China's imports and called contradicted by Brazil's exports).
BARE_PURCHASES = re.compile(
    r"\b(?:compras|importacoes|importaciones)\s(?:da|de)\s"
    + _CHINA
    + r"(?!\s{1,2}(?:desde|from|procedentes|provenientes|originarias|oriundas|vindas|vindos)\b)"
)
FLOW_TO_CHINA = re.compile(
    r"\b(?:exports?|exported|exportaciones|exportacoes|ventas|vendas|sales|shipments|envios|"
    r"embarques)\b[^.;:]{0,60}?\b"
    r"(?P<to>to|hacia|a|al|ao|aos|con\s+destino\s+a|destinadas\s+a|para|para\s+a|"
    r"com\s+destino\s+a|rumo\s+a|bound\s+for|destined\s+for|headed\s+for)\s+" + _CHINA
)
# A flow phrase that ends in its preposition ("exports to", "ventas a") and names no side:
# what follows, China or a state, gives the direction, so the preposition rule reads it.
# ("China's exports to" names its side already.)
OPEN_PREPOSITION = re.compile(r"\s(?:to|from|a|al|ao|para|desde|hacia|de|da|do)$")
BALANCE_WORD = re.compile(r"\b(?:saldo|superavit|surplus|deficit|defice|balance|balanza)\b")
# The trade a balance is of, right after the balance word: "o saldo positivo brasileiro no
# comércio com a China", "el superávit de Brasil en el comercio con China", "Brazil's surplus in
# its trade with China". The trade word there names the balance's scope, not the figure.
TRADE_OF_BALANCE = re.compile(
    r"(?<!\s)(?:\s+(?:comercial|positivo|negativo|favorable|favoravel|brasileiro|[a-z]+(?:no|na|o|a))){0,2}"
    r"(?:\s+(?:de|do|da|del)\s+[a-z]+(?:\s+[a-z]+)?)?"
    # "o superávit do comércio bilateral", "el superávit del comercio", "the surplus of bilateral
    # trade", "the surplus in Brazil's bilateral trade" (round s16b: main read each as the trade
    # total and refuted it by the stored total)
    r"\s+(?:in|no|na|nos|nas|en|on|of|do|da|del|de)\s+"
    r"(?:(?:el|la|los|las|its|their|the|o|a|os|as)\s+)?"
    r"(?:[a-z'’]+\s+){0,2}$"
)


def _trade_of_balance(folded: str, start: int, end: int) -> bool:
    """Whether the trade word at `end` follows the balance word ending at `start` as the
    balance's complement ("saldo … no comércio com a China")."""
    return 0 <= end - start <= 60 and bool(TRADE_OF_BALANCE.match(folded, start, end))


FLOW_WORD = re.compile(
    r"\b(?:exports?|imports?|exportaciones|importaciones|exportacoes|importacoes|envios|ventas|"
    r"vendas|compras|sales|purchases|trade|comercio|intercambio)\b"
)
# Flow words that name a direction (not "trade"): one of them between a verb of trade and a
# number names that number's flow instead of the verb.
DIRECTED_FLOW_WORD = re.compile(
    r"\b(?:exports|imports|exportaciones|importaciones|exportacoes|importacoes|envios|ventas|"
    r"vendas|compras|sales|purchases|shipments|embarques)\b"
)
# Products and sectors whose trade is part of a total (folded EN/ES/PT): a figure named with
# one is that product's trade, not the state's whole flow.
_PRODUCTS = (
    r"\b(?:soy\w*|soja|soya|poroto|iron\s+ore|ore|minerio\w*|hierro|ferro|copper|cobre|oil|"
    r"petroleo|crude|crudo|beef|meat|carnes?|pork|cerdo|porco|chicken|frango|pollo|coffee|cafe|"
    r"sugar|azucar|acucar|corn|maize|maiz|milho|wheat|trigo|lithium|litio|shrimp|camaron\w*|"
    r"camarao|camaroes|cellulose|celulos\w*|pulp|fish|pescado|fruits?|frutas?|cherries|"
    r"cerezas|bananas?|wine|vino|vinho|cotton|algodon|algodao|barley|cebada|cevada|"
    r"manufactur\w*|manufatur\w*|agricultur\w*|agropecuari\w*|agricolas?|"
    # Sectors (round s20c: "as exportações do agronegócio brasileiro para a China somaram US$ 60
    # bilhões" was refuted by Brazil's whole exports).
    r"agronegocios?|agribusiness|agroindustri\w*|agro|agri-?food|agroalimentari\w*|pecuari\w*|"
    r"livestock|ganader\w*|mining|mineria|mineracao|mineras?|mineros?|minerais|minerales|"
    r"minerals|alimentos|food|"
    # Food as an adjective (round 44c: "o principal destino das exportações alimentícias
    # chilenas" was borne out by Chile's rank of all exports); the verb "alimentar" is left out.
    r"alimentici\w*|alimentares|alimentari[ao]s?|"
    # "farm products", "farm goods" (round s21a: "Brazil sold US$ 60 billion of farm products to
    # China" was refuted by Brazil's whole exports)
    r"farm\s+(?:products|goods|produce|exports|sales|trade|imports)|"
    # Farm and forestry together, forestry alone (round 46b: "El comercio silvoagropecuario con
    # China creció … a US$6.866 millones en 2024" stood to be refuted by Chile's whole trade).
    r"silvoagropecuari\w*|forestry|forestal\w*|florest\w*|"
    # Metals other than copper and iron, ores' concentrates and scrap (round 37c: "as exportações
    # do Peru para a China incluíram concentrados de zinco no valor de US$ 2,1 bilhões", "zinc
    # concentrates worth US$2.1 billion", "concentrados de zinc por 2.100 millones" were refuted
    # by Peru's whole exports, in all three languages). "lead" and "plata" are left out ("to
    # lead", "Mar del Plata"); "lead ore" is read by "ore".
    r"zinc|zinco|chumbo|plomo|gold|oro|ouro|molybdenum|molibdeno|nickel|niquel|"
    r"concentrates|concentrados|scrap|chatarra|sucata|"
    # Manufactured goods: telephones, medical instruments and devices, alloys (round 39b: "entre
    # lo que República Dominicana vendió a China destacaron los teléfonos, por US$47.88 millones",
    # "telephones stood out at US$47.88 million" were refuted by the state's whole exports).
    r"telefon\w*|telephon\w*|phones?|smartphones?|cellphones?|celulares?|"
    r"instrumentos|instruments|dispositivos|devices|aparatos|aparelhos|appliances|"
    r"aleaciones|ferroaleaciones|ferroligas|alloys|ferroalloys|"
    r"basicos|semimanufatur\w*|industriais|industriales|"
    # The grain, named back after its crop (round r64b: "A soja lidera as vendas. Em 2022, o
    # Brasil vendeu US$ 31,8 bilhões do grão aos chineses" was refuted by Brazil's whole
    # exports to China; "the grain", "del grano" alike).
    r"grao|graos|grain|grains|grano|granos)\b"
)
PRODUCT = re.compile(_PRODUCTS)
# A demand told as the cause of a trade figure (folded; see _demand_for): "la demanda (china)
# de", "a procura (chinesa) por", "(Chinese) demand for", "o apetite chinês por".
DEMAND_NOUN = re.compile(r"\b(?:demand|demanda|procura|appetite|apetite)\b")
DEMAND_PREPOSITIONS = frozenset(("for", "de", "por", "del", "da", "do", "pelo", "pela"))
DEMAND_CONJUNCTIONS = frozenset(("e", "y", "and", "o", "or", "ou"))
DEMAND_REACH = 90
# Relations or ties right after an inauguration cue (folded; used with .match at the cue's
# end): "opened (diplomatic) relations", "la apertura de (las) relaciones", "a abertura das
# relações", "abriram relações".
OPENED_RELATIONS = re.compile(
    r"[^\S\n]{1,3}(?:(?:de|das|dos|of|the|de\s{1,3}las|de\s{1,3}los|de\s{1,3}sus|as|os|las|los)"
    r"[^\S\n]{1,3})?(?:(?:diplomatic|formal|official|trade|commercial|economic|consular|"
    r"bilateral)[^\S\n]{1,3})?(?:relations|ties|relaciones|relacoes|lazos|lacos)\b"
)
# A flow owned by a pronoun, "its sales", "sus ventas", "suas vendas" (folded): the owner may be
# a product named in the clause before.
POSSESSIVE_FLOW = re.compile(
    r"\b(?:its|their|sus|su|suas|seus|sua|seu)\s(?:sales|exports|shipments|ventas|exportaciones|"
    r"vendas|exportacoes|embarques)\b"
)
# A flow word right after a money figure, as its complement: "2.989 millones de las
# importaciones", "US$2.989 billion of imports", "2.989 millones en importaciones", "2.989
# milhões das importações" (folded; used with .match at the figure's end).
FLOW_AFTER_FIGURE = re.compile(
    r"[^\S\n]{0,3}(?:de\s+dolares\s+|dollars\s+)?(?:en|in|em|of|de|do|da|dos|das|del)\s+"
    r"(?:(?:las|los|la|el|the|as|os|a|o|sus|its|suas|seus)\s+)?"
    r"(?P<flow>importaciones|exportaciones|importacoes|exportacoes|imports|exports)\b"
)
# A flow named by what it leaves out (folded EN/ES/PT): "non-oil exports", "exportaciones no
# petroleras (no mineras)", "no tradicionales", "exportações não petrolíferas", "não tradicionais":
# a part of the state's flow, never the whole.
SUBSET_OF_FLOW = re.compile(
    r"\bnon[-\s]?(?:oil|petroleum|traditional|mining|copper|commodity|energy)\b"
    r"|\bno[-\s](?:petroler[oa]s?|tradicionales|mineras?|mineros|cupr[ie]\w*|energetic[oa]s?)\b"
    r"|\bnao[-\s](?:petrolifer[oa]s?|petroleir[oa]s?|tradicionais|minerais|minerari[oa]s?|"
    r"energetic[oa]s?)\b"
)
# Trade in services named before a figure, in its clause, or right after it (folded):
# "exports of services", "servicios", "serviços", "services trade"; the store's trade is goods.
# Only with a word of trade: a body's name ("Ministério do Desenvolvimento, Indústria, Comércio e
# Serviços", "Cámara de Comercio y Servicios") names no flow.
SERVICES_WORD = re.compile(
    r"(?<![\w])(?:(?:exports?|imports?|trade|sales|purchases|exportaciones|importaciones|comercio"
    r"|ventas|compras|exportacoes|importacoes|comercio|vendas)\s+(?:in\s+|of\s+|de\s+)"
    r"(?P<word>services|servicios|servicos)"
    r"|(?P<word2>services)\s+(?:exports?|imports?|trade|sales))(?![\w])"
)
SERVICES_AFTER = re.compile(
    r"[^\S\n]{0,3}(?:(?:us\s+)?dollars\s+|de\s+dolares\s+)?(?:in|en|em|of|de)\s+"
    r"(?P<word>services|servicios|servicos)(?![\w])"
)
PRODUCT_AFTER = re.compile(
    r"[^\S\n]{0,3}(?:de\s+dolares\s+|dollars\s+|de\s+reais\s+)?(?:worth\s+)?"
    # "de" with its article fused, "do/da/dos/das/del" (round r64b: "US$ 31,8 bilhões do grão",
    # "2.000 millones del cobre" named no product when the article was part of the word)
    r"(?:in|en|em|of|de|do|da|dos|das|del)\s+"
    r"(?:(?:the|la|las|los|el|o|os|a|as)\s+)?"
    # an adjective of origin before the product (lead, stop 43: "China bought US$ 20.5 billion
    # worth of Chilean copper" was refuted by Chile's whole exports to China)
    r"(?:(?:chilean|peruvian|brazilian|argentine|argentinian|uruguayan|ecuadorian|bolivian|"
    r"mexican|colombian|venezuelan|paraguayan|cuban|[a-z]+-grown|raw|refined|frozen|fresh)\s+)?"
    # a noun of goods before the product's adjective (round s21a: "o Brasil vendeu US$ 60 bilhões
    # em produtos agrícolas à China", "60.000 millones en productos agrícolas" were refuted by
    # Brazil's whole exports of 2023)
    r"(?:(?:produtos|productos|products|bens|bienes|goods|mercadorias|mercancias|generos|"
    r"itens|items)\s+)?"
    r"(" + _PRODUCTS + ")"
)
# A product's flow named right after a figure, through a preposition: "earned 624 million US
# dollars from its beef exports to China", "US$ 1 billion through soybean sales", "624 millones
# de dólares por sus exportaciones de carne", "US$ 624 milhões com as vendas de carne" (folded;
# used with .match at the figure's end). Round 40a: main refuted Uruguay's beef exports to China
# by its whole exports of the year.
PRODUCT_FLOW_AFTER = re.compile(
    r"[^\S\n]{0,3}(?:(?:us\s+)?dollars\s+|de\s+dolares\s+|de\s+reais\s+)?"
    r"(?:from|through|with|by|on|for|por|con|com|pelas?|pelos?|en|em|in)\s+"
    r"(?:(?:its|their|the|sus|su|las|los|la|el|as|os|a|o|suas|seus|sua|seu)\s+)?"
    r"(?:(?P<before>" + _PRODUCTS + r")\s+(?:exports|sales|shipments|imports|purchases)\b"
    r"|(?:exportaciones|ventas|envios|exportacoes|vendas|embarques|importaciones|importacoes|"
    r"compras)\s+(?:de\s+|do\s+|da\s+|dos\s+|das\s+)?(?P<after>" + _PRODUCTS + r"))"
)
# A figure introduced as the whole another figure of the sentence is a part of: "sobre un total
# de $us 9.676 millones, los productos chinos alcanzaron $us 1.740 millones", "out of a total of
# US$9.7 billion", "de um total de US$ 9,7 bilhões" (folded, the text right before the figure);
# "sumaron $us 10.486 millones, de los cuales $us 1.811 millones …", "…, of which …" (right
# after it). Such a whole is most often the state's trade with every partner.
WHOLE_BEFORE = re.compile(
    r"(?<![\w])(?:sobre|de|del|do|out\s+of|of)\s+(?:un|um|a|el|o|the)?\s*total\s+(?:de|of)\s+$"
)
WHOLE_AFTER = re.compile(
    r",\s{1,3}(?:of\s+which|de\s+los\s+cuales|de\s+las\s+cuales|dos\s+quais|das\s+quais)\b"
    # "el país compró por $us 8.616 millones en total y …", "US$ 8,6 bilhões no total"
    r"|\s{1,3}(?:en|in|em|no)\s+total\b"
)
# "En 2017, de $us 8.288 millones en importaciones, las compras al gigante asiático sumaron
# $us 2.027 millones": "de/of" opening a clause before the figure, a flow word after it.
WHOLE_OF_FLOW_BEFORE = re.compile(r"(?:^|[,;:]\s|[–—]\s)(?:de|of|out\s+of)\s+$")
WHOLE_OF_FLOW_AFTER = re.compile(
    r"\s{1,3}(?:en|in|em)\s+(?:importaciones|exportaciones|compras|ventas|importacoes|"
    r"exportacoes|vendas|imports|exports|purchases|sales)\s*,"
)
# The confidence note of such a whole (rules/share_of_whole.py reads it).
WHOLE_NOTE = "a whole another figure of the sentence is a part of"
# A state's flow with China, told by a word that need not name China ("Chilean exports",
# "Brazil exported", "las exportaciones chilenas"): read with confidence only when its clause
# or the sentence before it names China, by name, people, capital, "the Asian giant", or "that
# country" taking it up.
PAIR_FLOWS = frozenset({"trade_china_imports", "trade_china_exports"})
CHINA_NAMED = re.compile(
    PARTNER_CHINA.pattern + r"|(?<![\w])(?:prc|rpc"
    r"|asian\s+(?:giant|partner|country|nation|market)"
    r"|(?:gigante|pais|socio|parceiro|dragon|dragao|mercado|coloso)\s+asiatico"
    r"|(?:that|this|the\s+same)\s+(?:country|market|nation)"
    r"|(?:ese|este|esse|aquel|aquele|dicho|mismo|mesmo)\s+(?:pais|mercado))(?![\w])"
)
# A total of trade told as the pair's without naming China: "bilateral trade", "two-way
# trade", "trade between the two countries", "el intercambio entre ambos países", "o comércio
# entre os dois países".
PAIR_NAMED = re.compile(
    r"(?<![\w])(?:bilateral\w*|two-way|sino|both\s+(?:countries|nations|sides)"
    r"|(?:the|two)\s+(?:countries|nations|economies)|(?:ambos|ambas|los\s+dos|las\s+dos|os\s+dois"
    r"|as\s+duas|dos|dois|duas)\s+(?:paises|naciones|nacoes|economias|lados|partes))(?![\w])"
)
NO_CHINA_NOTE = "no word of China in the clause or before it: the flow may be with every partner"
# Metrics a bare flow word may have been read as before its preposition is seen.
# Both directions named together, before one figure: "exports and imports", "exports to and
# imports from", "exportaciones e importaciones", "importações e exportações" (folded).
_EXPORTS_WORD = r"(?:exports?|exportaciones|exportacoes)"
_IMPORTS_WORD = r"(?:imports?|importaciones|importacoes)"
BOTH_FLOWS = re.compile(
    rf"\b{_EXPORTS_WORD}(?:\s+(?:to|a|para))?\s+(?:and|y|e)\s+{_IMPORTS_WORD}\b"
    rf"|\b{_IMPORTS_WORD}(?:\s+(?:from|de|desde|da))?\s+(?:and|y|e)\s+{_EXPORTS_WORD}\b"
)
# A figure told as the sum of what comes before it (folded, right before the figure): "for a
# total of", "with a combined total of", "num total de", "em um total de", "para un total de",
# "por un total de", "totalizando".
SUM_OF_FLOWS_BEFORE = re.compile(
    r"(?<![\w])(?:(?:for|with|to)\s{1,2}a\s{1,2}(?:combined\s{1,2})?total\s{1,2}of"
    r"|(?:num|em\s{1,2}um|para\s{1,2}um|por\s{1,2}um|com\s{1,2}um)\s{1,2}total\s{1,2}de"
    r"|(?:para|por|con)\s{1,2}un\s{1,2}total\s{1,2}de|totalizando)\s{1,3}(?:de\s{1,2})?$"
)
EXPORT_TOLD = re.compile(rf"\b{_EXPORTS_WORD}\b")
IMPORT_TOLD = re.compile(rf"\b{_IMPORTS_WORD}\b")


def _both_flows_told(folded: str, start: int, end: int) -> bool:
    """Both directions told between `start` and `end`: an export (the word or a verb of
    selling, `SELL_VERB`) and an import (the word or a verb of buying, `BUY_VERB`)."""
    exported = EXPORT_TOLD.search(folded, start, end) or SELL_VERB.search(folded, start, end)
    imported = IMPORT_TOLD.search(folded, start, end) or BUY_VERB.search(folded, start, end)
    return bool(exported and imported)


# A demonstrative right before a word of trade (folded): "ese comercio", "dicho intercambio",
# "esse comércio", "este intercâmbio", "this trade". Not English "that" nor "said" ("Wang said
# trade between the two countries grew", "noted that trade rose": a verb and a conjunction).
THAT_TRADE = re.compile(r"\b(?:ese|esa|este|esta|dicho|dicha|esse|essa|tal|this)\s+$")
DIRECTED_METRICS = {
    "trade_china_imports", "trade_china_exports", "china_imports_world", "china_exports_world",
}  # fmt: skip
CHINESE_SIDE = re.compile(
    r"\b(?:china|chinas?|chinos?|chinese|chinesas?|chineses|pequim|pekin|beijing)\b"
)
# China named as the partner ("con China", "with China", "com a China", "y China"): the other
# side of a trade, not the owner of a bare flow word near it (round s17b: "Con China, en 2023
# las exportaciones de Perú sumaron …", "após a assinatura do TLC com a China, as exportações do
# Peru somaram …" were read as China's exports, at high confidence, and refuted by them).
CHINA_AS_PARTNER = re.compile(
    r"(?<![\w])(?:con|with|com|y|e|and)\s{1,2}(?:(?:la|a)\s{1,2})?(?:china|pequim|pekin|beijing)\b"
)


def _china_owns_flow(folded: str, start: int, end: int) -> bool:
    """China named within 30 characters of a bare flow word (`start`…`end`), other than as a
    partner ("con China"): the flow may be China's, so it is not read from the state's side."""
    window = CHINA_AS_PARTNER.sub(
        lambda m: " " * len(m.group(0)), folded[max(0, start - 30) : end + 30]
    )
    return CHINESE_SIDE.search(window) is not None


# Verbs of trade direction: who sells or buys is the subject named before the verb. A LAC
# state that "vendió / vendeu / sold" exports to China (China's imports); one that "compró /
# comprou / bought" imports from it (China's exports); China as the subject turns both round.
# An auxiliary before a participle: "había importado", "han exportado", "tinha importado", "tem
# vendido" (a participle alone qualifies a noun: "los bienes importados"; round s18a: "El
# Salvador había importado desde China un total de …" had no verb, and the figure took the
# flow word of the next clause).
_AUXILIARY = r"(?:habia|habian|ha|han|habra|habria|hubiera|havia|haviam|tinha|tinham|tem|teria)\s+"
SELL_VERB = re.compile(
    r"\b(?:vendio|vendieron|vendeu|venderam|sold|exporto|exportaron|exportou|exportaram|"
    r"exported|shipped|embarco|embarcaron|embarcou|embarcaram|selling|vendiendo|vendendo|"
    # the gerund of "export" too (round 34a): "China exported US$ 19.19 million worth of goods,
    # while importing only $211,000 from Barbados" took the verb of the first clause
    r"exporting|exportando|"
    # the infinitive and the present (round s19a): "the first country to sell", "a vender"
    r"sell|sells|vender|venden|vendem|" + _AUXILIARY + r"(?:exportado|vendido|embarcado))\b"
)
BUY_VERB = re.compile(
    r"\b(?:compro|compraron|comprou|compraram|bought|purchased|importo|importaron|importou|"
    r"importaram|imported|buying|purchasing|comprando|importing|importando|"
    # the infinitive and the present (round s19a): "A China é o primeiro país a comprar mais de
    # US$ 100 bilhões do Brasil", "the first country to buy", "buys", "compran", "compram"
    r"buy|buys|comprar|compran|compram|" + _AUXILIARY + r"(?:importado|comprado))\b"
)
# The other side of a buying or selling verb named right after its figure: "buying products
# worth $11.46 billion from Peru", "comprando productos por US$ 11.460 millones a Perú",
# "comprando produtos no valor de US$ 11,46 bilhões do Peru"; "selling … to Peru".
# China named as the other side of a selling or buying verb whose subject is not named: "to
# China", "para a China", "hacia China" (Portuguese "a China" is also the article: not read);
# "from China", "da China", "desde China".
CHINA_AS_BUYER = re.compile(
    r"\b(?:to|para\s+a|para|hacia|al\s+mercado\s+de)\s+china\b"
    # "le vendió al gigante asiático", "vendeu ao país asiático"
    r"|\b(?:al|ao|para\s+o|hacia\s+el)\s+(?:gigante|pais)\s+asiatico\b"
)
CHINA_AS_SELLER = re.compile(
    r"\b(?:from|da|desde)\s+china\b|\b(?:del|do|desde\s+el)\s+(?:gigante|pais)\s+asiatico\b"
)
# The seller after a buying verb with no subject named: "el país compró 4,122 millones de dólares
# a China" (Spanish "comprar a" is to buy from; so is "comprar al gigante asiático"), besides
# "from/da/desde China" (round s18b: main read no metric at all).
# The buyer after a selling verb with no subject named: "Exportó 39.000 millones de dólares a
# China", "vendió a China", "vendeu à China" (a selling verb's "a China" is to China; round
# s22b: main read the figure by the metric of the sentence before), besides "to/para/hacia China".
# Not the Portuguese article opening the next clause: "exportou US$ 64,2 bilhões e a China
# comprou mais" (round 14d's guard): no "e"/"y"/"que"/comma before it, no verb after it.
CHINA_SOLD_TO = re.compile(
    CHINA_AS_BUYER.pattern + r"|(?<![\w,])(?<!\be\s)(?<!\by\s)(?<!\bque\s)(?<!,\s)a\s+china\b"
    r"(?!\s+(?:compr|import|vend|export|adquir|pag|fue|foi|es\b|e\b|ha\b|tem\b|tiene|segu|sigu|"
    r"se\b|ya\b|ja\b|no\b|nao\b|tambi|tamb))"
)
CHINA_BOUGHT_FROM = re.compile(
    CHINA_AS_SELLER.pattern + r"|\b(?:a|al)\s+(?:china|(?:gigante|pais)\s+asiatico)\b"
)
# A clitic of the other side before a buying or selling verb: "le compró", "les vendió",
# "lhe vendeu" (the one the clause's other verb named).
CLITIC_BEFORE = re.compile(r"(?<![\w])(?:le|les|lhe|lhes)\s+$")
# A coordinating word between a figure and the next verb: the verb is another clause's.
COORDINATION = re.compile(
    r"(?<![\w])(?:but|and|while|whereas|pero|y|e|mas|mientras|enquanto|porem|en\s+cambio|"
    r"em\s+contrapartida)(?![\w])"
)
# A word of contrast right before a buying or selling verb with no subject: "; en cambio,
# exportó", "mientras que exportó", "mas exportou apenas", "but exported only".
CONTRAST_BEFORE = re.compile(
    r"(?<![\w])(?:en\s+cambio|por\s+el\s+contrario|por\s+otro\s+lado|mientras\s+que|pero|"
    r"em\s+contrapartida|por\s+outro\s+lado|enquanto|porem|mas|in\s+contrast|on\s+the\s+other\s+hand|"
    r"whereas|while|but)(?:\s+it)?\s{0,2},?\s{1,2}(?:(?:solo|solamente|apenas|only|just|so)\s{1,2})?$"
)
COUNTERPART_AFTER = re.compile(
    r"\s{1,3}(from|to|a|al|de|desde|do|da|para|ao|a\s+la|a\s+el|para\s+o|para\s+a)\s{1,3}"
    r"(?:the\s|el\s|la\s|o\s|a\s)?"
)
# A place after a preposition is the verb's object or origin, not who sells ("vendeu à China").
OBJECT_BEFORE = re.compile(
    r"\b(?:a|to|para|from|de|del|dos|das|do|da|desde|with|con|com|into|en|em|in)\s+"
    r"(?:(?:the|la|el|o|os|a|as|los|las)\s+)?$"
)
# Portuguese "a" at the start of a clause is the article, not a preposition: "Em 2016, a
# Argentina embarcou …", "a América Latina comprou …".
ARTICLE_A = re.compile(r"(?:^|[,;:—–]\s*)a\s+$")
APPOSITION = re.compile(r",\s*(?:the|el|la|o|a)\s+$")
# An n-th summit or round of talks named (folded): "cúpula", "cumbre", "summit", "round of
# talks", "ronda de negociaciones", "rodada de negociações" (round r60c).
SUMMIT_OR_ROUND_NAMED = re.compile(
    r"(?<![\w])(?:summit|cumbre|cupula"
    r"|(?:round|ronda|rodada)\s{1,3}(?:of|de)\s{1,3}(?:\S{1,40}\s{1,3}){0,3}"
    r"(?:talks|negotiations|negociaciones|negociacoes|conversaciones|conversas))(?![\w])"
)
# The English "Ministers' Meeting" (folded), the name the China-CELAC Forum gives its meetings
# ("the Third Ministers' Meeting of the China-CELAC Forum", "the Foreign Ministers' Meeting"):
# the ministers stand before the noun (round r63g: main read "the third Ministers' Meeting" as a
# rank of no metric and left its day unread).
MINISTERS_MEETING = r"(?:foreign\s{1,3})?ministers['\u2019]?\s{1,3}meeting"
# A ministerial meeting named (folded): "ministerial meeting", "reunión ministerial", "reunião
# ministerial", and a meeting named by its ministers, as the meeting rule reads its ordinal
# ("a 1ª Reunião de Ministros das Relações Exteriores do Foro Celac-China", "la I Reunión de
# Cancilleres", "the first Meeting of Foreign Ministers"; round r60c: the days written beside
# it, "marcada para os dias 8 e 9 de janeiro", were left unread beside the ordinal).
MEETING_NAMED = re.compile(
    r"(?<![\w])(?:ministerial\s+meeting|reunion\s+ministerial|reuniao\s+ministerial|"
    + MINISTERS_MEETING
    + r"|(?:meeting|reunion|reuniao|encontro|encuentro)\s{1,3}(?:de|dos|das|of)\s{1,3}"
    r"(?:the\s{1,3}|los\s{1,3}|las\s{1,3})?(?:foreign\s{1,3})?"
    r"(?:ministros|ministers|chanceleres|cancilleres)(?![\w]))"
)
# The balance word right after the amount, matched at the amount's end (folded): "a $63 billion
# surplus", "a $62 billion trade deficit", "1.200 millones de dólares de superávit", "US$ 5
# bilhões de déficit" (round 33a: a trade word earlier in the clause, "exports" or "trade", made
# main read a surplus as the state's exports or the region's trade, and refute it).
BALANCE_AFTER = re.compile(
    r"[^\S\n]{1,2}(?:(?:trade|commercial)[^\S\n]{1,2})?(?:surplus|deficit)(?![\w])"
    r"|[^\S\n]{1,2}de[^\S\n]{1,2}(?:superavit|deficit|defice)(?![\w])"
)
BALANCE_BEFORE = re.compile(
    r"(?:surplus|deficit|defice|balance|saldo|superavit)(?:\s+(?:comercial|positivo|negativo|favorable|"
    r"favoravel|positive|negative|of|de|do|del|da))*"
    # The balance's own period between the word and the amount: "o saldo de todo o ano de
    # 2021, de US$ 33,010 bilhões", "the surplus for the whole of 2020 of US$ 33 billion".
    r"(?:\s+(?:(?:de\s+|del\s+|do\s+|for\s+|in\s+)?(?:tod[oa]\s+(?:o\s+|el\s+)?|the\s+)?"
    r"(?:(?:whole|full|entire)\s+(?:of\s+)?)?(?:(?:ano|year)\s+)?(?:de\s+|of\s+)?"
    r"(?:1[5-9]\d\d|20\d\d)),?)?"
    r"\s*(?:of|de|en|em)?\s*$"
)
# A projection or a possibility, not a reported figure: "pode fechar 2021 em US$ 120 bilhões",
# "could reach US$ 700 billion", "podría superar los 500.000 millones", "is expected to top".
# "trade grew by $300 million", "creció en 300 millones de dólares", "cresceu US$ 300 milhões",
# "un aumento absoluto de US$84.4 millones": the amount of a change, not the level of either
# year ("rose to", "subió hasta", "cresceu para" name the level and are not matched).
_CHANGE_VERBS = (
    r"grew|rose|increased|climbed|jumped|expanded|fell|dropped|declined|decreased|shrank|"
    r"went\s+up|went\s+down|crecio|crecieron|aumento|aumentaron|subio|subieron|"
    r"se\s+incremento|se\s+incrementaron|cayo|cayeron|bajo|bajaron|disminuyo|disminuyeron|"
    r"descendio|descendieron|retrocedio|se\s+redujo|se\s+redujeron|cresceu|cresceram|aumentou|"
    r"aumentaram|subiu|subiram|caiu|cairam|recuou|recuaram|diminuiu|diminuiram|avancou|avancaram"
)
_CHANGE_NOUNS = (
    r"increase|rise|growth|jump|drop|fall|decline|aumento|incremento|alza|caida|descenso|"
    r"crecimiento|queda|reducao|crescimento|expansion|expansao"
)
CHANGE_BEFORE = re.compile(
    r"(?<![\w])(?:(?:" + _CHANGE_VERBS + r")(?:\s+(?:[\w']+\s+){0,3}?by|\s+en|\s+em)?"
    r"|(?:" + _CHANGE_NOUNS + r")(?:\s+absolut[oa])?\s+(?:of|de|by|en|em))\s+$"
)
# A change told before a percent in its clause (folded): "un crecimiento del", "rose by", "um
# aumento de", "uma alta de", "cayó un".
CHANGE_WORD = re.compile(
    r"\b(?:" + _CHANGE_VERBS + r"|" + _CHANGE_NOUNS + r"|alta|salto|avance|avanco|expandio)\b"
)
# "1.300 millones de dólares menos que en 2021", "US$ 1.3 billion lower than in 2021", "US$ 1,3
# bilhão a menos que em 2021", "inferiores a las de 2021": a difference from another period told
# after the amount (round s17a: main read the level of the year and refuted it). No comma: "…
# US$ 2.3 billion, less than in 2021" is a level compared.
CHANGE_AFTER = re.compile(
    r"(?<![\s,;:])\s{1,3}(?:(?:a|de)\s+)?(?:less|more|lower|higher|fewer|menos|mas|mais|menores|"
    r"maiores|mayores|inferiores|superiores|inferior|superior)\b"
    r"(?:\s+[\w']+){0,4}?\s+(?:than|que|a\s+(?:las?|los?|o|os|as)\b|al|ao|aos|as)\b"
)
# A change's amount after "up"/"down" opening its clause or bracket, or after a noun of change
# that CHANGE_BEFORE does not hold (folded, used with .search on the words before the amount):
# "… US$8.297 billion, up US$3.672 billion", "(down $541 million)", "una suba de US$ 3.672
# millones", "uma alta de US$ 3,672 bilhões", "una baja de", "uma baixa de". Not "la cifra más
# alta de US$ …" (a level, a superlative) nor "picked up" (no comma or bracket before "up").
CHANGE_UP_DOWN_BEFORE = re.compile(
    r"(?:(?:[,;(]|\s(?:and|or))\s{0,2}(?:up|down)(?:\s{1,2}by)?"
    r"|(?<![\w])(?<!mas\s)(?<!mais\s)(?:suba|alta|baja|baixa)\s{1,2}(?:de|del|of))\s{1,2}$"
)
# The amount of a change with "less"/"more" right after it and nothing compared ("(US$541
# million less)", "US$ 541 millones menos,", "US$ 541 milhões a menos)"; used with .match at
# the amount's end): CHANGE_AFTER holds the ones with "than"/"que".
CHANGE_BARE_AFTER = re.compile(
    # the mark after the word is looked at, not taken: the doubt's cue quotes the words only
    # (a ")" in it broke the page's frame of bracketed doubts)
    r"\s{1,3}(?:(?:a|de)\s{1,2})?(?:less|more|menos|mais|mas)(?=\s{0,2}(?:[),;]|\.(?:\s|$)|$))"
)
# A goal named right before the figure (folded): "the target of", "a goal of", "la meta de", "el
# objetivo de", "a meta de", "o objetivo de".
TARGET_BEFORE = re.compile(
    r"\b(?:target|goal|aim|objective|meta|objetivo|alvo)\s+(?:of|de|do|da)\s+"
    r"(?:(?:the|a|an|los|las|el|la|o|os|as|unos|uns|about|around|cerca\s+de)\s+)?$"
)
# A span to come right after the figure (folded, used with .match at its end): "chegue a US$ 500
# bilhões em uma década", "to reach US$500 billion within a decade", "investirá US$ 250 bilhões em
# dez anos", "hasta 250.000 millones de dólares en los próximos 10 años": the level a goal sets for
# the end of the span, not one the text reports for any year it names (round 29c: main read "Xi
# quer que o comércio entre a China e a região chegue a US$ 500 bilhões em uma década, como
# anunciou em 2014" as 2014's trade and refuted it by the 263.6 billion stored for 2014). The
# span may open on its course: "llegue a 500 mil millones de dólares en el curso de 10 años",
# "reach US$500 billion over the course of a decade", "chegue a US$ 500 bilhões no decorrer de dez
# anos" (round r63f: main read the Spanish goal as the level of the year an earlier paragraph
# named, and left it unjudged beside the stored pledge).
TARGET_SPAN_AFTER = re.compile(
    r"[^\S\n]{0,2}(?:(?:(?:in|over|em|en)\s+(?:the|el|o)|no)\s+(?:course|curso|decurso|decorrer)"
    r"\s+(?:of|de)|in|within|over|em|en|dentro\s+de|durante)\s+"
    r"(?:(?:the\s+)?(?:next|coming)\s+|(?:los|os)\s+proximos\s+|(?:as|las)\s+proximas\s+)?"
    r"(?:a|one|uma|una|um|un|two|three|five|ten|dos|dois|tres|cinco|diez|dez|\d{1,2})\s+"
    r"(?:decades?|decadas?|years|anos)(?![\w])"
)
# A goal noun right after the figure, English's compound ("the US$500 billion target set in
# 2014", "a $250bn investment goal", "its 500 billion dollar trade objective"; folded, used with
# .match at its end): the figure names a goal, not a level of the year the sentence names (lead,
# stop 43: main refuted "exceeded the US$500 billion target set in 2014" by 2014's trade).
TARGET_NOUN_AFTER = re.compile(
    r"[^\S\n]{0,2}(?:(?:trade|investment|lending|financing|financial|cooperation|credit|"
    r"bilateral|annual|dollar|usd)[^\S\n]{1,2}){0,2}(?:target|goal|objective|pledge)s?(?![\w])"
)
# … unless a verb tells a level already reached in the figure's clause before it ("o comércio
# cresceu para US$ 500 bilhões em dez anos", "trade rose to … in a decade": a level after a span).
REACHED_BEFORE = re.compile(
    r"(?<![\w])(?:reached|hit|totall?ed|totall?ing|amounted|stood|rose|grew|climbed|jumped|"
    r"soared|doubled|chegou|chegaram|atingiu|atingiram|alcancou|alcancaram|somou|somaram|"
    r"somando|totalizou|totalizaram|totalizando|cresceu|cresceram|subiu|subiram|saltou|passou|"
    r"dobrou|llego|llegaron|alcanzo|alcanzaron|sumo|sumaron|sumando|totalizo|totalizaron|"
    r"ascendio|ascendieron|crecio|crecieron|subio|subieron|salto|paso|duplico|invirtio|"
    r"invirtieron|investiu|investiram|invested)(?![\w])"
)
# The doubt of a goal read as a figure (check._result lets the pledge rule judge it).
TARGET = "a target, not a reported figure"
# Investment announced, pledged or planned, not made (folded text of the figure's clause, before
# it): "investimentos chineses anunciados", "announced Chinese investments", "inversiones
# anunciadas", "pledged", "prometidos", "previstos", "planned".
INVESTMENT_METRICS = frozenset({"investment_total", "fdi_stock", "fdi_flow", "fdi_cumulative"})
ANNOUNCED_BEFORE = re.compile(
    r"\b(?:announced|pledged|planned|proposed|anunciad[oa]s?|prometid[oa]s?|previst[oa]s?|"
    r"planead[oa]s?|planejad[oa]s?|proyectad[oa]s?|projetad[oa]s?|comprometid[oa]s?)\b"
)
# The doubt that keeps a change amount from any verdict read in the store (check._result).
CHANGE_AMOUNT = "a change between two periods, not a level"
_PROJECTION_CUES = (
    r"could|might|(?:is|are|was|were)\s+(?:expected|projected|forecast|likely)\s+to|"
    r"(?:expected|projected|forecast)\s+to|podria|podrian|puede|pueden|podra|podran|"
    r"se\s+(?:espera|preve|proyecta)\s+que|pode|podem|podera|poderao|poderia|poderiam|"
    r"espera-se\s+que|preve-se\s+que|"
    # "A expectativa é de que a China conserve o posto de maior parceiro comercial do Brasil nos
    # próximos anos" (round s21a: borne out by the stored rank of 2024, a forecast read as a
    # report), "la expectativa es que", "the expectation is that"
    r"a\s+expectativa\s+e\s+(?:de\s+)?que|la\s+expectativa\s+es\s+(?:de\s+)?que|"
    r"the\s+expectation\s+is\s+that|"
    # A level told in the conditional, a scenario's outcome: "el Paraguay pasaría a tener una
    # balanza favorable de unos US$ 1.200 millones" (round 37b: the period of the sentence
    # before, 2022, was read for it), "o saldo chegaria a", "trade would reach". Only verbs of
    # having or reaching a level: "would invest/provide" are pledges, judged by the pledges.
    r"(?:pasaria|pasarian|passaria|passariam)\s+a\s+(?:tener|registrar|ter)|"
    r"tendria|tendrian|alcanzaria|alcanzarian|llegaria|llegarian|sumaria|sumarian|"
    r"alcancaria|alcancariam|chegaria|chegariam|somaria|somariam|"
    r"would\s+(?:reach|total|amount\s+to|rise\s+to|grow\s+to|climb\s+to|turn\s+into)|"
    # "o intercâmbio deve passar neste ano da marca de US$ 100 bilhões", "el comercio debería
    # superar los …", "trade should exceed …", "is set to top …" (round 35c: main bore the
    # forecast out by the year's outcome): "deve"/"debe" only before a verb of reaching a level,
    # never alone ("o Equador deve US$ 18 bilhões à China" owes) nor before a pledge's verb
    # ("deve investir", judged by the pledges).
    r"(?:deve|devem|devera|deverao|deveria|deveriam|debe|deben|debera|deberan|deberia|deberian"
    r"|should|(?:is|are)\s+(?:set|poised|on\s+track)\s+to)\s+(?:passar|superar|ultrapassar"
    r"|atingir|alcancar|chegar|fechar|somar|bater|romper|totalizar|pasar|sobrepasar|alcanzar"
    r"|llegar|cerrar|sumar|rebasar|reach|exceed|top|surpass|pass|close|hit|total)"
)
# The cues alone, without word boundaries: a sentence where none occurs has no match of
# PROJECTION_BEFORE in any part of it (see _may_project).
PROJECTION_CUE = re.compile(_PROJECTION_CUES)
PROJECTION_BEFORE = re.compile(
    r"\b(?:" + _PROJECTION_CUES + r")\b"
    # … up to the number, through no "of"/"de": in "podría acercarse al récord de US$263.600
    # millones" the number is the record, a reported figure, not the projection.
    r"(?:\s+(?!(?:of|de|del|do|da)\b)\S+){0,10}"
    # … or through the "de" of a verb of passing: "a expectativa é que passe de US$ 500
    # bilhões", "que pase de los 500.000 millones" (round 26d: borne out by 2024's outcome).
    r"(?:\s+(?:passe|passem|passar|passara|passarao|pase|pasen|pasar|pasara|pasaran)\s+de"
    r"(?:\s+(?:los|las|o|os|a|as))?)?"
    # … except the "de" of a noun that only names the value itself: "podem alcançar o valor
    # histórico de US$ 100 mil milhões", "could reach a level of", "podría llegar a una cifra de".
    # (after "da"/"do"/"del"/"of the" too: "passar neste ano da marca de US$ 100 bilhões")
    r"(?:(?:\s+(?:da|do|del|de\s+la|of\s+the))?\s+(?:valor|value|cifra|figure|monto|montante|nivel"
    r"|level|patamar|marca|mark|"
    # "conserve o posto de maior parceiro", "keep the position of", "mantenga el puesto de"
    r"posto|posicao|puesto|posicion|position|post)"
    r"(?:\s+(?!(?:of|de|del|do|da)\b)\S+)?\s+(?:of|de|do|da))?"
    r"\s*$"
)
BASE_BEFORE = re.compile(
    r"(?:\bon|\bsobre|\bover|\bversus|\bvs\.?|frente\s+a|em\s+relacao\s+a|respecto\s+(?:a|de)|"
    r"con\s+respecto\s+a)\s+(?:el\s+|o\s+|the\s+)?$"
)
BASE_YEAR = re.compile(r"(?:on|sobre|over)\s")
# A year set right after a percent change as its base: "rose by 21 per cent on 2016, to
# US$5.661 billion", "grew 21% over 2016 and reached …", "subieron un 21% respecto de 2016, hasta
# 5.661 millones", "subiram 21% em relação a 2016, para US$ 5,661 bilhões" (folded text up to the
# year's digits; used with .search on a slice ending there). The year is the change's base, not
# the period of the amount the change reaches (round 28a: main refuted that amount by the base
# year's stored row, in English and Spanish).
# The base year then named as the time of what follows: ", the year it reached", ", when",
# ", año en que", ", cuando", ", ano em que", ", quando" (folded text at the year's end; .match).
BASE_YEAR_APPOSITION = re.compile(
    r"\s{0,2},?\s{0,2}(?:(?:the|that|el|o)\s{1,2})?(?:year|ano|when|cuando|quando|in\s+which)\b"
)
PERCENT_BASE_BEFORE = re.compile(
    r"(?:%|\bper\s?cent|\bpercent|\bpor\s?ciento|\bpor\s?cento)\s{1,2}"
    # "a 23 percent rise from 2021", "a 14.9% increase over 2021", "a 5 per cent drop on 2019":
    # the change's noun between the percent and its base (round 45a: main dated "$4.46 billion,
    # a 23 percent rise from 2021" by the base year).
    r"(?:(?:year-on-year|year-over-year|annual)\s{1,2})?"
    r"(?:(?:rise|increase|growth|jump|gain|drop|decline|fall|decrease)\s{1,2})?"
    r"(?:on|over|from|compared\s+(?:with|to)|versus|vs\.?|frente\s+al?|respecto\s+(?:a|al|de|del)|"
    r"con\s+respecto\s+al?|en\s+comparacion\s+con|em\s+comparacao\s+com|"
    rf"{IN_RELATION_TO}|sobre|ante|contra)"
    r"\s{1,2}(?:(?:el|o|the)\s{1,2})?(?:(?:ano|year)\s{1,2}(?:de\s{1,2})?)?$"
)
# A year and, in apposition, the event it is the year of: "Desde 2010, año en que entró en vigor
# el Tratado de Libre Comercio", "Since 2010, the year the free trade agreement entered into
# force", "Desde 2010, ano em que entrou em vigor o acordo" (folded text after the year).
YEAR_OF_EVENT_AFTER = re.compile(
    r",\s{1,2}(?:(?:el|the|o)\s{1,2})?(?:ano|year)\s{1,2}"
    r"(?:(?:en\s{1,2}(?:el\s{1,2})?que|en\s{1,2}el\s{1,2}cual|em\s{1,2}que|no\s{1,2}qual|"
    r"in\s{1,2}which|when|that)\s{1,2})?"
    r"[^,;.]{0,60}?(?<![\w])(?:entr|enter|firm|sign|assin|suscri|subscr|establec|estabelec|establish|"
    r"join|adhir|ader|incorpor|went\s+into|came\s+into|took\s+effect)"
)


# The apposition of a year that tells the signing of a free trade agreement (folded text after
# the year): "desde 2006, año en que Chile pasó a ser el primer país de Latinoamérica en firmar un
# TLC con China", "since 2006, the year Chile became the first in Latin America to sign an FTA
# with China", "desde 2006, ano em que o Chile se tornou o primeiro … a assinar um TLC com a
# China". The year is the signature's, as written: judged as a signing date, refuted by another
# (round r60b: main held it as "the year of the event named after it", never refuted). Only when
# the signing verb is the apposition's first event (`_signing_apposition`) and the agreement
# with China is named right after it.
SIGNED_FTA_APPOSITION = re.compile(
    r",\s{1,2}(?:(?:el|the|o)\s{1,2})?(?:ano|year)\s{1,2}"
    r"(?:(?:en\s{1,2}(?:el\s{1,2})?que|en\s{1,2}el\s{1,2}cual|em\s{1,2}que|no\s{1,2}qual|"
    r"in\s{1,2}which|when|that)\s{1,2})?"
    r"(?P<lead>(?:[^\s,;.]++\s{1,2}){0,12}?)"
    r"(?:firm(?:ar|o|aron|ado|ada)|suscribi(?:r|o|eron)|sign(?:ed|s)?|assin(?:ar|ou|aram|ado|ada))"
    r"\s{1,2}(?:(?:un|el|su|a|an|the|its|um|o|seu)\s{1,2})?"
    r"(?:tlc|fta|(?:tratado|acuerdo|acordo)\s{1,2}de\s{1,2}(?:libre|livre)\s{1,2}comercio"
    r"|free[\s-]{1,2}trade\s{1,2}(?:agreement|deal|pact))"
    # with China, named right after the agreement (not "un TLC con Estados Unidos")
    r"\s{1,2}(?:con|with|com)\s{1,2}(?:(?:la|a)\s{1,2})?(?:china|beijing|pekin|pequim)(?![\w])"
)
# Another event told before the signing verb in the apposition ("año en que entró en vigor el
# TLC firmado …"): the year is not the signature's.
OTHER_EVENT_IN_LEAD = re.compile(
    r"(?<![\w])(?:entr|enter|vigor|vigenc|effect|force|establ|estabelec|join|adhir|ader|incorpor"
    r"|ratific|aprob|approv|negoci|negotiat|conclu|cerr|clos|upgrad|moderniz|actualiz|atualiz)"
)


def _signing_apposition(folded: str, end: int) -> bool:
    """Is the year followed by an apposition whose first event is the signing of an FTA?"""
    match = SIGNED_FTA_APPOSITION.match(folded, end)
    return match is not None and OTHER_EVENT_IN_LEAD.search(match.group("lead")) is None


# A year and, after a comma, the "when" clause of the event it dates: "en el año 2016, cuando se
# estableció la Asociación Estratégica", "in 2016, when the two presidents established the
# strategic partnership", "em 2016, quando foi estabelecida a Parceria Estratégica" (folded text
# after the year). The year is the event's, a claim of its own beside the sentence's figures
# (round 52a: main took 2016 as the period of "dos ministros" and judged no date). The ties
# rule only bears such a date out (`year_when_event_after`), never refutes it.
YEAR_WHEN_EVENT_AFTER = re.compile(
    # up to nine words before the verb: an English subject before it, "when the free trade
    # agreement between Peru and China took effect" (round r55b)
    r",\s{1,2}(?:cuando|when|quando)\s{1,2}(?:[^,;.\s]++\s{1,2}){0,9}?"
    r"(?:firm(?:o|aron|ado|ada|ados|adas)|suscribi(?:o|eron)|suscrit[oa]s?|sign(?:ed|s)"
    r"|assin(?:ou|aram|ado|ada|ados|adas)|establ(?:ecio|ecieron|ecido|ecida|ecidos|ecidas|ished)"
    r"|estabelec(?:eu|eram|ido|ida|idos|idas)"
    # "cuando entró en vigencia el TLC", "quando entrou em vigência" (round r55b), as "en vigor"
    r"|entr(?:o|ou|aron|aram)\s{1,2}(?:en|em)\s{1,2}vig(?:or|encia)"
    # "when the two governments set up diplomatic relations", "cuando entablaron relaciones",
    # "quando reataram relações" (round r54a: "set up" left the date of the ties unread)
    r"|set\s{1,2}up|entabl(?:o|aron)|reat(?:ou|aram)"
    r"|(?:entered|came|went)\s{1,2}into\s{1,2}(?:force|effect)|took\s{1,2}effect|joined"
    r"|adhirio|aderiu|incorporo|incorporou)(?![\w])"
)


def _until_when_event(folded: str, period: PeriodMention) -> bool:
    """Is the date an "until"/"hasta"/"até" date (an as-of period) that a "when" clause of an
    event follows: "until June 1, 2007, when the two governments set up diplomatic relations"?"""
    return period.period.kind == "as_of" and year_when_event_after(folded, period.end)


def year_when_event_after(folded: str, end: int) -> bool:
    """Is the year followed by ", cuando se estableció …", ", when … signed …", ", quando …
    assinaram …": the date of the event its "when" clause tells?"""
    return YEAR_WHEN_EVENT_AFTER.match(folded, end) is not None


@functools.lru_cache(maxsize=4096)
def _year_of_event_after(folded: str, end: int) -> bool:
    """The words after a year are its apposition "año en que entró en vigor …": the year
    of that event."""
    return YEAR_OF_EVENT_AFTER.match(folded, end) is not None


# The date of an event a change is counted from: "cresceu 21 vezes desde a primeira visita de
# Lula ao país, em 2004", "grew 21 times since Lula's first visit to the country, in 2004",
# "creció 21 veces desde la primera visita de Lula al país, en 2004", "since the signing of the
# FTA in 2010" (folded text before the date, which the event noun heads). The year dates the
# event, the start of the change, not a figure of the clause (round s17b: main read "O volume
# trocado, de 150,4 bilhões …, cresceu 21 vezes desde …, em 2004" as a figure of 2004).
EVENT_SINCE_BEFORE = re.compile(
    r"(?<![\w])(?:desde|since"
    # The base of a comparison: "ficou 21 vezes maior do que na primeira visita de Lula ao país,
    # em 2004", "21 times larger than at Lula's first visit, in 2004", "21 veces mayor que en la
    # primera visita de Lula, en 2004" (round r53b: the year of the visit dated the total).
    r"|do\s+que(?:\s+(?:na|no|em))?|(?:mayor|menor|mas)\s+que(?:\s+(?:en|durante))?"
    r"|than(?:\s+(?:at|in|during))?)"
    r"\s+(?:(?:a|o|as|os|la|el|las|los|the|su|sus|sua|seu|his|her|its)\s+)?"
    r"(?:[^\W\d][\w'-]*\s+){0,4}?"
    r"(?:visitas?|visits?|viagens?|viajes?|trips?|llegada|chegada|arrival|firma|assinatura|"
    r"signing|signature|establecimiento|estabelecimento|establishment|entrada\s+en\s+vigor|"
    r"entrada\s+em\s+vigor|entry\s+into\s+force|adhesion|adesao|accession|ingreso|"
    r"fundacion|fundacao|founding|creacion|criacao|creation)"
    r"(?:\s+[^\W\d][\w'-]*){0,6}\s*,?\s*$"
)


# "since" told by a clause (folded, up to the year): "desde que Fidel Castro estuvo en China en
# ", "desde que a China entrou na OMC em ", "since Fidel Castro visited China in ": the year is
# the event's, not a period of figures (round s20c/26c: "la primera desde que Fidel Castro estuvo
# en China en 2003" dated the next paragraph's trade total, and bore a total out by the stored
# row of that year). English needs a past verb of the event, so that "since then exports rose
# in" stays a figure's period.
EVENT_CLAUSE_SINCE_BEFORE = re.compile(
    r"(?<![\w])(?:(?:desde|des)\s+que\s+(?:[^\W\d][\w'-]*\s+){1,8}?(?:(?:en|em|no|na)\s+)?"
    r"|since\s+(?:[^\W\d][\w'-]*\s+){1,4}?(?:went|visited|joined|signed|became|established|"
    r"traveled|travelled|arrived|came|took|entered)\s+(?:[^\W\d][\w'-]*\s+){0,4}?(?:in\s+)?)$"
)


# A record's bound before "since"/"desde" (folded, the text up to the date's year): "the highest
# since ", "the largest level since ", "el mayor desde ", "el nivel más alto desde ", "o maior
# desde ", "o menor valor desde ", "o patamar mais baixo desde ", "el récord de ventas a China
# desde " (round 49a: main read "o maior desde 2017" as the period of the sentence's investment
# of 2021, and no claim in the year).
RECORD_SINCE_BEFORE = re.compile(
    r"(?<![\w])(?:(?:the\s++)?(?:highest|lowest|largest|biggest|smallest|strongest|weakest"
    r"|best|worst|fastest|slowest)|(?:el|la|lo|los|las|o|a|os|as)\s++(?:[a-z]++\s++){0,2}?"
    r"(?:mayor|menor|maior|mejor|peor|melhor|pior|mas\s++(?:alt|baj|baix|elevad)[oa]s?)"
    # "El récord de ventas a China desde 1994", "the record since 2017", "o recorde desde 2010"
    r"|(?:(?:the|a|el|un|o|um)\s++)?(?:record|recorde)(?=\s))"
    r"(?:\s++[a-z]++){0,4}?\s++(?:since|desde)\s++(?:(?:el|o)\s++(?:ano|año)\s++(?:de\s++)?)?$"
)


# A noun of a rank between the superlative and "since" (folded): "o maior parceiro comercial do
# Brasil desde 2009", "the largest trading partner since 2009" hold a rank over a span, no record.
RANK_NOUN_BETWEEN = re.compile(
    r"(?<![\w])(?:partners?|parceir\w*|socios?|destinations?|destinos?|markets?|mercados?"
    r"|suppliers?|fornecedor\w*|proveedor\w*|investors?|inversor\w*|investidor\w*|inversionist\w*"
    r"|buyers?|compradores?|customers?|clientes?|sources?|origem|origen|lenders?|acreedor\w*"
    r"|credor\w*|prestamist\w*|exporters?|exportador\w*|importers?|importador\w*|countr\w*"
    r"|pais|paises|economi\w*|states?|estados?|cities|city|ciudad\w*|cidades?|ports?|puertos?"
    r"|portos?|compan\w*|empresas?|firms?|banks?|bancos?)(?![\w])"
)


def _record_since(folded: str, period: PeriodMention) -> bool:
    """The "since" date bounds a record ("the highest since 2017", "o maior desde 2017"): the
    superlative stands right before "since" in the date's clause, with no noun of a rank between
    ("o maior parceiro comercial desde 2009" is a rank held over a span)."""
    before = re.split(r"[;:()]", folded[max(0, period.core_start - 80) : period.core_start])[-1]
    match = RECORD_SINCE_BEFORE.search(before)
    return match is not None and RANK_NOUN_BETWEEN.search(match.group(0)) is None


@functools.lru_cache(maxsize=4096)
def _event_since_before(folded: str, start: int) -> bool:
    """The words before `start` are "since/desde" and an event noun ("desde a primeira visita
    de Lula ao país, em 2004") or an event's clause ("desde que Fidel Castro estuvo en China
    en 2003"): the date there is the event's, the start of a change."""
    return (
        EVENT_SINCE_BEFORE.search(folded, max(0, start - 90), start) is not None
        or EVENT_CLAUSE_SINCE_BEFORE.search(folded, max(0, start - 90), start) is not None
    )


# An apposition dating a founding or an establishment (folded, the text right before the year):
# ", founded in ", ", which was established in ", ", fundada en ", ", que fue creada en ", ", criada
# em ", ", estabelecidas em " (round s20a: "FLACSO, founded in 1957, has 18 member states" read
# 1957 as the period of the count).
FOUNDED_BEFORE = re.compile(
    r",\s{1,2}(?:(?:which|that)\s+(?:was|were)\s+|que\s+fue\s+|que\s+fueron\s+|que\s+foi\s+"
    r"|que\s+foram\s+)?(?:first\s+)?(?:founded|established|created|set\s+up|fundad[oa]s?|cread[oa]s?"
    r"|criad[oa]s?|establecid[oa]s?|estabelecid[oa]s?)\s{1,2}(?:in|en|em)\s{1,2}$"
)
# A past verb or participle of signing or establishing right before a date (folded, read up to
# the date): "firmaron en ", "se firmó el ", "suscribieron en ", "firmado en 2010", "signed in ",
# "was signed on May 11, 2023", "assinaram em ", "assinado em 11 de maio de 2023", "establecieron
# relaciones diplomáticas en ", "establecidas el 28 de septiembre de 1960", "established
# diplomatic relations in ", "estabeleceram relações em ". The date is the event's even when the
# sentence carries another figure (round 26c: "Chile y China firmaron en octubre del 2006 un
# Tratado … 7.336 productos" left the date unread; round 26b: "firmado en 2010"). "ratificado por
# la Asamblea Legislativa en junio de 2011" is not one (words between).
SIGNED_IN_BEFORE = re.compile(
    r"(?<![\w])(?:(?:se\s{1,2})?firm(?:o|aron)|firmad[oa]s?|suscribieron|suscribio"
    r"|(?:(?:was|were)\s{1,2})?signed|assin(?:ou|aram)|(?:(?:foi|foram)\s{1,2})?assinad[oa]s?"
    r"|subscreveram|subscreveu|(?:se\s{1,2})?establec(?:io|ieron)|establecid[oa]s?"
    r"|estabelec(?:eu|eram)|estabelecid[oa]s?|established"
    # "agreed to establish diplomatic relations on February 19, 1972", "acordaron establecer
    # relaciones diplomáticas el 19 de febrero de 1972", "decidiram estabelecer relações em …":
    # a past agreement to establish them on that day dates the tie (round 45a: main took the
    # day for the period of the sentence's "six months" and judged nothing).
    r"|(?:agreed|decided)\s{1,2}to\s{1,2}(?:establish|set\s{1,2}up)"
    r"|(?:acordaron|decidieron|acordaram|decidiram)\s{1,2}(?:establecer|estabelecer))\s{1,2}"
    r"(?:(?:diplomatic\s{1,2})?(?:relaciones|relacoes|relations|lazos|lacos|ties)\s{1,2}"
    r"(?:(?:diplomaticas|diplomatic)\s{1,2})?)?"
    # "estableció relaciones con China el 1 de mayo de 2018, tras 77 años de vínculos con
    # Taiwán", "established ties with Beijing on 1 May 2018": the partner named between the
    # relations and the date (the lead, stop 52: main took the day for the period of the
    # sentence's count of years and left the tie's date unread)
    r"(?:(?:with|con|com)\s{1,2}(?:(?:the|la|el|a)\s{1,2})?(?:china|beijing|pekin|pequim|prc)\s{1,2})?"
    r"(?:(?:in|on|en|el|em|no|na|a)\s{1,2}){0,2}"
    # the day of "el 28 de septiembre de 1960", "em 11 de maio de 2023", "on 28 September 1960"
    # stands before the month
    r"(?:[0-3]?\d(?:º|°|o|st|nd|rd|th)?\s{1,2}(?:de\s{1,2})?)?$"
)
# What stands between a count and the whole it counts within (folded, matched from the first
# count's end to the second's start): "of", "out of", "de los", "dos", "of the region's".
DENOMINATOR_BETWEEN = re.compile(
    r"\s{1,2}(?:out\s{1,2}of|of|de|de\s{1,2}(?:los|las)|dos|das)\s{1,2}"
    r"(?:(?:the|its|their|los|las|os|as)\s{1,2})?(?:[\w']+'s\s{1,2})?$"
)
# A count's "of them" (folded, matched at the count's number end): "21 of them", "21 de
# ellos", "21 deles", "21 dentre eles".
OF_THEM_AFTER = re.compile(
    r"\s{1,2}(?:of\s{1,2}(?:them|those|these)|de\s{1,2}(?:ellos|ellas|estos|estas)|deles|delas"
    r"|dentre\s{1,2}(?:eles|elas)|destes|destas)(?![\w])"
)
# A present copula before a rank (folded, read up to the rank): "is", "is now", "remains",
# "es", "sigue siendo", "é", "continua sendo", a possessive or two between ("is Cuba's").
PRESENT_BEFORE_RANK = re.compile(
    r"(?<![\w])(?:is|remains|es|sigue\s{1,2}siendo|continua\s{1,2}siendo|e|segue\s{1,2}sendo"
    r"|continua\s{1,2}sendo|continues\s{1,2}to\s{1,2}be)\s{1,2}"
    r"(?:(?:now|still|today|currently|ahora|hoy|actualmente|agora|hoje|atualmente)\s{1,2})?"
    r"(?:[\w']+\s{1,2}){0,3}$"
)
# A relative clause after a rank (folded, searched between the rank and the year): ", a
# relationship that", ", which", ", una relación que", ", uma relação que", ", que".
RELATIVE_AFTER_RANK = re.compile(
    r",\s{1,2}(?:(?:(?:a|an|the|una|la|el|uma|o)\s{1,2})?(?:\w+\s{1,2}){0,2}?"
    r"(?:relationship|relation|partnership|position|status|link|bond|relacion|posicion"
    r"|alianza|vinculo|relacao|posicao|parceria)\s{1,2}(?:that|which|que)"
    r"|which|que|la\s{1,2}cual|lo\s{1,2}que|o\s{1,2}que|a\s{1,2}qual)(?![\w])"
)
# A past verb or participle of completing right before a date (folded, read up to the date):
# "were completed in 2013 and", "was finished in", "fueron concluidas en", "se terminó en",
# "foram concluídas em", "concluiu em". Used with .search on a window ending at the date.
COMPLETED_IN_BEFORE = re.compile(
    r"(?<![\w])(?:(?:(?:was|were|been)\s{1,2})?(?:completed|finished|concluded)"
    r"|(?:se\s{1,2})?(?:termin(?:o|aron)|conclu(?:yo|yeron)|complet(?:o|aron)|finaliz(?:o|aron))"
    r"|(?:(?:fue|fueron|foi|foram)\s{1,2})?(?:terminad|concluid|completad|finalizad|conclu[i]d)"
    r"[oa]s?|conclu(?:iu|iram)|termin(?:ou|aram)|finaliz(?:ou|aram))\s{1,2}"
    r"(?:(?:in|on|en|el|em|no|na)\s{1,2}){0,2}"
    r"(?:(?:19|20)\d\d\s{1,2}(?:and|y|e)\s{1,2})?"
    r"(?:[0-3]?\d(?:º|°|o|st|nd|rd|th)?\s{1,2}(?:de\s{1,2})?)?$"
)
# A past verb or participle of another event right before a date (folded, read up to the date),
# with up to four words of its object or agent between: "a strategy the Chinese government
# adopted in 2013 to invest in more than 150 countries", "ratificado por la Asamblea Legislativa
# en junio de 2011", "Criado em 2015, o Fórum … completa dez anos" (the lead, stop 47: main took
# each date for the period of the sentence's count and made no claim of it; dev rows u2153,
# u2229, u3063). The date is the event's, a claim of its own beside the sentence's figures.
EVENT_IN_BEFORE = re.compile(
    r"(?<![\w])(?:adopted|ratified|launched|created|founded|inaugurated|approved|unveiled"
    r"|adopt(?:o|aron)|adoptad[oa]s?|ratific(?:o|aron)|ratificad[oa]s?|lanz(?:o|aron)|lanzad[oa]s?"
    r"|cre(?:o|aron)|cread[oa]s?|fund(?:o|aron)|fundad[oa]s?|inaugur(?:o|aron)|inaugurad[oa]s?"
    r"|aprob(?:o|aron)|aprobad[oa]s?|adot(?:ou|aram)|adotad[oa]s?|ratific(?:ou|aram)"
    r"|lanc(?:ou|aram)|lancad[oa]s?|cri(?:ou|aram)|criad[oa]s?|fund(?:ou|aram)|inaugur(?:ou|aram)"
    r"|aprov(?:ou|aram)|aprovad[oa]s?"
    # a meeting held: "la primera reunión ministerial, que se celebró en 2015", "held in Beijing
    # in January 2015", "realizada em Brasília em 2014" (round 49c's u11120)
    r"|held|celebr(?:o|aron)|celebrad[oa]s?|realiz(?:o|aron|ou|aram)|realizad[oa]s?"
    # a tie's past events: "broke with Taiwan in June 2007 after 63 years", "restableció
    # relaciones con China el 10 de diciembre de 2021" beside a count of years
    r"|broke|severed|switched|joined|restored|re-?established|recogni[sz]ed"
    r"|romp(?:io|ieron|eu|eram)|restablec(?:io|ieron)|restabelec(?:eu|eram)"
    r"|reconoci(?:o|eron)|reconhec(?:eu|eram)|aderiu|aderiram|adhiri(?:o|eron))"
    r"(?:\s{1,2}+[\w'-]++){0,4}?\s{1,2}+(?:in|on|en|el|em|no|na)\s{1,2}+"
    r"(?:[0-3]?\d(?:º|°|o|st|nd|rd|th)?\s{1,2}+(?:de\s{1,2}+)?)?$"
)
# A break with Taipei told by a verb of cutting or trading one side for the other, right before
# a date (folded, read up to the date): "cut its 85-year ties with Taiwan in August 2018",
# "cortó sus relaciones con Taiwán en 2018", "trocou Taiwan pela China em 2007", "dropped
# Taiwan for China in 2004". The date is the switch's, a claim of its own beside the sentence's
# figures (the lead, stop 51: main read the count of years and left the date unread). Read only
# in a sentence that names Taipei's side (vocabulary.TAIWAN_NAMED).
BREAK_IN_BEFORE = re.compile(
    r"(?<![\w])(?:cut|cort(?:o|aron|ou|aram)|troc(?:ou|aram)|dropped|ditched)"
    r"(?:\s{1,2}+[\w'-]++){0,8}?\s{1,2}+(?:in|on|en|el|em|no|na)\s{1,2}+"
    r"(?:[0-3]?\d(?:º|°|o|st|nd|rd|th)?\s{1,2}+(?:de\s{1,2}+)?)?$"
)
# "In force since" right before a date (folded, read up to the date): ", en vigor desde el 1
# de agosto de 2011,", ", in force since 1 August 2011,", ", em vigor desde 1º de agosto de
# 2011,", "entró en vigor el …", "entered into force on …". The date is the day a treaty took
# effect, a claim of its own beside the sentence's figures (round 27b: the date of an FTA in
# apposition was left unread beside the sentence's rank).
IN_FORCE_BEFORE = re.compile(
    r"(?<![\w])(?:(?:en|em)\s{1,2}vigor\s{1,2}desde|vigente\s{1,2}desde|in\s{1,2}force\s{1,2}since"
    r"|entr(?:o|aron|ou|aram)\s{1,2}(?:en|em)\s{1,2}vigor|(?:came|entered)\s{1,2}into\s{1,2}force"
    # "took effect in August 2011, the first of its kind", "entró en vigencia en", "entrou em
    # vigência em" (round r54a: before a rank the month was read as the rank's period only)
    r"|(?:took|takes|came\s{1,2}into|went\s{1,2}into|entered\s{1,2}into)\s{1,2}effect"
    r"|entr(?:o|aron|ou|aram)\s{1,2}(?:en|em)\s{1,2}vigencia)"
    r"\s{1,2}(?:(?:in|on|en|el|em|no|na|a)\s{1,2}){0,2}"
    r"(?:[0-3]?\d(?:º|°|o|st|nd|rd|th)?\s{1,2}(?:de\s{1,2})?)?$"
)
# A part of the region named as a noun (folded): "South America", "Central America", "the
# Caribbean", "Sudamérica", "Suramérica", "Centroamérica", "América del Sur", "América Central",
# "el Caribe", "América do Sul", "o Caribe". Not "Latin America and the Caribbean" (the region
# itself), nor the adjectives ("the South American country", "sudamericano", "sul-americano"),
# which stand for the article's state; nor "the Caribbean nation" (one state).
SUBREGION = re.compile(
    r"(?<![\w-])(?:south|central)\s{1,2}america(?![\w])"
    r"|(?<![\w-])(?:sudamerica|suramerica|centroamerica)(?![\w])"
    r"|(?<![\w-])america\s{1,2}(?:del\s{1,2}sur|do\s{1,2}sul|central)(?![\w])"
    r"|(?<!and\s)(?<!&\s)(?<![\w-])the\s{1,2}caribbean(?![\w])"
    r"(?!\s{1,2}(?:country|nation|island|state|republic)(?![\w]))"
    r"|(?<!y\s)(?<![\w-])(?:el|del)\s{1,2}caribe(?![\w])"
    r"|(?<!e\s)(?<![\w-])(?:o|do|no)\s{1,2}caribe(?![\w])"
)
# An anniversary's word in a rank's own words ("35th anniversary", "35.º aniversario", folded).
ANNIVERSARY_WORD = re.compile(r"(?<![\w])(?:anniversary|aniversario)(?![\w])")
# A pair of China and "a … country" after a first (folded; with .match at its end): "the first
# free trade agreement between China and a Central American country", "el primer tratado entre
# China y un país centroamericano", "o primeiro acordo entre a China e um país centro-americano".
FIRST_WITH_A_STATE = re.compile(
    r"[^.;:()]{0,80}?(?<![\w])(?:between|entre)\s{1,2}(?:(?:la|a)\s{1,2})?(?:china|beijing|pekin|pequim)"
    r"\s{1,2}(?:and|y|e)\s{1,2}(?:a|an|un|una|um|uma)\s{1,2}"
    r"(?:(?:[\w-]+\s{1,2}){0,2}?(?:country|nation|state)|(?:pais|nacion|nacao|estado)(?![\w]))"
)
# A count of years of diplomatic relations, right after the count (folded; with .match at its
# end): "40 years of diplomatic relations", "40 años de relaciones diplomáticas", "40 anos de
# relações diplomáticas", "40 years of diplomatic ties". Diplomatic only: "40 years of trade
# relations" or bare "relations" are not the tie.
YEARS_OF_DIPLOMATIC_RELATIONS = re.compile(
    r"\s{1,2}(?:of|de)\s{1,2}(?:(?:the|their|its|las|los|sus|as|os|suas)\s{1,2})?"
    r"(?:diplomatic\s{1,2}(?:relations|ties)|(?:relaciones|relacoes)\s{1,2}diplomaticas"
    r"|(?:lazos|lacos|vinculos)\s{1,2}diplomaticos)(?![\w])"
)
# The diplomatic relations an ordinal anniversary is of, right after "anniversary" (folded; with
# .match at its end): "the 35th anniversary of diplomatic relations", "of the establishment of
# diplomatic ties", "el 35.º aniversario de las relaciones diplomáticas", "del establecimiento
# de relaciones diplomáticas", "o 35º aniversário das relações diplomáticas", "do
# estabelecimento de relações diplomáticas". Diplomatic only, as YEARS_OF_DIPLOMATIC_RELATIONS.
ANNIVERSARY_OF_DIPLOMATIC_RELATIONS = re.compile(
    r"\s{1,2}(?:of|de|del|das|do)\s{1,2}(?:(?:the|their|its|las|los|sus|as|os|suas)\s{1,2})?"
    r"(?:(?:establishment|establecimiento|estabelecimento)\s{1,2}(?:of|de|das)\s{1,2}"
    r"(?:(?:the|their|las|sus|as|suas)\s{1,2})?)?"
    r"(?:diplomatic\s{1,2}(?:relations|ties)|(?:relaciones|relacoes)\s{1,2}diplomaticas"
    r"|(?:lazos|lacos|vinculos)\s{1,2}diplomaticos)(?![\w])"
)
# "Both countries" (folded): the pair an article's bilateral tie joins ("el Tratado de Libre
# Comercio entre ambos países", "between the two countries", "entre os dois países").
BOTH_COUNTRIES = re.compile(
    r"(?<![\w])(?:ambos\s{1,2}(?:os\s{1,2})?paises|ambas\s{1,2}(?:as\s{1,2})?nac(?:iones|oes)"
    r"|(?:los|os)\s{1,2}dos\s{1,2}paises|os\s{1,2}dois\s{1,2}paises|both\s{1,2}countries"
    r"|the\s{1,2}two\s{1,2}countries)(?![\w])"
)
# Relations raised to a partnership, which China holds only with a partner state: "he and
# President Xi Jinping raised relations to a strategic partnership", "elevaron sus relaciones a
# una asociación estratégica", "elevaram as relações a uma parceria estratégica" (folded). In a
# sentence that names only China, the partner is the article's state (round 28d: main read the
# month of Colombia's partnership for China and judged nothing).
RELATIONS_RAISED = re.compile(
    r"(?<![\w])(?:rais|elevat|upgrad|elev|ascend)\w{0,5}\s{1,2}(?:\w+\s{1,2}){0,3}?"
    r"(?:relations|ties|relaciones|relacoes|lazos|vinculos)\s{1,2}(?:\w+\s{1,2}){0,2}?"
    r"(?:to|a|al|para|ao|en|em)\s{1,2}(?:(?:a|an|the|una|la|uma|a)\s{1,2})?"
    r"(?:(?:comprehensive|integral|global|all-round)\s{1,2})?"
    r"(?:strategic\s{1,2}partnership|(?:asociacion|alianza|socio|parceria)\s{1,2}estrategic[oa])"
)
# Relations set up with China by a subject the sentence leaves unnamed (folded): "cuando el
# gobierno de Julio César Turbay estableció relaciones diplomáticas con Pekín", "when the Turbay
# government established diplomatic relations with Beijing", "quando o governo estabeleceu
# relações diplomáticas com Pequim". In a sentence that names only China, the other side is the
# article's state (round 44b: main read the day of Colombia's relations for China and judged
# nothing); a likely reading, never sure enough to refute.
RELATIONS_SET_UP_WITH_CHINA = re.compile(
    r"(?<![\w])(?:establec|estabelec|establish|restablec|restabelec|re-establish|reestablish)\w{0,8}"
    # the noun as the verb ("anunció el establecimiento de relaciones diplomáticas con Pekín",
    # "announced the establishment of diplomatic relations with Beijing", "anunciou o
    # estabelecimento de relações diplomáticas com Pequim"; round r60d)
    r"(?:\s{1,2}(?:de|of))?"
    r"\s{1,2}(?:(?:las|as|sus|suas|their|formal|formales|formais|diplomatic|official)\s{1,2}){0,2}"
    r"(?:relaciones|relacoes|relations|lazos|lacos|ties|vinculos)"
    r"(?:\s{1,2}(?:diplomaticas|diplomatic|diplomaticos|formales|formais|oficiales|oficiais))?"
    r"\s{1,2}(?:con|com|with)\s{1,2}(?:(?:la|a|the)\s{1,2})?"
    r"(?:china|pekin|beijing|pequim|republica\s{1,2}popular(?:\s{1,2}(?:de|da)\s{1,2}china)?"
    r"|people'?s\s{1,2}republic(?:\s{1,2}of\s{1,2}china)?|prc)(?![\w])"
)
# A free trade agreement "with China" in a sentence that names no other state (folded): "El
# Tratado de Libre Comercio con China se firmó el 18 de noviembre de 2005", "The free trade
# agreement with China was signed on November 18, 2005", "O Tratado de Livre Comércio com a China
# foi assinado em 18 de novembro de 2005". China signs an FTA only with a partner, so the date is
# the article's state's (round 46b: main read it for China and judged nothing); a likely
# reading, never sure enough to refute.
FTA_WITH_CHINA = re.compile(
    r"(?<![\w])(?:tratado|acuerdo|acordo)\s{1,2}de\s{1,2}(?:libre|livre)\s{1,2}comercio"
    r"(?:\s{1,2}\((?:tlc|fta)\))?\s{1,2}(?:con|com)\s{1,2}(?:a\s{1,2})?(?:china|pekin|pequim)(?![\w])"
    r"|(?<![\w])(?:tlc|fta)\s{1,2}(?:con|com|with)\s{1,2}(?:a\s{1,2})?(?:china|pekin|pequim|beijing)(?![\w])"
    r"|(?<![\w])free[\s-]{1,2}trade\s{1,2}(?:agreement|pact|deal)\s{1,2}with\s{1,2}(?:china|beijing)"
    r"(?![\w])"
)
# "El texto final del acuerdo con China se firmó en abril de 2010", "the agreement with China
# took effect", "o acordo com a China entrou em vigor" (folded): an agreement named only by its
# partner China, after a paragraph naming the treaty (round 52d: the date was read as China's,
# so no tie was judged). The state is the article's, the tie the one an earlier sentence names
# (rules/ties_date); a likely reading, never sure enough to refute. An agreement on a topic
# ("con China sobre visados", "with China on trade in services") is another one.
AGREEMENT_WITH_CHINA = re.compile(
    r"(?<![\w])(?:the|el|del|al|o|do|ao|this|that|este|ese|esse|dicho)\s{1,2}"
    r"(?:treaty|agreement|accord|tratado|acuerdo|acordo)\s{1,2}(?:con|com|with)\s{1,2}"
    r"(?:a\s{1,2})?(?:china|beijing|pekin|pequim)(?![\w])"
    r"(?!\s{1,2}(?:on|about|for|to|in|sobre|acerca|para|en|em|de|del|do|da)(?![\w]))"
)
# What closes such an apposition after the year: a comma, a closing bracket, a dash.
APPOSITION_END = re.compile(r"\s{0,2}[,)—–]")


# ", en 1960, el primer país", ", in 1960, the first country", ", em 1960, o primeiro país"
# (folded): a year set between commas right before a "first"/"last" rank.
YEAR_BETWEEN_COMMAS_BEFORE = re.compile(r",\s{1,2}(?:en|in|em)\s{1,2}$")
FIRST_RANK_AFTER = re.compile(
    r"\s{0,2},\s{1,2}(?:(?:el|la|the|o|a)\s{1,2})?(?:primer[oa]?|primeir[oa]|first|ultim[oa]|last)"
    r"(?![\w])"
)


def _year_before_first_rank(folded: str, period: PeriodMention) -> bool:
    """Is a year alone set between commas right before a "first"/"last" rank ("Cuba fue, en
    1960, el primer país …")? The rank orders an event, and the year is that event's."""
    return (
        period.period.start_month is None
        and any(
            YEAR_BETWEEN_COMMAS_BEFORE.search(folded, max(0, end - 8), end) is not None
            for end in {period.start, period.core_start}
        )
        and FIRST_RANK_AFTER.match(folded, period.end) is not None
    )


# A relative pronoun opening a clause (folded): "which", "who", "que", "quien", "el cual", "la
# cual", "o qual", "a qual", "os quais".
RELATIVE_PRONOUN = (
    r"(?:which|who|que|quien|quienes|(?:el|la|lo|los|las|o|a|os|as)\s{1,2}+(?:cual|cuales|qual"
    r"|quais))"
)


# A relative clause or an apposition set off by commas before a figure (folded, searched up to
# a date inside it): ", which signed its FTA with China in 2009,", ", que firmó su TLC con China
# en 2005,", ", que assinou … em 2009,", ", un socio desde 2009,", ", uma parceira desde 2009,",
# ", the first country to recognise Beijing in 1960," (never ", a" alone: "a finales de 2022", "a partir de 2009" frame the figure in Spanish and
# Portuguese).
# Its date is the inserted clause's event, not the main clause's figure's: "Peru, which signed
# its FTA with China in 2009, exported US$23 billion to the Asian country in 2022" (the lead,
# stop 48: main dated the US$23 billion 2009, the nearer year, whenever words such as "the
# Asian country" stood between the figure and its own year).
SET_OFF_OPENING = re.compile(
    r",\s{1,2}+(?:" + RELATIVE_PRONOUN + r"|an|un|una|um|uma"
    # a rank in apposition: ", el primer país latinoamericano en reconocer a Pekín en 1960,"
    r"|(?:the|el|la|o|a)\s{1,2}+(?:first|primer|primera|primeir[oa]|last|latest|ultim[oa]))"
    r"\s[^,]{0,80}$"
)
# The text from a set-off date to the figure: the clause closes with a comma before the figure.
SET_OFF_CLOSING = re.compile(r"^[^,]{0,40},[^,]{0,60}$")
# How much farther a date in a clause set off before the figure stands than its distance: a
# date after the figure in its own clause is nearer (distances are in characters).
SET_OFF_CLAUSE = 60
SET_OFF_WHY = "stands in a clause set off before it"


def _set_off_before(folded: str, period: PeriodMention, mention: Mention) -> bool:
    """Does the date before `mention` stand in a relative clause or apposition set off by
    commas that closes before the figure (SET_OFF_OPENING, SET_OFF_CLOSING)?"""
    return (
        SET_OFF_OPENING.search(folded, max(0, period.start - 90), period.start) is not None
        and SET_OFF_CLOSING.match(folded[period.end : mention.start]) is not None
    )


def _verb_before(pattern: re.Pattern, folded: str, period: PeriodMention) -> bool:
    """Is the date governed by the past verb or participle `pattern` reads right before it (up
    to 70 characters, read up to the date or to its core): SIGNED_IN_BEFORE ("firmaron en
    octubre del 2006", "established on 28 September 1960"), COMPLETED_IN_BEFORE ("were completed
    in 2013 and 2015") or EVENT_IN_BEFORE ("adopted in 2013", "broke ties with Taiwan in June
    2007")? Its preposition and day may stand between them."""
    return any(
        pattern.search(folded, max(0, end - 70), end) is not None
        for end in {period.start, period.core_start}
    )


def _metric_word_only_after(lexicon, hit, folded: str, mention: Mention, after: int) -> bool:
    """Does the metric's word stand only from `after` on, not in the count's own words? The
    phrase itself ("países") when it lies there, else the word its cue requires ("Franja y la
    Ruta")."""
    if hit.start >= after:
        return True
    said = fold(hit.phrase)
    requires = {
        word
        for p in lexicon.phrases
        if p.metric == hit.metric and p.text == said
        for word in p.requires
    }
    seen = [i for word in requires for i in [folded.find(word, mention.start)] if i >= 0]
    return bool(seen) and min(seen) >= after


# The base year written right after a percent change (folded, matched at the percent's end):
# "per cent over 2010", "% frente a 2019", "% sobre 2019", "percent from 2019", "% respecto de
# 2019", "% em relação a 2019", "% compared with 2019".
BASE_YEAR_AFTER = re.compile(
    r"(?:\s{0,2}(?:per\s{1,2}cent|percent|por\s{1,2}ciento|por\s{1,2}cento))?\s{1,2}"
    r"(?:over|from|on|compared\s{1,2}(?:with|to)|against|frente\s{1,2}(?:a|al)"
    r"|respecto\s{1,2}(?:a|al|de|del)|con\s{1,2}respecto\s{1,2}(?:a|al)|sobre"
    rf"|{IN_RELATION_TO}|ante|desde)\s{{1,2}}"
    r"(?:(?:the|el|o|year|ano|el\s{1,2}ano|o\s{1,2}ano|de)\s{1,2}){0,2}(?P<year>(?:19|20)\d\d)(?![\w])"
)


def _base_year_after(folded: str, mention: Mention) -> int | None:
    """The base year of a percent change written right after it ("78.7 per cent over 2010")."""
    found = BASE_YEAR_AFTER.match(folded, mention.end)
    return int(found.group("year")) if found else None


def _year_of_relative_after_present_rank(
    folded: str, mention: Mention, periods: list[PeriodMention], period: Period
) -> bool:
    """Is the rank's period a year that stands only in a relative clause after a present-tense
    rank ("China is now Cuba's second-largest trading partner, a relationship that grew out of
    the accords signed in 2010")? No year before the rank in the sentence."""
    found = [p for p in periods if p.period is period]
    if not found or found[0].start < mention.end:
        return False
    if any(p.end <= mention.start and p.period.start_year for p in periods):
        return False
    if not PRESENT_BEFORE_RANK.search(folded, max(0, mention.start - 60), mention.start):
        return False
    return RELATIVE_AFTER_RANK.search(folded, mention.end, found[0].start) is not None


CLAUSE_MARK = re.compile(r"[,;:.()]")


def _date_of_a_trip(folded: str, period: PeriodMention) -> bool:
    """Does a trip's noun stand in the date's clause, a few words before it ("em sua viagem à
    América Latina em 2014") or right after it ("Xi Jinping's July 2014 trip", "en julio de
    2014 durante su gira")?"""
    before = CLAUSE_MARK.split(folded[max(0, period.start - 50) : period.start])[-1]
    after = CLAUSE_MARK.split(folded[period.end : period.end + 30])[0]
    return bool(TRIP_NOUN.search(before) or TRIP_NOUN.search(after))


# What may stand between a trade word and its figure (folded, fullmatch): "to", "of", "de",
# "reached", "alcanzó", "somou", with an article or "about".
TOTAL_GAP = re.compile(
    r"\s{0,3}+(?:(?:to|of|de|at|a|em|en|reached|hit|alcanzo|alcanzaron|sumo|somou|chegou\s+a"
    r"|llego\s+a|about|around|some|unos|cerca\s+de|los|as|os|total|bilateral|comercial)\s{1,3}+){0,3}"
)


def _total_word_before(metric, hit, folded: str, mention: Mention) -> bool:
    """Is the figure's metric the total trade a word names right before it ("total trade to",
    "intercambio total de", "comércio total de"), nothing but TOTAL_GAP between?"""
    return (
        metric == "trade_total"
        and hit is not None
        and hit.end <= mention.start
        and TOTAL_GAP.fullmatch(folded, hit.end, mention.start) is not None
    )


def _span_of_years(mention: Mention) -> bool:
    """Is the mention a whole number of years told as a span or an age ("os 10 anos da
    plataforma", "its ten years", "sus diez años")? Beside a meeting named with its ordinal
    (round r56c: "a quarta reunião ministerial, marcada para 13 de maio, … festeja os 10 anos
    do fórum"), such a span is no figure the meeting's day would be the period of: the day is
    read as the meeting's, as it is beside ranks alone."""
    return mention.kind is Kind.DURATION and mention.unit == "years"


def _last_money_claim_before(claims: list, index: int, paragraph: int):
    """The last money figure with a metric of the sentence just before (`index` - 1), in the same
    paragraph or the one before: the quantity a sentence that goes on with it takes up ("El monto
    supera …", "Esas ventas …"). None when there is none."""
    return next(
        (
            c
            for c in reversed(claims[-LOOKBACK_CLAIMS:])
            if c.sentence_index == index - 1
            and c.paragraph >= paragraph - 1
            and c.kind is Kind.MONEY
            and c.metric
        ),
        None,
    )


def _one_decade(mention: Mention, folded: str) -> bool:
    """Is the mention "a decade", "una década", "uma década" (number_words.ONE_DECADE), a
    hedged "a month", "más de un año", "quase um ano" (number_words.HEDGED_ONE_SPAN, round
    r53a), or half a century? A vague span: beside it, a sentence's dates are read as beside ranks or nothing
    else."""
    if mention.kind is not Kind.DURATION:
        return False
    if mention.value == 50 and mention.unit == "years":
        # "The relationship itself dates back half a century: … signed … on June 27, 1972":
        # half a century (number_words.HALF_CENTURY, stop 55) is as vague a span
        return HALF_CENTURY.match(folded, mention.number_start) is not None
    return (
        mention.unit in ("decades", "years", "months", "weeks")
        and mention.value == 1
        and one_span_at(folded, mention.number_start)
    )


# A cooperation plan's name (folded): "Programa de Cooperação", "Plan de Acción Conjunto",
# "plano de ação", "Cooperation Plan", "Joint Action Plan".
PLAN_NAME = re.compile(
    r"(?<![\w])(?:(?:plan|plano|programa)\s+(?:conjunto\s+)?de\s+(?:cooperac(?:ao|ion)|accion|acao)"
    r"|(?:cooperation|action)\s+(?:plan|programme|program))(?![\w])"
)
# How far before the years the plan's name may stand ("Programa de Cooperação China-Celac ").
PLAN_REACH = 80


def _plan_years(folded: str, period: PeriodMention) -> bool:
    """A span of whole years right after a cooperation plan's name, with no comma, stop or
    semicolon between ("o Programa de Cooperação China-Celac 2015-2019", "the Cooperation Plan
    (2015-2019)"): the plan's years, not the period of the sentence's other claims."""
    if period.period.start_month or period.period.end_month:
        return False
    start = max(0, period.start - PLAN_REACH)
    found = None
    for match in PLAN_NAME.finditer(folded, start, period.start):
        found = match  # the last plan name before the years
    if found is None:
        return False
    between = folded[found.end() : period.start]
    return not any(mark in between for mark in ",;.")


def _in_force_before(folded: str, period: PeriodMention) -> bool:
    """Is the date governed by "in force since" or "entered into force" right before it ("en
    vigor desde el 1 de agosto de 2011")? Not inside brackets: "Chile (in force since 2006),
    Peru (in force since 2010)" pairs states with years, read by `_years_of_listed_states`."""
    before = folded[: period.start]
    if before.rfind("(") > before.rfind(")"):
        return False
    return any(
        IN_FORCE_BEFORE.search(folded, max(0, end - 60), end) is not None
        for end in {period.start, period.core_start}
    )


# What may stand before a date that opens its sentence (folded): "El 26 de marzo de 2023,",
# "On March 26, 2023,", "Em 26 de março de 2023,", "In 2007,".
DATE_OPENER = re.compile(r"\s{0,3}(?:(?:el|on|em|en|in|no|a)\s{1,2})?$")


# A clause that dates its tie relative to the opening date, or that ranks states ("a month
# after", "después de", "depois de", "the first country", "o terceiro país"): the opening date
# is not the tie's own claim (a rank keeps it as its date).
SHIFTED_EVENT = re.compile(
    r"(?<![\w])(?:after|before|despues|antes|depois|tras|luego|since|desde"
    r"|(?:primer|primeir|segund|tercer|terceir|cuart|quart|quint|sext|septim|setim|octav|oitav"
    r"|noven|non|decim|ultim)[oa]?s?|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth"
    r"|tenth|last)(?![\w])"
)


# The years a tie lasted, told after its break (folded): "after 82 years", "tras 82 años",
# "después de más de 70 años", "após 82 anos", "depois de 82 anos".
YEARS_LASTED = re.compile(
    r"(?<![\w])(?:after|tras|despues\s{1,2}+de|depois\s{1,2}+de|apos)\s{1,2}+"
    r"(?:(?:more\s{1,2}+than|mas\s{1,2}+de|mais\s{1,2}+de)\s{1,2}+)?\d{1,3}\s{1,2}+(?:years|anos)(?![\w])"
)


def _date_opening_tie_clause(folded: str, period: PeriodMention) -> bool:
    """Does the date open its sentence, set off by a comma or not, before a clause that names a tie
    ("El 26 de marzo de 2023, China y Honduras anunciaron el establecimiento de relaciones
    diplomáticas, …")? The tie's cue must stand in that first clause (up to the next comma)."""
    # The comma may be left out: "El 26 de marzo de 2023 Honduras rompió con Taiwán tras 82 años
    # de relaciones" (the lead, stop 48: main made no claim of the date beside the count).
    if not DATE_OPENER.match(folded[: period.start]) or not folded[period.core_end :].startswith(
        (",", " ")
    ):
        return False
    from chinalac.claims.rules.ties_common import (  # noqa: PLC0415 (import cycle)
        became_ordinal_act,
        tie_types_named,
    )

    clause = folded[period.core_end + 1 :]
    stop = re.search(r"[,;:.](?:\s|$)", clause)
    clause = clause[: stop.start()] if stop else clause
    # "En 2018, Uruguay se convirtió en el primer miembro del Mercosur en firmar un memorando
    # …": an ordinal the subject becomes by its own act leaves the date that act's (round 49c).
    became = became_ordinal_act(clause)
    rest = clause[: became.start()] + " " + clause[became.end() :] if became else clause
    # "tras 82 años de relaciones", "after 82 years": the years the broken tie lasted, no shift
    # of the opening date (the lead, stop 48).
    rest = YEARS_LASTED.sub(" ", rest)
    if SHIFTED_EVENT.search(rest):
        return False  # "In June 2018, just a month after TT became the first …": another date
    return bool(tie_types_named(clause))


# A day and month followed by the count of years a tie completes on it (folded, used with .match
# at the date's end): "El pasado 21 de agosto se cumplieron seis años desde que … establecieron
# relaciones diplomáticas", "No dia 21 de agosto completaram-se seis anos", "On August 21, El
# Salvador and China marked six years of ties" is not matched (the count stands after a clause).
ANNIVERSARY_COUNT_AFTER = re.compile(
    r"(?<!\s)[^\S\n]{0,2},?[^\S\n]{0,2}(?:se[^\S\n]{1,2})?"
    r"(?:cumplieron|cumplen|cumplio|cumple|completaron|completan|completaram|completam|completou"
    r"|marked|marks)(?:-se)?[^\S\n]{1,2}(?:(?:los|os|the)[^\S\n]{1,2})?"
    r"(?:\d{1,3}|[a-z]+(?:[^\S\n]{1,2}(?:y|e|and)[^\S\n]{1,2}[a-z]+)?)[^\S\n]{1,2}(?:anos|years)(?![\w])"
)
# The anniversary a day or month is, named right after it (folded, used with .match at the
# date's end): set off by commas ("celebrate today, May 1, the second anniversary of the
# establishment of their diplomatic relations", "celebran hoy, 1 de mayo, el segundo
# aniversario", "celebram hoje, 1o de maio, o segundo aniversario"; round 49b), or after a month
# celebrated (CELEBRATED_IN_BEFORE: "Venezuela y China celebraron en junio el 50 aniversario del
# establecimiento de sus relaciones", "celebraram em junho o 50º aniversário"; round 49c). Main
# read the date only as the period of the anniversary's ordinal.
ANNIVERSARY_AFTER = re.compile(
    r"(?<!\s)[^\S\n]{0,2}+(?P<comma>,)?[^\S\n]{0,2}+"
    r"(?:(?P<article>the|el|o|its|su|seu|their)[^\S\n]{1,2}+)?"
    r"(?:\d{1,3}(?:st|nd|rd|th|o|a)?|[a-z]{1,20})[^\S\n]{1,2}+(?:anniversary|aniversario)(?![\w])"
)
CELEBRATED_IN_BEFORE = re.compile(
    r"(?<![\w])(?:celebr|conmemor|comemor|commemor)[a-z]{1,6}\s{1,2}(?:(?:en|em|in)\s{1,2})?$"
)


def anniversary_after(folded: str, start: int, end: int) -> re.Match | None:
    """The anniversary named right after the date at `start:end` of the folded sentence
    (ANNIVERSARY_AFTER), when it is set off by a comma or the date is a month celebrated."""
    found = ANNIVERSARY_AFTER.match(folded, end)
    if found is None or found.group("comma"):
        return found
    if found.group("article") and CELEBRATED_IN_BEFORE.search(folded, max(0, start - 30), start):
        return found
    return None


def _anniversary_day(folded: str, period: PeriodMention) -> bool:
    """Is the date a day and month with no year, on which a count of years is completed ("El
    pasado 21 de agosto se cumplieron seis años desde que …")? The day is the anniversary of
    the event the years count from: a claim of its own beside the count (round 28b)."""
    if period.period.start_month is None or YEAR_WRITTEN.search(folded, period.start, period.end):
        return False
    if ANNIVERSARY_COUNT_AFTER.match(folded, period.end) is not None:
        return True
    # "celebrate today, May 1, the second anniversary" (round 49b), "celebraron en junio el 50
    # aniversario" (round 49c)
    return anniversary_after(folded, period.core_start, period.end) is not None


# The date the diplomatic relations an anniversary is of were established, right after them
# (folded, searched in the 200 characters before the date): "the fiftieth anniversary of the
# establishment of diplomatic relations between the two countries on June 27, 1972", "el 50.º
# aniversario del establecimiento de relaciones diplomáticas entre Guyana y China el 27 de junio
# de 1972", "o 50º aniversário do estabelecimento de relações diplomáticas entre a Guiana e a
# China em 27 de junho de 1972".
RELATIONS_DATE_OF_ANNIVERSARY_BEFORE = re.compile(
    r"(?<![\w])(?:anniversary|aniversario)"
    + ANNIVERSARY_OF_DIPLOMATIC_RELATIONS.pattern
    + r"(?:\s{1,2}+(?:between|entre)(?:\s{1,2}+[\w'-]+){1,6}?)?"
    r"\s{1,2}+(?:(?:on|in|en|em|el)\s{1,2}+)?$"
)


def _relations_date_of_anniversary(folded: str, period: PeriodMention) -> bool:
    """Is the date the establishment of the diplomatic relations an anniversary is of ("the
    fiftieth anniversary of the establishment of diplomatic relations between the two countries
    on June 27, 1972")? It dates the tie, a claim of its own, never the anniversary's year
    (round 51b: main read 1972 as the year of the fiftieth anniversary and lost the date)."""
    window = folded[max(0, period.core_start - 200) : period.core_start]
    return RELATIONS_DATE_OF_ANNIVERSARY_BEFORE.search(window) is not None


# A relative clause whose verb a date closes (folded, read up to the date): "la iniciativa, que
# China lanzó en 2013 y que llegó a la región en 2017", "the initiative, which China launched in
# 2013", "a iniciativa, que a China lançou em 2013".
# Up to eight words between the pronoun and the date: ", que adhirió a la Franja y la Ruta en
# 2022," (the lead, stop 48: main read no claim of such a date beside the sentence's figure).
RELATIVE_DATE_BEFORE = re.compile(
    r"(?:,|\sy|\se|\sand)\s{1,2}" + RELATIVE_PRONOUN + r"\s{1,2}"
    r"(?:[\w-]+\s{1,2}){1,8}?(?:en|in|em)\s{1,2}$"
)


def _date_of_relative_clause(folded: str, period: PeriodMention) -> bool:
    """Is the date the one a relative clause after a comma closes ("…, que China lanzó en
    2013")? It dates the clause's own event, a claim of its own beside the sentence's figures;
    ties-date judges it only when the clause names a tie or a tie's event (round 28b)."""
    window = folded[max(0, period.core_start - 80) : period.core_start]
    return RELATIVE_DATE_BEFORE.search(window) is not None


def _founded_in_apposition(folded: str, period: PeriodMention) -> bool:
    """Is the year the date of a founding told between commas ("FLACSO, founded in 1957,
    has …", "la FLACSO, fundada en 1957, tiene …", "a FLACSO, criada em 1957, tem …")?"""
    before = folded[max(0, period.core_start - 60) : period.core_start]
    return bool(FOUNDED_BEFORE.search(before)) and bool(
        APPOSITION_END.match(folded, period.core_end)
    )


def _after_article(period: Period | None, base: ArticleDate | None) -> bool:
    """A period that ends after the article's year ("by 2035" in a 2024 text): a target or a
    forecast, which dates no other figure (round 14b)."""
    return (
        period is not None
        and base is not None
        and period.end_year is not None
        and period.end_year > base.date.year
    )


def _governing_period(
    folded: str, periods: list[PeriodMention], base: ArticleDate | None
) -> Period | None:
    """The one period a sentence writes that may date the next sentences of its paragraph:
    not a comparison base ("than in 2022", "sobre 2022"), a date of record set as a
    reference, an open "since", a deadline ("by 2035", "para 2035"), a date yet to come or a
    projection's; None when the sentence writes none of those or several different ones."""
    found: dict[tuple, Period] = {}
    for p in periods:
        period = p.period
        written = folded[p.start : p.end]
        if (
            period.kind == "since"
            and SINCE_NAMED_BEFORE in period.text
            and base is not None
            and period.start_year is not None
            and not _comparison_base_before(folded, p.start)
        ):
            # "Desde então, o CDB concedeu …" ¶ "Quase a metade desses recursos foi para a
            # Venezuela (53,6 bilhões de dólares)": the span "since then" opens dates the next
            # sentences of its paragraph, closed as the figure's own would be (round s18a).
            period = _closed_since(period, base)
        if (
            # "by 2035", "para 2035", "até 2030": a deadline, not a period of figures
            period.kind in ("unresolved", "since", "as_of")
            or period.end_year is None
            or (base is not None and period.end_year > base.date.year)
            or _comparison_base_before(folded, p.start)
            or _event_since_before(folded, p.start)
            or BASE_BEFORE.search(folded[max(0, p.start - 24) : p.start])
            or BASE_YEAR.match(written)
            or (_may_project(folded) and PROJECTION_BEFORE.search(folded[: p.start]))
            or _reference_date(folded, p)
            or THIS_YEAR.search(period.text)
            # "the following year": a likely reading only, which dates no later sentence.
            or FOLLOWING_NAMED_BEFORE in period.text
            # "apenas en mayo": one month without its year; which year is not sure.
            or (
                period.kind == "point"
                and period.start_month is not None
                and not YEAR_WRITTEN.search(written)
            )
        ):
            continue
        key = (
            period.kind,
            period.start_year,
            period.start_month,
            period.end_year,
            period.end_month,
        )
        found[key] = period
    return next(iter(found.values())) if len(found) == 1 else None


# The tests on the words before a period below depend on the sentence and the period's
# position only, and _period_for makes them for every period of the sentence once per number
# of the sentence (then _governing_period and the reference test after it once more): a
# sentence of n numbers and n dates made n² searches over its prefix — on a 200 KB run-on
# article cut into 1,000-character sentences of ≈17 figures each, a third of the check's time.
# Cached per (sentence, position): the folded sentence is one string object for all of its
# numbers (its hash is computed once), so a lookup costs a hash of two small values.
# The growth of an economy, not of trade: nothing stored measures it.
GDP_GROWTH = "gdp_growth"
# An economy as the subject of a growth (folded text of the clause before the percent): "la
# economía china", "a economia", "China's economy", "GDP", "el PIB", "el Producto Bruto Interno".
ECONOMY_WORD = re.compile(
    r"(?<![\w])(?:economia|economy|gdp|pib|pbi|producto\s+(?:bruto\s+interno|interno\s+bruto)|"
    r"produto\s+interno\s+bruto)(?![\w])"
)
ECONOMY_GREW = re.compile(
    r"(?<![\w])(?:"
    r"(?:economia|economy|gdp|pib|pbi)(?:\s+[\w']+){0,2}?\s+(?:grew|grows|expanded|rose|crecio|"
    r"crece|crecera|cresceu|cresce|crescera|avanzo|avancou|se\s+expandio|expandiu)"
    r"|(?:crecimiento|crescimento|growth)\s+(?:del?|do|da|of)\s+(?:(?:la|a|o|el|the)\s+)?"
    r"(?:economia|economy|gdp|pib|pbi)"
    r")(?![\w])"
)
# "… y la economía", "… and the economy": an economy joined to another subject.
COORDINATED_BEFORE = re.compile(r"(?<![\w])(?:y|e|and)\s+(?:(?:la|a|the)\s+)?$")
# A word of trade between the economy and the percent names the trade's growth after all.
TRADE_WORD = re.compile(
    r"(?<![\w])(?:comercio|trade|intercambio|exportaciones|exportacoes|exports|importaciones|"
    r"importacoes|imports|ventas|vendas|sales|compras|purchases)(?![\w])"
)


def _economy_grows(folded: str, clause: tuple[int, int], mention: Mention) -> bool:
    """An economy grows by the percent: "economía china creció", "China's GDP grew", "el
    crecimiento del PIB fue de", right before it in its clause, with no word of trade between
    ("El comercio entre China y la economía de la región creció 5,2%" is trade's growth)."""
    found = None
    for match in ECONOMY_GREW.finditer(folded, clause[0], mention.start):
        found = match
    return (
        found is not None
        and mention.start - found.end() <= 40
        and TRADE_WORD.search(folded, found.end(), mention.start) is None
        and not COORDINATED_BEFORE.search(folded, max(clause[0], found.start() - 8), found.start())
    )


def _closed_since(found: Period, base: ArticleDate) -> Period:
    """An open "since" closed at the article's date, or at the last full year before it in a
    year's first months: a figure's own "since 2005" (_period_for) and the span a "since then"
    opens for the next sentences."""
    if (
        base.precision != "year"
        and base.date.month <= EARLY_MONTHS
        and found.start_year < base.date.year - 1
    ):
        return Period(
            "range",
            found.start_year,
            base.date.year - 1,
            found.start_month,
            None,
            f"{found.text} (to the last full year before the article date {base.label()})",
        )
    return Period(
        "range",
        found.start_year,
        base.date.year,
        found.start_month,
        base.date.month if base.precision != "year" else None,
        f"{found.text} (to the article date {base.label()})",
    )


def _year_earlier(
    earlier: re.Match, periods: list[PeriodMention], folded: str
) -> tuple[Period | None, dict[str, str]]:
    """The period of a figure followed by "a year earlier": the year before the one period of
    its sentence, with that period's months. A new reading: it may bear a stored figure out,
    never refute one. With no single period in the sentence, no period."""
    written = earlier.group(0).strip(" ,")
    own = [
        p.period
        for p in periods
        # not a date inside the phrase itself ("the same period last year")
        if not (p.start < earlier.end() and earlier.start() < p.end)
        and p.period.kind in ("point", "range")
        and p.period.start_year is not None
        and p.period.start_year == p.period.end_year
        and not _comparison_base_before(folded, p.start)
    ]
    years = {(p.start_year, p.start_month, p.end_month) for p in own}
    if len(years) != 1:
        return None, _level("low", f"'{written}': the period it counts back from is unclear")
    base = own[0]
    year = base.start_year - 1
    period = Period(base.kind, year, year, base.start_month, base.end_month, text=written)
    return period, _level("low", f"'{written}': the year before '{base.text.strip()}'")


def _same_period_of(
    same: re.Match, periods: list[PeriodMention], folded: str
) -> tuple[Period | None, dict[str, str]]:
    """The period of a figure followed by "in the same period of 2022": that year, with the
    months of the part-year period of the sentence it is compared with ("in the first half of
    the year" → January–June 2022). A new reading: it may bear a stored figure out, never refute
    one. With no part-year period in the sentence the months are unknown: no period."""
    year = int(same.group("year"))
    written = same.group(0).strip(" ,")
    months = [
        p.period
        for p in periods
        # a part of a year: a range of months, or one month ("in January 2021")
        if p.period.kind in ("range", "point")
        and p.period.start_month is not None
        and p.period.end_month is not None
        and p.period.start_year == p.period.end_year
        and not (p.start <= same.start("year") < p.end)
        and not _comparison_base_before(folded, p.start)
    ]
    if not months:
        return None, _level("low", f"'{written}': the months of that period are not stated")
    months_of = months[0]
    period = Period(
        months_of.kind, year, year, months_of.start_month, months_of.end_month, text=written
    )
    return period, _level("low", f"'{written}': the months of '{months_of.text.strip()}' in {year}")


def _same_period_this_year(
    same: re.Match, periods: list[PeriodMention], folded: str, base: ArticleDate | None
) -> tuple[Period | None, dict[str, str]]:
    """The period of a figure followed by "in the same period this year": the article's year,
    with the months of the part-year period of the sentence it is set against. A new reading: it
    may bear a stored figure out, never refute one. With no article date, or no part-year period
    in the sentence, no period."""
    written = " ".join(same.group(0).strip(" ,").split())
    if base is None:
        return None, _level("low", f"'{written}': no article date to read 'this year' by")
    months: list[tuple[int, int, str]] = []
    for p in periods:
        found = p.period
        if p.start < same.end() and same.start() < p.end or found.end_month is None:
            continue
        if (
            found.kind == "range"
            and found.start_month is not None
            and found.start_year == found.end_year
        ):
            months.append((found.start_month, found.end_month, found.text.strip()))
        elif found.kind == "as_of" and found.end_year and TO_MONTH_WORD.match(fold(found.text)):
            # "no acumulado até novembro de 2017": January to that month
            months.append((1, found.end_month, found.text.strip()))
    if not months:
        return None, _level("low", f"'{written}': the months of that period are not stated")
    (first, last, of), year = months[0], base.date.year
    period = Period("range", year, year, first, last, text=written)
    return period, _level("low", f"'{written}': the months of '{of}' in {year}")


# A comparison base's period followed by a clause of "when" that holds the figure: "un
# retroceso de -0.7% frente a los once primeros meses del 2021, cuando los envíos habían sumado
# US$ 19.211 millones", "frente a 2021, quando somavam …" (folded, from the period's end to
# the figure; no number between).
BASE_THEN_WHEN = re.compile(r"\s{0,2},\s{0,2}(?:cuando|quando|when)\s[^\d]{0,70}$")


def _base_then_when(
    folded: str, periods: list[PeriodMention], mention: Mention
) -> tuple[Period, dict[str, str]] | None:
    """The period of a comparison base ("frente a los once primeros meses del 2021") is the
    period of the figure its "cuando" clause holds (round s20c/26c: main took the sentence's
    other period, January–November 2022, for the 2021 figure). A new reading: it may bear a
    stored figure out, never refute one."""
    for p in periods:
        if (
            p.end <= mention.start
            and p.period.end_year is not None
            and _comparison_base_before(folded, p.start)
            and BASE_THEN_WHEN.match(folded[p.end : mention.start])
        ):
            written = p.period.text.strip()
            return p.period, _level("low", f"'{written}': the base of the comparison before it")
    return None


# The words between a "since" year's apposition and the figure it holds (folded): no digit, so
# no other figure or date between, and no break of the clause ("…, ano em que entrou em vigor o
# TLC, as exportações somaram …" sets the figure in a clause of its own).
_IN_APPOSITION = re.compile(r"[^\d,;:.()]{0,90}")


def _since_year_in_apposition(
    folded: str, periods: list[PeriodMention], mention: Mention
) -> tuple[Period, dict[str, str]] | None:
    """A "since" year and, set off after it, the year's own clause that holds the figure: "o
    maior desde 2010, ano em que os bancos chineses emprestaram US$ 35,6 bilhões", "the largest
    since 2010, the year Chinese banks lent $35.6 billion", "el mayor desde 2010, año en que los
    bancos chinos prestaron 35.600 millones de dólares". The figure is of that year, not of the
    span that starts there nor of the sentence's other year (round r63e: main dated it by the
    sentence's 2015 and refuted it by 2015's stored lending). The apposition's opening is read
    as a base year's is (BASE_YEAR_APPOSITION, "…, the year it reached …"). A new reading: it may
    bear a figure out, never refute one."""
    for p in periods:
        found = p.period
        if found.kind != "since" or found.start_year is None or p.end > mention.start:
            continue
        opening = BASE_YEAR_APPOSITION.match(folded, p.end)
        if (
            opening is None
            or _IN_APPOSITION.fullmatch(folded, opening.end(), mention.start) is None
        ):
            continue
        year = found.start_year
        return Period("point", year, year, text=str(year)), _level(
            "low", f"'{year}': the year its apposition tells"
        )
    return None


def _same_period_of_before(folded: str, clause_start: int, start: int) -> re.Match | None:
    """ "In the same months of 2024" earlier in the figure's clause, with no number between it
    and the figure: the figure is of that year's months (SAME_PERIOD_OF_BEFORE)."""
    window = max(clause_start, start - 160)
    near = folded[window:start]
    if "mes" not in near and "period" not in near and "month" not in near:
        return None
    return SAME_PERIOD_OF_BEFORE.search(folded[:start], window)


def _year_after_base(
    folded: str, periods: list[PeriodMention], mention: Mention, clause: tuple[int, int]
) -> tuple[Period, dict[str, str]] | None:
    """The year after a change's base year, for an undated level or change of the base's clause:
    "Trade rose 4% on 2022 to US$489 billion", "subió un 4% respecto de 2022, hasta 489.000
    millones", "cresceu 4% em relação a 2022, para US$ 489 bilhões": the level and the rate are
    of 2023 (the issue's pattern: the base year was once taken as their period; then they had
    none). A year-on-year change is the usual reading, not a sure one (the months may be a part
    of the year): it may bear a figure out, never refute one."""
    if mention.kind not in (Kind.MONEY, Kind.PERCENT):
        return None
    for p in periods:
        if not (clause[0] <= p.start < clause[1]) or not _percent_base_year(folded, p, mention):
            continue
        year = p.period.start_year + 1
        written = " ".join(folded[p.start : p.end].split())
        return Period("point", year, year, text=str(year)), _level(
            "low", f"'{written}': the year after the base of the change"
        )
    return None


# A change told after an amount, before its base (folded, the text between the amount and the
# base's period): a percent ("…, or 79.4 percent, on", ", un 79,4% más respecto del", ", alta de
# 79,4% sobre o") or an amount after "up"/"down" (", up US$3.672 billion, on").
CHANGE_CUE_AFTER_AMOUNT = re.compile(
    r"%|(?<![\w])(?:per\s?cent|percent|por\s?ciento|por\s?cento)(?![\w])"
    r"|(?<![\w])(?:up|down)\s{1,2}(?:by\s{1,2})?(?:us\$|\$)?\s?\d"
)
# The base's cue right before the period (folded): "on", "over", "from", "compared with",
# "frente al", "respecto del", "em relação ao", "sobre o", with its article.
CHANGE_BASE_CUE_BEFORE = re.compile(
    r"(?<![\w])(?:on|over|from|compared\s{1,2}(?:with|to)|versus|vs\.?|frente\s{1,2}al?"
    r"|respecto\s{1,2}(?:a|al|de|del)|con\s{1,2}respecto\s{1,2}al?|en\s{1,2}comparacion\s{1,2}con"
    rf"|em\s{{1,2}}comparacao\s{{1,2}}com|{IN_RELATION_TO}|sobre|ante)"
    r"\s{1,2}(?:(?:el|la|los|las|o|a|os|as|the)\s{1,2})?$"
)
# A sentence's or a clause's end between the amount and the period: "." before a space, ";", a
# line break.
_GAP_BREAK = re.compile(r"[;\n]|\.(?:\s|$)")


def _change_base_after_amount(folded: str, p: PeriodMention, mention: Mention) -> bool:
    """A period after an amount, told as the base of a change the amount's clause reports:
    "Imports … came to US$8.297 billion, up US$3.672 billion, or 79.4 percent, on the first half
    of the previous year", "… sumaron 8.297 millones de dólares, un 79,4% más respecto del primer
    semestre del año anterior", "… somaram US$ 8,297 bilhões, alta de 79,4% sobre o primeiro
    semestre do ano anterior". Only for an amount of money, the period after it, a change
    between them and a base's cue right before the period; dropping a reading never refutes."""
    if mention.kind is not Kind.MONEY or p.start < mention.end:
        return False
    gap = folded[mention.end : p.start]
    if len(gap) > 90 or _GAP_BREAK.search(gap):
        return False
    cut = p.start
    if cut > 0 and folded[cut - 1].isalpha():
        # "respecto del primer semestre del año anterior": the relative date may open inside
        # "del" ("d" + "el primer semestre …"); the cue is read up to the word's end.
        space = folded.find(" ", cut, cut + 4)
        cut = space + 1 if space != -1 else cut
    return (
        CHANGE_CUE_AFTER_AMOUNT.search(gap) is not None
        and CHANGE_BASE_CUE_BEFORE.search(folded[max(0, cut - 30) : cut]) is not None
    )


def _percent_base_year(folded: str, p: PeriodMention, mention: Mention) -> bool:
    """A one-year period written right after a percent change as its base ("21% over 2016",
    "un 21% respecto de 2016"): PERCENT_BASE_BEFORE on the words up to the year's digits. Not
    when the year is set in apposition before the figure ("down 31.5 percent from 2008, the
    year it reached $2.2 billion", "…, año en que sumó …", "…, quando somou …"): then it dates
    the figure too."""
    if p.period.kind != "point" or p.period.start_year != p.period.end_year:
        return False
    if p.end <= mention.start and BASE_YEAR_APPOSITION.match(folded, p.end):
        return False
    digits = YEAR_WRITTEN.search(folded, p.start, p.end)
    if digits is None:
        return False
    return PERCENT_BASE_BEFORE.search(folded[max(0, p.start - 60) : digits.start()]) is not None


# A past year told as the bound before which a figure stood: "Before 2018, trade … was worth
# $1.2 billion", "Prior to 2018", "Even before the ties of 2018", "Antes de 2018, el comercio
# sumaba …", "Antes de 2018, o comércio somava …" (folded text up to the year's digits; .search
# on a slice ending there). The figure is of some time before that year, not of it (round 28d:
# main refuted such a figure by the year's stored row, in the three languages).
BEFORE_YEAR = re.compile(
    r"(?<![\w])(?:before|prior\s{1,2}to|antes\s{1,2}del?|previo\s{1,2}al?|previamente\s{1,2}al?)"
    r"\s{1,2}(?:(?:the|el|la|los|las|o|a|os|as)\s{1,2}[a-z][^,;:.\d]{0,30}?\s{1,2}"
    r"(?:of|de|do|da|del|in|en|em)\s{1,2})?$"
)


def _before_year(folded: str, p: PeriodMention, base: ArticleDate | None) -> bool:
    """A one-year period written after "before", "prior to", "antes de" (or "before the ties
    of"): a bound the figure precedes, not its period. Only for a year not after the article's
    (a target "before 2030" keeps its reading)."""
    if p.period.kind != "point" or p.period.start_year != p.period.end_year:
        return False
    if base is None or p.period.start_year is None or p.period.start_year > base.date.year:
        return False
    digits = YEAR_WRITTEN.search(folded, p.start, p.end)
    if digits is None:
        return False
    return BEFORE_YEAR.search(folded[max(0, p.start - 60) : digits.start()]) is not None


# A relative "que" opening a clause set off by a comma: "Chile, que en 2005 fue el primer país en
# firmar un TLC con China, exportó …", "O Chile, que em 2005 foi …". It is no comparison ("más
# que en 2005"), so the date after it is the inserted clause's own (the lead, stop 49: main took
# that date as a base, dated the rank by the figure's 2023 and refuted the signature).
RELATIVE_QUE_BEFORE = re.compile(r",\s{1,2}+que\s{1,2}+$")


@functools.lru_cache(maxsize=4096)
def _comparison_base_before(folded: str, start: int) -> bool:
    """The words before `start` end in a comparison base ("than", "frente al", "ante", "in
    the same period of"): the date there is the base, not the figure's period. A relative
    "que" after a comma opens a clause instead (RELATIVE_QUE_BEFORE)."""
    if COMPARISON_BASE.search(folded[:start]) is None:
        return False
    return RELATIVE_QUE_BEFORE.search(folded, max(0, start - 8), start) is None


@functools.lru_cache(maxsize=256)
def _may_project(folded: str) -> bool:
    """A projection's cue ("could", "podría", "expected to") stands somewhere in the sentence.
    PROJECTION_BEFORE is searched in the words before each number (a search of the clause's
    prefix per number, ending in `$`); any match of it in a part of the sentence holds one of
    these cues as a substring of the sentence, so without one no search can match and none is
    made. Cached per sentence."""
    return PROJECTION_CUE.search(folded) is not None


# The cue of a comparison right before a figure (folded, the text before it): "contra US$",
# "frente a los", "against just", "versus". A China partner named before it in the sentence:
# "o comércio com a China", "el intercambio con China", "trade with China".
_AGAINST_BEFORE = re.compile(
    r"(?<![\w])(?:"
    + _AGAINST_CUES
    + r")\s{1,3}(?:(?:the|los|las|el|la|os|as|o|a)\s{1,3})?"
    + _AGAINST_HEDGE
    + r"$"
)
_WITH_CHINA = re.compile(
    r"(?<![\w])(?:com|con|with)\s{1,3}(?:a\s{1,3}|la\s{1,3})?(?:china|pequim|pekin|beijing)(?![\w])"
)
# Between a figure and a state named as its partner: "US$ 2,89 bilhões com o Brasil", "2.890
# millones con Brasil", "US$2.9 billion with Brazil".
_WITH_STATE_GAP = re.compile(
    r"\s{0,2}(?:com|con|with)\s{1,3}(?:(?:o|a|os|as|el|la|los|the)\s{1,3})?"
)
_WITH_BEFORE_STATE = re.compile(
    r"(?<![\w])(?:com|con|with)\s{1,3}(?:(?:o|a|os|as|el|la|los|the)\s{1,3})?$"
)


# China's lending named in a sentence (folded): "A China dobra o seu financiamento", "os
# empréstimos chineses", "los préstamos de China", "China's loans", "Chinese lending".
_CHINA_WORD_FORMS = r"(?:china|chines[ae]s?|chinos?|chinas|chinese|pequim|pekin|beijing)"
_LENDING_WORDS = (
    r"(?:emprestimos?|prestamos?|loans?|lending|financiamentos?|financiamiento"
    r"|financiacion|financing)"
)
_CHINA_LENDING = re.compile(
    r"(?<![\w])(?:"
    + _CHINA_WORD_FORMS
    + r"(?:'s)?(?:\W{1,3}[\w'’]+){0,4}?\W{1,3}"
    + _LENDING_WORDS
    + r"|"
    + _LENDING_WORDS
    + r"\W{1,3}(?:(?:da|de|of|from|la|a|the)\W{1,3}){0,2}"
    + _CHINA_WORD_FORMS
    + r")(?![\w])"
)


def _china_lending_told(sentences: list, index: int) -> bool:
    """Whether a sentence before the `index`-th, the headline included, names China's lending
    (round 41c)."""
    return any(_CHINA_LENDING.search(fold(s.text)) for s in sentences[:index])


def _set_against_with_state(folded: str, mention: Mention, entities: list) -> bool:
    """Whether the figure is set against one of trade with China ("contra", "frente a",
    "against" right before it, "com a China" / "con China" / "with China" before that) and
    names its own partner, a state of the region, right after it ("com o Brasil"): the
    subject's trade with that state (round 41c)."""
    cue = _AGAINST_BEFORE.search(folded, max(0, mention.start - 40), mention.start)
    if cue is None or _WITH_CHINA.search(folded, 0, cue.start()) is None:
        return False
    return any(
        e.code not in NEVER_FOCUS | REGION_CODES
        and e.start >= mention.end
        and _WITH_STATE_GAP.fullmatch(folded, mention.end, e.start) is not None
        for e in entities
    )


def _after_comparison(folded: str, position: int, entities: list) -> list:
    """The entities named after a comparison figure that follows `position` ("… US$ 3,10
    bilhões, contra US$ 2,892 bilhões com o Brasil"): that figure's, not the one at
    `position` (round s22c)."""
    if not _may_set_against(folded):
        return []
    compared = AGAINST_FIGURE.search(folded, position)
    return [] if compared is None else [e for e in entities if e.start >= compared.end()]


@functools.lru_cache(maxsize=256)
def _may_set_against(folded: str) -> bool:
    """ "against", "frente a", "versus" somewhere in the sentence. AGAINST_FIGURE is searched
    between each number and each later date of its sentence (n² searches); any match of it
    holds one of these cues as a substring of the sentence, so without one none is made."""
    return AGAINST_CUE.search(folded) is not None


@functools.lru_cache(maxsize=256)
def _same_period(folded: str) -> re.Match | None:
    """ "In the same period", "no mesmo período" anywhere in the sentence. Cached: asked for
    each undated number of the sentence, and a search of the whole sentence each time."""
    return SAME_PERIOD.search(folded)


@functools.lru_cache(maxsize=4096)
def _said_that_before(folded: str, start: int) -> bool:
    """The words before `start` end in a verb of saying and "que" ("muestran que"), which
    opens a clause and makes no comparison."""
    return SAID_THAT.search(folded[:start]) is not None


# The start of a statistical series, right before its year (folded): "na série histórica iniciada
# em ", "en la serie histórica iniciada en ", "in the series that began in ", "since records began
# in ", "da série que começou em ". The year is where the count starts, never a figure's period:
# "Em 2021, pela primeira vez na série histórica iniciada em 2002, o comércio … passou de US$ 400
# bilhões" (round 31c: main dated the figure 2002 and refuted it by 2002's total, in all three
# languages).
# "that began in", "iniciada en", "que começou em": a beginning and the word before its date
# (folded), shared by the start of a series and the start of a movement.
BEGAN_IN = (
    r"(?:(?:que|which|that)\s{1,2}(?:se\s{1,2})?(?:inicio|iniciou|comenzo|comecou|empezo"
    r"|began|started|begins|starts)|iniciad[ao]s?|comenzad[ao]s?|comecad[ao]s?|began|started|begun"
    r"|beginning|starting)\s{1,2}(?:em|en|in)\s{1,2}"
)
SERIES_START_BEFORE = re.compile(
    r"(?:\bseries?|\brecords?|\bregistros?)"
    r"(?:\s{1,2}(?:historicas?|estadisticas?|estatisticas?|oficial|oficiais|oficiales))?"
    r"(?:,)?\s{1,2}" + BEGAN_IN + r"(?:(?:o|el|the)\s{1,2}(?:ano\s{1,2}|year\s{1,2})?)?$"
)


# The start of a movement, right before its month or year (folded): "prolongando a recuperação
# iniciada em fevereiro", "la recuperación iniciada en febrero", "the recovery that began in
# February". The date is when the trend began, never the period of a figure of the sentence:
# "No mês, as vendas … chegaram a US$ 3,313 bilhões, prolongando a recuperação iniciada em
# fevereiro" (round 38c, text 434: main dated March's exports February).
MOVEMENT_START_BEFORE = re.compile(
    r"\b(?:recuperacao|recuperacion|recovery|rebound|retomada|movimento|movimiento|tendencia|trend"
    r"|alta|queda|caida|rise|decline|fall|expansao|expansion|crise|crisis)"
    r"\s{1,2}" + BEGAN_IN + r"$"
)


@functools.lru_cache(maxsize=4096)
def _movement_start(folded: str, core_start: int) -> bool:
    """The date at `core_start` is when a movement began ("a recuperação iniciada em
    fevereiro"): the start of a trend, not the period of a figure of the sentence."""
    return MOVEMENT_START_BEFORE.search(folded[max(0, core_start - 60) : core_start]) is not None


# A year that names an agreement (folded): "under a 2005 trade agreement", "since a 2009
# agreement", "un acuerdo comercial de 2005", "o acordo de livre comércio de 2009". It dates the
# agreement, not a figure of its clause (round 33a: main dated Chile's 2023 surplus 2005).
AGREEMENT_AFTER_YEAR = re.compile(
    r"[^\S\n]{1,2}(?:(?:free[^\S\n]{1,2})?trade[^\S\n]{1,2})?"
    r"(?:agreements?|accords?|pacts?|treaty|fta)(?![\w])"
)
ARTICLE_BEFORE_YEAR = re.compile(r"(?<![\w])(?:a|an|the|its|their|this|that)[^\S\n]{1,2}$")
AGREEMENT_BEFORE_YEAR = re.compile(
    r"(?<![\w])(?:acuerdo|acordo|tratado|tlc)"
    r"(?:[^\S\n]{1,2}(?:comercial|bilateral|de[^\S\n]{1,2}(?:libre|livre)[^\S\n]{1,2}comercio))?"
    r"[^\S\n]{1,2}de[^\S\n]{1,2}$"
)


def _agreement_year(folded: str, core_start: int, core_end: int) -> bool:
    """The year at core_start:core_end names an agreement ("a 2005 trade agreement", "un acuerdo
    comercial de 2005"): its date, never the period of a figure of the sentence."""
    if AGREEMENT_AFTER_YEAR.match(folded, core_end) and ARTICLE_BEFORE_YEAR.search(
        folded, max(0, core_start - 8), core_start
    ):
        return True
    return AGREEMENT_BEFORE_YEAR.search(folded, max(0, core_start - 48), core_start) is not None


@functools.lru_cache(maxsize=4096)
def _series_start(folded: str, core_start: int) -> bool:
    """The year at `core_start` is the start of a statistical series ("na série histórica iniciada
    em 1997"): the year the count begins, not the period of a figure of the sentence."""
    return SERIES_START_BEFORE.search(folded[max(0, core_start - 80) : core_start]) is not None


def _reference_date(folded: str, period: PeriodMention) -> bool:
    """A date of record set as a reference point ("tras la caída de 4% registrada en 2016",
    "o fluxo de comércio recorde …, registrado em 2013"): a participle of record before the
    year, and a record or comparison word shortly before the participle."""
    if period.period.kind == "since" and SUPERLATIVE_BEFORE_SINCE.search(
        folded, max(0, period.start - 50), period.start
    ):
        return True  # "la cifra más alta desde 1994": the start of the series, no figure's period
    return _reference_date_at(folded, period.core_start)


@functools.lru_cache(maxsize=4096)
def _reference_date_at(folded: str, core_start: int) -> bool:
    # Cached: see _comparison_base_before (asked for each period, for each number).
    participle = RECORD_PARTICIPLE_BEFORE.search(folded, max(0, core_start - 60), core_start)
    return participle is not None and bool(
        REFERENCE_CUE.search(folded, max(0, participle.start() - 80), participle.start())
    )


# "…, y 2024 no fue la excepción", "and 2024 was no exception", "e 2024 não foi exceção" (folded).
NO_EXCEPTION = re.compile(
    r",?\s(?:y|and|e)\s(?:el\s|o\s)?(?:ano\s|year\s)?(?P<year>(?:19|20)\d\d)\s"
    r"(?:no\s+fue\s+(?:la|una)\s+excepcion|was\s+no\s+exception|was\s+not\s+an\s+exception"
    r"|nao\s+foi\s+(?:uma\s+|a\s+)?excecao)\b"
)
# "pasó de U$S 3.200 millones a U$S 14.000 millones", "from US$3.2 billion to US$14 billion",
# "passou de US$ 3,2 bilhões para US$ 14 bilhões" (folded text around the two figures).
# "from just over $14 billion": a hedge word the figure's qualifier leaves out may stand between.
FROM_BEFORE = re.compile(
    r"\b(?:de|from|desde)\s{1,2}(?:(?:los|las|os|as|the)\s)?(?:(?:just|slightly|apenas)\s)?$"
)
SPAN_BETWEEN = re.compile(r"\s{0,2}(?:entre|between)\s", re.IGNORECASE)
TO_BETWEEN = re.compile(r"\s{1,2}(?:a|al|to|para|hasta|ate)\s{1,2}(?:(?:los|las|os|as|the)\s)?")


def _from_to_years(folded: str, mention: Mention, mentions: list[Mention], periods):
    """The year of one end of "de X a Y" when the sentence gives the span of years once, before
    the pair and not beside it ("se quintuplicó desde 2003 a 2020: pasó de U$S 3.200 millones a
    U$S 14.000 millones"): X is the first year, Y the last (round s15b: main dated both to a
    later "en 2019" of the clause). A pairing by position: medium confidence."""
    money = [m for m in mentions if m.kind is Kind.MONEY]
    pair = None
    for first, second in zip(money, money[1:], strict=False):
        if (
            (mention is first or mention is second)
            and TO_BETWEEN.fullmatch(folded, first.end, second.start)
            and FROM_BEFORE.search(folded, max(0, first.start - 12), first.start)
        ):
            pair = (first, second)
            break
    if pair is None:
        return None
    spans = [
        p
        for p in periods
        if p.period.kind == "range"
        and p.period.start_month is None
        and p.period.end_month is None
        and p.period.start_year
        and p.period.end_year
        and p.period.start_year < p.period.end_year
    ]
    since = [p for p in periods if p.period.kind == "since" and p.period.start_year]
    if (
        mention is pair[0]
        and not spans
        and len(since) == 1
        and since[0].end <= pair[0].start
        and all(p is since[0] or p.start >= pair[1].end for p in periods)
    ):
        # "since 2000 from just over $14 billion to $50 billion in 2022", "desde 2000 de … a …
        # en 2022": the first figure is the level the change left in the span's first year
        # (main read it for 2000 to the article's date, and called it a change running
        # backwards in time; round s18c). The second keeps its own year, if it writes one.
        year = since[0].period.start_year
        written = since[0].period.text.strip()
        why = f"'{written}' paired with 'from … to …': the first year"
        return Period("point", year, year, text=written), _level("medium", why)
    # "pasó de 880 mil dólares a más de 3.500 millones de dólares entre 1985 y 2024", "from
    # $880,000 to more than $3.5 billion between 1985 and 2024": the span right after the pair
    # is the change's, as one before it is (round 42b: main read both figures for 1985-2024).
    trailing = (
        len(spans) == 1
        and pair[1].end <= spans[0].start <= pair[1].end + 3
        and SPAN_BETWEEN.match(spans[0].period.text) is not None
    )
    if not trailing and (len(spans) != 1 or spans[0].end > pair[0].start):
        return None
    if any(
        pair[0].start - 4 <= p.start <= pair[1].end + 4 and not (trailing and p is spans[0])
        for p in periods
    ):
        return None  # "de X en 2003 a Y en 2020": each figure has its own year
    span = spans[0].period
    year = span.start_year if mention is pair[0] else span.end_year
    written = span.text.strip()
    why = f"'{written}' paired with 'de … a …': {'the first' if year == span.start_year else 'the last'} year"
    return Period("point", year, year, text=written), _level("medium", why)


# A level a change landed on, right after the span of two years it ran over (folded): "recuaram
# 3,5% entre 2019 e 2020, para US$ 34 bilhões", "fell 3.5% between 2019 and 2020, to US$34
# billion", "cayeron un 3,5% entre 2019 y 2020, hasta 34.000 millones" (round 42c: main dated the
# level to the whole span, 2019–2020, and left the stored 2020 imports unjudged).
_SPAN_OF_TWO_YEARS = re.compile(
    r"(?:between|entre)\s{1,3}(?:19|20)\d\d\s{1,3}(?:and|y|e)\s{1,3}(?:19|20)\d\d"
)
_LANDED_AT = re.compile(
    r"\s{0,3},?\s{0,3}(?:para|to|hasta|ate|a)\s{1,3}(?:(?:os|as|los|las|the)\s{1,3})?"
)


def _level_after_a_span(folded: str, mention: Mention, periods):
    """The last year of "entre X e Y" / "between X and Y" when the money figure is the level the
    change reached, written right after the span ("…, para US$ 34 bilhões"): Y, medium."""
    for p in periods:
        span = p.period
        if (
            span.kind == "range"
            and span.start_month is None
            and span.end_month is None
            and span.start_year
            and span.end_year
            and span.start_year < span.end_year
            and p.end <= mention.start
            and _SPAN_OF_TWO_YEARS.search(folded, max(0, p.start - 8), p.end + 1)
            and _LANDED_AT.fullmatch(folded, p.end, mention.start)
        ):
            year = span.end_year
            written = span.text.strip()
            why = f"'{written}' then the level reached: the last year"
            return Period("point", year, year, text=written), _level("medium", why)
    return None


def _destination_state(folded: str, end: int, entities) -> str | None:
    """The state named as a destination right after `end` ("… a El Salvador", "… into
    Mexico", "… para o Brasil"), or None."""
    to = DESTINATION_AFTER.match(folded, end)
    if to is None:
        return None
    return next(
        (
            e.code
            for e in entities
            if e.code not in NEVER_FOCUS and to.end() <= e.start <= to.end() + 4
        ),
        None,
    )


# Twelve months to a month (folded): "acumulado de 12 meses até outubro", "nos últimos 12
# meses", "en los doce meses hasta octubre", "the 12 months to October 2019", "the past twelve
# months". A bare "12 meses" ("um prazo de 12 meses", "the next 12 months") is none.
ROLLING_YEAR = re.compile(
    r"\b(?:(?P<pre>ultimos|past|last|trailing|acumulad[oa]s?\s+(?:de|em|en))\s+)?"
    r"(?:12|doze|doce|twelve)\s+(?:meses|months)\b"
    r"(?:\s+(?:ate|hasta|to|through|until|ending|terminados?\s+em|encerrados?\s+em)"
    r"\s+(?:(?:o\s+mes\s+de|el\s+mes\s+de|in)\s+)?(?P<month>[a-z]{3,10})"
    r"(?:\s+(?:de\s+|of\s+)?(?P<year>(?:19|20)\d\d))?)?"
)


def _rolling_year(folded: str, clause: tuple[int, int], base: ArticleDate | None) -> Period | None:
    """The window of twelve months its clause names, to the month written (or to the
    article's month), as a range across two calendar years; None without such words or
    without a year to place them."""
    match = next(
        (
            m
            for m in ROLLING_YEAR.finditer(folded, clause[0], clause[1])
            if m.group("pre") or m.group("month")
        ),
        None,
    )
    if match is None:
        return None  # "um prazo de 12 meses", "the next 12 months": no window of the past
    end_month = months().get(match.group("month") or "")
    if match.group("month") and end_month is None:
        return None  # "12 meses até a crise": no month
    if match.group("year"):
        end_year = int(match.group("year"))
    elif base is None or base.precision == "year":
        return None
    else:
        end_year = base.date.year
        if end_month is not None and end_month > base.date.month:
            end_year -= 1
    if end_month is None:
        end_month = base.date.month if base is not None else None
    if end_month is None:
        return None
    if end_month == 12:
        return Period("range", end_year, end_year, 1, 12, text=match.group(0))
    return Period("range", end_year - 1, end_year, end_month + 1, end_month, text=match.group(0))


def _running_year(
    mention: Mention, found: Period, base: ArticleDate | None, metric: str | None
) -> bool:
    """A sum of money dated by the article's own year, the article's month known: the year
    was still running when the text was written (a stock is as of a day: not concerned)."""
    return (
        mention.kind is Kind.MONEY
        and found.kind == "point"
        and found.start_month is None
        and found.start_year is not None
        and base is not None
        and base.precision in ("day", "month")
        and base.found_by != FILE_METADATA
        and base.date.year == found.start_year
        and not (base.precision == "day" and base.date.month == 12 and base.date.day == 31)
        and not (metric or "").endswith("_stock")
    )


def _recorded_for_later_figure(
    folded: str, mention: Mention, mentions: list[Mention] | None, period: PeriodMention
) -> bool:
    """The year after `mention` is a later figure's own: a participle of record joins it to a
    figure that stands between ("as exportações somaram 90 bilhões de dólares, … atrás apenas
    do recorde de 104 bilhões de dólares registrado em 2023", "behind the record of 104 billion
    dollars recorded in 2023"): 2023 dates the 104, not the 90 (round s20c)."""
    return any(
        other is not mention
        and other.kind is not Kind.DATE
        and mention.end <= other.start
        and other.end <= period.start
        and _recorded_in(folded, other.end) == period.core_start
        for other in mentions or ()
    )


def _recorded_in(folded: str, end: int) -> int | None:
    """Where the year of "… registrados em 2019" / "… recorded in 2019" starts, when a
    participle of record follows the figure ending at `end`; None otherwise."""
    match = RECORDED_IN.match(folded, end) if folded else None
    return match.end() if match else None


# "Counting from January 2008", "starting from", "beginning in", "as from", "From 2005, …" (the
# period's folded text): read as "since", but "From 2005, when China first lent US$ 30 million
# …" dates the figure at 2005, so the span is a likely reading only (round s22a).
LOOSE_SINCE = re.compile(r"(?:counting|starting\s+from|beginning|reckoning|as\s+from|from)(?![\w])")
# "From 2005 to the present" (round s16b): a span read as "since" on purpose, kept sure (folded,
# used with .match at the period's end).
TO_AFTER = re.compile(r"\s{1,2}(?:to|until|till|through)\s")
# A superlative or a record right before "since YEAR" (folded, searched in the 50 characters
# before the period): "the lowest since", "the widest gap since", "a record since", "el nivel más
# bajo desde", "el mayor … desde", "o menor nível desde", "o maior valor desde".
RECORD_BEFORE_SINCE = re.compile(
    r"(?<![\w])(?:lowest|highest|largest|biggest|smallest|widest|narrowest|best|worst|strongest"
    r"|weakest|deepest|sharpest|steepest|record|mas\s+(?:bajo|baja|bajos|bajas|alto|alta|altos"
    r"|altas|grande|elevado|elevada)|mayor|menor|maior|minimo|maximo|peor|mejor|pior|melhor"
    r"|recorde)(?:\s[\w-]+){0,3}\s{0,2},?\s{0,2}$"
)


# A verb of exceeding, its object, and "by" / "en" / "em" right before a money figure (folded;
# .search on the clause's words up to the figure): the figure is the gap, "exceeded its exports
# by", "outstripped … by", "superaron a sus exportaciones en", "superaram as exportações em".
EXCEEDED_BY_BEFORE = re.compile(
    r"(?<![\w])(?:exceed|surpass|outstrip|outpac|outweigh|super|exced|sobrepas|ultrapass)\w{0,6}"
    r"\s{1,2}[^.;:]{0,80}?\s(?:by|en|em|por)\s{1,2}"
    r"(?:(?:some|about|around|nearly|almost|over|more\s{1,2}than|unos|unas|cerca\s{1,2}de|casi"
    r"|mas\s{1,2}de|quase|mais\s{1,2}de)\s{1,2})?(?:(?:los|las|os|as)\s{1,2})?$"
)
# The words before a percent that make it a rate over years (folded; .search on a slice ending
# at the percent): "at an (average) annual rate of", "an average annual", "compound annual", "a
# una tasa (media) anual de", "a un ritmo (promedio) anual de", "a uma taxa (média) anual de",
# "promedio anual de", "média anual de".
ANNUAL_RATE_BEFORE = re.compile(
    r"(?<![\w])(?:at\s{1,2}an?\s{1,2}(?:(?:average|mean|compound(?:ed)?)\s{1,2})?annual"
    r"\s{1,2}(?:growth\s{1,2})?rate|(?:average|mean|compound(?:ed)?)\s{1,2}annual"
    r"(?:\s{1,2}growth)?(?:\s{1,2}rate)?|annual\s{1,2}average"
    r"|(?:tasa|ritmo|taxa)\s{1,2}(?:(?:media|promedio|medio)\s{1,2})?anual"
    r"(?:\s{1,2}(?:media|promedio|compuesta|composta))?"
    r"|(?:promedio|media)\s{1,2}anual|anual\s{1,2}(?:compuesta|composta))"
    r"(?:\s{1,2}(?:of|de|do|del))?(?:\s{1,2}(?:around|about|some|un|una|um|uma|cerca\s{1,2}de))?"
    r"\s{0,2}$"
)
# After it: "12 percent a year on average", "12% al año en promedio", "12% ao ano em média".
ANNUAL_RATE_AFTER = re.compile(
    r"\s{0,2}(?:a|per|each|al|por|ao|cada)\s{1,2}(?:year|ano)\s{1,2}"
    r"(?:on\s{1,2}average|en\s{1,2}promedio|em\s{1,2}media|de\s{1,2}media)"
)


def _level(level: str, why: str) -> dict[str, str]:
    return {"level": level, "why": why}


# A capitalised word right before a name's word, with a linking word between them ("Secretaria
# de Comércio", "Ministry of Foreign Trade", "Desenvolvimento, Indústria, Comércio"), or right
# after it ("Comércio Exterior", "Trade Secretariat").
_NAME_BEFORE = re.compile(
    r"[A-ZÀ-Ý][\w-]*+,?\s{1,3}(?:(?:de|do|da|dos|das|del|de\s+la|of|of\s+the|e|y|and)\s{1,3})?\Z"
)
_NAME_AFTER = re.compile(r"\A[\w-]*+\s{1,3}[A-ZÀ-Ý]")


def _written_in_a_name(text: str, start: int) -> bool:
    """Whether the word at `start` is written with a capital inside its sentence and stands
    beside another capitalised word: part of a name, not a common noun."""
    if start <= 0 or start >= len(text) or not text[start].isupper():
        return False
    head = text[:start].rstrip()
    if not head or head[-1] in '.!?:\n"“«(—–-':
        return False
    return bool(_NAME_BEFORE.search(text[max(0, start - 60) : start])) or bool(
        _NAME_AFTER.match(text[start : start + 60])
    )


# How far (in characters, between the word and the number) a metric word may stand from its number
# and still be read as the number's with confidence.
METRIC_WORD_REACH = 80


def _metric_word_far(hit, mention: Mention) -> bool:
    """Does the metric word stand more than METRIC_WORD_REACH characters before or after the
    number? One reach for the metric's confidence and for a signing date's metric word."""
    distance = (
        mention.number_start - hit.end
        if hit.end <= mention.number_start
        else hit.start - mention.end
    )
    return distance > METRIC_WORD_REACH


def _signed_date_far_from_its_metric_word(
    hit, inherited: bool, mention: Mention, folded: str
) -> bool:
    """A date right after a past verb of signing (SIGNED_IN_BEFORE: "signed in", "firmado en",
    "assinado em") whose metric word stands beyond METRIC_WORD_REACH: the word is not the date's."""
    if mention.kind is not Kind.DATE or hit is None or inherited:
        return False
    if not _metric_word_far(hit, mention):
        return False
    return SIGNED_IN_BEFORE.search(folded, max(0, mention.start - 70), mention.start) is not None


def _metric_confidence(
    hit,
    metric: str | None,
    inherited: bool,
    clause: tuple[int, int],
    mention: Mention,
    folded: str = "",
) -> dict[str, str]:
    if metric is None:
        if mention.kind in (Kind.RANK, Kind.DATE, Kind.MULTIPLE, Kind.DURATION):
            # Ranks and dates are read by the rules that know what is ranked or dated (ties,
            # first-year facts); they name the relation they checked in their reason.
            return _level("medium", "read by the rule that checks it")
        return _level("low", "no metric word")
    if inherited:
        return _level("low", f"metric '{metric}' inferred from an earlier sentence")
    if hit is None:
        return _level("medium", f"metric '{metric}'")
    if hit.context_only:
        return _level("low", f"'{hit.phrase}' read with a word of the sentence before")
    if not (clause[0] <= hit.start and hit.end <= clause[1]):
        return _level("low", f"metric word '{hit.phrase}' in another clause")
    if mention.kind is Kind.MONEY and EXCEEDED_BY_BEFORE.search(
        folded[max(clause[0], mention.start - 120) : mention.start]
    ):
        # "Mexico's imports from China exceeded its exports to China by $107,779 million", "las
        # importaciones superaron a las exportaciones en 107.779 millones", "superaram as
        # exportações em US$ 107,8 bilhões": the gap between two flows, not a flow (round 28d:
        # main refuted it by the year's stored exports). It may be borne out, never refuted.
        return _level("low", "a gap between two flows ('exceeded … by'), not a flow")
    if (
        mention.kind is Kind.PERCENT
        and "growth" in metric
        and (
            ANNUAL_RATE_BEFORE.search(folded[max(0, mention.start - 50) : mention.start])
            or ANNUAL_RATE_AFTER.match(folded, mention.end)
        )
    ):
        # "kept widening at an annual rate of 12 percent", "creció a una tasa media anual de
        # 12%", "cresceu a uma taxa anual de 12%", "12 percent a year on average": a rate over
        # years (an average, or annualised), not the change of the year the sentence names
        # (round 28d: main refuted it by the year's stored growth). It may be borne out, never
        # refuted.
        return _level("low", "an annual rate: a rate over years, not one year's change")
    if (
        mention.kind is Kind.PERCENT
        and "growth" in metric
        and BALANCE_WORD.search(folded, clause[0], mention.start)  # the balance words above
    ):
        # "Latin America's trade deficit with China grew 12 percent", "el déficit comercial …
        # creció un 12%", "o déficit comercial … cresceu 12%": the change of a balance, not of
        # trade (round 28d: main refuted it by the year's stored trade growth). It may be borne
        # out, never refuted.
        return _level("low", "the change of a balance, not of trade")
    if _metric_word_far(hit, mention):
        if ANAPHOR_BEFORE.search(folded[max(0, mention.start - 40) : mention.start]):
            # "…, well above the 2023 figure of $450 billion": the figure of the same metric.
            return _level("medium", f"'{hit.phrase}' taken up by the noun before the number")
        return _level("low", f"metric word '{hit.phrase}' far from the number")
    return _level("high", f"'{hit.phrase}' in the same clause")


def _entity_confidence(
    mention: Mention, entity: str | None, entities: list[EntityMention], clause: tuple[int, int]
) -> dict[str, str]:
    if entity is None:
        return _level("low", "no entity named")
    in_clause = {
        e.code
        for e in entities
        if clause[0] <= e.start < clause[1] and e.code not in NEVER_FOCUS and not e.in_list
    }
    strong = {
        e.code
        for e in entities
        if clause[0] <= e.start < clause[1]
        and e.code not in NEVER_FOCUS | REGION_CODES
        and e.strong
        and not e.in_list
    }
    if entity == "CHN" and mention.kind in (Kind.MONEY, Kind.PERCENT):
        # China is the other side of every China–LAC figure: a figure "about China" most
        # often leaves its partner unnamed in the sentence.
        return _level("low", "only China named: the partner is not stated")
    if len(strong) > 1:
        return _level("low", "two candidate entities in the clause: " + ", ".join(sorted(strong)))
    if entity in in_clause:
        return _level("high", f"{entity} named in the same clause")
    return _level("medium", f"{entity} from the sentence or paragraph")


def _value_confidence(
    mention: Mention,
    folded: str = "",
    clause: tuple[int, int] = (0, 0),
    dollar_is_usd: bool = False,
) -> dict[str, str]:
    projection = (
        PROJECTION_BEFORE.search(folded[clause[0] : mention.start])
        if folded and _may_project(folded)
        else None
    )
    if projection and _recorded_in(folded, mention.end) is None:
        cue = " ".join(projection.group(0).split())
        return _level("low", f"{PROJECTION}: '{cue}'")
    change = (
        CHANGE_BEFORE.search(folded[max(clause[0], mention.start - 60) : mention.start])
        if folded and mention.kind is Kind.MONEY
        else None
    )
    if change:
        cue = " ".join(change.group(0).split())
        return _level("low", f"{CHANGE_AMOUNT}: '{cue}'")
    target = (
        TARGET_BEFORE.search(folded, max(clause[0], mention.start - 40), mention.start)
        if folded and mention.kind is Kind.MONEY
        else None
    )
    if target:
        # "meeting the target of US$ 500 billion set in 2014", "cumplió la meta de 500.000
        # millones": a goal, not a reported level of the year it was set (round s17a: main
        # refuted the target by 2014's trade).
        return _level("low", f"{TARGET}: '{' '.join(target.group(0).split())}'")
    span = (
        TARGET_SPAN_AFTER.match(folded, mention.end)
        if folded and mention.kind is Kind.MONEY
        else None
    )
    if span and not REACHED_BEFORE.search(folded, clause[0], mention.start):
        return _level("low", f"{TARGET}: '{' '.join(span.group(0).split())}'")
    noun = (
        TARGET_NOUN_AFTER.match(folded, mention.end)
        if folded and mention.kind is Kind.MONEY
        else None
    )
    if noun:
        return _level("low", f"{TARGET}: '{' '.join(noun.group(0).split())}'")
    if folded and mention.kind is Kind.MONEY and (after := CHANGE_AFTER.match(folded, mention.end)):
        cue = " ".join(after.group(0).split())
        return _level("low", f"{CHANGE_AMOUNT}: '{cue}'")
    if folded and mention.kind is Kind.MONEY:
        # ", up US$3.672 billion", "(US$541 million less)", "una suba de US$ 3.672 millones",
        # "(US$ 541 milhões a menos)": the amount of a change, not a level (round 48a).
        cue_match = CHANGE_UP_DOWN_BEFORE.search(folded, max(0, mention.start - 24), mention.start)
        cue_match = cue_match or CHANGE_BARE_AFTER.match(folded, mention.end)
        if cue_match:
            return _level("low", f"{CHANGE_AMOUNT}: '{' '.join(cue_match.group(0).split())}'")
    if mention.currency_assumed:
        return _level("low", "no currency written: US dollars assumed")
    if mention.currency_doubt and dollar_is_usd:
        # Round 45c's Honduran page: "$ 8.5 millones" where Honduras writes "L" for lempiras.
        return _level("high", DOLLAR_IS_USD)
    if mention.currency_doubt:
        return _level("low", f"{mention.currency_doubt}: US dollars assumed")
    if mention.number_doubt:
        return _level("low", f"{mention.number_doubt}: read as a decimal comma")
    if mention.value_doubt:
        return _level("low", mention.value_doubt)
    return _level("high", "the number as written")


# Why a bare "$" in Spanish or Portuguese is read as the US dollar with confidence
# (claims/dollar_sign.py).
DOLLAR_IS_USD = "'$' is the US dollar here: no state the text names writes its own money with '$'"
# The doubt that keeps a claim from any verdict read in the store (check._result).
PROJECTION = "a projection or possibility, not a reported figure"
# A lower bound on one product's trade: the state's whole flow above the bound bears nothing
# out (check._result leaves it unverifiable, with this reason).
PRODUCT_BOUND = "a lower bound on one product's trade, which the whole flow does not bear out"
