"""Find the countries and regions a sentence names, with offsets.

Names come from the knowledge base (countries.name_en/es/pt, country_names), pycountry's
names for those codes, and lexicon/regions.csv (China, the LAC region, the world, demonyms).
Longest names are tried first, so "People's Republic of China" is China while "Republic of
China" is Taiwan. Taiwan, Hong Kong and Macao resolve to their own codes (TWN, HKG, MAC) and
never to China, whatever a names table says: any name mentioning Taiwan, Taipei or Formosa
is Taiwan's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pycountry

from chinalac.claims.knowledge import KnowledgeView
from chinalac.claims.vocabulary import fold, rows

NOT_CHINA = {"TWN", "HKG", "MAC"}
TAIWAN_WORDS = re.compile(
    r"taiwan|taipei|formosa|^republic of china$|^roc$|^republica de china$|^republica da china$"
)
# A state's name inside the name of a medium is no state the sentence speaks of: "the Panama
# Star", "the Jamaica Observer", "Trinidad Express" (a capitalised word of the press right
# after the name), "Diario de Cuba", "Jornal do Brasil" (one right before it). Round s18c:
# "According to the Panama Star, China's trade with the region …" was read as Panama's.
PRESS_AFTER = re.compile(
    r"(?<!\s)\s{1,3}(?:Star|Times|Herald|Post|Observer|Gleaner|Tribune|Express|Newsday|Journal|Chronicle"
    r"|Daily|Today|News|Headlines|Reporter|Sun|Mirror|Telegraph|Gazette)\b"
)
PRESS_BEFORE = re.compile(
    r"\b(?:Diario|Diário|Periódico|Periodico|Semanario|Jornal|Revista|Radio|Rádio)\s+"
    r"(?:de|do|da|del)\s{1,3}$"
)
# A demonym that names a currency, not a state the figure is about: "35,6 billones de pesos
# colombianos", "35.6 trillion Colombian pesos", "reais brasileiros" (round s21b: "pesos
# colombianos" beside a pledge in yuan made Colombia the sentence's state). On folded text.
CURRENCY_BEFORE = re.compile(
    r"(?<![\w])(?:pesos?|reais|real|bolivares|soles|colones|quetzales|lempiras|cordobas|"
    r"guaranies|dolares|dolar)\s{1,3}$"
)
CURRENCY_AFTER = re.compile(
    r"(?<!\s)\s{1,3}(?:pesos?|reais|real(?!\s+(?:estate|gdp|growth|terms|income|wages|economy|interest))|bolivars?|soles|colones|quetzales|"
    r"lempiras|cordobas|guaranis|dollars?)(?![\w])"
)
# A capital that opens a sentence before a comma is a dateline's place ("Buenos Aires, June 2024
# — …", "Caracas, 8 de mayo (EFE)"): where the article was written, not whom it is about (round
# r54b: the capitals of lexicon/regions.csv name their state only weakly, elsewhere).
DATELINE_PLACE_AFTER = re.compile(r"\s{0,2},")
LIST_GLUE = re.compile(
    r"^\s*(?:,\s*(?:and|y|e|or|o)?|and|y|e|or|o)\s*(?:(?:the|do|da|de|del|dos|das|el|la|o|a)\s+)?$"
)
# The states of people's offices told one after another, each with its holder's name between
# commas: "diante dos presidentes do Equador, Rafael Correa, da Venezuela, Nicolás Maduro, e da
# Costa Rica, Luis Guillermo Solís", "ante los presidentes de Ecuador, Rafael Correa, de
# Venezuela, Nicolás Maduro, y de Costa Rica", "before the presidents of Ecuador, Rafael Correa,
# Venezuela, Nicolás Maduro, and Costa Rica" (round r60a: main read no list, took the last state
# up for the region's pledge in the clause after it and judged nothing). The name is one to four
# capitalised words (text as written, so a folded text never matches).
LIST_GLUE_NAMED = re.compile(
    r"^\s*,\s*(?:[A-ZÁÉÍÓÚÂÊÔÃÕÇÑ][\w'.-]*\s+){0,3}[A-ZÁÉÍÓÚÂÊÔÃÕÇÑ][\w'.-]*\s*,"
    r"\s*(?:(?:and|y|e)\s+)?(?:(?:the|do|da|de|del|dos|das|el|la|o|a)\s+)?$"
)

# A state's short name in its own press ("TT became the first country in the Caribbean to sign
# on to the Belt and Road", Trinidad and Tobago's Newsday; "T&T's exports"): read in capitals
# only, as a word of its own (not "TT$", the Trinidad and Tobago dollar, nor "AT&T"), and only
# in a text that names the state elsewhere (`GATES`, on folded text), so that another "TT" (a
# transfer, a car) of a text about other states stays no state (round s22d).
# "o país latino-americano", "el país latinoamericano", "the Latin American country": the region's
# adjective on ONE state describes that state, not the region (the plural, "os países
# latino-americanos", "Latin American countries", still names the region). Folded text.
ONE_STATE_BEFORE = re.compile(r"(?:\bpais|\bnacao|\bnacion)\s{1,3}$")
ONE_STATE_AFTER = re.compile(r"\s{1,3}(?:country|nation|state)\b")
ONE_STATE_ADJECTIVES = {
    "latino-americano",
    "latino-americana",
    "latinoamericano",
    "latinoamericana",
}
ONE_STATE_ADJECTIVES_EN = {"latin american"}
SHORT_NAMES = {"TTO": re.compile(r"(?<![\w$&/.\-])(?:TT|T&T)(?![\w$&/\-]|\.\w)")}
GATES = {
    "TTO": re.compile(
        r"(?<![\w])(?:trinidad|tobago|port\s+of\s+spain|puerto\s+espana|porto\s+de\s+espanha)"
    )
}


@dataclass(frozen=True)
class EntityMention:
    start: int
    end: int
    code: str
    strong: bool = True
    in_list: bool = False


class EntityIndex:
    def __init__(self, knowledge: KnowledgeView):
        names: dict[str, tuple[str, bool]] = {}

        def add(name: str, code: str, strong: bool = True) -> None:
            key = re.sub(r"\s+", " ", fold(str(name))).strip()
            if len(key) < 3 and key != "eu":
                return
            if TAIWAN_WORDS.search(key):
                code = "TWN"
            names.setdefault(key, (code, strong))

        # The lexicon first: it pins China, the region and Taiwan before any table can.
        for row in rows("regions.csv"):
            add(row["phrase"], row["code"], row["strength"] != "weak")
        codes = set(knowledge.countries["iso3"]) - {""}
        if not codes:
            codes = {r["iso3"] for r in rows("celac_states.csv")} | {"CHN"}
        for row in knowledge.countries.itertuples():
            for name in (row.name_en, row.name_es, row.name_pt):
                if name:
                    add(name, row.iso3)
        for row in knowledge.country_names.itertuples():
            if row.iso3 in codes and row.name:
                add(row.name, row.iso3)
        for code in sorted(codes):
            record = pycountry.countries.get(alpha_3=code)
            if record is not None:
                for attribute in ("name", "common_name", "official_name"):
                    value = getattr(record, attribute, None)
                    if value:
                        add(value, code)
                        add(value.split(",")[0], code)
        self.names = names
        ordered = sorted(names, key=len, reverse=True)
        alternation = "|".join(re.escape(n).replace(r"\ ", r"[\s\-]+") for n in ordered)
        self.pattern = re.compile(rf"(?<![\w])(?:{alternation})(?![\w])")

    def find(self, text: str, folded: str | None = None) -> list[EntityMention]:
        folded = fold(text) if folded is None else folded
        found = []
        for match in self.pattern.finditer(folded):
            key = re.sub(r"[\s\-]+", " ", match.group(0))
            code, strong = self.names.get(key, self.names.get(match.group(0), ("", False)))
            if not code:
                continue
            if code == "LAC" and _one_state(folded, match):
                continue  # "o país latino-americano que mais recebeu": that state, not the region
            if code != "CHN" and len(folded) == len(text) and _press_name(text, match):
                continue  # "China Daily", "China Today" keep China: it is the partner anyway
            if code not in {"CHN", "LAC", "WLD"} and (
                CURRENCY_BEFORE.search(folded, max(0, match.start() - 14), match.start())
                or CURRENCY_AFTER.match(folded, match.end())
            ):
                continue  # "pesos colombianos", "Colombian pesos": a currency, not the state
            if (
                not strong
                and code not in {"CHN", "LAC", "WLD"}
                and not folded[: match.start()].strip()
                and DATELINE_PLACE_AFTER.match(folded, match.end())
            ):
                continue  # "Buenos Aires, June 2024 — …": a dateline's place, not the subject
            found.append(EntityMention(match.start(), match.end(), code, strong))
        return _mark_lists(found, text)

    def resolve(self, name: str) -> str | None:
        """The code of a whole name ("Perú" → PER), or None."""
        key = re.sub(r"\s+", " ", fold(name)).strip()
        hit = self.names.get(key)
        return hit[0] if hit else None


class DocumentEntities:
    """An EntityIndex for one text: its `find` also reads the short names (`SHORT_NAMES`) of
    the states the whole text names elsewhere (`GATES`)."""

    def __init__(self, index: EntityIndex, text: str):
        self.index = index
        folded = fold(text)
        self.short = [code for code, gate in GATES.items() if gate.search(folded)]

    def find(self, text: str, folded: str | None = None) -> list[EntityMention]:
        found = self.index.find(text, folded)
        extra = [
            EntityMention(match.start(), match.end(), code)
            for code in self.short
            for match in SHORT_NAMES[code].finditer(text)
            if not any(m.start < match.end() and match.start() < m.end for m in found)
        ]
        if not extra:
            return found
        plain = [EntityMention(m.start, m.end, m.code, m.strong) for m in found]
        return _mark_lists(sorted(plain + extra, key=lambda m: m.start), text)

    def resolve(self, name: str) -> str | None:
        return self.index.resolve(name)


def _one_state(folded: str, match: re.Match) -> bool:
    """Is the region's adjective matched (folded offsets) said of one state: "o país
    latino-americano", "el país latinoamericano", "the Latin American country"?"""
    word = re.sub(r"\s+", " ", match.group(0))
    if word in ONE_STATE_ADJECTIVES:
        return bool(ONE_STATE_BEFORE.search(folded, max(0, match.start() - 12), match.start()))
    if word in ONE_STATE_ADJECTIVES_EN:
        return bool(ONE_STATE_AFTER.match(folded, match.end()))
    return False


def _press_name(text: str, match: re.Match) -> bool:
    """Is the name matched (offsets of the folded text, the same as the text's) part of the
    name of a newspaper, a radio or a magazine?"""
    return bool(
        PRESS_AFTER.match(text, match.end())
        or PRESS_BEFORE.search(text, max(0, match.start() - 20), match.start())
    )


def _mark_lists(mentions: list[EntityMention], text: str) -> list[EntityMention]:
    """Country names in an enumeration ("Brazil, Chile, Peru and Uruguay") are marked in_list."""
    groups: list[list[int]] = []
    for index, mention in enumerate(mentions):
        if mention.code in {"LAC", "WLD"} or not mention.strong:
            continue
        # A state named again right after it closes a list is the next clause's subject, not
        # one more member: "o Brasil, o Equador e a Venezuela, e a Venezuela sozinha recebeu US$
        # 10 bilhões", "Brazil, Ecuador and Venezuela, and Venezuela alone received" (round
        # r60a: main took the second Venezuela into the list and read China's loans).
        previous = mentions[groups[-1][-1]] if groups else None
        glue = text[previous.end : mention.start] if previous else ""
        if (
            previous is not None
            and previous.code != mention.code
            and (LIST_GLUE.match(glue) or LIST_GLUE_NAMED.match(glue))
        ):
            groups[-1].append(index)
        else:
            groups.append([index])
    out = list(mentions)
    for group in groups:
        first, last = mentions[group[0]], mentions[group[-1]]
        in_parentheses = text[: first.start].rstrip().endswith("(") and text[
            last.end :
        ].lstrip().startswith(")")
        if len(group) >= 3 or (len(group) == 2 and in_parentheses):
            for index in group:
                m = out[index]
                out[index] = EntityMention(m.start, m.end, m.code, m.strong, True)
    return out


def is_china(code: str | None) -> bool:
    return code == "CHN"
