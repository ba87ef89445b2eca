"""Rule `list-count`: a count announces N items and then lists a different number.

    "eight LAC countries (Argentina, Bolivia, Chile, Costa Rica, El Salvador, Guatemala,
     Peru, Panama, and Paraguay)"  → inconsistent: eight announced, nine listed

The list follows the counted noun in parentheses, or after a colon or dash. Country names are
counted by the names table (so "Trinidad and Tobago" is one item); other lists are split at
commas and the final "and"/"y"/"e". Lists opened by "such as"/"including" are examples, not
enumerations, and are not counted.

    "un total de 20 países …, de los que 12 están en Latinoamérica, uno en Europa, dos en África
     y seis en el Pacífico Sur"  → inconsistent: parts by place that sum to 21, past the total

Parts after "of which" / "de los que" / "dos quais" are read only when each is set in a place
and they sum to more than the total (parts that sum to less may leave some out).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import ClassVar

from chinalac.claims.citations import excluded_spans, inside
from chinalac.claims.entities import EntityIndex
from chinalac.claims.models import Evidence, Finding, Kind, Verdict
from chinalac.claims.number_words import convert_number_words
from chinalac.claims.rules.base import CheckContext
from chinalac.claims.vocabulary import fold

# Possessive `*+`/`++`: a word is taken whole, never split into pieces, so a long run of word
# characters ("999…9") cannot make the up-to-8-words loop backtrack through every split.
OPENERS = re.compile(
    r"^(?:\s*+[\w'’\-]++){0,8}?(?P<open>\s*\(|:|\s[-–—]\s|,\s+(?:namely|i\.e\.|that is)\s+)"
)
EXAMPLES = re.compile(
    r"^\s*(?:such as|including|like|e\.g\.|for example|como|incluyendo|incluindo|por ejemplo|por exemplo)\b",
    re.I,
)
# A list opened by a word of exclusion names what the count leaves out, not its items: "os 33
# países-membros da Cepal (sem os Estados Unidos e o Canadá)", "los 33 países (sin Estados Unidos
# ni Canadá)", "the 33 states (without the United States and Canada)", "(excepto Brasil)", "(except
# Brazil)" (round 49a: main read two excluded states as the list of 33, a false "inconsistent").
EXCLUSIONS = re.compile(
    r"^\s*+(?:sem|sin|without|except(?:o|ing)?|exceto|salvo|excluding|excluyendo|excluindo"
    r"|menos|other\s+than|apart\s+from|but\s+not|a\s+excepcion\s+de|com\s+excecao\s+de"
    r"|con\s+excepcion\s+de|fora)(?![\w])",
    re.I,
)
# An opener of examples inside the list's first item ("Colombia exporta materias primas como
# petróleo, …"): the items after it are examples of a clause, not the enumeration.
EXAMPLES_INSIDE = re.compile(
    r"(?<![\w])(?:such\s+as|including|como|tales\s+como|incluyendo|incluindo|por\s+ejemplo|"
    r"por\s+exemplo)(?![\w])",
    re.I,
)
LIST_END = re.compile(
    r"[;.](?:\s|$)|\)|\(|,\s+(?:which|that|so|while|where|who|whose|because|as)\b|\s+(?:which|so that)\s"
    # A relative clause after a comma describes the item before it, as "which" does in English:
    # "tres partes: el comercio de bienes, que fue el primero en suscribirse; los servicios, cuyo
    # capítulo se firmó en 2008; y un protocolo …", "o comércio de bens, que veio primeiro; …"
    # (round 31b: main cut the list at the semicolon and counted "que fue el primero …" as a
    # second item, calling three parts inconsistent, "lists 2").
    r"|,\s+(?:que|cuyo|cuya|cuyos|cuyas|cujo|cuja|cujos|cujas|quien|quienes|donde|onde)\b"
)
# The dashes that open a list (OPENERS), and a spaced dash that closes one set off by them.
DASHES = frozenset("-–—")
DASH = re.compile(r"\s[-–—]\s")
MAX_ITEM_WORDS = 6
# An item that is only a date set after a preposition ("en octubre de 2007", "in August 2012",
# "em agosto de 2012") dates the item before it: beside items that are not dates, the list is
# prose with appositions, not an enumeration ("dos presidentes …: Óscar Arias, en octubre de
# 2007, y la actual mandataria, Laura Chinchilla, en agosto de 2012" names two presidents, not
# five; round 27b). Such a list is counted only by the country names it holds.
DATE_ITEM = re.compile(
    r"^(?:en|in|em|on|el|no|na|desde|since|durante|during)\s++(?:[\w'’\-]++\s++){0,4}?"
    r"(?:1[89]|20)\d\d$",
    re.I,
)
# A span of time is no set of items ("reduzir tarifas por 90 dias: as tarifas americanas …",
# "for 90 days: …"): what follows its colon explains it (folded first word of the noun).
TIME_NOUNS = frozenset(
    {
        "day", "days", "week", "weeks", "month", "months", "year", "years", "hour", "hours",
        "dia", "dias", "semana", "semanas", "mes", "meses", "ano", "anos", "hora", "horas",
    }
)  # fmt: skip
# A comma between two digits groups thousands or marks decimals ("US$1,500 million", "28,7%",
# "US$ 1,5 bilhão"): it splits no item (round s24c: "os dois fluxos: recebeu 28,7% … e respondeu
# por 25,3% …" was read as four items, and "three loans: US$1,500 million, …" as five).
SPLIT = re.compile(
    r"(?<!\s)\s*+(?:(?<!\d),|,(?!\d))\s*+(?:and\s+|y\s+|e\s+|or\s+)?|(?<!\s)\s++(?:and|y|e|or)\s+"
)


# A comma before the list's last "and" (the serial comma: "healthcare, human resource and
# capacity building, and people-to-people contacts"): the bare "and" before it joins words of one
# item, and the list may be counted at its commas alone (round 26a: five areas read as six).
SERIAL = re.compile(r"(?<!\d),\s*+(?:and|y|e|or)\s")
COMMAS = re.compile(r"(?<!\s)\s*+(?:(?<!\d),|,(?!\d))\s*+(?:and\s+|y\s+|e\s+|or\s+)?")


# The end of a list whose items are parted by semicolons: a full stop, or a parenthesis.
SEMICOLON_LIST_END = re.compile(r"[.](?:\s|$)|\)|\(")
# The last two items of such a list joined by a comma and a conjunction ("…; la celulosa, con
# el 29%, y la carne vacuna, con el 21%").
LAST_JOIN = re.compile(r",\s*+(?:y|and|e)\s++")
LEADING_AND = re.compile(r"^(?:y|and|e)\s++")


# A conjunction between two capitalised words (original case): the words of one name ("Banco de
# Exportações e Importações", "Ministerio de Industria y Comercio", "Trade and Development").
NAME_JOIN = re.compile(r"\b([A-ZÀ-Ý][\w\-]*+)\s++(?:e|y|and)\s++(?=[A-ZÀ-Ý])")


def _cardinal(word: str) -> int | None:
    """The whole number one word writes in Spanish, Portuguese or English ("dos", "duas",
    "three"), else None."""
    return next((v for lang in ("es", "pt", "en") if (v := convert_number_words(word, lang))), None)


# The largest part a place is given in words ("doce en …"): larger parts are written in digits.
PART_WORD_MAX = 12


def _breakdown_total(items: list[str]) -> int | None:
    """The sum of a list whose every item opens with a cardinal ("tres rondas de negociación:
    dos se celebraron en China y una en Chile", "three rounds: two in China and one in Chile",
    "três rodadas: duas na China e uma no Chile"), else None. Such a list splits the count by
    place, year or kind; the places it names are not its items (round r60b: main counted "China"
    and "Chile" as two rounds of three, a false "inconsistent")."""
    if len(items) < 2:
        return None
    total = 0
    for item in items:
        words = item.split()
        if len(words) < 2:
            return None  # a bare figure is an item ("two targets: 2020, 2025 and 2030")
        first = words[0].strip(",;:")
        if first.isdigit():
            if len(first) > 3:
                return None  # a year, not a part of the count
            total += int(first)
            continue
        value = _cardinal(first.lower())
        if value is None:
            return None
        total += value
    return total


def _count_within_names(body: str) -> int:
    """The items of a list counted with a conjunction inside a name left unsplit."""
    joined = NAME_JOIN.sub(r"\1 & ", body.strip())
    return len(dict.fromkeys(i.strip() for i in SPLIT.split(joined) if i and i.strip()))


def _semicolon_items(rest: str) -> tuple[str, list[str]] | None:
    """A list whose items carry a comma of their own and are parted by semicolons ("tres
    productos: la soja, con el 37% del total; la celulosa, con el 29%, y la carne vacuna, con
    el 21%", "three products: soybeans, with 37%; pulp, with 29%; and beef, with 21%"): (its
    text, the head of each item), or None when the semicolons part no such items. Cut at the
    first semicolon, it read two items (round 30b: main called three products listed this way
    inconsistent, "lists 2")."""
    stop = SEMICOLON_LIST_END.search(rest)
    body = rest[: stop.start()] if stop else rest
    parts = [part.strip() for part in body.split(";") if part.strip()]
    if len(parts) < 2 or not all("," in part for part in parts[:-1]):
        return None
    if len(parts) == 2 and "," not in parts[-1]:
        return None  # "soja, celulosa, carne y lana; el resto fue marginal": a clause follows
    joins = list(LAST_JOIN.finditer(parts[-1]))
    if joins and "," in parts[-1][: joins[-1].start()]:
        last = parts.pop()
        parts += [last[: joins[-1].start()], last[joins[-1].end() :]]
    heads = [LEADING_AND.sub("", part).split(",")[0].strip() for part in parts]
    if any(not head or len(head.split()) > MAX_ITEM_WORDS for head in heads):
        return None
    return body, heads


# A total split into parts by place after "of which" (folded): "un total de 20 países en todo el
# mundo, de los que 12 están en Latinoamérica y el Caribe, uno en Europa, dos en África y seis en
# el Pacífico Sur", "a total of 20 countries, of which 12 are in Latin America, one in Europe,
# …", "um total de 20 países, dos quais 12 estão na América Latina, um na Europa, …" (round
# r60d). Parts that sum to more than the total are a self-contradiction; parts that sum to less
# may leave some out and are not read.
PARTS_OPENER = re.compile(
    r"^[^,.;:()]{0,80}?,\s++(?:de\s+los\s+que|de\s+las\s+que|de\s+los\s+cuales|de\s+las\s+cuales"
    r"|of\s+which|of\s+whom|dos\s+quais|das\s+quais)\s"
)
# One part: a number (digits or a word) set in a place ("12 están en", "uno en", "one in",
# "dois na"), optionally with its verb.
PART = re.compile(
    r"(?<![\w.,$%])(?P<n>\d{1,3}+|[a-z]++)\s++(?:(?:estan|are|estao|ficam|se\s+encuentran)\s++)?"
    r"(?:en|in|em|no|na|nos|nas)\s"
)


def _parts_after(folded_rest: str) -> list[int] | None:
    """The numbers of the parts a total is split into after "of which" (None when not split)."""
    opener = PARTS_OPENER.match(folded_rest)
    if opener is None:
        return None
    clause = folded_rest[opener.end() - 1 :]
    end = re.search(r"[.;](?:\s|$)", clause)
    clause = clause[: end.start()] if end else clause
    parts = []
    for match in PART.finditer(clause):
        word = match.group("n")
        if word.isdigit():
            parts.append(int(word))
        elif (value := _cardinal(word)) is not None and value <= PART_WORD_MAX:
            parts.append(value)
    return parts if len(parts) >= 2 else None


class ListCount:
    rule_id: ClassVar[str] = "list-count"
    verdicts: ClassVar[tuple[Verdict, ...]] = (Verdict.INCONSISTENT,)
    description: ClassVar[str] = (
        "a count announces N items but the list that follows names a different number"
    )

    def check(self, context: CheckContext) -> Iterator[tuple[str, Finding]]:
        index = None
        for claim in context.claims:
            if claim.kind is not Kind.COUNT or claim.noun_in_sentence[1] < 0 or claim.scale != 1:
                continue
            if fold(claim.noun or "").split(" ")[0] in TIME_NOUNS:
                continue
            parts = _parts_after(fold(claim.sentence[claim.noun_in_sentence[1] :]))
            if parts is not None and sum(parts) > claim.value:
                reason = (
                    f"a total of {claim.value:g} {claim.noun or 'items'} whose parts sum to "
                    f"{sum(parts)}: " + " + ".join(str(p) for p in parts)
                )
                evidence = Evidence(
                    kind="text",
                    record_id=f"{claim.claim_id}:parts",
                    source_id=None,
                    relation="differs",
                    value=float(sum(parts)),
                    unit="count",
                    note=claim.sentence[claim.noun_in_sentence[1] :].strip(),
                )
                finding = Finding(self.rule_id, Verdict.INCONSISTENT, reason, (evidence,))
                yield claim.claim_id, finding
                continue
            items = self._list_after(claim.sentence, claim.noun_in_sentence[1])
            if items is None:
                continue
            span_text, raw_items, far = items
            if _breakdown_total(raw_items) is not None:
                continue  # a breakdown by counts, not a list of named items
            index = index or EntityIndex(context.knowledge)
            countries = [
                m for m in index.find(span_text) if m.code not in {"LAC", "WLD"} and m.strong
            ]
            if len(countries) < 2 and far:
                continue  # "three categories of … threatened by China: the first one is …"
            surfaces = list(dict.fromkeys(span_text[m.start : m.end] for m in countries))
            if len(countries) >= 2 and len({m.code for m in countries}) == len(surfaces):
                names = surfaces
            else:
                # One state under two names ("produtos chineses … as chinesas", "China … the
                # Chinese government") is no enumeration of states: the list's own items are
                # counted (round s22c: two demonyms of China were counted as two states).
                names = raw_items
            listed = len(dict.fromkeys(names))
            if listed < 2 or listed == int(claim.value):
                continue
            if names is raw_items and _count_within_names(span_text) == int(claim.value):
                # "duas instituições …: o Banco de Desenvolvimento da China e o Banco de
                # Exportações e Importações (ExIm) da China": a conjunction between two
                # capitalised words joins the words of one name (round 42c: a false
                # "inconsistent", three items read).
                continue
            if names is raw_items and SERIAL.search(span_text):
                at_commas = [i.strip() for i in COMMAS.split(span_text.strip()) if i and i.strip()]
                if len(dict.fromkeys(at_commas)) == int(claim.value):
                    continue  # counted at its commas, the list has as many items as announced
            reason = (
                f"announces {claim.value:g} {claim.noun or 'items'} but lists {listed}: "
                + ", ".join(names)
            )
            evidence = Evidence(
                kind="text",
                record_id=f"{claim.claim_id}:list",
                source_id=None,
                relation="differs",
                value=float(listed),
                unit="count",
                note=span_text.strip(),
            )
            yield claim.claim_id, Finding(self.rule_id, Verdict.INCONSISTENT, reason, (evidence,))

    @staticmethod
    def _list_after(sentence: str, position: int) -> tuple[str, list[str], bool] | None:
        """(list text, items, far): `far` when more than four words stand between the counted
        noun and the list ("Ocho países de la región firmaron el acuerdo: …"); such a list is
        counted only when it names countries."""
        match = OPENERS.match(sentence[position:])
        if not match:
            return None
        far = len(re.findall(r"[\w'’\-]+", sentence[position : position + match.start("open")])) > 4
        start = position + match.end()
        if inside(start - 1, start, excluded_spans(sentence, sentence.lower())):
            return None  # "(Jiang, 2018: 32)" is a citation, not a list
        opener = match.group("open").strip()
        if opener == "(":
            close = sentence.find(")", start)
            if close < 0:
                return None
            body = sentence[start:close]
        else:
            stop = LIST_END.search(sentence[start:])
            end = start + stop.start() if stop else len(sentence)
            if opener in DASHES and (closing := DASH.search(sentence, start, end)) is not None:
                # "Three Latin American countries — Chile, Peru and Costa Rica — have free trade
                # agreements with China": a list set off by dashes ends at the closing dash;
                # what follows is the sentence's predicate (round 33d: main counted "China" as
                # a fourth country, a false "inconsistent", in the three languages).
                stop, end = None, closing.start()
            body = sentence[start:end]
            if (
                stop is not None
                and stop.group(0).startswith(";")
                and (semicolons := _semicolon_items(sentence[start:])) is not None
            ):
                return semicolons[0], semicolons[1], far
        if EXAMPLES.match(body) or EXCLUSIONS.match(fold(body)) or not body.strip():
            return None
        items = [item.strip() for item in SPLIT.split(body.strip()) if item and item.strip()]
        if items and EXAMPLES_INSIDE.search(items[0]):
            # "Las dos economías se complementan: Colombia exporta materias primas como
            # petróleo, carbón, café y flores, que …": a clause whose examples follow, not the
            # items counted (round 31b: once the relative clause ended the list, the examples
            # were counted as four economies).
            items = []
        if any(len(item.split()) > MAX_ITEM_WORDS for item in items):
            items = []  # prose, not an enumeration (countries are still counted by name)
        dated = [bool(DATE_ITEM.match(item)) for item in items]
        if any(dated) and not all(dated):
            items = []  # dates of the items before them: appositions (see DATE_ITEM)
        return body, items, far
