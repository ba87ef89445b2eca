"""General readings found on the fresh dev texts 108-113 of the unseen set (branch
issue-15-s17b), each with real-shaped sentences (our own) in EN, ES and PT, checked against the
package's knowledge base.

* The date of an event a change is counted from: "cresceu 21 vezes desde a primeira visita de
  Lula ao país, em 2004", "grew 21 times since Lula's first visit to the country, in 2003",
  "creció 21 veces desde la primera visita de Lula al país, en 2004". The year dates the visit,
  the start of the change, not the figure of the clause (main read the figure as one of 2004, or
  of 2003, whose stored total it does not match: only an uncertain metric kept main from a
  false "contradicted").
* "o volume trocado", "el volumen intercambiado" (and "the volume traded"): the trade total.
* "las mercancías vendidas a China", "as mercadorias vendidas à China" (and "goods sold to
  China"): the state's exports to China.
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from tests.claims.conftest import one

# --- the date of an event a change is counted from ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "April 2023 — In 2022, trade between Brazil and China, US$150.4 billion, grew 21 times"
            " since Lula's first visit to the country, in 2003.",
            "US$150.4 billion",
        ),
        (
            "Abril de 2023 — En 2022, China compró 89.700 millones de dólares a Brasil. El"
            " comercio entre Brasil y China, de 150.400 millones de dólares, creció 21 veces desde"
            " la primera visita de Lula al país, en 2004.",
            "150.400 millones de dólares",
        ),
        (
            "Abril de 2023 — Em 2022, a China comprou 89,7 bilhões de dólares do Brasil. O"
            " comércio entre Brasil e China, de 150,4 bilhões de dólares, cresceu 21 vezes desde"
            " a primeira visita de Lula ao país, em 2004.",
            "150,4 bilhões de dólares",
        ),
    ],
)
def test_the_year_of_an_event_a_change_counts_from_dates_no_figure(kb, text, figure):
    # Main: the figure read as one of 2003/2004 (unverifiable, or refuted but for an unsure
    # metric); it is the total of 2022.
    result = one(check(text, kb), figure)
    assert result.claim.metric == "trade_total"
    assert result.claim.period is not None and result.claim.period.start_year == 2022
    # Brazil's 150.4 (2022) now has China's customs count, 171.49, beside it (round 35): the
    # reporters disagree and the figure is within their values, so disputed, 150.4 named.
    assert result.verdict is Verdict.DISPUTED, result.reason
    assert "150.4 usd_bn 2022" in result.reason


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "May 2023 — Trade between Peru and China grew to US$34.8 billion in 2022, since the"
            " signing of the FTA.",
            "US$34.8 billion",
        ),
        (
            "Mayo de 2023 — El comercio entre Perú y China sumó 34.800 millones de dólares en 2022.",
            "34.800 millones de dólares",
        ),
        (
            "Maio de 2023 — O comércio entre Peru e China somou 34,8 bilhões de dólares em 2022.",
            "34,8 bilhões de dólares",
        ),
    ],
)
def test_a_figure_with_its_own_year_keeps_it(kb, text, figure):
    # Guard: the figure's own year is untouched.
    result = one(check(text, kb), figure)
    assert result.claim.period is not None and result.claim.period.start_year == 2022
    assert result.verdict is Verdict.SUPPORTED


@pytest.mark.parametrize(
    "text",
    [
        "April 2023 — Trade between Brazil and China reached US$150.4 billion since 2004.",
        "Abril de 2023 — El comercio entre Brasil y China sumó 150.400 millones de dólares desde"
        " 2004.",
        "Abril de 2023 — O comércio entre Brasil e China somou 150,4 bilhões de dólares desde 2004.",
    ],
)
def test_a_bare_since_year_still_opens_a_span(kb, text):
    # Guard: "since 2004" with no event noun keeps its open span (2004 to the article's date).
    [result] = [r for r in check(text, kb) if r.claim.kind.name == "MONEY"]
    assert result.claim.period is not None and result.claim.period.start_year == 2004
    assert result.verdict is not Verdict.CONTRADICTED


# --- "volume trocado", "volumen intercambiado": the trade total ---------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "April 2023 — In 2022, the volume traded between Brazil and China reached US$150.4"
            " billion.",
            "US$150.4 billion",
        ),
        (
            "Abril de 2023 — En 2022, el volumen intercambiado entre Brasil y China llegó a"
            " 150.400 millones de dólares.",
            "150.400 millones de dólares",
        ),
        (
            "Abril de 2023 — Em 2022, o volume trocado entre Brasil e China chegou a 150,4 bilhões"
            " de dólares.",
            "150,4 bilhões de dólares",
        ),
    ],
)
def test_the_volume_traded_is_the_trade_total(kb, text, figure):
    # Main (ES, PT): no metric; the EN form was read already (guard).
    result = one(check(text, kb), figure)
    assert result.claim.metric == "trade_total"
    # Brazil's 150.4 (2022) now has China's customs count, 171.49, beside it (round 35): the
    # reporters disagree and the figure is within their values, so disputed, 150.4 named.
    assert result.verdict is Verdict.DISPUTED, result.reason
    assert "150.4 usd_bn 2022" in result.reason


# --- "las mercancías vendidas a China": the state's exports to China ----------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "May 2023 — In 2022, the goods Peru sold to China brought in US$20.6 billion.",
            "US$20.6 billion",
        ),
        (
            "Mayo de 2023 — En 2022, las mercancías peruanas vendidas a China reportaron 20,6 mil"
            " millones de dólares.",
            "20,6 mil millones de dólares",
        ),
        (
            "Maio de 2023 — Em 2022, as mercadorias peruanas vendidas à China somaram 20,6 bilhões"
            " de dólares.",
            "20,6 bilhões de dólares",
        ),
        (
            "Maio de 2023 — Em 2022, os produtos peruanos vendidos para a China somaram 20,6"
            " bilhões de dólares.",
            "20,6 bilhões de dólares",
        ),
    ],
)
def test_goods_sold_to_china_are_the_states_exports(kb, text, figure):
    # Main (ES, PT): no metric; the EN form was read already (guard).
    result = one(check(text, kb), figure)
    assert result.claim.metric == "trade_china_imports"
    assert result.claim.entity == "PER"
    assert result.verdict is Verdict.SUPPORTED


# --- "Desde 2010, año en que entró en vigor el TLC": the year of the event is a claim -----------


@pytest.mark.parametrize(
    "text",
    [
        "May 2023 — Since 2010, the year the free trade agreement with China entered into force,"
        " Peru's exports to China have grown 12.7 percent a year.",
        "Mayo de 2023 — Desde 2010, año en que entró en vigor el Tratado de Libre Comercio (TLC),"
        " las exportaciones de Perú a China han aumentado a un ritmo medio del 12,7 por ciento"
        " anual.",
        "Maio de 2023 — Desde 2010, ano em que entrou em vigor o acordo de livre comércio com a"
        " China, as exportações do Peru cresceram 12,7 por cento ao ano.",
    ],
)
def test_the_year_of_an_event_in_apposition_is_a_claim(kb, text):
    # Main: no claim for the year (the sentence holds another figure).
    results = [r for r in check(text, kb) if r.claim.text.strip() == "2010"]
    assert results, [r.claim.text for r in check(text, kb)]
    assert results[0].verdict is Verdict.SUPPORTED


@pytest.mark.parametrize(
    "text",
    [
        "May 2023 — Since 2011, the year the free trade agreement with China entered into force,"
        " Peru's exports to China have grown 12.7 percent a year.",
        "Mayo de 2023 — Desde 2011, año en que entró en vigor el Tratado de Libre Comercio (TLC),"
        " las exportaciones de Perú a China han aumentado a un ritmo medio del 12,7 por ciento"
        " anual.",
        "Maio de 2023 — Desde 2011, ano em que entrou em vigor o acordo de livre comércio com a"
        " China, as exportações do Peru cresceram 12,7 por cento ao ano.",
    ],
)
def test_a_year_in_apposition_is_read_low(kb, text):
    # Guard: a new reading, which may bear the date out but never refutes it (2011 is wrong).
    for result in check(text, kb):
        assert result.verdict is not Verdict.CONTRADICTED


@pytest.mark.parametrize(
    "text",
    [
        "May 2023 — Since 2010, the year Peru's exports to China passed US$5 billion, trade grew"
        " fast.",
        "Mayo de 2023 — Desde 2010, año en que las exportaciones de Perú a China superaron los"
        " 5.000 millones de dólares, el comercio creció rápido.",
        "Maio de 2023 — Desde 2010, ano em que as exportações do Peru à China passaram de US$ 5"
        " bilhões, o comércio cresceu rápido.",
    ],
)
def test_a_year_in_apposition_without_an_event_is_no_date_claim(kb, text):
    # Guard: no event verb after "año en que": no claim of the year.
    assert not [r for r in check(text, kb) if r.claim.text.strip() in ("2010", "Since 2010")]


# --- "13 años del TLC": the years a tie has lasted date its start -------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("May 2023 — Peru marks 13 years of its FTA with China.", "13 years"),
        (
            'Mayo de 2023 — El ministerio habló en el encuentro "13 años del TLC Perú-China:'
            ' análisis y resultados".',
            "13 años",
        ),
        ("Maio de 2023 — O Peru celebra 13 anos do TLC com a China.", "13 anos"),
        (
            "Febrero de 2025 — Colombia y China celebran 45 años de relaciones diplomáticas.",
            "45 años",
        ),
    ],
)
def test_the_years_of_a_tie_date_its_start(kb, text, figure):
    # Main: "durations are not held in the store".
    assert one(check(text, kb), figure).verdict is Verdict.SUPPORTED


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # "Peru marks 14 years of its FTA with China" (May 2023) was a case here until round r53c:
        # 2009 is the year Peru signed it (2009-04), and the years of an FTA may count from the
        # signing, so it is now borne out (tests/claims/test_fresh_readings_r53c.py).
        ("Mayo de 2023 — Se cumplen 12 años del TLC entre Perú y China.", "12 años"),
        (
            "Maio de 2023 — Nos primeiros 13 anos do TLC, as vendas do Peru à China cresceram.",
            "13 anos",
        ),
        ("Noviembre de 2023 — Colombia y China celebran 43 años de alianza comercial.", "43 años"),
    ],
)
def test_the_years_of_a_tie_never_refute(kb, text, figure):
    # Guards: a count of whole years the writer rounds is never refuted; the first years of a
    # tie date no start; a commercial alliance is no tie the store dates.
    result = one(check(text, kb), figure)
    assert result.verdict is Verdict.UNVERIFIABLE


# --- China named as the partner is not the owner of a bare flow word near it -------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "May 2024 — In 2023, after the signing of the FTA with China, exports from Peru"
            " totalled US$4 billion.",
            "US$4 billion",
        ),
        (
            "Mayo de 2024 — Con China, en 2023 las exportaciones de Perú sumaron 4.000 millones de"
            " dólares.",
            "4.000 millones de dólares",
        ),
        (
            "Mayo de 2024 — En el comercio con China, las exportaciones de Perú sumaron 4.000"
            " millones de dólares en 2023.",
            "4.000 millones de dólares",
        ),
        (
            "Maio de 2024 — Em 2023, após a assinatura do TLC com a China, as exportações do Peru"
            " somaram 4 bilhões de dólares.",
            "4 bilhões de dólares",
        ),
    ],
)
def test_china_as_partner_does_not_own_the_states_exports(kb, text, figure):
    # Main: China's exports to Peru, at high confidence, refuted by the stored 12,652 million.
    result = one(check(text, kb), figure)
    assert result.claim.metric == "trade_china_imports"
    assert result.verdict is not Verdict.CONTRADICTED


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "May 2024 — In 2023, after the signing of the FTA with China, China's exports to Peru"
            " totalled US$12.652 billion.",
            "US$12.652 billion",
        ),
        (
            "Mayo de 2024 — En 2023, tras la firma del TLC con China, las exportaciones chinas a"
            " Perú sumaron 12.652 millones de dólares.",
            "12.652 millones de dólares",
        ),
        (
            "Maio de 2024 — Em 2023, as exportações da China para o Peru somaram 12,652 bilhões de"
            " dólares.",
            "12,652 bilhões de dólares",
        ),
    ],
)
def test_chinas_own_exports_stay_chinas(kb, text, figure):
    # Guard: China named as the flow's owner keeps China's side.
    result = one(check(text, kb), figure)
    assert result.claim.metric == "trade_china_exports"
    assert result.verdict is Verdict.SUPPORTED


# --- the year of the event a change counts from is a claim of its own, read low ----------------


@pytest.mark.parametrize(
    ("text", "year"),
    [
        (
            "May 2023 — Trade between Peru and China grew to US$34.8 billion in 2022, since the"
            " signing of the FTA in 2009.",
            "2009",
        ),
        (
            "Mayo de 2023 — El comercio entre Perú y China creció a 34.800 millones de dólares en"
            " 2022 desde la entrada en vigor del TLC en 2010.",
            "2010",
        ),
        (
            "Maio de 2023 — O comércio entre Peru e China chegou a 34,8 bilhões de dólares em 2022,"
            " desde a assinatura do TLC, em 2009.",
            "2009",
        ),
    ],
)
def test_the_year_of_the_event_a_change_counts_from_is_a_claim(kb, text, year):
    # Main: no claim for the year (the sentence holds a figure).
    assert one(check(text, kb), year).verdict is Verdict.SUPPORTED


@pytest.mark.parametrize(
    "text",
    [
        "April 2023 — Brazil's trade with China grew 21 times since Lula's first visit to China,"
        " in 2004, to US$150.4 billion in 2022.",
        "Abril de 2023 — El comercio entre Brasil y China, de 150.400 millones de dólares en"
        " 2022, creció 21 veces desde la primera visita de Lula al país, en 2004.",
        "Abril de 2023 — O comércio entre Brasil e China, de 150,4 bilhões de dólares em 2022,"
        " cresceu 21 vezes desde a primeira visita de Lula ao país, em 2004.",
        "May 2023 — Trade between Peru and China grew to US$34.8 billion in 2022, since the"
        " signing of the FTA in 2011.",
    ],
)
def test_the_year_of_the_event_a_change_counts_from_never_refutes(kb, text):
    # Guard: a new reading (the visit's year is no stored first year; 2011 is no FTA date).
    for result in check(text, kb):
        assert result.verdict is not Verdict.CONTRADICTED


# --- a buying or selling verb after "but", "pero", "en cambio": the next figure's ------------------


@pytest.mark.parametrize(
    "text",
    [
        "September 2023 — According to the Bank of Mexico, in 2022 the country imported goods and"
        " services from China worth US$118.696 billion but exported only US$10.917 billion.",
        "Septiembre de 2023 — Según el Banco de México, en 2022 el país importó desde China bienes"
        " y servicios por 118 mil 696 millones de dólares pero exportó sólo 10 mil 917 millones de"
        " dólares.",
        "Setembro de 2023 — Segundo o Banco do México, em 2022 o país importou da China bens e"
        " serviços no valor de 118,696 bilhões de dólares, mas exportou apenas 10,917 bilhões de"
        " dólares.",
    ],
)
def test_a_verb_after_but_governs_the_next_figure(kb, text):
    # Main: one figure read in the other direction and refuted (EN: the imports as Mexico's
    # exports; ES: the exports as China's exports).
    results = [r for r in check(text, kb) if r.claim.kind.name == "MONEY"]
    assert [r.claim.metric for r in results] == ["trade_china_exports", "trade_china_imports"]
    assert all(r.verdict is Verdict.SUPPORTED for r in results)


@pytest.mark.parametrize(
    "text",
    [
        "September 2023 — According to the Bank of Mexico, in 2022 the country imported goods and"
        " services from China worth US$118.696 billion; by contrast, it exported only US$10.917"
        " billion.",
        "Septiembre de 2023 — De acuerdo con el Banco de México, en 2022 el país importó desde"
        " China bienes y servicios por un total de 118 mil 696 millones de dólares; en cambio,"
        " exportó sólo 10 mil 917 millones de dólares.",
        "Setembro de 2023 — Segundo o Banco do México, em 2022 o país importou da China bens e"
        " serviços no total de 118,696 bilhões de dólares; em contrapartida, exportou apenas"
        " 10,917 bilhões de dólares.",
    ],
)
def test_a_verb_after_a_word_of_contrast_takes_the_other_side(kb, text):
    # Main (ES, PT): the exports read as China's (from the clause before), not refuted only
    # for an unsure reading; EN (a subject "it") was read already (guard).
    [_, second] = [r for r in check(text, kb) if r.claim.kind.name == "MONEY"]
    assert second.claim.metric == "trade_china_imports"
    assert second.verdict is Verdict.SUPPORTED


@pytest.mark.parametrize(
    "text",
    [
        "Septiembre de 2023 — Según el Banco de México, en 2022 el país importó desde China bienes"
        " por 118 mil 696 millones de dólares pero exportó sólo 20 mil millones de dólares.",
        "Setembro de 2023 — Segundo o Banco do México, em 2022 o país importou da China bens no"
        " total de 118,696 bilhões de dólares; em contrapartida, exportou apenas 20 bilhões de"
        " dólares.",
        "Agosto de 2024 — En los primeros seis meses de 2024 México exportó a China mercancías por"
        " 4 mil 855 millones de dólares, apenas 8 por ciento de los 61 mil millones de dólares que"
        " importó desde el gigante asiático.",
    ],
)
def test_verbs_of_direction_guards(kb, text):
    # Guards: the other side read after a word of contrast is never refuted; a verb after
    # "que" (a relative clause) still governs the figure before it.
    results = check(text, kb)
    assert all(r.verdict is not Verdict.CONTRADICTED for r in results)
    if "61 mil" in text:
        assert one(results, "61 mil millones de dólares").claim.metric == "trade_china_exports"
