"""What a rule is: a small object with a stable id, the verdicts it may give, and `check`.

Every rule reads the whole list of claims (self-consistency rules need the neighbours of a
claim) and the knowledge, and yields (claim_id, Finding) pairs. A rule says nothing about a
claim it has no opinion on. `check.py` keeps, for each claim, the strongest finding.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import ClassVar, Protocol

from chinalac.claims.knowledge import KnowledgeView
from chinalac.claims.matching import FactIndex
from chinalac.claims.models import Claim, Finding, Verdict
from chinalac.claims.vocabulary import fold


@dataclass
class CheckContext:
    claims: list[Claim]
    knowledge: KnowledgeView
    facts: FactIndex
    # Claims of each sentence, in order: self-consistency rules read them together.
    by_sentence: dict[int, list[Claim]] = field(default_factory=dict)
    # The text the claims were read from (their offsets are into it), when the caller gives it:
    # a rule that takes up an anaphor ("the agreement", "la firma tuvo lugar …") reads the
    # sentences before the claim's, also those that hold no claim (round 31b).
    text: str = ""
    _prose: list | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        for claim in self.claims:
            self.by_sentence.setdefault(claim.sentence_index, []).append(claim)

    def sentences_before(self, claim: Claim, reach: int) -> list[str]:
        """The texts of up to `reach` prose sentences before the claim's, nearest first ([]
        when no text was given). Headings are left out: a headline is no antecedent."""
        if not self.text:
            return []
        if self._prose is None:
            from chinalac.claims.sentences import split_sentences  # noqa: PLC0415

            self._prose = [s for s in split_sentences(self.text) if not s.heading]
        before = [s.text for s in self._prose if s.end <= claim.sentence_start]
        return before[::-1][:reach]


class Rule(Protocol):
    rule_id: ClassVar[str]
    verdicts: ClassVar[tuple[Verdict, ...]]
    description: ClassVar[str]

    def check(self, context: CheckContext) -> Iterator[tuple[str, Finding]]: ...


def decade_years(count: int, year: int) -> range:
    """The years `count` decades before `year` may name: 10N to 10N + 9 years back ("five
    decades" in 2024 are 1965 to 1974), latest first."""
    return range(year - 10 * count, year - 10 * count - 10, -1)


def folded_sentence(claim: Claim) -> str:
    return _folded(claim.sentence)


# A rank set off by a comma after its state: "Mexico, the first country …", "México, el primer
# país …", "o México, o primeiro país …" (the sentence's text before the rank; used with .search):
# the rank names the state, and the sentence's year dates its main clause, not the rank's event.
APPOSITIVE_BEFORE = re.compile(r",\s{0,3}(?:the|el|la|o|a)\s{0,3}$", re.IGNORECASE)


@functools.lru_cache(maxsize=256)
def _folded(sentence: str) -> str:
    """Cached by sentence: every figure of a sentence asks every rule for it."""
    return fold(sentence)


def topic_words(record_id: str, extra: str = "") -> set[str]:
    """Words of a record id ("first_year_pan_bri_2017" → {"bri"}) that name its topic."""
    generic = {
        "first",
        "year",
        "count",
        "total",
        "lac",
        "chn",
        "share",
        "value",
        "the",
        "and",
        "of",
    }
    words = {
        w for w in re.split(r"[_\-\s]+", fold(record_id + " " + extra)) if w and not w.isdigit()
    }
    return {w for w in words if w not in generic and w not in _iso3_like() and len(w) >= 3}


def _iso3_like() -> set[str]:
    return {
        "arg", "atg", "bhs", "brb", "blz", "bol", "bra", "chl", "col", "cri", "cub", "dma", "dom", "ecu",
        "slv", "grd", "gtm", "guy", "hti", "hnd", "jam", "mex", "nic", "pan", "pry", "per", "kna", "lca",
        "vct", "sur", "tto", "ury", "ven",
    }  # fmt: skip


def mentions_topic(folded: str, words: set[str], every: bool = False) -> bool:
    """Does the sentence name one (or, with `every`, each) of the topic words — whole word
    for short ones, stem for longer ones?"""
    found = [_names(folded, word) for word in words]
    return bool(found) and (all(found) if every else any(found))


def _names(folded: str, word: str) -> bool:
    return _word_pattern(word).search(folded) is not None


@functools.lru_cache(maxsize=4096)
def _word_pattern(word: str) -> re.Pattern:
    """The whole word for short ones, its stem (a word start) for longer ones."""
    if len(word) <= 4:
        return re.compile(rf"(?<![\w]){re.escape(word)}(?![\w])")
    stem = word[:-1] if len(word) > 6 else word
    return re.compile(rf"(?<![\w]){re.escape(stem)}")


# The head nouns of a rank that orders no state: a term of office, a span of time, a visit or
# a round (folded EN/ES/PT): "during Daniel Ortega's first term", "durante el primer mandato",
# "o primeiro mandato", "Fidel Castro's first year in power", "his first visit". Such a rank
# takes the sentence's year as its period, but it is no state's place in the order of a tie nor
# the date of a first the store records (round s20a: main refuted "first term" by Nicaragua's
# 1985 tie, the sentence dating the first establishment 1986).
NOT_A_STATE = frozenset(
    {
        "term", "terms", "tenure", "mandate", "presidency", "administration", "government", "year",
        "years", "month", "months", "week", "weeks", "day", "days", "decade", "quarter",
        "semester", "time", "times", "visit", "visits", "trip", "trips", "tour", "round", "rounds",
        "phase", "stage", "mandato", "mandatos", "gobierno", "gestion", "presidencia",
        "administracion", "ano", "anos", "mes", "meses", "semana", "semanas", "dia", "dias",
        "decada", "trimestre", "semestre", "vez", "veces", "visita", "visitas", "viaje", "viajes",
        "gira", "ronda", "rondas", "fase", "etapa", "periodo", "legislatura", "governo", "gestao",
        "administracao", "vezes", "viagem", "viagens", "rodada", "rodadas",
        # A trade event ("the first sale", "la primera venta", "o primeiro embarque") is dated
        # by the trade, not by a tie (round s22c: "La primera venta … ocurrió en 1973, y las
        # relaciones diplomáticas llegaron al año siguiente" was refuted by the 1974 tie).
        "sale", "sales", "shipment", "shipments", "purchase", "purchases", "order", "orders",
        "venta", "ventas", "embarque", "embarques", "compra", "compras", "pedido", "pedidos",
        "cargamento", "venda", "vendas", "encomenda", "encomendas", "exportacion",
        "exportaciones", "exportacao", "exportacoes", "importacion", "importaciones",
        "importacao", "importacoes",
    }
)  # fmt: skip


# A word of the present right before a rank (folded, up to the rank): "que hoy es la ", "which
# today is the world's ", "que hoje é a ", "que actualmente es la ", "now the ". The rank is
# told as of today, not dated by a year of the sentence (round 52a).
TODAY_BEFORE_RANK = re.compile(
    r"(?<![\w])(?:hoy|today|hoje|ahora|agora|now|nowadays|actualmente|atualmente|currently)"
    r"(?:\s++[\w']++){0,4}\s*+$"
)


def rank_of_today(claim: Claim) -> bool:
    """Is the rank told as of today ("que hoy es la segunda potencia", "which today is the
    second largest economy", "que hoje é a segunda potência")?"""
    start = claim.span_in_sentence[0]
    before = fold(claim.sentence[max(0, start - 60) : start])
    return TODAY_BEFORE_RANK.search(before) is not None


def ranks_no_state(claim: Claim) -> bool:
    """Does the rank's own text name a term of office, a span of time, a visit or a round
    ("first term", "primer mandato", "first year"), rather than a state ("first country",
    "el primero de los países") or nothing ("the latest one", "the first")?"""
    return any(word in NOT_A_STATE for word in re.findall(r"[a-z]+", fold(claim.text)))
