"""Rule `commitments`: a promised figure ("6,000 government scholarships from 2014 to 2019")
against the pledge of the same plan, metric and period; and the date of a pledge named in the
sentence ("a China-LAC Press Center … set up in Beijing in 2017").

A pledge is identified by its metric, its period (or the year it was made) and, when the sentence
names one (lexicon/plan_cues.csv: "Joint Action Plan 2022", "Brasília", "cuarta reunión
ministerial"), its plan. The claim is:

* supported — a statement of that pledge (the compilation's or a curated source's target), or a
  delivery figure of it, agrees;
* contradicted — only when the sentence speaks of a pledge (a pledge word, or the plan named),
  identifies one plan's pledge (plan named, or a single plan left by metric and period) and
  none of its statements or figures agrees;
* disputed — the figure is another plan's pledge (e.g. the 2015–2019 6,000 scholarships said of
  the 2022–2024 plan): a figure from another plan is never a contradiction;
* otherwise no finding (unverifiable).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import functools
import math
import re
from collections.abc import Iterator
from typing import ClassVar

import pandas as pd

from chinalac.claims.article_date import FILE_METADATA
from chinalac.claims.extract import RECENT_YEARS_WHY
from chinalac.claims.models import Claim, Evidence, Finding, Kind, Qualifier, Verdict
from chinalac.claims.partners import names_another_group
from chinalac.claims.rules.base import CheckContext, folded_sentence, mentions_topic, topic_words
from chinalac.claims.rules.store_facts import (
    HELD_ALWAYS,
    RECENT_SPAN,
    _article_month,
    _article_year,
    _early_in_year,
)
from chinalac.claims.tolerance import supports
from chinalac.claims.vocabulary import fold, phrase_pattern, rows

# A figure is said of a pledge only when the sentence speaks of one (or names its plan): a
# trade total of 2014 is not a miss of the 2015–2025 trade target.
PLEDGE_WORDS = re.compile(
    r"(?<![\w])(?:pledg|promis|promet|target|goal|aim|commit|compromet|compromis|meta|objetiv|"
    # "granted" is a count given out, not a pledge (stop 42, found by the mutation helper: "In
    # 2024, China had granted about 17,000 scholarships" was refuted by the 5,000 of the
    # 2022-2024 plan, while the store's delivered 17,000 of 2016-2024 is the figure itself).
    r"will\s|would\s|plan\b|plano\b|action\s+plan|offer|ofrec|ofere|grant(?!ed)|otorgar|conceder|"
    # A credit line is offered by nature: "anunció una línea de crédito de …".
    r"credit\s+lines?|lines?\s+of\s+credit|lineas?\s+de\s+credito|linhas?\s+de\s+credito)"
)
# The future of a verb of inviting or giving is the pledge's own tense in Spanish and Portuguese,
# as "will" is in English: "a China convidará anualmente 300 quadros", "China invitará cada año a
# 300 miembros" (round s25c: main read no pledge in either). Used only for a figure of no metric,
# which is then borne out by a pledge of the same target and topic or left alone. A plan's
# "prevé"/"prevê" (provides for) counts the same way.
FUTURE_PLEDGE = re.compile(
    r"(?<![\w])(?:convid|invit|fornec|proporcion|financi|capacit|entren|trein)\w*?"
    r"(?:ara|era|ira|arao|erao|irao|aran|eran|iran)(?![\w])"
    # "el programa prevé invitaciones anuales", "o plano prevê": what a plan provides for
    r"|(?<![\w])prev(?:e|en|eem)(?![\w])"
    # The future told with "ir" and the verb ("a China vai convidar", "vão convidar", "irá
    # convidar", "va a invitar", "van a invitar") is the same pledge's tense (round 50c: main read
    # no pledge in "a China vai convidar anualmente … 300 representantes de partidos políticos").
    r"|(?<![\w])(?:vai|vao|ira|irao|va\s+a|van\s+a)\s+"
    r"(?:convid|invit|fornec|proporcion|financi|capacit|entren|trein)[a-z]*?(?:ar|er|ir)(?![\w])"
)
# Spanish and Portuguese words for the English topic words of pledge ids (folded): a pledge of
# no metric is matched by two topic words of its id, which a text in another language writes in
# its own words ("300 quadros de partidos políticos" for beijing2025_party_members_300_per_year).
TOPIC_EQUIVALENTS = {
    "party": frozenset({"partido", "partidos", "partidario"}),
    # "300 representantes de partidos políticos", "300 party representatives" (round 50c).
    "members": frozenset(
        {"miembros", "membros", "quadros", "cuadros", "representantes", "representatives"}
    ),
    # The places and scholarships of one list, each its own pledge: "500 bolsas de estudo para
    # professores internacionais da língua chinesa, 300 vagas de formação para profissionais de
    # redução da pobreza", "500 becas para profesores de chino, 300 plazas de capacitación en
    # reducción de la pobreza" (round r61b: main read the English words only and left both
    # unjudged, the figure's metric pledge holding another target).
    "teacher": frozenset({"professor", "professores", "profesor", "profesores", "docentes"}),
    "scholarships": frozenset({"bolsa", "bolsas", "beca", "becas"}),
    "chinese": frozenset({"chino", "chinos"}),
    "poverty": frozenset({"pobreza"}),
    "reduction": frozenset({"reducao", "reduccion"}),
    "training": frozenset(
        {
            "formacao",
            "formacion",
            "capacitacao",
            "capacitacion",
            "treinamento",
            "treinamentos",
            "entrenamiento",
        }
    ),
}
# A verb of a level reached ("trade reached", "o comércio chegou a", "el comercio alcanzó"): with
# no pledge word and no plan named, the sentence tells an outcome, which a pledge's target never
# bears out (round 28f: "O comércio anual entre a China e a região quase chegou a US$ 500
# bilhões" was borne out by the US$ 500 bn trade goal of Brasília 2014).
REACHED = re.compile(
    r"(?<![\w])(?:reached|hit|totall?ed|amounted\s+to|stood\s+at|chegou|chegaram|atingiu|atingiram|"
    r"alcancou|alcancaram|somou|somaram|totalizou|totalizaram|llego|llegaron|alcanzo|alcanzaron|"
    r"sumo|sumaron|totalizo|totalizaron|ascendio|ascendieron)(?![\w])"
)
# A level passed ("In 2024 bilateral trade topped half a trillion dollars", "superó el medio
# billón", "passou de meio trilhão"): a level reached too, unless the sentence names a goal
# ("superó la meta de …"), which TARGET_NAMED reads (lead, stop 43: main bore the level out by
# the US$ 500 bn target of 2014, showing a pledge as its evidence).
PASSED = re.compile(
    r"(?<![\w])(?:topped|surpassed|exceeded|passed|crossed|supero|superaron|sobrepaso|sobrepasaron"
    r"|rebaso|rebasaron|superou|superaram|ultrapassou|ultrapassaram|passou\s+de|passaram\s+de"
    r"|excedeu|excederam)(?![\w])"
)
TARGET_NAMED = re.compile(
    r"(?<![\w])(?:target|goal|meta|objetivo|alvo|promes\w*|promis\w*|pledg\w*)(?![\w])"
)
# A pledge made on the article's day, or in the days just before it, is the news of a text that
# dates no figure of its own ("13 de mayo de 2025 — … El mandatario chino anunció una línea de
# crédito de 60.000 millones de yuanes", the 66 bn yuan of the 4th ministerial).
NEWS_DAYS = 7


# A dateline opening the sentence: a place, a comma, a short date with its digits, then a
# spaced dash ("Brasília, janeiro de 2021 — "); "In Brasilia, China announced … 2015–2019" is
# no dateline.
DATELINE_HEAD = re.compile(
    r"^[^\W\d_][^\W\d_'’.\- ]{0,30},\s[^—–,\n]{0,30}?\d[^—–\n]{0,6}?\s[—–]\s"
)


ISO_PREFIX = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?$")  # a stored or written ISO date


@functools.cache
def plan_cues() -> tuple[tuple[str, re.Pattern], ...]:
    return tuple(
        (row["plan"], re.compile(phrase_pattern(row["cue"], plural=False)))
        for row in rows("plan_cues.csv")
    )


def plans_named(claim: Claim) -> frozenset[str]:
    return _plans_in(claim.sentence)


@functools.lru_cache(maxsize=256)
def _plans_in(sentence: str) -> frozenset[str]:
    """Cached by sentence: a long sentence's many figures would each search it again."""
    # The dateline's place is where the article was filed, not the plan's summit: "Brasília,
    # janeiro de 2021 — Em 2020 o Brasil e a China comercializaram …" names no Brasília pledge.
    sentence = DATELINE_HEAD.sub("", sentence, count=1)
    folded = fold(sentence).replace("–", "-")
    return frozenset(plan for plan, pattern in plan_cues() if pattern.search(folded))


# A pledge running from the article's date: "over the next three years", "en los próximos tres
# años", "nos próximos três anos", "the coming five years" (the count of years in digits or
# words). "The following three years" is not read: it counts from an event the text dates, not
# from the article's date.
COUNT_WORDS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8,
    "nueve": 9, "diez": 10, "dois": 2, "duas": 2, "quatro": 4, "sete": 7, "oito": 8, "nove": 9,
    "dez": 10,
}  # fmt: skip
_COUNT = r"(?P<n>\d{1,2}|[a-z]{3,6})"
FORWARD_YEARS = re.compile(
    rf"(?<![\w])(?:(?:next|coming|proximos)\s+{_COUNT}\s+(?:years|anos)|"
    rf"{_COUNT.replace('n>', 'm>')}\s+proximos\s+anos)(?![\w])"
)
# "over the same three years", "en los mismos tres años", "nos mesmos três anos": the window of
# a sentence before that wrote "the next three years".
SAME_YEARS = re.compile(rf"(?<![\w])(?:same|mismos|mesmos)\s+{_COUNT}\s+(?:years|anos)(?![\w])")
# A pledge told in the past ("In 2014 China promised … over the next five years", "prometió",
# "prometeu", "had offered") counts its years from then, not from the article's date.
PAST_PLEDGE = re.compile(
    r"(?<![\w])(?:(?:pledg|promis|offer|announc|grant|commit)(?:ed|t?ed)|had|was|were|"
    r"prometio|ofrecio|anuncio|otorgo|comprometio|prometeu|ofereceu|anunciou|concedeu|"
    r"comprometeu|habia|havia|tinha|fue|foi)(?![\w])"
)


def _years_count(match: re.Match) -> int | None:
    text = match.group("n") if match.group("n") else match.groupdict().get("m")
    number = int(text) if text and text.isdigit() else COUNT_WORDS.get(text or "")
    return number if number and 1 < number <= 10 else None


def forward_years(folded: str) -> int | None:
    """The N of "the next N years" in a sentence that tells no past pledge."""
    match = FORWARD_YEARS.search(folded)
    if match is None or PAST_PLEDGE.search(folded):
        return None
    return _years_count(match)


# A yearly figure (folded EN/ES/PT): "every year", "each year", "a year", "per year", "annually",
# "cada año", "al año", "por año", "anualmente", "anuales", "cada ano", "ao ano", "por ano", "anuais".
PER_YEAR = re.compile(
    r"(?<![\w])(?:every\s+year|each\s+year|a\s+year|per\s+year|annually|yearly|annual|cada\s+ano"
    r"|al\s+ano|por\s+ano|ao\s+ano|anualmente|anuales|anuais|anual)(?![\w])"
)

BOUNDS = frozenset(
    {Qualifier.MORE_THAN, Qualifier.LESS_THAN, Qualifier.AT_LEAST, Qualifier.AT_MOST}
)


def _year(text) -> int | None:
    text = "" if text is None or (isinstance(text, float) and math.isnan(text)) else str(text)
    return int(text[:4]) if text[:4].isdigit() else None


def _as_of_years(row) -> tuple[int, int] | None:
    """The years a delivered figure is measured as of ("2022", "2018-2020", "2024-05"), or None
    when the row names none."""
    start = _year(getattr(row, "as_of", None))
    end = _year(getattr(row, "as_of_end", None))
    text = str(getattr(row, "as_of", "") or "")
    ranged = re.match(r"^(\d{4})\s*[-–]\s*(\d{4})$", text.strip())
    if ranged:
        return int(ranged.group(1)), int(ranged.group(2))
    if start is None and end is None:
        return None
    return (start or end, end or start)


class DeliveryTime(enum.Enum):
    """How a delivered level's time stands to the time of the figure it is compared with."""

    SAME = "same"  # the level may bear the figure out
    ELSEWHEN = "elsewhen"  # the figure is that level told of other years: no target refutes it
    OTHER = "other"  # the level says nothing of the figure


def _delivery_time(claim: Claim, stated, delivered, pledge, bears: bool) -> DeliveryTime:
    """Does a pledge's delivered level speak of the time the figure is written of? One reading of
    the years, in this order (`stated` is the period as read, `claim.period` the one the rule
    trusts; `bears` whether the level matches the figure):

    * a figure of one year and a level counted over other years: OTHER ("In 2022 trade reached
      US$ 300 billion" and the "above 300 bn" of 2018-2020; round s17a);
    * a figure of some months of a year ("de janeiro a outubro de 2017", "em maio de 2024";
      January–December is the year) and a level dated to years, not to a month: ELSEWHEN (round
      35c: the 257.8 delivered in 2017 bore out the sum of ten months; stored facts never compare
      months with a year either);
    * a matching figure of a range of years and a level counted over years outside it: ELSEWHEN
      ("From 2015 to 2019, China granted 17,000 government scholarships" and the 17,000 of
      2016-2024; round 33d);
    * a level counted over a range of years running past the pledge's own period: OTHER, for it
      takes in what later pledges delivered (round 33b: "más de 17.000 becas"), unless the figure
      is told of exactly those years ("from 2016 to 2024, 17,000 scholarships"; round 33d);
    * a matching undated figure speaks of the article's time (as `store_facts._other_periods`
      reads one): the level's years must hold the article's year and end by it, a sum of money
      not by the whole year the article is written in (unless in its last month), but in the
      year's first EARLY_MONTHS months by the year before's, and after "in recent years" by one
      of the RECENT_SPAN years before; or the level's years lie inside the period as read (a
      low-confidence period still admits a level of its own years). Otherwise OTHER (round 33d:
      "chegou a US$ 257,8 bilhões", November 2024, and the level of 2017).
    """
    period = claim.period
    year = (period.end_year or period.start_year) if period else None
    span = _as_of_years(delivered)
    if (
        year is not None
        and span is not None
        and period.kind == "point"
        and not span[0] <= year <= span[1]
    ):
        return DeliveryTime.OTHER
    if _some_months(period) and not _as_of_month(delivered):
        return DeliveryTime.ELSEWHEN
    if (
        bears
        and year is not None
        and period.kind == "range"
        and span is not None
        and not _inside(span, period)
    ):
        return DeliveryTime.ELSEWHEN
    if span is not None and span[0] != span[1]:
        pledge_end = _year(getattr(pledge, "period_end", None))
        own_years = (
            stated is not None
            and stated.kind == "range"
            and (stated.start_year, stated.end_year) == span
        )
        if pledge_end is not None and span[1] > pledge_end and not own_years:
            return DeliveryTime.OTHER
    if (
        bears
        and year is None
        and not _inside(span, stated)
        and not _of_the_articles_time(claim, span)
    ):
        return DeliveryTime.OTHER
    if (
        bears
        and year is None
        and claim.qualifier in (Qualifier.MORE_THAN, Qualifier.AT_LEAST)
        and HELD_ALWAYS.search(folded_sentence(claim))
    ):
        # "o volume comercial entre elas se manteve sempre acima de 200 bilhões de dólares": a
        # floor held over several unstated years; one delivered level does not bear it out
        # (round 47c).
        return DeliveryTime.OTHER
    return DeliveryTime.SAME


def _of_the_articles_time(claim: Claim, span: tuple[int, int] | None) -> bool:
    """Does a level counted over `span` speak of the time of an undated claim, the article's?
    (read by `_delivery_time`; an article of no known date, or a level of no stated years, is
    read as before: any level)."""
    year = _article_year(claim)
    if year is None or span is None:
        return True
    first, last = span
    money = claim.kind is Kind.MONEY and not (claim.metric or "").endswith("_stock")
    if first <= year == last:
        return not (money and first == last and _article_month(claim) < 12)
    if first != last:
        return False
    if money and _early_in_year(claim) and first == year - 1:
        return True
    recent = claim.kind is not Kind.COUNT and RECENT_YEARS_WHY in (
        (claim.confidence.get("period") or {}).get("why", "")
    )
    return recent and year - RECENT_SPAN <= first < year


def _some_months(period) -> bool:
    """Does a period read from the text cover some months of a year, not whole years?"""
    if period is None or (period.start_month is None and period.end_month is None):
        return False
    first = period.start_month or 1
    last = period.end_month or period.start_month or 12
    return (first, last) != (1, 12)


def _inside(span: tuple[int, int] | None, period) -> bool:
    """Do a delivered level's as-of years lie inside a period read from the text?"""
    if span is None or period is None:
        return False
    start = period.start_year or period.end_year
    end = period.end_year or period.start_year
    return start is not None and end is not None and start <= span[0] and span[1] <= end


# A delivered level dated to a month ("2024-05", "2024-05-13"), not to years ("2018-2020").
AS_OF_MONTH = re.compile(r"^\d{4}-(?:0[1-9]|1[0-2])(?:-\d{2})?$")


def _as_of_month(row) -> bool:
    """Is a delivered level dated to a month ("2024-05"), not to a year or a span of years?"""
    return AS_OF_MONTH.match(str(getattr(row, "as_of", "") or "").strip()) is not None


def _bound_agrees(claim: Claim, delivered) -> bool:
    """A delivered figure published as a bound ("exceeded 500 bn for the first time") bears
    out only a claim of the same kind of bound: "nearly reached US$ 500 billion" or "US$ 500
    billion" may lie on either side of it (round 28c's u4918: main took "quase chegou a US$
    500 bilhões" as borne out by "exceeded 500 bn"). Stored facts follow the same rule
    (store_facts._bound_support)."""
    bound = getattr(delivered, "bound", "") or "exact"
    if bound == "lower":
        return claim.qualifier in (Qualifier.MORE_THAN, Qualifier.AT_LEAST)
    if bound == "upper":
        return claim.qualifier in (Qualifier.LESS_THAN, Qualifier.AT_MOST)
    return True


def _rows_by(frame: pd.DataFrame, column: str) -> dict:
    """The frame's rows (named tuples) grouped by one column's value, in the frame's order."""
    grouped: dict = {}
    for row in frame.itertuples():
        grouped.setdefault(getattr(row, column), []).append(row)
    return grouped


def _no_metric(metric) -> bool:
    """A pledge stored with no metric (an empty cell read as None or NaN)."""
    return metric is None or (isinstance(metric, float) and math.isnan(metric)) or metric == ""


def _unit(unit) -> str:
    return "count" if not unit or str(unit).startswith("count") else str(unit)


# Entities that are no single state: a pledge to the region is about them.
NOT_A_STATE = frozenset({"LAC", "CHN", "WLD"})


def _about_the_claims_entity(pledge, claim: Claim) -> bool:
    """A pledge to the whole region (no states named) is no figure of one state: "el volumen
    comercial bilateral [China-Bolivia] creció … a más de $us 3.500 millones" is not borne out
    by the region's trade delivered under the US$ 500 bn pledge (round s19b: main took it as
    support). A claim about one state keeps the pledges naming that state, and the regional
    ones only when its sentence names the region too."""
    entity = claim.entity or ""
    if (
        entity != "LAC"
        and "LAC" not in claim.entities
        and names_another_group(folded_sentence(claim)) is not None
    ):
        return False  # "o comércio entre a China e os países de língua portuguesa": not the region
    folded = folded_sentence(claim)
    if (
        entity == "CHN"
        and "LAC" not in claim.entities
        and _unit(claim.unit) != "count"
        and not (PLEDGE_WORDS.search(folded) or FUTURE_PLEDGE.search(folded))
    ):
        # "El comercio con China superó los $4.11 mil millones en 2020" in a San Salvador text:
        # only China named, not the region, and no pledge told; the region's trade delivered
        # under the US$ 500 bn pledge is not about it (the lead, stop 46: main bore the bound out
        # by it). Money only: a count of places ("The package adds 500 … Chinese Language Teacher
        # Scholarships") continues a pledge told a sentence before.
        return False
    if entity in NOT_A_STATE or not re.fullmatch(r"[A-Z]{3}", entity) or "LAC" in claim.entities:
        return True
    states = pledge.states if isinstance(pledge.states, str) else ""
    return entity in states.split(";") if states.strip() else False


def _a_text_of_states(claims: list[Claim]) -> bool:
    """Does the text tell of one or more states and never of the region? No claim's sentence
    names Latin America (or the Caribbean, CELAC) while some claim is about a state."""
    if any(c.entity == "LAC" or "LAC" in c.entities for c in claims):
        return False
    return any(
        c.entity and c.entity not in NOT_A_STATE and re.fullmatch(r"[A-Z]{3}", c.entity)
        for c in claims
    )


def _regional(pledge) -> bool:
    """A pledge to the whole region: no state named."""
    return not (isinstance(pledge.states, str) and pledge.states.strip())


def _only_china_named(claim: Claim) -> bool:
    return claim.entity == "CHN" and "LAC" not in claim.entities


# The pledges of an investment stock ("raise China's investment in the region to US$250 bn in ten
# years") are stored with no metric of the figures (a stock target is no flow nor cumulative
# total); a figure read as investment is compared with them when its sentence tells a goal.
INVESTMENT_PLEDGE = "investment_stock"
# "250 mil millones del stock de inversión directa china en la región" is read as an FDI stock: a
# stock told as a goal is the pledge's own measure (round 51c: main left it beside the pledge).
INVESTMENT_METRICS = frozenset({"investment_total", "fdi_stock"})
# A goal told without a pledge word: "se propone elevar su inversión … hasta", "aims to raise",
# "pretende elevar" (folded); or by the future of investing, "a China investirá US$ 250 bilhões em
# dez anos", "China invertirá …" (round 29c: main read no goal in either; English "will invest"
# has its pledge word).
GOAL_WORDS = re.compile(
    r"(?<![\w])(?:se\s+propon\w*|se\s+propuso|propos\w*|aims?\s+to|aiming\s+to|pretend\w*|"
    r"investira|investirao|invertira|invertiran|"
    # "las dos partes buscarán alcanzar …", "seek to reach", "buscarão alcançar" (round 51c).
    r"buscaran?\s+alcanzar|buscarao\s+alcancar|buscara\s+alcancar|seek(?:s|ing)?\s+to\s+reach)"
    r"(?![\w])"
)
# A decade ahead (folded): "na próxima década", "en la próxima década", "in the next decade",
# "over the coming decade", "no próximo decênio". A figure reached only then is a goal, never a
# level of today ("o investimento chinês na América Latina deve subir para 250 bilhões de
# dólares na próxima década", round r54c: main read no goal and left the 250 bn unjudged).
DECADE_AHEAD = re.compile(
    r"(?<![\w])(?:(?:next|coming)\s+decade|(?:proxima|proximo)\s+(?:decada|decenio))(?![\w])"
)


def _made_after_the_article(pledge, claim: Claim) -> bool:
    """Was the pledge made after the date the article writes? Then it is not the pledge the
    article reports, whatever years it runs over ("December 10, 2024 — over the next three
    years China will offer 10,000 training places" was borne out by the 10,000 places pledged
    in May 2025, found by the s22 mutation survivors). The dates are compared to the precision
    both give (a year-only pledge date, or a dateline of month or year, compares that much).
    Only a date the text writes counts, not the file's."""
    found = claim.article_date or {}
    if found.get("found_by") in (None, FILE_METADATA):
        return False
    written = str(found.get("date") or "")
    made = str(getattr(pledge, "made_on", "") or "")[:10]
    if not (ISO_PREFIX.match(written) and ISO_PREFIX.match(made)):
        return False
    width = min({"year": 4, "month": 7}.get(found.get("precision"), 10), len(made))
    return made[:width] > written[:width]


def _an_investment_goal(claim: Claim) -> bool:
    """Is the claim an investment figure in a sentence that tells a goal ("Xi anunció que su
    país se propone elevar su inversión en Latinoamérica hasta 250.000 millones de dólares en
    los próximos 10 años"; round s22b: main found no pledge of the metric and left it)?"""
    if claim.metric not in INVESTMENT_METRICS:
        return False
    folded = folded_sentence(claim)
    return bool(
        PLEDGE_WORDS.search(folded)
        or FORWARD_YEARS.search(folded)
        or GOAL_WORDS.search(folded)
        or DECADE_AHEAD.search(folded)
    )


class Commitments:
    rule_id: ClassVar[str] = "commitments"
    verdicts: ClassVar[tuple[Verdict, ...]] = (
        Verdict.SUPPORTED,
        Verdict.CONTRADICTED,
        Verdict.DISPUTED,
    )
    description: ClassVar[str] = (
        "a promised figure against the pledge of the same plan, metric and period "
        "(another plan's figure: disputed, never contradicted)"
    )

    def check(self, context: CheckContext) -> Iterator[tuple[str, Finding]]:
        knowledge = context.knowledge
        pledges = knowledge.commitments
        statements = knowledge.commitment_statements
        delivery = knowledge.delivery[knowledge.delivery["kind"] == "measurement"]
        dated = None  # each pledge's topic words and years, read once per text
        named_in: dict[str, list[tuple]] = {}  # sentence → the dated pledges it names
        by_metric = said_by = delivered_by = None
        of_states = _a_text_of_states(context.claims)
        for claim in context.claims:
            if claim.kind is Kind.DATE and not claim.metric:
                dated = dated if dated is not None else self._dated_pledges(pledges, statements)
                yield from self._dated(claim, dated, named_in)
                continue
            if claim.kind not in (Kind.COUNT, Kind.MONEY):
                continue
            if by_metric is None:  # rows grouped once per text, not filtered once per claim
                by_metric = _rows_by(pledges, "metric")
                said_by = _rows_by(statements, "commitment_id")
                delivered_by = _rows_by(delivery, "commitment_id")
            if not claim.metric:
                # "He also promised to invite 300 political party officials … every year": a
                # pledged figure of no metric, borne out only by a pledge stored with none.
                folded = folded_sentence(claim)
                if PLEDGE_WORDS.search(folded) or FUTURE_PLEDGE.search(folded):
                    unmetered = [
                        p
                        for m, rows_ in by_metric.items()
                        if _no_metric(m)
                        for p in rows_
                        if not _made_after_the_article(p, claim)
                    ]
                    window = self._window(claim, context)
                    finding = self._other_pledge(claim, unmetered, window)
                    if finding is not None:
                        yield claim.claim_id, finding
                continue
            same_metric = [
                p
                for p in by_metric.get(claim.metric, [])
                if _about_the_claims_entity(p, claim) and not _made_after_the_article(p, claim)
            ]
            if of_states and _only_china_named(claim) and any(map(_regional, same_metric)):
                # "China also … last year offered 15 scholarships and hundreds of training
                # places to young Dominicans" in a text on the Dominican Republic that never
                # names the region: China's dealings with that state, not a miss of the
                # region's 6,000 scholarships of 2015-2019 (round 49b: main refuted it by
                # them). The claim is left to the other rules: no pledge judges it.
                continue
            stock_goal = not same_metric and _an_investment_goal(claim)
            if stock_goal:
                same_metric = [
                    p
                    for m, rows_ in by_metric.items()
                    if _no_metric(m)
                    for p in rows_
                    if p.pledge_metric == INVESTMENT_PLEDGE
                    and _about_the_claims_entity(p, claim)
                    and not _made_after_the_article(p, claim)
                ]
            if not same_metric:
                continue
            plans = {p.plan for p in same_metric if isinstance(p.plan, str)}
            named = plans_named(claim) & plans or self._plans_of_the_day(
                claim, same_metric, context
            )
            window = self._window(claim, context)
            others = [
                p
                for m, rows_ in by_metric.items()
                if m != claim.metric
                for p in rows_
                if isinstance(p.plan, str) and p.plan in plans
            ]
            finding = self._judge(claim, same_metric, said_by, delivered_by, named, window, others)
            if stock_goal and finding is not None and finding.verdict is not Verdict.SUPPORTED:
                continue  # the investment pledges are matched by a reading: borne out only
            if finding is not None:
                yield claim.claim_id, finding

    # -- figures ------------------------------------------------------------------------------
    @staticmethod
    def _plans_of_the_day(claim: Claim, same_metric: list, context: CheckContext) -> frozenset[str]:
        """The plan whose pledge of the claim's metric was made on the article's date or in the
        NEWS_DAYS before it, when the claim dates nothing itself, the sentence tells a pledge
        and an earlier sentence of the text names that plan: the text reports that day's
        pledge (round s20b: "13 de mayo de 2025 — Xi Jinping abrió … la IV Reunión Ministerial
        … ¶ El mandatario chino anunció una línea de crédito de 60.000 millones de yuanes" was
        left unidentified, so the 66 bn yuan pledge of that day could not refute it). Only a
        date the text writes counts (not the file's), and only a single plan: two plans of the
        day leave it unnamed. The day alone is not enough: a text of that week may report
        another occasion's figure."""
        found = claim.article_date or {}
        if (
            claim.period is not None
            or found.get("found_by") in (None, FILE_METADATA)
            or found.get("precision") != "day"
            or PLEDGE_WORDS.search(folded_sentence(claim)) is None
        ):
            return frozenset()
        try:
            day = dt.date.fromisoformat(str(found.get("date")))
        except ValueError:
            return frozenset()
        plans = set()
        for pledge in same_metric:
            try:
                made = dt.date.fromisoformat(str(pledge.made_on)[:10])
            except ValueError:
                continue
            if 0 <= (day - made).days <= NEWS_DAYS and isinstance(pledge.plan, str):
                plans.add(pledge.plan)
        if len(plans) != 1:
            return frozenset()
        earlier = {c.sentence for c in context.claims if c.sentence_index < claim.sentence_index}
        named_before = set().union(*(_plans_in(sentence) for sentence in earlier))
        return frozenset(plans) if plans <= named_before else frozenset()

    @staticmethod
    def _window(claim: Claim, context: CheckContext) -> tuple[int, int] | None:
        """The years a pledge written from the article's date runs over ("China will offer
        … over the next three years", or "over the same three years" after a sentence that
        wrote "the next three years"): from the article's year to N years on. None when the
        claim has a period of its own (even one borrowed from another sentence), the article's
        date is unknown (or only the file's), or the sentence tells a past pledge."""
        if (
            claim.period is not None
            or not claim.article_date
            or claim.article_date.get("found_by") == FILE_METADATA
        ):
            return None  # a file's modification time is no date to count years from
        year = _year(claim.article_date.get("date"))
        folded = folded_sentence(claim)
        if year is None or PAST_PLEDGE.search(folded):
            return None
        count = forward_years(folded)
        same = SAME_YEARS.search(folded)
        if count is None and same is not None:
            wanted = _years_count(same)
            before = {
                c.sentence: c.sentence_index
                for c in context.claims
                if c.sentence_index < claim.sentence_index
            }
            for sentence, _index in sorted(before.items(), key=lambda item: -item[1]):
                if forward_years(fold(sentence)) == wanted:
                    count = wanted
                    break
        if count is None:
            return None
        return (year, year + count)

    @staticmethod
    def _runs_in(row, window: tuple[int, int]) -> bool:
        """Does a pledge (or one of its statements) run in the window: not ended before the
        article's year, not begun after the window's end?"""
        start = _year(row.period_start) or _year(getattr(row, "made_on", None))
        end = _year(row.period_end) or start
        if start is None:
            return True
        first, last = window
        return end >= first and start <= last

    def _judge(
        self,
        claim,
        same_metric,
        said_by,
        delivered_by,
        named,
        window=None,
        others=(),
    ) -> Finding | None:
        # A period borrowed from another sentence ("… entre 2015 e 2019. Na IV Reunião
        # Ministerial … anunciou uma linha de crédito de 66 bilhões de yuans") does not date the
        # pledge: the figure is judged as an undated one, by its plan and metric alone.
        stated = claim.period  # the period as read, kept for the delivered levels' years
        if (claim.confidence.get("period") or {}).get("level") == "low":
            claim = dataclasses.replace(claim, period=None)
        candidates = []  # (pledge row, its period agrees, in the plan named, [(label, value, unit, source)])
        delivered_elsewhen = False  # the figure is a delivered level of other years than named
        for pledge in same_metric:
            said = said_by.get(pledge.commitment_id) or [pledge]
            if window is not None:  # a pledge running from the article's date
                agrees = self._runs_in(pledge, window)
            else:
                agrees = any(self._period_agrees(claim, s) for s in said) or (
                    self._period_agrees(claim, pledge)
                )
            in_plan = not named or pledge.plan in named
            values = [
                ("target", s.target_value, s.unit, s.source_id)
                for s in said
                if s.target_value is not None and not pd.isna(s.target_value)
            ]
            for d in delivered_by.get(pledge.commitment_id, []):
                if d.value is None or pd.isna(d.value):
                    continue
                # a delivered figure is dated by its own as-of date as well as by the pledge's period
                year = claim.period.end_year or claim.period.start_year if claim.period else None
                if window is not None:
                    # A figure said of the years running from the article's date ("en los
                    # próximos cinco años China invertirá en la región más de 500,000 millones
                    # de dólares") is a goal: a level reached, before or after, is no statement
                    # of it (round 30d: main bore that misreported pledge out by the "exceeding
                    # $600 billion" stock delivered by 2025). Targets alone decide it.
                    continue
                # Only a level the figure matches is set aside for its years: one it does not
                # match is still shown beside a pledge that refutes the figure.
                bears = bool(supports(claim, float(d.value), _unit(d.unit)))
                when = _delivery_time(claim, stated, d, pledge, bears)
                if when is not DeliveryTime.SAME:
                    delivered_elsewhen |= when is DeliveryTime.ELSEWHEN
                    continue
                if not _bound_agrees(claim, d):
                    continue
                if agrees or year is None or year == _year(d.as_of_end):
                    values.append(("delivered", d.value, d.unit, d.source_id))
                    agrees = True
            candidates.append((pledge, agrees, in_plan, values))

        matched = [c for c in candidates if c[1] and c[2]]
        # A target is a goal, not a level reached: a bound bears it out only when the number it
        # writes is the target's ("more than US$ 500 billion"), never because the goal lies
        # above it ("since 2000 from just over $14 billion" is no statement of the US$ 500 bn
        # trade target; main took it as support, round s18c). A delivered figure is a level:
        # bounds apply to it as written.
        written = (
            dataclasses.replace(claim, qualifier=Qualifier.EXACT)
            if claim.qualifier in BOUNDS
            else claim
        )
        folded = folded_sentence(claim)
        reached = (
            not named
            and (
                REACHED.search(folded) is not None
                or (PASSED.search(folded) is not None and TARGET_NAMED.search(folded) is None)
            )
            and PLEDGE_WORDS.search(folded) is None
            and FUTURE_PLEDGE.search(folded) is None
        )
        # "In 2024, China-LAC trade was nearly US$ 500 billion": "nearly" tells a level short of
        # a number, never a goal, unless the sentence speaks of one (main bore it out by the
        # US$ 500 bn target while 2024's trade was 518).
        short_of = (
            claim.qualifier is Qualifier.NEARLY
            and not named
            and PLEDGE_WORDS.search(folded) is None
            and FUTURE_PLEDGE.search(folded) is None
        )
        supporting = [
            (pledge, label, float(value), unit, source)
            for pledge, _agrees, _in_plan, values in matched
            for label, value, unit, source in values
            if not (label == "target" and (reached or short_of))
            and supports(written if label == "target" else claim, float(value), _unit(unit))
        ]
        if supporting:
            # Of two pledges of one target ("10 mil vagas de formação" in May 2025: Lima 2016's
            # 10,000 of 2017-2019 and Beijing 2025's of 2025-2027), the one running at the
            # article's time is named first, as the one the text reports (round r61b: main named
            # Lima's). The verdict is the same.
            supporting.sort(key=lambda s: not self._current(claim, s[0], window))
            pledge, label, value, unit, source = supporting[0]
            return Finding(
                self.rule_id,
                Verdict.SUPPORTED,
                f"matches the {label} of commitment {pledge.commitment_id} ({pledge.description}) [{source}]",
                tuple(
                    Evidence(
                        "commitment",
                        p.commitment_id,
                        s,
                        "matches",
                        v,
                        u or None,
                        self._period(p),
                        note=getattr(p, "evidence", None) or None,
                    )
                    for p, _label, v, u, s in supporting
                ),
            )
        # "300 training spots for technical talents working to alleviate poverty": the target of
        # another pledge of the same plan, stored under another metric or none (the 300 poverty-
        # reduction training places beside the 10,000 training places of 2025): that pledge's,
        # not a miss of the one sharing its metric (round s20a: main refuted it by the 10,000).
        running_plans = {pledge.plan for pledge, _a, _i, _v in matched}
        other = self._other_pledge(claim, [p for p in others if p.plan in running_plans], window)
        if other is not None:
            return other
        identified = bool(named) or claim.period is not None
        # A window read from "the next three years" tells another plan's figure (disputed) but
        # is never enough to refute one: a pledge of a single state, or one not stored, may run
        # in the same years.
        told_apart = identified or window is not None
        # The figure must BE the other pledge's figure: a bound is read as the number it writes
        # ("China's trade with each of the four was above US$1 billion" in 2003 is no statement
        # of the US$500 bn trade target, which merely lies above it).
        as_written = (
            dataclasses.replace(claim, qualifier=Qualifier.EXACT)
            if claim.qualifier in BOUNDS
            else claim
        )
        elsewhere = [
            (pledge, label, float(value), unit, source)
            for pledge, agrees, in_plan, values in candidates
            if not (agrees and in_plan)
            for label, value, unit, source in values
            if supports(as_written, float(value), _unit(unit))
        ]
        if elsewhere and told_apart:
            pledge, label, value, unit, source = elsewhere[0]
            running = sorted({p.plan for p, _a, _i, _v in matched if isinstance(p.plan, str)})
            where = (
                ", ".join(sorted(named))
                if named
                else claim.period.label()
                if claim.period
                else ", ".join(running) or f"{window[0]}–{window[1]}"
                if window
                else ""
            )
            return Finding(
                self.rule_id,
                Verdict.DISPUTED,
                f"{claim.text.strip()} is the {label} of another pledge: {pledge.commitment_id} "
                f"({pledge.plan or 'plan not recorded'}, {self._period(pledge)}), not of {where} [{source}]",
                tuple(
                    Evidence(
                        "commitment", p.commitment_id, s, "related", v, u or None, self._period(p)
                    )
                    for p, _label, v, u, s in elsewhere
                ),
            )
        plans = {pledge.plan for pledge, _a, _i, _v in matched}
        pledged = bool(named) or PLEDGE_WORDS.search(folded_sentence(claim)) is not None
        if any(
            pledge.plan in plans
            and pledge.target_value is not None
            and not pd.isna(pledge.target_value)
            and supports(as_written, float(pledge.target_value), _unit(pledge.unit))
            for pledge in others
        ):
            # "300 plazas de formación en reducción de la pobreza": the figure is the target of
            # another pledge of the same plan whose topic the sentence may name in words the
            # pledge's id does not hold: never a miss of the pledge sharing its metric.
            return None
        if matched and identified and len(plans) == 1 and pledged and not delivered_elsewhen:
            shown = "; ".join(
                dict.fromkeys(
                    f"{label} {float(value):,.6g} [{pledge.commitment_id}]"
                    for pledge, _a, _i, values in matched
                    for label, value, _unit_, _source in values
                )
            )
            return Finding(
                self.rule_id,
                Verdict.CONTRADICTED,
                f"the pledge of the same plan, metric and period holds {shown}; the text says {claim.text.strip()}",
                tuple(
                    Evidence(
                        "commitment",
                        pledge.commitment_id,
                        pledge.source_id,
                        "differs",
                        pledge.target_value,
                        pledge.unit or None,
                        self._period(pledge),
                        note=getattr(pledge, "evidence", None) or None,
                    )
                    for pledge, _a, _i, _v in matched
                ),
            )
        return None

    def _other_pledge(self, claim: Claim, rows, window) -> Finding | None:
        """The one pledge among `rows` whose target the figure writes (as written: a bound is
        its number), running at the claim's time, and whose topic the sentence names (two
        words of its id at least: "poverty", "training"); None when there is none or several."""
        written = (
            dataclasses.replace(claim, qualifier=Qualifier.EXACT)
            if claim.qualifier in BOUNDS
            else claim
        )
        folded = folded_sentence(claim)
        found = [
            pledge
            for pledge in rows
            if pledge.target_value is not None
            and not pd.isna(pledge.target_value)
            and supports(written, float(pledge.target_value), _unit(pledge.unit))
            and _about_the_claims_entity(pledge, claim)
            and self._current(claim, pledge, window)
            and sum(
                mentions_topic(folded, {w} | TOPIC_EQUIVALENTS.get(w, frozenset()))
                for w in topic_words(pledge.commitment_id)
            )
            >= 2
            # A yearly target is borne out only by a figure said to be yearly: "300 … over the
            # next three years" may be the total (as u040).
            and ("per_year" not in str(pledge.unit) or PER_YEAR.search(folded) is not None)
        ]
        if len(found) != 1:
            return None
        (pledge,) = found
        return Finding(
            self.rule_id,
            Verdict.SUPPORTED,
            f"matches the target of commitment {pledge.commitment_id} ({pledge.description}) "
            f"[{pledge.source_id}]",
            (
                Evidence(
                    "commitment",
                    pledge.commitment_id,
                    pledge.source_id,
                    "matches",
                    float(pledge.target_value),
                    pledge.unit or None,
                    self._period(pledge),
                    note=getattr(pledge, "evidence", None) or None,
                ),
            ),
        )

    def _current(self, claim: Claim, pledge, window) -> bool:
        """Does the pledge run at the claim's time: in the window of "the next N years", in the
        claim's period, or, for an undated claim, from its making up to its end around the
        article's year (a pledge made later, or long over, is no reading of it)?"""
        if window is not None:
            return self._runs_in(pledge, window)
        if claim.period is not None:
            return self._period_agrees(claim, pledge)
        dated = claim.article_date or {}
        year = _year(dated.get("date"))
        made = _year(getattr(pledge, "made_on", None))
        if year is None or made is None or dated.get("found_by") == FILE_METADATA:
            return False
        return made <= year <= max(_year(pledge.period_end) or made, made)

    # -- dates --------------------------------------------------------------------------------
    @staticmethod
    def _dated_pledges(pledges, statements) -> list[tuple]:
        """Per pledge: the topic words of its id and of each of its statements, the years its
        statements and itself start, and the year it was made."""
        out = []
        for pledge in pledges.itertuples():
            said = statements[statements["commitment_id"] == pledge.commitment_id]
            ids = {pledge.commitment_id, *said.get("statement_id", pd.Series(dtype=str)).dropna()}
            years = {str(_year(s.period_start) or "") for s in said.itertuples()} | {
                str(_year(pledge.period_start) or "")
            }
            out.append(
                (pledge, [topic_words(i) for i in ids], years, str(_year(pledge.made_on) or ""))
            )
        return out

    def _dated(
        self, claim: Claim, dated: list[tuple], named_in: dict[str, list[tuple]]
    ) -> Iterator[tuple[str, Finding]]:
        """A date in a sentence about a pledge ("a Press Center … set up in 2017")."""
        if claim.sentence not in named_in:  # a sentence's dates share what it names
            folded = folded_sentence(claim)
            named_in[claim.sentence] = [
                entry
                for entry in dated
                if any(mentions_topic(folded, words, every=True) for words in entry[1])
            ]
        for pledge, _topics, start_years, made_year in named_in[claim.sentence]:
            years = set(start_years)
            if claim.period and claim.period.end_month:
                years |= {made_year}
            if str(int(claim.value)) in years - {""}:
                yield (
                    claim.claim_id,
                    Finding(
                        self.rule_id,
                        Verdict.SUPPORTED,
                        f"dated {int(claim.value)} by commitment {pledge.commitment_id} ({pledge.description}) [{pledge.source_id}]",
                        (
                            Evidence(
                                "commitment",
                                pledge.commitment_id,
                                pledge.source_id,
                                "matches",
                                None,
                                None,
                                self._period(pledge),
                                note=getattr(pledge, "evidence", None) or None,
                            ),
                        ),
                    ),
                )
                return

    @staticmethod
    def _period(row) -> str:
        start, end = row.period_start or "", row.period_end or ""
        if start or end:
            return f"{start}–{end}".strip("–")
        made = getattr(row, "made_on", "") or ""
        return f"made {made}" if made else ""

    @staticmethod
    def _period_agrees(claim: Claim, row) -> bool:
        period = claim.period
        if period is None:
            return True
        start, end = _year(row.period_start), _year(row.period_end)
        made = _year(getattr(row, "made_on", None))
        if period.kind == "range":
            return (start, end) == (period.start_year, period.end_year)
        year = period.end_year or period.start_year
        return year in {start, end, made} - {None} or (
            start is not None and end is not None and start <= (year or 0) <= end
        )
