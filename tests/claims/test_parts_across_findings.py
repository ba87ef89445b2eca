"""parts-total across neighbouring paragraphs (`PartsTotal._across`, round 14c of issue 15):
which figures may be added up, and how far apart they may stand.

The eleventh mutation run (docs/mutation.md) left alive all eight mutants of `_sure` (since
round 15c `_sure_together`) that drop one of its four fields, those of its exemption for a flow
read from the state's side, and two of `_neighbours`: the tests only ever borrowed the state and
the year together, never tried parts one paragraph too far, and always put the first part in
the text's first paragraph.
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from tests.claims.conftest import one, tiny_knowledge

PARTS = (
    "Lima, March 2, 2024 — Peru's exports to China reached US$23.1 billion in 2023, and Peru's"
    " imports from China came to US$13.2 billion in 2023."
)
SURE_TOTAL = "Peru's trade with China totalled US$38.6 billion in 2023."  # 23.1 + 13.2 = 36.3


def total_of(text: str, knowledge=None):
    (result,) = [r for r in check(text, db=knowledge or tiny_knowledge()) if "38.6" in r.claim.text]
    return result


def test_a_sure_total_in_the_next_paragraph_is_held_to_its_parts():
    result = total_of(f"{PARTS}\n\n{SURE_TOTAL}")
    assert (result.verdict, result.rule_id) == (Verdict.INCONSISTENT, "parts-total")


@pytest.mark.parametrize(
    ("total", "borrowed"),
    [
        ("In 2023, trade with China totalled US$38.6 billion.", "entity"),  # Peru from above
        ("Peru's trade with China totalled US$38.6 billion.", "period"),  # 2023 from above
        ("Peru's trade with China totalled 38.6 billion in 2023.", "value"),  # no currency
        ("Peru's trade with China is expected to total US$38.6 billion in 2023.", "value"),
    ],
)
def test_a_total_with_one_field_borrowed_or_doubtful_is_not_added_up(total, borrowed):
    result = total_of(f"{PARTS}\n\n{total}")
    assert result.claim.confidence[borrowed]["level"] == "low"
    assert [f["level"] for k, f in result.claim.confidence.items() if k != borrowed] == ["high"] * 3
    assert result.verdict is not Verdict.INCONSISTENT


def test_a_part_whose_direction_is_a_guess_is_not_added_up(kb):
    # "Chinese imports into Peru": Peru's imports of Chinese goods (read so since round 15b), or
    # China's imports? The reading is a guess (low confidence), so the sum is not checked.
    text = (
        "Lima, March 2, 2024 — Peru's exports to China came to US$23.1 billion in 2023, and"
        " Peru's trade with China totalled US$38.6 billion in 2023.\n\n"
        "In 2023, Chinese imports into Peru came to US$13.2 billion."
    )
    guessed = one(check(text, kb), "US$13.2 billion").claim
    assert (guessed.metric, guessed.confidence["metric"]["level"]) == ("trade_china_exports", "low")
    assert "parts-total" not in [f.rule_id for f in total_of(text, kb).findings]
    sure = text.replace("Chinese imports into Peru", "Peru's imports from China")
    assert "parts-total" in [
        f.rule_id for f in total_of(sure, kb).findings
    ]  # the same, read surely


def test_parts_two_paragraphs_away_are_not_added_up():
    text = f"{PARTS}\n\nThe figures were released on Friday.\n\n{SURE_TOTAL}"
    assert total_of(text).verdict is not Verdict.INCONSISTENT


def test_neighbouring_paragraphs_further_down_the_text_are_read_too():
    text = (
        "# Peru and China\n\nLima, March 2, 2024 — The customs office released its yearly"
        f" report.\n\n{PARTS.split(' — ', 1)[1]}\n\n{SURE_TOTAL}"
    )
    result = total_of(text)
    assert (result.verdict, result.rule_id) == (Verdict.INCONSISTENT, "parts-total")


@pytest.mark.parametrize(
    ("text", "imports", "total"),
    [
        (
            "Santo Domingo, March 2024 — In 2023, the Dominican Republic's exports to China came"
            " to US$1,000 million in 2023, while imports reached US$4,000 million in 2023.\n\n"
            "The Dominican Republic's trade with China totalled US$5,500 million in 2023.",
            "US$4,000 million",
            "US$5,500 million",
        ),
        (
            "Santo Domingo, marzo de 2024 — En 2023, las exportaciones de República Dominicana a"
            " China sumaron US$ 1.000 millones en 2023 y las importaciones alcanzaron US$ 4.000"
            " millones en 2023.\n\nEl comercio de República Dominicana con China totalizó US$"
            " 5.500 millones en 2023.",
            "US$ 4.000 millones",
            "US$ 5.500 millones",
        ),
        (
            "Santo Domingo, março de 2024 — Em 2023, as exportações da República Dominicana para"
            " a China somaram US$ 1,0 bilhão em 2023, e as importações chegaram a US$ 4,0 bilhões"
            " em 2023.\n\nO comércio da República Dominicana com a China totalizou US$ 5,5"
            " bilhões em 2023.",
            "US$ 4,0 bilhões",
            "US$ 5,5 bilhões",
        ),
    ],
)
def test_a_bare_flow_read_from_the_states_side_is_still_added_up(kb, text, imports, total):
    # "imports" with no partner, beside the state's exports to China: whose imports is read
    # from the state's side at low confidence, but exports and imports add up the same from
    # either side, so the sum is checked (1,000 + 4,000 = 5,000, not 5,500).
    why = one(check(text, kb), imports).claim.confidence["metric"]["why"]
    assert why.endswith("read from DOM's side")
    result = one(check(text, kb), total)
    assert (result.verdict, result.rule_id) == (Verdict.INCONSISTENT, "parts-total")


def test_a_period_taken_up_by_its_words_leaves_the_other_fields_to_be_sure():
    # "In the same period" lends the total its parts' year (round 15c), but a total with no
    # currency written is still not added up: the exception is for the period alone.
    same_period = "In the same period, Peru's trade with China totalled US$38.6 billion."
    result = total_of(f"{PARTS}\n\n{same_period}")
    assert (result.verdict, result.rule_id) == (Verdict.INCONSISTENT, "parts-total")
    no_currency = same_period.replace("US$38.6 billion", "38.6 billion")
    assert total_of(f"{PARTS}\n\n{no_currency}").verdict is not Verdict.INCONSISTENT


@pytest.mark.parametrize(
    "total",
    [
        "Peru's trade with China totalled more than US$38.6 billion in 2023.",
        "Peru's trade with China totalled between US$38.6 billion and US$39 billion in 2023.",
    ],
)
def test_a_bound_or_a_range_is_no_total_to_add_up_to(total):
    # As in one paragraph: a bound or a range has no one amount the parts must give.
    assert total_of(f"{PARTS}\n\n{total}").rule_id != "parts-total"
