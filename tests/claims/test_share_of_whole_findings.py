"""share-of-whole: which amount of the sentence is the whole, in each way the rule reads one
(rules/share_of_whole.py; its first tests are in test_fresh_readings_s14a.py).

The eleventh mutation run (docs/mutation.md) left mutants of `_is_whole`, `_exact` and
`ShareOfWhole.check` alive: "of which / de los cuales / dos quais" was never tried against a
share that does not fit; nor a sentence that opens with its whole ("De un total de …", "De $us
8.288 millones en importaciones, …"); nor a flow word after an amount with no "de/of" before it,
which marks no whole; nor a sentence the rule passes over before the one it judges; nor a "part"
larger than its whole, two currencies, a bound or a range.
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from tests.claims.conftest import one


@pytest.mark.parametrize(
    "text",
    [
        "Bolivia published its figures. In 2014 its purchases came to US$10,486 million, of"
        " which US$1,811 million (22%) came from China.",
        "Bolivia publicó sus cifras. En 2014 sus compras sumaron $us 10.486 millones, de los"
        " cuales $us 1.811 millones (22%) llegaron desde China.",
        "A Bolívia publicou seus números. Em 2014 suas compras somaram US$ 10,486 bilhões, dos"
        " quais US$ 1,811 bilhão (22%) vieram da China.",
    ],
)
def test_a_share_off_the_whole_named_by_of_which_is_inconsistent(kb, text):
    result = one(check(text, kb), "22%")
    assert result.verdict is Verdict.INCONSISTENT  # 1,811 / 10,486 = 17.27 %
    assert "= 17.3 %, not 22%" in result.reason
    assert [e.value for e in result.evidence if e.record_id.endswith(":share")] == [17.3]


@pytest.mark.parametrize(
    "text",
    [
        "Bolivia published its figures. Out of a total of US$8,288 million, purchases from China"
        " came to US$2,027 million (22%).",
        "Bolivia publicó sus cifras. De un total de $us 8.288 millones, las compras a China"
        " sumaron $us 2.027 millones (22%).",
        "Bolivia publicó sus cifras. De $us 8.288 millones en importaciones, las compras a China"
        " sumaron $us 2.027 millones (22%).",
        "A Bolívia publicou seus números. De um total de US$ 8,288 bilhões, as compras da China"
        " somaram US$ 2,027 bilhões (22%).",
    ],
)
def test_a_sentence_that_opens_with_its_whole_is_read(kb, text):
    result = one(check(text, kb), "22%")
    assert result.verdict is Verdict.INCONSISTENT  # 2,027 / 8,288 = 24.5 %
    assert "= 24.5 %, not 22%" in result.reason


@pytest.mark.parametrize(
    "text",
    [
        "Bolivia published its figures. In 2017 it bought US$8,288 million in imports, and its"
        " purchases from China came to US$2,027 million (22%).",
        "Bolivia publicó sus cifras. En 2017 compró $us 8.288 millones en importaciones, y las"
        " compras a China sumaron $us 2.027 millones (22%).",
        "A Bolívia publicou seus números. Em 2017 comprou US$ 8,288 bilhões em importações, e as"
        " compras da China somaram US$ 2,027 bilhões (22%).",
    ],
)
def test_a_flow_word_after_an_amount_alone_marks_no_whole(kb, text):
    # Without "de/of" opening the clause, "US$8,288 million in imports" is a figure of its own,
    # not the whole of the next one: the share is left to the other rules.
    assert one(check(text, kb), "22%").verdict is not Verdict.INCONSISTENT


@pytest.mark.parametrize(
    "before",
    [
        "Bolivia's output reached US$40,000 million in 2017.",  # one amount
        "Bolivia sold US$9,000 million and bought US$8,500 million abroad.",  # two, no whole
        # A whole and a "part" larger than it: passed over, not the end of the text.
        "Out of a total of US$2,000 million, purchases came to US$3,000 million (150%).",
    ],
)
def test_a_sentence_the_rule_passes_over_does_not_end_the_text(kb, before):
    text = (
        f"{before} Out of a total of US$8,288 million, purchases from China came to US$2,027"
        " million (22%)."
    )
    assert one(check(text, kb), "22%").verdict is Verdict.INCONSISTENT


@pytest.mark.parametrize(
    "text",
    [
        # The "part" is larger than the whole: these are not a part and its whole.
        "Bolivia published its figures. Out of a total of US$2,027 million, purchases from China"
        " came to US$8,288 million (22%).",
        # Two currencies: no share to compute.
        "Bolivia published its figures. Out of a total of US$8,288 million, purchases from China"
        " came to €2,027 million (22%).",
        # A bound or a range has no one amount to divide.
        "Bolivia published its figures. Out of a total of US$8,288 million, purchases from China"
        " came to more than US$2,027 million (22%).",
        "Bolivia publicó sus cifras. De un total de $us 8.288 millones, las compras a China"
        " sumaron entre $us 2.000 y $us 2.100 millones (22%).",
    ],
)
def test_a_share_of_amounts_that_are_no_part_and_whole_is_left_alone(kb, text):
    assert one(check(text, kb), "22%").verdict is not Verdict.INCONSISTENT


def shares(part: str, share: str, kb, before: str = "", whole: str = "US$1,000 million"):
    text = (
        f"Bolivia published its figures. {before}{'o' if before.endswith(', and ') else 'O'}ut of"
        f" a total of {whole}, purchases from China"
        f" came to {part} ({share})."
    )
    return [
        (f.verdict, f.reason, f.evidence)
        for r in check(text, kb)
        for f in r.findings
        if f.rule_id == "share-of-whole"
    ]


def test_the_finding_shows_the_share_the_amounts_give(kb):
    ((verdict, reason, evidence),) = shares("US$50 million", "1%", kb)
    assert verdict is Verdict.INCONSISTENT
    assert reason == "the text's own parts give US$50 million / US$1,000 million = 5.0 %, not 1%"
    (row,) = evidence
    assert (row.kind, row.relation, row.value, row.unit, row.source_id) == (
        "text", "differs", 5.0, "percent", None,
    )  # fmt: skip
    assert row.record_id.endswith(":share")


@pytest.mark.parametrize("part", ["US$210 million", "US$230 million"])
def test_a_share_at_the_edge_of_its_rounding_and_slack_fits(kb, part):
    # "22%" is 21.5–22.5 as written, widened by half a point: 21.0 and 23.0 % both fit.
    assert shares(part, "22%", kb) == []


@pytest.mark.parametrize(
    ("part", "share"),
    [
        ("US$50 million", "0%"),  # no share of nothing
        ("US$50 million", "20–21%"),  # a range
        ("US$50 million", "22% of imports"),  # the bracket goes on: more than a share
        ("US$1,000 million", "22%"),  # the "part" is the whole
    ],
)
def test_what_is_no_exact_share_of_a_smaller_part_is_left_alone(kb, part, share):
    assert shares(part, share, kb) == []


def test_a_percentage_before_the_bracketed_share_is_passed_over(kb):
    found = shares("US$230 million", "15%", kb, before="In 2017 imports rose 5%. ")
    assert [verdict for verdict, _, _ in found] == [Verdict.INCONSISTENT]
    found = shares("US$230 million", "15%", kb, before="In 2017 imports rose 5%, and ")
    assert [verdict for verdict, _, _ in found] == [Verdict.INCONSISTENT]
