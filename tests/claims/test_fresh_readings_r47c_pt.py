"""General readings found on the fresh dev texts 528-531 of the unseen set (branch round-r47c,
round 47c: the declaration of the third China-CELAC ministerial (December 2021), the region's
trade of 2014 told before Li Keqiang's trip (May 2015), and the announcement and opening of the
fourth ministerial (May 2025)), each with real-shaped sentences (our own) in Portuguese and,
where the wording exists, Spanish and English, checked against the package's knowledge base.

* A meeting noun whose ministers follow with their article ("a Terceira Reunião dos Ministros
  do Fórum China – CELAC", "la Tercera Reunión de los Ministros", "the Third Meeting of the
  Ministers") names a ministerial meeting: main read "Terceira Reunião" as a rank of no metric
  (text 528).
* The meeting's ministers taken up in the next sentence as the subject of a meeting verb ("Os
  ministros reuniram-se em 3 de dezembro de 2021", "Los cancilleres se reunieron el …", "The
  ministers met on …"): their day is borne out by the stored meeting's day, never refuted; main
  left it unread (text 528).
* A day written beside a meeting's ordinal that is none of the meeting's days ("informou em 11
  de maio que a 4ª Reunião Ministerial … vai acontecer no dia 13 de maio") dates another event
  of the sentence: main bore it out by the meeting's month (a false "supported", text 530).
* A weekday with its day in brackets beside a meeting's ordinal alone ("A 4ª Reunião Ministerial
  do Fórum China-Celac começou nesta terça-feira (13)") is the meeting's day, a claim of its own,
  never the ordinal's period: main dropped it as the telling's day (text 531).
* "volume comercial", "volumen comercial": the trade total, as "trade volume" already was (text
  529: main read no metric).
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from tests.claims.conftest import one

# --- a meeting whose ministers follow with their article -----------------------------------------


@pytest.mark.parametrize(
    ("text", "rank"),
    [
        (
            "23 de fevereiro de 2022 — O Fórum China-CELAC publicou a declaração adotada pelos"
            " Estados membros da CELAC e pela China na Terceira Reunião dos Ministros do Fórum.",
            "Terceira Reunião",
        ),
        (
            "23 de febrero de 2022 — El Foro China-CELAC publicó la declaración adoptada por los"
            " Estados miembros de la CELAC y China en la Tercera Reunión de los Ministros del"
            " Foro.",
            "Tercera Reunión",
        ),
        (
            "February 23, 2022 — The China-CELAC Forum posted the declaration the CELAC member"
            " states and China adopted at the Third Meeting of the Ministers of the Forum.",
            "Third Meeting",
        ),
    ],
)
def test_a_meeting_whose_ministers_follow_with_their_article_is_the_ministerial(text, rank):
    """The 3rd ministerial met on 3 December 2021, before the article."""
    result = one(check(text), rank)
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert "3rd" in result.reason


def test_a_meeting_of_other_people_is_not_a_ministerial():
    """ "a Terceira Reunião dos Empresários": not the ministers' meeting; not judged."""
    text = (
        "23 de fevereiro de 2022 — O Fórum China-CELAC publicou o relatório da Terceira Reunião"
        " dos Empresários do Fórum."
    )
    for result in check(text):
        assert result.verdict is not Verdict.SUPPORTED, (result.claim.text, result.reason)
        assert result.verdict is not Verdict.CONTRADICTED, (result.claim.text, result.reason)


# --- the ministers taken up as meeting -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "23 de fevereiro de 2022 — A declaração foi adotada pelos Estados da CELAC e pela"
            " China na Terceira Reunião dos Ministros do Fórum. Os ministros reuniram-se em 3 de"
            " dezembro de 2021, por videoconferência.",
            "dezembro de 2021",
        ),
        (
            "23 de febrero de 2022 — La declaración fue adoptada por los Estados de la CELAC y"
            " China en la tercera reunión ministerial del Foro. Los cancilleres se reunieron el 3"
            " de diciembre de 2021, por videoconferencia.",
            "diciembre de 2021",
        ),
        (
            "February 23, 2022 — The declaration was adopted by the CELAC states and China at the"
            " third ministerial meeting of the Forum. The ministers met on December 3, 2021, by"
            " video link.",
            "December 3, 2021",
        ),
    ],
)
def test_the_ministers_met_on_the_meetings_day(text, day):
    result = one(check(text), day)
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert "3rd meeting took place then" in result.reason


def test_the_ministers_met_on_another_day_is_neither_borne_out_nor_refuted():
    text = (
        "23 de fevereiro de 2022 — A declaração foi adotada pelos Estados da CELAC e pela China na"
        " Terceira Reunião dos Ministros do Fórum. Os ministros reuniram-se em 6 de dezembro de"
        " 2021, por videoconferência."
    )
    result = one(check(text), "dezembro de 2021")
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason


# --- a day beside the ordinal that is none of the meeting's days --------------------------------


@pytest.mark.parametrize(
    ("text", "announced", "held"),
    [
        (
            "Pequim, 12 de maio de 2025\n\nO porta-voz do Ministério das Relações Exteriores da"
            " China informou em 11 de maio que a 4ª Reunião Ministerial do Fórum China-CELAC vai"
            " acontecer no dia 13 de maio, em Beijing.",
            "11 de maio",
            "13 de maio",
        ),
        (
            "Pekín, 12 de mayo de 2025\n\nEl portavoz de la Cancillería china anunció el 11 de"
            " mayo que la IV Reunión Ministerial del Foro China-CELAC se celebrará el 13 de mayo"
            " en Beijing.",
            "11 de mayo",
            "13 de mayo",
        ),
        (
            "Beijing, May 12, 2025\n\nThe Chinese foreign ministry's spokesman announced on May 11"
            " that the fourth ministerial meeting of the China-CELAC Forum will be held on May 13"
            " in Beijing.",
            "May 11",
            "May 13",
        ),
    ],
)
def test_an_announcements_day_beside_the_ordinal_is_not_the_meetings(text, announced, held):
    results = check(text)
    other = one(results, announced)
    assert other.verdict is not Verdict.SUPPORTED, other.reason
    assert other.verdict is not Verdict.CONTRADICTED, other.reason
    result = one(results, held)
    assert result.verdict is Verdict.SUPPORTED, result.reason


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # a month beside the ordinal: borne out by the month, as before
        (
            "Pequim, 14 de maio de 2025\n\nA 4ª Reunião Ministerial do Fórum China-CELAC foi"
            " realizada em maio de 2025, em Beijing.",
            "maio de 2025",
        ),
        # the last day of a meeting the store spans over two days (8-9 January 2015)
        (
            "Pequim, janeiro de 2015\n\nA primeira reunião ministerial do Fórum China-Celac"
            " terminou em 9 de janeiro de 2015, em Pequim.",
            "janeiro de 2015",
        ),
    ],
)
def test_a_month_or_a_day_of_the_meeting_beside_the_ordinal_is_still_borne_out(text, day):
    result = one(check(text), day)
    assert result.verdict is Verdict.SUPPORTED, result.reason


# --- a weekday with its day in brackets beside a meeting's ordinal -------------------------------


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Pequim, 13 de maio de 2025\n\nA 4ª Reunião Ministerial do Fórum China-Celac começou"
            " nesta terça-feira (13).",
            "terça-feira (13)",
        ),
        (
            "Pekín, 13 de mayo de 2025\n\nLa IV Reunión Ministerial del Foro China-CELAC comenzó"
            " este martes (13).",
            "martes (13)",
        ),
        (
            "Beijing, May 13, 2025\n\nThe fourth ministerial meeting of the China-CELAC Forum"
            " opened on Tuesday (13).",
            "Tuesday (13)",
        ),
    ],
)
def test_a_weekday_with_its_day_beside_the_ordinal_is_the_meetings_day(text, day):
    results = check(text)
    result = one(results, day)
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert "4th meeting took place then" in result.reason
    ranks = [r for r in results if r.claim.kind.value == "rank"]
    assert ranks and all(r.verdict is Verdict.SUPPORTED for r in ranks)


def test_a_weekday_day_beside_another_meetings_ordinal_never_refutes_the_ordinal():
    """A text of 13 May 2025 recalling the 3rd ministerial (2021): the weekday dates the telling;
    it is not the 3rd meeting's period (which would set it against the 4th, held that year)."""
    text = (
        "Pequim, 13 de maio de 2025\n\nO chanceler lembrou nesta terça-feira (13) a 3ª Reunião"
        " Ministerial do Fórum China-Celac."
    )
    for result in check(text):
        assert result.verdict is not Verdict.CONTRADICTED, (result.claim.text, result.reason)
        if result.claim.kind.value == "date":
            assert result.verdict is not Verdict.SUPPORTED, result.reason


def test_a_weekday_the_calendar_disagrees_with_beside_the_ordinal_is_not_read():
    """13 May 2025 was a Tuesday: "quarta-feira (13)" is a slip, not read as a day."""
    text = (
        "Pequim, 13 de maio de 2025\n\nA 4ª Reunião Ministerial do Fórum China-Celac começou"
        " nesta quarta-feira (13)."
    )
    for result in check(text):
        if result.claim.kind.value == "date":
            assert result.verdict is not Verdict.SUPPORTED, result.reason


# --- "volume comercial", "volumen comercial" -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        (
            "Pequim, 19 de maio de 2015\n\nA visita de Li Keqiang à América Latina tem foco na"
            " cooperação econômica.\n\nDe acordo com as estatísticas da alfândega chinesa, o"
            " volume comercial entre as duas partes chegou, em 2014, a US$ 263,6 bilhões.",
            "US$ 263,6 bilhões",
        ),
        (
            "Pekín, 19 de mayo de 2015\n\nLa visita de Li Keqiang a América Latina se centra en"
            " la cooperación económica.\n\nSegún la aduana china, el volumen comercial entre"
            " ambas partes llegó en 2014 a 263.600 millones de dólares.",
            "263.600 millones de dólares",
        ),
    ],
)
def test_volume_comercial_is_the_trade_total(text, amount):
    result = one(check(text), amount)
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert "263,600" in result.reason


def test_volume_comercial_with_only_china_named_is_never_refuted():
    """The partner is the article's subject, read with low confidence: a figure off the stored
    total may be borne out, never refuted."""
    text = (
        "Pekín, 19 de mayo de 2015\n\nLa visita de Li Keqiang a América Latina se centra en la"
        " cooperación económica.\n\nSegún la aduana china, el volumen comercial entre ambas partes"
        " llegó en 2014 a 240.000 millones de dólares."
    )
    result = one(check(text), "240.000 millones de dólares")
    assert result.verdict is not Verdict.CONTRADICTED, result.reason


# --- a floor held "always" over unstated years ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "bound"),
    [
        (
            "24 de janeiro de 2018 — Wang Yi repassou o que foi feito desde o estabelecimento do"
            " fórum, há três anos. Mesmo com a economia mundial desacelerando, o volume comercial"
            " entre elas se manteve sempre acima de 200 bilhões de dólares.",
            "acima de 200 bilhões de dólares",
        ),
        (
            "24 de enero de 2018 — Wang Yi repasó lo hecho desde la creación del foro, hace tres"
            " años. Aun con la economía mundial en desaceleración, el volumen comercial entre"
            " China y América Latina se mantuvo siempre por encima de 200.000 millones de"
            " dólares.",
            "por encima de 200.000 millones de dólares",
        ),
        (
            "January 24, 2018 — Wang Yi reviewed the work done since the forum was set up three"
            " years ago. Even with the world economy slowing, trade between China and Latin"
            " America has always stayed above 200 billion dollars.",
            "above 200 billion dollars",
        ),
    ],
)
def test_a_floor_held_always_is_not_borne_out_by_one_year(text, bound):
    """Several unstated years (2015-2017): the stored 2017 total (257.8) and the 2017 level
    delivered under the US$500 bn pledge are one year each; neither bears the floor out, and
    nothing refutes it."""
    result = one(check(text), bound)
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason


def test_a_floor_passed_once_is_still_borne_out():
    """No "always": the year's total passing the floor, as before."""
    text = (
        "24 de enero de 2018 — El comercio entre China y América Latina superó los 200.000"
        " millones de dólares."
    )
    result = one(check(text), "superó los 200.000 millones de dólares")
    assert result.verdict is Verdict.SUPPORTED, result.reason
