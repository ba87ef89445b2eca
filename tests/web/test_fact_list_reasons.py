"""A reason that lists several stored figures ("sources disagree on …: A; B") words each figure in
the reader's language, as a single figure is worded; main showed the list as the checker wrote it
(units "usd_bn", record ids in brackets) on the Spanish and Portuguese /check pages."""

from __future__ import annotations

import pytest

from chinalac.web.reasons import reason_markup

REASON = (
    "sources disagree on trade_total · BRA · 2022: 150.4 usd_bn 2022 (not stated (Agenzia Nova))"
    " [figures:195, web-103e890227]; 171.49 usd_bn 2022 (China Customs (via Xinhua))"
    " [figures_additions:10, web-6b4f8864b1]"
)


@pytest.mark.parametrize(("lang", "figure"), [("es", "150,4"), ("pt", "150,4"), ("en", "150.4")])
def test_each_listed_figure_is_worded_for_the_reader(lang, figure):
    shown = str(reason_markup(REASON, lang, None))
    assert "usd_bn" not in shown and "figures:195" not in shown and "web-" not in shown
    assert figure in shown and "171" in shown
    assert "&lt;span" not in shown  # worded once, not escaped twice


def test_a_list_with_a_piece_that_is_no_figure_stays_as_written():
    reason = "sources disagree on trade_total · BRA · 2022: 150.4 usd_bn 2022 (CRI) [x]; see above"
    assert "see above" in str(reason_markup(reason, "en", None))
