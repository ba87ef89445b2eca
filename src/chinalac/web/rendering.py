"""Page rendering: one Jinja2 environment per language, autoescaped, with a page cache.

Every page is a pure function of (path, query, language) over a read-only store, so the HTML
is cached per language for the life of the process; that is what keeps the dashboard fast
under load. The same templates write the static site (`chinalac site`): there every link is
made relative to the page's own file so the folder works from any web server or from disk.
"""

from __future__ import annotations

import functools
import hashlib
import json
import math
import posixpath
import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import jinja2
import markupsafe

from chinalac.web import i18n, notes, reasons, vocabulary

TEMPLATES_DIR = Path(__file__).parent / "templates"


@dataclass(frozen=True)
class PageLocation:
    """Where a page is, so links can be written for the server or for the static site."""

    path: str  # e.g. "/country/PER"
    lang: str
    site_mode: bool = False
    query: str = ""  # the current query string, kept by the language switch

    def url(self, target: str, lang: str | None = None) -> str:
        lang = lang or self.lang
        if not self.site_mode:
            return target
        return posixpath.relpath(
            site_file(target, lang), posixpath.dirname(site_file(self.path, self.lang))
        )

    def static(self, name: str) -> str:
        version = static_version(name)
        return self.url(f"/static/{name}") + (f"?v={version}" if version else "")

    def switch_language(self, lang: str) -> str:
        if self.site_mode:
            return self.url(self.path, lang)
        next_path = self.path + (f"?{self.query}" if self.query else "")
        from urllib.parse import quote

        return f"/lang/{lang}?next={quote(next_path, safe='')}"


@functools.cache
def static_version(name: str) -> str:
    """A short digest of a file under web/static (its URL changes when the file does)."""
    path = Path(__file__).parent / "static" / name
    if not path.is_file():
        return ""
    return hashlib.sha256(path.read_bytes()).hexdigest()[:10]


def site_file(path: str, lang: str) -> str:
    """The static site's file for a URL path: pages under a language folder, files shared."""
    path = path.split("?", 1)[0].split("#", 1)[0]
    last = path.rsplit("/", 1)[-1]
    if "." in last:  # a download or a static asset: one copy for every language
        return path.lstrip("/")
    prefix = "" if lang == i18n.DEFAULT_LANGUAGE else f"{lang}/"
    page = path.strip("/")
    return f"{prefix}{page}/index.html" if page else f"{prefix}index.html"


class Renderer:
    def __init__(self, globals_: dict | None = None):
        self.environments: dict[str, jinja2.Environment] = {}
        for lang in i18n.LANGUAGES:
            environment = jinja2.Environment(
                loader=jinja2.FileSystemLoader(TEMPLATES_DIR),
                autoescape=True,  # every template, whatever its extension
                extensions=["jinja2.ext.i18n"],
                trim_blocks=True,
                lstrip_blocks=True,
                undefined=jinja2.StrictUndefined,
            )
            environment.install_gettext_translations(i18n.translations(lang), newstyle=True)
            environment.globals.update(globals_ or {})
            # t(): plain gettext for msgids held in variables (labels from Python code); unlike
            # newstyle _(), it never applies %-formatting, so a label such as "%" is safe.
            environment.globals["t"] = i18n.translations(lang).gettext
            environment.globals["lang"] = lang
            environment.globals["languages"] = i18n.LANGUAGE_NAMES
            environment.filters["date"] = lambda text, lang=lang: i18n.format_iso_date(text, lang)
            # Words before a date in the preposition its precision takes ("desde el 26 de marzo").
            environment.filters["dated"] = lambda text, lang=lang: i18n.date_prepositions(
                text, lang
            )
            environment.filters["number"] = lambda value, digits=2, lang=lang: i18n.format_number(
                value, lang, digits
            )
            environment.filters["tojson_attr"] = to_json_attribute
            # Stored vocabulary values, column headers and figures in the reader's language.
            environment.filters["vocab"] = lambda value, lang=lang: vocabulary.label(value, lang)
            environment.filters["reader"] = vocabulary.reader_text
            environment.filters["cited"] = lambda text, lang=lang: vocabulary.cited(
                text, lang, (globals_ or {}).get("source")
            )
            # A curator's note: chinalac's translation where one is shipped, else as stored.
            environment.filters["note"] = lambda text, lang=lang: notes.note_markup(
                text, lang, (globals_ or {}).get("source")
            )
            # …or a name where one is stored ("Xi Jinping"), a description where none is.
            environment.filters["named"] = lambda text, lang=lang: notes.note_markup(
                text, lang, (globals_ or {}).get("source"), fallback="name"
            )
            # A ties row's evidence: generated in the reader's words when it is the template.
            environment.filters["tie_evidence"] = lambda row, iso3, lang=lang: (
                notes.tie_evidence_markup(
                    {**row, "iso3": iso3},
                    lang,
                    (globals_ or {}).get("country_name") or (lambda code, _lang: code),
                    (globals_ or {}).get("source"),
                )
            )
            environment.filters["source_title"] = lambda text, lang=lang: vocabulary.source_title(
                text, lang
            )
            environment.filters["title_lang"] = lambda text, lang=lang: (
                vocabulary.title_lang_attribute(text, lang)
            )
            environment.filters["reporter"] = lambda value, lang=lang: vocabulary.reporter(
                value, lang
            )
            environment.globals["claim_words"] = lambda value, lang=lang: vocabulary.claim_words(
                value, lang
            )
            # A pledge's description: chinalac's translation where one is curated, else English.
            environment.globals["pledge_text"] = lambda commitment_id, english, lang=lang: (
                vocabulary.pledge_text(commitment_id, english, lang)
            )
            # `claim`: the /check claim the reason is about (its quotes are in its language);
            # `whole`: the text checked, which a reason may quote beyond the claim's sentence.
            environment.filters["reason"] = lambda text, claim=None, whole="", lang=lang: (
                reasons.reason_markup(
                    text,
                    lang,
                    (globals_ or {}).get("country_name"),
                    reasons.Article.of(claim, whole),
                )
            )
            environment.filters["table"] = lambda name, lang=lang: vocabulary.table_label(
                name, lang
            )
            environment.filters["column"] = lambda name, lang=lang: vocabulary.column_label(
                name, lang
            )
            environment.filters["figure"] = lambda value, unit=None, lang=lang: (
                vocabulary.figure_value(value, unit, lang)
            )
            environment.filters["amount"] = lambda value, unit=None, lang=lang: vocabulary.amount(
                value, unit, lang
            )
            # Passages stored in English only (evidence notes, details, method notes) carry
            # lang="en" on Spanish and Portuguese pages: browsers, screen readers and the
            # translation test (tests/web/test_translation.py) know them for English.
            environment.globals["en"] = markupsafe.Markup(' lang="en"' if lang != "en" else "")
            self.environments[lang] = environment

    def render(self, template: str, location: PageLocation, **context) -> str:
        environment = self.environments[location.lang]
        return environment.get_template(template).render(
            here=location, url=location.url, static=location.static, **context
        )

    def gettext(self, lang: str) -> Callable[[str], str]:
        return i18n.gettext_for(lang)


def without_nan(value):
    """NaN and infinities become null: JSON has no NaN, and JSON.parse refuses it."""
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        return {key: without_nan(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [without_nan(item) for item in value]
    return value


def to_json_attribute(value) -> str:
    """JSON for an HTML attribute (autoescaping then quotes it safely)."""
    return json.dumps(
        without_nan(value), ensure_ascii=False, separators=(",", ":"), default=str, allow_nan=False
    )


class PageCache:
    """A bounded, thread-safe least-recently-used cache of rendered responses."""

    def __init__(self, capacity: int = 4096):
        self.capacity = capacity
        self._entries: OrderedDict[tuple, object] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: tuple):
        with self._lock:
            value = self._entries.get(key)
            if value is not None:
                self._entries.move_to_end(key)
            return value

    def put(self, key: tuple, value) -> None:
        with self._lock:
            self._entries[key] = value
            self._entries.move_to_end(key)
            while len(self._entries) > self.capacity:
                self._entries.popitem(last=False)

    def get_or_make(self, key: tuple, make: Callable[[], object]):
        value = self.get(key)
        if value is None:
            value = make()
            self.put(key, value)
        return value
