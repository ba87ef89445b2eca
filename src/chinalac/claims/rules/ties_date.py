"""Rule `ties-date`: a dated event of a bilateral tie against the ties table.

    "It was not until 1960, when China and Cuba established formal diplomatic relations"
    → diplomatic_relations_prc · CUB dated 1960-09-28 → supported

Applies to dates (and dated ranks such as "Argentina, the latest one, joined in February
2022") in a sentence that names a tie (lexicon/tie_cues.csv) and a CELAC state. The state's
status at the end of the claimed period comes from chinalac.domain.ties.tie_status: the claim is
supported when the status is positive and began in that period (compared by year, and by month
when both sides give one), contradicted when the sentence states the event and the status
began at another date (or was not held), and disputed when only disagreeing sources speak.
An FTA said to be signed ("se firmó", "se suscribió", "foi assinado") is dated by its signature
(the status the domain gives the day before it came into force), not by its entry into force.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import re
from collections.abc import Iterator
from typing import ClassVar

from chinalac.claims.article_date import FILE_METADATA, TODAY, day_in_brackets, weekday_day
from chinalac.claims.entities import EntityIndex
from chinalac.claims.extract import (
    AGREEMENT_WITH_CHINA,
    CHINA_NAMED,
    PAIR_NAMED,
    year_when_event_after,
)
from chinalac.claims.models import Evidence, Finding, Kind, Period, Qualifier, Verdict
from chinalac.claims.rules.base import (
    APPOSITIVE_BEFORE,
    CheckContext,
    decade_years,
    folded_sentence,
    rank_of_today,
    ranks_no_state,
)
from chinalac.claims.rules.ties_common import (
    ANNIVERSARY,
    AT_EXPENSE_OF_TAIWAN,
    BREAK_WITH_TAIWAN,
    DOMAIN_TIE,
    IN_FORCE,
    RELATIONS_BEGAN,
    SIGNED,
    SPAN_PART_BEFORE,
    SWITCH_TO_BEIJING,
    Tie,
    as_tie,
    became_ordinal_act,
    dated_tie,
    nearest_tie_type,
    rank_event_tie,
    signing,
    status,
    switch_only_at_expense,
    tie_book,
    tie_types_named,
)
from chinalac.claims.rules.ties_rank import order_finding, ordinal_finding, ranks_states
from chinalac.claims.vocabulary import TAIWAN_NAMED, fold
from chinalac.domain.ties import rival_rows, spells

REGIONS = {"LAC", "CHN", "WLD", "TWN", "HKG", "MAC", None}
# Tie types whose dated rows are events (a signature, an establishment); Confucius Institute
# rows are dated counts and cannot date a founding.
EVENT_TIES = {"diplomatic_relations_prc", "bri_mou", "fta", "aiib", "partnership"}
# The People's Republic was proclaimed on 1 October 1949: a tie dated before it is with the Qing
# empire or the Republic of China, which no row of the ties table holds.
PRC_FOUNDED = (1949, 10)
# A contradiction needs the sentence to speak of the tie's own event, not of talks about it.
# "cuando Cristina Kirchner sella la alianza estratégica integral", "sealed the partnership",
# "selou a parceria" (round s22b): sealing a tie is its event; the Spanish and Portuguese verb
# forms are spelled out, so that English "sell"/"sold" is no such verb.
# "entr" is "entró / entrou / entrar (en vigor)", never the preposition "entre" nor "entrega",
# "entrevista", "entretanto" (round 28b: "Uruguay y China, en 2019, discutieron un tratado de
# libre comercio entre ellos" and "En una entrevista en 2019 …" were refuted by the FTA's status).
# "re-established", "restableció", "o restabelecimento das relações" (Brazil's of 1974, after
# the break of 1949) date the tie's event as "established" does (stop 42: "formalizaram o
# restabelecimento das relações bilaterais" in "15 de agosto de 1974" had no reading). A bare
# "formalizaron sus relaciones" stays no event verb: round 32b bears its date out by the tie,
# never refutes it.
EVENT_VERB = re.compile(
    r"(?<![\w])(?:sign|join|establish|establec|estabelec|re-?establish|restablec|restabelec|adher|adhir|ader|incorpor|se sum|firm|assin|suscrib|subscrev|ratif|enter|entr(?!e(?![\w])|eg|ev|et)|became a member|member|upgrad|elev|recogni|reconoc|reconhec|break|broke|romp|switch"
    r"|(?:regir|rige|rigen|regira|regiran|rigio|rigieron)(?![\w])|(?:becomes?|became|become)\s+effective"
    r"|seal(?:s|ed|ing)?(?![\w])|sell(?:a|o|an|aron|ar|ado|ada|aba|aban)(?![\w])"
    r"|sel(?:a|ou|aram|ar|ado|ada|ava|avam)(?![\w])"
    # "China and Costa Rica inked a free trade agreement", "rubricaron el tratado", "rubricaram o
    # acordo" (round 46a: main found no event in "inked" and left the FTA's date unread).
    r"|ink(?:s|ed|ing)?(?![\w])|rubric(?!a(?:s)?(?![\w]))"
    # "the two governments set up diplomatic relations", "forged ties", "entablaron relaciones
    # diplomáticas", "reataram relações" (round r54a: main found no event in "set up" and left
    # the day of Costa Rica's relations unread)
    r"|set(?:s|ting)?\s{1,2}up(?![\w])|forg(?:e|es|ed|ing)(?![\w])"
    r"|entabl(?:o|aron|ar|ado|ada|adas|ados)(?![\w])|reat(?:ou|aram|ar|ado|ados)(?![\w]))"
)
# "la Asamblea Legislativa lo ratificó en junio de 2011", "ratified by Congress in 2011", "o
# Congresso aprovou em 2011": a third event of an FTA, between its signature and its entry into
# force, that the ties table does not date (a ratification is neither).
RATIFIED = re.compile(r"(?<![\w])(?:ratif|aprob|aprov|approv)")
# An agreement "closed" with China (folded): "el acuerdo de libre comercio que Ecuador cerró con
# China …, en mayo de 2023", "cerró un tratado de libre comercio con China en 2023", "o acordo que
# o Equador fechou com a China". Spanish and Portuguese say so of a signed deal, but also of
# talks concluded before the signature; a date it governs is read as the signature's and only
# borne out, never refuted (round 44b: main found no event and left the month unread). Only the
# agreement itself as the object ("cerró las negociaciones" is talks).
CLOSED_DEAL = re.compile(
    r"(?<![\w])(?:acuerdo|tratado|tlc|fta|acordo)(?![\w])[^,.;:()]{0,40}?(?<![\w])(?:que|which)"
    r"\s[^,.;:()]{0,30}?(?<![\w])(?P<v>cerro|cerraron|fechou|fecharam)(?![\w])"
    r"|(?<![\w])(?P<v2>cerro|cerraron|fechou|fecharam)\s{1,2}(?:el|un|o|um)\s{1,2}"
    r"(?:acuerdo|tratado|tlc|acordo)(?![\w])"
)
TALKS = re.compile(r"(?<![\w])(?:talks|negotiat|negocia|launch|lanz|lanc|consider|study|estud)")
# A treaty told as held "since" the date, right before it (folded): "el TLC que ambos mantienen
# desde marzo del 2010", "el tratado que tiene con el Perú desde 2010", "o acordo que os dois
# mantêm desde março de 2010", "the FTA the two have had since March 2010". A treaty is held
# from its entry into force, so the date is the tie's, not the talks' of the clause ("China
# negocia la optimización del TLC que ambos mantienen desde …"; round r64a: main read the
# month as the talks' date and left it unjudged). The treaty's noun leads to the verb.
HELD_SINCE_BEFORE_DATE = re.compile(
    r"(?<![\w])(?:fta|tlc|agreement|treaty|tratado|acuerdo|acordo)(?![\w])\)?[^,;:()]{0,60}?"
    r"(?<![\w])(?:mantien\w*|mantem|tien(?:e|en)|tem|have\s+had|has\s+had|have\s+held|has\s+held"
    r"|have\s+maintained|has\s+maintained)(?:\s+[\w-]+){0,4}?\s+(?:desde|since)"
    r"(?:\s+(?:el|o|a))?\s*$"
)
# The words after the talks that end in a tie and the verb of its signature, at most two words
# before the date (folded): "… on expanding the free trade agreement the two signed 11 years
# ago", "… el tratado de libre comercio que ambos firmaron hace 11 años", "… o acordo de livre
# comércio que os dois assinaram há 11 anos". The date is the signature's, not the talks'.
SIGNED_TIE_BEFORE_DATE = re.compile(
    r"(?<![\w])(?:fta|tlc|agreement|treaty|tratado|acuerdo|acordo)(?![\w])[^,;:()]{0,40}?"
    r"(?<![\w])(?:signed|firm\w*|suscribi\w*|assin\w*)(?:\s+[a-z]+){0,2}\s*$"
)


# Relations whose partner is Taiwan (folded): "relations with Taiwan", "relaciones diplomáticas
# con Taipéi", "relações com Taiwan"; and a partner named as the PRC: "… con China", "with
# Beijing", "com a China".
WITH_TAIWAN = re.compile(
    r"(?<![\w])(?:relations|relationship|ties|relaciones|relacion|lazos|relacoes|relacao|lacos)"
    r"(?:\s+(?:diplomatic\w*|oficiales|officials?|oficiais))?\s+(?:with|con|com)\s+"
    r"(?:(?:a|o|la|el)\s+)?(?:taiwan|taipei|taipe|formosa|republica\s+de\s+china|republic\s+of\s+china)"
)
WITH_PRC = re.compile(
    r"(?<![\w])(?:with|con|com)\s+(?:(?:a|o|la|el|the)\s+)?(?:china|pekin|beijing|pequim"
    r"|republica\s+popular|people'?s\s+republic)(?![\w])"
)


# A break with Taipei (folded): the day a state switched, which the PRC tie dates ("Panama
# broke diplomatic relations with Taiwan in 2017").
BROKE = re.compile(
    r"(?<![\w])(?:broke|break|cut|sever|ended|end\s+to|rompi|romp|cort|puso\s+fin|termin"
    r"|rompeu|romper|encerr|cortou)"
)


# Beijing recognised as a market economy (folded): "Brazil recognised Beijing as a market
# economy in 2004", "reconoció a Pekín como economía de mercado", "reconheceu a China como
# economia de mercado": a trade status, no event of the diplomatic tie the verb of recognition
# would otherwise date (stop 42: "reconoció a Pekín como economía de mercado en 2004" was
# refuted by Brazil's relations of 1974 once "reconocer a Pekín" named the tie).
MARKET_ECONOMY = re.compile(r"(?<![\w])(?:market[\s-]{1,2}economy|economia\s{1,2}de\s{1,2}mercado)")


RECOGNISED = re.compile(r"(?<![\w])(?:recogni|reconoc|reconhec)")
RELATIONS_WORD = re.compile(r"(?<![\w])(?:relations|relaciones|relacoes|ties|lazos|lacos)(?![\w])")


def _market_economy_date(folded: str, start: int, end: int) -> bool:
    """Is the date at `start:end` that of a recognition as a market economy: the status named
    between the last event verb before the date and the date ("recognised it as a market
    economy in 2004"), or, when no tie's words come before the date, after the first
    recognition after it ("In 2004 Brazil recognised China as a market economy")? A date of the relations in another clause stays theirs
    ("established relations with China in 1974 and recognised it as a market economy in
    2004": 1974 is the relations')."""
    verbs = list(EVENT_VERB.finditer(folded, 0, start))
    if verbs and MARKET_ECONOMY.search(folded, verbs[-1].start(), start):
        return True
    if verbs or RELATIONS_WORD.search(folded, 0, start):
        return False  # the date follows the tie's own words: theirs
    following = EVENT_VERB.search(folded, end)
    return bool(
        following is not None
        and RECOGNISED.match(folded, following.start())
        and MARKET_ECONOMY.search(folded[following.end() : following.end() + 60])
    )


def _relations_with_taiwan(folded: str) -> bool:
    """Does the sentence speak of relations with Taiwan (other than their break, or the switch
    that ended them: "switched recognition to Beijing in 2007, ending six decades of ties with
    Taipei"; the lead, stop 51: main read no tie), and of none with the PRC?"""
    return (
        bool(WITH_TAIWAN.search(folded))
        and not WITH_PRC.search(folded)
        and not BROKE.search(folded)
        and not SWITCH_TO_BEIJING.search(folded)
    )


# A change of recognition that may go either way (folded): a switch, a restoring, a change of
# recognition ("switched recognition", "restableció relaciones", "cambió de reconocimiento",
# "mudou o reconhecimento", "resumed ties").
EITHER_WAY = re.compile(
    r"(?<![\w])(?:switch\w*|restor\w*|re-?establish\w*|restablec\w*|reestablec\w*|restabelec\w*"
    r"|resum\w*|reanud\w*|retom\w*|cambi\w*\s+(?:de|su|el)\s+reconocimiento"
    r"|mud\w*\s+(?:o|seu)\s+reconhecimento|troc\w*\s+o\s+reconhecimento)"
)
EITHER_SIDE = "a change of recognition told without saying to which side"
# The words that name the PRC's side (folded): "China", "Beijing", "Pekín", "Pequim", "the PRC";
# Taiwan's side is vocabulary.TAIWAN_NAMED.
PRC_NAMED = re.compile(
    r"(?<![\w])(?:china|chinese|beijing|pekin|pequim|prc|republica\s+popular)(?![\w])"
)
# Where the words leading to a date begin (folded): a comma, a semicolon, a colon, "and", "y",
# "e", "but", "pero", "mas", "while", "mientras", "enquanto".
# An upgrade of a free trade agreement in the date's clause (folded): "Chile and China upgraded
# their FTA in 2019", "el TLC, que se actualizó en 2019", "o acordo, atualizado em 2019": the
# upgrade is an event of its own (Chile's protocol, signed 2017, in force 2019), not the FTA's
# signature or entry into force (round 28b: main refuted 2019 by the FTA in force since 2006).
# Not "ampliar": "el TLC, vigente desde enero de 2024, ampliou o déficit" (round s24b's test).
FTA_UPGRADE = re.compile(r"(?<![\w])(?:upgrad|actualiz|atualiz|moderniz)")
# A supplementary agreement or protocol of an FTA (folded): "signed its Supplementary Agreement
# on Services", "firmaron el acuerdo complementario", "assinaram o protocolo". Its signature is
# an event of its own (Chile's services agreement, 2008), not the FTA's (round 36a: main read
# "The China-Chile FTA was carried out smoothly in 2008, and the two sides signed its
# Supplementary Agreement on Services" as the FTA signed in 2008, and refuted it by 2005).
FTA_SUPPLEMENT = re.compile(
    r"(?<![\w])(?:(?:supplement(?:ary|al)|additional|complementary)\s+(?:agreements?|protocols?)"
    r"|(?:acuerdos?|acordos?|convenios?)\s+(?:suplementari[oa]s?|complementari[oa]s?"
    r"|suplementar(?:es)?|complementar(?:es)?|adicional(?:es)?)"
    r"|protocol(?:o|os|s)?|termo\s+aditivo)(?![\w])"
)
# How far after a verb of signing its object is read for such an agreement (characters).
SUPPLEMENT_REACH = 60


# The original FTA told with its signature right before the date (folded): "o acordo de livre
# comércio original assinado em 2009", "el TLC original, firmado en 2009", "the original free
# trade agreement signed in 2009". The word "original" sets the FTA apart from the protocol or
# upgrade the clause speaks of, so the date is the FTA's signature even beside a protocol (round
# 51a: main read "o protocolo parte do acordo de livre comércio original assinado em 2009" as
# the protocol's date and left it unread).
ORIGINAL_FTA_SIGNED = re.compile(
    r"(?:(?:acordo|acuerdo|tratado)\s{1,2}de\s{1,2}(?:livre|libre)\s{1,2}comercio|tlc|alc|fta)"
    r"\s{1,2}(?:original|inicial),?\s{1,2}(?:assinado|firmado|suscrito)\s{1,2}(?:em|en)\s{1,2}\Z"
    r"|(?:original|initial)\s{1,2}(?:free\s{1,2}trade\s{1,2}agreement|fta),?\s{1,2}signed"
    r"\s{1,2}in\s{1,2}\Z"
)


# A plan that carries the Belt and Road memorandum out, named in the date's own clause (folded):
# "in December 2021 Cuba and China signed a cooperation plan to push the initiative further", "en
# diciembre de 2021 Cuba y China firmaron un plan de cooperación", "o plano de cooperação", "an
# implementation plan", "un plan de acción". Its signature is an act of its own, later than the
# memorandum (round 52c: main refuted Cuba's plan of December 2021 by the memorandum of November
# 2018). The clause is left unjudged unless it names the memorandum itself.
BRI_PLAN = re.compile(
    r"(?<![\w])(?:(?:cooperation|implementation|action|work)\s{1,2}plans?"
    r"|plan(?:es)?\s{1,2}(?:de|para\s{1,2}la)\s{1,2}(?:cooperacion|implementacion|accion|trabajo)"
    r"|planos?\s{1,2}(?:de|para\s{1,2}a)\s{1,2}(?:cooperacao|implementacao|acao|trabalho))(?![\w])"
)
BRI_MEMORANDUM = re.compile(r"(?<![\w])(?:memorand\w*|mou|mdu|mde)(?![\w])")


def _bri_plan_signed(folded: str, start: int, end: int) -> bool:
    """Does the date's clause speak of a plan carrying the Belt and Road out (BRI_PLAN), and of
    no memorandum? Then the date is the plan's, not the memorandum's."""
    clause = _clause_around(folded, start, end)
    return bool(BRI_PLAN.search(clause)) and not BRI_MEMORANDUM.search(clause)


def _supplement_signed(folded: str, start: int, end: int) -> bool:
    """Does the date belong to a supplementary agreement or protocol of an FTA: one named in
    the date's own clause, or the object of the verb of signing that `fta_event` reads (the
    last before the date, else the first after it)? Never when the date follows the original
    FTA's own signature (ORIGINAL_FTA_SIGNED)."""
    if ORIGINAL_FTA_SIGNED.search(folded[max(0, start - 80) : start]):
        return False
    if FTA_SUPPLEMENT.search(_clause_around(folded, start, end)):
        return True
    signs = list(SIGNED.finditer(folded, 0, start))
    if signs:  # "signed the protocol in 2008": its object lies between the verb and the date
        return bool(FTA_SUPPLEMENT.search(folded[signs[-1].end() : start]))
    sign = SIGNED.search(folded, end)
    if sign is None:
        return False
    return bool(FTA_SUPPLEMENT.search(folded[sign.end() : sign.end() + SUPPLEMENT_REACH]))


# A relative pronoun opening the words before a date (folded, after the last comma or "and"):
# ", which …", ", que …", ", la cual …", ", o qual …".
RELATIVE_LEAD = re.compile(r"\s{0,2}(?:which|que|la\s+cual|el\s+cual|o\s+qual|a\s+qual)\s")
# A body other than a tie with China that a state joins or signs with (folded): "Peru, which
# joined APEC in 1998, signed a free trade agreement with China in 2009", "China, which had
# joined the WTO in 2001", "O Peru, que aderiu à APEC em 1998" (the twenty-fifth mutation run's
# probe: main refuted 1998 and 2001 as the FTA's signature).
OTHER_BODY = re.compile(
    r"\b(?:apec|wto|omc|world\s+trade\s+organi[sz]ation|organizacion\s+mundial\s+del\s+comercio|"
    r"organizacao\s+mundial\s+do\s+comercio|mercosur|mercosul|nafta|tlcan|usmca|t-?mec|cptpp|tpp|"
    r"pacific\s+alliance|alianza\s+del\s+pacifico|alianca\s+do\s+pacifico|oecd|ocde|opec|opep|"
    r"imf|fmi|g20|g-20|brics|united\s+nations|naciones\s+unidas|nacoes\s+unidas|oas|oea)\b"
)
# A relative clause set off by commas ("…, which joined the Belt and Road in 2017, …"; folded):
# what it names is said of the word before it, not of the main clause's date.
RELATIVE_CLAUSE = re.compile(
    r",\s{0,2}(?:which|que|la\s+cual|el\s+cual|o\s+qual|a\s+qual)\s[^,;]{1,160}?(?=,)"
)
LEAD_BREAK = re.compile(
    r"[,;:]|\s(?:and|y|e|but|pero|mas|while|mientras|enquanto)\s"
    r"(?!(?:la\s+)?ruta(?![\w])|rota(?![\w])|road(?![\w]))"  # "Belt and Road", "Franja y la Ruta"
)


def _taiwan_side(folded: str, start: int, end: int) -> bool:
    """Does the date belong to an event of relations with Taiwan: its clause speaks of
    relations with Taiwan only ("In 1990 Nicaragua restored relations with Taiwan; in 2007 Costa
    Rica broke with Taipei …"), or the words leading to it name Taiwan and not the PRC, nor a
    break ("… switched back to Taiwan in 1990 and re-established relations with China in 2021")?
    (Round s20a: main refuted such a 1990 by the PRC tie, in all three languages, because another
    clause of the sentence named the PRC or a break.)"""
    if _relations_with_taiwan(_clause_around(folded, start, end)):
        return True
    before = folded[:start]
    lead = before[max((m.end() for m in LEAD_BREAK.finditer(before)), default=0) :]
    if len(re.findall(r"[a-z]+", lead)) < 2:
        return False
    named_prc = PRC_NAMED.search(TAIWAN_NAMED.sub(" ", lead))
    return bool(TAIWAN_NAMED.search(lead)) and not named_prc and not BROKE.search(lead)


# A founding or an establishment told in apposition right before the date (folded): ", founded in
# ", ", fundada en ", ", criada em ", ", established in "; it dates the tie only when the noun it
# follows is the tie ("relations, established in 1980,"), never an organisation or a state ("The
# People's Republic of China, founded in 1949, established relations with Cuba in 1960": round
# s20a, once such years were read as claims, 1949 was refuted by Cuba's 1960 tie).
IN_APPOSITION = re.compile(
    r",\s{1,2}(?:(?:which|that)\s+(?:was|were)\s+|que\s+fue(?:ron)?\s+|que\s+fo(?:i|ram)\s+)?"
    r"(?:first\s+)?(?:founded|established|created|set\s+up|fundad[oa]s?|cread[oa]s?|criad[oa]s?"
    r"|establecid[oa]s?|estabelecid[oa]s?)(?:\s{1,2}(?:in|en|em))?\s{1,2}$"
)
TIE_BEFORE_APPOSITION = re.compile(
    r"(?<![\w])(?:relations|ties|relaciones|relacoes|lazos|lacos|partnership|asociacion|parceria)"
    r"(?:\s(?:diplomatic\w*|comercial\w*|estrategic\w*))?"
    # "relations between China and Colombia,", "relaciones diplomáticas entre China y Colombia,"
    r"(?:\s(?:between|entre|with|con|com|of|de|da|do|del)\s[^,;]{0,50})?\s{0,2}$"
)


# A region as one side of the relations (folded): "las relaciones diplomáticas entre América
# Latina y la RPC comenzaron en 1960, con Cuba" tells the region's first tie, no state's own.
REGION_SIDE = re.compile(
    r"(?<![\w])(?:america|americas|latinoamerica|region|regiao|caribbean|caribe|hemisphere"
    r"|hemisferio)(?![\w])"
)


def _relations_began(folded: str, start: int) -> bool:
    """Do a state's diplomatic relations begin on the date at `start` (RELATIONS_BEGAN), no
    region being one of their sides?"""
    found = RELATIONS_BEGAN.search(folded, 0, start)
    return found is not None and not REGION_SIDE.search(found.group(0))


def _event_only_in_relative_after(folded: str, end: int) -> bool:
    """The sentence's event verb stands only in a relative clause opened after the date
    (RELATIVE_AFTER), none before it: the date is of the main clause's act."""
    relative = RELATIVE_AFTER.search(folded, end)
    if relative is None:
        return False
    return EVENT_VERB.search(folded, 0, relative.start()) is None


def _apposition_of_no_tie(folded: str, start: int) -> bool:
    """Is the date told in an apposition of founding that follows a noun other than a tie?"""
    found = IN_APPOSITION.search(folded, max(0, start - 60), start)
    return found is not None and not TIE_BEFORE_APPOSITION.search(
        folded, max(0, found.start() - 90), found.start()
    )


# A tie and the partner it is "with" (folded): "a free trade agreement with the United States",
# "un tratado de libre comercio con Estados Unidos", "um acordo de livre comércio com os Estados
# Unidos", "relations with South Korea". The partner's first word is read after the article.
TIE_WITH = re.compile(
    r"(?<![\w])(?:agreements?|accords?|treat(?:y|ies)|ftas?|tlcs?|tratados?|acuerdos?|acordos?"
    r"|relations|relaciones|relacoes|ties|lazos|partnerships?|asociacion|parceria|memorand\w*)"
    r"(?:\s[\w\-]+){0,5}?\s(?:with|con|com)\s(?:(?:the|el|la|los|las|o|a|os|as)\s)?"
    r"(?P<partner>[a-z][\w\-']*)"
)
# A partner word that may be China or takes it up: a possessive or pronoun, "both", "each".
PARTNER_UNKNOWN = re.compile(
    r"(?:its|their|his|her|sus?|seus?|suas?|it|them|ella|ellas|ellos|ele|eles|both|ambos|ambas"
    r"|each|cada|every|all|todos|todas|other|otros|otras|outros|outras|people'?s|republica|taiwan|taipei|taipe|formosa)$"
)


def _tie_with_another_partner(folded: str, context: CheckContext) -> bool:
    """The sentence names no China (nor "the two countries") and a tie of it is "with" a named
    partner (not a pronoun, nor Taiwan, whose ties are China's concern): that tie is with another
    partner than China."""
    if CHINA_NAMED.search(folded) or PAIR_NAMED.search(folded):
        return False  # China named, or "the two countries" of the article's pair
    partners = [(m.group("partner"), m.start("partner")) for m in TIE_WITH.finditer(folded)]
    if not partners or any(PARTNER_UNKNOWN.match(p) for p, _ in partners):
        return False
    # "Diplomatic relations with Cuba date from 1960": a state of the region is the tie's own
    # side, China the other (found by the whole tests/claims run: round s22's case).
    states = _entity_index(context.knowledge).find(folded)
    return not any(
        m.start <= at < m.end and m.code not in REGIONS for _, at in partners for m in states
    )


def _date_of_another_event(claim, context: CheckContext, folded: str) -> bool:
    """In a sentence with several dates, is this one the date of another event than the tie's:
    the words leading to it (from the last comma or "and") name neither a tie nor a tie's event
    ("Cuba, whose revolution triumphed in 1959, established diplomatic relations with China in
    1960", "Tras el triunfo de la revolución en 1959, Cuba estableció …"; round s20a: main
    refuted 1959 by the 1960 tie)? A date that opens its clause ("In 1990, …") or is followed
    by ", when …" is read as before."""
    dates = [
        other
        for other in context.by_sentence.get(claim.sentence_index, [])
        if other.kind is Kind.DATE
    ]
    if claim.kind is not Kind.DATE:
        return False
    start, end = claim.span_in_sentence
    before = folded[:start]
    lead = before[max((m.end() for m in LEAD_BREAK.finditer(before)), default=0) :]
    if RELATIVE_LEAD.match(lead) and "(" not in lead:
        # "Argentina joined the Belt and Road, which reached the region in 2017", "…, que China
        # lanzó en 2013": a relative clause that names no tie and no tie's event dates the
        # thing before it, also when it holds the sentence's only date (round 28b: main refuted
        # 2017 by Argentina's memorandum of 2022). "…, which entered into force in 2007", "…,
        # que se firmó en 2010" still date the tie. So does an approval of a free trade
        # agreement the sentence names ("El acuerdo de libre comercio …, que la Asamblea aprobó
        # en febrero de este año"): its ratification, which is borne out and never refuted
        # (round 44b: main read the month as another event's and left it unread).
        if OTHER_BODY.search(lead) and not tie_types_named(lead):
            return True  # "…, which joined APEC in 1998, …": another body's event
        return not (
            tie_types_named(lead)
            or EVENT_VERB.search(lead)
            or IN_FORCE.search(lead)
            or (RATIFIED.search(lead) and "fta" in tie_types_named(folded))
        )
    if len(dates) < 2:
        return False
    if len(re.findall(r"[a-z]+", lead)) < 2 or WHEN_AFTER.match(folded, end):
        return False
    if "(" in lead:
        return False  # "Panama (2017), …", "Chile (in force since 2006), …": a listed state's year
    if _gapped_list_item(claim, context, folded):
        return False  # "Nicaragua shifted to Beijing in 2021, El Salvador in 2018, …"
    if WITHDRAWAL.search(lead) and "bri_mou" in tie_types_named(folded):
        return False  # "… joined the Belt and Road in 2017 but withdrew in 2025": the leaving
    return not (tie_types_named(lead) or EVENT_VERB.search(lead) or IN_FORCE.search(lead))


# An item of a list whose verb is left out (folded, the words from the last comma or "and" up to
# the date): "Nicaragua shifted to Beijing in 2021, El Salvador in 2018, Panama in 2017 and Costa
# Rica in 2007", "Panamá rompió con Taiwán en 2017, El Salvador en 2018", "o Panamá em 2017": a
# state's name and "in"/"en"/"em", nothing else (round 26b: main read these years as another
# event's and left them unjudged).
# The verb may also be taken up by a verb of doing the same or following (round 45b: "Panama
# switched recognition to Beijing last year, the Dominican Republic did the same in May, and El
# Salvador followed last month", "la República Dominicana hizo lo mismo en mayo y El Salvador lo
# siguió en agosto", "a República Dominicana fez o mesmo em maio"; main read both dates as another
# event's).
# The lead, stop 47: "followed the same path", "siguió el mismo camino", "seguiu o mesmo caminho",
# and an item after "followed by" ("O Panamá rompeu com Taiwan em junho de 2017, seguido pela
# República Dominicana em maio de 2018"; main read the second date as no tie's).
_SAME_AGAIN = (
    r"(?:did\s(?:the\s)?same|did\sso|followed(?:\ssuit|\sits\slead|\sthe\ssame\s(?:path|route))?"
    r"|hizo\slo\s(?:mismo|propio)|(?:la\s|lo\s)?siguio(?:\ssus\spasos|\sel\smismo\scamino)?"
    r"|fez\so\smesmo|(?:o\s|a\s)?seguiu(?:\so\sexemplo|\so\smesmo\scaminho)?)"
)
_FOLLOWED_BY = r"(?:followed\sby|seguid[oa]s?\s(?:por|pel[oa]|de))\s"
GAPPED_ITEM = re.compile(
    r"^\s{0,2}(?:" + _FOLLOWED_BY + r")?(?P<name>[a-z][\w'\-]*(?:\s[a-z][\w'\-]*){0,3}?)"
    r"(?:\s(?:in|en|em)|\s" + _SAME_AGAIN + r"(?:\s(?:in|en|em|on|el|no|na))?)\s$"
)


@functools.lru_cache(maxsize=4)
def _entity_index(knowledge) -> EntityIndex:
    return EntityIndex(knowledge)


def _gapped_list_item(claim, context: CheckContext, folded: str) -> bool:
    """Is the date an item of a list whose verb is left out: the words leading to it are the
    claim's state and "in", an earlier date of the sentence stands after a tie's cue, and the
    words before the item name that tie? The item takes the list's event; the reading is a
    likely one only (it may bear out, never refute: see `check`)."""
    start, _ = claim.span_in_sentence
    before = folded[:start]
    lead_start = max((m.end() for m in LEAD_BREAK.finditer(before)), default=0)
    if lead_start == 0:
        return bool(_same_as_sentence_before(claim, context, folded))
    found = GAPPED_ITEM.match(before[lead_start:])
    if not found:
        return False
    name = found.group("name")
    mentions = _entity_index(context.knowledge).find(name)
    if len(mentions) != 1 or mentions[0].code != claim.entity:
        return False
    if mentions[0].end != len(name) or name[: mentions[0].start].strip() not in (
        "",
        "el",
        "la",
        "o",
        "a",
        "the",
    ):
        return False  # the words are more than the state's name (and its article)
    earlier = [
        other
        for other in context.by_sentence.get(claim.sentence_index, [])
        if other.kind is Kind.DATE and other.span_in_sentence[1] <= lead_start
    ]
    if not earlier:
        # the first item of a list a colon opens, its act named before the colon: "Several
        # states moved their recognition from Taipei to Beijing: Panama in 2017, El Salvador in
        # 2018", "Varios países rompieron con Taiwán: Panamá en 2017", "Vários países romperam
        # com Taiwan: o Panamá em 2017" (round r57a: main read the first item as no tie's and
        # judged only the later ones)
        return before[lead_start - 1] == ":" and bool(
            tie_types_named(claim.sentence[: lead_start - 1])
        )
    # the list's act named before its first date, or done the same as the sentence before's
    # ("The Dominican Republic followed in May 2018, and El Salvador in August")
    return bool(
        tie_types_named(claim.sentence[: earlier[0].span_in_sentence[0]])
        or _gapped_after_same_again(claim, context, folded)
    )


# A sentence that opens with a state doing the same, then the date: "Nicaragua did the same in
# January last year", "Nicaragua followed suit in January 2022", "Nicaragua hizo lo mismo en enero
# de 2022", "A Nicarágua fez o mesmo em janeiro de 2022" (folded, from the sentence's start to the
# date; round 52c: main read the month as no tie's). The act is the one the sentence before
# dates for another state.
SAME_AGAIN_OPENING = re.compile(
    r"^\s{0,2}(?P<name>[a-z][\w'\-]*(?:\s[a-z][\w'\-]*){0,3}?)\s"
    + _SAME_AGAIN
    + r"(?:\s(?:in|en|em|on|el|no|na))?\s$"
)


def _same_as_sentence_before(claim, context: CheckContext, folded: str) -> list[str]:
    """The tie the sentence before dates, when the claim's sentence opens with the claim's state
    doing the same (SAME_AGAIN_OPENING) and that sentence holds a date of another state and names
    one tie; else none. A likely reading only: it may bear out, never refute (see `check`)."""
    found = SAME_AGAIN_OPENING.match(folded[: claim.span_in_sentence[0]])
    if not found:
        return []
    mentions = _entity_index(context.knowledge).find(found.group("name"))
    if len(mentions) != 1 or mentions[0].code != claim.entity:
        return []
    before = context.by_sentence.get(claim.sentence_index - 1, [])
    if not any(o.kind is Kind.DATE and o.entity not in (claim.entity, None) for o in before):
        return []
    earlier = tie_types_named(before[0].sentence)
    return earlier if len(earlier) == 1 and earlier[0] in EVENT_TIES else []


def _gapped_after_same_again(claim, context: CheckContext, folded: str) -> list[str]:
    """The tie the sentence before dates, for an item of a list whose verb is left out after a
    state doing the same: "Panama established relations with China in June 2017. The Dominican
    Republic followed in May 2018, and El Salvador in August of that year", "La República
    Dominicana hizo lo mismo en mayo de 2018, y El Salvador en agosto" (the lead, stop 51: main
    read the second item's date as no tie's). The item's words are its state and "in"
    (GAPPED_ITEM); the first date of the sentence is the one done the same. A likely reading
    only: it may bear out, never refute (see `check`)."""
    start, _ = claim.span_in_sentence
    before = folded[:start]
    lead_start = max((m.end() for m in LEAD_BREAK.finditer(before)), default=0)
    found = GAPPED_ITEM.match(before[lead_start:]) if lead_start else None
    if not found:
        return []
    mentions = _entity_index(context.knowledge).find(found.group("name"))
    if len(mentions) != 1 or mentions[0].code != claim.entity:
        return []
    earlier = [
        other
        for other in context.by_sentence.get(claim.sentence_index, [])
        if other.kind is Kind.DATE and other.span_in_sentence[1] <= lead_start
    ]
    if not earlier or earlier[0].entity in (claim.entity, None):
        return []
    return _same_as_sentence_before(earlier[0], context, folded)


# ", when …", ", cuando …", ", quando …", ", en que …", ", em que …" right after a date (folded,
# used with .match at the date's end): the clause that follows is the event the date dates.
WHEN_AFTER = re.compile(r"\s{0,2},\s{0,2}(?:when|cuando|quando|en\s+que|em\s+que)(?![\w])")
# A relative clause after the date's clause that holds the tie's event: "In 2017, China widened
# its deals under the Belt and Road Initiative, which Argentina has joined", "…, a la que
# Argentina adhirió", "…, ao qual a Argentina aderiu" (folded; searched from the date's end).
# The year dates the main clause's act, not the joining the relative clause tells (round 28a:
# main refuted 2017 by Argentina's memorandum of 2022, in the three languages).
RELATIVE_AFTER = re.compile(
    r",\s{0,2}(?:which|(?:a|en|de)\s+la\s+(?:que|cual)|al\s+(?:que|cual)|(?:a|de|d|n)?o\s+qual"
    r"|(?:n|d)?a\s+qual)(?![\w])"
)


# Where one coordinated clause ends (folded): "; ", ", and ", ", y ", ", e ", ", while ",
# ", mientras ", ", enquanto ", ", but ", ", pero ", ", mas ".
CLAUSE_BREAK = re.compile(r";\s|,\s(?:and|y|e|while|whereas|mientras|enquanto|but|pero|mas)\s")


# A break of the relations themselves told right before the date (folded, read up to the
# date): "after breaking them off in 1990", "tras romperlas en 1990", "tras romper con Pekín en
# 1990", "depois de rompê-las em 1990", "las había roto en 1990", "having cut them in 1990".
# Read only when the words from the verb to the date do not name Taiwan's side (a break with
# Taipei is the switch the PRC tie dates, BREAK_WITH_TAIWAN).
BREAK_OF_TIES_BEFORE = re.compile(
    r"(?<![\w])(?:broke|break(?:s|ing)?|cut(?:ting)?|sever(?:ed|ing)?|romp[\w-]*|roto|rota"
    r"|cort(?:o|aron|ou|aram|ar|arlas|a-las)|suspend(?:ed|io|eu)|ended|termin[\w-]*)"
    r"(?:\s{1,2}+[\w'-]++){0,5}?\s{1,2}+(?:in|on|en|el|em|no|na)\s{1,2}+$"
)


def _break_of_ties_before(folded: str, start: int) -> bool:
    """Is the date at `start` governed by a verb of breaking the relations (not ties with
    Taipei): "Nicaragua restored relations with China in 2021 after breaking them off in 1990"?"""
    found = BREAK_OF_TIES_BEFORE.search(folded, max(0, start - 80), start)
    return found is not None and TAIWAN_NAMED.search(found[0]) is None


def _clause_around(folded: str, start: int, end: int) -> str:
    """The coordinated clause of the sentence that holds `start:end` (the whole sentence when
    it has one clause)."""
    first = 0
    for match in CLAUSE_BREAK.finditer(folded, 0, start):
        first = match.end()
    after = CLAUSE_BREAK.search(folded, end)
    return folded[first : after.start() if after else len(folded)]


# "un tratado de Amistad", "a Treaty of Friendship", "um acordo": an accord named in a clause
ACCORD_WORD = re.compile(
    r"(?<![\w])(?:treat(?:y|ies)|tratados?|agreements?|acuerdos?|acordos?|convenios?|accords?)(?![\w])"
)


def _clause_of_another_accord(folded: str, start: int, end: int) -> bool:
    """Does the clause holding `start:end` tell an accord (a treaty, an agreement) and neither
    relations nor a recognition nor a break, while another clause of the sentence names the
    relations? Then the clause's date is the accord's, not the relations' (round 48b)."""
    clause = _clause_around(folded, start, end)
    if len(clause) == len(folded) or not ACCORD_WORD.search(clause):
        return False
    if any(
        pattern.search(clause)
        for pattern in (RELATIONS_WORD, RECOGNISED, BREAK_WITH_TAIWAN, SWITCH_TO_BEIJING)
    ):
        return False
    return bool(RELATIONS_WORD.search(folded))


def _own_words(folded: str, start: int, end: int) -> str:
    """The words of the sentence that tell what a date dates: those leading to it from the last
    comma or "and" (see LEAD_BREAK), or, when fewer than two words lead to it (", in December
    2021, recognized China …"), those following it up to the next comma or "and"."""
    before = folded[:start]
    lead = before[max((m.end() for m in LEAD_BREAK.finditer(before)), default=0) :]
    if len(re.findall(r"[a-z]+", lead)) >= 2:
        return lead
    after = folded[end:].lstrip(" ,;:")
    stop = LEAD_BREAK.search(after)
    return after[: stop.start() if stop else len(after)]


# A withdrawal from the Belt and Road (folded): "withdrew from", "left", "quit", "pulled out of",
# "would not renew", "se retiró de", "abandonó", "salió de", "no renovaría", "la salida de",
# "retirou-se", "saiu da", "deixou", "não renovaria", "a saída da". A date such words govern is that
# of the state's leaving, not of its memorandum (the lead, stop 53: "Panama withdrew from the Belt
# and Road Initiative in February 2025" had no reading at all).
WITHDRAWAL = re.compile(
    r"(?<![\w])(?:withdr[ae]w\w*|left|leav(?:e|es|ing)|quit(?:s|ting)?|exit(?:s|ed|ing)?"
    r"|pull(?:s|ed|ing)?\s{1,2}out|(?:not|n't)\s{1,2}(?:to\s{1,2})?renew\w*"
    r"|se\s{1,2}retir\w*|retir(?:o|aron|ou|aram)(?:-se)?|abandon\w*|sal(?:io|ieron|dra|dria)"
    r"|sai(?:u|ram|ra|ria)|deix(?:ou|aram|aria)|(?:no|nao)\s{1,2}renov\w*|salida|saida)(?![\w-])"
)


def withdrawal_dated(folded: str, start: int, end: int) -> bool:
    """Does the date at `start:end` date a withdrawal (WITHDRAWAL): in the words that tell what
    it dates (`_own_words`), or in its clause when that clause tells no other event ("in
    February Panama said it would leave the pact")?"""
    if WITHDRAWAL.search(_own_words(folded, start, end)):
        return True
    clause = _clause_around(folded, start, end)
    return bool(WITHDRAWAL.search(clause)) and not EVENT_VERB.search(clause)


def _talks_date(folded: str, start: int, end: int) -> bool:
    """Does the date's clause speak of talks ("Honduras began negotiations in July 2023"), so
    that the date is the talks' and no tie's? Not when the date's own words (`_own_words`) name
    an event and no talks: "Honduras will open talks on an FTA, weeks after establishing
    relations with Beijing and breaking with Taiwan last March", "The talks came after
    Nicaragua, in December 2021, recognized China …" (round s22a: main skipped the whole
    clause and left such dates unjudged). An entry into force is such an event too: "Un
    estudio … sostiene que el tratado de libre comercio …, vigente desde enero de 2024, …", "A
    study argues that the FTA, in force since January 2024, …" (round s24b: "estudio" / "study"
    made main read the date as the talks')."""
    if not TALKS.search(_clause_around(folded, start, end)):
        return False
    own = _own_words(folded, start, end)
    if HELD_SINCE_BEFORE_DATE.search(folded[:start]):
        return False  # "el TLC que ambos mantienen desde marzo del 2010": the tie's date
    if TALKS.search(own):
        # "China will launch talks with Chile on expanding the free trade agreement the two
        # signed 11 years ago": the talks lead to the tie, whose own clause of signature holds
        # the date (round 31a: main left the date unjudged, in the three languages).
        tail = own[[m.end() for m in TALKS.finditer(own)][-1] :]
        return not SIGNED_TIE_BEFORE_DATE.search(tail)
    return not (EVENT_VERB.search(own) or BROKE.search(own) or IN_FORCE.search(own))


# "Colombia joined the initiative on 14 May 2025", after a sentence naming the Belt and Road:
# "the initiative" takes up the one tie the sentence before named.
INITIATIVE_ANAPHOR = re.compile(
    r"(?<![\w])(?:the|la|a|esta|esa|essa|this)\s+(?:initiative|iniciativa)\b"
    r"(?!\s+(?:de|of|do|da|del|for|para)\b)"
)


def _event_at(match: re.Match) -> int:
    """Where an event phrase stands: at its verb when the pattern marks one (`CLOSED_DEAL`
    starts at the agreement's noun), else at its start."""
    for group in ("v", "v2"):
        if group in match.re.groupindex and match.group(group):
            return match.start(group)
    return match.start()


def fta_event(claim) -> str | None:
    """Which FTA event a date is the date of: "signed", "in_force", "ratified" or "closed" (a
    deal closed, `CLOSED_DEAL`, placed at its verb), by the event phrase
    nearest before it in the sentence, else the nearest after it; None when neither is named.

    "China and Ecuador signed the FTA on May 11, 2023, and it went into effect on May 1, 2024":
    the first date is the signature, the second the entry into force (a sentence-wide test
    read both as the signature, and called the second contradicted). "se firmó en abril de
    2010, la Asamblea lo ratificó en junio de 2011": the second date is the ratification."""
    start, end = claim.span_in_sentence
    before, after = fold(claim.sentence[:start]), fold(claim.sentence[end:])
    events = (
        ("signed", SIGNED),
        ("in_force", IN_FORCE),
        ("ratified", RATIFIED),
        ("closed", CLOSED_DEAL),
    )
    last = max(
        ((_event_at(m), event) for event, pattern in events for m in pattern.finditer(before)),
        default=None,
    )
    if last is not None:
        return last[1]
    first = min(
        ((m.start(), event) for event, pattern in events if (m := pattern.search(after))),
        default=None,
    )
    return first[1] if first is not None else None


# The day of a dated claim: "11 de mayo de 2023", "13 de maio de 2025" (the day stands before
# the month phrase the claim holds), "May 11, 2023", "11 May 2023" (inside the claim).
DAY_BEFORE = re.compile(r"(?<![\d.,$])([0-3]?\d)(?:º|°|o|er|st|nd|rd|th)?\s+(?:de\s+)?$")
# "April 30, 2018", "30 April 2018", and with no year (a date read against the article's):
# "30 de abril", "April 30" (round s21b: main read no day in "el pasado 30 de abril").
# The word beside the day is a month's (folded, EN/ES/PT names and their abbreviations): "the
# 22nd country in the region to join the Belt and Road Initiative in May 2025" is a rank, no day
# (the lead, stop 47: main read 22 May and refuted Colombia's memorandum of 14 May, a false
# "contradicted").
_MONTH_WORD = (
    r"(?:jan|ene|feb|fev|mar|apr|abr|may|mai|jun|jul|aug|ago|sep|set|oct|out|nov|dec|dez|dic)"
    r"[a-z]*"
)
DAY_INSIDE = re.compile(
    r"^(?:" + _MONTH_WORD + r"\.?\s+([0-3]?\d)(?:st|nd|rd|th)?(?:,?\s+\d{4})?|"
    r"([0-3]?\d)(?:º|°|o|st|nd|rd|th)?\s+(?:de\s+)?" + _MONTH_WORD + r"\.?(?:\s+(?:de\s+)?\d{4})?)$"
)
# One day apart is no contradiction: a signing by video link at night falls on two dates
# (Quito and Beijing), and reports date an event by its announcement or its ceremony.
DAY_SLACK = 1
# An event denied or refused in the date's clause (folded): "Honduras refused to break ties with
# Taiwan in 2019", "se negó a romper relaciones con Taiwán en 2019", "recusou-se a romper", "did
# not sign", "no firmó", "não assinou", "never recognised": the date is of no event of the tie
# (round s24a: main refuted such years by Honduras's tie of 2023, and Paraguay's by Taipei's).
# "no solo firmó", "not only signed" are no denial.
NEGATED_EVENT = re.compile(
    r"(?<![\w])(?:refus\w*\s+to|declin\w*\s+to|did\s+not|didn't|does\s+not|doesn't|would\s+not"
    r"|wouldn't|will\s+not|won't|never|not\s+to|se\s+neg\w*\s+a|neg\w*-se\s+a"
    r"|(?:se\s+)?recus\w*(?:-se)?\s+a|no|nunca"
    r"|jamas|nao|without|sin|sem)\s+(?:(?!solo|only|apenas|so)[a-z]+\s+)?"
    r"(?:break|broke|cut|sever|romp|cort|establish|establec|estabelec|sign|firm|suscri|assin"
    r"|recogni|reconoc|reconhec|switch|join|adher|ader)"
)
# Years counted of the ties (folded): "ten years of those ties", "diez años de esos lazos", "dez
# anos desses laços", "50 years of diplomatic relations".
YEARS_OF_TIES = re.compile(
    r"(?<![\w])(?:years|anos)\s+(?:of|de|do|da|del|desde|dos|das|desses|dessas)\s+"
    r"(?:[a-z]+\s+){0,2}(?:ties|relations|lazos|relaciones|lacos|relacoes|vinculos|diplomatic)"
)
# An event told as a hypothesis or an intention (folded): a conditional or modal verb shortly
# before the event's verb, "there would be no problem in establishing diplomatic relations",
# "no habría problemas para establecer relaciones", "não haveria problemas para estabelecer",
# "could sign", "podría firmar", "poderia assinar"; or the event's verb in the conditional,
# "establecería relaciones", "estabeleceria", "firmaría". Said in 1978 of relations that came in
# 1980, the year dates the saying, not the event (round 29b: main refuted "en 1978, al asumir el
# gobierno, el presidente Turbay había dicho que no habría problemas para establecer relaciones
# diplomáticas si China compraba café" by Colombia's tie of 1980).
MODAL_BEFORE = re.compile(
    r"(?<![\w])(?:would|could|might|habria|habrian|podria|podrian|deberia|deberian|estaria"
    r"|estarian|haveria|poderia|poderiam|deveria|deveriam|estariam)(?:\s+[\w']+){0,4}\s+$"
)
CONDITIONAL_EVENT = re.compile(
    r"(?:establecer|estabelecer|firmar|assinar|reconocer|reconhecer|romper|adherir|aderir"
    r"|suscribir|subscrever|sumar)ia(?:n|m|mos)?(?![\w])"
)
WORD_AT = re.compile(r"[\w']*")


def _only_hypothetical_events(folded: str) -> bool:
    """Is every event verb of the sentence (EVENT_VERB) told as a hypothesis: led by a
    conditional or modal verb (MODAL_BEFORE), or itself in the conditional (CONDITIONAL_EVENT)?
    False when the sentence has no event verb."""
    events = list(EVENT_VERB.finditer(folded))
    if not events:
        return False
    for event in events:
        word_end = WORD_AT.match(folded, event.start()).end()
        if CONDITIONAL_EVENT.match(folded, event.start(), word_end):
            continue
        if MODAL_BEFORE.search(folded[max(0, event.start() - 60) : event.start()]):
            continue
        return False
    return True


# A break with Taipei is dated by its announcement, which the PRC tie's row may date by the
# communique, some days apart ("Costa Rica broke with Taiwan on June 7, 2007": the communique was
# signed on 1 June and made public on 6-7 June; round s24a: main refuted 7 June by 1 June). A day
# of a break within a week of the stored date is left unjudged; further off it is refuted.
BREAK_SLACK = 7


def today_named(claim):
    """The article's day a "hoy"/"today"/"hoje" of an event names (article_date.TODAY), None for
    any other date: the meeting's own day must agree with it, not only its month."""
    if not TODAY.fullmatch(fold(claim.text.strip())):
        return None
    return weekday_day(claim.sentence, *claim.span_in_sentence, claim.article_date)


def claim_day(claim) -> int | None:
    """The day of the month a date claim gives, when it gives one and a month."""
    if not claim.period or not claim.period.end_month:
        return None
    start, _ = claim.span_in_sentence
    inside = DAY_INSIDE.match(fold(claim.text.strip()))
    before = DAY_BEFORE.search(fold(claim.sentence[max(0, start - 12) : start]))
    found = (inside.group(1) or inside.group(2)) if inside else before.group(1) if before else None
    if found is None and (bracketed := day_in_brackets(claim.text)) is not None:
        found = str(bracketed)  # "segunda-feira (22)" (round 46c)
    if found is None and (named := today_named(claim)) is not None:
        found = str(named.day)  # "firmaron hoy": the article's day (round 47b)
    day = int(found) if found else 0
    return day if 1 <= day <= 31 else None


def _day_check(claim, date: str) -> bool | None:
    """True when the stored day agrees (or either side gives none), False when it is off by
    more than DAY_SLACK, None when off by one day (not judged to the day)."""
    day = claim_day(claim)
    if day is None or len(date) < 10:
        return True
    gap = abs(int(date[8:10]) - day)
    return True if gap == 0 else None if gap <= DAY_SLACK else False


def _row_of_the_day(context: CheckContext, claim, tie_type: str, found: Tie) -> Tie | None:
    """A row of the claim's state and tie with the status of the row the ties table answers
    with (`found`, a day off the text), not superseded, dated the very day the text gives (year,
    month and day): one event told on two days (an announcement and its communique), each with
    its row."""
    day = claim_day(claim)
    ties = context.knowledge.ties
    if day is None or ties is None or ties.empty or not claim.period.end_month:
        return None
    claimed = f"{claim.period.end_year:04d}-{claim.period.end_month:02d}-{day:02d}"
    rows = ties[
        (ties["iso3"] == claim.entity)
        & (ties["tie_type"] == tie_type)
        & (ties["date"].astype(str) == claimed)
        & ~ties["superseded"].astype(bool)
        & ties["status"].astype(str).str.lower().isin(POSITIVE_DAY_STATUSES)
    ]
    # The same kind of event as the row answered with (established with established).
    kinds = set(
        ties.loc[ties["tie_id"].isin(found.tie_id.split(";")), "status"].astype(str).str.lower()
    )
    rows = rows[rows["status"].astype(str).str.lower().isin(kinds)]
    if rows.empty:
        return None
    row = rows.iloc[0]
    return Tie(
        str(row["tie_id"]),
        claim.entity,
        tie_type,
        str(row["status"]),
        claimed,
        False,
        str(row.get("source_id") or ""),
        str(row.get("tier") or ""),
    )


# The statuses a row of the very day may hold to bear a date out (an event that began a tie).
POSITIVE_DAY_STATUSES = frozenset({"established", "signed", "in force", "joined"})


def _a_day_from_the_text(rule_id: str, claim, event) -> Finding:
    """A stored date one day off the text's in the same month (`_day_check` gives None): one
    event can fall on two days (a signing by video link at night, an announcement and its
    communique), so the day is not judged, and the reader is told why with the stored date.
    Rounds s20b and 35b: "se firmó el 10 de mayo de 2023" against 2023-05-11 and "anunció el 12
    de junio del 2017" against 2017-06-13 were left with "no metric recognised", which named
    no reason at all. Across a month's end (`_a_day_apart`) the same holds."""
    return Finding(
        rule_id,
        Verdict.UNVERIFIABLE,
        f"the ties table dates it {event.date}, a day from the text's {_claimed(claim)}, and "
        "one event can fall on two days (time zones, an announcement and its communique): "
        f"{event.label()}",
        (event.evidence("related"),),
    )


def _a_day_apart(claim, date: str | None, slack: int = DAY_SLACK) -> bool:
    """True when the claim gives a day and a month, the stored date gives its day, and the two
    are at most DAY_SLACK days apart across a month's or year's end: "el pasado 30 de abril"
    in Santo Domingo is 1 May in Beijing (the communique's date), so neither is refuted by the
    other (round s21b: main compared the months only and refuted 30 April by 1 May)."""
    day = claim_day(claim)
    if day is None or not date or len(date) < 10 or claim.period.kind == "as_of":
        return False
    try:
        stored = dt.date.fromisoformat(date[:10])
        claimed = dt.date(claim.period.end_year, claim.period.end_month, day)
    except ValueError:
        return False
    return abs((stored - claimed).days) <= slack


# The level of a partnership a sentence names (folded): "comprehensive strategic partnership",
# "asociación estratégica integral", "parceria estratégica global/abrangente", "alianza
# estratégica integral" are the upper level; a bare "strategic partnership" the lower one.
UPPER_PARTNERSHIP = re.compile(r"(?<![\w])(?:comprehensive|integral|abrangente|global)(?![\w])")
# The level above it (folded): "all-weather strategic partnership", "asociación estratégica a
# toda prueba y de todo tiempo", "parceria estratégica para todos os tempos" (Venezuela's of
# 2023-09, Pakistan's, Belarus's). A "strategic partnership" of 2001 is neither (round r58d: main
# refuted "In 2001, China and Venezuela established a strategic partnership" by the all-weather
# row, the table holding no row of the lower level).
ALL_WEATHER_PARTNERSHIP = re.compile(
    r"(?<![\w])(?:all[\s-]weather|todo\s{1,2}tiempo|todos\s{1,2}los\s{1,2}tiempos|toda\s{1,2}prueba"
    r"|todo\s{1,2}tempo|todos\s{1,2}os\s{1,2}tempos|toda\s{1,2}prova)(?![\w])"
)


def _partnership_level(folded: str) -> str:
    """The partnership level a folded text names: "all-weather", "comprehensive" or plain."""
    if ALL_WEATHER_PARTNERSHIP.search(folded):
        return "all-weather"
    return "comprehensive" if UPPER_PARTNERSHIP.search(folded) else "strategic"


# Relations told raised to a higher level (folded): "upgraded their diplomatic relationship",
# "elevated bilateral ties", "raised their relations", "elevaron sus relaciones", "elevar el
# nivel de la relación", "elevaram as relações bilaterais". Not "upgraded their free trade
# agreement" (no relations named).
RELATIONS_UPGRADED = re.compile(
    r"(?<![\w])(?:upgrad|elevat|rais|elev)\w{0,6}\s{1,2}"
    r"(?:(?:their|the|its|bilateral|diplomatic|two-way|sus|su|las|la|el|as|a|suas|sua|o|nivel|de|del"
    r"|da|das|do|dos)\s{1,2}){0,4}"
    r"(?:relations(?:hip)?|ties|relaciones|relacion|relacoes|relacao|lazos|lacos|vinculos)(?![\w])"
    r"(?!\s{1,2}(?:comerc|econom|trade|commerc|militar|military|cultur))"
)


def _upgrade_only(clause: str) -> bool:
    """Does the clause tell relations upgraded (RELATIONS_UPGRADED) and name no tie outside that
    phrase? "Los dos gobiernos elevaron sus vínculos dos años después de que Nicaragua y China
    reanudaran relaciones diplomáticas": the count dates the relations the other words name."""
    found = RELATIONS_UPGRADED.search(clause)
    if found is None:
        return False
    return not tie_types_named(clause[: found.start()] + " " + clause[found.end() :])


def _partnership_levels_differ(folded: str, ties) -> bool:
    """Does the sentence name another level of partnership than the stored status it would be
    refuted by? "In 2004, Argentina and China established a strategic partnership" is true of
    the lower level the ties table does not hold; its 2014-07 row is the comprehensive one
    (round s22b: main refuted 2004 by it, in all three languages). Either way round the date is
    left unjudged: the table may lack the other level's row."""
    named = _partnership_level(folded)
    for tie in ties:
        if tie is None:
            continue
        if named != _partnership_level(fold(tie.status)):
            return True
    return False


# A hedged year (folded text right before the date): "around 2013", "about 2013", "circa 2013",
# "alrededor de 2013", "hacia el 2013", "cerca de 2013", "por volta de 2013", "em torno de
# 2013". Such a year one year from the stored one is no contradiction (round s22b).
HEDGED_DATE_BEFORE = re.compile(
    r"(?<![\w])(?:around|about|circa|c\.|roughly|approximately|some\s+time\s+in|alrededor\s+de(?:l)?"
    r"|hacia|cerca\s+de(?:l)?|aproximadamente|por\s+volta\s+de|em\s+torno\s+de|perto\s+de)"
    r"\s{1,2}(?:(?:el|la|o|the|de|do)\s{1,2})?(?:(?:ano|year)\s{1,2}(?:de\s{1,2})?)?$"
)
HEDGE_SLACK_YEARS = 1


def _hedged_near(claim, folded: str, ties) -> bool:
    """Is the date hedged ("around 2013") and at most HEDGE_SLACK_YEARS from a stored date?"""
    start = claim.span_in_sentence[0]
    if not HEDGED_DATE_BEFORE.search(folded, max(0, start - 40), start):
        return False
    year = claim.period.end_year
    return any(tie is not None and abs(tie.year - year) <= HEDGE_SLACK_YEARS for tie in ties)


def _claimed(claim) -> str:
    """The claimed date as a label, with its day when the text gives one."""
    day = claim_day(claim)
    return f"{claim.period.label()}-{day:02d}" if day else claim.period.label()


# "El texto final se firmó en abril de 2010 … y el tratado entró en vigencia el 1.º de agosto
# de 2011", paragraphs after a lead naming the Tratado de Libre Comercio: "the treaty" takes up
# the one tie the nearest earlier sentence naming a tie named, for the same state.
TREATY_ANAPHOR = re.compile(
    # "los dos años de vigencia del acuerdo", "os dois anos de vigência do acordo": the article
    # fused with its preposition (round 35b).
    r"(?<![\w])(?:the|el|del|o|do|este|ese|esse|this|that|dicho)\s+(?:treaty|agreement|accord|deal|"
    # "El texto se firmó en agosto de este año" after a paragraph on the TLC (round s20b).
    r"tratado|acuerdo|acordo|pacto|texto|text)(?![\w])"
    r"(?!\s+(?:de|of|do|da|del|for|para|con|com|with|entre|between|on|sobre)(?![\w]))"
)
# "The signing took place by video link on May 11, 2023", "La firma se realizó el 11 de mayo de
# 2023", "A assinatura ocorreu em 11 de maio de 2023", after a sentence on the FTA (folded): the
# signature of the one tie an earlier sentence named, as "the treaty" takes it up (round 26b: main
# left the day unjudged). Spanish "la firma" is also "the firm": only with a verb of taking place.
SIGNING_ANAPHOR = re.compile(
    r"(?<![\w])(?:the\s+(?:formal\s+)?(?:signing|signature)(?:\s+ceremony)?"
    r"(?!\s+(?:of|on|for|with|between)(?![\w]))"
    r"|la\s+(?:ceremonia\s+de\s+)?firma\s+(?:se\s+(?:realizo|celebro|produjo|hizo|efectuo|llevo)"
    r"|tuvo\s+lugar|ocurrio)"
    r"|a\s+(?:cerimonia\s+de\s+)?assinatura(?!\s+(?:de|do|da|dos|das|entre|com)(?![\w])))"
    r"(?![\w])"
)
# "Esas relaciones entraron en vigor el 2 de enero de 1980", "These relations were established
# on 2 January 1980", "Essas relações foram estabelecidas em 2 de janeiro de 1980", after a
# sentence on the pair's diplomatic relations (folded): the demonstrative takes up the relations
# an earlier sentence named, as "the treaty" takes up an agreement (round 46b: main read no tie
# in the bare "relaciones"). Not relations of trade or of another kind named after the noun.
RELATIONS_ANAPHOR = re.compile(
    r"(?<![\w])(?:these|those|estas|esas|aquellas|essas|aquelas)\s{1,2}"
    r"(?:relations|relaciones|relacoes)(?![\w])"
    r"(?!\s{1,2}(?:comerciales|economicas|comerciais|trade|economic|commercial|de|do|da|of)"
    r"(?![\w]))"
)
# How many sentences back "the treaty" may reach for the tie it takes up.
TREATY_REACH = 12
# "The agreement between Costa Rica and China was signed in April and took effect on Aug. 1", "El
# acuerdo entre Costa Rica y China se firmó …", "O acordo entre a Costa Rica e a China foi
# assinado …", "the agreement between the two countries", after a sentence naming the free trade
# agreement (folded): an agreement named only by the pair (the claim's state and China, or "the
# two countries") takes up the one tie an earlier sentence named, as "the agreement" alone does;
# borne out, never refuted (round 39a: main read no tie, since "the agreement between" is no
# anaphor when the pair names another partner, "the agreement between Chile and the United States").
PAIR_AGREEMENT = re.compile(
    r"(?<![\w])(?:the|el|o|this|that|este|ese|esse|dicho)\s{1,2}"
    r"(?:treaty|agreement|accord|deal|pact|tratado|acuerdo|acordo|pacto)\s{1,2}(?:between|entre)\s"
    r"([^,.;:()]{3,60})"
)
# Where the pair ends: the verb of the clause (folded).
PAIR_END = re.compile(
    r"\s(?:was|were|is|are|has|had|have|will|would|took|came|entered|went|fue|fueron|se|entro"
    r"|esta|estan|sera|foi|foram|entrou|sera|tem|tiene|que|which|that)(?![\w])"
)
PAIR_TWO_STATES = re.compile(
    r"^(?:(?:the|los|las|os|as)\s)?(?:two|both|dos|dois|ambos|ambas)\s"
    r"(?:countries|nations|states|sides|paises|naciones|nacoes|estados|partes|lados)$"
)
PAIR_CHINA = re.compile(r"(?<![\w])(?:china|beijing|pekin|pequim)(?![\w])")
# A topic after the pair (folded): "the agreement between Costa Rica and China on visas", "el
# acuerdo entre Costa Rica y China sobre visados", "em matéria de", "para": another agreement.
PAIR_TOPIC = re.compile(
    r"(?<![\w])(?:on|about|regarding|concerning|for|to|in|sobre|acerca|para|al|ao|en|em|no|na"
    r"|de|del|do|da|dos|das)(?![\w])"
)


def _pair_agreement(claim, context: CheckContext, folded: str) -> bool:
    """Is the sentence's agreement named only by the claim's state and China ("the agreement
    between Costa Rica and China") or by "the two countries"?"""
    match = PAIR_AGREEMENT.search(folded)
    if match is None:
        return False
    end = PAIR_END.search(match.group(1))
    stop = match.start(1) + (end.start() if end else len(match.group(1)))
    pair = folded[match.start(1) : stop].strip()
    if PAIR_TOPIC.search(pair):
        return False
    if PAIR_TWO_STATES.match(pair):
        return True
    if not PAIR_CHINA.search(pair):
        return False
    states = {
        m.code
        for m in _entity_index(context.knowledge).find(claim.sentence[match.start(1) : stop])
        if m.strong and m.code not in {"CHN", "LAC", "WLD"}
    }
    return states == {claim.entity}


# A sentence that frees goods of tariffs under an agreement (folded): "Cerca del 90 % de los
# productos … quedarán libres de aranceles con el tratado", "around 90% of goods will be
# tariff-free under the agreement", "cerca de 90% dos produtos ficarão livres de tarifas com o
# acordo". No tie cue is named, but an agreement that removes tariffs is a free trade agreement:
# "the agreement" of a later sentence may take the FTA up from it (round r63b: main found no
# antecedent for "El acuerdo se firmó en mayo de 2023" and "el acuerdo entrará en vigencia el 1
# de mayo"). Read for the take-up only, so borne out, never refuted; the sentence's own figures
# are not read as the FTA's (a phase-in year of tariffs is no date of the treaty).
TARIFF_FREE = re.compile(
    r"(?<![\w])(?:(?:libres?|exentos?|exentas?|livres?|isentos?|isentas?)\s{1,2}de\s{1,2}"
    r"(?:aranceles|tarifas|impostos\s{1,2}de\s{1,2}importacao)"
    r"|sin\s{1,2}aranceles|arancel\s{1,2}cero|sem\s{1,2}tarifas|tarifa\s{1,2}zero"
    r"|tariff[\s-]free|free\s{1,2}of\s{1,2}(?:tariffs|duties)|duty[\s-]free|zero[\s-]tariffs?)"
    r"(?![\w])"
)
AGREEMENT_NOUN = re.compile(
    r"(?<![\w])(?:tratado|acuerdo|acordo|pacto|agreement|treaty|deal|pact)(?![\w])"
)


def _ties_to_take_up(sentence: str) -> list[str]:
    """The ties an earlier sentence offers to an anaphor: those it names (`tie_types_named`),
    else the FTA when it frees goods of tariffs under an agreement (`TARIFF_FREE`)."""
    named = tie_types_named(sentence)
    if named:
        return named
    folded = fold(sentence)
    return ["fta"] if TARIFF_FREE.search(folded) and AGREEMENT_NOUN.search(folded) else []


def _taken_up_from_prose(context: CheckContext, claim, prose: list[str]) -> list[str]:
    """The tie "the treaty" or "la firma tuvo lugar …" takes up from the sentences before the
    claim's (nearest first), also those that hold no claim ("… entre ellos sobresale un
    memorando de entendimiento … de la Franja y la Ruta. La firma tuvo lugar el 17 de
    noviembre.", round 31b: main skipped the memorandum's sentence, which holds no figure, and
    took up the relations of an earlier one). The nearest sentence that names a tie decides:
    its one tie, when it names the claim's state or no state at all; [] otherwise."""
    index = EntityIndex(context.knowledge)
    for sentence in prose:
        earlier = _ties_to_take_up(sentence)
        if not earlier:
            continue
        states = {
            m.code for m in index.find(sentence) if m.strong and m.code not in {"CHN", "LAC", "WLD"}
        }
        same_state = claim.entity in states or not states
        return earlier if len(earlier) == 1 and same_state else []
    return []


# A year that names an agreement rather than dating an event of it (folded): "Chile's 2005
# free trade agreement with China", "a 2005 trade agreement", "the FTA of 2009", "el TLC de
# 2009", "el tratado de libre comercio de 2005", "o acordo de livre comercio de 2009". The
# year is the agreement's signature or its entry into force, the text does not say which: it
# is borne out by either, never refuted (rounds 37a: "under a 2005 trade agreement" and "since
# a 2009 agreement" had no reading at all). A bare "agreement" names a trade agreement only in
# a sentence of trade (`AGREEMENT_OF_TRADE`).
YEAR_BEFORE_AGREEMENT = re.compile(
    r"\s{1,2}(?:(?P<trade>(?:free[\s-]{1,2})?trade\s{1,2}(?:agreement|deal|pact|accord)|fta)"
    r"|(?P<bare>agreement|accord|pact|deal))\b"
    # "2016 trade agreement talks": the year of the talks, not of the agreement
    r"(?!\s{1,2}(?:talks|negotiations?|stud(?:y|ies))\b)"
)
AGREEMENT_OF_YEAR = re.compile(
    r"(?<![\w])(?:(?:free[\s-]{1,2}trade\s{1,2}(?:agreement|deal|pact)|fta)\s{1,2}of"
    r"|(?:tlc|tratado|acuerdo|acordo)(?:\s{1,2}de\s{1,2}(?:libre|livre)\s{1,2}comercio)?"
    r"\s{1,2}(?:de|del|de\s{1,2}el))\s{1,2}$"
)
AGREEMENT_OF_TRADE = re.compile(r"(?<![\w])(?:trade|trading|comercio|comercial)(?![\w])")


def _year_of_an_agreement(claim) -> str | None:
    """Whether the claim is a bare year naming an FTA as its attribute: "fta" (`YEAR_BEFORE_
    AGREEMENT`, `AGREEMENT_OF_YEAR`), "bare" for "a 2009 agreement" in a sentence of trade;
    None otherwise (a month, a day, or no agreement beside the year)."""
    if claim.kind is not Kind.DATE or claim.period.end_month or not claim.text.strip().isdigit():
        return None
    start, end = claim.span_in_sentence
    folded = folded_sentence(claim)
    after = YEAR_BEFORE_AGREEMENT.match(folded, end)
    if after is not None and after.group("trade"):
        return "fta"
    if AGREEMENT_OF_YEAR.search(folded[max(0, start - 60) : start]):
        return "fta"
    if after is not None and AGREEMENT_OF_TRADE.search(folded):
        return "bare"
    return None


def _tie_types(claim, context: CheckContext) -> tuple[list[str], bool]:
    """The tie types the claim's sentence speaks of, and whether they were taken up from an
    earlier sentence by "the treaty" (then the date may be borne out, never refuted: the
    anaphor's reading is inferred)."""
    named = tie_types_named(claim.sentence)
    folded = folded_sentence(claim)
    if named and not tie_types_named(_without_other_relatives(folded, claim.span_in_sentence)):
        # "Panama, which joined the Belt and Road in 2017, signed a deal with China in 2018":
        # the memorandum is the relative clause's, not the main clause's "deal" (the lead, stop
        # 45: main refuted 2018 by the memorandum of 2017). The date is left unjudged.
        return [], False
    if named:
        return named, False
    same = _same_as_sentence_before(claim, context, folded) or _gapped_after_same_again(
        claim, context, folded
    )
    if same:
        return same, True
    if INITIATIVE_ANAPHOR.search(folded):
        # The sentence just before (also across a paragraph break), if it holds a claim.
        before = context.by_sentence.get(claim.sentence_index - 1, [])
        earlier = tie_types_named(before[0].sentence) if before else []
        return (earlier if len(earlier) == 1 else []), False
    if (
        TREATY_ANAPHOR.search(folded)
        or SIGNING_ANAPHOR.search(folded)
        or RELATIONS_ANAPHOR.search(folded)
        or _pair_agreement(claim, context, folded)
        # "del acuerdo con China se firmó en abril de 2010" (round 52d)
        or AGREEMENT_WITH_CHINA.search(folded)
    ):
        prose = context.sentences_before(claim, TREATY_REACH)
        if prose:
            return _taken_up_from_prose(context, claim, prose), True
        for index in range(claim.sentence_index - 1, claim.sentence_index - 1 - TREATY_REACH, -1):
            before = context.by_sentence.get(index, [])
            earlier = tie_types_named(before[0].sentence) if before else []
            if earlier:
                same_state = any(other.entity == claim.entity for other in before)
                return (earlier if len(earlier) == 1 and same_state else []), True
    return [], False


def _without_other_relatives(folded: str, span: tuple[int, int]) -> str:
    """The folded sentence less the relative clauses set off by commas (RELATIVE_CLAUSE) that do
    not hold the claim."""
    kept, position = [], 0
    for match in RELATIVE_CLAUSE.finditer(folded):
        if match.start() <= span[0] < match.end():
            continue
        kept.append(folded[position : match.start()])
        position = match.end()
    return "".join(kept) + folded[position:]


# "Hace 13 años entró en vigencia el TLC", "13 years ago", "há 13 anos": a year counted back
# from the article's date (folded text around the duration).
AGO_BEFORE = re.compile(r"(?<![\w])(?:hace|ha|faz)\s+$")
AGO_AFTER = re.compile(r"(?<!\s)\s*(?:ago|atras)(?![\w])")
# "13 años del TLC Perú-China", "Peru marks 13 years of its FTA with China", "13 anos do TLC",
# "45 años de relaciones diplomáticas" (folded text after the duration): the years a tie has
# lasted at the article's date, which count back to the year it began, as "hace 13 años" does
# (round s17b). Not the first or last years of it ("los primeros 10 años del TLC"), which date
# no start.
YEARS_OF_TIE_AFTER = re.compile(
    r"(?<!\s)\s{1,2}(?:de|del|do|da|dos|das|of)\s{1,2}"
    r"(?:(?:el|la|los|las|o|a|os|as|the|its|his|her|their|su|sus|seu|sua|seus|suas)\s{1,2})?"
    # "40 años del establecimiento de relaciones diplomáticas", "40 years since the
    # establishment of diplomatic relations", "40 anos do estabelecimento de relações" (round
    # s19b): the event named before the tie.
    r"(?:(?:establecimiento|estabelecimento|establishment|"
    # "14 años de la entrada en vigor del TLC", "14 years of the entry into force of the FTA",
    # "14 anos da entrada em vigor do TLC", "la puesta en vigencia del TLC" (round s20b).
    r"entrada\s{1,2}(?:en|em)\s{1,2}vigor|entry\s{1,2}into\s{1,2}force|"
    # "50 anos do estabelecimento das relações diplomáticas" (round 32c: main read no tie after
    # "das", "dos").
    r"puesta\s{1,2}en\s{1,2}vigencia|"
    # "los dos años de vigencia del acuerdo", "os dois anos de vigência do acordo" (round 35b:
    # main read a duration the store does not hold).
    r"vigencia|vigor)\s{1,2}(?:de|del|do|da|dos|das|of)\s{1,2}"
    r"(?:(?:las|los|as|os|the)\s{1,2})?)?"
    r"(?:tlc|fta|tratados?|acuerdos?|acordos?|free\s+trade|relaciones|relacoes|relations|"
    r"diplomatic|lazos|lacos|ties)(?![\w])"
)
# "In 2010, Costa Rica had already established relations", "ya había entrado en vigor", "já tinha
# assinado" (folded): a tie held by the date named, not the date of its event (round s18: main
# refuted them by the earlier event's date). Read as "by" that date.
ALREADY_DONE = re.compile(
    r"(?<![\w])(?:had\s+already|already\s+had|ya\s+(?:habia|habian)|ja\s+(?:tinha|tinham|havia|haviam))"
    r"(?![\w])"
)
# "A cinco años de que El Salvador … estableciera relaciones diplomáticas con China", "Five years
# after El Salvador established diplomatic relations with China", "Cinco anos depois de El
# Salvador estabelecer relações diplomáticas" (folded text after the duration): the years since a
# tie's event, counted back from the article's date as "hace cinco años" is (round s18a).
YEARS_AFTER_EVENT = re.compile(
    r"(?<!\s)\s{1,2}"
    # "Seven years have passed since the two countries established relations" (round 31b).
    r"(?:(?:have|has|had)\s{1,2}(?:passed|elapsed|gone\s{1,2}by)\s{1,2})?"
    r"(?:de\s+que|despues\s+de(?:\s+que)?|after|depois\s+(?:de|que)|apos|"
    # "14 años desde que entró en vigencia el TLC", "14 years since the FTA took effect",
    # "14 anos desde que entrou em vigor o TLC" (round s20b).
    r"desde\s+que|since)\s"
    r"[^.;:]{0,80}?(?<![\w])(?:establec\w*|estabelec\w*|establish\w*|abri\w*|opened|firm\w*|"
    # "siete años desde que los dos países formalizaron sus relaciones diplomáticas", "formalizaram
    # suas relações", "formalized their diplomatic relations" (round 31b: main read a duration).
    r"formaliz\w*|formalis\w*|"
    # Relations restored: "dos años después de que Nicaragua y China reanudaran relaciones
    # diplomáticas" (round 45c: main read a bare duration), "restablecieran", "restabelecerem",
    # "re-established" (read before by other turns). Never refuted, as every count back is.
    r"re-?e?stablec\w*|re-?e?stabelec\w*|re-?establish\w*|reanud\w*|resumed|"
    # "A dos años de que entrara en vigencia el TLC", "A dois anos de que entrasse em vigor o
    # TLC": the subjunctive of the entry into force (round 35b: main read a bare duration).
    r"signed|assin\w*|rompi\w*|broke|switch\w*|"
    r"entr(?:o|ou|aron|aram|ara|aran|ase|asen|asse|assem|ed)\s+(?:en|em|into)\s+"
    r"(?:vigor|vigencia|force)|took\s+effect|came\s+into\s+force)(?![\w])[^.;:]{0,60}?(?<![\w])"
    r"(?:relaciones|relacoes|relations|ties|lazos|lacos|tlc|fta|tratado|acuerdo|acordo)(?![\w])"
)
# "14 years since its free trade agreement with China entered into force", "since the two
# countries' relations were established": English names the tie before the event (round s20b).
YEARS_SINCE_TIE_EVENT = re.compile(
    # "Two years after the free trade agreement with Beijing entered into force" (round 35b).
    r"(?<!\s)\s{1,2}(?:since|after)\s[^.;:]{0,60}?(?<![\w])(?:fta|tlc|agreement|treaty|relations|ties)"
    r"(?![\w])[^.;:]{0,40}?(?<![\w])(?:entered\s+into\s+force|took\s+effect|came\s+into\s+force|"
    r"(?:was|were)\s+(?:signed|established))(?![\w])"
)
# Years of friendship between the two states (folded): "una amistad de 45 años", "uma amizade de
# 50 anos", "a friendship of 45 years" (before the count), "45 años de amistad", "50 anos de
# amizade", "45 years of friendship" (after it). Said of the pair in an anniversary text, they
# count the years of its diplomatic relations (round 29b: "Sobre esa base se ha construido una
# amistad de 45 años", after the ties of 7 February 1980, was left unread). Borne out, never
# refuted: a friendship may be older than the ties.
FRIENDSHIP_BEFORE = re.compile(r"(?<![\w])(?:amistad|amizade|friendship)\s+(?:de|of)\s+$")
FRIENDSHIP_AFTER = re.compile(
    r"(?<!\s)\s{1,2}(?:de|of)\s{1,2}(?:amistad|amizade|friendship)(?![\w])"
)
# "Over those 50 years", "Nesses 50 anos", "En estos 45 años" (folded text before the duration):
# a span the sentence before has named. It counts the years of a tie only when that sentence
# names the tie (the claim's state's, or no state's) and the article's year less the count is
# the tie's year: borne out then, never refuted (the antecedent is inferred). Main left "Over
# those 50 years" unread after "Guyana … established diplomatic relations with China" (round
# 33a's dev u3707, lead stop 39).
ANAPHORIC_SPAN_BEFORE = re.compile(
    r"(?<![\w])(?:those|these|estos|esos|aquellos|estes|esses|nestes|nesses|destes|desses"
    r"|aqueles|naqueles)\s+$"
)
# "a parceria entre Brasil e China nos últimos 50 anos", "the partnership between Brazil and
# China over the past 50 years", "la relación entre Brasil y China en los últimos 50 años"
# (folded text before the duration): the pair's relationship, China one of the pair, over the
# last years up to the article's date, which count back to the year the pair's diplomatic
# relations began. Borne out, never refuted: the relationship may be older or younger than the
# ties, so only a count that lands on their year is read (round 36c: main left text 418's
# "a parceria entre Brasil e China nos últimos 50 anos", u7740, unread).
RELATIONSHIP_LAST_YEARS = re.compile(
    r"(?<![\w])(?:parceria|relacao|relacoes|partnership|relationship|relations|asociacion|"
    # "do relacionamento entre a China e o Brasil ao longo dos últimos 50 anos", "los vínculos
    # entre China y Perú", "the ties between China and Peru" (round r57c: main left text 604's
    # "relacionamento" unread).
    r"relacionamento|vinculos|lazos|lacos|ties|"
    r"relacion|relaciones|cooperacao|cooperation|cooperacion)\s{1,2}(?:entre|between)\s"
    r"[^.;:,]{0,40}?(?<![\w])(?:china|pequim|beijing|pekin)(?![\w])[^.;:,]{0,20}?"
    r"(?<![\w])(?:nos|nas|em\s+os|ao\s+longo\s+dos|durante\s+os|over\s+the|in\s+the|"
    r"during\s+the|for\s+the|en\s+los|durante\s+los|a\s+lo\s+largo\s+de\s+los)\s+"
    r"(?:ultimos|past|last)\s+$"
)
# "a lo largo de las últimas cuatro décadas los vínculos bilaterales resistieron", "over the past
# four decades, bilateral ties have grown", "nas últimas quatro décadas, as relações bilaterais"
# (folded: the words before the span, and the words right after it): the last years, up to the
# article's date, of the ties named right after the span, in a sentence that names China or one
# of its leaders. They count back to the year the pair's diplomatic relations began. Borne out,
# never refuted, as RELATIONSHIP_LAST_YEARS (round 49c: main read "cuatro décadas" as a duration
# the store does not hold).
LAST_SPAN_BEFORE = re.compile(
    r"(?<![\w])(?:(?:en|durante|over|in|during|for|throughout|em|a\s{1,2}lo\s{1,2}largo\s{1,2}de"
    r"|ao\s{1,2}longo\s{1,2}de)\s{1,2}(?:las|los|the|as|os)|nas|nos"
    r"|ao\s{1,2}longo\s{1,2}d(?:as|os))\s{1,2}(?:ultimas|ultimos|past|last)\s+$"
)
TIES_AFTER_SPAN = re.compile(
    r"(?:\s{1,2}|\s{0,2},\s{1,2})(?:(?:los|las|the|os|as|their|sus|suas)\s{1,2})?"
    r"(?:(?:bilateral|diplomatic)\s{1,2}(?:relations|ties)"
    r"|(?:relaciones|vinculos|lazos|relacoes|lacos)\s{1,2}(?:bilaterales|bilaterais|diplomaticas"
    r"|diplomaticos|sino-[a-z]+|chino-[a-z]+)"
    # the pair named after the ties: "over the past 50 years, ties between China and Argentina
    # have grown", "en los últimos 50 años, las relaciones entre China y Argentina", "nos
    # últimos 50 anos, as relações entre a China e a Argentina" (the lead, stop 55: main read a
    # duration the store does not hold); the sentence must still name China
    r"|(?:ties|relations|relaciones|vinculos|lazos|relacoes|lacos)\s{1,2}(?:between|entre))(?![\w])"
)
BILATERAL_TIES = re.compile(r"bilatera(?:l|les|is)(?![\w])")
# "Over the past 50 years, he said, relations between China and Jamaica have developed", "En los
# últimos 50 años, dijo, las relaciones entre China y Jamaica", "Nos últimos 50 anos, disse ele,
# as relações entre a China e a Jamaica" (folded, the words right after the span): the pair's
# relations named after a reporting aside (round r62a: main left text 635's span unread).
RELATIONS_BETWEEN_AFTER_SPAN = re.compile(
    r"\s{0,2},?\s{1,2}(?:(?:(?:he|she|they|it)\s{1,2}(?:said|added|noted|recalled)|dijo|anadio"
    r"|agrego|senalo|afirmo|recordo|disse|acrescentou|afirmou|lembrou|destacou)"
    r"(?:\s{1,2}(?:el|ele|ela))?\s{0,2},\s{1,2})?(?:(?:the|las|los|as|os)\s{1,2})?"
    r"(?:relations|ties|relaciones|vinculos|lazos|relacoes|lacos)\s{1,2}(?:between|entre)\s"
    r"[^.;:,]{0,40}?(?<![\w])(?:china|pequim|beijing|pekin)(?![\w])"
)
# "said relations had developed smoothly over the past 40 years", "las relaciones se han
# desarrollado sin tropiezos en los últimos 40 años", "as relações se desenvolveram de forma
# estável nos últimos 40 anos" (folded, the words right before the span): the relations, bare, as
# the subject of a verb of growth, in a sentence that names China or one of its leaders (round
# r62a: main left text 636's span unread). Relations "between" or "with" others are not read.
RELATIONS_GREW_BEFORE_SPAN = re.compile(
    r"(?<![\w])(?:(?:relations|ties)\s{1,2}(?:had|have|has)\s{1,2}(?:developed|grown|advanced"
    r"|deepened|expanded|progressed)(?:\s{1,2}[a-z]{2,20}ly)?\s{1,2}(?:over|in|during|for)"
    r"\s{1,2}the\s{1,2}(?:past|last)"
    r"|(?:relaciones|vinculos|lazos)\s{1,2}(?:se\s{1,2})?(?:han|habian)\s{1,2}(?:desarrollado"
    r"|crecido|avanzado|profundizado)(?:\s{1,2}[a-z]{2,20}mente|\s{1,2}sin\s{1,2}tropiezos)?"
    r"\s{1,2}(?:en|durante)\s{1,2}los\s{1,2}ultimos"
    r"|(?:relacoes|lacos)\s{1,2}(?:se\s{1,2})?(?:desenvolveram|cresceram|avancaram|aprofundaram)"
    r"(?:\s{1,2}[a-z]{2,20}mente|\s{1,2}de\s{1,2}forma\s{1,2}[a-z]{2,20})?"
    r"\s{1,2}(?:nos|durante\s{1,2}os)\s{1,2}ultimos)\s+$"
)
# "During the past 12 years, he said, with the support of the leaders of both countries,
# bilateral relations had grown from strength to strength", "En los últimos 12 años, dijo, con el
# apoyo de los líderes, las relaciones bilaterales han crecido", "Nos últimos 12 anos, disse ele,
# com o apoio dos líderes, as relações bilaterais cresceram" (folded, the words after the span up
# to the end of its sentence): the pair's bilateral relations, the subject of a verb of growth
# later in the span's sentence, past an aside the RELATIONS_BETWEEN_AFTER_SPAN reading does not
# allow (round r63d: main left text 646's span unread). China must be named in the sentence or
# just before, as for the bilateral ties of TIES_AFTER_SPAN.
BILATERAL_GREW_LATER = re.compile(
    r"[^.;:]{0,160}?(?<![\w])(?:bilateral\s{1,2}(?:relations|ties)\s{1,2}(?:had|have|has)"
    r"\s{1,2}(?:grown|developed|advanced|deepened|expanded|progressed)"
    r"|(?:relaciones|lazos|vinculos)\s{1,2}bilaterales\s{1,2}(?:se\s{1,2})?(?:han|habian)"
    r"\s{1,2}(?:crecido|desarrollado|avanzado|profundizado)"
    r"|(?:relacoes|lacos)\s{1,2}bilaterais\s{1,2}(?:se\s{1,2})?(?:desenvolveram|cresceram"
    r"|avancaram|aprofundaram|(?:tem|tinham)\s{1,2}(?:crescido|avancado|se\s{1,2}aprofundado)))"
    r"(?![\w])"
)
# "En diez años, los lazos entre los dos países se han desarrollado con rapidez", "In ten years,
# the ties between the two countries have grown fast", "Em dez anos, os laços entre os dois países
# se desenvolveram" (folded): a sentence that opens on "in N years" and goes on to the ties
# "between the two countries" in a perfect tense tells the years of the pair's ties up to the
# article's date, the pair named in a sentence just before (round r63b: main read a duration the
# store does not hold, text 641). Borne out, never refuted, as the other spans of ties; a future
# ("se duplicarán en diez años") or a span of trade is not read.
SPAN_OPENS_SENTENCE = re.compile(r"^[\s\"'“‘(]*(?:in|en|em)\s+$")
PAIR_TIES_GREW_AFTER_SPAN = re.compile(
    r"\s{0,2},?\s{1,2}(?:(?:the|los|las|os|as)\s{1,2})?"
    r"(?:ties|relations|lazos|relaciones|vinculos|lacos|relacoes)\s{1,2}(?:between|entre)\s{1,2}"
    r"(?:(?:the|los|os)\s{1,2}(?:two|dos|dois)\s{1,2}(?:countries|paises|nations|naciones|nacoes)"
    r"|both\s{1,2}countries|ambos\s{1,2}(?:os\s{1,2})?paises)\s{1,2}"
    r"(?:have|has|had|(?:se\s{1,2})?(?:han|habian|tem)|se\s{1,2}(?:desenvolveram|aprofundaram"
    r"|expandiram|fortaleceram)|(?:desenvolveram|cresceram|avancaram))(?![\w])"
)
CHINA_LEADER = re.compile(
    r"(?<![\w])(?:xi\s{1,2}jinping|hu\s{1,2}jintao|li\s{1,2}keqiang|li\s{1,2}qiang|wang\s{1,2}yi)(?![\w])"
)
# How far (in months) before the month a count of years points back to a tie of the year before
# may stand and still bear the count out (TiesDate._near_count).
NEAR_COUNT_MONTHS = 6
# How many prose sentences back the anaphoric span's tie may stand: the one just before.
ANAPHOR_REACH = 3
# "… set up diplomatic relations on June 20, 1974. Fifty years later the two countries are
# celebrating …", "Cincuenta años después, …", "Cinquenta anos depois, …" (folded: the words
# before the duration open the sentence; the word after it is "later"): the years from the tie
# the sentence before dates to the article's date. Borne out only when the count lands on that
# tie's year; otherwise left unjudged, since "N years later" may also move a story along to a
# past moment (round 45a: main read a duration no row holds).
SENTENCE_OPENING = re.compile(r"^[\s\"'“‘(]*(?:(?:and|but|y|pero|e|mas)\s{1,2})?$")
LATER_AFTER = re.compile(r"(?<!\s)\s{1,2}(?:later|despues|depois)(?![\w])")
# "China and Peru have had diplomatic relations for 54 years", "has maintained ties with China
# for 45 years" (folded): the years a tie has lasted at the article's date, as "45 years of
# diplomatic relations" are; Spanish and Portuguese say it "desde hace" or "há", read above.
TIE_FOR_BEFORE = re.compile(
    r"(?<![\w])(?:relations|ties)(?:\s{1,2}with\s{1,2}(?:the\s{1,2})?[a-z]+)?\s{1,2}for\s+$"
)
PERFECT_HELD = re.compile(
    r"(?<![\w])(?:have|has)\s{1,2}(?:had|maintained|enjoyed|kept|held)(?![\w])"
)


def _friendship_years(claim) -> bool:
    """Is the duration a count of years of friendship (FRIENDSHIP_BEFORE, FRIENDSHIP_AFTER)?"""
    start, end = claim.span_in_sentence
    before, after = fold(claim.sentence[:start]), fold(claim.sentence[end:])
    return bool(FRIENDSHIP_BEFORE.search(before) or FRIENDSHIP_AFTER.match(after))


def _relationship_last_years(claim) -> bool:
    """Is the duration the last years of the pair's relationship (RELATIONSHIP_LAST_YEARS)?"""
    return bool(RELATIONSHIP_LAST_YEARS.search(fold(claim.sentence[: claim.span_in_sentence[0]])))


def _last_years_of_ties(claim, context: CheckContext | None = None) -> bool:
    """Is the duration the last years of the ties named right after it, in a sentence that names
    China or one of its leaders (LAST_SPAN_BEFORE, TIES_AFTER_SPAN)? Bilateral ties may take
    China up from the sentences just before (BILATERAL_TIES)."""
    start, end = claim.span_in_sentence
    before, after = fold(claim.sentence[:start]), fold(claim.sentence[end:])
    whole = fold(claim.sentence)
    if LAST_SPAN_BEFORE.search(before) and RELATIONS_BETWEEN_AFTER_SPAN.match(after):
        return True  # the pair named, China one of them, after a reporting aside
    if RELATIONS_GREW_BEFORE_SPAN.search(before):
        return bool(CHINA_NAMED.search(whole) or CHINA_LEADER.search(whole))
    if LAST_SPAN_BEFORE.search(before) and BILATERAL_GREW_LATER.match(after):
        # the bilateral relations grow later in the sentence, past an aside
        return _china_named_here_or_before(claim, context, whole)
    if SPAN_OPENS_SENTENCE.search(before) and PAIR_TIES_GREW_AFTER_SPAN.match(after):
        # "En diez años, los lazos entre los dos países se han desarrollado": the pair is the
        # one a sentence just before names, China one of them
        return _china_named_here_or_before(claim, context, whole)
    if not (LAST_SPAN_BEFORE.search(before) and (ties := TIES_AFTER_SPAN.match(after))):
        return False
    if CHINA_NAMED.search(whole) or CHINA_LEADER.search(whole):
        return True
    # "Em 15 de agosto de 1974, a China e o Brasil estabeleceram relações diplomáticas … Nos
    # últimos 50 anos, as relações bilaterais avançaram": "bilateral" ties are the pair's that a
    # sentence just before names (up to ANAPHOR_REACH back), China one of them (round r59b: main read a duration the store
    # does not hold). Borne out, never refuted, as the rest of these spans.
    if not BILATERAL_TIES.search(ties.group(0)):
        return False
    return _china_named_here_or_before(claim, context, whole)


def _china_named_here_or_before(claim, context: CheckContext | None, whole: str) -> bool:
    """Does the claim's sentence (folded, `whole`), or one of the ANAPHOR_REACH sentences before
    it, name China or one of its leaders? "Bilateral" relations are the pair's, China one of them
    only when it is named that near."""
    if CHINA_NAMED.search(whole) or CHINA_LEADER.search(whole):
        return True
    if context is None:
        return False
    previous = [fold(text) for text in context.sentences_before(claim, ANAPHOR_REACH)]
    return any(CHINA_NAMED.search(text) or CHINA_LEADER.search(text) for text in previous)


def _pair_years_ago(claim) -> bool:
    """ "Forty-five years ago, he recalled, the two nations were quick to embrace common values",
    "Hace 45 años, recordó, ambos países …", "Há 45 anos, lembrou, os dois países …": an exact
    count of years "ago" whose sentence names the pair ("the two nations", "both countries",
    "la cooperación bilateral": PAIR_NAMED) and no tie of its own. Like "Over those 50 years", it takes up the tie a sentence
    just before names (round r63d: main read a duration no row holds in text 645). Borne out
    only: the pair's moment may be another than the tie's start."""
    start, end = claim.span_in_sentence
    before, after = fold(claim.sentence[:start]), fold(claim.sentence[end:])
    return (
        claim.qualifier is Qualifier.EXACT
        and bool(AGO_BEFORE.search(before) or AGO_AFTER.match(after))
        and PAIR_NAMED.search(fold(claim.sentence)) is not None
    )


def _years_later(claim) -> bool:
    """Does the sentence open on an exact count of years "later" (SENTENCE_OPENING, LATER_AFTER)?"""
    start, end = claim.span_in_sentence
    return (
        claim.unit == "years"
        and claim.qualifier is Qualifier.EXACT
        and SENTENCE_OPENING.match(fold(claim.sentence[:start])) is not None
        and LATER_AFTER.match(fold(claim.sentence[end:])) is not None
    )


def _anaphoric_span(claim) -> bool:
    """Is the duration a span the sentence before named ("Over those 50 years")?"""
    return bool(ANAPHORIC_SPAN_BEFORE.search(fold(claim.sentence[: claim.span_in_sentence[0]])))


def _years_ago(claim, context: CheckContext | None = None):
    """The duration claim dated as the year it counts back to from the article's date
    ("Hace 13 años" in an August 2024 article: 2011), or None when it is not an "ago" phrase
    or the article's date is only the file's."""
    start, end = claim.span_in_sentence
    before, after = fold(claim.sentence[:start]), fold(claim.sentence[end:])
    ago = (
        AGO_BEFORE.search(before)
        or AGO_AFTER.match(after)
        or (YEARS_OF_TIE_AFTER.match(after) and not SPAN_PART_BEFORE.search(before))
        or (_friendship_years(claim) and claim.qualifier is Qualifier.EXACT)
        or (TIE_FOR_BEFORE.search(before) and PERFECT_HELD.search(before))
        or (ANAPHORIC_SPAN_BEFORE.search(before) and claim.qualifier is Qualifier.EXACT)
        or (RELATIONSHIP_LAST_YEARS.search(before) and claim.qualifier is Qualifier.EXACT)
        or (_last_years_of_ties(claim, context) and claim.qualifier is Qualifier.EXACT)
        or _years_later(claim)
        # "A casi 3 años de que …": a hedged count of years dates no year (as u1517).
        or (
            (YEARS_AFTER_EVENT.match(after) or YEARS_SINCE_TIE_EVENT.match(after))
            and claim.qualifier is Qualifier.EXACT
            # "en los primeros 10 años desde que entró en vigor": a part of the span, no start.
            and not SPAN_PART_BEFORE.search(before)
        )
    )
    if not ago or claim.value != int(claim.value):
        return None
    if claim.unit in ("days", "weeks"):
        return None  # "hace 30 días": no year to count back (round s25c)
    dated = claim.article_date or {}
    year = (dated.get("date") or "")[:4]
    if not year.isdigit() or dated.get("found_by") == FILE_METADATA:
        return None
    # "hace cuatro décadas", "four decades ago": forty years back at the least (the rest of
    # the decade is tried by TiesDate._decade_span)
    back = int(year) - int(claim.value) * (10 if claim.unit == "decades" else 1)
    period = Period("point", back, back, text=f"{claim.text.strip()} before {year}")
    return dataclasses.replace(claim, period=period)


def _anniversary_day(claim, context: CheckContext):
    """A day and month on which a count of years is completed ("El pasado 21 de agosto se
    cumplieron seis años desde que … establecieron relaciones diplomáticas", read by extract's
    `_anniversary_day`): the date dated back by that count, the day the tie began (2018-08-21
    in an August 2024 text). Borne out, never refuted: the writer counts whole years. None when
    the claim is no such day or the count is not a claim of the sentence."""
    from chinalac.claims.extract import (  # noqa: PLC0415 (import cycle)
        ANNIVERSARY_COUNT_AFTER,
        YEAR_WRITTEN,
        anniversary_after,
    )

    period = claim.period
    if claim.kind is not Kind.DATE or period is None or not period.end_month:
        return None
    if YEAR_WRITTEN.search(claim.text):
        return None  # "establecidas el 28 de septiembre de 1960, cumplen 65 años": the tie's date
    if period.kind != "point" or not period.end_year:
        return None
    start, end = claim.span_in_sentence
    folded = fold(claim.sentence)
    found = ANNIVERSARY_COUNT_AFTER.match(folded, end)
    kinds: tuple[Kind, ...] = (Kind.DURATION,)
    if found is None:
        # "today, May 1, the second anniversary of …" (round 49b), "celebraron en junio el 50
        # aniversario" (round 49c): the anniversary's ordinal counts the years
        found = anniversary_after(folded, start, end)
        kinds = (Kind.RANK, Kind.DURATION, Kind.COUNT)
    if found is None:
        return None
    counts = [
        other
        for other in context.by_sentence.get(claim.sentence_index, [])
        if other.kind in kinds
        and end <= other.span_in_sentence[0] < found.end()
        and other.value == int(other.value)
        and other.value >= 1
    ]
    if not counts:
        return None
    back = period.end_year - int(counts[0].value)
    shifted = dataclasses.replace(
        period, start_year=back, end_year=back, text=f"{claim.text.strip()}, {back}"
    )
    return dataclasses.replace(claim, period=shifted)


def _since_date(claim):
    """ "Costa Rica y China mantienen relaciones diplomáticas desde el 1 de junio de 2007",
    "have had diplomatic relations since 1960", "mantêm relações desde 1960": a date the tie
    has run since is the day it began, read as that point. Borne out, never refuted: "since
    2008" is not false of a tie that began in 2007 (round s19b: main read no claim). None when
    the claim is no date of a "since" period."""
    period = claim.period
    if claim.kind is not Kind.DATE or period is None or period.kind != "since":
        return None
    if period.start_year is None or period.end_year is not None:
        return None
    point = Period(
        "point", period.start_year, period.start_year, period.start_month, period.start_month,
        period.text,
    )  # fmt: skip
    return dataclasses.replace(claim, period=point)


# "In force since" right before a date (folded, read up to the date), told after the treaty's
# signature: "firmado en abril del 2009 y vigente desde septiembre del 2011", "signed in April
# 2009 and in force since September 2011", "assinado em abril de 2009 e em vigor desde setembro
# de 2011". Told as the pair of the treaty's dates, the date is the day it took effect, not a
# moment of a span it has run through (round r61c). Alone ("el TLC, vigente desde marzo de
# 2024") a later month is not false of the treaty and refutes nothing (round s24b's guard).
IN_FORCE_SINCE_AFTER_SIGNED = re.compile(
    r"(?<![\w])(?:firmad[oa]s?|suscrit[oa]s?|subscrit[oa]s?|assinad[oa]s?|signed)(?![\w])"
    r"[^.;:()]{0,80}?(?<![\w])(?:y|and|e)\s{1,2}(?:(?:esta|is|has\s{1,2}been|esta\s{1,2}en)\s{1,2})?"
    r"(?:(?:en|em)\s{1,2}vigor|vigente|in\s{1,2}(?:force|effect))\s{1,2}(?:desde|since)"
    r"\s{1,2}(?:(?:el|o|a)\s{1,2})?(?:[0-3]?\d(?:º|°|o|st|nd|rd|th)?\s{1,2}(?:de\s{1,2})?)?$"
)


# A tie told as held up to a past moment, not to the article's day (folded): "had relations
# since 1997 until 2007", "mantenía relaciones desde 1985", "tinha relações desde 1985 até".
PAST_SPAN = re.compile(
    r"(?<![\w])(?:(?<!has )(?<!have )had|until|till|hasta|ate|habia|habian|tenia|tenian|mantenia|mantenian|mantuvo"
    r"|mantuvieron|tinha|tinham|havia|haviam|mantinha|mantinham|manteve|mantiveram)(?![\w])"
)


def _ended_since(
    rule_id: str, context: CheckContext, claim, tie_type: str, folded: str
) -> Finding | None:
    """A tie told as held since a date to the article's day ("Saint Lucia has recognised
    Beijing since 1997", "Nicaragua mantiene relaciones con China desde 1985") that the ties
    table shows broken in between: a spell of no tie (relations with Taipei, a withdrawal)
    begun after the date and before the article's day (chinalac.domain.ties.spells). The date
    is the tie's first, but the tie did not run since then (the lead, stop 51: main bore out
    both by the date alone). Refuted when the break rests on a sourced row that is not weak and
    the article's date is known; otherwise shown, not refuted. None when nothing broke, or the
    sentence tells a span that ended ("had", "until", "mantenía")."""
    domain = DOMAIN_TIE.get(tie_type)
    start = claim.period.start_year if claim.period else None
    if domain is None or start is None or claim.entity in REGIONS or PAST_SPAN.search(folded):
        return None
    found = claim.article_date or {}
    dated = bool(found.get("date")) and found.get("found_by") != FILE_METADATA
    on = str(found.get("date"))[:10] if dated else None
    breaks = [
        (spell, tie)
        for spell in spells(tie_book(context.knowledge), claim.entity, domain, before=on)
        if spell.value not in (None, "disputed") and not spell.positive and spell.since
        for tie in [dated_tie(spell, tie_type, spell.since)]
        if tie is not None and tie.year > start
    ]
    if not breaks:
        return None
    ended, tie = breaks[0]
    told = f"the text has the tie held since {start}; the ties table holds {tie.label()}"
    if ended.weak:
        return Finding(
            rule_id,
            Verdict.UNVERIFIABLE,
            f"not called contradicted because the break rests on a weak source: {told}",
            (tie.evidence("related"),),
        )
    if not dated:
        return Finding(
            rule_id,
            Verdict.UNVERIFIABLE,
            f"not called contradicted because the article's date is unknown: {told}",
            (tie.evidence("related"),),
        )
    return Finding(rule_id, Verdict.CONTRADICTED, told, (tie.evidence("differs"),))


def _year_row_of_the_month(
    context: CheckContext, claim, tie_type: str, year: int, folded: str
) -> Tie | None:
    """A tie the ties table dates to a year only, the claim's year, for a month or day inside
    it: "establecieron la Asociación Estratégica Integral el 14 de julio de 2014", "upgraded
    their ties to a comprehensive strategic partnership in July 2014", "em julho de 2014"
    beside Venezuela's partnership stored as "2014" (round r54b: the status of a year-only row
    begins at the year's end, so main found none in July and left the day unjudged). The month
    is borne out at the row's precision, never refuted (the row does not know it); only when the
    sentence tells the event (EVENT_VERB) and the row is not a bound."""
    if not EVENT_VERB.search(folded):
        return None
    found = as_tie(status(context.knowledge, claim.entity, tie_type, f"{year}-12"), tie_type)
    if found is None or found.before or found.conflict or found.date != str(year):
        return None
    return found


class TiesDate:
    rule_id: ClassVar[str] = "ties-date"
    verdicts: ClassVar[tuple[Verdict, ...]] = (
        Verdict.SUPPORTED,
        Verdict.CONTRADICTED,
        Verdict.DISPUTED,
    )
    description: ClassVar[str] = "the date of a tie event against the dated rows of the ties table"

    def check(self, context: CheckContext) -> Iterator[tuple[str, Finding]]:
        for claim in context.claims:
            ago = claim.kind is Kind.DURATION
            if ago:
                claim = _years_ago(claim, context)
                if claim is None:
                    continue
            since = _since_date(claim)
            if since is not None:
                claim = since
            # "El pasado 21 de agosto se cumplieron seis años desde que …" (round 28b)
            anniversary = _anniversary_day(claim, context)
            if anniversary is not None:
                claim = anniversary
            if (
                claim.kind not in (Kind.DATE, Kind.RANK, Kind.DURATION)
                or claim.entity in REGIONS
                or not claim.period
            ):
                continue
            if claim.period.kind not in ("point", "as_of") or not claim.period.end_year:
                continue
            if claim.kind is Kind.RANK and ANNIVERSARY.search(fold(claim.text)):
                continue  # "In 2024 … the 50th anniversary": 2024 is no date of the event
            if claim.kind is Kind.RANK and ranks_no_state(claim):
                continue  # "in 1986, during Ortega's first term": the term is no tie's event
            if claim.kind is Kind.RANK and rank_of_today(claim):
                # "… la joven República, nacida en 1949, que hoy es la segunda potencia": a rank
                # told as of today is no place in the order of a tie the sentence's year dates
                # (round 52a: main refuted "la segunda potencia" by Cuba's ties of 1960).
                continue
            if claim.kind is Kind.RANK and APPOSITIVE_BEFORE.search(
                claim.sentence[: claim.span_in_sentence[0]]
            ):
                # "En 2015, Costa Rica, el primer país centroamericano en establecer relaciones
                # diplomáticas con China, recibió una visita": the rank in apposition names the
                # state; the year dates the main clause, no tie (round 30a: main refuted it by
                # the relations of 2007, in Spanish and Portuguese).
                continue
            if claim.kind is Kind.RANK and any(
                other.kind is Kind.DATE
                for other in context.by_sentence.get(claim.sentence_index, [])
            ):
                continue  # the year stands as a claim of its own: it is judged there
            folded = folded_sentence(claim)
            if _apposition_of_no_tie(folded, claim.span_in_sentence[0]):
                continue  # "The People's Republic of China, founded in 1949, …"
            agreement_year = _year_of_an_agreement(claim)
            if not agreement_year and _date_of_another_event(claim, context, folded):
                # (a year naming an agreement dates none of the sentence's events)
                continue  # "Cuba, whose revolution triumphed in 1959, established … in 1960"
            if _tie_with_another_partner(folded, context):
                # "Chile signed a free trade agreement with the United States in 2003", "Chile
                # firmó un tratado de libre comercio con Estados Unidos en 2003": a tie with
                # another partner, in a sentence that names no China (round 28d: main refuted
                # the year by Chile's FTA with China, in the three languages).
                continue
            if _talks_date(folded, *claim.span_in_sentence):
                # "Ecuador and Nicaragua signed FTAs in 2023, and Honduras began negotiations in
                # July 2023": the talks are the other clause's; the clause of the year speaks
                # of the signature (main skipped the whole sentence; round s18c).
                continue
            if claim.period.kind == "point" and ALREADY_DONE.search(folded):
                as_of = dataclasses.replace(claim.period, kind="as_of")
                claim = dataclasses.replace(claim, period=as_of)
            elif claim.period.kind == "as_of" and WHEN_AFTER.match(
                folded, claim.span_in_sentence[1]
            ):
                # "until 2007, when Costa Rica broke with Taipei": the year the clause after it
                # dates, a point (an "until" read as "by 2007" bore out 2008 as well; round s20a).
                point = dataclasses.replace(claim.period, kind="point")
                claim = dataclasses.replace(claim, period=point)
            tie_types, taken_up = _tie_types(claim, context)
            if "partnership" not in tie_types and _upgrade_only(
                _clause_around(folded, *claim.span_in_sentence)
            ):
                # "Last year, the two allies … upgraded their diplomatic relationship", "elevaron
                # sus relaciones en 2014", "elevaram as relações em 2023": the upgrade is a
                # partnership's event, not the relations' (round r58d: main took the relations
                # of 1974 and refuted "In 2019 … upgraded their diplomatic relationship"). No
                # level is named: borne out by a partnership of the year, never refuted.
                tie_types = [
                    "partnership" if t == "diplomatic_relations_prc" else t for t in tie_types
                ] or ["partnership"]
                taken_up = True
            if not tie_types and agreement_year:
                # "under a 2005 trade agreement", "its top trading partner since a 2009
                # agreement": no cue of the FTA's own, so never refuted
                tie_types, taken_up = ["fta"], True
            if not tie_types and ago and _friendship_years(claim):
                # "una amistad de 45 años": the years of the pair's diplomatic relations
                tie_types = ["diplomatic_relations_prc"]
            if ago and (_relationship_last_years(claim) or _last_years_of_ties(claim, context)):
                # "a parceria entre Brasil e China nos últimos 50 anos": the pair's years, those
                # of its diplomatic relations (not the "partnership" tie the word would name)
                tie_types, taken_up = ["diplomatic_relations_prc"], True
            later = ago and _years_later(claim)
            if (
                not tie_types
                and ago
                and (later or _anaphoric_span(claim) or _pair_years_ago(claim))
            ):
                # "Over those 50 years", "Fifty years later", "Forty-five years ago, … the two
                # nations …": the span of the tie the sentence before names
                prose = context.sentences_before(claim, ANAPHOR_REACH)
                tie_types, taken_up = _taken_up_from_prose(context, claim, prose), True
            # an item of a list whose verb is left out: borne out, never refuted
            gapped = claim.kind is Kind.DATE and _gapped_list_item(claim, context, folded)
            # "en el año 2016, cuando se estableció la Asociación Estratégica": a year its "when"
            # clause ties to an event, read as that event's date; borne out, never refuted
            # (round 52a).
            when_clause = claim.kind is Kind.DATE and year_when_event_after(
                folded, claim.span_in_sentence[1]
            )
            # ties with China "a costa de Taiwán" the only cue of the relations: a likely reading
            # of the switch, borne out, never refuted (round r58b)
            likely_switch = switch_only_at_expense(claim.sentence)
            if "diplomatic_relations_prc" in tie_types and (
                _relations_with_taiwan(folded) or _taiwan_side(folded, *claim.span_in_sentence)
            ):
                # "Honduras established diplomatic relations with Taiwan in 1941": relations with
                # Taipei, not with the PRC (main refuted 1941 by the PRC tie of 2023; round s18c).
                tie_types = [t for t in tie_types if t != "diplomatic_relations_prc"]
            if "diplomatic_relations_prc" in tie_types and _market_economy_date(
                folded, *claim.span_in_sentence
            ):
                tie_types = [t for t in tie_types if t != "diplomatic_relations_prc"]
            several = len([t for t in tie_types if t in EVENT_TIES]) > 1
            if several:
                # Two events in one sentence, each with its date: the figure is judged against
                # the tie named nearest it only, and never refuted (the pairing is a reading).
                nearest = nearest_tie_type(claim.sentence, *claim.span_in_sentence)
                if claim.kind is Kind.RANK:
                    # "fue el cuarto país latinoamericano en firmar un TLC", "the first Central
                    # American country to sign an FTA": an ordinal of states is the rank of the
                    # event named after it, not of the tie dated before it (round s21b: main bore
                    # out "cuarto país … en firmar un TLC" by Ecuador's relations of 1980).
                    nearest = rank_event_tie(claim.sentence, claim.span_in_sentence[1]) or nearest
                tie_types = [nearest] if nearest in EVENT_TIES else []
            for tie_type in tie_types:
                if tie_type not in EVENT_TIES:
                    continue
                if tie_type == "fta" and FTA_UPGRADE.search(
                    _clause_around(folded, *claim.span_in_sentence)
                ):
                    continue  # "upgraded their free trade agreement in 2019": another event
                if tie_type == "fta" and _supplement_signed(folded, *claim.span_in_sentence):
                    continue  # "signed its Supplementary Agreement on Services": another one
                if tie_type == "bri_mou" and _bri_plan_signed(folded, *claim.span_in_sentence):
                    continue  # "signed a cooperation plan to push the initiative further"
                finding = self._judge(context, claim, tie_type, folded)
                if ago and (finding is None or finding.verdict is not Verdict.SUPPORTED):
                    finding = self._near_count(context, claim, tie_type, folded) or finding
                if ago and (finding is None or finding.verdict is not Verdict.SUPPORTED):
                    finding = self._decade_span(context, claim, tie_type, folded) or finding
                if (
                    finding is not None
                    and (
                        taken_up
                        or ago
                        or several
                        or (
                            since is not None
                            and not (
                                # "el TLC …, firmado en abril del 2009 y vigente desde septiembre
                                # del 2011": the day it took effect, refuted by the stored entry
                                # into force (round r61c: main read the date as a span's start
                                # and never refuted it).
                                tie_type == "fta"
                                and IN_FORCE_SINCE_AFTER_SIGNED.search(
                                    folded, 0, claim.span_in_sentence[0]
                                )
                            )
                        )
                        or gapped
                        or when_clause
                        or likely_switch
                        or anniversary is not None
                    )
                    and finding.verdict is Verdict.CONTRADICTED
                ):
                    # "the treaty" of an earlier sentence is inferred, and "13 years ago" counts
                    # whole years from a date the writer rounds: borne out, never refuted.
                    break
                if later and finding is not None and finding.verdict is not Verdict.SUPPORTED:
                    break  # "Twenty years later, …" may be a past moment: only borne out
                if since is not None and finding is not None:
                    finding = (
                        _ended_since(self.rule_id, context, claim, tie_type, folded) or finding
                    )
                if finding is not None and _place_not_borne_out(context, claim, finding):
                    # "Guyana was the first Caribbean country to sign a Belt and Road
                    # memorandum, in July 2018" (Trinidad and Tobago signed first; round s22d),
                    # "Honduras switched recognition to Beijing in March 2023, becoming the
                    # ninth country in the region to do so since 2017" (the lead, stop 46): the
                    # state's own date does not bear out its place; only the table's order does
                    # (ties-rank). Main said supported to both.
                    break
                if finding is not None:
                    yield claim.claim_id, finding
                    break

    def _near_count(
        self, context: CheckContext, claim, tie_type: str, folded: str
    ) -> Finding | None:
        """A count of years back from an article dated to its month lands on the year before the
        one counted to when the tie is less than six months before the same month that many years
        back, so that the years passed are the count and a few months (whole years are counted):
        "dos años después de que ambos países restablecieran relaciones diplomáticas" on 2 January
        2024 is about January 2022, and the relations of 10 December 2021 are one month before it
        (round 45c: main counted whole years to 2022 and left it unjudged). Never a tie after that
        month ("ocho años" in November 2025 are not the seven and a half since May 2018). Only
        borne out."""
        date = (claim.article_date or {}).get("date") or ""
        if claim.unit != "years" or not re.fullmatch(r"\d{4}-\d{2}(?:-\d{2})?", date):
            return None
        month, back = int(date[5:7]), claim.period.end_year
        near = dataclasses.replace(
            claim, period=Period("point", back - 1, back - 1, text=claim.period.text)
        )
        found = self._judge(context, near, tie_type, folded)
        if found is None or found.verdict is not Verdict.SUPPORTED:
            return None
        target = back * 12 + month
        for evidence in found.evidence:
            held = re.match(r"(\d{4})-(\d{2})", evidence.period or "")
            if held and target - (int(held[1]) * 12 + int(held[2])) <= NEAR_COUNT_MONTHS:
                return found
        return None

    def _decade_span(
        self, context: CheckContext, claim, tie_type: str, folded: str
    ) -> Finding | None:
        """N decades back are 10N to 10N + 9 years: "hace cuatro décadas" in January 2020 is
        1971 to 1980, and "five decades ago" in 2024 bears out Guyana's relations of 1972. The
        latest year is judged first (`_years_ago`); the nine before it here. Only borne out."""
        if claim.unit != "decades":
            return None
        written = int(((claim.article_date or {}).get("date") or "")[:4])  # `_years_ago` read it
        for year in decade_years(int(claim.value), written)[1:]:  # the latest was judged
            near = dataclasses.replace(
                claim, period=Period("point", year, year, text=claim.period.text)
            )
            found = self._judge(context, near, tie_type, folded)
            if found is not None and found.verdict is Verdict.SUPPORTED:
                return found
        return None

    def _judge(self, context: CheckContext, claim, tie_type: str, folded: str) -> Finding | None:
        """Compare the claim with the status at the end of its period (chinalac.domain.ties)."""
        year, month = claim.period.end_year, claim.period.end_month
        on = f"{year}-{month:02d}" if month else str(year)
        if NEGATED_EVENT.search(_clause_around(folded, *claim.span_in_sentence)):
            return None  # "refused to break ties with Taiwan in 2019": no event is dated
        if (year, month or 12) < PRC_FOUNDED:
            # "México y China establecieron relaciones diplomáticas en 1899", "Peru and China
            # established relations in 1874": a tie with the Qing empire or the Republic of
            # China, before the People's Republic; the ties table holds the PRC's ties only, so
            # it neither dates nor denies it (the lead, stop 55: main refuted both by "no
            # sourced information on 1899" and the PRC tie of 1972).
            return Finding(
                self.rule_id,
                Verdict.UNVERIFIABLE,
                f"a tie dated {_claimed(claim)}, before the People's Republic of China was "
                "proclaimed on 1 October 1949, is one with the Qing empire or the Republic of China; "
                "the ties table holds the People's Republic's ties only",
                (),
            )
        event = fta_event(claim) if tie_type == "fta" else None
        if tie_type == "fta" and event is None and _year_of_an_agreement(claim):
            return self._agreement_of_a_year(context, claim, year)
        if event == "ratified":
            # A stored ratification of the same day (or month, when the text gives no day)
            # bears it out; never refuted: chambers, decrees and exchanges of instruments
            # ratify on different days (round s21b: "La Asamblea Nacional aprobó el acuerdo el
            # pasado 7 de febrero" beside Ecuador's row ratified 2024-02-07).
            return self._ratified(context, claim, year, month)
        if event == "signed":
            return self._signature(context, claim, year, month)
        if event == "closed":
            # "el acuerdo que Ecuador cerró con China … en mayo de 2023": the signature's
            # date when it matches; a deal "closed" may be the talks' end, so never refuted.
            found = self._signature(context, claim, year, month)
            return found if found is not None and found.verdict is Verdict.SUPPORTED else None
        if event == "in_force":
            return self._in_force(context, claim, year, month)
        if tie_type == "diplomatic_relations_prc" and _break_of_ties_before(
            folded, claim.span_in_sentence[0]
        ):
            # "Nicaragua restableció relaciones con China en 2021, tras romperlas en 1990": the
            # date is the break's, not the relations' (the lead, stop 52: main refuted 1990 by
            # the relations' status that year). Borne out by a break the table dates then.
            return self._break_dated(context, claim, tie_type, year, month)
        answer = status(context.knowledge, claim.entity, tie_type, on)
        now = status(context.knowledge, claim.entity, tie_type)
        if answer.value is None and now.value is None:
            return None  # nothing sourced about this tie: another rule may judge
        found = as_tie(answer, tie_type)
        # Sources that disagree, dated or not (undated rows answer from 2025): never refuted.
        if answer.value == "disputed":
            return Finding(
                self.rule_id,
                Verdict.DISPUTED,
                f"sources disagree on {claim.entity} {tie_type} by {on}: "
                + "; ".join(
                    f"{value or 'no record'} ({since or 'undated'})"
                    for value, since, _ in answer.alternatives
                ),
                tuple(_conflicting(row) for row in answer.rows),
            )
        if tie_type == "bri_mou" and withdrawal_dated(folded, *claim.span_in_sentence):
            # "Panama withdrew from the Belt and Road in February 2025": the spell of no
            # participation the table dates then bears it out (Panama's "withdrawn/not renewed"
            # of 2025-02); never refuted, the memorandum's date being no withdrawal's.
            return self._break_dated(context, claim, tie_type, year, month)
        if found is None and month and claim.period.kind != "as_of":
            in_year = _year_row_of_the_month(context, claim, tie_type, year, folded)
            if in_year is not None:
                return Finding(
                    self.rule_id,
                    Verdict.SUPPORTED,
                    f"the ties table dates it {in_year.date} (the year only, which "
                    f"{year}-{month:02d} falls in): {in_year.label()}",
                    (in_year.evidence("matches"),),
                )
        if claim.period.kind != "as_of" and _within_bound(found, year, month):
            # "<2019-10" (joined by October 2019): the row bounds the event, it does not date it.
            # A year or month at the bound's may be the event's or after it, an earlier one is
            # within the bound: neither borne out nor refuted (round r53d: main bore out the
            # conference of "October 2019" and refuted Grenada's memorandum "in 2018" by it).
            return None
        if found is not None:
            in_period = (
                (found.year, found.month or 0) <= (year, month or 12)
                if claim.period.kind == "as_of"
                else found.year == year and (not month or not found.month or found.month == month)
            )
            if in_period and claim.period.kind != "as_of":
                day_ok = _day_check(claim, found.date)
                if day_ok is None and (same := _row_of_the_day(context, claim, tie_type, found)):
                    # "El 12 de junio, Panamá … al anunciar …": another row of the same tie
                    # (the announcement) holds the text's very day; the communique of the day
                    # after does not gainsay it (round 40b). Support only.
                    return Finding(
                        self.rule_id,
                        Verdict.SUPPORTED,
                        f"the ties table dates it {same.date} ({same.label()}), and "
                        f"{found.date} ({found.label()}) a day from it",
                        (same.evidence("matches"), found.evidence("related")),
                    )
                if day_ok is None:
                    return _a_day_from_the_text(self.rule_id, claim, found)
                in_period = day_ok
            if in_period and _initiative_without_event(tie_type, folded):
                return None
            if in_period:
                rivals = _rival_dates(context, claim, tie_type, answer.value)
                if rivals:
                    # "Panama joined the Belt and Road in 2017" while a row flagged CONFLICT
                    # dates the memorandum 2018-12-03 (DW): both sources shown, neither picked
                    # (round 52c, u12001; as u6114 and u4502 are keyed).
                    return Finding(
                        self.rule_id,
                        Verdict.DISPUTED,
                        f"the ties table dates it {found.date} ({found.label()}); a row "
                        "flagged as conflicting dates it "
                        + " and ".join(row.date for row in rivals),
                        (found.evidence("matches"), *map(_conflicting, rivals)),
                    )
                return _dated_by(self.rule_id, found)
        # "severed diplomatic ties with Taiwan", "cortó sus relaciones con Taiwán", "cortou os
        # laços com Taiwan": a break told with "cut"/"sever"/"cortar" states the switch's event as
        # "broke" does (round s24a: main left "on 18 May 2018" unjudged against 1 May).
        # A switch to Beijing ("trocou Taiwan pela China", "shifted to Beijing") is that event too
        # (round 26b).
        a_break = tie_type == "diplomatic_relations_prc" and bool(
            BREAK_WITH_TAIWAN.search(folded)
            or SWITCH_TO_BEIJING.search(folded)
            or AT_EXPENSE_OF_TAIWAN.search(folded)
        )
        # "las relaciones diplomáticas … se iniciaron en 1988": the beginning of the relations
        # is their establishment, told by no event verb (RELATIONS_BEGAN, stop 55)
        began = tie_type == "diplomatic_relations_prc" and _relations_began(
            folded, claim.span_in_sentence[0]
        )
        if not (EVENT_VERB.search(folded) or a_break or began):
            return None
        if not (a_break or began) and _event_only_in_relative_after(
            folded, claim.span_in_sentence[1]
        ):
            return None  # "In 2017, China widened …, which Argentina has joined": not refuted
        if _only_hypothetical_events(folded):
            return None  # "… dijo que no habría problemas para establecer relaciones": not refuted
        if _only_hypothetical_events(_clause_around(folded, *claim.span_in_sentence)):
            # "In 1978 Turbay said Colombia would establish relations with China, and Colombia
            # established them in 1980": the date's own clause tells only a hypothesis (found
            # by the s36 survivors' helper: main refuted 1978 by the tie of 1980). Not refuted.
            return None
        if claim.kind is Kind.RANK and (YEARS_OF_TIES.search(folded) or ANNIVERSARY.search(folded)):
            # "Costa Rica, the first Central American country to establish relations with
            # Beijing, marked ten years of those ties in June 2017": the sentence's date is the
            # anniversary's, not the event the rank names (found by the s35 mutation survivors:
            # main refuted the first rank by the tie of 2007). Not refuted.
            return None
        if claim.kind is Kind.DATE and became_ordinal_act(folded[claim.span_in_sentence[1] :]):
            # "En 2018, Uruguay se convirtió en el primer miembro del Mercosur en firmar un
            # memorando …": the opening date of the act that made the subject a bloc's first
            # member is read from the order's phrase (round 49c). Borne out, never refuted.
            return None
        if tie_type == "diplomatic_relations_prc" and _clause_of_another_accord(
            folded, *claim.span_in_sentence
        ):
            # "El Perú fue el segundo país … en establecer relaciones diplomáticas con China, en
            # 1971, pero el primero en firmar con ella un tratado de Amistad, Comercio y
            # Navegación, en 1874": the date's own clause tells an old treaty, not the relations
            # another clause dates (round 48b: main refuted "primero" of 1874 by the tie of
            # 1971). Not refuted.
            return None
        current = as_tie(now, tie_type)
        if found is None and current is None and now.value == "announced":
            # "El Salvador firmó el memorando de la Franja y la Ruta en diciembre de 2018" while
            # the table holds nothing then and only a participation announced (2019-12-03)
            # today: an announcement neither dates nor denies a memorandum signed before it (the
            # lead, stop 52: main refuted the date by "no sourced information"). Not refuted.
            return None
        if found is None and _within_bound(current, year, month):
            # "signed the memorandum in 2018" beside a row "signed (by 2019-10)": a date before
            # the bound is within it (round r53d: main refuted it). Not refuted.
            return None
        if _anniversary_year(claim, folded):
            # "This year Grenada and China mark the 15th anniversary of the reestablishment of
            # their relations in 2005", "Este año … celebran el 15.º aniversario …": the
            # article's year is the anniversary's, not the event's (round r53d: main refuted
            # "This year" by the tie of 2005). Not refuted.
            return None
        if _anniversary_occasion(context, claim, folded, (found, current)):
            # "At a briefing on the 50th anniversary of the establishment of diplomatic
            # relations, held on June 20, 2022": the day the anniversary is marked, fifty years
            # after the tie of 1972 (round r59c: main refuted the briefing's day). Not refuted.
            return None
        if _anniversary_marked_on(folded, *claim.span_in_sentence):
            # "At a briefing on the anniversary of the establishment of diplomatic relations …,
            # held on June 20, 2022": with no ordinal or count of years in the sentence, the day
            # the anniversary is marked still tells no event of its own (the thirty-fifth
            # mutation run found main refuting it by Guyana's tie of 1972). Not refuted.
            return None
        slack = BREAK_SLACK if a_break else DAY_SLACK
        if any(_a_day_apart(claim, t.date, slack) for t in (found, current) if t is not None):
            return None
        if tie_type == "partnership" and _partnership_levels_differ(folded, (found, current)):
            return None  # "a strategic partnership in 2004" against the comprehensive one of 2014
        if _hedged_near(claim, folded, (found, current)):
            return None  # "around 2013" against a tie of 2014
        # The domain counts a row dated to its year only from 31 December; such a row cannot
        # show a month of that year wrong, so the month is left unjudged.
        year_only = current is not None and not current.month and current.year == year
        if found is None and month and year_only:
            return None
        if (
            found is not None
            and claim.period.kind != "as_of"
            and (rivals := _rival_dates(context, claim, tie_type, answer.value, inside=True))
        ):
            # "Panama joined the Belt and Road in December 2018": the date of the row flagged as
            # conflicting (DW), beside the principal row's 2017-11-17; both shown, neither picked.
            return Finding(
                self.rule_id,
                Verdict.DISPUTED,
                f"the ties table dates it {found.date} ({found.label()}); a row flagged as "
                "conflicting dates it " + " and ".join(row.date for row in rivals),
                (found.evidence("related"), *map(_conflicting, rivals)),
            )
        held = (
            f"{found.label()} on {on}"
            if found is not None
            else f"{answer.label.lower()} on {on}"
            + (f"; today: {current.label()}" if current is not None else "")
        )
        # the tie of the date named is often today's as well: shown once
        evidence = tuple(dict.fromkeys(t.evidence("differs") for t in (found, current) if t))
        if not evidence and (shown := _the_rows_that_refute(context, claim, tie_type, now, on)):
            # "Panama joined the Belt and Road in 2016": nothing then and, today, a withdrawal;
            # the row that refutes is the memorandum of 2017-11-17, shown with its source (the
            # lead, stop 52: main refuted with no row shown at all).
            held, evidence = shown
        if (
            tie_type == "diplomatic_relations_prc"
            and EITHER_WAY.search(folded)
            and not PRC_NAMED.search(folded)
        ):
            # "Nicaragua switched recognition in 1990", "restableció relaciones en 1990",
            # "cambió de reconocimiento": a switch or a restoring told without saying to which
            # side; Nicaragua's of 1990 went to Taipei (lead, stop 43: refuted by the PRC tie of
            # 1985 and 2021). Borne out above when it is the PRC's date, never refuted.
            return Finding(
                self.rule_id,
                Verdict.UNVERIFIABLE,
                f"not called contradicted: {EITHER_SIDE} — the text dates it {_claimed(claim)}; "
                f"the ties table holds {held}",
                tuple(dataclasses.replace(e, relation="related") for e in evidence),
            )
        return Finding(
            self.rule_id,
            Verdict.CONTRADICTED,
            f"the text dates it {_claimed(claim)}; the ties table holds {held}",
            evidence,
        )

    def _break_dated(self, context: CheckContext, claim, tie_type: str, year: int, month):
        """A break of a tie the text dates (the relations broken, the Belt and Road left): borne
        out when the state's tie ended in that year (and month, when the text gives one), a
        spell of no tie beginning then (chinalac.domain.ties.spells). None otherwise, never
        refuted: a break may be told by its announcement, its notice or its effect, and the
        table holds one of them."""
        for spell in spells(tie_book(context.knowledge), claim.entity, DOMAIN_TIE[tie_type]):
            if spell.positive or spell.value in (None, "disputed") or not spell.since:
                continue
            tie = dated_tie(spell, tie_type, spell.since)
            if tie is None or tie.year != year or (month and tie.month and tie.month != month):
                continue
            return _dated_by(self.rule_id, tie)
        return None

    def _ratified(self, context: CheckContext, claim, year: int, month: int | None):
        frame = context.knowledge.ties
        if frame is None or not len(frame) or claim.entity is None or not month:
            return None
        rows = frame[
            (frame["iso3"] == claim.entity)
            & (frame["tie_type"] == "fta")
            & frame["status"].fillna("").str.contains("ratif", case=False)
        ]
        day = claim_day(claim)
        for row in rows.itertuples():
            date = str(row.date or "")
            if len(date) < 7 or (int(date[:4]), int(date[5:7])) != (year, month):
                continue
            if day is not None and len(date) >= 10 and int(date[8:10]) != day:
                continue
            tie = Tie(row.tie_id, row.iso3, "fta", str(row.status), date, False,
                      str(row.source_id or ""), str(row.tier or ""))  # fmt: skip
            return _dated_by(self.rule_id, tie)
        return None

    def _agreement_of_a_year(self, context: CheckContext, claim, year: int) -> Finding | None:
        """A year naming the agreement ("a 2005 trade agreement"): borne out when the state's FTA with China was signed or
        came into force that year (the year names the agreement, not one of its events);
        None otherwise, never refuted. The reasons are the rule's own for either event."""
        answer = status(context.knowledge, claim.entity, "fta")
        now = as_tie(answer, "fta")
        if now is None or now.conflict:
            return None
        signed = signing(context.knowledge, now)
        if signed is not None and signed.year == year:
            return Finding(
                self.rule_id,
                Verdict.SUPPORTED,
                f"the FTA was signed {signed.date}: {signed.label()}",
                (signed.evidence("matches"),),
            )
        if answer.value == "in_force" and now.year == year:
            return _dated_by(self.rule_id, now)
        return None

    def _in_force(self, context: CheckContext, claim, year: int, month: int | None):
        """An FTA "in force since / went into effect on DATE": the date its status in force
        began (chinalac.domain.ties). None when the store holds no FTA in force (a state whose
        FTA is only signed cannot date an entry into force). The reasons are worded as the
        rule's other dated ties (one template each, translated by chinalac.web.reasons)."""
        answer = status(context.knowledge, claim.entity, "fta")
        now = as_tie(answer, "fta")
        if now is None or answer.value != "in_force" or now.conflict:
            return None
        return self._dated_event(
            claim,
            now,
            (year, month),
            f"the ties table dates it {now.date}: {now.label()}",
            f"the text dates it {_claimed(claim)}; the ties table holds {now.label()}",
        )

    def _signature(self, context: CheckContext, claim, year: int, month: int | None):
        """An FTA "signed in YEAR": the signature date the domain gives (see signing)."""
        now = as_tie(status(context.knowledge, claim.entity, "fta"), "fta")
        signed = signing(context.knowledge, now) if now is not None else None
        if signed is None:
            return None
        return self._dated_event(
            claim,
            signed,
            (year, month),
            f"the FTA was signed {signed.date}: {signed.label()}",
            f"the text dates the signature {_claimed(claim)}; the ties table holds "
            f"{signed.label()} (in force {now.date})",
            now.evidence("related"),
        )

    def _dated_event(self, claim, event, claimed, supported: str, contradicted: str, *related):
        """One dated event of a tie (an FTA's signature or entry into force) against the date
        the text gives it: its year, its month when both give one, and its day (a day off in
        the same month is not judged, `_a_day_from_the_text`)."""
        year, month = claimed
        if claim.period.kind == "as_of":
            # "By 2012 the FTA had entered into force": borne out by any date up to then, refuted
            # only by a later one (main asked for the year itself and refuted 2011).
            day_ok = (event.year, event.month or 0) <= (year, month or 12)
        elif event.year == year and (not month or not event.month or event.month == month):
            if (day_ok := _day_check(claim, event.date)) is None:
                return _a_day_from_the_text(self.rule_id, claim, event)
        elif _a_day_apart(claim, event.date):
            return None
        else:
            day_ok = False
        if day_ok:
            return Finding(self.rule_id, Verdict.SUPPORTED, supported, (event.evidence("matches"),))
        return Finding(
            self.rule_id, Verdict.CONTRADICTED, contradicted, (event.evidence("differs"), *related)
        )


def _dated_by(rule_id: str, tie: Tie) -> Finding:
    """The text's date borne out by one row of the ties table: "the ties table dates it D:
    label", the one wording of a dated tie (translated by chinalac.web.reasons)."""
    return Finding(
        rule_id,
        Verdict.SUPPORTED,
        f"the ties table dates it {tie.date}: {tie.label()}",
        (tie.evidence("matches"),),
    )


# Words that tell a state's taking part in the Belt and Road as an event (folded): its
# memorandum, accession, entry or signature ("la adhesión de Chile", "the MoU of 2018"), or a
# signing told as an idiom ("Jamaica put its name to China's Belt and Road Initiative", u4324).
BRI_TAKING_PART = re.compile(
    r"(?<![\w])(?:memorand\w*|mou|mdu|mde|accession|adhesion|adesao|ingreso|ingresso|entry|"
    r"participa\w*|signatur\w*|signing|firma|assinatura|part(?:e|y)?\s+(?:of|de|da|del)|"
    r"(?:put|puts|putting)\s+(?:its|their|her|his)\s+name|"
    # verbs of joining that EVENT_VERB does not hold (support only: "Nicaragua se unió a la
    # Franja y la Ruta en enero de 2022", u14305; "uniu-se", "juntou-se", "endorsed", "aboard")
    r"uni(?:o|eron|rse|u|ram|r)|junt(?:o|ou|aram)|subscrib\w*|endors\w*|respald\w*|"
    r"embrac\w*|abra(?:c|z)\w*|aboard|a\s+bordo)(?![\w])"
)


def _initiative_without_event(tie_type: str, folded: str) -> bool:
    """Is the Belt and Road named only as the initiative, with no state's taking part in it:
    no event verb ("joined", "se adhirió", "assinou") and no noun of the event ("memorandum",
    "adhesión")? "Chile was at the centre of the Belt and Road debate in 2018", "The Belt and
    Road … was at the centre of this year's forum": the year dates no memorandum, so the one
    the table holds that year does not bear it out (the lead, stop 54: main bore out text
    606's "this year" by Chile's memorandum of November 2018, after the article)."""
    return (
        tie_type == "bri_mou"
        # a tie taken up from the sentence before ("Nicaragua did the same in January last
        # year") is that sentence's event
        and "bri_mou" in tie_types_named(folded)
        and not EVENT_VERB.search(folded)
        and not BRI_TAKING_PART.search(folded)
    )


def _place_not_borne_out(context: CheckContext, claim, finding: Finding) -> bool:
    """Is `finding` a date's support for a state's place in an order that the ties table's
    order does not bear out: a "first"/"latest" state another state leads (or not of the
    subregion ranked; `order_finding`), or an ordinal of states other than the first ("the fifth
    country in the region to sign an FTA"; `ordinal_finding`)?"""
    if claim.kind is not Kind.RANK or finding.verdict is not Verdict.SUPPORTED:
        return False
    text = fold(claim.text)
    if claim.value in (1, -1):
        if claim.value == 1 and not text.lstrip().startswith(("first", "primer", "primeir")):
            return False
        order = order_finding(context, claim)
    else:
        if not ranks_states(claim):
            return False
        order = ordinal_finding(context, claim)
    return order is None or order.verdict is not Verdict.SUPPORTED


def _rival_dates(
    context: CheckContext, claim, tie_type: str, value: str | None, inside: bool = False
) -> list:
    """The CONFLICT rows of the claim's tie (chinalac.domain.ties.rival_rows) that date the
    same status outside the claim's period: a date the text tells as the principal row does is
    disputed by them. With `inside`, the rows that date it inside the claim's period: a date
    the text tells as only the conflicting row does is disputed as well, never refuted by the
    principal row (the thirtieth mutation run: main refuted "Panama joined the Belt and Road in
    December 2018", DW's date, by the memorandum of 2017-11-17). Only a date claim (a rank is
    ordered, not dated, by its tie)."""
    if claim.kind is not Kind.DATE or value is None:
        return []
    year, month = claim.period.end_year, claim.period.end_month
    rivals = []
    for row in rival_rows(tie_book(context.knowledge), claim.entity, DOMAIN_TIE[tie_type], value):
        held_year, held_month = int(row.key[:4]), row.date[5:7] if len(row.date) >= 7 else None
        outside = held_year != year or (month and held_month and int(held_month) != month)
        if bool(outside) != inside:
            rivals.append(row)
    return rivals


def _conflicting(row) -> Evidence:
    """A ties-table row (chinalac.domain.ties.TieRow) cited as a source that disagrees."""
    return Evidence(
        "tie",
        row.tie_id,
        row.source_id or None,
        "conflicts",
        None,
        None,
        row.date or None,
        row.iso3,
    )


def _the_rows_that_refute(
    context: CheckContext, claim, tie_type: str, now, on: str
) -> tuple[str, tuple] | None:
    """What a refuted date of a tie is shown against when neither the status on that date nor
    today's is a positive tie: the state's first positive spell after the date (Panama's
    memorandum of 2017-11-17, before its withdrawal), else today's status with its row
    (Brazil's "Not joined", 2024-10-30; Paraguay's recognition of Taipei, 1957). None when the
    table dates neither. The row alone, as a label the page words in the reader's language
    (a "…; today: …" form would split at the ";" of a row's several record ids)."""
    domain = DOMAIN_TIE.get(tie_type)
    if domain is None or claim.entity is None:
        return None
    for spell in spells(tie_book(context.knowledge), claim.entity, domain):
        tie = dated_tie(spell, tie_type, spell.since) if spell.since else None
        if spell.positive and tie is not None and tie.date[:7] > on[:7]:
            return tie.label(), (tie.evidence("differs"),)
    today = dated_tie(now, tie_type, now.since) if now.value and now.since else None
    if today is None:
        return None
    return today.label(), (today.evidence("differs"),)


def _within_bound(tie: Tie | None, year: int, month: int | None) -> bool:
    """Is the claimed year (and month) at or before a row that only bounds its event ("signed by
    2019-10")? Such a row neither bears the date out nor refutes it (round r53d)."""
    return tie is not None and tie.before and (year, month or 1) <= (tie.year, tie.month or 12)


def _anniversary_marked_on(folded: str, start: int, end: int) -> bool:
    """Is the date that of an anniversary's marking: the sentence names an anniversary of a tie
    (ANNIVERSARY) and the words that tell what the date dates (`_own_words`) name no event of
    the tie ("held on June 20, 2022", "celebrada el 20 de junio de 2022")?"""
    if not ANNIVERSARY.search(folded):
        return False
    own = _own_words(folded, start, end)
    return not (EVENT_VERB.search(own) or BROKE.search(own) or IN_FORCE.search(own))


def _anniversary_year(claim, folded: str) -> bool:
    """A date of the article's year (or later) in a sentence that tells an anniversary of a tie
    ("anniversary", "aniversario", "years of relations"): the year the anniversary is marked in,
    never the tie's own event."""
    if claim.kind is not Kind.DATE:
        return False
    if not (ANNIVERSARY.search(folded) or YEARS_OF_TIES.search(folded)):
        return False
    written = str((claim.article_date or {}).get("date") or "")[:4]
    return written.isdigit() and claim.period.end_year >= int(written)


def _anniversary_occasion(context: CheckContext, claim, folded: str, ties) -> bool:
    """A date in a sentence that tells the Nth anniversary, or N years, of a tie, whose year is
    the tie's year plus N (within a year): the day the anniversary is marked or celebrated ("a
    briefing on the 50th anniversary …, held on June 20, 2022", "en el 45 aniversario …,
    celebrado el 20 de junio de 2019"), never the tie's own event. A date N years off the tie
    ("the 50th anniversary of relations established in 1975") is not such a day."""
    if claim.kind is not Kind.DATE or not claim.period.end_year:
        return False
    if not (ANNIVERSARY.search(folded) or YEARS_OF_TIES.search(folded)):
        return False
    years = {tie.year for tie in ties if tie is not None}
    if not years:
        return False
    for other in context.by_sentence.get(claim.sentence_index, []):
        if other is claim or other.kind not in (Kind.RANK, Kind.COUNT, Kind.DURATION):
            continue
        if other.value != int(other.value) or other.value < 1:
            continue
        back = claim.period.end_year - int(other.value)
        if any(abs(back - year) <= 1 for year in years):
            return True
    return False
