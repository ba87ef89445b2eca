"""Rule `ties-count` beside a curated count: which stored count shows the ties table short.

Written against the survivors of `_stored_count_above` and `TiesCount.check` (docs/mutation.md,
ninth run). The round-11c test asserted the stored count only when the rule spoke; these
assert it always, and pin its date and size: a stored count of the claim's month or before,
larger than the table's, shows the table incomplete; a later one, or an equal one, does not.
The package's own data: the ties table counts 16 Belt and Road states by April 2019, 20 by
October 2022 and 21 by 2024; the curated fact `bri_members_count_lac_2022` counts 21 as of
2022-10.
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check

BEHIND = "; a stored fact counts 21 as of 2022-10: the table misses states"


def ties_count(text: str, kb):
    [finding] = [f for r in check(text, kb) for f in r.findings if f.rule_id == "ties-count"]
    return finding


@pytest.mark.parametrize(
    "text",
    [
        "By October 2022, 20 Latin American and Caribbean countries had signed up to the Belt"
        " and Road Initiative.",
        "Hasta octubre de 2022, 20 países de América Latina y el Caribe se habían sumado a la"
        " Franja y la Ruta.",
        "Até outubro de 2022, 20 países da América Latina e do Caribe tinham aderido à"
        " Iniciativa Cinturão e Rota.",
    ],
)
def test_a_larger_stored_count_of_the_claims_own_month_shows_the_table_short(kb, text):
    finding = ties_count(text, kb)
    assert finding.verdict is Verdict.UNVERIFIABLE
    assert finding.reason == (
        "the ties table (a partial compilation) shows 20 states with bri_mou by 2022-10" + BEHIND
    )


@pytest.mark.parametrize(
    "text",
    [
        "By April 2019, 19 Latin American and Caribbean countries had signed up to the Belt"
        " and Road Initiative.",
        "Hasta abril de 2019, 19 países de América Latina y el Caribe se habían sumado a la"
        " Franja y la Ruta.",
    ],
)
def test_a_stored_count_of_a_later_date_says_nothing_of_an_earlier_claim(kb, text):
    finding = ties_count(text, kb)
    assert finding.reason == (
        "the ties table (a partial compilation) shows 16 states with bri_mou by 2019-04"
    )


@pytest.mark.parametrize(
    "text",
    [
        "By 2024, 21 Latin American and Caribbean countries had signed up to the Belt and Road"
        " Initiative.",
        "Até 2024, 21 países da América Latina e do Caribe tinham aderido à Iniciativa"
        " Cinturão e Rota.",
    ],
)
def test_a_stored_count_equal_to_the_tables_leaves_its_count_standing(kb, text):
    finding = ties_count(text, kb)
    assert finding.verdict is Verdict.SUPPORTED
    assert finding.reason == "the ties table shows 21 states with bri_mou by 2024"
