"""Input handling: size limit, binary, broken encodings, HTML (scripts dropped, offsets kept)."""

from __future__ import annotations

import warnings

import pytest

from chinalac.claims import MAX_INPUT_BYTES, ClaimsInputError, ClaimsInputWarning, check, extract
from chinalac.claims.input_text import prepare

SENTENCE = "Trade between China and Latin America reached US$489 billion in 2023."


def test_input_above_the_limit_is_refused_as_text_and_as_bytes():
    big = "a" * (MAX_INPUT_BYTES + 1)
    with pytest.raises(ClaimsInputError, match="2 MB"):
        check(big)
    with pytest.raises(ClaimsInputError, match="2 MB"):
        check(big.encode())


def test_input_at_the_limit_is_read():
    text = SENTENCE + " " * (MAX_INPUT_BYTES - len(SENTENCE))
    assert len(text.encode()) == MAX_INPUT_BYTES
    assert prepare(text).text.startswith("Trade")


@pytest.mark.parametrize("data", [b"PK\x03\x04\x00\x00binary", "text with a \x00 NUL"])
def test_binary_input_is_refused(data):
    with pytest.raises(ClaimsInputError, match="binary"):
        check(data)


def test_broken_utf8_is_replaced_with_a_warning():
    data = SENTENCE.encode() + b" caf\xe9 \xff"
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        results = check(data)
    assert [str(r.verdict) for r in results] == ["supported"]
    assert any(
        issubclass(w.category, ClaimsInputWarning) and "byte 73" in str(w.message) for w in caught
    )


def test_broken_utf8_can_be_refused():
    with pytest.raises(ClaimsInputError, match="not valid UTF-8"):
        prepare(b"US$489 \xff billion", strict_encoding=True)


def test_utf8_bom_is_dropped():
    assert extract(b"\xef\xbb\xbf" + SENTENCE.encode())[0].text == "US$489 billion"


def test_html_scripts_and_styles_are_not_read_and_offsets_point_into_the_html():
    html = (
        "<html><head><style>p { width: 999px }</style><script>var x = 'US$777 billion in 2023';</script></head>"
        "<body><p>Trade between China and <b>Latin America</b> reached US&#36;489&nbsp;billion in 2023.</p>"
        "<script>alert(12345)</script></body></html>"
    )
    claims = extract(html)
    assert [c.value for c in claims] == [489.0]
    claim = claims[0]
    assert html[claim.start : claim.end] == "US&#36;489&nbsp;billion"
    assert claim.metric == "trade_total" and claim.entity == "LAC"


def test_html_block_elements_end_sentences():
    claims = extract("<p>Peru reached 25 projects</p><p>Brazil reached 64 projects in 2021</p>")
    assert [c.entity for c in claims] == ["PER", "BRA"]


def test_markdown_escaped_dollar_is_money_and_offsets_are_unchanged():
    text = "Trade rose from almost \\$18 billion in 2002 to nearly \\$449 billion in 2021."
    claims = extract(text)
    assert [c.text for c in claims] == ["almost \\$18 billion", "nearly \\$449 billion"]
    assert all(text[c.start : c.end] == c.text for c in claims)


def test_urls_emails_and_dois_carry_no_claims():
    text = "See https://example.org/2021/449-billion, doi:10.55704/ias.v5i1.09 or write to a2023@x.org."
    assert extract(text) == []
