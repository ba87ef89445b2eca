"""The word lists in `lexicon/` (see lexicon/README.md), loaded once, and text folding.

`fold` lower-cases and strips accents character by character, so the folded text has the
same length as the original and a match in one is a match at the same offsets in the other.
"""

from __future__ import annotations

import csv
import functools
import re
import unicodedata
from importlib.resources import files

LANGS = ("en", "es", "pt")


@functools.cache
def _fold_char(char: str) -> str:
    lower = char.lower()
    if len(lower) != 1:
        lower = char
    decomposed = unicodedata.normalize("NFKD", lower)
    base = "".join(c for c in decomposed if not unicodedata.combining(c))
    return base if len(base) == 1 else lower


def english_ordinal(n: int) -> str:
    """ "1st", "2nd", "3rd", "4th", "11th", "21st": how English writes an ordinal in figures."""
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


# The words that name Taiwan's side (folded): "Taiwan", "Taipei", "Taipéi", "Taipé", "Formosa",
# "the Republic of China" (not "the People's Republic of China"). One list, read by the reader of
# a break's date (extract) and by the ties rules; the short names are also a fragment the ties
# rules compose their patterns with ("switched from Taiwan to Beijing").
TAIWAN_SHORT_NAMES = r"(?:taiwan|taipei|taipe|formosa)"
TAIWAN_NAMED = re.compile(
    r"(?<![\w])(?:" + TAIWAN_SHORT_NAMES + r"|(?<!people's\s)(?<!peoples\s)republic\s+of\s+china"
    r"|republica\s+de\s+china)(?![\w])"
)


def fold(text: str) -> str:
    """Lower-case, accent-free text of the same length (one character out per character in)."""
    if text.isascii():
        return text.lower()
    return "".join(_fold_char(c) for c in text)


@functools.cache
def rows(name: str) -> tuple[dict[str, str], ...]:
    path = files("chinalac.claims") / "lexicon" / name
    with path.open(encoding="utf-8", newline="") as handle:
        return tuple(
            {k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(handle)
        )


def words_by_lang(name: str, column: str) -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {lang: [] for lang in LANGS}
    for row in rows(name):
        out.setdefault(row["lang"], []).append(row[column])
    return {lang: tuple(values) for lang, values in out.items()}


def phrase_pattern(phrase: str, plural: bool = True) -> str:
    """Regex source matching a folded phrase at word boundaries; spaces match space or hyphen.

    With `plural`, each word may take an -s/-es ending ("investment" finds "investments"), and
    a word ending in e an -d ("recognise" finds "recognised").
    """
    words = [w for w in re.split(r"[\s\-]+", fold(phrase).strip()) if w]
    parts = []
    for word in words:
        escaped = re.escape(word)
        ending = ""
        if plural and word[-1:].isalpha():
            ending = "(?:e?s|d)?" if word.endswith("e") else "(?:e?s)?"
        parts.append(escaped + ending)
    return r"(?<![\w])" + r"[\s\-]+".join(parts) + r"(?![\w])"


@functools.cache
def stopwords() -> dict[str, frozenset[str]]:
    return {
        lang: frozenset(fold(w) for w in ws)
        for lang, ws in words_by_lang("stopwords.csv", "word").items()
    }


@functools.cache
def scales() -> tuple[tuple[str, str, float], ...]:
    """(lang, folded phrase, multiplier), longest phrases first so "mil millones" beats "mil"."""
    out = [(r["lang"], fold(r["phrase"]), float(r["multiplier"])) for r in rows("scales.csv")]
    return tuple(sorted(out, key=lambda item: -len(item[1])))


@functools.cache
def months() -> dict[str, int]:
    return {fold(r["name"]): int(r["month"]) for r in rows("months.csv")}


@functools.cache
def qualifiers() -> tuple[tuple[str, str], ...]:
    out = [(fold(r["phrase"]), r["qualifier"]) for r in rows("qualifiers.csv")]
    return tuple(sorted(set(out), key=lambda item: -len(item[0])))


@functools.cache
def ranks() -> dict[str, int]:
    return {fold(r["word"]): int(r["rank"]) for r in rows("ranks.csv")}


@functools.cache
def count_nouns() -> tuple[tuple[str, str], ...]:
    out = [(fold(r["noun"]), r["unit"]) for r in rows("count_nouns.csv")]
    return tuple(sorted(out, key=lambda item: -len(item[0])))


@functools.cache
def not_claim_phrases() -> tuple[str, ...]:
    return tuple(fold(r["phrase"]) for r in rows("not_claims.csv"))


@functools.cache
def front_matter_labels() -> tuple[str, ...]:
    return tuple(fold(r["label"]) for r in rows("front_matter.csv"))


@functools.cache
def abbreviations() -> frozenset[str]:
    return frozenset(fold(r["abbreviation"]) for r in rows("abbreviations.csv"))


@functools.cache
def tie_cues() -> tuple[tuple[str, str], ...]:
    return tuple((r["phrase"], r["tie_type"]) for r in rows("tie_cues.csv"))


@functools.cache
def number_words() -> dict[str, frozenset[str]]:
    return {
        lang: frozenset(fold(w) for w in ws)
        for lang, ws in words_by_lang("number_words.csv", "word").items()
    }
