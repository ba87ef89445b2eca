"""share-of-whole: which amount of the sentence is the whole, in each way the rule reads one
(rules/share_of_whole.py; its first tests are in test_fresh_readings_s14a.py).

The eleventh mutation run (docs/mutation.md) left six mutants of `_is_whole` alive: "of which /
de los cuales / dos quais" was never tried against a share that does not fit; a sentence that
opens with its whole ("De un total de …", "De $us 8.288 millones en importaciones, …") was never
tried; nor a flow word after an amount with no "de/of" before it, which marks no whole.
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
    assert result.verdict is Verdict.INCONSISTENT  # 1,811 / 10,486 = 17.3 %
    assert "= 17.3 %, not 22%" in result.reason


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
