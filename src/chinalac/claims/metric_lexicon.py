"""Which metric a number speaks of, from the words around it.

The phrases come from the knowledge base (`metrics.phrases_en|es|pt`, "|"-separated) and,
as a supplement, from lexicon/metric_cues.csv (which may also name a phrase that must appear
in the same sentence or the one before, e.g. a share of "energy" counts as a *loan* share
only when the sentence speaks of loans or lending). Matching is on folded text, tolerant of
plural endings; when no phrase matches a sentence exactly, multi-word phrases are matched
fuzzily (rapidfuzz, score ≥ 95) to survive typos and small variations.

Scoring, for each phrase found near the number: the phrase IS the counted noun ("57 Confucius
Institutes") scores highest; otherwise nearer is better, the same clause is better, longer
phrases are better; a metric for which the store holds facts about the claim's entity gets
a small bonus. Only metrics whose unit fits the number are candidates (money ↔ usd_*/cny_bn,
percent ↔ percent, counts ↔ count/people/jobs/households, a date ↔ year).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from rapidfuzz import fuzz

from chinalac.claims.knowledge import KnowledgeView
from chinalac.claims.models import Kind
from chinalac.claims.vocabulary import LANGS, fold, not_claim_phrases, phrase_pattern, rows

MONEY_UNITS = {"usd": {"usd_bn", "usd_m", "usd_tn"}, "cny": {"cny_bn"}}
COUNT_UNITS = {"count", "people", "jobs", "households"}
MIN_SCORE = 25.0
# "US$400 billion in foreign aid": a complement names what the number measures; a year and a
# conjunction ("… em 2023 e importou …") do not.
COMPLEMENT = re.compile(
    r"^\s*(?:of|in|for|on|de|en|em|para|do|da|del)\s+(?:(?!(?:and|y|e|o|or|ou)\s|\d)[\w'’\-]+\s+){0,2}$"
)
# Nothing but a space between an amount and the noun after it ("US$144.97 millones exportaciones",
# folded; used with .match between the two).
BARE_NOUN_GAP = re.compile(r"[^\S\n]{1,2}$")
# Only a flow's noun: "US$ 2 billion surplus" keeps its balance reading (extract.BALANCE_AFTER).
BARE_NOUN_FLOWS = frozenset({"trade_china_imports", "trade_china_exports"})
# A share of a whole is written "N% of the whole" ("63% de lo embarcado", "84% do valor total
# das exportações", "60 per cent of exports"); a percent not followed by "of" ("ventas subieron
# 110,2%") is a change, not that share.
SHARE_OF_METRICS = frozenset({"primary_share_exports_to_china"})
# Metrics that count states: "five programs" in a sentence about visa-free entry counts
# programmes, not the states let in without a visa; a count read by such a metric from a word of
# its sentence (not its own counted noun) must count states: its noun, within a few words,
# is a state word ("5 Latin American and Caribbean countries", "22 of the 33 nations", "cinco
# países", "sete aliados"); a noun joined by a hyphen ("a five-program plan") is a noun too.
# A count with no noun ("21 have joined") is left as it was.
STATE_COUNT_METRICS = frozenset(
    {
        "top_trading_partner_count",
        "strategic_partnerships_count",
        "comprehensive_strategic_partnerships_count",
        "bri_members_count",
        "taiwan_allies_count",
        "confucius_countries_count",
        "cultural_year_countries_count",
        "visa_free_countries_count",
    }
)
# Folded text from the count's end, or its noun's (anchored, on a slice): a state word within
# five words ("five | countries", "21 out of the 33 Latin American | and Caribbean countries").
STATE_NOUN_AFTER = re.compile(
    r"\A[^\S\n]*+(?:[\w'’\-]++,?[^\S\n]++){0,5}?"
    r"(?:countries|country|nations|nation|states|economies|members|signatories|allies|governments|"
    r"territories|paises|pais|naciones|nacoes|estados|miembros|membros|signatarios|aliados|"
    r"gobiernos|governos|economias|territorios)\b"
)
SHARE_OF = re.compile(r"^\s*(?:of|de|do|da|dos|das|del)\b")
# The words of a kind of tie (folded) that a count of states of another kind may borrow its
# noun's reading from the sentence before: free trade agreements ("free trade", "FTA", "libre
# comercio", "TLC", "livre comércio") and the Belt and Road ("Belt and Road", "BRI", "Franja y
# la Ruta", "Cinturão e Rota"). Each metric maps to the other tie's metric and words.
FTA_WORDS = re.compile(
    r"(?<![\w])(?:free[\s-]trade|ftas?|libre\s{1,2}comercio|tlcs?|livre\s{1,2}comercio)(?![\w])"
)
BRI_WORDS = re.compile(
    r"(?<![\w])(?:belt\s{1,2}and\s{1,2}road|bri|franja\s{1,2}y\s{1,2}(?:la\s{1,2})?ruta"
    r"|cinturao\s{1,2}e\s{1,2}rota|nueva\s{1,2}ruta\s{1,2}de\s{1,2}la\s{1,2}seda)(?![\w])"
)
OTHER_TIE_NAMED: dict[str, tuple[str, re.Pattern]] = {
    "bri_members_count": ("fta_count", FTA_WORDS),
    "fta_count": ("bri_members_count", BRI_WORDS),
}
# The name of a body whose words are metric words ("World Trade Organization", "Organización
# Mundial del Comercio", "Organização Mundial do Comércio", "Chamber of Commerce", "Cámara de
# Comercio", "Câmara de Comércio"; folded): its "trade" or "comercio" names the body, not what a
# figure measures (round 28d: "México y China, ambos miembros de la Organización Mundial del
# Comercio, firmaron acuerdos por 5.000 millones" was read as their trade and refuted by it).
BODY_NAME = re.compile(
    r"(?<![\w])(?:world\s{1,2}trade\s{1,2}organi[sz]ation"
    r"|organi[sz]acion\s{1,2}mundial\s{1,2}del\s{1,2}comercio"
    r"|organizacao\s{1,2}mundial\s{1,2}do\s{1,2}comercio"
    r"|chambers?\s{1,2}of\s{1,2}commerce|camaras?\s{1,2}de\s{1,2}comercio)(?![\w])"
)


# A source named after a figure (folded): "according to", "según", "de acuerdo con", "segundo
# o/a/dados", "de acordo com", "conforme", "citing".
ATTRIBUTION = re.compile(
    r"(?<![\w])(?:according\s{1,2}to|segun|de\s{1,2}acuerdo\s{1,2}con|de\s{1,2}acordo\s{1,2}com"
    r"|segundo\s{1,2}(?:o|a|os|as|dados|numeros|informacoes|estatisticas)|conforme|citing)"
    r"(?![\w])"
)


def _inside_body_name(folded: str, start: int, end: int) -> bool:
    """The phrase at start:end lies inside the name of a body (BODY_NAME)."""
    window = max(0, start - 40)
    return any(
        m.start() <= start and end <= m.end()
        for m in BODY_NAME.finditer(folded, window, min(len(folded), end + 40))
    )


@functools.cache
def _set_phrases() -> re.Pattern:
    return re.compile("|".join(phrase_pattern(p, plural=False) for p in not_claim_phrases()))


def _in_set_phrase(folded: str, start: int, end: int) -> bool:
    """The phrase at start:end runs into a set phrase of lexicon/not_claims.csv: "la primera
    vuelta", "o primeiro turno" of an election hold no "first" of a first_year fact (round 36b:
    main, once the election's round was no rank, read the round's date as a first year)."""
    window = max(0, start - 60)
    return any(
        m.start() < end and start < m.end()
        for m in _set_phrases().finditer(folded, window, min(len(folded), end + 60))
    )


# A verb of composition before the percent also makes it a share, not a change: "copper and
# fishmeal make up most of these sales (81.7%)", "se concentraron en un 81 por ciento en la
# minería", "respondem por 84%" (folded text, within the number's clause).
SHARE_VERB_BEFORE = re.compile(
    r"\b(?:make|makes|made|making)\s+up\b|\baccount(?:s|ed|ing)?\s+for\b|"
    r"\b(?:represent|represents|represented|representa|representan|representaron|representou|"
    r"representam|representaram|represento|representaba|representaban|representava)\b|\bconcentra\w*\s+en\b|\brespond\w*\s+por\b|"
    r"\bcorrespond\w*\s+(?:a|al|ao)\b|\bequival\w*\s+(?:a|al|ao)\b"
)
# How far before a bracketed figure its verb of composition may stand (folded characters).
BRACKET_LOOKBACK = 120
# A flow phrase directly followed by a figure heads that figure ("somando exportações
# brasileiras de US$ 46,026 bilhões", "exports of $46 billion"); folded text, from the phrase's
# end to the first digit of the figure.
HEADS_FIGURE = re.compile(
    r"\A[^\S\n]*+(?:[:(][^\S\n]*+|(?:[\w\-]+,?[^\S\n]++){0,4}?"
    # "while its imports from China came to $380.9 million", "sus importaciones llegaron a",
    # "suas importações chegaram a", "… sumaron / somaram / reached": the phrase heads that
    # figure (round s18a: main gave "imports from China" to the figure of the clause before).
    # "China's imports from Guyana, at US$720 million, grew …" (round s18a).
    r"(?:de|of|worth|totaling|totalling|por|to|a|at|con|com|sumaron|somaram|reached|totaled|"
    r"totalled)"
    r"[^\S\n]++)?"
    r"(?:(?:apenas|just|only|cerca\s+de|about|some|unos|unas|uns|umas"
    # A bound or a hedge between the phrase and its figure: "imports above US$81 billion",
    # "importaciones por encima de los 81.000 millones", "importações acima de 81 bilhões" (round
    # s22b: main gave "imports" to the figure before, the deficit).
    r"|more\s+than|over|above|below|under|less\s+than|almost|nearly|around|roughly"
    r"|(?:algo\s+)?mas\s+de|menos\s+de|casi|alrededor\s+de|por\s+encima\s+de|superior\s+a"
    r"|(?:pouco\s+)?mais\s+de|quase|acima\s+de|abaixo\s+de)"
    r"[^\S\n]++(?:(?:los|las|os|as)[^\S\n]++)?)?"
    r"(?:us\$|u\$s|usd|r\$|\$|€)?[^\S\n]*+(?=\d)(?!(?:1[89]|20)\d\d\b)"
)
# Flow nouns (folded): one standing between a phrase that heads another figure and this
# number names this number's own flow ("exportações brasileiras de US$ 46 bilhões e embarques
# chineses de US$ 37 bilhões").
OWN_FLOW_NOUN = re.compile(
    r"\b(?:exports|imports|exportaciones|importaciones|exportacoes|importacoes|envios|ventas|"
    r"vendas|compras|sales|purchases|shipments|embarques|trocas|intercambio|trade|comercio)\b"
)
# "as trocas entre o Brasil e a China", "o Brasil e a China": after "e"/"y" the "a" of "a China"
# is an article (folded text loses the grave accent of "à China", a destination).
CONJOINED_ARTICLE = re.compile(r"\b(?:e|y|entre)\s$")
FUZZY_CUTOFF = 95
FUZZY_MIN_LENGTH = 12
WORD = re.compile(r"[\w'’/]+")
FUZZY_MAX_SENTENCE = 600  # longer "sentences" are lists or tables: exact phrases only


@dataclass(frozen=True)
class Phrase:
    metric: str
    text: str
    pattern: re.Pattern
    requires: tuple[str, ...]
    words: int

    first: str  # the first word: present in any sentence the phrase matches


@dataclass(frozen=True)
class MetricHit:
    metric: str
    phrase: str
    start: int
    end: int
    score: float
    # The phrase's required word stands only in the sentence before ("… 45 Confucius
    # Institutes in 2016. By 2018, two countries … joined"): a weak, carried reading.
    context_only: bool = False


def metric_unit_guess(metric: str) -> str:
    """A unit for a metric the metrics table does not describe (documented fallback)."""
    if metric.endswith("_year") or metric == "first_year":
        return "year"
    if "_share" in metric or metric.endswith("_growth"):
        return "percent"
    if metric.endswith("_count"):
        return "count"
    if metric in {"households_powered"}:
        return "households"
    if metric in {"co2_avoided"}:
        return "t_co2_per_year"
    if metric.endswith("_jobs"):
        return "jobs"
    return "usd_bn"


class MetricLexicon:
    def __init__(self, knowledge: KnowledgeView):
        self.units: dict[str, str] = {}
        for row in knowledge.metrics.itertuples():
            if row.metric:
                self.units[row.metric] = row.unit or metric_unit_guess(row.metric)
        for row in knowledge.facts.itertuples():
            if row.metric and row.metric not in self.units:
                self.units[row.metric] = row.unit or metric_unit_guess(row.metric)
        entries: list[tuple[str, str, tuple[str, ...]]] = []
        # A cue's requirement also binds the same phrase coming from metrics.csv: a bare
        # "countries" speaks of Confucius Institutes only where the sentence names them.
        required: dict[tuple[str, str], tuple[str, ...]] = {}
        for row in rows("metric_cues.csv"):
            requires = tuple(fold(r) for r in row["requires"].split("|") if r.strip())
            if requires:
                required[(row["metric"], fold(row["phrase"]))] = requires
        for row in knowledge.metrics.itertuples():
            for lang in LANGS:
                for phrase in str(getattr(row, f"phrases_{lang}", "") or "").split("|"):
                    if phrase.strip():
                        entries.append(
                            (
                                row.metric,
                                phrase.strip(),
                                required.get((row.metric, fold(phrase.strip())), ()),
                            )
                        )
        for row in rows("metric_cues.csv"):
            requires = tuple(fold(r) for r in row["requires"].split("|") if r.strip())
            entries.append((row["metric"], row["phrase"], requires))
            self.units.setdefault(row["metric"], metric_unit_guess(row["metric"]))
        seen = set()
        self.phrases: list[Phrase] = []
        for metric, phrase, requires in entries:
            key = (metric, fold(phrase), requires)
            if key in seen or not fold(phrase).strip():
                continue
            seen.add(key)
            self.phrases.append(
                Phrase(
                    metric,
                    fold(phrase),
                    re.compile(phrase_pattern(phrase)),
                    requires,
                    len(fold(phrase).split()),
                    re.split(r"[\s\-]+", fold(phrase).strip())[0],
                )
            )
        self.order = {id(phrase): index for index, phrase in enumerate(self.phrases)}
        self._compatible_cache: dict[tuple[Kind, str], frozenset[str]] = {}
        self.by_first_word: dict[str, list[Phrase]] = {}
        for phrase in self.phrases:
            self.by_first_word.setdefault(phrase.first, []).append(phrase)
        self.facts_by_metric_entity = {
            (r.metric, code)
            for r in knowledge.facts.itertuples()
            for code in (r.entity, r.counterpart)
            if code
        }

    def compatible(self, metric: str, kind: Kind, unit: str) -> bool:
        metric_unit = self.units.get(metric, "")
        if kind is Kind.MONEY:
            return metric_unit in MONEY_UNITS.get(unit, set())
        if kind is Kind.PERCENT:
            return metric_unit == "percent"
        if kind is Kind.DATE:
            return metric_unit == "year"
        if kind is Kind.COUNT:
            if unit == "t_co2_per_year":
                return metric_unit == "t_co2_per_year"
            return unit in COUNT_UNITS and metric_unit in COUNT_UNITS
        return False

    def metrics_for(self, kind: Kind, unit: str) -> frozenset[str]:
        """The metrics a number of this kind and unit may speak of (cached)."""
        key = (kind, unit)
        if key not in self._compatible_cache:
            self._compatible_cache[key] = frozenset(
                m for m in self.units if self.compatible(m, kind, unit)
            )
        return self._compatible_cache[key]

    def hits(
        self, folded: str, context: str = "", wanted: frozenset[str] | None = None
    ) -> list[tuple[Phrase, int, int, tuple[tuple[int, int], ...]]]:
        """Every phrase occurrence in a folded sentence (`context`: the sentence before), with
        the positions where its required phrase occurs in the sentence. `wanted` limits the
        search to metrics the sentence's numbers could speak of."""
        found: list[tuple[Phrase, int, int, tuple[tuple[int, int], ...]]] = []
        exact_metrics: set[str] = set()
        # Only phrases whose first word (give or take an ending) is in the sentence can match.
        words = set(WORD.findall(folded))
        stems = words | {w[:-1] for w in words} | {w[:-2] for w in words}
        candidates = [
            p
            for stem in stems
            for p in self.by_first_word.get(stem, ())
            if wanted is None or p.metric in wanted
        ]
        for phrase in candidates:
            required_at = _positions(folded, phrase.requires)
            if phrase.requires and not required_at and not _any_required(context, phrase.requires):
                continue
            for match in phrase.pattern.finditer(folded):
                found.append((phrase, match.start(), match.end(), required_at))
                exact_metrics.add(phrase.metric)
        # In text order, then in the lexicon's own order (metrics.csv, then metric_cues.csv):
        # the candidates come from a set, whose order changes with the interpreter's hash
        # seed, and choose_metric keeps the first of two equal scores (a Portuguese
        # "exportações" was read one way or the other from run to run).
        found.sort(key=lambda f: (f[1], f[2], self.order[id(f[0])]))
        if found or len(folded) > FUZZY_MAX_SENTENCE:
            return found  # fuzzy matching only rescues sentences where no phrase matched
        prefixes = {w[:4] for w in words}
        for phrase in self.phrases:
            if wanted is not None and phrase.metric not in wanted:
                continue
            if phrase.first[:4] not in prefixes:
                continue  # a typo rarely touches the first letters of the first word
            if (
                phrase.metric in exact_metrics
                or phrase.words < 2
                or len(phrase.text) < FUZZY_MIN_LENGTH
            ):
                continue
            required_at = _positions(folded, phrase.requires)
            if phrase.requires and not required_at and not _any_required(context, phrase.requires):
                continue
            alignment = fuzz.partial_ratio_alignment(phrase.text, folded, score_cutoff=FUZZY_CUTOFF)
            if alignment is None:
                continue
            start, end = alignment.dest_start, alignment.dest_end
            # Keep fuzzy hits that start and end on word boundaries and hold no digits.
            if any(c.isdigit() for c in folded[start:end]):
                continue
            if (start > 0 and folded[start - 1].isalnum()) or (
                end < len(folded) and folded[end].isalnum()
            ):
                continue
            found.append((phrase, start, end, required_at))
        found.sort(key=lambda f: (f[1], f[2], self.order[id(f[0])]))
        return found


def _any_required(context: str, needles: tuple[str, ...]) -> bool:
    return bool(context) and any(_contains(context, r) for r in needles)


def _positions(folded: str, needles: tuple[str, ...]) -> tuple[tuple[int, int], ...]:
    """(start, end) of every occurrence of the required phrases."""
    out: list[tuple[int, int]] = []
    for needle in needles:
        if needle in folded:
            out += [m.span() for m in _needle_pattern(needle).finditer(folded)]
    return tuple(out)


@functools.cache
def _needle_pattern(needle: str) -> re.Pattern:
    """Word-start match; short needles ("bri") must be whole words, longer ones are stems
    ("establish" finds "established")."""
    end = r"(?![\w])" if len(needle) <= 4 else ""
    return re.compile(r"(?<![\w])" + re.escape(needle) + end)


def _contains(folded: str, needle: str) -> bool:
    return bool(needle) and needle in folded and _needle_pattern(needle).search(folded) is not None


@functools.lru_cache(maxsize=4096)
def _figure_after(folded: str, end: int) -> int:
    """Where the figure a phrase ending at `end` heads starts ("exportações brasileiras de US$
    46"), or -1. Cached per (sentence, phrase end): choose_metric asks it for each phrase of
    the sentence, once for each number."""
    heads = HEADS_FIGURE.match(folded[end : end + 80])  # anchored: linear under search too
    return end + heads.end() if heads is not None else -1


def _heads_other_figure(
    folded: str, start: int, end: int, number_start: int, number_end: int
) -> bool:
    """The phrase heads a figure of its own, not this number: it stands after the number and
    a figure follows it ("totalizaram US$ 83 bilhões, somando exportações brasileiras de US$ 46
    bilhões"), or it stands before and, past the figure it heads, another flow noun names this
    number's flow ("… de US$ 46 bilhões e embarques chineses de US$ 37 bilhões")."""
    if not folded:
        return False
    figure = _figure_after(folded, end)
    if figure < 0 or figure == number_start:
        return False
    if start >= number_end:
        return True
    return figure < number_start and bool(OWN_FLOW_NOUN.search(folded, figure, number_start))


def _share_verb_from(
    folded: str, clause: tuple[int, int], number_start: int, mention_end: int
) -> int:
    """Where to look for a verb of composition: the number's clause, or, for a figure alone in
    brackets ("copper and fishmeal make up most of these sales (81.7%)", "responden por la
    mayor parte (84%)"), the words before the bracket, which the bracket splits off."""
    if folded[:number_start].rstrip().endswith("(") and folded[mention_end:].lstrip().startswith(
        ")"
    ):
        return max(0, number_start - BRACKET_LOOKBACK)
    return clause[0]


def choose_metric(
    lexicon: MetricLexicon,
    hits: list[tuple[Phrase, int, int, tuple[tuple[int, int], ...]]],
    kind: Kind,
    unit: str,
    number_start: int,
    number_end: int,
    noun_span: tuple[int, int],
    clause: tuple[int, int],
    entity: str | None,
    folded: str = "",
    mention_end: int | None = None,
) -> MetricHit | None:
    best: MetricHit | None = None
    best_own: MetricHit | None = None  # the best hit the sentence itself completes
    mention_end = number_end if mention_end is None else mention_end
    for phrase, start, end, required_at in hits:
        if not lexicon.compatible(phrase.metric, kind, unit):
            continue
        if start < number_end and number_start < end:
            continue  # a phrase running over the number itself ("Institutes and 19 … classrooms")
        if folded and _inside_body_name(folded, start, end):
            continue  # "the World Trade Organization": the body's name, not the figure's metric
        if folded and _in_set_phrase(folded, start, end):
            continue  # "la primera vuelta": a set phrase's word, not the figure's metric
        if folded and start >= number_end and ATTRIBUTION.search(folded, number_end, start):
            # "Mexico's deficit with China reached $20,000 million in 2022, according to the
            # central bank's trade balance": a word of the source named after the figure, not
            # its metric (round 28d: main read trade there and refuted the deficit by the total).
            continue
        if (
            phrase.metric in SHARE_OF_METRICS
            and not SHARE_OF.match(folded[mention_end:])
            and not SHARE_VERB_BEFORE.search(
                folded[_share_verb_from(folded, clause, number_start, mention_end) : number_start]
            )
        ):
            continue
        if (
            phrase.metric.endswith("_growth")
            and SHARE_OF.match(folded[mention_end:])
            and SHARE_VERB_BEFORE.search(
                folded[_share_verb_from(folded, clause, number_start, mention_end) : number_start]
            )
        ):
            # "Trade with Latin America made up 8.2% of China's trade", "o comércio … representou
            # 8,2% do comércio exterior da China": a part of a whole, not a change (round s17a:
            # main refuted the share by the year's growth rate).
            continue
        if kind is Kind.COUNT and noun_span[0] < 0 and end > number_start:
            continue  # a bare count ("save 256 million") takes its metric from the words before it
        counted_noun = noun_span[0] >= 0 and noun_span[0] <= start < noun_span[1]
        if (
            kind is Kind.COUNT
            and phrase.metric in STATE_COUNT_METRICS
            and (noun_span[0] >= 0 or folded.startswith("-", number_end))
            and not counted_noun
            and not any(
                STATE_NOUN_AFTER.match(folded[at : at + 160])
                for at in {number_end, noun_span[1]}
                if at >= 0
            )
        ):
            continue  # "one of the five programs" in a sentence on visa-free entry (round 27c)
        if not (kind is Kind.COUNT and counted_noun) and _heads_other_figure(
            folded, start, end, number_start, number_end
        ):
            # A phrase heading a figure of its own is not this number's metric, unless it is
            # the noun this count counts: "two loans totaling $1.3 billion", "dos préstamos
            # de 1.300 millones", "dois empréstimos de US$ 1,3 bilhão" count loans.
            continue
        # The cheap test first: CONJOINED_ARTICLE searches the whole sentence before the
        # phrase (for every phrase of the sentence, for every number), and only "a " needs it.
        if folded[start : start + 2] == "a " and CONJOINED_ARTICLE.search(folded, 0, start):
            continue  # "entre o Brasil e a China": the article of a pair, not "à China"
        if counted_noun:
            score = 100.0 + len(phrase.text)
        else:
            distance = number_start - end if end <= number_start else start - number_end
            distance = max(0, distance)
            score = 60.0 + min(len(phrase.text), 30) * 0.5 - distance * 0.3
            if not (clause[0] <= start and end <= clause[1]):
                score -= 15
            if end <= number_start:
                score += 5
            elif COMPLEMENT.match(folded[mention_end:start]):
                score += (
                    30  # "US$400 billion in foreign aid", "$1.2 trillion of outbound investment"
                )
            elif (
                kind is Kind.MONEY
                and phrase.metric in BARE_NOUN_FLOWS
                and BARE_NOUN_GAP.match(folded, mention_end, start)
            ):
                # "US$2,458.42 millones fueron importaciones y apenas US$144.97 millones
                # exportaciones", "… and only US$145 million exports": the verb left out, the noun
                # right after the amount is its own (round 39b: main took the "importaciones" of
                # the clause before and read the exports as imports).
                score += 30
        if required_at:
            # Of two metrics cued by the same noun ("countries"), the one whose required
            # phrase stands nearer the number wins; at equal distance the longer, more specific
            # one ("comprehensive strategic partnership" over "strategic partnership").
            score += max(
                0.2 * (r_end - r_start)
                - 0.1 * (number_start - r_end if r_end <= number_start else r_start - number_end)
                for r_start, r_end in required_at
            )
        context_only = bool(phrase.requires) and not required_at
        if context_only:
            # Its requirement is met only by the sentence before: any phrase the sentence
            # itself completes ("joined the Belt and Road") is the likelier reading.
            score -= 20
        if entity and (phrase.metric, entity) in lexicon.facts_by_metric_entity:
            score += 8
        if unit != "count" and lexicon.units.get(phrase.metric) == unit:
            score += 5  # "260,000 personnel" is people: prefer a metric counted in people
        if score >= MIN_SCORE and (best is None or score > best.score):
            best = MetricHit(phrase.metric, phrase.text, start, end, score, context_only)
        if score >= MIN_SCORE and not context_only and (best_own is None or score > best_own.score):
            best_own = MetricHit(phrase.metric, phrase.text, start, end, score, context_only)
    if best is not None and best.context_only and best.metric in OTHER_TIE_NAMED:
        # "21 countries have joined the Belt and Road. Four countries of the region have signed
        # free trade agreements with China", "Tres países … tienen un tratado de libre comercio
        # con China": the count's own sentence names another kind of tie than the one the
        # sentence before completes its noun with; it counts that tie's states, not the other's
        # (round r56b: main read the FTA states as Belt and Road members).
        named = OTHER_TIE_NAMED[best.metric]
        if folded and named[1].search(folded):
            if best_own is not None and best_own.metric == named[0]:
                return best_own
            return None
    return best
