"""/check quotes the article's words in a doubt as the article wrote them, not in the checker's
folded matching form: "exportações", not "exportacoes"; "No ano passado", not "no ano passado".

The reasons below have the shape the checker writes (taken from its output on dev texts of the
unseen set); the sentences are the claims' sentences.
"""

from __future__ import annotations

import pytest

from chinalac.web.reasons import Article, reason_markup

PT_SENTENCE = (
    "Os números do Ministério brasileiro da Economia mostram que as exportações para o "
    "Interior da China, Hong Kong e Macau chegaram a US$89,75 mil milhões em 2021, bem acima "
    "das vendas para a União Europeia, de US$36,53 mil milhões."
)
PT_REASON = (
    "not called contradicted because the reading is uncertain (metric: metric word "
    "'exportacoes' far from the number): the text says US$36,53 mil milhões, outside the values "
    "the sources hold for trade_china_imports · BRA · 2021: 87.7 usd_bn 2021 (AEB (Brazil)) "
    "[figures:138, web-04de7cbd4b]; 89.75 usd_bn 2021 (Ministry of Economy (Brazil)) "
    "[figures:139, web-0102fc705b]"
)
# the article's capitals changed ("Ventas a China") so that the folded quote differs from it
ES_SENTENCE = (
    "Según el organismo, en el semestre las Ventas a China sumaron US$ 3.070 millones, un 15% "
    "menos (-US$ 541 millones) que en igual período de 2024."
)
ES_REASON = (
    "not called contradicted because the reading is uncertain (metric: metric word 'ventas a "
    "china' in another clause; entity: only China named: the partner ARG is the article's "
    "subject; period: period of an earlier claim (US$ 3.070 millones)): the store holds 3,070 "
    "usd_m 2025-01–2025-06 (INDEC (Argentina)) [figures:71, web-2d8cb4ff06]; the text says US$ "
    "541 millones (would need 538.295–543.705)"
)
EN_SENTENCE = "Last  year Chile's Minería exports to China rose."


@pytest.mark.parametrize(
    ("value", "written"),
    [
        ("exportacoes", "exportações"),
        ("'exportacoes'", "'exportações'"),
        ("interior da china", "Interior da China"),
        ("us$89,75", "US$89,75"),
    ],
)
def test_as_written_gives_the_article_s_spelling_back(value, written):
    assert Article(PT_SENTENCE, "pt").as_written(value) == written


def test_as_written_spans_a_run_of_spaces_as_the_article_has_it():
    assert Article(EN_SENTENCE, "en").as_written("last year") == "Last  year"
    assert Article(EN_SENTENCE, "en").as_written("mineria") == "Minería"


@pytest.mark.parametrize("value", ["importacoes", "'1+3+6'", "2021", ""])
def test_as_written_leaves_what_the_article_does_not_say(value):
    assert Article(PT_SENTENCE, "pt").as_written(value) == value


@pytest.mark.parametrize("lang", ["en", "es", "pt"])
def test_a_portuguese_doubt_quotes_exportacoes_with_its_accents(lang):
    html = str(reason_markup(PT_REASON, lang, article=Article(PT_SENTENCE, "pt")))
    assert "exportações" in html
    assert "exportacoes" not in html


@pytest.mark.parametrize("lang", ["en", "es", "pt"])
def test_a_spanish_doubt_quotes_the_words_with_their_capitals(lang):
    html = str(reason_markup(ES_REASON, lang, article=Article(ES_SENTENCE, "es")))
    assert "Ventas a China" in html
    assert "ventas a china" not in html


def test_a_page_in_another_language_still_marks_the_quoted_words_with_the_article_s():
    html = str(reason_markup(PT_REASON, "es", article=Article(PT_SENTENCE, "pt")))
    assert '<span lang="pt">exportações</span>' in html


def test_without_the_article_the_reason_is_shown_as_the_checker_wrote_it():
    assert "exportacoes" in str(reason_markup(PT_REASON, "en"))


def test_the_article_is_folded_once_however_many_parts_it_gives_back(monkeypatch):
    # A doubt may quote several parts of one sentence; folding the whole sentence again for each
    # part was work done twice (and grows with the article, not with the doubt).
    from chinalac.web import reasons

    folded_sentences = []
    real = reasons.claims_fold

    def counting(text):
        if text == PT_SENTENCE:
            folded_sentences.append(text)
        return real(text)

    monkeypatch.setattr(reasons, "claims_fold", counting)
    reasons._folds.cache_clear()  # folded once per page: a test before may have folded it
    article = Article(PT_SENTENCE, "pt")
    parts = ("'exportacoes'", "'uniao europeia'", "'os numeros'", "'no such words'")
    given = [article.as_written(part) for part in parts]
    assert [article.quotes(part) for part in parts] == [True, True, True, False]
    assert given == ["'exportações'", "'União Europeia'", "'Os números'", "'no such words'"]
    # one fold for as_written's in-place spans, one for quotes' space-joined form
    assert len(folded_sentences) == 2
    # and none for a second Article of the same page (each claim of a /check page has one)
    again = Article(PT_SENTENCE, "pt")
    assert again.as_written("'exportacoes'") == "'exportações'" and again.quotes("'os numeros'")
    assert len(folded_sentences) == 2
