"""The number parser: written styles of three languages, and round trips (Hypothesis)."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chinalac.claims.numbers import parse_amount, parse_number


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("1,234.5", "en", 1234.5),
        ("1.234,5", "es", 1234.5),
        ("1 234,5", "pt", 1234.5),
        ("1\u00a0234,5", "es", 1234.5),
        ("1,2", "es", 1.2),
        ("1.234", "es", 1234.0),
        ("1.234", "en", 1.234),
        ("20,000", "en", 20000.0),
        ("20.000", "pt", 20000.0),
        ("0,125", "en", 0.125),
        ("1,234,567", "en", 1234567.0),
        ("449", "en", 449.0),
    ],
)
def test_written_styles(text, lang, value):
    assert parse_number(text, lang).value == pytest.approx(value)


def test_precision_as_written_is_kept():
    assert parse_number("518.47").decimals == 2
    assert parse_number("20,000").trailing_zeros == 4
    assert parse_number("449").trailing_zeros == 0


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("1.2 billion", "en", 1.2e9),
        ("$5bn", "en", None),
        ("1,2 mil millones", "es", 1.2e9),
        ("489 mil millones", "es", 489e9),
        ("3 billones", "es", 3e12),  # a Spanish billón is 10^12
        ("1,2 bilhão", "pt", 1.2e9),
        ("489 bilhões", "pt", 489e9),
        ("2.3 trillion", "en", 2.3e12),
        ("5bn", "en", 5e9),
    ],
)
def test_amounts_with_scale_words(text, lang, value):
    if value is None:
        with pytest.raises(ValueError):
            parse_amount(text, lang)
    else:
        assert parse_amount(text, lang) == pytest.approx(value)


@pytest.mark.parametrize("text", ["", "abc", "1..2", ",5", "12,", "1-2"])
def test_not_numbers_raise_value_error(text):
    with pytest.raises(ValueError):
        parse_number(text)


def _group(digits: str, separator: str) -> str:
    groups = []
    while digits:
        groups.insert(0, digits[-3:])
        digits = digits[:-3]
    return separator.join(groups) or "0"


STYLES = {
    # style: (thousands separator, decimal mark, language that reads it)
    "en": (",", ".", "en"),
    "es": (".", ",", "es"),
    "space": (" ", ",", "pt"),
    "nbsp": ("\u202f", ",", "es"),
}


@settings(max_examples=300, deadline=None)
@given(
    whole=st.integers(min_value=0, max_value=10**12),
    fraction=st.text(alphabet="0123456789", min_size=0, max_size=4),
    style=st.sampled_from(sorted(STYLES)),
)
def test_format_then_parse_gives_the_value(whole, fraction, style):
    separator, mark, lang = STYLES[style]
    text = _group(str(whole), separator) + (mark + fraction if fraction else "")
    expected = float(f"{whole}.{fraction}") if fraction else float(whole)
    # One separator with three digits after it is ambiguous; the reader's language decides,
    # and the formatter's language is the reader's here.
    assert math.isclose(parse_number(text, lang).value, expected, rel_tol=1e-12)


SCALES = {
    "en": [("thousand", 1e3), ("million", 1e6), ("billion", 1e9), ("trillion", 1e12), ("bn", 1e9)],
    "es": [("millones", 1e6), ("mil millones", 1e9), ("billones", 1e12)],
    "pt": [("milhões", 1e6), ("bilhão", 1e9), ("bilhões", 1e9), ("trilhões", 1e12)],
}


@settings(max_examples=300, deadline=None)
@given(
    whole=st.integers(min_value=1, max_value=999),
    tenths=st.integers(min_value=0, max_value=9),
    lang=st.sampled_from(sorted(SCALES)),
    data=st.data(),
)
def test_format_amount_then_parse(whole, tenths, lang, data):
    word, multiplier = data.draw(st.sampled_from(SCALES[lang]))
    mark = "." if lang == "en" else ","
    text = f"{whole}{mark}{tenths} {word}"
    assert math.isclose(parse_amount(text, lang), (whole + tenths / 10) * multiplier, rel_tol=1e-12)
