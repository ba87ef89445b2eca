"""/country/PER?lang=es and /country/BRA?lang=pt keep English (lang="en") only where it is
allowed (ALLOWED below): a source's or a document's title, a name, a source's own wording.
Curators' notes are shown in the reader's language (chinalac.web.notes: generated tie evidence,
data/i18n/notes.csv), with the English original in the translated passage's title."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest

# What may stay in English on a Spanish or Portuguese country page (lang="en" on the element or
# an ancestor of it), each for its reason:
ALLOWED = {
    "language switch": "the link to the English page (nav.language-switch a[hreflang=en])",
    "source": "a source's or document's title (class source, or inside one)",
    "reporter": "the name of who reported a figure (class reporter / reporter-note)",
    "wording": "a source's own wording of a status, quoted after its label (inside .wording)",
    "chart": "a series' reporter or a source title drawn inside a chart (inside svg)",
    "name": "a stored name: a project (td.name) or a person (span.name)",
    "quote": "a quotation a translated note keeps (inside .translated-note, between quotes)",
}
QUOTES = ("'", '"', "“", "”", "‘", "’")


class EnglishElements(HTMLParser):
    """Every element marked lang="en" with what it is (ALLOWED) or None."""

    VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
            "track", "wbr"}  # fmt: skip

    def __init__(self):
        super().__init__()
        self.stack: list[dict] = []
        self.found: list[dict] = []

    def handle_starttag(self, tag, attrs):
        if tag in self.VOID:
            return
        attributes = dict(attrs)
        element = {
            "tag": tag,
            "classes": set((attributes.get("class") or "").split()),
            "attrs": attributes,
            "text": [],
            "ancestors": list(self.stack),
        }
        self.stack.append(element)
        if attributes.get("lang") == "en":
            self.found.append(element)

    def handle_endtag(self, tag):
        if tag in self.VOID:
            return
        while self.stack and self.stack.pop()["tag"] != tag:
            pass

    def handle_data(self, data):
        for element in self.stack:
            element["text"].append(data)


def allowed(element: dict) -> str | None:
    line = [*element["ancestors"], element]
    classes = set().union(*(e["classes"] for e in line))
    text = "".join(element["text"]).strip()
    if element["tag"] == "a" and element["attrs"].get("hreflang") == "en":
        return "language switch"
    if "source" in classes:
        return "source"
    if element["classes"] & {"reporter", "reporter-note"}:
        return "reporter"
    if "wording" in classes:
        return "wording"
    if any(e["tag"] == "svg" for e in line):
        return "chart"
    if (element["tag"] == "td" or element["tag"] == "span") and "name" in element["classes"]:
        return "name"
    if "translated-note" in classes and text[:1] in QUOTES and text[-1:] in QUOTES:
        return "quote"
    return None


def english_elements(html: str) -> list[tuple[str | None, str]]:
    parser = EnglishElements()
    parser.feed(html)
    return [(allowed(e), "".join(e["text"]).strip()) for e in parser.found]


@pytest.mark.parametrize(("path", "lang"), [("/country/PER", "es"), ("/country/BRA", "pt")])
def test_a_country_page_keeps_english_only_for_titles_names_and_quotes(client, path, lang):
    response = client.get(path, params={"lang": lang})
    assert response.status_code == 200
    found = english_elements(response.text)
    assert {reason for reason, _text in found} >= {"language switch", "source"}
    wrong = [text for reason, text in found if reason is None]
    assert not wrong, f"{path}?lang={lang}: English outside titles, names and quotes: {wrong}"
    assert 'class="translated-note"' in response.text
    assert "untranslated-note" not in response.text


def test_the_check_finds_a_note_left_in_english():
    html = (
        '<div class="detail"><span class="untranslated-note" lang="en">50th anniversary</span></div>'
        '<a class="source" lang="en">A title</a><td class="name" lang="en">Chancay Port</td>'
    )
    assert english_elements(html) == [
        (None, "50th anniversary"),
        ("source", "A title"),
        ("name", "Chancay Port"),
    ]


ALLOWED_JS = """() => [...document.querySelectorAll('[lang="en"]')].filter(e => !(
  (e.matches('a[hreflang="en"]')) ||
  e.closest('.source') || e.matches('.reporter, .reporter-note') || e.closest('.wording') ||
  e.closest('svg') || e.matches('td.name, span.name') ||
  (e.closest('.translated-note') && /^['"“‘].*['"”’]$/s.test(e.textContent.trim()))
)).map(e => e.outerHTML.slice(0, 200))"""


@pytest.mark.parametrize(("path", "lang"), [("/country/PER", "es"), ("/country/BRA", "pt")])
def test_in_the_browser_a_reader_meets_english_only_in_titles_names_and_quotes(page, path, lang):
    page.goto(f"{page.base}{path}?lang={lang}")
    assert page.evaluate("() => document.documentElement.lang") == lang
    assert page.evaluate(ALLOWED_JS) == []
    # the English original of a translated note is one hover away
    title = page.locator(".detail .translated-note").first.get_attribute("title")
    assert title.startswith("Original (en inglés): " if lang == "es" else "Original (em inglês): ")


@pytest.mark.parametrize("lang", ["es", "pt"])
@pytest.mark.parametrize("path", ["/architecture", "/commitments"])
def test_the_architecture_and_commitments_pages_show_every_note_translated(client, path, lang):
    html = client.get(path, params={"lang": lang}).text
    assert 'class="translated-note"' in html
    assert "untranslated-note" not in html
    if path == "/architecture":  # a state where an event took place, by its reader name
        assert {"es": "(Perú)", "pt": "(Peru)"}[lang] in html
        assert '<span class="muted" lang="en">(Chile)</span>' not in html
