"""Tests for the `claims_rules` mutants of the thirty-fourth run (issue 17): a seeded sample of the
mutants on the lines added to `claims/rules/` from 0d39beb5 to 442f377d (stop 54); classified in
docs/mutation-claims-rules-survivors-s55.md. Real-shaped sentences (our own) against the
package's knowledge base.
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict
from tests.claims.conftest import checked

# --- ties_date.TiesDate.check: an upgrade beside a partnership named is the partnership's -------
# "In 2010 China and Chile upgraded their relations; their comprehensive strategic partnership
# dates from 2016": the sentence names the partnership, so 2010 is judged as the partnership's
# date and refuted by the table (Chile's comprehensive cooperative partnership of 2004 held in
# 2010, ties:70; no upgrade that year). The upgrade reading (relations upgraded, no level named:
# borne out, never refuted) is for a sentence that names no partnership.
# `check__mutmut_135` (`"partnership" not in tie_types` -> `"PARTNERSHIP" not in tie_types`,
# always true) took the upgrade reading here too and left 2010 unverifiable. Every test of the
# upgrade named no partnership.
UPGRADE_BESIDE_A_PARTNERSHIP = [
    "In 2010 China and Chile upgraded their relations; their comprehensive strategic partnership"
    " dates from 2016.",
    "En 2010 China y Chile elevaron sus relaciones; su asociación estratégica integral data de"
    " 2016.",
    "Em 2010 a China e o Chile elevaram as relações; a parceria estratégica integral data de 2016.",
]


@pytest.mark.parametrize("text", UPGRADE_BESIDE_A_PARTNERSHIP)
def test_an_upgrade_beside_a_partnership_named_is_judged_as_the_partnership(text):
    result = checked(text, "2010", date="2024-05-10")
    assert result.verdict is Verdict.CONTRADICTED, result.reason
    assert "CHL partnership" in result.reason
    assert "[ties:70]" in result.reason


# --- store_facts._project_named: a project's generic words name no project ---------------------
# "Peru inaugurated a new port in Callao in 2019": a port, not the port of Chancay, so Chancay's
# inauguration of 2024-11-14 (inauguration_year_chancay_port) is no fact of the claim; left
# unverifiable. `_project_named__mutmut_9` (`if w and w not in PROJECT_GENERIC` -> `if w or …`)
# kept "port" among the words that name the project and refuted 2019 by 2024, a false
# "contradicted". Round r58a's tests named no port (an office, a hospital, a summit), or named
# Chancay.
@pytest.mark.parametrize(
    "text",
    [
        "Peru inaugurated a new port in Callao in 2019.",
        "Peru's president opened the expanded port of Paita in 2019.",
    ],
)
def test_a_port_that_is_not_chancays_is_not_dated_by_chancay(text):
    result = checked(text, "2019", date="2019-05-10")
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason
    assert "chancay" not in result.reason.lower()
