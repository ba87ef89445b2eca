"""General readings found on the fresh dev texts 238-241 of the unseen set (branch
issue-15-s24d: English pages on the Dominican Republic, Panama, Costa Rica and Suriname that the
store took nothing from), each with real-shaped sentences (our own) in EN, ES and PT, checked
against the package's knowledge base.

* China's customs named by the administration's name: "According to China Customs data, the
  trade volume between China and Panama was 6.69 billion U.S. dollars in 2017" was refuted by
  the stored Panamanian-side exports and imports (EFE, 1,386.6 m), another reporter's series
  (China's customs count the goods of the Colon Free Zone). "Chinese customs", "China's customs"
  and "aduanas de China" were read as China's side already; "China Customs", "the General
  Administration of Customs", "la Administración General de Aduanas", "a Administração Geral das
  Alfândegas" and "Chinese official data", "cifras oficiales chinas", "dados chineses" were not.
* A break with Taipei told with "cut" or "sever" ("cut its diplomatic ties with Taiwan … on 18
  May 2018", "cortó sus relaciones diplomáticas con Taiwán", "cortou relações diplomáticas com
  Taiwan") named the PRC tie but was no event verb, so a wrong day of the switch was left
  unjudged ("broke" was judged).
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from tests.claims.conftest import one

# --- China's customs by its name: another reporter's rows do not refute its figure ----------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "According to China Customs data, the trade volume between China and Panama was "
            "6.69 billion U.S. dollars in 2017.",
            "6.69 billion U.S. dollars",
        ),
        (
            "China's official data put the trade between China and Panama at 6.69 billion "
            "U.S. dollars in 2017.",
            "6.69 billion U.S. dollars",
        ),
        (
            "Según la Administración General de Aduanas, el comercio entre China y Panamá fue "
            "de 6.690 millones de dólares en 2017.",
            "6.690 millones de dólares",
        ),
        (
            "Según cifras oficiales chinas, el comercio entre China y Panamá fue de 6.690 "
            "millones de dólares en 2017.",
            "6.690 millones de dólares",
        ),
        (
            "Segundo a Administração Geral das Alfândegas da China, o comércio entre a China e "
            "o Panamá foi de 6,69 bilhões de dólares em 2017.",
            "6,69 bilhões de dólares",
        ),
        (
            "Segundo dados chineses, o comércio entre a China e o Panamá foi de 6,69 bilhões de "
            "dólares em 2017.",
            "6,69 bilhões de dólares",
        ),
        # Guards (pass on main too): the forms that were read already.
        (
            "According to Chinese customs data, the trade volume between China and Panama was "
            "6.69 billion U.S. dollars in 2017.",
            "6.69 billion U.S. dollars",
        ),
        (
            "Según datos de las aduanas de China, el comercio entre China y Panamá fue de 6.690 "
            "millones de dólares en 2017.",
            "6.690 millones de dólares",
        ),
    ],
)
def test_china_customs_by_name_is_not_refuted_by_the_partners_rows(kb, text, figure):
    result = one(check(text, kb, date="2018-07-20"), figure)
    assert result.claim.metric == "trade_total", result.reason
    assert result.claim.entity == "PAN", result.reason
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason
    assert "China's side gives the figure" in result.reason


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # No reporter named: the stored Panamanian exports and imports, added up, no longer
        # refute China's true count (lead, stop 45: a summed total never refutes; the Colon
        # Free Zone's goods put China's count at a multiple of Panama's).
        (
            "The trade volume between China and Panama was 6.69 billion U.S. dollars in 2017.",
            "6.69 billion U.S. dollars",
        ),
        (
            "El comercio entre China y Panamá fue de 6.690 millones de dólares en 2017.",
            "6.690 millones de dólares",
        ),
        (
            "O comércio entre a China e o Panamá foi de 6,69 bilhões de dólares em 2017.",
            "6,69 bilhões de dólares",
        ),
    ],
)
def test_a_total_with_no_reporter_named_is_not_refuted_by_a_sum(kb, text, figure):
    result = one(check(text, kb, date="2018-07-20"), figure)
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason
    assert "only one source's exports and imports added up" in result.reason


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # China's customs named, and China's customs' own stored row differs: refuted (EN and
        # PT pass on main too; main read the Spanish administration, with no "de China", as
        # the partner's customs and found no row of that reporter).
        (
            "According to China Customs data, trade between China and Latin America reached "
            "US$581.47 billion in 2024.",
            "US$581.47 billion",
        ),
        (
            "Según la Administración General de Aduanas, el comercio entre China y América "
            "Latina llegó a 581.470 millones de dólares en 2024.",
            "581.470 millones de dólares",
        ),
        (
            "Segundo a Administração Geral das Alfândegas da China, o comércio entre a China e "
            "a América Latina chegou a US$ 581,47 bilhões em 2024.",
            "US$ 581,47 bilhões",
        ),
    ],
)
def test_china_customs_against_its_own_stored_row_is_still_refuted(kb, text, figure):
    result = one(check(text, kb, date="2025-03-01"), figure)
    assert result.verdict is Verdict.CONTRADICTED, result.reason


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # Guard: China's customs named and its own stored row matches: borne out.
        (
            "According to China Customs data, trade between China and Latin America reached "
            "US$518.47 billion in 2024.",
            "US$518.47 billion",
        ),
        (
            "Segundo a Administração Geral das Alfândegas da China, o comércio entre a China e "
            "a América Latina chegou a US$ 518,47 bilhões em 2024.",
            "US$ 518,47 bilhões",
        ),
    ],
)
def test_china_customs_matching_its_own_row_is_supported(kb, text, figure):
    result = one(check(text, kb, date="2025-03-01"), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason


# --- "cut"/"severed" ties with Taiwan: the switch's event, its date judged ----------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "The Dominican Republic cut its diplomatic ties with Taiwan and turned to the "
            "People's Republic of China on 18 May 2018.",
            "May 2018",
        ),
        ("The Dominican Republic severed diplomatic ties with Taiwan in 2017.", "2017"),
        (
            "La República Dominicana cortó sus relaciones diplomáticas con Taiwán el 18 de mayo "
            "de 2018.",
            "mayo de 2018",
        ),
        (
            "A República Dominicana cortou relações diplomáticas com Taiwan em 18 de maio de 2018.",
            "maio de 2018",
        ),
        # Guard (passes on main too): "broke" was an event verb already.
        ("The Dominican Republic broke ties with Taiwan on 18 May 2018.", "May 2018"),
    ],
)
def test_a_wrong_date_of_a_cut_with_taiwan_is_refuted(kb, text, figure):
    result = one(check(text, kb, date="2025-06-01"), figure)
    assert result.verdict is Verdict.CONTRADICTED, result.reason
    assert "2018-05-01" in result.reason


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # Guards (pass on main too): the right date is borne out; a cut of aid or trade with
        # Taiwan is no break; relations kept with Taiwan are not the PRC's.
        (
            "The Dominican Republic severed diplomatic ties with Taiwan on 1 May 2018.",
            "May 2018",
        ),
        (
            "La República Dominicana cortó sus relaciones diplomáticas con Taiwán el 1 de mayo "
            "de 2018.",
            "mayo de 2018",
        ),
        ("A República Dominicana cortou relações com Taiwan em 2018.", "2018"),
    ],
)
def test_the_right_date_of_a_cut_with_taiwan_is_borne_out(kb, text, figure):
    result = one(check(text, kb, date="2025-06-01"), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "The Dominican Republic cut aid and trade with Taiwan in 2017, and kept diplomatic "
            "relations.",
            "2017",
        ),
        (
            "Paraguay has kept diplomatic relations with Taiwan since 1957 and never cut them.",
            "1957",
        ),
        (
            "Paraguay mantiene relaciones diplomáticas con Taiwán desde 1957 y nunca las cortó.",
            "1957",
        ),
    ],
)
def test_no_break_with_taiwan_is_never_refuted(kb, text, figure):
    result = one(check(text, kb, date="2025-06-01"), figure)
    assert result.verdict is not Verdict.CONTRADICTED, result.reason
