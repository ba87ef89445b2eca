"""General readings found on the fresh dev texts 287-290 of the unseen set (branch
issue-15-r28-s20b, round 28b: Argentina, Ecuador, El Salvador and Uruguay), each with real-shaped
sentences (our own) in English, Spanish and Portuguese, checked against the package's knowledge
base.

* "entre" (between), "entrevista" (interview) are no event verb of a tie: "Uruguay y China, en
  2019, discutieron un tratado de libre comercio entre ellos" was refuted by the FTA's status of
  2019 (a feasibility study), as if the text had dated a signature (a false "contradicted"; text
  289's "abrieron las negociaciones de un Tratado de Libre Comercio entre los dos países" took the
  same path and was saved only by its entity's doubt).
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from tests.claims.conftest import one

# --- "entre" is no event verb -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Uruguay y China, en 2019, discutieron un tratado de libre comercio entre ellos.",
        "Uruguai e China, em 2019, discutiram um tratado de livre comércio entre eles.",
        "En 2019 se debatió un tratado de libre comercio entre Uruguay y China.",
        "En una entrevista en 2019, el canciller de Uruguay habló del tratado de libre comercio"
        " con China.",
        "Em uma entrevista em 2019, o chanceler do Uruguai falou do tratado de livre comércio com"
        " a China.",
    ],
)
def test_between_and_interview_date_no_tie_event(kb, text):
    result = one(check(text, kb), "2019")
    assert result.verdict is not Verdict.CONTRADICTED, result.reason


# Guards (pass on main too): English has no such word; an entry into force is still dated.
def test_english_discussion_of_a_treaty_is_not_refuted(kb):
    text = "Uruguay and China, in 2019, discussed a free trade agreement between them."
    result = one(check(text, kb), "2019")
    assert result.verdict is not Verdict.CONTRADICTED, result.reason


@pytest.mark.parametrize(
    "text",
    [
        "El tratado de libre comercio entre Chile y China entró en vigor en 2007.",
        "O tratado de livre comércio entre Chile e China entrou em vigor em 2007.",
        "The free trade agreement between Chile and China entered into force in 2007.",
    ],
)
def test_a_wrong_entry_into_force_is_still_refuted(kb, text):
    result = one(check(text, kb), "2007")
    assert result.verdict is Verdict.CONTRADICTED, result.reason


@pytest.mark.parametrize(
    "text",
    [
        "El tratado de libre comercio entre Chile y China entró en vigor en 2006.",
        "O tratado de livre comércio entre Chile e China entrou em vigor em 2006.",
    ],
)
def test_a_right_entry_into_force_is_still_borne_out(kb, text):
    result = one(check(text, kb), "2006")
    assert result.verdict is Verdict.SUPPORTED, result.reason
