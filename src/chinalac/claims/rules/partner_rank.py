"""Rule `partner-rank`: China's rank as a state's trading partner or export destination.

    "China es el segundo socio comercial de México"        → china_partner_rank · MEX
    "A China é o maior parceiro comercial do Brasil desde 2009"   → every BRA rank since 2009
    "China is Chile's top export destination in 2022"     → china_export_destination_rank · CHL

The stored ranks are the published figures (chinalac.domain.figures.claim_facts), one per
reporter and year. A rank with no period is read for the article's year (the year before in
its first three months): a latest stored year before that leaves it unverifiable. A rank the stored rows of its period give is supported; rows that
disagree (two reporters, two measures) make it disputed when it matches one of them. A rank
that no stored row gives is left unverifiable with the stored ranks shown, never
contradicted: ranks are published for differing measures (goods only, non-oil trade, one
month) that a sentence rarely names. Only a rank of China (named before the rank in the
sentence) for a CELAC state (not "in the Caribbean", "in the region") is read.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from typing import ClassVar

from chinalac.claims.extract import _PRODUCTS, EARLY_MONTHS
from chinalac.claims.matching import StoredFact
from chinalac.claims.models import Claim, Finding, Kind, Period, Verdict
from chinalac.claims.number_words import convert_number_words
from chinalac.claims.rules.base import CheckContext
from chinalac.claims.that_year import UNCLEAR_WHY
from chinalac.claims.vocabulary import fold

# The feminine nouns too: "a China segue como a principal parceira comercial do Brasil", "la
# principal socia comercial" (round 29c: main read no metric in either).
# A rank told as not held (folded, read up to the rank): "China is not Brazil's largest
# trading partner", "is no longer", "no es el principal socio", "A China não é o maior
# parceiro", "deixou de ser", "dejó de ser", "ceased to be" (the lead, stop 52: main bore each
# out by the stored rank 1, reading the rank and not the negation). Shown, never judged.
NEGATED_BEFORE = re.compile(
    r"(?<![\w])(?:not|isn't|wasn't|no\s{1,2}+longer|never|nao|nunca|ya\s{1,2}+no"
    r"|no\s{1,2}+(?:es|era|fue|sera|seria|ha\s{1,2}+sido)|deixou\s{1,2}+de\s{1,2}+ser|dejo\s{1,2}+de\s{1,2}+ser"
    r"|ceased\s{1,2}+to\s{1,2}+be)(?![\w'])"
    # "not only", "no solo", "não só", "não apenas": a rank held and more
    r"(?!\s{1,2}+(?:only|solo|so|apenas|just|merely|unicamente|somente)(?![\w]))"
    r"(?:\s{1,2}+[\w'-]++){0,3}?\s{1,2}+$"
)
NEGATED_RANK = "the rank is told as not held; not judged"
# So many years before the article, told before the rank (folded): "Há 15 anos", "Hace diez
# años", "Fifteen years ago".
YEARS_AGO = re.compile(
    r"(?<![\w])(?:(?:ha|hace|faz)\s{1,2}+(?P<n>[\w-]{1,20}+)\s{1,2}+(?:anos|years)"
    r"|(?P<m>[\w-]{1,20}+)\s{1,2}+years\s{1,2}+ago)(?![\w])"
)


def _years_ago(claim: Claim) -> Period | None:
    """The year "Há 15 anos" / "Fifteen years ago" before the rank names, counted back from
    the article's year; None when the sentence tells none or the article's year is unknown."""
    written = str((claim.article_date or {}).get("date") or "")[:4]
    if not written.isdigit():
        return None
    folded = fold(claim.sentence)
    for match in YEARS_AGO.finditer(folded, 0, claim.span_in_sentence[0]):
        word = match.group("n") or match.group("m")
        back = int(word) if word.isdigit() else None
        for lang in ("en", "es", "pt"):
            back = back if back is not None else convert_number_words(word, lang)
        if back is not None and 0 < back < 100:
            year = int(written) - back
            return Period("point", year, year, text=folded[match.start() : match.end()])
    return None


def _negated(claim: Claim) -> bool:
    start = claim.span_in_sentence[0]
    return NEGATED_BEFORE.search(fold(claim.sentence), max(0, start - 60), start) is not None


PARTNER = re.compile(
    r"\b(?:trading|trade|commercial) partner|\bsoci[oa] comercial|\bparceir[oa] comercial"
)
# "No comércio exterior, os chineses já aparecem como o principal parceiro do País", "En el
# comercio exterior, China es el principal socio de Brasil", "In foreign trade, China is Brazil's
# main partner": the bare partner noun (nothing after it in the claim, so not "parceiro
# estratégico") is the trading partner when the sentence says it speaks of foreign trade, told
# with a preposition (so not a ministry's name, "Ministério da Indústria, Comércio Exterior e
# Serviços"). Round 52b: main read no metric for it. Folded.
BARE_PARTNER = re.compile(r"\b(?:partner|soci[oa]|parceir[oa])$")
IN_FOREIGN_TRADE = re.compile(
    r"\b(?:no|na|em|en\sel|en|in|in\sits)\s(?:comercio\s(?:exterior|internacional)|"
    r"intercambio\scomercial|foreign\strade|external\strade)\b"
)
DESTINATION = re.compile(
    r"\b(?:export )?(?:destination|market|buyer)|\bdestino|\bcomprador|\bmercado"
)
# "el segundo país al cual más exportamos", "the country to which it exports the most",
# "o segundo país para o qual mais exporta", "el país que más compra": a destination rank told
# by the clause after the ranked noun.
DESTINATION_CLAUSE = re.compile(
    r"^\s{0,3}+(?:(?:al|a)\s(?:cual|que)\s(?:\w+\s){0,2}mas\sexport|que\s(?:\w+\s){0,2}mas\scompra|"
    r"(?:para\so\squal|ao\squal|a\sque|para\sonde)\s(?:\w+\s){0,2}mais\sexport|"
    r"que\s(?:\w+\s){0,2}mais\scompra|to\swhich\s(?:\w+\s){1,3}exports?\s(?:the\s)?most|"
    r"that\sbuys\s(?:the\s)?most)"
)
# A rank within a group of states or the world is not the state's own partner rank.
WITHIN_GROUP = re.compile(
    r"^[^.;]{0,60}?\b(?:in|en|em|na|no|of|de|do|da|del)\s+(?:the\s+|la\s+|el\s+|a\s+|o\s+)?"
    r"(?:caribbean|caribe|region|regiao|latin america|america latina|world|mundo"
    # "China's second largest trading partner in Central America", "el mayor socio de China en
    # Sudamérica", "na América do Sul" (round s24a: main bore Costa Rica's place among China's
    # Central American partners out by China's rank for Costa Rica)
    r"|central america|south america|centroamerica|america central|sudamerica|suramerica"
    r"|america del sur|america do sul|the americas|las americas|as americas)"
)
# ", while Mexico is China's second largest in Latin America", ", mientras que México es …",
# ", enquanto o México é …" (folded): a contrasting clause with a subject of its own; a group it
# names ranks that clause's subject, not the rank before it (round 27a: main read "China has
# become Mexico's second largest trading partner, while Mexico is China's second largest in Latin
# America" as a rank within Latin America and left it unread).
CONTRAST_CLAUSE = re.compile(r",\s{1,2}(?:while|whereas|mientras|en\s+tanto|enquanto|ao\s+passo)\b")
# "el primer socio comercial de Chile en el mundo", "Chile's first trading partner in the
# world", "o primeiro parceiro comercial do Chile no mundo": the world is where the state's
# partners are, so the rank is still China's for the state (round s20c/26c: main took "en el
# mundo" for a group of states and left the rank unread). Folded, at the rank's end.
STATE_IN_WORLD = re.compile(
    r"^\s{0,2}(?:(?:de|do|da|del|of)\s+(?!china\b)[^\W\d][\w'-]*(?:\s+[^\W\d][\w'-]*)?\s+)?"
    r"(?:in|en|em|no|na)\s+(?:the\s+|el\s+|o\s+)?(?:world|mundo)\b"
)
# "Bolivia was China's largest trading partner": the rank is the state's among China's partners,
# the other way round from China's rank for the state (folded, searched at the end of the text
# before the rank; round s24a: main bore it out by China's rank 1 for Bolivia).
CHINAS_OWN = re.compile(r"(?<![\w])(?:china|beijing)['’]s\s{1,2}$")
# "China and Brazil were the main buyers", "one of Uruguay's main trading partners", "not among
# the main buyers", "los principales compradores", "os principais parceiros": a place among
# several, not a rank (round s24a: main bore "one of … main trading partners" and "far from the
# main buyers" out by China's rank 1).
PLURAL_NOUN = re.compile(
    r"\b(?:partners|destinations|markets|buyers|socios|compradores|destinos|mercados|parceiros)\b"
)
# "o principal destino de pelo menos quatro dos principais produtos", "the top destination of
# several farm products": China's rank for some products, not for the state's whole trade.
OF_PRODUCTS = re.compile(
    r"^\s{0,3}+(?:of|for|de|do|da|dos|das|del|para)\s+"
    # a quantity of them first ("at least four", "varios"): "the first partner of Cuba in
    # trade in goods" is the partner rank
    r"(?:at\s+least|pelo\s+menos|al\s+menos|several|many|some|varios|varias|muitos|muitas|"
    r"alguns|algumas|algunos|algunas|\d+|two|three|four|five|six|seven|eight|nine|ten|dos|tres|"
    r"cuatro|cinco|seis|siete|ocho|nueve|diez|dois|duas|quatro|sete|oito|nove|dez)\s+"
    r"(?:[\w'’]+\s+){0,6}?"
    r"(?:products|produtos|productos|goods|bienes|bens|itens|items|commodities|mercancias|"
    r"mercadorias|rubros)\b"
)
# "Ecuador's largest non-oil trading partner", "el mayor socio comercial no petrolero", "o maior
# parceiro comercial não petrolífero": a rank for part of the trade. Only a stored rank whose
# row names the same part ("principal NON-OIL trading partner") bears it out; a rank of all
# goods says nothing of it (main supported it by the all-trade rank 1).
SCOPES = {
    "oil": r"(?:oil|petrol)",
    "mining": r"(?:mining|miner)",
    "energy": r"(?:energy|energetic)",
    "traditional": r"(?:traditional|tradicional)",
}
SCOPED = re.compile(r"\b(?:non[- ]?|no[- ]|nao[- ])(" + "|".join(SCOPES.values()) + r")")
SCOPED_AFTER = re.compile(r"^\s{0,3}+(?:no|nao)[- ](" + "|".join(SCOPES.values()) + r")")
# "the second-largest destination for Ecuador's non-oil exports", "el segundo destino de las
# exportaciones no petroleras", "o segundo destino das exportações não petrolíferas" (folded, used
# with .match right after the rank): the part named in the rank's complement, within its clause
# (round s20a: main bore the non-oil rank out by the rank of all exports).
SCOPED_COMPLEMENT = re.compile(
    r"\s{0,3}(?:for|of|de|da|do|das|dos|del|para)\s[^.;:,]{0,60}?"
    r"(?:\b(?:non[- ]?|no[- ]|nao[- ])(" + "|".join(SCOPES.values()) + r")"
    r"|\b(?:exports|exportaciones|exportacoes|ventas|vendas|sales)\s(?:no|nao)[- ]("
    + "|".join(SCOPES.values())
    + r"))"
)
# "o maior destino das exportações do agronegócio brasileiro", "the largest destination of
# Brazil's agribusiness exports", "el mayor destino de las exportaciones agropecuarias de Brasil",
# "the top market for Chile's copper exports" (folded, used with .match right after the rank):
# the rank of one sector's or product's exports, within the rank's clause, which a stored rank of
# all exports does not decide (round s21a: main bore it out by Brazil's rank of all exports).
PRODUCT_COMPLEMENT = re.compile(
    r"\s{0,3}(?:for|of|de|da|do|das|dos|del|para)\s[^.;:,]{0,50}?(?:" + _PRODUCTS + r")"
)
# "a China segue como o principal destino das exportações do setor", "China remained the main
# destination of the sector's exports", "China siguió como el principal destino de las
# exportaciones del sector", "o maior parceiro comercial do Brasil no setor" (folded, used with
# .match right after the rank): "the sector" takes up one sector a sentence or clause before named
# (agribusiness, meat), so the rank is that sector's, which a stored rank of all trade does not
# decide (round 36c: main bore "o principal destino das exportações do setor" of Brazil's farm
# exports out by the rank of all exports, text 418's u7737). The private or public sector is no
# trade sector.
SECTOR_COMPLEMENT = re.compile(
    r"\s{0,3}(?:for|of|de|da|do|das|dos|del|para|in|no|na|en|em)\s[^.;:,]{0,50}?"
    r"(?<![\w])(?<!private\s)(?<!public\s)(?:sector|setor|segment|segmento)(?![\w])"
    r"(?!\s{1,2}(?:privado|publico))"
)
# "as vendas externas de petróleo do Brasil cresceram 5,2%, e a China foi o principal destino",
# "Brazil's oil exports rose 5.2% and China was the main destination" (folded): a destination
# rank with no complement of its own (used with .match right after the rank), in a sentence that
# named one product before it, ranks China for that product, which a stored rank of all exports
# does not decide (round s24c: main bore it out by Brazil's rank of all exports).
COMPLEMENT = re.compile(r"\s{0,3}(?:for|of|de|da|do|das|dos|del|para)\s")
PRODUCT = re.compile(_PRODUCTS)
# "os chineses já aparecem como o principal parceiro", "los chinos son el primer socio": the
# people for the country, as "Chinese" (round 52b: main read no China before the rank).
CHINA = re.compile(
    r"\b(?:china|chinese|chineses|chinos|pequim|pekin|beijing|gigante asiatico|pais asiatico)\b"
)
# "Depois da China, os Estados Unidos são o segundo maior parceiro comercial da Argentina",
# "After China, the United States is …", "Atrás de China, Estados Unidos es …" (folded): China
# named as the one ahead of the rank's subject, not as its subject (round s24c: main bore the
# second place of the United States out by China's own stored rank 2, in all three languages).
CHINA_AHEAD = re.compile(
    r"\b(?:after|behind|depois\s+d[ao]|atras\s+d[ao]|atras\s+de(?:\s+la)?|detras\s+de(?:\s+la)?|"
    r"despues\s+de(?:\s+la)?|luego\s+de(?:\s+la)?|apos\s+a|only\s+to|second\s+only\s+to)\s+"
    r"(?:china|pequim|pekin|beijing|o\s+gigante\s+asiatico|el\s+gigante\s+asiatico)\b"
)
REGIONS = {"LAC", "CHN", "TWN", "HKG", "MAC", "WLD", None}
# A place with no noun of its own ("ranked second", "el segundo lugar", "em segundo lugar", "the
# second spot") and the partners it is a place among, named in the sentence (folded).
PLACE_NOUN = re.compile(r"\b(?:lugar|place|puesto|posicion|posicao|spot|position)\b")
AMONG_PARTNERS = re.compile(
    r"\b(?:among|entre)\s+(?:(?:the|los|las|os|as|its|their|sus|seus|suas)\s+)?"
    r"(?:[\w'’]+\s+){0,2}?(?:trading\s+partners|trade\s+partners|socios\s+comerciales"
    r"|parceiros\s+comerciais)\b"
)
# China named after the rank, as what a copula says the ranked one is (folded, from the rank's
# end): "Mexico's second-largest trading partner in 2024 was China", "El segundo socio comercial
# de México en 2024 fue China", "O segundo maior parceiro comercial do México em 2024 foi a
# China" (lead, stop 43: main read China only before the rank and left these unread). Nothing
# but the rank's complement and period stands between: no other clause, figure or partner.
CHINA_AFTER_COPULA = re.compile(
    r"[^.;:,()\d]{0,50}?(?:\b(?:in|en|em|no|na|del?|do)\s+(?:el\s+|o\s+)?\d{4}\s*|\s)"
    r"(?:was|is|has\s+been|remained|remains|became|fue|es|ha\s+sido|sigue\s+siendo|se\s+volvio"
    r"|foi|e|tem\s+sido|continua\s+sendo|segue\s+sendo|passou\s+a\s+ser|se\s+tornou)\s+"
    r"(?:(?:a|la|el|o)\s+)?(?:china|pequim|pekin|beijing)\b"
)

# A rank that opens its sentence as an apposition of China, the subject right after the comma
# (folded): "Maior parceiro comercial do Brasil desde 2009, a China teve …", "Principal socio
# comercial de Chile desde 2010, China compra …", "Brazil's largest trading partner since 2009,
# China bought …" (round r57c: main read China only before the rank or after a copula, and left
# text 604's fronted rank unread). Only articles, or the state's possessive, before the rank;
# only its complement and period, with no other clause, between the rank and the comma.
OPENS_SENTENCE = re.compile(
    r"^[\s\"'“‘(]{0,3}+(?:(?:o|a|el|la|the)\s{1,2})?(?:[^\W\d][\w-]{1,30}['’]s\s{1,2})?$"
)
CHINA_AFTER_APPOSITION = re.compile(
    r"[^.;:,()]{0,60}?,\s{1,2}(?:(?:a|la|el|o|the)\s{1,2})?(?:china|pequim|pekin|beijing)\b"
    r"(?!['’]s)"
)


def _china_after_apposition(folded: str, start: int, end: int) -> bool:
    """Is the rank an apposition opening the sentence, China its subject after the comma
    (OPENS_SENTENCE, CHINA_AFTER_APPOSITION)?"""
    return bool(OPENS_SENTENCE.match(folded[:start]) and CHINA_AFTER_APPOSITION.match(folded, end))


def _own_clause(rest: str) -> str:
    """The text after a rank up to a contrasting clause (", while …", ", mientras …")."""
    found = CONTRAST_CLAUSE.search(rest)
    return rest[: found.start()] if found else rest


def _state_in_world(claim: Claim, folded: str, start: int, end: int) -> bool:
    """ "China … el primer socio comercial de Chile en el mundo", "China is Chile's first trading
    partner in the world": the state's rank among all its partners. Only when the state is named
    right before the rank ("Chile's") or right after it ("de Chile") with "in the world" next."""
    found = STATE_IN_WORLD.match(folded[end : end + 60])
    if found is None:
        return False
    if found.group(0).lstrip().startswith(("de ", "do ", "da ", "del ", "of ")):
        return True
    return re.search(r"['’]s\s{1,2}$", folded[max(0, start - 30) : start]) is not None


class PartnerRank:
    rule_id: ClassVar[str] = "partner-rank"
    verdicts: ClassVar[tuple[Verdict, ...]] = (
        Verdict.SUPPORTED,
        Verdict.DISPUTED,
        Verdict.UNVERIFIABLE,
    )
    description: ClassVar[str] = (
        "China's rank as a state's trading partner or export destination, from the published figures"
    )

    def check(self, context: CheckContext) -> Iterator[tuple[str, Finding]]:
        for claim in context.claims:
            if claim.kind is not Kind.RANK or claim.value < 1 or claim.entity in REGIONS:
                continue
            metric = self._metric(claim)
            if metric is None:
                continue
            facts = [f for f in context.facts.for_entity(metric, claim.entity) if f.unit == "rank"]
            scope = _scope(claim)
            if scope is not None:
                facts = [f for f in facts if re.search(scope, fold(f.note))]
            if not facts:
                continue
            if _negated(claim):
                yield claim.claim_id, Finding(self.rule_id, Verdict.UNVERIFIABLE, NEGATED_RANK)
                continue
            if claim.period is None and (back := _years_ago(claim)) is not None:
                # "Há 15 anos, a China era o maior parceiro comercial do Brasil": the rank of
                # the year so many years before the article's, not today's (the lead, stop 52:
                # main bore it out by the rank of 2024).
                claim = dataclasses.replace(claim, period=back)
            yield (
                claim.claim_id,
                self._judge(claim, metric, facts, _paragraph_years(claim, context)),
            )

    @staticmethod
    def _metric(claim: Claim) -> str | None:
        folded = fold(claim.sentence)
        start, end = claim.span_in_sentence
        ahead = [m.span() for m in CHINA_AHEAD.finditer(folded, 0, start)]
        if (
            not any(
                not any(a <= china.start() < b for a, b in ahead)
                for china in CHINA.finditer(folded, 0, start)
            )
            and not CHINA_AFTER_COPULA.match(folded, end)
            and not _china_after_apposition(folded, start, end)
            or CHINAS_OWN.search(folded[:start])
            or (
                WITHIN_GROUP.match(_own_clause(folded[end:]))
                and not _state_in_world(claim, folded, start, end)
            )
            or OF_PRODUCTS.match(folded[end : end + 80])
            or (PRODUCT_COMPLEMENT.match(folded, end) and _scope(claim) is None)
            or (SECTOR_COMPLEMENT.match(folded, end) and _scope(claim) is None)
        ):
            return None
        words = fold(claim.noun or claim.text)
        if PLURAL_NOUN.search(words):
            return None
        if PARTNER.search(words) or (
            BARE_PARTNER.search(words) and IN_FOREIGN_TRADE.search(folded)
        ):
            return "china_partner_rank"
        if (not claim.noun or PLACE_NOUN.search(words)) and AMONG_PARTNERS.search(folded):
            # "Among Mexico's trading partners in 2024, China ranked second", "China ocupó el
            # segundo lugar entre los socios comerciales de México", "a China ficou em segundo
            # lugar" among "os parceiros comerciais" (lead, stop 43: a rank of no metric).
            return "china_partner_rank"
        if DESTINATION.search(words) or DESTINATION_CLAUSE.match(folded[end : end + 60]):
            if not COMPLEMENT.match(folded, end) and PRODUCT.search(folded, 0, start):
                return None
            return "china_export_destination_rank"
        return None

    def _judge(
        self, claim: Claim, metric: str, facts: list[StoredFact], spoken: tuple[int, ...] = ()
    ) -> Finding:
        rank = int(claim.value)
        period = claim.period
        dated = (claim.article_date or {}).get("date") or ""
        text_dated = dated[:4].isdigit()  # the text's date is known (dateline, --date, …)
        if period is None and spoken and (len(spoken) > 1 or dated[:4] != str(spoken[0])):
            # "En 2023 las ventas a China subieron … China queda como el principal socio": the
            # paragraph speaks of another year than the article's; the rank is read for it, and
            # with two years spoken of it is not read at all.
            what = f"{metric} · {claim.entity} · no period stated"
            if len(spoken) > 1:
                years_said = " and ".join(str(y) for y in spoken)
                return Finding(
                    self.rule_id,
                    Verdict.UNVERIFIABLE,
                    f"no stored rank for {what}: its paragraph speaks of {years_said}",
                )
            period = Period("point", spoken[0], spoken[0], text=str(spoken[0]))
        if period is None:
            years = None
        elif period.kind == "since" or (period.kind == "range" and period.start_year):
            years = (period.start_year, period.end_year or 9999)
        else:
            years = (period.end_year, period.end_year)
        if years is not None:
            facts = [f for f in facts if f.start[0] and years[0] <= f.start[0] <= years[1]]
        else:
            # No period: the rank as the article's date knows it — the stored rank of the
            # article's year, or of the year before in the year's first three months, when the
            # year just ended is the one reported ("China sigue siendo el principal socio" in
            # January 2018 speaks of 2017). Ranks change: a later row says nothing of an older
            # text, and an older row nothing of a present tense (round s16a: main read "se ha
            # constituido en el segundo destino" in a 2022 text by the 2021 rank, and "Actualmente
            # … el noveno destino" of August 2024 by the 2023 one).
            if text_dated:
                # Not a year after the one the text speaks of: "China fue nuevamente el
                # principal destino" in January 2024 reports 2023, and the 2024 rank was not
                # known yet (round s19b: main bore it out by the 2024 row).
                present = _present_year(claim.article_date)
                facts = [f for f in facts if f.start[0] and f.start[0] <= present]
            latest = max((f.start[0] for f in facts if f.start[0]), default=None)
            facts = [f for f in facts if f.start[0] == latest]
            if facts and not text_dated:
                # An undated text's "Hoje a China é o maior parceiro comercial do Brasil": when
                # it speaks is unknown, and ranks change; the latest stored rank (2024) is not
                # the text's time (round 42c: main bore out a 2019 page's and a 2015 page's
                # present-tense ranks by 2024 rows). Neither borne out nor refuted.
                what = f"{metric} · {claim.entity} · no period stated"
                return Finding(
                    self.rule_id,
                    Verdict.UNVERIFIABLE,
                    f"no stored rank for {what}: the text gives no date, and ranks change; the "
                    f"latest stored is {'; '.join(f.label() for f in facts)}",
                    tuple(f.evidence("related") for f in facts),
                )
            unclear = UNCLEAR_WHY.search((claim.confidence.get("period") or {}).get("why", ""))
            if (
                latest is not None
                and text_dated
                and latest < _present_year(claim.article_date)
                and not unclear  # check.py says why: "which year 'In that year' …"
            ):
                # "Actualmente … China ocupa el noveno destino", August 2024, against a 2023
                # row: the text speaks of its own time, and a rank of another year neither
                # bears it out nor refutes it (ranks change). In a year's first EARLY_MONTHS
                # months the year before is the latest whole year there is.
                what = f"{metric} · {claim.entity} · no period stated"
                return Finding(
                    self.rule_id,
                    Verdict.UNVERIFIABLE,
                    f"no stored rank for {what}: the latest stored is "
                    f"{'; '.join(f.label() for f in facts)}, before the article's "
                    f"{dated[:4]}",
                    tuple(f.evidence("related") for f in facts),
                )
        if period is None or not period.start_month:
            # A rank for a year, or for no stated period, is not judged by one month's rank
            # ("in April China overtook the US"): a month's ranking says nothing of the year's,
            # as a full-year figure is never checked against part-year rows. (Dropped after
            # the latest year is chosen: a later month still makes an older year's row stale.)
            facts = [f for f in facts if not _part_year(f)]
        elif period.kind == "point" and _months(period) != (1, 12):
            # The other way round: one month's rank ("en enero China desplazó a Brasil como el
            # principal socio comercial") is judged only by a row of that month, never by a
            # whole year's (round 30b: main bore January 2022's out by a full-year 2022 row). A
            # rank since a month ("desde mayo China es el primer socio") still reads the year's
            # row, which may be the page's own.
            facts = [f for f in facts if (f.start, f.end) == _months_of(period)]
        what = f"{metric} · {claim.entity} · {period.label() if period else 'no period stated'}"
        if not facts:
            return Finding(self.rule_id, Verdict.UNVERIFIABLE, f"no stored rank for {what}")
        values = "; ".join(f.label() for f in facts)
        agreeing = [f for f in facts if int(f.value) == rank]
        if agreeing and len(agreeing) == len(facts):
            return Finding(
                self.rule_id,
                Verdict.SUPPORTED,
                f"every stored rank for {what} is {rank}: {values}",
                tuple(f.evidence("matches") for f in facts),
            )
        if agreeing and period is not None and period.kind == "point":
            return Finding(
                self.rule_id,
                Verdict.DISPUTED,
                f"sources disagree on {what}: {values}",
                tuple(f.evidence("conflicts") for f in facts),
            )
        return Finding(
            self.rule_id,
            Verdict.UNVERIFIABLE,
            f"the stored ranks for {what} do not all give {rank} ({values}); ranks of "
            "different measures are not called contradicted",
            tuple(f.evidence("related") for f in facts),
        )


def _present_year(article_date: dict) -> int:
    """The year an undated rank speaks of, by the article's date: its own, or the year before
    in its first EARLY_MONTHS months, when the date gives its month (a date known to the year
    only is read as that year: dateparser fills it in as 1 January)."""
    dated = article_date.get("date") or ""
    year = int(dated[:4])
    if article_date.get("precision") not in ("month", "day") or not dated[5:7].isdigit():
        return year
    return year - 1 if int(dated[5:7]) <= EARLY_MONTHS else year


def _scope(claim: Claim) -> str | None:
    """The pattern a stored row's note must hold when the rank is for part of the trade
    ("non-oil trading partner", "socio comercial no petrolero"), else None."""
    folded = fold(claim.sentence)
    start, end = claim.span_in_sentence
    found = (
        SCOPED.search(folded, start, end)
        or SCOPED_AFTER.match(folded[end : end + 40])
        or SCOPED_COMPLEMENT.match(folded, end)
    )
    if found is None:
        return None
    word = next(group for group in found.groups() if group)
    key = next(k for k, pattern in SCOPES.items() if re.fullmatch(pattern, word))
    return r"\b(?:non[- ]?|no[- ]|nao[- ])" + SCOPES[key]


def _months(period: Period) -> tuple[int, int]:
    """The first and last month a period with a month covers."""
    return period.start_month or 1, period.end_month or period.start_month or 12


def _months_of(period: Period) -> tuple[tuple[int | None, int], tuple[int | None, int]]:
    """The (year, month) start and end a stored row of the period's months carries."""
    first, last = _months(period)
    return (period.start_year or period.end_year, first), (period.end_year, last)


def _part_year(fact: StoredFact) -> bool:
    """A row for some months of a year ("2009-04", flagged partial or dated by months)."""
    months = (fact.start[1], fact.end[1])
    return fact.partial or (None not in months and months != (1, 12))


# "Hoje a China é o maior parceiro": the present, whatever year the paragraph spoke of.
PRESENT = re.compile(
    r"(?<![\w])(?:hoy|hoje|today|now|nowadays|currently|actualmente|atualmente|ahora|agora"
    r"|hoy en dia|hoje em dia)(?![\w])"
)
FIGURE_KINDS = (Kind.MONEY, Kind.PERCENT, Kind.COUNT)
# Openings that take up the sentences before (folded): "Con ello", "Por eso", "With this",
# "As a result", "Com isso", "Assim".
TAKES_UP = re.compile(
    r"(?:con\s+(?:ello|esto|eso)|por\s+(?:ello|eso|esto)|asi(?:,|\s)|de\s+(?:este|ese)\s+modo|"
    r"with\s+(?:this|that)|thus|as\s+a\s+result|com\s+(?:isso|isto)|por\s+isso|assim(?:,|\s)|"
    r"desse\s+modo|dessa\s+forma)"
)


# Where one clause of a sentence ends and another begins (folded): a colon, a semicolon, or a
# comma with a conjunction ("…, and two-way trade set a record of US$13 billion in 2022", ", y",
# ", e", ", but", ", pero", ", mas", ", while", ", mientras", ", enquanto").
CLAUSE_SEAM = re.compile(
    r"[:;]|,\s{1,2}(?:and|y|e|but|pero|mas|while|whereas|mientras|enquanto)(?![\w])"
)


def _same_clause(folded: str, one: tuple[int, int], other: tuple[int, int]) -> bool:
    """Do two spans of a sentence stand in one clause (no CLAUSE_SEAM between them)?"""
    start, end = (one[1], other[0]) if one[1] <= other[0] else (other[1], one[0])
    return CLAUSE_SEAM.search(folded, start, max(start, end)) is None


def _paragraph_years(claim: Claim, context: CheckContext) -> tuple[int, ...]:
    """The years the claim's paragraph dates its figures by, in the sentences before it (none
    when the rank's sentence speaks of the present)."""
    folded = fold(claim.sentence)
    if PRESENT.search(folded):
        return ()
    # "China se coronó nuevamente como el principal socio comercial, con un intercambio de US$
    # 31.673 millones": the amounts and percents of the rank's own clause, all of one year, date it before
    # the paragraph's other years do (round 29b: main read the 2016 of the sentence before, "la
    # caída de 4% registrada en 2016", beside 2017, and left the rank unread).
    own = {
        c.period.end_year
        for c in context.by_sentence.get(claim.sentence_index, [])
        if c is not claim
        and c.kind in (Kind.MONEY, Kind.PERCENT)  # not a count: "Em duas décadas, …"
        and c.period is not None
        and c.period.kind == "point"
        and c.period.end_year
        and _same_clause(folded, claim.span_in_sentence, c.span_in_sentence)
    }
    if len(own) == 1:
        return tuple(own)
    # "Con ello China queda como el principal socio": a sentence that opens by taking up what
    # was said goes on with the paragraph before when it opens its own.
    paragraphs = {claim.paragraph}
    if TAKES_UP.match(folded) and not any(
        c.paragraph == claim.paragraph and c.sentence_index < claim.sentence_index
        for c in context.claims
    ):
        paragraphs.add(claim.paragraph - 1)
    return tuple(
        sorted(
            {
                c.period.end_year
                for c in context.claims
                if c.paragraph in paragraphs
                and c.sentence_index < claim.sentence_index
                and c.kind in FIGURE_KINDS
                and c.period is not None
                and c.period.kind == "point"
                and c.period.end_year
            }
        )
    )
