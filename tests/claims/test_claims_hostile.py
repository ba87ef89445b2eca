"""Random and hostile input: the checker returns results or raises ClaimsInputError, never else."""

from __future__ import annotations

import contextlib
import importlib

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from chinalac.claims import ClaimsInputError, check, results_to_json

PIECES = st.sampled_from(
    [
        "US$", "$", "€", "%", " billion", " mil millones", " bilhões", " yuan", " in 2021", " from ", " to ",
        "(", ")", "<p>", "</p>", "<script>", "</script>", "<style>", "&#36;", "&amp;", "&#99999999;", "&bogus;",
        "\\$", "**", "#", "\n\n", ". ", ", ", " and ", "first", "second-largest", "eight countries (",
        "Taiwan", "China", "Brasil", "LAC", "1,234.5", "1.234,5", "1 234,5", "9" * 400, "0", "twelve", "doce",
        "\u202e", "\ufeff", "\u00a0", "é", "ß", "İ", "𝟘", "\ud800", "—", "–", "…",
    ]
)  # fmt: skip
PROSE = st.lists(st.one_of(PIECES, st.text(max_size=12)), max_size=40).map("".join)


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.one_of(st.text(max_size=400), PROSE))
def test_random_text_gives_results_or_the_documented_error(text):
    try:
        results = check(text)
    except ClaimsInputError:
        return
    results_to_json(results)  # and the results serialise
    for result in results:
        assert 0 <= result.claim.start <= result.claim.end <= len(text.replace("\ud800", "\ufffd"))


@settings(max_examples=100, deadline=None)
@given(data=st.binary(max_size=300))
def test_random_bytes_give_results_or_the_documented_error(data):
    with contextlib.suppress(ClaimsInputError):
        check(data)


@pytest.mark.parametrize(
    "text",
    [
        "<" * 5000,
        "<div>" * 3000 + "US$5 billion in 2021",
        "<script>" + "1 " * 3000,
        "&#" + "9" * 50 + ";",
        "(" * 2000 + "Wang, 2017: 64" + ")" * 2000,
        "1" * 20000,
        "1." * 5000,
        "$" * 10000 + "5",
        "first " * 3000,
        "from 2021 to 2021 " * 500,
        "eight countries (" + "Brazil, " * 2000 + ")",
        "\n\n".join(["# 1.1 Heading"] * 1000),
        # found by hypothesis in CI: a count, then a long run of word characters, once made the
        # list-count rule's lead-in pattern backtrack through every split of the run
        "á¹M\n\n¹\n\né" + "9" * 400,
        "Eight " + "9" * 2000 + " countries: A, B.",
    ],
)
def test_hostile_inputs(text):
    with contextlib.suppress(ClaimsInputError):
        check(text)


def test_a_data_dump_is_refused_as_not_prose(monkeypatch):
    extract_module = importlib.import_module("chinalac.claims.extract")

    assert extract_module.MAX_CLAIMS == 5000  # the documented limit
    monkeypatch.setattr(extract_module, "MAX_CLAIMS", 50)
    assert len(check(" ".join(f"{i} projects." for i in range(50)))) == 50
    with pytest.raises(ClaimsInputError, match="not prose"):
        check(" ".join(f"{i} projects." for i in range(51)))
