"""Readers first, in headless Chromium at 390×844: a claim the checker does not call
contradicted because its reading is uncertain names its doubts on /check in the reader's
language (chinalac.web.reasons.DOUBT_FRAMES), the article's words kept as quoted; no English
doubt words ("stands in another clause", "bare … read from …'s side", "metric:") remain outside
passages marked lang="en".

The screenshot of the Portuguese page goes to artifacts/screenshots/ (gitignored).
"""

from __future__ import annotations

import re

import pytest

from tests.web.doubt_templates import HOLE, templates

pytestmark = pytest.mark.browser

# Two doubts (the metric word read from Chile's side, the year of the sentence before): the
# store's 2023 Chilean exports are not US$ 5.000 millones, and the reading is not sure enough.
ARTICLE = (
    "Mayo de 2024 — En 2023 el comercio entre China y Chile creció. Las exportaciones "
    "alcanzaron US$ 5.000 millones, según el ministerio."
)
UNCERTAIN = {
    "es": "no se califica de contradicha porque la lectura de la afirmación es incierta (",
    "pt": "não é classificada como contradita porque a leitura da afirmação é incerta (",
}
DOUBTS = {
    "es": (
        "indicador: 'exportaciones' sin más, leído desde el lado de Chile",
        "período: 'En 2023'",  # as the article writes it, from the sentence before
    ),
    "pt": (
        "indicador: 'exportaciones' sem mais, lido do lado do Estado (Chile)",
        "período: 'En 2023'",  # as the article writes it, from the sentence before
    ),
}
# The English of every doubt template (its words between the parts it fills in) and the
# names of the fields it doubts.
FRAGMENTS = sorted(
    {
        part.strip(" '\",:;()")
        for template in templates()
        for part in template.split(HOLE)
        if re.search(r"[a-z]{3,} [a-z]{2,}", part)
    }
)
ENGLISH = re.compile(
    "|".join(re.escape(fragment) for fragment in FRAGMENTS)
    + r"|\b(?:metric|entity|period|value|reporter): |\bbare '|'s side\b"
)
# The reason's text without the passages marked as another language than the page's.
READER_TEXT = """(element, lang) => {
  const copy = element.cloneNode(true);
  copy.querySelectorAll('[lang]').forEach(n => { if (n.lang !== lang) n.remove(); });
  return copy.innerText;
}"""


@pytest.mark.parametrize("lang", ["es", "pt"])
def test_the_doubts_of_an_uncertain_reading_are_in_the_readers_words(mobile, screenshots, lang):
    pytest.importorskip("chinalac.claims")
    mobile.goto(f"{mobile.base}/check?lang={lang}")
    mobile.fill("#text", ARTICLE)
    with mobile.expect_navigation():
        mobile.click("form button[type=submit]")
    claim = mobile.locator("#checked-text mark.claim", has_text="5.000")
    assert claim.get_attribute("data-verdict") == "unverifiable"
    claim.click()  # the claim's reason and evidence, in #claim-detail
    reason = mobile.locator("#claim-detail p.reason")
    shown = reason.inner_text()
    assert shown.startswith(UNCERTAIN[lang]), shown
    for doubt in DOUBTS[lang]:
        assert doubt in shown, shown
    words = reason.evaluate(READER_TEXT, lang)
    assert not ENGLISH.search(words), (ENGLISH.search(words), words)
    # The claim's hover title says the same, in words.
    title = claim.get_attribute("title")
    assert DOUBTS[lang][0] in title and not ENGLISH.search(title), title
    if lang == "pt":
        reason.scroll_into_view_if_needed()
        mobile.screenshot(path=screenshots / "doubts-check-pt-mobile.png")
