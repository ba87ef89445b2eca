"""General readings found on the fresh dev texts 280-282 of the unseen set (branch
issue-15-r27-s20c, round 27c: the 2025 China–CELAC pledges, ECLAC's count of the region's trade
and Jamaica's Belt and Road memorandum), each with real-shaped sentences (our own) in English,
Spanish and Portuguese, checked against the package's knowledge base.

* "one of the five programs" in a sentence about visa-free entry counts programmes, not the
  states China lets in without a visa: main read the count by the sentence's "visa-free" and bore
  it out by the stored pledge of visa-free entry for five states (a false "supported"). A count
  read by a metric that counts states from a word of its sentence, not from its own noun, must
  count states (a state word within a few words of the number); "a five-program plan" counts
  programmes too.
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from tests.claims.conftest import one

LEAD = {
    "en": "May 14, 2025 — Beijing\n\n",
    "es": "14 de mayo de 2025 — Pekín\n\n",
    "pt": "14 de maio de 2025 — Pequim\n\n",
}

# --- a count of programmes beside a count of states -----------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        (
            "en",
            "China will let citizens of five Latin American countries enter without a visa. The"
            " visa-free policy belongs to the People-to-People Connectivity Program, one of the"
            " five programs Xi announced.",
            "five programs",
        ),
        (
            "en",
            "Visa-free entry is part of a five-program plan that Xi announced for the region.",
            "five",
        ),
        (
            "es",
            "China eximirá de visado a los ciudadanos de cinco países latinoamericanos. La exención"
            " de visado forma parte del programa de conectividad entre los pueblos, uno de los"
            " cinco programas anunciados por Xi.",
            "cinco programas",
        ),
        (
            "pt",
            "A China vai isentar de visto os cidadãos de cinco países latino-americanos. A isenção"
            " de visto faz parte do programa de conectividade entre os povos, um dos cinco"
            " programas anunciados por Xi.",
            "cinco programas",
        ),
    ],
)
def test_a_count_of_programmes_is_no_count_of_visa_free_states(lang, text, figure):
    results = check(LEAD[lang] + text)
    found = [r for r in results if r.claim.text.strip().startswith(figure)]
    assert found, [r.claim.text for r in results]
    for result in found:
        assert result.claim.metric != "visa_free_countries_count", result.reason
        if result.verdict is Verdict.SUPPORTED:
            # Since stop 36 the five programs themselves are borne out by the frameworks
            # table (rule framework-count); never by the pledge of visa-free entry.
            assert result.reason == "the frameworks table lists 5 programs, announced 2025-05"


# Guards: a count of states in the same sentences is still read and borne out.
@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        (
            "en",
            "China will let citizens of 5 Latin American and Caribbean countries travel without a"
            " visa, Xi said at the forum.",
            "5 Latin American",
        ),
        (
            "en",
            "China will let citizens of five countries of the region enter visa-free from June.",
            "five countries",
        ),
        (
            "es",
            "Los ciudadanos de cinco países de la región podrán entrar en China sin visado a partir"
            " de junio.",
            "cinco países",
        ),
        (
            "pt",
            "A China vai isentar de visto os cidadãos de cinco países da região a partir de junho.",
            "cinco países",
        ),
    ],
)
def test_a_count_of_visa_free_states_is_still_borne_out(lang, text, figure):
    result = one(check(LEAD[lang] + text), figure)
    assert result.claim.metric == "visa_free_countries_count", result.reason
    assert result.verdict is Verdict.SUPPORTED, result.reason


# --- a state named in the clause after the date -----------------------------------------------

SIGNING_LEAD = {
    "en": "April 21, 2019 — Kingston\n\n",
    "es": "21 de abril de 2019 — Kingston\n\n",
    "pt": "21 de abril de 2019 — Kingston\n\n",
}


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        (
            "en",
            "Jamaica signed on to the Belt and Road Initiative (BRI) on April 11, while Peru"
            " weighed its options.",
            "April 11",
        ),
        (
            "en",
            "Jamaica signed on to the Belt and Road Initiative (BRI) on April 11, just as a report"
            " on Latin America and the Caribbean came out.",
            "April 11",
        ),
        (
            "es",
            "Jamaica se adhirió a la Iniciativa de la Franja y la Ruta (BRI) el 11 de abril,"
            " mientras Perú estudiaba sus opciones.",
            "11 de abril",
        ),
        (
            "pt",
            "A Jamaica aderiu à Iniciativa do Cinturão e Rota (BRI) em 11 de abril, enquanto o Peru"
            " avaliava suas opções.",
            "11 de abril",
        ),
    ],
)
def test_a_signing_date_is_the_state_before_it_not_the_one_of_the_clause_after(lang, text, figure):
    """An acronym in brackets does not cut the subject off its date, and a state named after
    ", while" / ", mientras" / ", enquanto" is that clause's: Jamaica's BRI date (2019-04-11) is
    borne out, never refuted by Peru's (main: "contradicted", or "unverifiable" on LAC)."""
    result = one(check(SIGNING_LEAD[lang] + text), figure)
    assert result.claim.entity == "JAM", result.reason
    assert result.verdict is Verdict.SUPPORTED, result.reason


# Guards: the state before a bracketed acronym still owns the date, and a wrong date is still
# refuted; a state alone after the number is still read.
@pytest.mark.parametrize(
    ("lang", "text", "figure", "verdict"),
    [
        (
            "en",
            "Peru signed the Belt and Road memorandum (MoU) on April 11.",
            "April 11",
            Verdict.CONTRADICTED,
        ),
        (
            "en",
            "Jamaica joined the Belt and Road on April 11, while Peru weighed its options.",
            "April 11",
            Verdict.SUPPORTED,
        ),
        (
            "es",
            "Jamaica se adhirió a la Franja y la Ruta el 11 de abril.",
            "11 de abril",
            Verdict.SUPPORTED,
        ),
    ],
)
def test_a_signing_date_guard(lang, text, figure, verdict):
    result = one(check(SIGNING_LEAD[lang] + text), figure)
    assert result.verdict is verdict, result.reason
