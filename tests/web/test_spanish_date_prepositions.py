"""A Spanish date takes the article its precision asks for: a day "el" ("se firmó el 18 de
noviembre de 2005", "desde el 26 de marzo de 2023", "antes del 1 de octubre de 2019"), a month
or a year "en" ("se firmó en noviembre de 2005"). Portuguese says "em"/"desde" for all three and
is left as its frames write it."""

import pytest

from chinalac.claims import check
from chinalac.web import i18n
from chinalac.web.reasons import reason_markup


def _reason(text: str, date: str = "2025-05-01") -> str:
    (result,) = [r for r in check(text, date=date) if r.reason]
    return result.reason


@pytest.mark.parametrize(
    "written, worded",
    [
        ("el TLC se firmó el noviembre de 2005: x", "el TLC se firmó en noviembre de 2005: x"),
        ("lo fecha en 18 de noviembre de 2005", "lo fecha el 18 de noviembre de 2005"),
        (
            "Relaciones con la RPC desde 26 de marzo de 2023",
            "Relaciones con la RPC desde el 26 de marzo de 2023",
        ),
        ("hasta 5 de mayo de 2010", "hasta el 5 de mayo de 2010"),
        ("antes de 1 de octubre de 2019", "antes del 1 de octubre de 2019"),
        ("después de 3 de junio de 2016", "después del 3 de junio de 2016"),
        # Already right, or no date in words: untouched.
        ("en noviembre de 2005", "en noviembre de 2005"),
        ("el 18 de noviembre de 2005", "el 18 de noviembre de 2005"),
        ("en 2005", "en 2005"),
        ("el mes de mayo de 2010", "el mes de mayo de 2010"),
    ],
)
def test_spanish_date_takes_the_article_of_its_precision(written, worded):
    assert i18n.date_prepositions(written, "es") == worded


def test_other_languages_are_untouched():
    assert i18n.date_prepositions("desde 26 de março de 2023", "pt") == "desde 26 de março de 2023"
    assert i18n.date_prepositions("el noviembre de 2005", "en") == "el noviembre de 2005"


def test_a_bound_before_a_day_in_spanish():
    assert i18n.format_iso_date("<2019-10-01", "es") == "antes del 1 de octubre de 2019"
    assert i18n.format_iso_date("<2019-10", "es") == "antes de octubre de 2019"


def test_an_fta_signed_in_a_month_reads_en_in_spanish():
    reason = _reason("Chile signed its free trade agreement with China in November 2005.")
    assert reason.startswith("the FTA was signed 2005-11:")
    es = str(reason_markup(reason, "es"))
    assert es.startswith("el TLC se firmó en noviembre de 2005: ")
    assert str(reason_markup(reason, "pt")).startswith("o TLC foi assinado em novembro de 2005: ")


def test_a_tie_dated_to_the_day_reads_el_in_spanish():
    reason = _reason("Honduras established diplomatic relations with China on 26 March 2023.")
    assert reason.startswith("the ties table dates it 2023-03-26:")
    es = str(reason_markup(reason, "es"))
    assert es.startswith("la tabla de vínculos lo fecha el 26 de marzo de 2023: ")
    assert "Relaciones con la RPC desde el 26 de marzo de 2023" in es
    assert "desde 26 de março de 2023" in str(reason_markup(reason, "pt"))


def test_the_state_page_dates_a_tie_to_the_day_with_el(client):
    # Honduras' relations with the PRC since 26 March 2023 (ties table, reputable source).
    es = client.get("/country/HND?lang=es").text
    assert "desde el 26 de marzo de 2023" in es
    assert "desde 26 de marzo de 2023" not in es
    assert "desde 26 de março de 2023" in client.get("/country/HND?lang=pt").text
