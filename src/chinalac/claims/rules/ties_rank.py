"""Rule `ties-rank`: "the first / the latest to join" against the order of the ties table.

    "Panama became the first LAC country to sign the BRI agreement"      → first bri_mou row
    "As of October 2022, 21 countries … and Argentina, the latest one"   → last bri_mou row
                                                                           up to 2022-10

An anniversary ("the 50th anniversary of the establishment of relations", in 2024) dates the
tie's start to its year less the ordinal: supported when the table dates it so.

Each state's status at the cut-off (the latest date the sentence names, else today) comes from
chinalac.domain.ties.tie_status, dated by the event that began it; states are ordered by that
date (year, then month where both give one). The table is a partial compilation, so when
another state comes first the claim is left unverifiable with that order shown — except a plain
"first" of states (a subregion, or a group of `country_groups.csv` named in the rank's own
words, its only narrowing, not relative to an earlier event), refuted
when a well-sourced row dates another state a year or more earlier and the claim's state has no
row of that tie by then (round 30a).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Iterator
from typing import ClassVar

from chinalac.claims.article_date import FILE_METADATA, THIS_YEAR_PHRASES
from chinalac.claims.entities import EntityIndex
from chinalac.claims.mentions import IN_FORCE_AFTER_YEAR
from chinalac.claims.models import Evidence, Finding, Kind, Period, Qualifier, Verdict
from chinalac.claims.periods import find_periods
from chinalac.claims.rules.base import (
    CheckContext,
    decade_years,
    folded_sentence,
    ranks_no_state,
)
from chinalac.claims.rules.ties_common import (
    ANNIVERSARY,
    DATE,
    DOMAIN_TIE,
    IN_FORCE,
    NARROWER_GROUP,
    RANK_EVENT,
    REGION_AFTER_RANK,
    SIGNED,
    SPAN_PART_BEFORE,
    Tie,
    as_tie,
    group_named,
    positive_ties,
    rank_event_tie,
    signing,
    status,
    subregion_named,
    tie_book,
    tie_types_named,
)
from chinalac.claims.vocabulary import fold
from chinalac.domain.ties import spells

REGIONS = {"LAC", "CHN", "WLD", "TWN", "HKG", "MAC", None}
# "of the establishment of (diplomatic) relations", "del establecimiento de relaciones",
# "do estabelecimento das relações" (folded), not of trade or economic relations: what an
# anniversary counts from, where no cue of the ties names it.
ESTABLISHED_RELATIONS = re.compile(
    r"\b(?:establishment|establecimiento|estabelecimento)\s+(?:of|de|das|dos|de\s+las|de\s+los)"
    r"\s+(?:(?:diplomatic|diplomaticas|diplomaticos)\s+)?(?:relations|relaciones|relacoes|ties|lazos|"
    r"lacos)\b(?!\s+(?:comerc|econom|trade|commerc))"
)
# "the 50th anniversary of China-Guyana relations", "el 50º aniversario de las relaciones
# China-Guyana", "o 50º aniversário das relações bilaterais" (folded): relations with China, named
# by an anniversary, are the diplomatic ones (round 26a), never trade or economic relations.
ANNIVERSARY_RELATIONS = re.compile(
    r"\b(?:anniversary|aniversario)\s+(?:of|de|do|da|das|dos)\s+(?:"
    r"(?:(?:the|las|los|as|os)\s+)?"
    r"(?:(?:sino|china)-[\w]+\s+|[\w]+-(?:china|chinese)\s+|bilateral\s+)?"
    r"(?:relations|relaciones|relacoes)\b(?!\s+(?:comerc|econom|trade|commerc|bilateral))"
    # "of its relations with China", "de sus relaciones con China", "de suas relações com a
    # China" (lead, stop 36: main read no anniversary): a possessive only with China named
    # after it, since "their relations" of two other states are no tie with China.
    r"|(?:its|their|sus|suas|seus)\s+(?:relations|relaciones|relacoes)\s+(?:with|con|com)\s+"
    r"(?:a\s+)?(?:china|beijing|pekin|pequim)\b)"
)
# The object of an anniversary, right after its words: "the 45th anniversary of diplomatic ties
# … and the 10th anniversary of the free trade agreement", "el 45º aniversario de …", "o 10º
# aniversário do …" (folded; used with .match at the claim's end).
ANNIVERSARY_OBJECT = re.compile(r"(?<!\s)\s*(?:of|de|del|do|da|das|dos)\b")
# The relations a count of years is of, right after it (folded; with .match): "50 years of
# diplomatic relations", "50 años de relaciones diplomáticas", "50 anos de relações", never of
# trade or economic relations.
YEARS_OF_RELATIONS = re.compile(
    r"(?<!\s)\s+(?:of|de)\s+(?:(?:the|their|its|las|los|sus|as|os|suas)\s+)?"
    r"(?:(?:diplomatic|bilateral)\s+)?(?:relations|relaciones|relacoes|ties|lazos|lacos)\b"
    r"(?!\s+(?:comerc|econom|trade|commerc))"
)
# A count of years of the tie its object opens with, right after it (folded; with .match at the
# count's end): "los 20 años del Tratado de Libre Comercio entre Chile y China", "the 20 years of
# the free trade agreement", "os 20 anos do TLC". The object is read by YEARS_OF_TIE_WORDS words.
YEARS_OF_THE = re.compile(
    r"(?<!\s)\s{1,2}(?:of\s{1,2}(?:the|its|their)|del|de\s{1,2}(?:la|el|su|sus)|do|da|dos|das)\s{1,2}"
)
YEARS_OF_TIE_WORDS = 5
# A count of years since an event its clause tells, right after it (folded; with .match at the
# count's end): "a 9 años de que la relación se elevara al nivel de Asociación Estratégica
# Integral" (2022), "nine years since Mexico and China raised their ties to a comprehensive
# strategic partnership", "9 anos desde que México e China elevaram a relação a uma Parceria
# Estratégica Integral": the tie the clause names, read by YEARS_SINCE_WORDS words up to a comma
# (round r54b: main read a duration no row holds). "de que" only after "a" before the count ("a 9
# años de que", counted to the article's date); never "después de que" / "after", which count
# from the event to another one.
YEARS_SINCE = re.compile(
    r"(?<!\s)\s{1,2}(?:de\s{1,2}que|desde\s{1,2}que|since"
    # "20 años desde la firma del TLC", "20 anos desde a assinatura do acordo" (round r63a)
    r"|desde(?=\s{1,2}(?:la|a)\s{1,2}(?:firma|assinatura|suscripcion)\b))\s{1,2}"
)
AT_YEARS_BEFORE = re.compile(r"(?<![\w])a\s{1,2}$")
YEARS_SINCE_WORDS = 16
# Diplomatic relations held "for" a count of years, right before it (folded; searched in the 80
# characters before the count): "have maintained diplomatic relations for 45 years", "mantienen
# relaciones diplomáticas desde hace 45 años", "mantêm relações diplomáticas há 45 anos". Only
# diplomatic relations: "trade relations for 20 years" counts from no tie.
RELATIONS_FOR_BEFORE = re.compile(
    r"\b(?:diplomatic\s+(?:relations|ties)(?:\s+with\s+(?:[\w-]+\s+){1,3}?)?\s+for"
    r"(?:\s+the\s+(?:past|last))?"
    r"|relaciones\s+diplomaticas(?:\s+con\s+(?:[\w-]+\s+){1,3}?)?\s+(?:desde\s+hace|hace|por|durante)"
    r"(?:\s+los(?:\s+ultimos)?)?"
    r"|relacoes\s+diplomaticas(?:\s+com\s+(?:[\w-]+\s+){1,3}?)?\s+(?:desde\s+ha|ha|por|durante)"
    r"(?:\s+os(?:\s+ultimos)?)?)\s+$"
)
# An anniversary of "the agreement" the text named before ("el décimo aniversario de la entrada
# en vigencia del acuerdo", "o décimo aniversário do acordo", "the tenth anniversary of the
# treaty's entry into force" after a sentence on the FTA; folded, used with .match at the claim's
# end): a definite agreement with no complement of its own (round 31b: main read no tie).
ANNIVERSARY_OF_THE_AGREEMENT = re.compile(
    r"(?<!\s)\s{1,2}(?:of|de|del|do|da)\s{1,2}"
    r"(?:(?:(?:la|a|the)\s{1,2})?(?:entrada\s{1,2}(?:en|em)\s{1,2}(?:vigor|vigencia)|"
    r"entry\s{1,2}into\s{1,2}force|firma|assinatura|signing)\s{1,2}(?:de|del|do|da|of)\s{1,2})?"
    r"(?:(?:el|o|the|este|ese|esse|este|this|dicho)\s{1,2})?"
    r"(?:acuerdo|tratado|acordo|agreement|treaty|pacto)(?![\w])"
    r"(?!\s{1,2}(?:de|of|do|da|del|con|com|with|entre|between|sobre|on|para|for)(?![\w]))"
)
# An anniversary whose object is the signing ("el 20º aniversario de la firma de su Tratado de Libre
# Comercio", "the 20th anniversary of the signing of the FTA", "o 20º aniversário da assinatura do
# acordo"): it counts from the signing, not from the entry into force (folded; round 51c: main read
# the FTA as in force in 2006 and left the signing of 2005 unjudged).
ANNIVERSARY_OF_THE_SIGNING = re.compile(
    r"\s{1,2}(?:of|de|do|da)\s{1,2}(?:(?:la|a|the)\s{1,2})?(?:firma|assinatura|signing|suscripcion)"
    r"(?![\w])"
)
# A count of years "since the signing of" an agreement, right after "since" / "desde" (folded, with
# .match): "20 years since the signing of the Free Trade Agreement", "20 años desde la firma del
# TLC", "20 anos desde a assinatura do acordo": it counts from the signing (round r63a), as an
# anniversary "of the signing" does; the years-of-tie reading then takes the FTA as signed that year.
SINCE_THE_SIGNING = re.compile(
    r"(?:(?:la|a|the)\s{1,2})?(?:firma|assinatura|signing|suscripcion)\s{1,2}(?:of|de|del|do|da)\b"
)
# How many sentences back "the agreement" of an anniversary may reach for the tie it takes up.
AGREEMENT_REACH = 6
# Where an anniversary's object ends when the sentence names one tie in another clause.
OBJECT_END = re.compile(r"[,;:]")


def _anniversary_object(claim, until: re.Pattern | None = None) -> tuple[str, list[str]]:
    """(folded object, tie types it names) of an anniversary whose sentence names several ties:
    the words after the claim up to the next anniversary ("the 45th anniversary of diplomatic
    ties between China and Chile and the 10th anniversary of the free trade agreement the two
    countries signed in 2005", round 27a: the 45th is the relations', the 10th the FTA's).
    ("", []) when no object follows the claim's words. `until` ends the object earlier (at
    the first match after its opening word)."""
    after = fold(claim.sentence[claim.span_in_sentence[1] :])
    opened = ANNIVERSARY_OBJECT.match(after)
    if opened is None:
        return "", []
    following = (until or ANNIVERSARY).search(after, opened.end())
    window = after[: following.start() if following else len(after)]
    named = tie_types_named(window)
    if not named and (
        ESTABLISHED_RELATIONS.search(window)
        or ANNIVERSARY_RELATIONS.search(fold(claim.text) + window)
    ):
        named = ["diplomatic_relations_prc"]
    return window, named


def _agreement_taken_up(context: CheckContext, claim) -> list[str]:
    """The one tie the nearest earlier sentence that names a tie names, for an anniversary of
    "the agreement" (ANNIVERSARY_OF_THE_AGREEMENT); [] when that sentence names several, or
    none within reach. The anniversary rule only bears a tie out: a wrong antecedent leaves the
    claim unjudged, never refuted."""
    for sentence in context.sentences_before(claim, AGREEMENT_REACH):
        named = tie_types_named(sentence)
        if named:
            return named if len(named) == 1 else []
    return []


def _years_of_relations(claim) -> bool:
    """ "In 2024, China and Brazil celebrated 50 years of diplomatic relations", "se cumplieron
    50 años de relaciones diplomáticas", "50 anos de relações": a count of years, exactly, of the
    relations with China is their anniversary (main read a duration no row holds)."""
    return (
        claim.kind is Kind.DURATION
        and claim.unit in ("years", "decades")
        and claim.qualifier == Qualifier.EXACT
        and (
            YEARS_OF_RELATIONS.match(fold(claim.sentence[claim.span_in_sentence[1] :])) is not None
            or RELATIONS_FOR_BEFORE.search(
                fold(
                    claim.sentence[
                        max(0, claim.span_in_sentence[0] - 80) : claim.span_in_sentence[0]
                    ]
                )
            )
            is not None
            or _relations_after_years(claim)
        )
    )


# "Depois de 45 anos, os laços bilaterais servem de modelo", "Después de 45 años, las
# relaciones bilaterales son …", "After 45 years, the bilateral ties are …" (folded): a count of
# years right after "after" whose clause goes on with the relations as its subject counts the
# relations' years (round r63c: main read a duration no row holds). Not "after 45 years of
# talks" (the count's own object comes first), nor trade or economic relations.
AFTER_BEFORE_YEARS = re.compile(r"(?<![\w])(?:depois\s{1,2}de|despues\s{1,2}de|after)\s{1,2}$")
RELATIONS_SUBJECT_AFTER = re.compile(
    r"(?:\s{0,2},)?\s{1,2}(?:(?:the|their|las|los|sus|as|os|suas)\s{1,2})?"
    r"(?:(?:diplomatic|bilateral)\s{1,2})?(?:relations|relaciones|relacoes|ties|lazos|lacos)"
    r"(?:\s{1,2}(?:bilaterales|bilaterais|diplomaticas|diplomaticos))?(?![\w])"
)
# Words of a break or a restoration (folded): "after 45 years, relations were restored" counts
# a break, not the relations' years.
RELATIONS_RESUMED = re.compile(
    r"(?<![\w])(?:re-?establish|restor|resum|restablec|reanud|restabelec|retom|reat|brok"
    r"|rompi|rompe|ruptura|suspend)\w*"
)


def _relations_after_years(claim) -> bool:
    """Is the count "after N years" with the relations as the next words' subject
    (AFTER_BEFORE_YEARS, RELATIONS_SUBJECT_AFTER), in a sentence of no break or restoration?"""
    start, end = claim.span_in_sentence
    folded = fold(claim.sentence)
    return (
        AFTER_BEFORE_YEARS.search(fold(claim.sentence[max(0, start - 20) : start])) is not None
        and RELATIONS_SUBJECT_AFTER.match(fold(claim.sentence[end:])) is not None
        and RELATIONS_RESUMED.search(folded) is None
    )


def _years_of_tie(claim) -> list[str]:
    """ "CLAPES UC conmemoró los 20 años del Tratado de Libre Comercio entre Chile y China"
    (December 2025), "marked the 20 years of the free trade agreement", "os 20 anos do TLC": a
    count of years, exactly, whose object opens with one tie is that tie's anniversary, as a
    count of years of relations is (round r53c: main read a duration no row holds). The tie
    types named in the object's first words ([] when none or several)."""
    if (
        claim.kind is not Kind.DURATION
        or claim.unit != "years"
        or claim.qualifier != Qualifier.EXACT
    ):
        return []
    if SPAN_PART_BEFORE.search(fold(claim.sentence[: claim.span_in_sentence[0]])):
        return []  # "Nos primeiros 13 anos do TLC": a part of the span dates no start
    after = fold(claim.sentence[claim.span_in_sentence[1] :])
    opened = YEARS_OF_THE.match(after)
    reach = YEARS_OF_TIE_WORDS
    if opened is None:
        opened = YEARS_SINCE.match(after)
        if opened is None or (
            opened.group(0).strip().startswith("de ")
            and not AT_YEARS_BEFORE.search(fold(claim.sentence[: claim.span_in_sentence[0]]))
        ):
            return []
        reach = YEARS_SINCE_WORDS
    words = OBJECT_END.split(after[opened.end() :], maxsplit=1)[0].split()[:reach]
    named = tie_types_named(" ".join(words))
    if (
        reach == YEARS_SINCE_WORDS
        and named == ["fta"]
        and not SINCE_THE_SIGNING.match(after, opened.end())
    ):
        # "Han pasado 13 años desde que el Perú y China firmaron su Tratado de Libre Comercio"
        # (2023): the clause's verb picks the signing (2009) or the entry into force (2010),
        # which the anniversary's count does not tell apart: not read (u9640 is keyed refuted
        # by the signing; bearing it out by the entry into force would be wrong). A clause that
        # opens on the signing itself ("20 years since the signing of the FTA") counts from it.
        return []
    return named if len(named) == 1 else []


# Where the anniversary's own object ends: a comma, colon or semicolon, or a purpose clause
# joined to the one the anniversary stands in (folded): "to celebrate the 50th anniversary of
# the two countries' diplomatic relations and to follow up on their all-weather strategic
# partnership", "para celebrar el 50º aniversario de las relaciones y para dar seguimiento a su
# asociación", "e para acompanhar a parceria" (round r58d: main read both ties as the object).
# Also a count of years joined to it, which opens an object of its own: "the 55th anniversary of
# diplomatic relations between Chile and China and 20 years since the signing of the FTA", "el 55º
# aniversario de las relaciones … y 20 años desde la firma del TLC", "e 20 anos desde a assinatura"
# (round r63a: main read both ties as the 55th's object and left it unjudged).
OWN_OBJECT_END = re.compile(
    r"[,;:]|\s(?:and\s{1,2}to|y\s{1,2}para|e\s{1,2}para)\s(?=\w)"
    r"|\s(?:and|y|e)\s{1,2}(?:(?:the|los|os)\s{1,2})?\d{1,3}\s{1,2}(?:years|anos)\b"
)


def _own_object(claim) -> list[str]:
    """The tie types the anniversary's own object names, read up to the first comma, colon or
    semicolon, or a joined purpose clause (OWN_OBJECT_END): "on the 50th anniversary of
    China-Peru relations, the two countries upgraded their FTA" counts from the relations, not
    from the FTA another clause names (main dated the FTA from 1971 and left the relations
    unjudged). [] when the object names none."""
    return _anniversary_object(claim, OWN_OBJECT_END)[1]


def _of_the_signing(claim) -> bool:
    """Does the anniversary's object open with the signing ("de la firma de", "of the signing
    of", "da assinatura do")?"""
    return bool(ANNIVERSARY_OF_THE_SIGNING.match(fold(claim.sentence[claim.span_in_sentence[1] :])))


def _counts_from_the_signing(claim) -> bool:
    """An anniversary "of the signing of" its agreement, or a count of years "since the signing
    of" it ("20 years since the signing of the FTA", "20 años desde la firma del TLC")."""
    if _of_the_signing(claim):
        return True
    after = fold(claim.sentence[claim.span_in_sentence[1] :])
    opened = YEARS_SINCE.match(after)
    return opened is not None and SINCE_THE_SIGNING.match(after, opened.end()) is not None


def _as_signed(knowledge, tie: Tie) -> Tie | None:
    """The FTA's signature: the tie itself when it is the signed one, else the signature the
    domain dates before its entry into force (ties_common.signing); None when none is dated."""
    if SIGNED.search(fold(tie.status)) and not IN_FORCE.search(fold(tie.status)):
        return tie
    return signing(knowledge, tie)


def _of_an_agreement(claim, tie_type: str) -> bool:
    """An anniversary of an FTA whose object names no entry into force ("the 20th anniversary of
    the Free Trade Agreement", 2025): an agreement's anniversary is also counted from its signing
    (2005), not only from its entry into force (2006-10), so the tie as signed that year may bear
    it out (round r63a: main held the in-force date alone and left it unjudged). Only borne out."""
    if tie_type != "fta":
        return False
    window = _anniversary_object(claim, OWN_OBJECT_END)[0]
    # the object names the entry into force ("the 10th anniversary of the FTA's entry into force",
    # "de la entrada en vigor del TLC"): counted from that date only
    return bool(window) and not IN_FORCE.search(window)


def _point_year(claim) -> int | None:
    """The one year a claim's period names (a point in time: "in 2021", "en mayo de 2025"), or
    None: an anniversary or a year in force counts from one year, never from a span."""
    period = claim.period
    if period is None or period.kind != "point":
        return None
    return period.end_year


def _event_year(claim, window: str) -> int | None:
    """The year of the anniversary's own event when the claim's period is the date its object
    gives ("the 10th anniversary of the free trade agreement the two countries signed in 2005",
    a 2015 text): that year plus the ordinal is the article's year (a date of the text's own).
    None otherwise (the period is then the anniversary's year, as before)."""
    period = claim.period
    if _point_year(claim) is None:
        return None
    written = fold(period.text or "")
    if not written or written not in window:
        return None
    dated = claim.article_date or {}
    year = (dated.get("date") or "")[:4]
    if not year.isdigit() or dated.get("found_by") == FILE_METADATA:
        return None
    if period.end_year + int(claim.value) != int(year):
        return None
    return period.end_year


def _period_after(claim, window: str) -> bool:
    """True when the claim's period is a date written only after its anniversary's object (the
    date of another anniversary's event, "o 45º aniversário das relações … e o 10º aniversário
    do acordo … assinado em 2005"): not the year of this anniversary."""
    written = fold((claim.period.text if claim.period else "") or "")
    if not written:
        return False
    before = fold(claim.sentence[: claim.span_in_sentence[0]])
    return written not in before and written not in window


# The year of an agreement's life a rank counts, right after the claim (folded; with .match on
# the sentence after a claim whose text ends in "year"/"año"/"ano"): "el segundo año de vigencia
# del TLC", "o segundo ano de vigência do acordo", "in the second year in force of the FTA", "the
# agreement's second year of validity" (round 33b: main read the rank of no tie). The tie is the
# one the sentence names.
YEAR_WORD = re.compile(r"(?<![\w])(?:year|ano)$")
YEAR_IN_FORCE = re.compile(IN_FORCE_AFTER_YEAR)


def _tie_in_year(knowledge, iso3: str, tie_type: str, year: int) -> Tie | None:
    """The state's tie as it stood at the end of `year`: positive, or signed and not yet in
    force (what "the 10th anniversary of the free trade agreement signed in 2005" counts
    from). None when neither, or when the rows disagree."""
    answer = status(knowledge, iso3, tie_type, str(year))
    found = as_tie(answer, tie_type)
    if found is None and answer.value == "signed" and answer.since:
        match = DATE.search(answer.since)
        if match:
            found = Tie(
                ";".join(answer.tie_ids),
                answer.iso3,
                tie_type,
                answer.label,
                match.group(0),
                False,
                answer.source_ids[0] if answer.source_ids else "",
                answer.tier or "",
            )
    return None if found is None or found.conflict else found


def _period_of_another_figure(context: CheckContext, claim) -> bool:
    """Whether the anniversary's period is the year written right after another figure of its
    sentence ("trade … reached US$710 million in 2021, the ambassador said at an exhibition
    held for the 50th anniversary of relations", a June 2022 text): that year is the figure's,
    not the celebration's (round 30a: main dated Guyana's relations 1971). The anniversary is
    then the article's year's, as an undated one. Every place the sentence writes that year
    must be such a figure's: in "In 2021, Guyana and China marked the 49th anniversary …, and
    trade … reached US$710 million in 2021" the opening "In 2021" dates the celebration (stop
    38: main took the article's year, 2022, and read the tie as of 1973)."""
    written = claim.period.text or ""
    if not written:
        return False
    ends = [
        other.span_in_sentence[1]
        for other in context.claims
        if other is not claim
        and other.sentence == claim.sentence
        and other.kind in (Kind.MONEY, Kind.PERCENT, Kind.COUNT)
        and other.period is not None
        and other.period.text == written
    ]
    places = [m.start() for m in re.finditer(re.escape(written), claim.sentence, re.IGNORECASE)]
    return bool(places) and all(any(0 <= at - end <= 12 for end in ends) for at in places)


# "el próximo año", "el año próximo", "el año que viene", "next year", "the coming year", "no
# próximo ano", "o ano que vem" before an anniversary with no year of its own: the year after the
# article's (folded text: "año" reads "ano"). Not when the sentence also says "this year".
NEXT_YEAR = re.compile(
    r"\b(?:(?:el|del|o|no|do)\s+)?(?:proximo\s+ano|ano\s+(?:proximo|que\s+viene|que\s+vem|entrante))\b"
    r"|\b(?:next|the\s+coming)\s+year\b"
)
# the article's own year, as article_date reads it ("this year", "este año", "el año en curso")
THIS_YEAR = re.compile(r"\b(?:" + THIS_YEAR_PHRASES + r")\b")


def _at_article_year(claim):
    """An anniversary the sentence dates by no year ("A pocos días del 35° aniversario del
    restablecimiento de las relaciones diplomáticas", February 2023) is the article's year's
    (round s22b: main read no period and left it). None without an article date of the text's
    own (a file's date is no such date). The anniversary rule only bears a tie out, so a
    celebration of another year than the article's leaves the claim unjudged, never refuted."""
    dated = claim.article_date or {}
    year = (dated.get("date") or "")[:4]
    if not year.isdigit() or dated.get("found_by") == FILE_METADATA:
        return None
    before = fold(claim.sentence[: claim.span_in_sentence[0]])
    if NEXT_YEAR.search(before) and not THIS_YEAR.search(fold(claim.sentence)):
        # "El próximo año Bolivia y China celebrarán 40 años de relaciones diplomáticas" (a
        # September 2024 text): the anniversary the sentence puts in the year after the
        # article's (round r62b: main counted 40 back from 2024, 1984, and left it unjudged).
        following = str(int(year) + 1)
        point = Period("point", int(following), int(following), text=f"next year ({following})")
        return dataclasses.replace(claim, period=point)
    point = Period("point", int(year), int(year), text=f"the article's year ({year})")
    return dataclasses.replace(claim, period=point)


class TiesRank:
    rule_id: ClassVar[str] = "ties-rank"
    verdicts: ClassVar[tuple[Verdict, ...]] = (
        Verdict.SUPPORTED,
        Verdict.CONTRADICTED,
        Verdict.UNVERIFIABLE,
    )
    description: ClassVar[str] = (
        "who was first or latest to sign, from the dated rows of the ties table"
    )

    def check(self, context: CheckContext) -> Iterator[tuple[str, Finding]]:
        yield from self._anniversaries(context)
        yield from self._years_in_force(context)
        for claim in context.claims:
            finding = order_finding(context, claim) or ordinal_finding(context, claim)
            if finding is not None:
                yield claim.claim_id, finding

    def _anniversaries(self, context: CheckContext) -> Iterator[tuple[str, Finding]]:
        """ "Neste ano comemora-se o 50º aniversário do estabelecimento das relações entre a
        China e o Brasil" (2024), "the 50th anniversary of diplomatic relations": the year of
        the anniversary less its ordinal is the year the tie began, for one state and one tie
        named. Supported when the ties table dates it so; otherwise the table's date is shown
        (a partial compilation: never contradicted)."""
        index = None
        for claim in context.claims:
            years_of = _years_of_relations(claim)
            years_of_tie = [] if years_of else _years_of_tie(claim)
            if (
                not (
                    (claim.kind is Kind.RANK and ANNIVERSARY.search(fold(claim.text)))
                    or years_of
                    or years_of_tie
                )
                or claim.value < 1
                or (claim.entity in REGIONS and claim.entity != "CHN")  # CHN: see below
            ):
                continue
            named = years_of_tie or tie_types_named(claim.sentence)
            folded = fold(claim.sentence)
            if not named and (
                years_of
                or ESTABLISHED_RELATIONS.search(folded)
                or ANNIVERSARY_RELATIONS.search(folded)
            ):
                named = ["diplomatic_relations_prc"]
            if not named and ANNIVERSARY_OF_THE_AGREEMENT.match(
                fold(claim.sentence[claim.span_in_sentence[1] :])
            ):
                named = _agreement_taken_up(context, claim)
            event_year = None
            if len(named) == 1 and len(own := _own_object(claim)) == 1:
                named = own
            if len(named) > 1:
                window, named = _anniversary_object(claim)
                if len(named) > 1 and len(own := _own_object(claim)) == 1:
                    named = own  # "…, the 50th anniversary of diplomatic relations, … the FTA"
                event_year = _event_year(claim, window)
                if event_year is None and _period_after(claim, window):
                    claim = dataclasses.replace(claim, period=None)
            elif len(named) == 1:
                # "marked the fiftieth anniversary of the establishment of diplomatic relations
                # between the two countries on June 27, 1972" (a June 2022 text): the date its
                # object gives is the tie's own, the anniversary's year the article's (round
                # 51b: main took 1972 for the anniversary's year). Only when the date plus
                # the ordinal is the article's year; only ever borne out.
                event_year = _event_year(claim, _anniversary_object(claim)[0])
            if claim.period is not None and _period_of_another_figure(context, claim):
                claim = dataclasses.replace(claim, period=None)
            if claim.period is None:
                claim = _at_article_year(claim)
            if claim is None or _point_year(claim) is None:
                continue
            if len(named) != 1:
                continue
            per_state = {t.iso3: t for t in positive_ties(context.knowledge, named[0])}
            entity = claim.entity
            if entity == "CHN":
                # "China-Guyana relations": the state of the tie is the one other state named.
                index = index or EntityIndex(context.knowledge)
                others = {
                    m.code
                    for m in index.find(claim.sentence)
                    if m.strong and m.code not in {"CHN", "LAC", "WLD"}
                }
                entity = others.pop() if len(others) == 1 else entity
            mine = per_state.get(entity)
            if event_year is not None and entity is not None:
                # The tie as it stood at the end of the year the text dates its event ("the
                # FTA signed in 2005": signed then, in force a year later).
                mine = _tie_in_year(context.knowledge, entity, named[0], event_year)
            if mine is None:
                continue
            began = claim.period.end_year - int(claim.value)
            held = claim.period.end_year
            if claim.unit == "decades":
                # "five decades of diplomatic relations" in 2024: fifty to fifty-nine years, a
                # tie of 1965 to 1974 (Guyana's of 1972). Only borne out, as any anniversary.
                years = decade_years(int(claim.value), held)
                if event_year is None and mine.year in years:
                    yield (
                        claim.claim_id,
                        Finding(
                            self.rule_id,
                            Verdict.SUPPORTED,
                            f"{int(claim.value)} decades before {held} date the tie "
                            f"{years[-1]}–{years[0]}: {mine.label()}",
                            (mine.evidence("matches"),),
                        ),
                    )
                continue
            if event_year is not None:
                began = event_year  # the year its object gives is the tie's own
                held = event_year + int(claim.value)
            elif (
                mine.year != began
                and entity is not None
                and (_of_the_signing(claim) or years_of_tie or _of_an_agreement(claim, named[0]))
            ):
                # "el 20º aniversario de la firma de su TLC" (2025): the tie as it stood at the
                # end of the year the anniversary counts from (signed 2005-11, in force 2006-10).
                # Only a tie of that very year replaces the one of today: it may bear the
                # anniversary out, never refute it.
                signed = _tie_in_year(context.knowledge, entity, named[0], began)
                if signed is not None and signed.year == began:
                    mine = signed
            if event_year is None and named[0] == "fta" and _counts_from_the_signing(claim):
                # "19 years since the signing of the FTA" (2025) counts from the signing (2005),
                # never from the entry into force (2006-10) the current tie is dated by.
                mine = _as_signed(context.knowledge, mine)
                if mine is None:
                    continue
            conflicting = _conflicting_rows(context, entity, named[0], began)
            if mine.year == began and conflicting:
                # "the fifth anniversary of China-T&T BRI cooperation" (2023): the table dates
                # the memorandum May 2018, and a row marked CONFLICT dates it 2017; sources
                # disagree, as the date's own reading says of "in 2018" (round 36a: main bore
                # the anniversary out by the 2018 row alone).
                yield (
                    claim.claim_id,
                    Finding(
                        self.rule_id,
                        Verdict.DISPUTED,
                        f"sources disagree on {entity} {named[0]} by {began}: "
                        + "; ".join([f"{mine.label()}", *(f"{r.status} ({r.date})" for r in conflicting)]),
                        (
                            mine.evidence("matches"),
                            *(
                                Evidence("tie", r.tie_id, r.source_id or None, "conflicts",
                                         None, None, r.date or None, r.iso3)
                                for r in conflicting
                            ),
                        ),
                    ),
                )  # fmt: skip
                continue
            if mine.year == began:
                verdict, relation = Verdict.SUPPORTED, "matches"
                reason = f"the anniversary in {held} dates the tie {began}: {mine.label()}"
            else:
                verdict, relation = Verdict.UNVERIFIABLE, "differs"
                reason = (
                    f"the anniversary in {held} dates the tie {began}; "
                    f"the ties table holds {mine.label()}"
                )
            yield (
                claim.claim_id,
                Finding(self.rule_id, verdict, reason, (mine.evidence(relation),)),
            )

    def _years_in_force(self, context: CheckContext) -> Iterator[tuple[str, Finding]]:
        """ "El avance chino se produce en el segundo año de vigencia del TLC entre China y
        Nicaragua" (May 2025): the article's year less the ordinal, plus one, is the year the
        one tie the sentence names took effect (in force 2024-01-01: 2025 is its second year).
        Supported when the ties table dates it so; otherwise the table's date is shown (never
        contradicted: the year may be counted from the signing)."""
        for claim in context.claims:
            if (
                claim.kind is not Kind.RANK
                or claim.value < 1
                or claim.entity in REGIONS
                or not YEAR_WORD.search(fold(claim.text).strip())
                or not YEAR_IN_FORCE.match(fold(claim.sentence[claim.span_in_sentence[1] :]))
            ):
                continue
            named = tie_types_named(claim.sentence)
            if len(named) != 1:
                continue
            dated = claim if claim.period is not None else _at_article_year(claim)
            if dated is None or _point_year(dated) is None:
                continue
            mine = {t.iso3: t for t in positive_ties(context.knowledge, named[0])}.get(claim.entity)
            if mine is None:
                continue
            held = dated.period.end_year
            began = held - int(claim.value) + 1
            if mine.year == began:
                verdict, relation = Verdict.SUPPORTED, "matches"
                reason = f"year {int(claim.value)} in force in {held} dates the tie {began}: "
                reason += mine.label()
            else:
                verdict, relation = Verdict.UNVERIFIABLE, "differs"
                reason = (
                    f"year {int(claim.value)} in force in {held} dates the tie {began}; "
                    f"the ties table holds {mine.label()}"
                )
            yield (
                claim.claim_id,
                Finding(self.rule_id, verdict, reason, (mine.evidence(relation),)),
            )

    @staticmethod
    def _key(tie: Tie) -> tuple[int, int]:
        return tie.year, tie.month or 0

    @staticmethod
    def _same_rank(a: Tie, b: Tie) -> bool:
        if a.year != b.year:
            return False
        return not (a.month and b.month and a.month != b.month)

    @staticmethod
    def _cutoff(claim) -> tuple[int, int] | None:
        # A century ("in the 21st century") bounds the order from below (`century_start`),
        # it is no date the order is taken on; nor is a year before 1000 (round r54a: "the
        # 1st century" read in "21st" made the cutoff "100-12", which the ties table refused).
        periods = [
            p.period
            for p in find_periods(folded_sentence(claim))
            if "century" not in p.period.text.lower()
        ]
        ends = [(p.end_year, p.end_month or 12) for p in periods if p.end_year]
        ends = [end for end in ends if end[0] >= 1000]
        return max(ends) if ends else None


# A rank of trade, not of a tie: "el primer socio comercial de Chile, … con el que Chile también
# tiene un tratado de libre comercio vigente", "the top trading partner", "o principal destino",
# "el primer proveedor" (folded claim text). Its order is the partner rank's, never the ties
# table's (round s20c/26c: main bore Chile's place out by Chile's FTA, first in the table, for
# the FTA named later in the sentence). A "strategic partner" is a tie, and stays.
TRADE_RANK_NOUN = re.compile(
    r"\b(?:(?:trading|trade|commercial)\s+partner|socio\s+comercial|parceiro\s+comercial|"
    r"destination|destino|market|mercado|buyer|comprador|supplier|proveedor|fornecedor)"
)


def _states_of(knowledge, subregion: str) -> set[str]:
    countries = knowledge.countries
    return set(countries.loc[countries["subregion"] == subregion, "iso3"])


def _group_members(knowledge, group: str) -> set[str]:
    groups = knowledge.country_groups
    return set(groups.loc[groups["group_id"] == group, "iso3"])


def _members_ranked(context: CheckContext, claim) -> set[str] | None | bool:
    """The states a rank of states ranks among: those of the group its own words name
    (`country_groups.csv`: "the first English-speaking Caribbean country", "the first CARICOM
    member"), else those of the one subregion the sentence names, else None (the whole region).
    False when the sentence names a narrower group that is not the rank's or is not held ("the
    first Andean country", "at the CARICOM summit, … the first country in the Caribbean"), or
    the group's members are not stored: the membership is not read with certainty."""
    folded = folded_sentence(claim)
    named = group_named(folded, claim.span_in_sentence[0])
    if named is None:
        if NARROWER_GROUP.search(folded):
            return False
        within = subregion_named(claim.sentence)
        return None if within is None else _states_of(context.knowledge, within)
    group, start, end = named
    rest = folded[:start] + " " * (end - start) + folded[end:]
    if NARROWER_GROUP.search(rest) or subregion_named(rest) is not None:
        return False  # another group or a subregion beside the rank's group: which one ranks?
    members = _group_members(context.knowledge, group)
    return members or False


def _first_recorded(context: CheckContext, claim, tie_type: str) -> bool:
    """Whether the store records the claim's state as the first of that tie (a `first_year`
    fact whose id names the tie: `first_year_pan_bri_2017`, Panama's Belt and Road memorandum)."""
    short = DOMAIN_TIE.get(tie_type)
    return any(
        short in f.fact_id.split("_") for f in context.facts.for_entity("first_year", claim.entity)
    )


def _conflicting_rows(context: CheckContext, iso3: str | None, tie_type: str, began: int) -> list:
    """The rows of the state's tie marked CONFLICT that date its start to another year than
    `began` (a positive status: "signed (CONFLICT)", 2017, beside "signed", 2018-05-15)."""
    if iso3 is None or tie_type not in DOMAIN_TIE:
        return []
    rows = tie_book(context.knowledge).rows.get((iso3, DOMAIN_TIE[tie_type]), [])
    current = status(context.knowledge, iso3, tie_type).value
    return [
        r
        for r in rows
        if r.conflict
        and r.value == current
        and DATE.fullmatch(r.date or "") is not None
        and int(r.date[:4]) != began
    ]


def _may_precede(knowledge, bounded: Tie, mine: Tie) -> bool:
    """Whether a tie dated only "before" its date may have begun before `mine`: not when the
    table says the state had not joined at a date after `mine` (Barbados "not joined" in October
    2018, signed "before April 2019"), nor when the state's relations with the PRC, which the
    other ties follow, began after `mine`."""
    first = {4: f"{bounded.date}-01-01", 7: f"{bounded.date}-01"}.get(
        len(bounded.date), bounded.date
    )
    day_before = dt.date.fromisoformat(first[:10]) - dt.timedelta(days=1)
    if bounded.tie_type != "diplomatic_relations_prc":
        # A Belt and Road memorandum or an FTA with the PRC follows relations with it: the
        # Dominican Republic's, dated "before April 2019", came after its relations of May 2018.
        relations = as_tie(
            status(knowledge, bounded.iso3, "diplomatic_relations_prc", day_before),
            "diplomatic_relations_prc",
        )
        if relations is not None and not relations.before and relations.date > mine.date:
            return False
    answer = status(knowledge, bounded.iso3, bounded.tie_type, day_before)
    return not (
        answer.value is not None
        and not answer.positive
        and answer.since is not None
        and DATE.fullmatch(answer.since.strip()) is not None
        and answer.since.strip() >= mine.date[: len(answer.since.strip())]
    )


# An ordinal's own event, right after it: "el primero en apoyar", "o primeiro a apoiar", "the
# first to support" (folded; used with .match at the claim's end): "en"/"a"/"em" before a
# Spanish or Portuguese infinitive, or "to" before an English verb.
OWN_EVENT = re.compile(r"(?<!\s)\s{1,3}(?:(?:en|a|em)\s+\w+r|to\s+(?!the\b|a\b|an\b)\w+)\b")
# Where that event's words end: a comma, a semicolon, a colon, or the next coordinated ordinal.
EVENT_END = re.compile(r"[,;:(]|\s(?:y|e|and)\s+(?:el|o|the)\s+(?:primer|first)")


def _own_event_without_tie(claim) -> bool:
    """Is the ordinal followed by an event of its own (an infinitive) whose words, up to the
    next clause, name no tie? ("el primero en apoyar su ingreso a la OMC", "the first to back its
    WTO entry"). False when no such event follows ("el primer país de Sudamérica …")."""
    after = fold(claim.sentence[claim.span_in_sentence[1] :])
    opened = OWN_EVENT.match(after)
    if opened is None:
        return False
    end = EVENT_END.search(after, opened.end())
    window = after[: end.start() if end else len(after)]
    return not tie_types_named(window)


# The event of a rank told by an anaphor ("the first Latin American nation to sign such a deal",
# "el primero en firmar un acuerdo de ese tipo", "o primeiro a assinar um acordo desse tipo"):
# folded text, used with .match right after the rank's connector ("to", "en", "a").
ANAPHOR_EVENT = re.compile(
    r"(?<![\w])(?:\w+\s{1,2}){0,2}?"
    r"(?:such\s{1,2}an?\s{1,2}|a\s{1,2}similar\s{1,2}|(?:that|this)\s{1,2}"
    r"|(?:ese|este|dicho|esse|tal)\s{1,2})"
    r"(?:deal|agreement|accord|pact|treaty|acuerdo|tratado|pacto|acordo)(?![\w])"
    r"|(?<![\w])(?:\w+\s{1,2}){0,2}?(?:un|una|um|uma)\s{1,2}(?:acuerdo|tratado|pacto|acordo)\s{1,2}"
    r"(?:asi|similar|semejante|semelhante|assim|de\s{1,2}ese\s{1,2}tipo"
    r"|de\s{1,2}este\s{1,2}tipo|desse\s{1,2}tipo|deste\s{1,2}tipo)(?![\w])"
)


def _tie_of_anaphor(context: CheckContext, claim) -> str | None:
    """The one tie type the sentence before names, when the rank's event is an anaphor of it
    ("China and Chile signed a free trade agreement in 2005. Chile was the first Latin American
    nation to sign such a deal"); None when the event is no anaphor, the sentence before holds
    no claim to read it from, or it names no tie or several (round 29a: main judged nothing)."""
    folded = fold(claim.sentence)
    after = RANK_EVENT.match(folded, claim.span_in_sentence[1])
    if after is None or ANAPHOR_EVENT.match(folded, after.end()) is None:
        return None
    before = context.by_sentence.get(claim.sentence_index - 1, [])
    if not before or before[0].paragraph < claim.paragraph - 1:
        return None
    named = tie_types_named(before[0].sentence)
    return named[0] if len(named) == 1 else None


def order_finding(context: CheckContext, claim) -> Finding | None:
    """The ties table's order for a "first"/"latest" state of a tie ("the first Caribbean
    country to sign a Belt and Road memorandum"): supported when the state leads the order
    (within the subregion the sentence names), unverifiable with the leader shown when another
    state does; None when the claim is no such rank or the table cannot order it. Also used by
    `ties-date`, whose date of the state's own tie does not bear out its place (round s22d)."""
    if (
        claim.kind is not Kind.RANK
        or claim.value not in (1, -1)
        or claim.entity in REGIONS
        or ranks_no_state(claim)  # "Ortega's first term": no state's place in the order
    ):
        return None
    if claim.value == 1 and not claim.text.lower().lstrip().startswith(
        ("first", "primer", "primeir")
    ):
        return None
    if TRADE_RANK_NOUN.search(fold(claim.text)):
        return None
    cutoff = TiesRank._cutoff(claim)
    # "el primer país latinoamericano en firmar un TLC": the FTA's order, not that of the
    # relations dated earlier in the sentence (round s21b).
    event = rank_event_tie(claim.sentence, claim.span_in_sentence[1])
    if event is None and not tie_types_named(claim.sentence):
        event = _tie_of_anaphor(context, claim)
    if event is None and _own_event_without_tie(claim):
        # "el primero en firmar un TLC … y el primero en apoyar su ingreso a la OMC": the
        # second ranks its own event, which names no tie; the FTA of the other clause is not
        # its order (round 28e: main bore it out by the FTA's order).
        return None
    before = claim.sentence[: claim.span_in_sentence[0]]
    year = str(cutoff[0]) if cutoff else ""
    if (
        event
        and claim.period
        and year
        and year in before
        and any(tie != event for tie in tie_types_named(before[: before.rfind(year)]))
    ):
        # The cutoff's year dates another tie named before it ("relaciones … en 1970 y …"); a
        # year before the rank with no other tie ("By the end of 2018, Chile was the latest
        # country to join the BRI"), or with another tie named only after it ("In 2018, after
        # establishing relations with China in 2007, Costa Rica was the latest …"), is still
        # the rank's cutoff (stop 53: round r57a's gerund of the relations dropped it there).
        cutoff = None
    members = _members_ranked(context, claim)
    if members is False:
        return None  # "the first Andean country", a group named outside the rank: none held
    within = members is not None
    since = century_start(claim)
    for tie_type in [event] if event else tie_types_named(claim.sentence):
        on = f"{cutoff[0]}-{cutoff[1]:02d}" if cutoff else None
        per_state = {t.iso3: t for t in positive_ties(context.knowledge, tie_type, on)}
        if on and claim.value == 1 and claim.entity not in per_state:
            # "Chile was the first Latin American country to sign an FTA with China, in 2005":
            # the year is the signature's, and the table holds the treaty in force only from
            # 2006-10. A first comes before every later state at any cutoff, so the whole table
            # orders it (the lead, stop 48: main found no order and left a true first
            # unjudged; "Peru …, in 2009" is now refuted by Chile's).
            per_state = {t.iso3: t for t in positive_ties(context.knowledge, tie_type)}
        if since is not None:
            # "the first Central American country to establish diplomatic ties with China in
            # the 21st century": the order is that of the ties begun in the century, so a state
            # whose current tie began before it is not ranked (round r54a: main put Nicaragua's
            # relations of 1985 before Costa Rica's of 2007 and left a true first unjudged).
            per_state = {k: t for k, t in per_state.items() if t.year >= since}
        if not per_state or claim.entity not in per_state:
            continue
        if within:
            if claim.entity not in members:
                continue
            per_state = {k: t for k, t in per_state.items() if k in members}
        ordered = sorted(per_state.values(), key=TiesRank._key, reverse=claim.value == -1)
        mine = per_state[claim.entity]
        leaders = [t for t in ordered if TiesRank._same_rank(t, ordered[0])]
        word = "first" if claim.value == 1 else "latest"
        # A state the table dates only "before" a day after the cutoff is not counted on the
        # cutoff, yet it may have come first: "the first Caribbean country to sign onto the BRI,
        # in 2018" (TTO, May 2018) while Dominica is dated only "before April 2019" (round 36a:
        # with a year in the sentence main dropped such states and bore the rank out; without
        # one it already found the order unsettled, round 26a).
        unbounded = [
            t
            for t in (positive_ties(context.knowledge, tie_type) if cutoff else ())
            if t.before and t.iso3 not in per_state and (not within or t.iso3 in members)
        ]
        ended = (
            _ended_before(context, tie_type, mine, per_state, members if within else None)
            if claim.value == 1 and not RELATIVE_FIRST.search(_rank_clause(claim))
            else None
        )
        if ended is not None and since is not None and ended.year < since:
            ended = None  # relations ended before the century the rank counts in
        if ended is not None and any(t.iso3 == claim.entity for t in leaders):
            # "Costa Rica fue el primer país centroamericano en romper vínculos con Taiwán y
            # establecer relaciones con China" (2007) while the table holds Nicaragua's relations
            # of 1985, broken in 1990 and re-established in 2021: today's dates put Costa Rica
            # first, the earlier ones do not (round 50b: main bore the rank out). The rank is
            # refuted only as a plain first on a well-sourced row (`_refutes_first`), else shown.
            refuted = _refutes_first(context, claim, ended, mine)
            return Finding(
                TiesRank.rule_id,
                Verdict.CONTRADICTED if refuted else Verdict.UNVERIFIABLE,
                f"the ties table puts {ended.label()} first, {claim.entity} at {mine.date}",
                (ended.evidence("differs"), mine.evidence("related")),
            )
        if any(t.iso3 == claim.entity for t in leaders):
            bounded = [
                t
                for t in ordered + unbounded
                if claim.value == 1
                and t.before
                and t.iso3 != claim.entity
                and TiesRank._key(t) > TiesRank._key(mine)
                and _may_precede(context.knowledge, t, mine)
                and not _first_recorded(context, claim, tie_type)
            ]
            if bounded:
                # "the first Caribbean nation to sign on to the Belt and Road" (TTO, May 2018)
                # while Dominica is dated only "before April 2019": it may have come first, so
                # the table does not settle the order (round 26a: main bore the rank out).
                return Finding(
                    TiesRank.rule_id,
                    Verdict.UNVERIFIABLE,
                    f"the order is not settled: the ties table dates "
                    f"{bounded[0].label()} only as before {bounded[0].date}, "
                    f"so it may have come before {claim.entity} at {mine.date}",
                    (mine.evidence("related"), bounded[0].evidence("related")),
                )
            ties_with = [t for t in leaders if t.iso3 != claim.entity]
            note = f" (level with {', '.join(t.label() for t in ties_with)})" if ties_with else ""
            return Finding(
                TiesRank.rule_id,
                Verdict.SUPPORTED,
                f"{word} in the ties table: {mine.label()}{note}",
                (mine.evidence("matches"),) + tuple(t.evidence("related") for t in ties_with),
            )
        refuted = claim.value == 1 and _refutes_first(context, claim, ordered[0], mine)
        return Finding(
            TiesRank.rule_id,
            Verdict.CONTRADICTED if refuted else Verdict.UNVERIFIABLE,
            f"the ties table puts {ordered[0].label()} {word}, {claim.entity} at {mine.date}",
            (ordered[0].evidence("differs"), mine.evidence("related")),
        )
    return None


# A plain "first" of states: "the first country in Central America to establish relations",
# "el primer país centroamericano en …", "o primeiro país da América Central a …" (folded; used
# with .match at the rank's start). Only the subregion may narrow the states here; a group held
# in `country_groups.csv` named in the rank's own words ("the first English-speaking Caribbean
# country to establish …", "the first CARICOM member to sign …") is read by `group_named` in
# `_refutes_first`. A group not held ("the first Andean country"), "the first … since 2007"
# rank among states the table cannot list, and are never refuted by its order.
# The subregion may be named as a region: "the first country in the Caribbean region to
# establish diplomatic relations with China", "el primer país de la región del Caribe en …", "o
# primeiro país da região do Caribe a …", "the first country in the Central American region",
# "el primer país de la región centroamericana" (round 47a: main left Jamaica's "first" of 1972
# unjudged beside Cuba's relations of 1960); the region alone ("the first country of the
# region") names no subregion and stays out.
PLAIN_FIRST = re.compile(
    r"(?:first|primer|primera|primeir[oa])\s"
    r"(?:(?:latin\s+american|central\s+american|south\s+american|caribbean)\s)?"
    r"(?:country|nation|state|pais|nacion|estado|nacao)"
    r"(?:\s(?:latinoamerican[oa]|centroamerican[oa]|sudamerican[oa]|suramerican[oa]|caribeno|"
    r"caribena|latino-american[oa]|centro-american[oa]|sul-american[oa]|caribenh[oa]))?"
    r"(?:\s(?:in|of|de|da|del|en|na|do)\s(?:(?:the|la|a)\s)?"
    # "de la región del Caribe", "da região do Caribe": the subregion named as a region
    r"(?:(?:region|regiao)\s(?:del|do|da|de)\s)?"
    r"(?:central\s+america|south\s+america|"
    r"caribbean|caribe|latin\s+america|america\s+latina|centroamerica|america\s+central|"
    r"sudamerica|america\s+del\s+sur|america\s+do\s+sul"
    # "in the Central American region", "de la región centroamericana", "da região
    # centro-americana": the subregion's adjective with the region
    r"|(?:central|south|latin)\s+american(?=\sregion)"
    r"|(?:region|regiao)\s(?:centroamerican[oa]|sudamerican[oa]|suramerican[oa]|caribena|"
    r"caribenh[oa]|latinoamerican[oa]|centro-american[oa]|sul-american[oa]|latino-american[oa]))"
    # "in the Caribbean region" (round 47a: "region" after the name hid a plain first)
    r"(?:\sregion)?)?"
    # the event right after: "to establish", "que estableció", "en establecer", "a estabelecer"
    # (an infinitive), never "in the English-speaking Caribbean" or "en la región"
    r"(?=\s{1,3}(?:to\s|que\s|(?:en|a|em)\s{1,3}\w+(?:ar|er|ir|or)(?:se)?\b))"
)
# Ties whose date is the event a "first" ranks (not the date a count was taken).
REFUTABLE_TIES = {"diplomatic_relations_prc", "bri_mou", "fta"}
# "one of the first", "uno de los primeros", "um dos primeiros" (folded, before the rank).
ONE_OF_BEFORE = re.compile(
    r"\b(?:one\s+of\s+the|uno\s+de\s+los|una\s+de\s+las|um\s+dos|uma\s+das)\s+$"
)
# Words that make a "first" relative to an earlier event: "the first … since 2007", "after the
# switch", "again", "re-established", "restored", "desde", "tras", "de nuevo", "restableció",
# "depois", "novamente", "restabeleceu", "reatou" (folded sentence).
RELATIVE_FIRST = re.compile(
    r"\b(?:since|after|again|re-?establish\w*|restor\w*|resum\w*|renew\w*|desde|despues|tras|"
    r"de\s+nuevo|nuevamente|restablec\w*|reanud\w*|retom\w*|depois|novamente|restabelec\w*|"
    r"reat\w*|this\s+century|este\s+siglo|este\s+seculo)\b"
)


# An ordinal of states (folded claim text): "the ninth country", "el cuarto país
# latinoamericano", "o quinto país da região".
STATE_NOUN = re.compile(r"\b(?:country|nation|state|pais|nacion|estado|nacao)\b")


def ranks_states(claim) -> bool:
    """Does the ordinal rank states: a state noun in its words ("the fifth country"), or the
    region it ranks within right after it ("the fifth in Latin America to sign", "el quinto de
    América Latina en firmar"; mutation run 27: ties-date bore the bare ordinal out by
    Ecuador's date, the place unread)?"""
    if STATE_NOUN.search(fold(claim.text)):
        return True
    return REGION_AFTER_RANK.match(folded_sentence(claim), claim.span_in_sentence[1]) is not None


# Ties whose events the table dates for every state that has them: each FTA with its signature
# and entry into force, each Belt and Road memorandum, and relations with the PRC, which are
# ordered only as they held at a date the claim gives (breaks and re-establishments, Nicaragua
# 1985 and 2021, make today's dates no place in an earlier order).
ORDERED_TIES = ("fta", "bri_mou", "diplomatic_relations_prc")


def _days(tie: Tie) -> tuple[dt.date, dt.date]:
    """The first and last day the tie's event may have fallen on: a year or a month is a span,
    and a date the event came "before" bounds it from above only."""
    year, month = tie.year, tie.month
    if len(tie.date) >= 10:
        first = last = dt.date.fromisoformat(tie.date[:10])
    elif month:
        first = dt.date(year, month, 1)
        last = (dt.date(year + month // 12, month % 12 + 1, 1)) - dt.timedelta(days=1)
    else:
        first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
    if tie.before:
        return dt.date.min, first - dt.timedelta(days=1)
    return first, last


def _ordered_events(context: CheckContext, claim, tie_type: str, on=None) -> list[Tie] | None:
    """The states' dated events a rank of `tie_type` orders: Belt and Road signatures, or FTA
    signatures or entries into force as the words after the rank say ("to sign", "en firmar";
    "in force", "en vigor"). None when the words name neither or both."""
    ties = list(positive_ties(context.knowledge, tie_type, on))
    if tie_type != "fta":
        return ties
    end = claim.span_in_sentence[1]
    after = folded_sentence(claim)[end : end + 80]
    signed, in_force = SIGNED.search(after), IN_FORCE.search(after)
    if (signed is None) == (in_force is None):
        return None
    if in_force is not None:
        return ties
    signatures = []
    for tie in ties:
        signature = signing(context.knowledge, tie) if "force" in tie.status.lower() else tie
        if signature is None:
            return None  # an FTA in force whose signature the table does not date
        signatures.append(signature)
    return signatures


def ordinal_finding(context: CheckContext, claim) -> Finding | None:
    """The ties table's order for an ordinal of states other than the first ("Ecuador became the
    fourth Latin American country to sign an FTA with China, in May 2023"): supported when the
    states dated surely before it are one fewer than the ordinal, unverifiable with the order
    shown when they are not; never contradicted (a text may count an event the table does not
    hold). None when the order is not settled: a state dated within the same span, a relative
    rank ("since 2017", "again"), a group nothing stored lists, or a tie whose order the table
    does not hold (the lead, stop 46: `ties-date` bore "the fifth country in the region to sign
    an FTA" out by Ecuador's signature of May 2023, the ordinal unread; Ecuador was the fourth)."""
    if (
        claim.kind is not Kind.RANK
        or claim.entity in REGIONS
        or claim.value != int(claim.value)
        or not 2 <= claim.value <= 33
        or ranks_no_state(claim)
    ):
        return None
    text = fold(claim.text)
    if not ranks_states(claim) or TRADE_RANK_NOUN.search(text):
        return None
    folded = folded_sentence(claim)
    start, end = claim.span_in_sentence
    if (
        NARROWER_GROUP.search(folded)
        or RELATIVE_FIRST.search(folded)
        or ONE_OF_BEFORE.search(folded[:start])
    ):
        return None
    tie_type = rank_event_tie(claim.sentence, end) or _trade_agreement_ranked(claim.sentence, end)
    if tie_type not in ORDERED_TIES:
        return None
    period = claim.period
    year = period.end_year if period is not None and period.end_year else None
    if tie_type == "diplomatic_relations_prc":
        if year is None:
            return None  # undated: breaks and re-establishments make today's order no first order
        # "In 2018 El Salvador became the third country of Central America to establish
        # relations": the states whose relations held at the end of the claim's period
        # (Nicaragua's of 2021 are not counted; its first ones, of 1985–1990, had ended).
        on = f"{year}-{(period.end_month or 12):02d}"
        events = _ordered_events(context, claim, tie_type, on=on) or []
        mine = next((t for t in events if t.iso3 == claim.entity), None)
    else:
        # FTAs and memoranda are read as they stand today (a signed FTA now in force is dated
        # by its signature), with the states whose tie held on the claim's event too: Panama's
        # memorandum of 2017, ended in 2025, still came before Costa Rica's of 2018.
        events = _ordered_events(context, claim, tie_type) or []
        mine = next((t for t in events if t.iso3 == claim.entity), None)
        if mine is not None:
            then = _ordered_events(context, claim, tie_type, on=_days(mine)[1]) or []
            held = {t.iso3 for t in events}
            events = events + [t for t in then if t.iso3 not in held]
    if mine is None or (year is not None and mine.year != year):
        return None  # the tie is not the period's event: the date's own rule judges it
    within = subregion_named(claim.sentence)
    if within is not None:
        members = _states_of(context.knowledge, within)
        events = [t for t in events if t.iso3 in members]
    mine = next((t for t in events if t.iso3 == claim.entity), None)
    if mine is None:
        return None
    first, last = _days(mine)
    others = [t for t in events if t.iso3 != claim.entity]
    earlier = [t for t in others if _days(t)[1] < first]
    if any(not (_days(t)[1] < first or _days(t)[0] > last) for t in others):
        return None  # a state dated within the same span: the order is not settled
    place = len(earlier) + 1
    earlier.sort(key=_days)
    order = ", ".join(f"{t.iso3} {t.date}" for t in earlier)
    evidence = (mine.evidence("matches" if place == claim.value else "related"),) + tuple(
        t.evidence("related") for t in earlier
    )
    if place == claim.value:
        return Finding(
            TiesRank.rule_id,
            Verdict.SUPPORTED,
            f"place {place} in the ties table's order: {mine.label()}, after {order}",
            evidence,
        )
    where = f"in place {place}, after {order}" if earlier else "first"
    return Finding(
        TiesRank.rule_id,
        Verdict.UNVERIFIABLE,
        f"the ties table puts {claim.entity} {where}; the text may count events the table does "
        f"not hold",
        evidence,
    )


# A trade agreement signed with China after an ordinal of states (folded; with .match where the
# rank's event opens): "the fourth Latin American country to sign a trade agreement with
# Beijing", "el cuarto país latinoamericano en firmar un acuerdo comercial con China", "o quarto
# país latino-americano a assinar um acordo comercial com a China" (round r58d: no FTA cue, so
# main left the ordinal unread). Read for ordinals other than the first only, which are never
# refuted: a "trade agreement" may be another accord than the FTA.
TRADE_AGREEMENT_WITH_CHINA = re.compile(
    r"(?:sign|firm|assin|suscrib|subscrev|ink)\w{0,6}\s{1,2}(?:(?:a|an|un|una|um|uma|its|su|seu)\s{1,2})?"
    r"(?:(?:bilateral|comprehensive)\s{1,2})?"
    r"(?:trade\s{1,2}(?:agreement|deal|pact|accord)|acuerdo\s{1,2}comercial|tratado\s{1,2}comercial"
    r"|acordo\s{1,2}comercial)"
    r"(?:\s{1,2}(?:bilateral|integral))?\s{1,2}(?:with|con|com)\s{1,2}(?:a\s{1,2})?"
    r"(?:china|beijing|pekin|pequim)(?![\w])"
)


def _trade_agreement_ranked(sentence: str, end: int) -> str | None:
    """ "fta" when the event an ordinal of states ranks is a trade agreement signed with China
    (TRADE_AGREEMENT_WITH_CHINA, right where the rank's event opens), else None."""
    folded = fold(sentence)
    region = REGION_AFTER_RANK.match(folded, end)
    after = RANK_EVENT.match(folded, region.end() if region else end)
    if after is None or not TRADE_AGREEMENT_WITH_CHINA.match(folded, after.end()):
        return None
    return "fta"


def _rank_clause(claim) -> str:
    """The folded clause the rank stands in: the sentence cut at the semicolons around it, so
    that "…; desde entonces Panamá y El Salvador han seguido el mismo camino" after a first does
    not make it relative, while "the first … since 1990" does."""
    folded = folded_sentence(claim)
    start, end = claim.span_in_sentence
    left = folded.rfind(";", 0, start) + 1
    right = folded.find(";", end)
    return folded[left : right if right >= 0 else len(folded)]


# A century the rank counts in, after the rank in its clause (folded): "in the 21st century",
# "in this century", "en el siglo XXI", "en este siglo", "no século XXI", "neste século". Only
# the present century: an order within it is an order of ties begun from 2001.
CENTURY_BOUND = re.compile(
    r"(?<![\w])(?:in\s{1,2}the\s{1,2}21st\s{1,2}century|in\s{1,2}this\s{1,2}century"
    r"|en\s{1,2}(?:el\s{1,2})?(?:presente\s{1,2}|este\s{1,2})?siglo(?:\s{1,2}xxi)?"
    r"|no\s{1,2}(?:presente\s{1,2})?seculo\s{1,2}xxi|neste\s{1,2}seculo)(?![\w-])"
)


def century_start(claim) -> int | None:
    """2001 when the rank's clause, after the rank, bounds it by the present century ("the first
    Central American country to establish diplomatic ties with China in the 21st century", "el
    primer país centroamericano en establecer relaciones con China en el siglo XXI"); else None.
    "en el siglo" with no numeral is read only as "este siglo" or "presente siglo"."""
    folded = folded_sentence(claim)
    end = claim.span_in_sentence[1]
    right = folded.find(";", end)
    match = CENTURY_BOUND.search(folded, end, right if right >= 0 else len(folded))
    if match is None:
        return None
    words = match.group(0)
    if words.startswith("en") and not any(w in words for w in ("xxi", "este", "presente")):
        return None
    return 2001


def _ended_before(
    context: CheckContext, tie_type: str, mine: Tie, today: dict, members: set | None
) -> Tie | None:
    """The earliest relations with the PRC another state held before `mine` began and has since
    ended or re-begun, when today's order, which dates each state by its current relations, hides
    them (Nicaragua's of 1985–1990, before its re-establishment of 2021); None for other ties,
    when no such relations are stored, or when they came no earlier than `mine`."""
    if tie_type != "diplomatic_relations_prc":
        return None
    start = _days(mine)[0]
    book = tie_book(context.knowledge)
    found = []
    for iso3, name in book.rows:
        if name != DOMAIN_TIE[tie_type] or iso3 == mine.iso3:
            continue
        if members is not None and iso3 not in members:
            continue
        for spell in spells(book, iso3, name, before=start.isoformat()):
            held = as_tie(spell, tie_type)
            if held is None or held.conflict or held.before or _days(held)[1] >= start:
                continue
            current = today.get(iso3)
            if current is not None and current.date == held.date:
                continue  # still the state's relations today: today's order already holds them
            found.append(held)
    return min(found, key=_days) if found else None


def _refutes_first(context: CheckContext, claim, leader: Tie, mine: Tie) -> bool:
    """Whether the table's leader refutes a plain "first" (round 30a: "Panama …, the first
    country in Central America to establish diplomatic relations with China", June 2017, while
    Costa Rica's relations are stored from June 2007). A partial table cannot bear a "first" out
    by absence, but one state dated a year or more earlier on a well-sourced row refutes it —
    when the rank is plain (the subregion its only narrowing), not relative to an earlier event,
    and the claim's state has no row of that tie dated by the leader's year (Nicaragua's first
    relations of 1985, before its re-establishment of 2021)."""
    folded = fold(claim.sentence)
    start = claim.span_in_sentence[0]
    if mine.tie_type not in REFUTABLE_TIES or _first_recorded(context, claim, mine.tie_type):
        return False  # a count's date (Confucius Institutes), or a first the store records
    plain = PLAIN_FIRST.match(folded, start) or group_named(folded, start)
    if not plain or RELATIVE_FIRST.search(folded):
        return False
    if ONE_OF_BEFORE.search(folded[max(0, start - 20) : start]):
        return False  # "one of the first countries …": no single first
    if leader.before or leader.conflict or leader.tier not in ("primary", "reputable"):
        return False
    # Within one year the order is read only from two exact days a month or more apart
    # (round r62a: Guyana's relations of 1972-06-27 before Jamaica's of 1972-11-21, "Jamaica
    # became the first English-speaking Caribbean country to establish diplomatic relations").
    same_year = leader.year >= mine.year
    if same_year and not _days_apart(leader, mine):
        return False
    frame = context.knowledge.ties
    if frame is None or not len(frame):
        return False
    rows = frame[(frame["iso3"] == claim.entity) & (frame["tie_type"] == mine.tie_type)]
    for value in rows["date"].dropna().astype(str):
        found = DATE.search(value)
        if found is None:
            return False  # undated: the order is not settled
        if same_year:
            if len(found.group(0)) < 10 or found.group(0) <= leader.date[:10]:
                return False  # a row of the leader's year not dated by a later day
        elif int(found.group(0)[:4]) <= leader.year:
            return False  # dated by the leader's year: the order is not settled
    return True


def _days_apart(leader: Tie, mine: Tie, days: int = 30) -> bool:
    """Whether both ties are dated to the day (no bound) and the leader's day comes `days` or
    more before the claim's state's."""
    if leader.before or mine.before or len(leader.date) < 10 or len(mine.date) < 10:
        return False
    first = dt.date.fromisoformat(leader.date[:10])
    second = dt.date.fromisoformat(mine.date[:10])
    return (second - first).days >= days
