"""Spanish and Portuguese pages show no English string from the catalogs or the vocabularies.

A real extraction check, not a hand-kept list: the English strings are every msgid of the
message catalogs whose translation differs from it, every English label of web/vocabulary.csv
and every indicator title and unit of indicators.yml; the pages are rendered with ?lang=es and
?lang=pt and their visible text (no markup, scripts, attributes, source titles, or passages the
page itself marks lang="en") is searched for each of them as a whole phrase.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest
from babel.messages.pofile import read_po

from chinalac.web import vocabulary
from chinalac.web.catalogs import po_path

PAGES = (
    "/",
    "/map/partnership",
    "/map/bri",
    "/map/depth",
    "/country/BRA",
    "/country/PER",
    "/country/CUB",
    "/indicators/cooperation_depth_index",
    "/architecture",
    "/data",
    "/check",
    "/sql",
    "/no-such-page",
)
SKIPPED_TAGS = {"script", "style", "template", "title", "code", "pre", "svg"}
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
        "track", "wbr"}  # fmt: skip
PLACEHOLDER = re.compile(r"%\(\w+\)[sd]|%[sd]")


class VisibleText(HTMLParser):
    """Text a reader sees, without English passages the page marks lang="en" and without
    source titles (a publication's own title is never translated)."""

    def __init__(self):
        super().__init__()
        self.stack: list[bool] = []  # per open element: is its text hidden from the check?
        self.parts: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag in VOID:
            return
        attributes = dict(attrs)
        hidden = (
            (self.stack and self.stack[-1])
            or tag in SKIPPED_TAGS
            or attributes.get("lang") == "en"
            or "source" in (attributes.get("class") or "").split()
        )
        self.stack.append(bool(hidden))

    def handle_endtag(self, tag):
        if tag not in VOID and self.stack:
            self.stack.pop()

    def handle_data(self, data):
        if not (self.stack and self.stack[-1]):
            self.parts.append(data)

    def text(self) -> str:
        return re.sub(r"\s+", " ", " ".join(self.parts))


def visible_text(html: str) -> str:
    parser = VisibleText()
    parser.feed(html)
    return parser.text()


def english_strings(lang: str) -> set[str]:
    with po_path(lang).open("rb") as handle:
        catalog = read_po(handle, locale=lang)
    found = set()
    # Words that are themselves a translation here ("Data" is Portuguese for "Date").
    native = {m.string for m in catalog if m.id and isinstance(m.string, str)}
    for message in catalog:
        if not message.id or isinstance(message.id, tuple):
            continue
        if message.string == message.id:
            continue  # the same in both languages ("PNG", "CSV")
        translated = message.string if isinstance(message.string, str) else " ".join(message.string)
        for piece in PLACEHOLDER.split(message.id):
            piece = piece.strip(" .,:;—–-()")
            if piece not in translated:  # "bytes" is "bytes" in Spanish too
                found.add(piece)
    for row in vocabulary.rows():
        if row[lang] != row["en"]:
            found.add(row["en"])
    from chinalac.indicators.registry import metadata

    for entry in metadata()["indicators"]:
        if entry.get(f"title_{lang}"):
            found.add(entry["title"])
    # Too short or too generic to tell English from a name or a number.
    return {s for s in found - native if len(s) >= 4 and re.search(r"[a-z]{3}", s)}


def english_on_page(text: str, strings: set[str]) -> list[str]:
    return sorted(
        s for s in strings if re.search(r"(?<![\w-])" + re.escape(s) + r"(?![\w-])", text)
    )


@pytest.mark.parametrize("lang", ["es", "pt"])
def test_pages_show_no_english_catalog_or_vocabulary_string(client, lang):
    strings = english_strings(lang)
    assert len(strings) > 200  # the check reads the catalogs, not a short list
    left = {}
    for path in PAGES:
        response = client.get(path, params={"lang": lang})
        assert response.status_code in (200, 404), path
        found = english_on_page(visible_text(response.text), strings)
        if found:
            left[path] = found
    assert not left, left


def test_the_check_finds_an_english_string():
    """The extraction itself works: an English label left on a page is caught."""
    text = visible_text(
        '<p>Socio <span class="x">Comprehensive strategic partnership</span></p>'
        '<p lang="en">Strategic partnership</p><script>var a = "Projects";</script>'
    )
    assert english_on_page(text, english_strings("es")) == ["Comprehensive strategic partnership"]
