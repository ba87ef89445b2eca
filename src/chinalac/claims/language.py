"""Which language a text is in: English, Spanish or Portuguese, by counting stopwords.

The rule, kept simple on purpose: fold the text, split it into words, and count the words
found in each language's stopword list (lexicon/stopwords.csv) or among its number words
that no other language shares ("ocho", "oito", "eight"). The language with the most
hits wins; ties and texts with fewer than MIN_HITS hits fall back to `default` (the
document's language for a sentence, English for a document). Spanish and Portuguese share
many words ("de", "que", "entre"), so the lists favour the words that tell them apart
("el", "los", "y", "del" against "o", "os", "e", "do", "da", "em").
"""

from __future__ import annotations

import functools
import re

from chinalac.claims.vocabulary import LANGS, fold, number_words, stopwords

MIN_HITS = 2
# Number words that are also common words of another language say nothing ("once").
AMBIGUOUS = frozenset({"once", "mil", "cinco", "seis", "dez", "sete", "nove", "zero", "cero"})
WORD = re.compile(r"[a-z]+")


def detect_language(text: str, default: str = "en") -> str:
    words = WORD.findall(fold(text[:200_000]))
    lists = _signal_words()
    counts = {lang: sum(1 for w in words if w in lists[lang]) for lang in LANGS}
    best = max(counts.values())
    if best < MIN_HITS:
        return default
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
