"""Every doubt the claims checker can give reaches Spanish and Portuguese readers of /check in
their language: "not called contradicted because the reading is uncertain (<doubts>): …"
names the claim's doubts (chinalac.claims.models.Claim.doubts), and each doubt template of the
claims code has a frame in chinalac.web.reasons.DOUBT_FRAMES, translated in both catalogs.

The templates are read from the claims source (tests/web/doubt_templates.py), not from a run
of the checker: a doubt written tomorrow without a frame fails here before any text meets it.
"""

from __future__ import annotations

import re

import pytest

from chinalac.claims import article_date
from chinalac.web import i18n
from chinalac.web.reasons import (
    DOUBT_FIELDS,
    DOUBT_FRAMES,
    Article,
    doubt_frame,
    reason_frame,
    reason_markup,
)
from tests.web.doubt_templates import HOLE, fields, templates

TEMPLATES = templates()
# What fills a template's parts: a year, or one of the words a part is chosen from ("its
# sentence" / "the sentence before" in claims/that_year.py, "the paragraph" in claims/extract.py).
FILLS = ("2021", "its sentence", "the sentence before", "the paragraph")
UNCERTAIN = "not called contradicted because the reading is uncertain ({}): no stored fact for {}"
LOOKED_FOR = "trade_total · BRA · 2021"


def samples(template: str) -> list[str]:
    return [template.replace(HOLE, fill) for fill in FILLS]


def english_fragments(template: str) -> list[str]:
    """The template's own words between its parts, those a reader of es/pt must not meet."""
    fragments = (part.strip(" '\",:;()") for part in template.split(HOLE))
    return [part for part in fragments if re.search(r"[a-z]{3,} [a-z]{2,}", part)]


def plain(markup) -> str:
    """The words a reader sees outside the passages marked as another language."""
    text = re.sub(r'<span lang="[a-z]+">.*?</span>', "", str(markup))
    return re.sub(r"<[^>]+>", "", text).replace("&#39;", "'")


def test_the_templates_are_read_from_the_claims_source():
    assert len(TEMPLATES) > 90
    for template in (
        f"'{HOLE}' stands in another clause",
        f"bare '{HOLE}' read from {HOLE}'s side",
        f"a projection or possibility, not a reported figure: '{HOLE}'",
        f"which year '{HOLE}' means is unclear: {HOLE} names no single year ({HOLE})",
        f"'{HOLE}' read against the article date {HOLE}",
        "a comma before three digits may group thousands",
        "no period stated",
    ):
        assert template in TEMPLATES


def test_every_field_a_claim_is_read_with_has_a_name():
    """ "metric: …", "period: …": the field a doubt is about, named in the reader's words."""
    assert {"metric", "entity", "period", "value"} <= fields()
    assert fields() <= set(DOUBT_FIELDS)


@pytest.mark.parametrize("template", sorted(TEMPLATES), ids=lambda t: TEMPLATES[t])
def test_every_doubt_template_has_a_frame(template):
    found = [doubt_frame(sample) for sample in samples(template)]
    assert any(found), f"{TEMPLATES[template]}: no frame in reasons.DOUBT_FRAMES for {template!r}"


@pytest.mark.parametrize("lang", ["es", "pt"])
@pytest.mark.parametrize("template", sorted(TEMPLATES), ids=lambda t: TEMPLATES[t])
def test_every_doubt_template_reads_in_the_readers_language(template, lang):
    """In a whole reason, as /check shows it: none of the template's English words remain."""
    for sample in samples(template):
        if doubt_frame(sample) is None:
            continue
        reason = UNCERTAIN.format(f"period: {sample}", LOOKED_FOR)
        assert reason_frame(reason) is not None, sample
        shown = plain(reason_markup(reason, lang))
        left = [words for words in english_fragments(template) if words in shown]
        assert not left, (sample, shown)
        break


@pytest.mark.parametrize("lang", ["es", "pt"])
def test_every_doubt_frame_and_field_is_translated(lang):
    translate = i18n.gettext_for(lang)
    messages = [frame for _pattern, frame in DOUBT_FRAMES] + list(DOUBT_FIELDS.values())
    assert [message for message in messages if translate(message) == message] == []


@pytest.mark.parametrize("lang", ["es", "pt"])
def test_every_translation_fills_the_parts_its_frame_has(lang):
    """A translation that names a part its frame lacks (or drops one) breaks the page."""
    translate = i18n.gettext_for(lang)
    frames = [frame for _pattern, frame in DOUBT_FRAMES] + [
        "not called contradicted because the reading of the claim is uncertain (%(doubts)s): %(r)s"
    ]
    parts = re.compile(r"%\((\w+)\)s")
    assert [
        f for f in frames if sorted(parts.findall(translate(f))) != sorted(parts.findall(f))
    ] == []


def test_every_way_the_article_date_is_found_has_a_frame():
    ways = (article_date.DATELINE, article_date.FRONT_MATTER, article_date.OPTION)
    for way in (*ways, article_date.FILE_METADATA):
        for date in ("2023", "2023-05", "2023-05-13"):
            assert doubt_frame(f"{date} ({way})") is not None, way


def test_a_nested_why_and_the_articles_words_in_spanish_and_portuguese():
    reason = UNCERTAIN.format(
        "period: ''el año pasado' read against the article date 2024-05 (dateline)' stands in "
        "another clause; metric: bare 'exportaciones' read beside 'importaciones' in another "
        "clause",
        LOOKED_FOR,
    )
    # the article's words are quoted as it wrote them ("El año pasado"), not folded
    article = Article("El año pasado las exportaciones y las importaciones crecieron.", "es")
    assert str(reason_markup(reason, "es", article=article)).startswith(
        "no se califica de contradicha porque la lectura de la afirmación es incierta (período: "
        "&#39;El año pasado&#39; leído respecto a la fecha del artículo, mayo de 2024 (la fecha "
        "que da el texto) está en otra parte de la oración; indicador: &#39;exportaciones&#39; "
        "sin más, leído junto a &#39;importaciones&#39; en otra parte de la oración): "
    )
    shown = str(reason_markup(reason, "pt", article=article))
    assert shown.startswith(
        "não é classificada como contradita porque a leitura da afirmação é incerta (período: "
        '&#39;<span lang="es">El año pasado</span>&#39; lido em relação à data do artigo, maio '
        "de 2024 (a data que o texto dá) está em outra parte da frase; indicador: "
        '&#39;<span lang="es">exportaciones</span>&#39; sem mais, lido junto a '
        '&#39;<span lang="es">importaciones</span>&#39; em outra parte da frase): '
    )
    # English readers keep the checker's sentence as written.
    assert str(reason_markup(reason, "en")).startswith(
        "not called contradicted because the reading is uncertain (period: &#39;&#39;el año "
        "pasado&#39; read against the article date 2024-05 (dateline)&#39; stands in another "
        "clause; metric: bare"
    )


def test_brackets_two_deep_in_a_doubt():
    why = (
        "''Desde então' = since 2005, from the year named in the sentence before (to the last "
        "full year before the article date 2015-02 (dateline))' of an earlier sentence of the "
        "paragraph"
    )
    reason = UNCERTAIN.format(f"period: {why}", LOOKED_FOR)
    assert reason_frame(reason) is not None
    shown = plain(reason_markup(reason, "es"))
    assert "de una oración anterior del párrafo" in shown and "la oración anterior" in shown
    assert "named in" not in shown and "full year" not in shown


def test_a_doubt_without_a_frame_leaves_the_reason_untranslated():
    """It would reach the reader in English: scripts/reason_frames.py counts it."""
    assert reason_frame(UNCERTAIN.format("period: an unforeseen doubt", LOOKED_FOR)) is None
    assert reason_frame(UNCERTAIN.format("colour: no period stated", LOOKED_FOR)) is None
    assert reason_frame(UNCERTAIN.format("period: no period stated", LOOKED_FOR)) is not None


def test_the_doubts_of_real_claims_have_frames():
    """The checker's own doubts on sentences of each language, as claims/check.py joins them."""
    from chinalac.claims import extract

    texts = (
        "Mayo de 2024 — El año pasado, el comercio creció. Las exportaciones sumaron US$ 20.000 "
        "millones.",
        "Brasília, 11 de abril de 2023 — No ano passado, as vendas para a China somaram US$ 89 "
        "bilhões. Desde então, o comércio cresceu US$ 10 bilhões.",
        "Trade hit a record in 2021. Chinese imports were $60 billion, and exports could reach "
        "$70 billion.",
    )
    doubts = [doubt for text in texts for claim in extract(text) for doubt in claim.doubts()]
    assert doubts
    for doubt in doubts:
        assert reason_frame(UNCERTAIN.format(doubt, LOOKED_FOR)) is not None, doubt
