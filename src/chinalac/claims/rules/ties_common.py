"""The checker's view of the ties: statuses from chinalac.domain.ties, and what a sentence is about.

The checker never reads a tie's free-text status: it asks `tie_status` (the same function the
map, the profiles, `chinalac countries` and the API call) for a state's status on a date, and
compares the claim with the answer and the date it gives.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from chinalac.claims.knowledge import KnowledgeView
from chinalac.claims.models import Evidence
from chinalac.claims.vocabulary import TAIWAN_SHORT_NAMES, fold, phrase_pattern, tie_cues
from chinalac.domain.ties import TieBook, TieStatus, tie_status

# The tie of chinalac.domain.ties that a cue's tie type speaks of.
DOMAIN_TIE = {
    "diplomatic_relations_prc": "relations",
    "bri_mou": "bri",
    "fta": "fta",
    "aiib": "aiib",
    "partnership": "partnership",
    "confucius_institutes": "confucius",
}
DATE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")
# The first, last or next years of a tie (folded text right before a count of years): a part of
# its span, which dates no start ("los primeros 10 años del TLC", "the first 13 years of the FTA",
# "nos primeiros 13 anos do TLC"; ties_date since round s17b, ties_rank since round r53c).
SPAN_PART_BEFORE = re.compile(
    r"(?<![\w])(?:primeros|primeras|primeiros|primeiras|first|ultimos|ultimas|last|proximos|"
    r"proximas|next)\s+$"
)
# "the 50th anniversary", "el 50º aniversario", "o 50º aniversário" (folded): the year of such a
# rank is the year of the celebration, the tie began that many years before (ties-rank).
ANNIVERSARY = re.compile(r"\b(?:anniversary|aniversario)\b")
# "se convirtió en el primer miembro del Mercosur en firmar", "became the first Mercosur member
# to sign", "tornou-se o primeiro membro do Mercosul a assinar" (folded): an order among a bloc's
# members that the subject takes by its own act of signing, joining or establishing. A date that
# opens the sentence before it dates that act, whatever the order; it is borne out, never
# refuted (round 49c: main read "En 2018" only as the period of the rank and left the
# memorandum's year unread).
BECAME_ORDINAL_ACT = re.compile(
    r"(?<![\w])(?:se\s{1,2}convirtio\s{1,2}en|became|(?:se\s{1,2})?tornou(?:-se)?"
    r"|passou\s{1,2}a\s{1,2}ser|paso\s{1,2}a\s{1,2}ser)\s{1,2}(?:(?:el|la|the|o|a)\s{1,2})?"
    r"(?:(?:primer|primeir|segund|tercer|terceir|cuart|quart|quint|ultim)[oa]?"
    r"|first|second|third|fourth|fifth|last)\s{1,2}"
    # the order is among the members of a bloc ("miembro del Mercosur", "Mercosur member"),
    # which no stored row ranks: the act's date is all the sentence lets the store judge
    r"(?:[a-z]+\s{1,2})?(?:miembro|member|membro|integrante)(?![\w])"
)
ACT_AFTER_ORDINAL = re.compile(
    r"(?<![\w])(?:en|to|a)\s{1,2}(?:firmar|suscribir|sign|assinar|subscrever|establecer|establish"
    r"|estabelecer|adherirse|adherir|join|aderir|unirse|sumarse|ingresar)(?![\w])"
)
# How far past the ordinal the act's verb may stand ("el primer miembro del Mercosur en firmar").
ACT_REACH = 80


def became_ordinal_act(clause: str) -> re.Match | None:
    """The "became the Nth … to sign" phrase of a folded clause (BECAME_ORDINAL_ACT followed,
    within ACT_REACH and no clause break, by ACT_AFTER_ORDINAL), or None."""
    for found in BECAME_ORDINAL_ACT.finditer(clause):
        window = clause[found.end() : found.end() + ACT_REACH]
        stop = re.search(r"[,;:.]", window)
        window = window[: stop.start()] if stop else window
        if ACT_AFTER_ORDINAL.search(window):
            return found
    return None


@dataclass(frozen=True)
class Tie:
    """A state's positive status for a tie, dated by the event that began it."""

    tie_id: str  # the tie ids the status rests on, ';'-joined
    iso3: str
    tie_type: str
    status: str  # the status label
    date: str  # YYYY, YYYY-MM or YYYY-MM-DD: the date the status began
    conflict: bool
    source_id: str
    tier: str = ""
    # "<2019-04" (signed before April 2019): the date is only a bound the event came before
    # (round 26a); the order of "first" cannot put the state after an earlier dated one.
    before: bool = False

    @property
    def year(self) -> int:
        return int(self.date[:4])

    @property
    def month(self) -> int | None:
        return int(self.date[5:7]) if len(self.date) >= 7 else None

    def evidence(self, relation: str) -> Evidence:
        return Evidence(
            kind="tie",
            record_id=self.tie_id,
            source_id=self.source_id or None,
            relation=relation,
            value=float(self.year),
            unit="year",
            period=self.date,
            entity=self.iso3,
        )

    def label(self) -> str:
        flag = " (disputed)" if self.conflict else ""
        tier = f", {self.tier} source" if self.tier else ""
        return f"{self.iso3} {self.tie_type} {self.status} since {self.date}{flag}{tier} [{self.tie_id}]"


@functools.lru_cache(maxsize=16)
def tie_book(knowledge: KnowledgeView) -> TieBook:
    """The knowledge view's ties, classified once (views are hashed by identity)."""
    return TieBook.from_frame(knowledge.ties)


def status(knowledge: KnowledgeView, iso3: str, tie_type: str, on=None) -> TieStatus:
    return tie_status(tie_book(knowledge), iso3, DOMAIN_TIE[tie_type], on)


def as_tie(answer: TieStatus, tie_type: str) -> Tie | None:
    """The answer as a dated Tie, when it is positive (or disputed) and dated."""
    if answer.value == "disputed":
        dated = [(since, rows) for _, since, rows in answer.alternatives if since]
        if not dated:
            return None
        since = max(dated)[0]
    elif answer.positive and answer.since:
        since = answer.since
    else:
        return None
    return dated_tie(answer, tie_type, since)


def dated_tie(answer: TieStatus, tie_type: str, since: str) -> Tie | None:
    """The status `answer` as a Tie dated `since` (as written: "2017-11-17", "<2019-10"), any
    value: `as_tie` for a positive or disputed one, ties-date for a break (relations with
    Taipei, a withdrawal). None when `since` holds no date."""
    match = DATE.search(since)
    if not match:
        return None
    return Tie(
        ";".join(answer.tie_ids),
        answer.iso3,
        tie_type,
        answer.label,
        match.group(0),
        answer.value == "disputed",
        answer.source_ids[0] if answer.source_ids else "",
        answer.tier or "",
        since[: match.start()].strip().startswith("<"),
    )


def signing(knowledge: KnowledgeView, in_force: Tie) -> Tie | None:
    """The signature of an FTA in force: the status chinalac.domain.ties gives the day before
    it came into force, when that status is `signed` and dated; else None."""
    import datetime as dt

    if in_force.tie_type != "fta" or len(in_force.date) < 7:
        return None
    # A date known to the month ("2006-10", round s16a: Chile's entry into force as its primary
    # source gives it) is read from the month's first day: the signature came before it.
    first = in_force.date if len(in_force.date) >= 10 else f"{in_force.date[:7]}-01"
    day_before = dt.date.fromisoformat(first[:10]) - dt.timedelta(days=1)
    answer = tie_status(tie_book(knowledge), in_force.iso3, "fta", day_before)
    if answer.value != "signed" or not answer.since:
        return None
    match = DATE.search(answer.since)
    if not match:
        return None
    return Tie(
        ";".join(answer.tie_ids),
        answer.iso3,
        "fta",
        answer.label,
        match.group(0),
        False,
        answer.source_ids[0] if answer.source_ids else "",
        answer.tier or "",
    )


@functools.lru_cache(maxsize=256)
def positive_ties(knowledge: KnowledgeView, tie_type: str, on=None) -> tuple[Tie, ...]:
    """One Tie per state whose status for the tie is positive on `on` (default today)."""
    book = tie_book(knowledge)
    tie = DOMAIN_TIE[tie_type]
    out = []
    for iso3 in sorted({state for state, name in book.rows if name == tie}):
        found = as_tie(tie_status(book, iso3, tie, on), tie_type)
        if found is not None and not found.conflict:
            out.append(found)
    return tuple(out)


# A break with Taipei told with a verb and the words between it and "with Taiwan" (folded): "cut
# their ties with Taiwan", "cut all its ties with Taiwan", "breaking with Taiwan", "severed
# diplomatic relations with Taipei", "rompieron sus relaciones con Taiwán", "cortara todos sus
# lazos con Taiwán", "cortaram os seus laços com Taiwan", "romper com Taiwan". It names the
# state's relations with the PRC, as the lexicon's fixed phrases ("broke with Taiwan", "cut ties
# with Taiwan") do; the words between are a closed list, so "cut aid and trade with Taiwan" is
# no break (round s22a: main read no tie in such sentences and left their years unjudged).
BREAK_WITH_TAIWAN = re.compile(
    r"(?<![\w])(?:broke|break(?:s|ing)?|cut(?:s|ting)?|sever(?:s|ed|ing)?"
    # the imperfect of reported speech, "anunció que rompía con Taiwán", "anunciou que rompia com
    # Taiwan" (round r58b: main read no tie)
    r"|romp(?:e|en|er|io|ia|ian|iam|ieron|iera|ieran|eu|eram|esse)"
    r"|cort(?:o|a|an|ar|aron|ara|aran|aba|aban|ou|aram|ava|avam)"
    r"|rupture|ruptura|rompimiento|rompimento)"
    r"(?:\s(?:off|all|its|their|the|formal|official|diplomatic|long-standing|longstanding"
    r"|relations|ties|links|de|of|sus|las|los|todas|todos|relaciones|lazos|vinculos"
    r"|diplomaticas|diplomaticos|oficiales|as|os|seus|suas|relacoes|lacos|oficiais"
    # the years the ties had lasted: "cut its 85-year ties", "cortó sus 85 años de relaciones"
    # (the lead, stop 51)
    r"|\d{1,3}|\d{1,3}-year|anos|years|decadas|decades)){0,6}"
    r"\s(?:with|con|com)\s(?:(?:a|o|el|la)\s)?(?:taiwan|taipei|taipe|formosa)(?![\w])"
)


# A switch of recognition from Taipei to Beijing told with a verb (folded): "switched diplomatic
# recognition from Taiwan to China", "switched its allegiance to Beijing", "switched from Taipei to
# Beijing", "ditched Taiwan for Beijing", "Nicaragua shifted to Beijing in 2021", "cambió su
# reconocimiento diplomático de Taiwán a China", "pasó de Taiwán a China", "trocou Taiwan pela
# China", "mudou o reconhecimento diplomático de Taiwan para a China". It names the state's
# relations with the PRC (round 26b: main read no tie in "Nicaragua shifted to Beijing in 2021, El
# Salvador in 2018, Panama in 2017 and Costa Rica in 2007" and left the four years unjudged). A bare
# "switched/shifted to Beijing" is a switch only after a name, not after "talks", "focus",
# "production" and the like ("the talks shifted to Beijing in 2016" dates no tie); "to China" with
# no word of recognition is never one ("buyers switched to China").
_TO_PRC = (
    r"(?:beijing|pekin|pequim|china|the\s(?:prc|people's\srepublic\sof\schina)|mainland\schina)"
)
_FROM_TAIPEI = TAIWAN_SHORT_NAMES  # one list of Taiwan's names (vocabulary)
SWITCH_TO_BEIJING = re.compile(
    r"(?<![\w])(?:"
    # "switched (its) (diplomatic) recognition/allegiance/ties (from Taiwan) to China"; "moved"
    # and "changed" its recognition from Taipei to Beijing tell the same switch (round r57a: main
    # read no tie in "Costa Rica moved its diplomatic recognition from Taipei to Beijing in 2007")
    r"(?:switch(?:es|ed|ing)?|shift(?:s|ed|ing)?|transferr?(?:s|ed|ing)?"
    r"|mov(?:e|es|ed|ing)|chang(?:e|es|ed|ing))"
    r"(?:\s(?:its|their|the|formal|official|diplomatic)){0,3}"
    r"\s(?:recognition|allegiance|loyalty|ties|relations)"
    r"(?:(?:\saway)?\sfrom\s" + _FROM_TAIPEI + r")?"  # "away from Taiwan" (round r57a)
    r"\sto\s" + _TO_PRC + r"(?![\w])"
    # "switched (sides) from Taipei to Beijing"
    r"|(?:switch(?:es|ed|ing)?|shift(?:s|ed|ing)?)(?:\s(?:sides|allegiance|recognition))?"
    r"\sfrom\s" + _FROM_TAIPEI + r"\sto\s" + _TO_PRC + r"(?![\w])"
    # "ditched/dropped Taiwan for Beijing"
    r"|(?:ditch(?:es|ed|ing)?|dropp?(?:s|ed|ing)?|abandon(?:s|ed|ing)?)\s"
    + _FROM_TAIPEI
    + r"\s(?:for|in\sfavou?r\sof)\s"
    + _TO_PRC
    + r"(?![\w])"
    # a bare "switched/shifted to Beijing", not after a noun of talks, focus, trade or the like
    r"|(?<!talks\s)(?<!focus\s)(?<!attention\s)(?<!venue\s)(?<!meeting\s)(?<!summit\s)"
    r"(?<!production\s)(?<!operations\s)(?<!headquarters\s)(?<!negotiations\s)(?<!demand\s)"
    r"(?<!trade\s)(?<!business\s)(?<!investment\s)(?<!buyers\s)(?<!exports\s)(?<!imports\s)"
    r"(?:switched|shifted)\sto\s(?:beijing|pekin)(?![\w])"
    # "cambió su reconocimiento (diplomático) (de Taiwán) a China", "pasó de Taiwán a China"
    r"|(?:cambi(?:o|aron|a|an|ar)|traslad(?:o|aron|a|an|ar)|pas(?:o|aron|a|an|ar)"
    r"|movi(?:o|eron)|mov(?:e|er))"
    r"(?:\s(?:su|sus|el|la|los|las)){0,1}\s(?:reconocimiento|lealtad|relaciones)"
    r"(?:\sdiplomatic[oa]s?)?(?:\sde\s"
    + _FROM_TAIPEI
    + r")?\s(?:a|hacia|por)\s(?:la\s)?"
    + _TO_PRC
    + r"(?![\w])"
    r"|(?:cambi(?:o|aron)|pas(?:o|aron)|mud(?:ou|aram)|pass(?:ou|aram))\sde\s"
    + _FROM_TAIPEI
    + r"\s(?:a|para)\s(?:(?:a|la)\s)?"
    + _TO_PRC
    + r"(?![\w])"
    # "cambió Taiwán por China", "trocou Taiwan pela China"
    r"|(?:cambi(?:o|aron)|troc(?:ou|aram))\s(?:(?:a|o)\s)?"
    + _FROM_TAIPEI
    + r"\s(?:por|pela|pelo)\s(?:(?:a|la)\s)?"
    + _TO_PRC
    + r"(?![\w])"
    # "mudou/transferiu o (seu) reconhecimento (diplomático) (de Taiwan) para a China"
    r"|(?:mud(?:ou|aram|ar)|transfer(?:iu|iram|ir))(?:\s(?:o|os|a|as|seu|seus|sua|suas)){0,2}"
    r"\s(?:reconhecimento|lealdade|relacoes)(?:\sdiplomatic[oa]s?)?(?:\sde\s"
    + _FROM_TAIPEI
    + r")?\s(?:para|a)\s(?:(?:a|o)\s)?"
    + _TO_PRC
    + r"(?![\w])"
    r")"
)


# Ties or relations with China "at the expense of Taiwan" (folded): "estrechar lazos con China a
# costa de Taiwán", "relaciones con Pekín en detrimento de Taipéi", "ties with Beijing at the
# expense of Taipei", "laços com a China em detrimento de Taiwan" (round r58b: main read no tie
# before the list "República Dominicana, en mayo pasado; Panamá, en junio de 2017"). A likely
# reading of the switch only: "estrechar lazos" may be a later step, so a date it alone ties to
# the relations is borne out, never refuted (`ties_date`). Relations of a kind ("relaciones
# comerciales con China a costa de Taiwán") are no switch.
AT_EXPENSE_OF_TAIWAN = re.compile(
    r"(?<![\w])(?:ties|relations|lazos|relaciones|vinculos|lacos|relacoes)"
    r"(?:\s(?:diplomatic(?:os|as|o|a)?|oficiales|oficiais|official|formal(?:es)?))?"
    r"\s(?:with|con|com)\s(?:(?:la|a|the)\s)?"
    + _TO_PRC
    + r"\s(?:a\scosta|en\sdetrimento|at\sthe\sexpense|a\scusta|em\sdetrimento)"
    r"\s(?:de|of|da|do)\s(?:(?:la|a|o)\s)?" + _FROM_TAIPEI + r"(?![\w])"
)


def switch_only_at_expense(sentence: str) -> bool:
    """Is the sentence's only cue of the relations AT_EXPENSE_OF_TAIWAN (a likely reading)?"""
    folded = fold(sentence)
    if not AT_EXPENSE_OF_TAIWAN.search(folded):
        return False
    return not any(
        pattern.search(folded)
        for pattern, tie in _cue_patterns()
        if tie == "diplomatic_relations_prc" and pattern is not AT_EXPENSE_OF_TAIWAN
    )


# Relations held since a date, the kind unnamed, with nothing between "relations" and "since"
# but China (folded): "Mexico and China have had relations since 1972", "México y China tienen
# relaciones desde 1972", "O Brasil e a China mantêm relações desde 1974" (the lead, stop 47:
# main recognised no metric). Held relations of a state with China are the diplomatic tie; a
# word of their kind or quality in between ("relaciones comerciales", "close relations since
# 2013") is no match.
HELD_RELATIONS_SINCE = re.compile(
    r"(?<![\w])(?:(?:have|has)\s(?:had|maintained|enjoyed)|(?:han|ha)\smantenido"
    r"|(?:tienen|tiene|mantienen|mantiene|sostienen|sostiene)"
    r"|tem|mantem|(?:tem|teem)\smantido)"
    r"\s(?:relations|relaciones|relacoes)"
    r"(?:\s(?:with|con|com)\s(?:(?:la|a|the)\s)?" + _TO_PRC + r")?"
    r"\s(?:since|desde)(?![\w])"
)
# Relations China, the subject, holds with a partner named after "with" since a date, a word of
# their steadiness allowed (folded): "China has kept stable relations with Trinidad and Tobago
# since 1974", "China mantiene relaciones estables con Trinidad y Tobago desde 1974", "A China
# mantém relações estáveis com Trinidad e Tobago desde 1974" (round r55a: main read no tie). A
# word of their kind or closeness ("trade relations", "close relations") is still no match, and
# the date is only borne out, as every held tie's "since" is.
_STEADY = (
    r"(?:stable|steady|uninterrupted|unbroken|continuous|estables|ininterrumpidas|continuas"
    r"|estaveis|ininterruptas)"
)
HELD_BY_CHINA_SINCE = re.compile(
    r"(?<![\w])"
    + _TO_PRC
    + r"\s(?:(?:has|have)\s(?:had|kept|maintained|enjoyed)|(?:ha|han)\smantenido|mantiene"
    r"|mantienen|tiene|mantem|tem|(?:tem|teem)\smantido)"
    r"\s(?:" + _STEADY + r"\s)?(?:relations|relaciones|relacoes)(?:\s" + _STEADY + r")?"
    r"\s(?:with|con|com)\s(?!" + _FROM_TAIPEI + r")[^,.;:]{1,40}?\s(?:since|desde)(?![\w])"
)


# Relations named first and told established right after, in an apposition or a relative clause
# (folded): "The relations, first established in 1980, were upgraded", "the ties they first
# established in 1980", "las relaciones, establecidas en 1980,", "as relações, estabelecidas em
# 1974," (round r56a: main read no tie and took 1980 for a first_year fact). Relations of a kind
# named before them ("trade relations, established in 1952") are no diplomatic tie.
_NO_KIND_BEFORE = (
    r"(?<!trade\s)(?<!business\s)(?<!economic\s)(?<!commercial\s)(?<!cultural\s)"
    r"(?<!military\s)(?<!consular\s)"
)
RELATIONS_THEN_ESTABLISHED = re.compile(
    r"(?<![\w])" + _NO_KIND_BEFORE + r"(?:relations|ties|relaciones|relacoes|lazos|lacos)"
    r"(?:,\s{1,2}|\s(?:they|which|that|que)\s)"
    r"(?:(?:were|fueron|foram|se)\s)?(?:first\s|primero\s)?"
    r"(?:established|set\s+up|establecid[oa]s|estabelecid[oa]s|establecieron|estabeleceram)"
    r"\s{1,2}(?:in|en|em)(?![\w])"
)


# Diplomatic relations told as beginning on the date right after the verb (folded; searched up to
# the date, which must follow at once): "diplomatic relations between Uruguay and China began in
# 1988", "las relaciones diplomáticas con China se iniciaron en 1988", "comenzaron el 3 de febrero
# de 1988", "as relações diplomáticas com a China começaram em 1974", "tiveram início em 1974"
# (the lead, stop 55: main found no event verb and left "iniciaron en 1998" unread, u5703). A
# beginning of relations is their establishment. "Diplomatic" is required (trade relations begin
# with a first sale); "began to deepen in 2005" is no beginning of the relations.
RELATIONS_BEGAN = re.compile(
    r"(?<![\w])(?:diplomatic\s(?:relations|ties)|relaciones\sdiplomaticas|relacoes\sdiplomaticas"
    r"|lazos\sdiplomaticos|lacos\sdiplomaticos)(?![\w])[^,.;:()]{0,60}?"
    r"(?<![\w])(?:began|begun|started|commenced|(?:se\s)?iniciaron|comenzaron|empezaron"
    r"|(?:se\s)?iniciaram|comecaram|tiveram\sinicio|tuvieron\sinicio)"
    r"(?:\s(?:formally|officially|formalmente|oficialmente))?"
    r"\s{1,2}(?:(?:in|on|en|em|el|no|na)\s{1,2})?$"
)


# Relations of another kind after a cue that ends in "relations" ("estableció relaciones
# comerciales con China en 1952", "estabeleceu relações econômicas"): no diplomatic tie (round
# s22d: main refuted Chile's trade relations of 1952 by its diplomatic relations of 1970). The
# lookahead is added to such cues' patterns (folded text).
@functools.cache
def _cue_patterns() -> tuple[tuple[re.Pattern, str], ...]:
    out = []
    for phrase, tie in tie_cues():
        source = phrase_pattern(phrase, plural=False)
        last = fold(phrase).rsplit(" ", 1)[-1]
        if last in ("relaciones", "relacoes", "relations", "ties", "lazos", "lacos"):
            # the kind of relations is not named after a cue that ends in "relations" (or
            # "lazos", "laços", "ties": "establecieron lazos comerciales", round 27b)
            source += r"(?!\s{1,3}(?:comerc|econom|trade|commerc|cultur|financ|militar|military"
            source += r"|consular|parlament|de\s+comercio|de\s+amizade|de\s+amistad|of\s+trade"
            source += r"|of\s+friendship|de\s+coopera|of\s+cooperation|empresar|business))"
        out.append((re.compile(source), tie))
    return (
        *out,
        (BREAK_WITH_TAIWAN, "diplomatic_relations_prc"),
        (SWITCH_TO_BEIJING, "diplomatic_relations_prc"),
        (AT_EXPENSE_OF_TAIWAN, "diplomatic_relations_prc"),
        (HELD_RELATIONS_SINCE, "diplomatic_relations_prc"),
        (HELD_BY_CHINA_SINCE, "diplomatic_relations_prc"),
        (RELATIONS_THEN_ESTABLISHED, "diplomatic_relations_prc"),
    )


def tie_types_named(sentence: str) -> list[str]:
    folded = fold(sentence)
    found: list[str] = []
    for pattern, tie in _cue_patterns():
        if pattern.search(folded) and tie not in found:
            found.append(tie)
    return found


def nearest_tie_type(sentence: str, start: int, end: int) -> str | None:
    """The tie type a figure at `start:end` of the sentence dates when the sentence names
    several: the one whose cue ends nearest before it ("established relations in 2007 and
    signed a free trade agreement in April 2010": 2007 is the relations', April 2010 the
    FTA's, the date following its event), else the one whose cue starts nearest after it
    ("In 2007, Costa Rica established relations"). None when no cue is named."""
    folded = fold(sentence)
    before: dict[str, int] = {}
    after: dict[str, int] = {}
    for pattern, tie in _cue_patterns():
        for match in pattern.finditer(folded):
            if match.end() <= start:
                before[tie] = min(start - match.end(), before.get(tie, start))
            elif match.start() >= end:
                after[tie] = min(match.start() - end, after.get(tie, len(folded)))
    side = before or after
    return min(side, key=side.__getitem__) if side else None


# The event an ordinal of states ranks: "fue el cuarto país latinoamericano en firmar un TLC",
# "the first Central American country to sign an FTA", "o segundo país a assinar": the
# connector right after the rank's words (folded text; used with .match at the rank's end).
RANK_EVENT = re.compile(r"\s{1,3}(?:en|to|a|que|in|em)\s(?=\w)")


# The region or subregion a rank of states is of, between the rank and its event (folded): "the
# fifth country in the region to sign", "el primer país de América Latina en firmar", "o quinto
# país da região a assinar" (the lead, stop 46: main found no event after "da região").
REGION_AFTER_RANK = re.compile(
    r"\s{1,3}(?:in|of|de|da|do|del|en|na|no)\s(?:(?:the|la|a|o)\s)?(?:region|regiao|"
    r"latin\s+america|america\s+latina|caribbean|caribe|central\s+america|centroamerica|"
    r"america\s+central|south\s+america|sudamerica|america\s+del\s+sur|america\s+do\s+sul|"
    r"hemisphere|hemisferio)(?![\w])"
)


# The partners a rank of states ranks among, told after its noun as the tie they hold (folded):
# "el último socio de TLC en adherirse", "o último parceiro de TLC a aderir", "the latest partner
# with an FTA to join" (the lead, stop 54: main found no event after "de TLC", and the Portuguese
# rank was borne out by the relations dated earlier in the sentence).
PARTNERS_AFTER_RANK = re.compile(
    r"\s{1,3}(?:de|del|com|con|with)\s(?:(?:um|uma|un|una|an?)\s)?"
    r"(?:tlc|fta|free\s+trade\s+agreement|tratado\s+de\s+libre\s+comercio|"
    r"acordo\s+de\s+livre[\s-]comercio)(?![\w])"
)


def rank_event_tie(sentence: str, end: int, reach: int = 60) -> str | None:
    """The tie type an ordinal of states ending at `end` ranks: the first tie cue within `reach`
    characters after "en"/"to"/"a"/"que" following it; None when the rank is not followed so
    (round s21b: "cuarto país … en firmar un TLC" was judged by the relations dated before it).
    The region ("… da região a …") or the partners' own tie ("… de TLC a aderir …") may come
    between the rank and its event."""
    folded = fold(sentence)
    region = REGION_AFTER_RANK.match(folded, end) or PARTNERS_AFTER_RANK.match(folded, end)
    after = RANK_EVENT.match(folded, region.end() if region else end)
    if not after:
        return None
    start = after.end()
    hits = [
        (match.start(), tie)
        for pattern, tie in _cue_patterns()
        for match in pattern.finditer(folded, start, min(len(folded), start + reach))
    ]
    return min(hits)[1] if hits else None


# The event of an FTA a sentence dates or ranks (folded): its signature or its entry into force.
# "el tratado se firmó / se suscribió en 2010", "o acordo foi assinado em 2005", "inked in 2010",
# "rubricado en 2010": the signature, not the entry into force, is dated.
SIGNED = re.compile(
    r"(?<![\w])(?:sign|firm|suscri|subscr|assin|ink(?:s|ed|ing)?(?![\w])|rubric(?!a(?:s)?(?![\w])))"
)
# "took effect" (round s22a: the old "t[ao]ke?s?" spelling missed it, so "The agreement was signed
# in November 2005 and took effect in October 2006" dated both by the signature's clause).
# "empezará a regir el próximo 1 de mayo", "rige desde", "became effective" (round s25b: main
# found no event in "regir" and left the FTA's day unread).
IN_FORCE = re.compile(
    r"(?<![\w])(?:in\s+force|into\s+force|into\s+effect|(?:takes?|taken|took|taking)\s+effect"
    r"|vigor|vigencia|vigente|efect|efeit"
    r"|(?:becomes?|became|become)\s+effective"
    r"|(?:regir|rige|rigen|regira|regiran|rigio|rigieron)(?![\w]))"
)

# Which states a rank of ties ranks among (read by ties-rank and first-rank, so kept here, with
# the ties' words): a subregion of `countries.csv`, a group of `country_groups.csv` named in the
# rank's words (GROUP_WORDS, RANK_GROUP), or a narrower group nothing stored lists.
# A subregion the sentence ranks within ("the first of its kind between China and Central
# American countries", "el primer país sudamericano", "o primeiro país caribenho"): the order
# is taken among the states of `countries.csv` with that subregion. "Latin America and the
# Caribbean", "Latin American and Caribbean", "latinoamericano y caribeño" name the whole
# region, not the Caribbean.
SUBREGION_WORDS = (
    (
        "central_america",
        re.compile(
            r"\b(?:central\s+america(?:n|ns)?|centroamerica(?:no|nos|na|nas)?|"
            r"centro-?american[oa]s?|america\s+central)\b"
        ),
    ),
    (
        "south_america",
        re.compile(
            r"\b(?:south\s+america(?:n|ns)?|sudamerica(?:no|nos|na|nas)?|suramerica(?:no|nos|na|nas)?|"
            r"sul-?american[oa]s?|america\s+del\s+sur|america\s+do\s+sul)\b"
        ),
    ),
    ("caribbean", re.compile(r"\b(?:caribbean|caribe|caribeno|caribenos|caribenh[oa]s?)\b")),
)

# "Latin American and Caribbean", "latinoamericano y caribeño": the Caribbean after it is the
# whole region's.
WHOLE_REGION_BEFORE = re.compile(r"\blatin")

# A group of states narrower than the region, named by language or membership (folded):
# "the first country in the English-speaking Caribbean", "el primer país de habla inglesa", "o
# primeiro país anglófono", "the first CARICOM member". The store's firsts are the whole
# region's (Lu2023: Cuba's relations of 1960 are the first in Latin America); a first of a
# narrower group is another order, which nothing stored ranks unless the group is held in
# `country_groups.csv` and named in the rank's own words (`group_named`: the English-speaking
# Caribbean, CARICOM); any other such word leaves the rank unjudged
# (round 46a: main bore out "Cuba was the first country in the English-speaking Caribbean …"
# by Cuba's first in the region).
NARROWER_GROUP = re.compile(
    r"\b(?:(?:english|spanish|french|dutch|portuguese)[\s-]speaking|anglophone|francophone|"
    r"anglofon[oa]s?|francofon[oa]s?|angloparlantes?|hispanohablantes?|lusofon[oa]s?|"
    r"de\s+habla\s+(?:inglesa|hispana|francesa)|de\s+lingua\s+(?:inglesa|espanhola|francesa)|"
    r"caricom|mercosur|mercosul|andean|andin[oa]s?)\b"
)


# The groups narrower than a subregion whose members `country_groups.csv` holds, named in the
# rank's own words (folded): "the first English-speaking Caribbean country", "the first country
# in the English-speaking Caribbean", "el primer país del Caribe anglófono", "el primer país
# caribeño de habla inglesa", "o primeiro país caribenho de língua inglesa", "the first CARICOM
# member", "el primer miembro de la Comunidad del Caribe", "o primeiro país da Comunidade do
# Caribe". Only a group named between the rank's word and its event is read: a group named
# elsewhere in the sentence ("at the CARICOM summit, …") is not the rank's, and leaves the rank
# unjudged (NARROWER_GROUP).
GROUP_WORDS = (
    (
        "english_caribbean",
        r"(?:english[\s-]speaking|anglophone)\s(?:caribbean|(?:country|nation|state)\s(?:in|of)\s"
        r"(?:the\s)?caribbean)|caribe\s(?:anglofono|de\s(?:habla|lingua)\singlesa)|"
        r"caribe(?:n|nh)[oa]\s(?:anglofon[oa]|de\s(?:habla|lingua)\singlesa)",
    ),
    (
        "caricom",
        r"caricom|caribbean\s+community|comunidad\s+del\s+caribe|comunidade\s+do\s+caribe",
    ),
)
# The rank's word, its noun and a preposition before the group, the group, the noun after it,
# then the event ("to establish", "en establecer", "a estabelecer", "que firmó"): used with
# .match at the rank's start (folded).
RANK_GROUP = re.compile(
    r"(?:first|primer|primera|primeir[oa]|latest|last|ultim[oa])\s"
    r"(?:(?:country|nation|state|member|pais|nacion|estado|nacao|miembro|membro)\s)?"
    r"(?:(?:in|of|among|de|da|do|del|en|na|no|entre)\s(?:(?:the|la|las|los|a|as|o|os)\s)?)?"
    r"(?:" + "|".join(f"(?P<{code}>{words})" for code, words in GROUP_WORDS) + r")"
    r"(?:\s(?:member\s)?(?:country|nation|state|member|pais|nacion|estado|nacao|miembro|membro))?"
    r"(?=\s{1,3}(?:to\s|que\s|(?:en|a|em)\s{1,3}\w+(?:ar|er|ir|or)(?:se)?\b))"
)


def group_named(folded: str, start: int) -> tuple[str, int, int] | None:
    """The held group a rank starting at `start` in the folded sentence ranks within, with the
    span of the group's words; None when the rank's words name none."""
    found = RANK_GROUP.match(folded, start)
    if found is None:
        return None
    code = next(code for code, _ in GROUP_WORDS if found.group(code) is not None)
    return code, found.start(code), found.end(code)


def subregion_named(sentence: str) -> str | None:
    """The one subregion the sentence names, else None (none, or more than one)."""
    folded = fold(sentence)
    named = {
        code
        for code, pattern in SUBREGION_WORDS
        for match in pattern.finditer(folded)
        if not (
            code == "caribbean"
            and WHOLE_REGION_BEFORE.search(folded[max(0, match.start() - 30) : match.start()])
        )
    }
    return named.pop() if len(named) == 1 else None
