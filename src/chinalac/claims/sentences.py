"""Split text into paragraphs and sentences, keeping offsets, and set aside what is not prose.

* A paragraph ends at a blank line, except where a page break cut a sentence: when the
  paragraph does not end with terminal punctuation and the next one starts in lower case,
  the two are joined ("from 1950 to 2016, China\\n\\nprovided more than …").
* A sentence ends at . ! ? (or ; is not an end) followed by space and a capital, digit or
  opening mark — not after an abbreviation (lexicon/abbreviations.csv) or an initial.
* Set aside: everything after a References/Bibliography heading, and metadata lines that
  start with a front-matter label (lexicon/front_matter.csv: DOI, received, keywords, …).
  Markdown heading lines are their own sentences, marked `heading`.
* Cost stays linear in the input: a "sentence" longer than MAX_SENTENCE_CHARACTERS (a table
  or a run-on paste, not prose) is cut at spaces into pieces of at most that length, so the
  work done per sentence is bounded; the abbreviation test looks only at the word before
  the point.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from chinalac.claims.vocabulary import abbreviations, fold, front_matter_labels

# Possessive runs: `\s*#*\s*` could share a run of spaces between its two halves in every
# way (quadratic); taken whole, each run is read once.
REFERENCES_HEADING = re.compile(
    r"^\s*+#*+\s*+(?:\d++\.?\s*+)?(references|bibliography|works cited|referencias|bibliografia|referencias bibliograficas|referencias|bibliografia)\s*+:?\s*+$"
)
# A match starts only where a run of end marks starts, and takes the run whole: from every
# dot of "……" the engine used to re-read the rest of the run (quadratic).
SENTENCE_END = re.compile(
    r"(?<![.!?…])[.!?…]++[\"”’')\]]*+\s++(?=[\"“‘'(\[¿¡]?[A-Z0-9ÁÉÍÓÚÑÂÊÔÃÕÇ])"
)
BLANK_LINE = re.compile(r"\n(?:[ \t\r\f\v]*\n)+")
TERMINAL = tuple('.!?:;"”’)…')
MAX_SENTENCE_CHARACTERS = 1000  # the longest sentences of the evaluation corpus are ~600
ABBREVIATION_WINDOW = 64  # characters before a point searched for the abbreviation


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str
    paragraph: int
    heading: bool = False


def _paragraphs(text: str, original: str) -> list[tuple[int, int, bool]]:
    """(start, end, is_heading) of each paragraph; heading lines become their own paragraphs."""
    pieces: list[tuple[int, int]] = []
    position = 0
    for match in BLANK_LINE.finditer(text):
        pieces.append((position, match.start()))
        position = match.end()
    pieces.append((position, len(text)))
    out: list[tuple[int, int, bool]] = []
    for start, end in pieces:
        line_start = start
        for line in text[start:end].split("\n"):
            line_end = line_start + len(line)
            if original[line_start:line_end].lstrip().startswith("#"):
                if line_start > start and out and not out[-1][2]:
                    pass
                out.append((line_start, line_end, True))
            elif out and not out[-1][2] and out[-1][1] >= line_start - 1 and out[-1][0] >= start:
                out[-1] = (out[-1][0], line_end, False)
            else:
                out.append((line_start, line_end, False))
            line_start = line_end + 1
    return [(s, e, h) for s, e, h in out if text[s:e].strip()]


def _is_front_matter(line: str) -> bool:
    folded = fold(line).strip(" *_>-#\t")
    for label in front_matter_labels():
        if folded.startswith(label) and folded[len(label) : len(label) + 3].lstrip(
            " *_"
        ).startswith(":"):
            return True
    return False


def _join_page_breaks(
    paragraphs: list[tuple[int, int, bool]], text: str
) -> list[tuple[int, int, bool]]:
    joined: list[tuple[int, int, bool]] = []
    for start, end, heading in paragraphs:
        if joined and not heading and not joined[-1][2]:
            previous = text[joined[-1][0] : joined[-1][1]].rstrip()
            current = text[start:end].lstrip()
            if previous and not previous.endswith(TERMINAL) and current[:1].islower():
                joined[-1] = (joined[-1][0], end, False)
                continue
        joined.append((start, end, heading))
    return joined


def _ends_with_abbreviation(text: str, cut: int) -> bool:
    head = text[max(0, cut - ABBREVIATION_WINDOW) : cut].rstrip()
    token = head.rsplit(None, 1)[-1] if head else ""
    token = token.lstrip("(\"“'")
    folded = fold(token)
    if folded in abbreviations():
        return True
    # An initial ("Mark P. Sullivan") or a lone capital letter before the point.
    return bool(re.fullmatch(r"[A-Z]\.", token))


def split_sentences(text: str, original: str | None = None) -> list[Sentence]:
    original = text if original is None or len(original) != len(text) else original
    sentences: list[Sentence] = []
    paragraphs = _join_page_breaks(_paragraphs(text, original), text)
    for index, (start, end, heading) in enumerate(paragraphs):
        chunk = text[start:end]
        if REFERENCES_HEADING.match(fold(chunk.strip(" *_#\n"))):
            break  # the reference list: titles and years, not claims
        if _is_front_matter(chunk):
            continue
        if heading:
            _add_sentence(sentences, chunk, start, 0, len(chunk), index, heading=True)
            continue
        cursor = 0
        for match in SENTENCE_END.finditer(chunk):
            cut = match.start() + len(match.group(0).rstrip())
            if _ends_with_abbreviation(chunk, match.start() + 1):
                continue
            _add_sentence(sentences, chunk, start, cursor, cut, index)
            cursor = match.end()
        _add_sentence(sentences, chunk, start, cursor, len(chunk), index)
    return sentences


def _add_sentence(
    sentences: list[Sentence],
    chunk: str,
    chunk_start: int,
    begin: int,
    end: int,
    paragraph: int,
    heading: bool = False,
) -> None:
    """chunk[begin:end] as one sentence (stripped), or as pieces of at most
    MAX_SENTENCE_CHARACTERS cut at spaces when it is longer."""
    while begin < end:
        stop = end
        if end - begin > MAX_SENTENCE_CHARACTERS:
            stop = begin + MAX_SENTENCE_CHARACTERS
            space = chunk.rfind(" ", begin + MAX_SENTENCE_CHARACTERS // 2, stop)
            stop = space + 1 if space >= 0 else stop
        piece = chunk[begin:stop]
        stripped = piece.strip()
        if stripped:
            at = chunk_start + begin + len(piece) - len(piece.lstrip())
            sentences.append(Sentence(at, at + len(stripped), stripped, paragraph, heading))
        begin = stop
