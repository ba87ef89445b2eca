"""Which language a text is in: English, Spanish or Portuguese, by counting stopwords.

The rule, kept simple on purpose: fold the text, split it into words, and count the words
found in each language's stopword list (lexicon/stopwords.csv). The language with the most
hits wins; ties and texts with fewer than MIN_HITS hits fall back to `default` (the
document's language for a sentence, English for a document). Spanish and Portuguese share
many words ("de", "que", "entre"), so the lists favour the words that tell them apart
("el", "los", "y", "del" against "o", "os", "e", "do", "da", "em").
"""

from __future__ import annotations

import re

from chinalac.claims.vocabulary import LANGS, fold, stopwords

MIN_HITS = 2
WORD = re.compile(r"[a-z]+")


def detect_language(text: str, default: str = "en") -> str:
    words = WORD.findall(fold(text[:200_000]))
    lists = stopwords()
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
