"""Which language a text is in: English, Spanish or Portuguese, by counting stopwords.

The rule, kept simple on purpose: fold the text, split it into words, and count the words
found in each language's stopword list (lexicon/stopwords.csv) or among its number words
that no other language shares ("ocho", "oito", "eight"). The language with the most
hits wins; ties and texts with fewer than MIN_HITS hits fall back to `default` (the
document's language for a sentence, English for a document). Spanish and Portuguese share
many words ("de", "que", "entre"), so the lists favour the words that tell them apart
("el", "los", "y", "del" against "o", "os", "e", "do", "da", "em").

A whole text too short for that (a sentence pasted into /check: "China prestó 1.000 millones
a Venezuela.", "Exportações somaram US$ 104,3 bilhões") is read by its spelling when asked
(`spelling=True`, the document's language only): letters and endings one language alone
writes in a lower-case word ("ñ", "-ción", a preterite "-ió"/"-ó"/"-aron" for Spanish; "ã",
"õ", "-ção", "-ões", a preterite "-ou"/"-aram" for Portuguese). A capitalised word is a name
("São Paulo", "Bogotá") and says nothing. Failing that, the stopwords of one language alone
name it, unless English writes them too ("en", "em" name theirs; "a", "do", "no" do not): "Em
2023 foram 1.234 projetos". Without this, such a sentence was read as English and "1.000" as one.
"""

from __future__ import annotations

import functools
import re

from chinalac.claims.vocabulary import LANGS, fold, number_words, stopwords

MIN_HITS = 2
# Number words that are also common words of another language say nothing ("once").
AMBIGUOUS = frozenset({"once", "mil", "cinco", "seis", "dez", "sete", "nove", "zero", "cero"})
WORD = re.compile(r"[a-z]+")


# Spellings only one of the three languages writes, in a lower-case word (not folded).
SPELLING = {
    # a preterite ("prestó", "invirtió") in a word of four letters or more, not the
    # Portuguese "só", "avó"; or "-aron" ("sumaron")
    "es": re.compile(r"ñ|ción$|ciones$|^\w{2,}[^aeiouáéíóú]i?ó$|^[¿¡]|(?<=\w\w)aron$"),
    # a preterite "-ou" in a word of five letters or more ("comprou", "somou", "exportou"; not
    # "you"), or "-aram" ("exportaram")
    "pt": re.compile(r"[ãõ]|ç[ãõ]o|ções$|ção$|(?<=\w\w\w)ou$|(?<=\w\w)aram$"),
}
# Stopwords of Spanish or Portuguese that English writes too ("a", "as", "do", "no"): one of
# them alone says nothing about a short text.
ENGLISH_HOMOGRAPHS = frozenset({"a", "as", "do", "no", "on", "in", "is", "me", "so", "to", "e"})
LOWER_WORD = re.compile(r"(?<![^\W\d_])[¿¡]?[a-zñáéíóúüãõâêôàç]+(?![^\W\d_])")


def detect_language(text: str, default: str = "en", spelling: bool = False) -> str:
    words = WORD.findall(fold(text[:200_000]))
    lists = _signal_words()
    counts = {lang: sum(1 for w in words if w in lists[lang]) for lang in LANGS}
    best = max(counts.values())
    if best < MIN_HITS:
        if not spelling:
            return default
        # A sentence pasted alone ("Em 2023 foram 1.234 projetos.", "En 2023 hubo 1.234
        # proyectos."): its spelling, else the one language one word of it names, unless that
        # word is English too.
        single = [
            lang
            for lang in LANGS
            if any(w in lists[lang] and w not in ENGLISH_HOMOGRAPHS for w in words)
        ]
        by_word = single[0] if len(single) == 1 else None
        return _by_spelling(text[:200_000]) or by_word or default
    leaders = [lang for lang in LANGS if counts[lang] == best]
    return (
        leaders[0]
        if len(leaders) == 1 and default not in leaders
        else default
        if default in leaders
        else leaders[0]
    )


@functools.cache
def _signal_words() -> dict[str, frozenset[str]]:
    """Stopwords, plus number words found in one language only ("ocho", "oito", "eight")."""
    numbers = number_words()
    out = {}
    for lang in LANGS:
        others = set().union(*(numbers[o] for o in LANGS if o != lang))
        unique = {w for w in numbers[lang] if w not in others and w not in AMBIGUOUS}
        out[lang] = frozenset(stopwords()[lang] | unique)
    return out


def _by_spelling(text: str) -> str | None:
    """Spanish or Portuguese when lower-case words spell only that language, else None."""
    hits = {lang: 0 for lang in SPELLING}
    for word in LOWER_WORD.findall(text):
        for lang, pattern in SPELLING.items():
            if pattern.search(word):
                hits[lang] += 1
    found = [lang for lang, n in hits.items() if n]
    return found[0] if len(found) == 1 else None
