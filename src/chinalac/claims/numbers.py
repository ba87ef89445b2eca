"""Reading numbers as people write them, in English, Spanish and Portuguese.

    parse_number("1,234.5")           → 1234.5      (comma groups, point decimal)
    parse_number("1.234,5")           → 1234.5      (point groups, comma decimal)
    parse_number("1 234,5")           → 1234.5      (space groups; also NBSP, thin space)
    parse_number("1,2", lang="es")    → 1.2
    parse_number("1.234", lang="es")  → 1234        (one separator and three digits after it:
    parse_number("1.234", lang="en")  → 1.234        the language decides)
    parse_amount("1,2 mil millones", "es") → 1.2e9 ; parse_amount("1.2 billion") → 1.2e9

How a number is rounded as written (decimals, trailing zeros) is kept: the tolerance of a
check depends on it (tolerance.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from chinalac.claims.vocabulary import fold, scales

GROUP_SPACES = " \u00a0\u202f\u2009"
# One number as written: grouped thousands with any one separator, or plain digits, each
# with an optional decimal part. Lookarounds keep it from starting inside a word or number.
# Millions marked with an apostrophe, thousands with a point, as printed in Ecuador and Colombia
# ("483'569.051 dólares", "2.609'115.390 dólares", "US$ 7'371.014"; "7'371,014" in English), or
# every group with an apostrophe ("1'000'000"): whole numbers (round s18a: main read "2.609'115.390 dólares" as
# 115.390 dollars, beside a count "2.609").
APOSTROPHE_GROUPS = r"\d{1,3}(?:[.,]\d{3})*(?:['\u2019]\d{3})+(?:[.,'\u2019]\d{3})*"
# Bolivia's dollar sign written close to the number ("$us7.700 millones", "$US357 millones"):
# the letters of "$us" are no word the number belongs to (round 34b: main read no figure).
NUMBER_SOURCE = (
    r"(?:(?<![\w.,])|(?<=\$us)|(?<=\$US)|(?<=\$Us))(?:" + APOSTROPHE_GROUPS + r""
    r"|\d{1,3}(?:(?:,\d{3})+|(?:\.\d{3})+|(?:[ \u00a0\u202f\u2009]\d{3})+)(?:[.,]\d+)?"
    r"|\d+(?:[.,]\d+)?)(?!\d)"
)
NUMBER = re.compile(NUMBER_SOURCE)


@dataclass(frozen=True)
class ParsedNumber:
    value: float
    decimals: int  # digits written after the decimal mark
    trailing_zeros: int  # zeros at the end of a whole number ("20,000" → 4)
    # "23,156" in Spanish or Portuguese with nothing in the text to tell the comma's use: read
    # as a decimal comma (Spain, Argentina, Brazil), but Peru, Mexico and Central America group
    # thousands with it. The reading may be off by a thousand times, so it never refutes.
    ambiguous: bool = False


def parse_number(
    text: str, lang: str | None = "en", text_decimal_mark: str | None = None
) -> ParsedNumber:
    """Parse one written number (digits and separators only); raises ValueError otherwise.

    `text_decimal_mark`: the decimal mark the whole text writes where it is unambiguous
    (`written_decimal_mark`); it decides a Spanish or Portuguese "23,156": with "." the
    comma groups thousands (23156), with "," or None it is the decimal mark (23.156), the
    latter marked `ambiguous`.
    """
    raw = text.strip()
    for space in GROUP_SPACES:
        raw = raw.replace(space, " ")
    if not raw or not NUMBER.fullmatch(raw):
        raise ValueError(f"not a number: {text!r}")
    if "'" in raw or "\u2019" in raw:
        # "2.609'115.390": every mark groups digits (APOSTROPHE_GROUPS has no decimal part).
        digits = re.sub(r"[.,'\u2019]", "", raw)
        trailing = len(digits) - len(digits.rstrip("0"))
        return ParsedNumber(float(digits), 0, trailing if int(digits) else 0)
    decimal_mark = _decimal_mark(raw, lang)
    ambiguous = False
    if decimal_mark == "," and _comma_before_three(raw) and lang in ("es", "pt"):
        if text_decimal_mark == ".":
            decimal_mark = None  # the text writes "10.1%": its commas group thousands
        else:
            ambiguous = text_decimal_mark is None
    if decimal_mark:
        whole, _, fraction = raw.rpartition(decimal_mark)
    else:
        whole, fraction = raw, ""
    whole_digits = re.sub(r"[., ]", "", whole)
    if not whole_digits.isdigit() or (fraction and not fraction.isdigit()):
        raise ValueError(f"not a number: {text!r}")
    value = float(f"{whole_digits}.{fraction}") if fraction else float(whole_digits)
    trailing = 0 if fraction else len(whole_digits) - len(whole_digits.rstrip("0"))
    if value == 0:
        trailing = 0
    return ParsedNumber(value, len(fraction), trailing, ambiguous)


def _comma_before_three(raw: str) -> bool:
    """One comma, no point, three digits after it and a whole part other than 0 ("23,156")."""
    return (
        raw.count(",") == 1
        and "." not in raw
        and " " not in raw
        and len(raw.rsplit(",", 1)[1]) == 3
        and raw.rsplit(",", 1)[0] != "0"
    )


# A number that is part of a dotted date or a clock time ("15.05.2024", "10.30 h", "10:30"):
# its point says nothing about decimals.
NOT_DECIMAL_AROUND = re.compile(r"[.,:]\d")


def written_decimal_mark(text: str) -> str | None:
    """The decimal mark a text uses where its numbers leave no doubt, else None.

    A number with one point or comma followed by one, two or four and more digits ("10.1%",
    "82,0%"), or with both marks ("1,234.5": the last is the decimal), shows its text's
    decimal mark. None when the text shows both marks, or neither.

    >>> written_decimal_mark("subieron un 10.1%, hasta 23,156 millones de USD")
    '.'
    >>> written_decimal_mark("somaram US$ 102,618 bilhões, alta de 3,5%")
    ','
    >>> written_decimal_mark("con ventas de 2,549 millones de dólares") is None
    True
    """
    marks = set()
    for match in NUMBER.finditer(text):
        raw = match.group(0)
        if any(space in raw for space in GROUP_SPACES):
            continue
        if NOT_DECIMAL_AROUND.match(text, match.end()) or text[: match.start()].endswith(":"):
            continue
        tail = re.search(r"([.,])(\d+)$", raw)
        if not tail:
            continue
        mark, digits = tail.group(1), tail.group(2)
        both = "," in raw and "." in raw
        if both or (raw.count(mark) == 1 and len(digits) != 3):
            marks.add(mark)
    return marks.pop() if len(marks) == 1 else None


def _decimal_mark(raw: str, lang: str | None) -> str | None:
    has_comma, has_point = "," in raw, "." in raw
    if " " in raw:
        # Spaces group thousands; a final comma or point is the decimal mark.
        tail = re.search(r"[.,](\d+)$", raw)
        return tail.group(0)[0] if tail else None
    if has_comma and has_point:
        return "," if raw.rfind(",") > raw.rfind(".") else "."
    mark = "," if has_comma else "." if has_point else None
    if mark is None:
        return None
    if raw.count(mark) > 1:
        return None  # repeated: a group separator
    after = raw.rsplit(mark, 1)[1]
    before = raw.rsplit(mark, 1)[0]
    if len(after) != 3 or before == "0":
        return mark
    # One separator followed by exactly three digits: English groups with commas, Spanish
    # and Portuguese with points.
    if lang in ("es", "pt"):
        return "," if mark == "," else None
    return "." if mark == "." else None


def scale_at(folded_text: str, position: int, lang: str | None = None) -> tuple[float, int]:
    """The scale word starting at `position` (after optional spaces): (multiplier, end).

    Returns (1.0, position) when there is none. Scale words of every language are tried,
    because numbers are often quoted across languages: the longest first ("mil milhões" is a
    billion even in a sentence read as Spanish, whose "mil" is a thousand), then the sentence's
    language.
    """
    match = re.match(r"[ \u00a0\u202f\u2009]*", folded_text[position:])
    start = position + (match.end() if match else 0)
    # "the US$353-million three-year programme", "a $2.2-billion loan": a scale word joined to
    # the number by a hyphen, as an adjective (round s19a: main read a count of 353 "three").
    hyphen = folded_text.startswith("-", position)
    if hyphen:
        start = position + 1
    ordered = sorted(scales(), key=lambda item: (-len(item[1]), item[0] != lang))
    for item_lang, phrase, multiplier in ordered:
        if folded_text.startswith(phrase, start):
            end = start + len(phrase)
            if end < len(folded_text) and (folded_text[end].isalnum()):
                continue
            if hyphen and len(phrase) < 4:
                continue  # "5-mil", "3-m": only whole scale words after a hyphen
            # Single letters ("m", "b", "k") count only glued to the number: "$5m", "5k".
            if len(phrase) == 1 and start != position:
                continue
            # A Spanish "billón" is 10^12; English "billion" folds to a different word.
            if (
                item_lang != lang
                and phrase in {"mil", "bi", "mi", "tri"}
                and lang not in ("es", "pt")
            ):
                continue
            return multiplier, end
    return 1.0, position


def parse_amount(text: str, lang: str | None = "en") -> float:
    """A number with an optional scale word: "1.2 billion", "1,2 mil millones", "3 bilhões"."""
    folded = fold(text.strip())
    match = NUMBER.match(folded)
    if not match:
        raise ValueError(f"not an amount: {text!r}")
    number = parse_number(match.group(0), lang)
    multiplier, end = scale_at(folded, match.end(), lang)
    if folded[end:].strip():
        raise ValueError(f"unexpected text after the amount: {text!r}")
    return number.value * multiplier
