"""The range a contradicted figure would need, in the reader's number format.

The checker writes it with English separators ("64.5–65.5", "578,563–584,377"); a Spanish or
Portuguese page showed them so, inside an otherwise translated reason ("seria preciso
64.5–65.5"). The web layer formats each bound for the reader, with the decimals written.
"""

from __future__ import annotations

import pytest

from chinalac.web.reasons import reason_markup

HOLDS = "the store holds 57,279 usd_m 2023 (Banco Central de Chile) [figures:207+figures:213]"


@pytest.mark.parametrize(
    ("needed", "lang", "shown"),
    [
        ("64.5–65.5", "es", "(haría falta 64,5–65,5)"),
        ("64.5–65.5", "pt", "(seria preciso 64,5–65,5)"),
        ("64.5–65.5", "en", "(would need 64.5–65.5)"),
        ("578,563–584,377", "es", "(haría falta 578.563–584.377)"),
        ("578,563–584,377", "pt", "(seria preciso 578.563–584.377)"),
        ("578,563–584,377", "en", "(would need 578,563–584,377)"),
        ("≥ 1,200.25", "pt", "(seria preciso ≥ 1.200,25)"),
        ("≤ 21.105", "es", "(haría falta ≤ 21,105)"),
        ("19,000–21,000", "es", "(haría falta 19.000–21.000)"),
    ],
)
def test_the_range_a_figure_would_need_is_in_the_readers_format(needed, lang, shown):
    reason = f"{HOLDS}; the text says US$ 65 bilhões (would need {needed})"
    assert shown in str(reason_markup(reason, lang, None, None))


def test_a_range_not_written_as_numbers_is_shown_as_written():
    # Guard: anything else in that place (no such wording today) is left untouched.
    reason = f"{HOLDS}; the text says US$ 65 bilhões (would need another period)"
    assert "another period" in str(reason_markup(reason, "pt", None, None))
