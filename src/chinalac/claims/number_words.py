"""Numbers written in words ("twelve", "doce", "forty", "vinte e um"), found with offsets.

text2num converts a run of number words in the sentence's language; the run is found here
first so that offsets stay exact (text2num's alpha2digit rewrites the text and loses them).
"one"/"un"/"uma" and friends are left out of the word lists on purpose: they are articles
and pronouns far more often than counts. "a dozen" is read as 12.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from text_to_num import text2num

from chinalac.claims.vocabulary import fold, number_words

CONNECTORS = {"en": "and", "es": "y", "pt": "e"}
# "one" and its kin are read only inside a longer number ("twenty-one", "vinte e um").
ONES = {"en": ("one",), "es": ("uno", "una", "un"), "pt": ("um", "uma")}
# Where a connector may join number words: English "and" after hundred/thousand/…, Spanish
# "y" between tens and units; Portuguese "e" joins every part ("cento e vinte e um").
CONNECTOR_AFTER = {
    "en": {"hundred", "thousand", "million", "billion"},
    "es": {"treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta", "noventa"},
}
# The longest number anyone writes in words ("nine hundred and ninety-nine thousand …") is
# well under this many words; longer runs are read in windows, so the cost stays linear.
MAX_NUMBER_WORDS = 16
TOKEN = re.compile(r"[^\s\-]+")
DOZEN = re.compile(r"(?<![\w])(?:a|una|uma)\s+(dozen|docena|duzia)(?![\w])")
# The article of one decade (folded): "a decade", "una década", "uma década", "one decade" is a
# count of one, as "two decades" is of two (the lead, stop 47: main read no number; dev rows
# u2034, u2052, u5802 were missed). The noun makes it a duration in decades.
ONE_DECADE = re.compile(r"(?<![\w-])(?:a|one|una|uma)(?=\s++decad[ae](?![\w]))")
# Half a century (folded): "half a century", "medio siglo", "meio século" is fifty years, as "50
# years" is, and as round as "a decade" (the lead, stop 55: main read no number in "cultivam há
# meio século uma amizade estratégica", u14011). The whole phrase is the number; its unit is
# years (mentions.HALF_CENTURY_SPAN). Only the half: "two centuries", "dos siglos" and "the 21st
# century" are no spans the store dates.
HALF_CENTURY = re.compile(r"(?<![\w])(?:half\s++a|medio|meio)\s++(?:century|siglo|seculo)(?![\w])")
# The article of one month, year or week after a bound or a hedge (folded): "just over a month
# after he took office", "more than a year", "almost a year", "poco más de un mes", "más de un
# año", "casi un año", "pouco mais de um mês", "mais de um ano", "quase um ano" is a vague
# duration of one, as "more than a decade" is (round r53a: main read no number in "just over a
# month after he took office", u12213). Only after such a word: a bare "un año", "a year" is far
# more often an article ("en un año normal", "a year earlier", "per year").
HEDGED_ONE_SPAN = re.compile(
    r"(?<![\w])(?:over|than|almost|nearly|about|roughly|de|casi|quase)\s++"
    r"(?P<one>a|an|one|un|una|um|uma)(?=\s++(?:month|year|week|mes|ano|semana)(?![\w]))"
)

# The article of one point of a percentage (folded): "one percentage point", "a percentage
# point", "un punto porcentual", "um ponto percentual" or "porcentual" (the Brazilian spelling)
# is a change of one point, as "four points" is of four (round r55c: main read no number in "ela
# avançou pouco mais de um ponto porcentual", u13212). Only before the point's noun with its
# "percentage" word: a bare "un punto" is an article.
ONE_POINT = re.compile(
    r"(?<![\w])(?P<one>a|one|un|um)(?=\s++(?:percentage\s++point|punto\s++porcentual|"
    r"ponto\s++percentual|ponto\s++porcentual)(?![\w]))"
)


def one_span_at(folded: str, start: int) -> bool:
    """Is the word at `start` the article of "a decade" (ONE_DECADE) or of a hedged "a month",
    "un año", "um ano" (HEDGED_ONE_SPAN)? A vague duration of one."""
    if ONE_DECADE.match(folded, start) is not None:
        return True
    return any(
        m.start("one") == start
        for m in HEDGED_ONE_SPAN.finditer(folded, max(0, start - 25), start + 12)
    )


@dataclass(frozen=True)
class WordNumber:
    start: int
    end: int
    value: int


@functools.cache
def _run_pattern(lang: str) -> re.Pattern:
    vocabulary = sorted(set(number_words().get(lang, ())) | set(ONES[lang]), key=len, reverse=True)
    word = "(?:" + "|".join(re.escape(w) for w in vocabulary) + ")"
    glue = rf"(?:[\s\-]+{CONNECTORS[lang]}[\s\-]+|[\s\-]+)"
    return re.compile(rf"(?<![\w]){word}(?:{glue}{word})*(?![\w])")


def _convert(words: str, lang: str) -> int | None:
    if lang == "es" and re.search(r"(?:un|ún)$", words) and words not in ("un", "ún"):
        words = re.sub(r"(?:un|ún)$", "uno", words)  # "veintiún países", "treinta y un"
    try:
        value = text2num(words, lang)
    except (ValueError, KeyError, IndexError, AssertionError):
        return None
    return value if isinstance(value, int) else None


def _segments(folded: str, start: int, end: int, lang: str) -> list[tuple[int, int]]:
    """Split a run where a connector may not join numbers ("dieciséis y mil" → two)."""
    allowed = CONNECTOR_AFTER.get(lang)
    tokens = [
        (m.start() + start, m.end() + start, m.group(0))
        for m in re.finditer(r"[^\s\-]+", folded[start:end])
    ]
    segments: list[tuple[int, int]] = []
    seg_start = tokens[0][0]
    previous = ""
    for index, (_t_start, t_end, token) in enumerate(tokens):
        if token == CONNECTORS[lang] and allowed is not None and previous not in allowed:
            segments.append((seg_start, tokens[index - 1][1]))
            seg_start = tokens[index + 1][0] if index + 1 < len(tokens) else t_end
        previous = token
    segments.append((seg_start, tokens[-1][1]))
    return [s for s in segments if s[1] > s[0]]


def _window_end(folded: str, start: int, end: int) -> int:
    """The end of the MAX_NUMBER_WORDS-th word from `start` (or `end`, if sooner)."""
    for count, match in enumerate(TOKEN.finditer(folded, start, end), start=1):
        if count == MAX_NUMBER_WORDS:
            return match.end()
    return end


def find_word_numbers(text: str, lang: str) -> list[WordNumber]:
    """Every run of number words in `text` that text2num reads as one number."""
    lang = lang if lang in CONNECTORS else "en"
    folded = fold(text)
    found: list[WordNumber] = []
    for match in _run_pattern(lang).finditer(folded):
        for seg_start, seg_end in _segments(folded, match.start(), match.end(), lang):
            position = seg_start
            while position < seg_end:
                end = _window_end(folded, position, seg_end)
                # Shrink from the right until text2num accepts the words ("twelve and" → "twelve").
                while end > position:
                    words = folded[position:end]
                    if words not in ONES[lang]:
                        value = _convert(text[position:end].lower(), lang) or _convert(words, lang)
                        if value is not None:
                            found.append(WordNumber(position, end, value))
                            break
                    cut = max(folded.rfind(" ", position, end), folded.rfind("-", position, end))
                    if cut <= position:
                        end = position
                        break
                    end = cut
                if end <= position:
                    following = re.search(r"[\s\-]+", folded[position:seg_end])
                    if not following:
                        break
                    position += following.end()
                else:
                    rest = re.match(r"[\s\-]+", folded[end:seg_end])
                    position = end + (rest.end() if rest else seg_end - end)
    for match in DOZEN.finditer(folded):
        found.append(WordNumber(match.start(), match.end(), 12))
    for match in ONE_DECADE.finditer(folded):
        found.append(WordNumber(match.start(), match.end(), 1))
    for match in HALF_CENTURY.finditer(folded):
        found.append(WordNumber(match.start(), match.end(), 50))
    for match in HEDGED_ONE_SPAN.finditer(folded):
        found.append(WordNumber(match.start("one"), match.end("one"), 1))
    for match in ONE_POINT.finditer(folded):
        found.append(WordNumber(match.start("one"), match.end("one"), 1))
    return sorted(found, key=lambda w: w.start)


def convert_number_words(words: str, lang: str) -> int | None:
    """The whole number some words of `lang` write ("diez" → 10), else None."""
    if lang not in CONNECTORS:
        return None
    return _convert(words, lang)
