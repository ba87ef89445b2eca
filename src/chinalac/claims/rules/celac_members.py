"""Rule `celac-members`: "the 33 CELAC countries" against the CELAC flag of the countries table.

    "Any one of the 33 CELAC countries can sign declarations of participation in the Belt and
    Road Initiative" → 33 states carry the CELAC flag (countries.csv) → supported

Only a count written right beside CELAC's name ("the 33 CELAC countries", "los 33 países de
la CELAC", "os 33 Estados-membros da Celac", "CELAC's 33 members") or the region's ("os 33 países
da América Latina e do Caribe", "the 33 Latin American and Caribbean countries") is read. Only
`supported` is given: Brazil stepped out of the community from 2020 to 2023, so another count may
be right for its date.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import ClassVar

from chinalac.claims.models import Finding, Kind, Verdict
from chinalac.claims.rules.base import CheckContext, folded_sentence
from chinalac.claims.vocabulary import fold

# "integrantes" is the members' word of both languages: "los 33 integrantes de la Celac", "os 33
# integrantes da Celac" (round r63f: main read no metric in the Spanish count).
_MEMBERS = (
    r"(?:countries|states|member\s+(?:states|countries|nations)|members|nations"
    r"|(?:paises|estados|naciones|nacoes)(?:[\s\-]+(?:miembros|membros|integrantes))?"
    r"|miembros|membros|integrantes)"
)
# CELAC by its name spelt out (folded): "los 33 países miembros de la Comunidad de Estados
# Latinoamericanos y Caribeños", "os 33 países membros da Comunidade de Estados Latino-Americanos
# e Caribenhos", "the 33 member states of the Community of Latin American and Caribbean States"
# (round 33b: main read no metric in "33 países miembros" before the spelt-out name).
_CELAC = (
    r"(?:celac|comunidad\s+de\s+estados\s+latinoamericanos\s+y\s+caribenos"
    r"|comunidade\s+de\s+estados\s+latino-?americanos\s+e\s+caribenhos"
    r"|community\s+of\s+latin\s+american\s+and\s+caribbean\s+states)"
)
# CELAC named at all (folded): its acronym or its name spelt out, for the rules that read a
# sentence as one about CELAC ("the third Ministers' Meeting of the Forum of China and the
# Community of Latin American and Caribbean States"; round r63g).
CELAC_NAMED = re.compile(_CELAC)
# On folded text: the number, then CELAC and its members in either order.
CELAC_COUNT = re.compile(
    r"(?<![\w.,])(?P<n>\d{2})\s{1,3}(?:celac\s{1,3}"
    + _MEMBERS
    + r"|"
    + _MEMBERS
    + r"\s{1,3}(?:de\s+la|da|de|of(?:\s+the)?|in(?:\s+the)?|en\s+la|na)\s{1,3}"
    + _CELAC
    + r")(?![\w])"
    + r"|(?<![\w])celac'?s?\s{1,3}(?P<m>\d{2})\s{1,3}"
    + _MEMBERS
    + r"(?![\w])"
)

# The region CELAC gathers, named after the members (folded): "os 33 países da América Latina e
# do Caribe", "los 33 países de América Latina y el Caribe", "the 33 countries of Latin America
# and the Caribbean", "os 33 países do bloco" (round 29c: main read no metric in any); or the
# members as adjectives of the region: "the 33 Latin American and Caribbean countries", "los 33
# países latinoamericanos y caribeños". Read by this rule alone, where only a count equal to
# CELAC's bears it out ("the region" and "the bloc" need no more); the store's rules keep such a
# count when another metric is named ("21 países da América Latina aderiram à Rota").
_REGION = (
    r"(?:(?:(?:la|a|the)\s+)?(?:america\s+latina|latin\s+america)"
    r"(?:\s+(?:e|y|and)\s+(?:(?:o|el|the)\s+)?caribe(?:an)?)?"
    r"|(?:(?:la|a|the)\s+)?(?:region|regiao|bloco|bloque|bloc))"
)
REGION_COUNT = re.compile(
    r"(?<![\w.,])(?P<n>\d{2})\s{1,3}(?:"
    r"latin\s+american\s+and\s+caribbean\s+(?:countries|states|nations)"
    r"|(?:paises|estados|naciones|nacoes)\s+(?:latinoamericanos|latino-americanos)"
    r"\s+(?:y|e)\s+(?:caribenos|caribenhos)"
    r"|" + _MEMBERS + r"\s{1,3}(?:de\s+la|del|da|do|de|of(?:\s+the)?|in(?:\s+the)?|en|na|no)"
    r"\s{1,3}" + _REGION + r")(?![\w])"
)

# The region named as the owner of the count (folded): "the region's 33 nations", "CELAC's 33
# nations" is read by CELAC_COUNT ("almost half of the region's 33 nations had signed memorandums
# of understanding with China on the Belt and Road"; round 30d: main read it as the Belt and Road
# count).
_POSSESSOR = r"(?:(?:the\s+)?(?:region|bloc)['\u2019]s\s{1,3})"
REGION_POSSESSIVE = re.compile(
    r"(?<![\w])" + _POSSESSOR + r"(?P<n>\d{2})\s{1,3}" + _MEMBERS + r"(?![\w])"
)
# CELAC described as a bloc of its members, in a sentence that names it: "la Comunidad de Estados
# Latinoamericanos y Caribeños (Celac), un bloque que agrupa a 33 países", "CELAC, a bloc of 33
# countries", "a Celac, bloco que reúne 33 países" (round 30d: main read no metric).
BLOC_OF = re.compile(
    r"(?<![\w])(?:bloque|bloco|bloc|grouping)\s{1,3}(?:(?:que|that|which)\s{1,3}"
    r"(?:agrupa|reune|congrega|integra|incluye|inclui|brings\s+together|groups|gathers|includes"
    r"|comprises)\s{1,3}(?:a\s{1,3})?|(?:of|de|com|con)\s{1,3})(?P<n>\d{2})\s{1,3}"
    + _MEMBERS
    + r"(?![\w])"
)
# CELAC named, then a relative clause that counts its members (folded): "a Comunidade de Estados
# Latino-americanos e Caribenhos, criada em 2011, que reúne 33 países", "la Celac, que agrupa a 33
# países", "CELAC, which brings together 33 countries" (round 44c: main read no metric). The
# clause may hold a short aside between the name and "que" ("criada em 2011"), never a full stop.
CELAC_THAT = re.compile(
    r"(?<![\w])" + _CELAC + r"(?![\w])[^.;:]{0,40}?,\s{0,3}+(?:que|that|which)\s{1,3}+"
    r"(?:agrupa|reune|congrega|integra|incluye|inclui|abarca|abrange|brings\s+together|groups"
    r"|gathers|includes|comprises|unites)\s{1,3}+(?:a\s{1,3}+)?(?P<n>\d{2})\s{1,3}+"
    + _MEMBERS
    + r"(?![\w])"
)
# A count of states written as the whole a part is taken from (folded): "almost two thirds of the
# region's 33 nations had signed …", "casi dos tercios de los 33 países de la región", "quase dois
# terços dos 33 países da região". The count is the size of the group, not the count of the
# metric its sentence names (the Belt and Road's members): store-facts leaves it when the group is
# the region's (its name or CELAC's count), so the 21 members of October 2022 refute no "33"
# (round 30d: main called all three contradicted). The part ("21 dos 33 países") is read as before.
_PARTITIVE = (
    r"(?:of\s+the|among\s+the|de\s+(?:los|las)|entre\s+(?:los|las|os|as)|dos|das"
    r"|dentre\s+(?:os|as))"
)
WHOLE_OF = re.compile(
    r"(?<![\w])"
    + _PARTITIVE
    + r"\s{1,3}"
    + _POSSESSOR
    + r"?(?P<n>\d{1,3})\s{1,3}"
    + _MEMBERS
    + r"(?![\w])"
)


# CELAC's size written as a compound before its name (folded): "the 33-member CELAC", "the
# 33-nation Community of Latin American and Caribbean States" (round 45b).
_SIZE_COMPOUND = r"(?<![\w.,])(?P<n>\d{2})-(?:members?|nations?|countries|country|states?)\s{1,3}"
MEMBER_COMPOUND = re.compile(_SIZE_COMPOUND + _CELAC + r"(?![\w])")
# CELAC's size written as a compound before "bloc" (folded): "the 33-nation bloc", "the
# 33-member grouping"; or the bloc of its members ("el bloque de 33 naciones", "o bloco de 33
# países", BLOC_OF) — read as CELAC's only when the sentence, or the one before it, names CELAC
# (round r57d: main read no metric in "the inaugural meeting between China and the 33-nation bloc
# of the Western hemisphere", the sentence after "the Community of Latin American and Caribbean
# States (CELAC-China)").
BLOC_COMPOUND = re.compile(_SIZE_COMPOUND + r"(?:bloc|grouping)(?![\w])")
CELAC_NAMED = re.compile(r"(?<![\w])" + _CELAC + r"(?![\w])")
# CELAC taken up at the head of the next sentence (folded): "CELAC was founded in Venezuela in
# December 2011. It has 33 members, …", "La CELAC nació en 2011. Cuenta con 33 países miembros",
# "A Celac foi criada em 2011. Tem 33 membros" (round 45b: main read the count as Mexico's, the
# state the sentence names next). Read only when the sentence before opens with CELAC's name.
TAKEN_UP_COUNT = re.compile(
    r"^(?:it\s+(?:has|counts|groups|gathers|brings\s+together|comprises|includes)"
    r"|its|(?:tiene|cuenta\s+con|reune|agrupa|integra|congrega|tem|conta\s+com))"
    r"(?:\s+(?:some|a\s+total\s+of|unos|un\s+total\s+de|um\s+total\s+de))?"
    r"\s{1,3}(?P<n>\d{2})\s{1,3}" + _MEMBERS + r"(?![\w])"
)
CELAC_OPENS = re.compile(r"^(?:(?:the|la|a)\s+)?" + _CELAC + r"(?![\w])")


class CelacMembers:
    rule_id: ClassVar[str] = "celac-members"
    verdicts: ClassVar[tuple[Verdict, ...]] = (Verdict.SUPPORTED,)
    description: ClassVar[str] = "the count of CELAC's members against the countries table"

    def check(self, context: CheckContext) -> Iterator[tuple[str, Finding]]:
        members = celac_count(context.knowledge)
        if not members:
            return
        for claim in context.claims:
            if claim.value == members and (
                counts_celac_members(claim)
                or _counts_region_states(claim)
                or _celac_taken_up(claim, context)
            ):
                yield (
                    claim.claim_id,
                    Finding(
                        self.rule_id,
                        Verdict.SUPPORTED,
                        f"the countries table flags {members} states as CELAC members",
                    ),
                )


def counts_celac_members(claim) -> bool:
    """Is the claim a count written beside CELAC's name ("the 33 CELAC countries")? Such a
    count is CELAC's membership, whatever metric its sentence names besides (store-facts
    leaves it: "By October 2022, any one of the 33 CELAC countries could sign …" was refuted
    by the 21 members of the Belt and Road, round s22d)."""
    if claim.kind is not Kind.COUNT:
        return False
    start, end = claim.span_in_sentence
    for match in CELAC_COUNT.finditer(folded_sentence(claim)):
        group = "n" if match.group("n") else "m"
        if start <= match.start(group) < end and int(match.group(group)) == claim.value:
            return True
    return False


def _at_the_claim(claim, pattern: re.Pattern, folded: str) -> bool:
    """Does the pattern's count (group "n") stand in the claim's span, with the claim's value?"""
    start, end = claim.span_in_sentence
    return any(
        start <= match.start("n") < end and int(match.group("n")) == claim.value
        for match in pattern.finditer(folded)
    )


def _counts_region_states(claim) -> bool:
    """Is the claim a count of the region's states written beside the region's name ("os 33
    países da América Latina e do Caribe", "the region's 33 nations"), or CELAC's as a bloc of
    its members ("(Celac), un bloque que agrupa a 33 países")?"""
    if claim.kind is not Kind.COUNT:
        return False
    folded = folded_sentence(claim)
    return (
        _at_the_claim(claim, REGION_COUNT, folded)
        or _at_the_claim(claim, REGION_POSSESSIVE, folded)
        or ("celac" in folded and _at_the_claim(claim, BLOC_OF, folded))
        or _at_the_claim(claim, CELAC_THAT, folded)
    )


def _celac_taken_up(claim, context: CheckContext) -> bool:
    """Is the claim CELAC's size written as a compound before its name ("the 33-member CELAC"),
    or a count of members at the head of a sentence whose sentence before opens with CELAC's
    name ("CELAC was founded in December 2011. It has 33 members")?"""
    if claim.kind is not Kind.COUNT:
        return False
    folded = folded_sentence(claim)
    if _at_the_claim(claim, MEMBER_COMPOUND, folded):
        return True
    if _at_the_claim(claim, BLOC_COMPOUND, folded) or _at_the_claim(claim, BLOC_OF, folded):
        before = context.sentences_before(claim, 1)
        if CELAC_NAMED.search(folded) or (before and CELAC_NAMED.search(fold(before[0]))):
            return True
    if not _at_the_claim(claim, TAKEN_UP_COUNT, folded):
        return False
    before = context.sentences_before(claim, 1)
    return bool(before) and CELAC_OPENS.match(fold(before[0]).strip()) is not None


def celac_count(knowledge) -> int:
    """How many states the countries table flags as CELAC members (0 without the flag)."""
    countries = knowledge.countries
    if "celac" not in countries.columns:
        return 0
    return int(countries["celac"].astype(str).str.lower().isin({"true", "1", "yes"}).sum())


def counts_the_regions_whole(claim, knowledge) -> bool:
    """Is the claim a count of states written as the whole a part is taken from ("of the
    region's 33 nations", "de los 33 países de la región", "dos 33 países"), and is that whole
    the region's (its name beside the count, or CELAC's count of members)? Such a count is the
    group's size, never the count of the metric its sentence names."""
    if claim.kind is not Kind.COUNT:
        return False
    if not _at_the_claim(claim, WHOLE_OF, folded_sentence(claim)):
        return False
    return _counts_region_states(claim) or claim.value == celac_count(knowledge)
