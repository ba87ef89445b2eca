"""Curators' notes in the reader's language: generated where a note is a template over its row,
translated where it is free text, else shown as stored, marked lang="en".

chinalac's curated files carry notes in English, written by the project's curators: a tie's
`detail` and `evidence`, a figure's evidence, a visit's role, a framework's context, a pledge's
scope note, the descriptive title of a source that has none. Two kinds are shown to a Spanish or
Portuguese reader in their own language:

* formulaic notes, a sentence the compilers wrote from the row's own fields ("The page supports
  diplomatic relations with the PRC for Peru: established, dated 1971-11-02."): generated again
  from those fields through the catalogs (`tie_sentence`: the tie and its status in words, the
  state's name, the date by babel), and only when the stored sentence is exactly that template
  over the row, so a note a curator edited by hand is never replaced by a guess;
* free-text notes: chinalac's own Spanish and Portuguese translation, shipped as data
  (data/i18n/notes.csv, sidecar SOURCE.yml), keyed by the English note exactly as stored, so an
  edited note falls back to its English until it is translated again (`note_markup`). The page
  keeps the English original reachable: the translated passage carries it in its `title`
  attribute (class "translated-note").

What stays as written, marked lang="en": titles of sources and documents, names of people,
outlets and institutions, a source's own wording (a status quoted after its label, the quotes
on /check), evidence quotes copied from a page, and any note without a translation yet.
"""

from __future__ import annotations

import csv
import functools
import re
from collections.abc import Callable, Mapping

from markupsafe import Markup, escape

from chinalac.domain.figures import SUMMED_NOTE
from chinalac.domain.ties import row_label
from chinalac.paths import package_data_dir
from chinalac.web import i18n, vocabulary
from chinalac.web.i18n import N_

NOTES_CSV = package_data_dir() / "i18n" / "notes.csv"
TRANSLATED_CLASS = "translated-note"
UNTRANSLATED_CLASS = "untranslated-note"  # a note shown in English: no translation for it yet
ORIGINAL = N_("Original (English): %(text)s")

# -- formulaic tie evidence -----------------------------------------------------------------
# The sentence data/ties_compiled/*.csv store in `evidence` for a row whose page states the tie
# itself (the compilers' template), dated or not.
TIE_DATED = "The page supports {tie} for {country}: {status}, dated {date}."
TIE_UNDATED = "The page supports {tie} for {country}: {status}, undated."
TIE_DATED_WORDS = N_("The page supports %(tie)s (%(country)s): %(status)s; date: %(date)s.")
TIE_UNDATED_WORDS = N_("The page supports %(tie)s (%(country)s): %(status)s; undated.")
DECADE = re.compile(r"(\d{3}0)s")  # "1990s", as one compiled row dates a partnership
DECADE_WORDS = N_("the %(year)ss")
# The tie as the template names it, per tie type (the stored English is the msgid).
TIE_PHRASES = {
    "diplomatic_relations_prc": N_("diplomatic relations with the PRC"),
    "bri_mou": N_("a Belt and Road memorandum"),
    "fta": N_("a free-trade agreement with China"),
    "fta_upgrade": N_("an FTA upgrade"),
    "aiib": N_("AIIB membership"),
    "partnership": N_("its partnership level with China"),
    "confucius_institutes": N_("Confucius Institutes"),
    "one_china": N_("the one-China principle"),
    "taiwan_recognition": N_("recognition of Taipei"),
    "taiwan_recognition_2025": N_("recognition of Taipei (2025)"),
    "taiwan_break": N_("a break with Taipei"),
    "taiwan_switch": N_("a switch from Taipei to Beijing"),
}
# A row's status in the sentence: one of these words for its exact stored status (the commonest,
# and those the tie vocabulary, domain/tie_vocabulary.yml, does not classify), else the controlled
# label of its status (its own wording is quoted on the row above the evidence), else no sentence.
STATUS_WORDS = {
    # the commonest exact statuses, worded without repeating the tie the sentence names
    ("diplomatic_relations_prc", "established"): N_("relations established"),
    ("bri_mou", "signed"): N_("memorandum signed"),
    ("taiwan_recognition_2025", "does not recognise Taiwan (inferred)"): N_(
        "does not recognise Taiwan (inferred)"
    ),
    ("taiwan_break", "severed"): N_("relations severed"),
    ("fta_upgrade", "signed"): N_("upgrade signed"),
    ("fta_upgrade", "negotiating"): N_("upgrade under negotiation"),
    ("one_china", "supports One China policy"): N_("supports the one-China policy"),
    (
        "partnership",
        "community with a shared future for a more just world and a more sustainable planet",
    ): N_("community with a shared future for a more just world and a more sustainable planet"),
}


def _lowered(label: str) -> str:
    """A label inside a sentence: "relaciones con la RPC", but "TLC en vigor" as written."""
    if len(label) > 1 and label[0].isupper() and label[1].islower():
        return label[0].lower() + label[1:]
    return label


def status_words(tie_type: str, status: str, lang: str) -> str | None:
    """A tie row's status in the reader's words, or None when neither the tie vocabulary nor
    STATUS_WORDS words it."""
    _ = i18n.gettext_for(lang)
    worded = STATUS_WORDS.get((tie_type, status))
    if worded:
        return _(worded)
    controlled = row_label(tie_type, status)
    return _lowered(_(controlled)) if controlled else None


def _text(value) -> str:
    return "" if value is None or (isinstance(value, float) and value != value) else str(value)


def tie_sentence(row: Mapping, lang: str, country_name: Callable[[str, str], str]) -> str | None:
    """A ties row's evidence sentence in `lang`, generated from the row's fields, when the
    stored `evidence` is exactly the compilers' template over them; None otherwise (the page
    then shows the stored note: `note_markup`). `country_name(iso3, lang)` names the state."""
    evidence, tie_type = _text(row.get("evidence")), _text(row.get("tie_type"))
    status, date, iso3 = _text(row.get("status")), _text(row.get("date")), _text(row.get("iso3"))
    phrase = TIE_PHRASES.get(tie_type)
    if not evidence or not phrase or not status or not iso3:
        return None
    template = TIE_DATED if date else TIE_UNDATED
    english = template.format(
        tie=phrase, country=country_name(iso3, "en"), status=status, date=date
    )
    if english != evidence:
        return None
    if lang == i18n.DEFAULT_LANGUAGE:
        return evidence
    words = status_words(tie_type, status, lang)
    if words is None:
        return None
    _ = i18n.gettext_for(lang)
    decade = DECADE.fullmatch(date)
    return _(TIE_DATED_WORDS if date else TIE_UNDATED_WORDS) % {
        "tie": _lowered(_(phrase)),
        "country": country_name(iso3, lang),
        "status": words,
        "date": _(DECADE_WORDS) % {"year": decade[1]}
        if decade
        else i18n.format_iso_date(date, lang),
    }


# -- formulaic figure evidence --------------------------------------------------------------
# The sentence data/figures/figures_compiled stores in `evidence` for a figure: "The page reports
# exports to China of US$ 1170.1 m for 2023, per INE (Bolivia)." Its value, period and reporter
# are the row's own fields, which a page shows beside it in the reader's words; only the measure
# adds to them. A measure the compilers wrote as "other: …" is free text (a translation, if
# notes.csv holds one).
FIGURE_REPORTS = re.compile(
    r"^The page reports (?P<rest>.+) for (?P<period>[0-9-]+), per (?P<reporter>.+)\.$"
)
FIGURE_MEASURES = {
    "goods trade with China (exports + imports)": N_("goods trade with China (exports + imports)"),
    "exports to China": N_("exports to China"),
    "imports from China": N_("imports from China"),
    "Chinese state loans": N_("Chinese state loans"),
    "the number of Chinese state loans": N_("the number of Chinese state loans"),
    "China's rank among its trading partners": N_("China's rank among its trading partners"),
    "China's rank among its export destinations": N_("China's rank among its export destinations"),
    "the primary-commodity share of exports to China": N_(
        "the primary-commodity share of exports to China"
    ),
    "the stock of Chinese direct investment": N_("the stock of Chinese direct investment"),
    "cumulative Chinese direct investment": N_("cumulative Chinese direct investment"),
}
OTHER_MEASURE = "other: "
# A total chinalac adds from one source's exports and imports (chinalac.domain.figures) has
# chinalac's own words for its evidence, no page's.
SUMMED_WORDS = N_("exports + imports as published by one source, added by chinalac")
MEASURE_ON_PAGE = N_("the page reports %(measure)s")


def figure_note(note, reporter, lang: str) -> str | None:
    """A figure's evidence note in `lang` when it is the compilers' template over the figure's
    own fields (its reporter named as the row names it): the measure the page reports, in words
    ("la página informa exportaciones a China"); the value, period and reporter are shown beside
    it; the words of a total chinalac added up, in `lang`. None otherwise, or in English (the
    stored note is then shown as written), or for an "other: …" measure notes.csv does not
    translate."""
    if lang == i18n.DEFAULT_LANGUAGE:
        return None
    if _text(note) == SUMMED_NOTE:
        return i18n.gettext_for(lang)(SUMMED_WORDS)
    found = FIGURE_REPORTS.match(_text(note))
    if found is None or found["reporter"] != _text(reporter):
        return None
    rest = found["rest"]
    _ = i18n.gettext_for(lang)
    for english, msgid in FIGURE_MEASURES.items():
        if rest.startswith(english + " of "):
            return _(MEASURE_ON_PAGE) % {"measure": _(msgid)}
    if rest.startswith(OTHER_MEASURE):
        measure = rest[len(OTHER_MEASURE) :].rsplit(" of ", 1)[0]
        translated = translation(measure, lang)
        if translated:
            return _(MEASURE_ON_PAGE) % {"measure": translated}
    return None


# -- free-text notes: chinalac's translations -------------------------------------------------
@functools.cache
def translations() -> dict[str, dict[str, str]]:
    """{English note exactly as stored: {"es": …, "pt": …}} from data/i18n/notes.csv."""
    if not NOTES_CSV.is_file():
        return {}
    with NOTES_CSV.open(encoding="utf-8", newline="") as handle:
        return {row["en"]: {"es": row["es"], "pt": row["pt"]} for row in csv.DictReader(handle)}


# A day the curators wrote ISO inside a note ("anunciou o rompimento com Taiwan em 2021-12-09"):
# the translations keep it as written (notes.csv is keyed by figures kept), the page words it.
ISO_DAY = re.compile(r"(?<![\w/-])(\d{4}-\d{2}-\d{2})(?![\w/-])")


def translation(text, lang: str) -> str | None:
    """chinalac's translation of a stored English note into `lang`, or None; its ISO days in
    the reader's words."""
    if lang == i18n.DEFAULT_LANGUAGE:
        return None
    found = (translations().get(_text(text)) or {}).get(lang)
    if not found:
        return None
    return ISO_DAY.sub(lambda day: i18n.format_iso_date(day[1], lang), found)


# A source whose title was not stored is named by chinalac's description of it ("Op-ed by the
# Center for Latin American Studies, Shanghai University (title not stored)"): the project's
# words, not the publication's title, so they are translated like a note.
TITLE_NOT_STORED = re.compile(r"^(?P<said>[^()]+?) \(title not stored\)$")


def described_source(title, lang: str) -> str | None:
    """The translation of chinalac's description of an untitled source, or None (a real title,
    or no translation yet: shown as stored)."""
    found = TITLE_NOT_STORED.match(_text(title))
    return translation(found["said"], lang) if found else None


def note_markup(text, lang: str, source=None, fallback: str = UNTRANSLATED_CLASS) -> Markup:
    """A stored curator note for a page of `lang`: its translation (source ids linked as
    `vocabulary.cited` links them) with the English original in the `title` attribute; else
    the stored text, marked lang="en" on a Spanish or Portuguese page, with the class
    `fallback` ("untranslated-note"; "name" where the cell is mostly a name, as a visitor)."""
    english = vocabulary.cited(text, lang, source)
    if not english:
        return Markup("")
    if lang == i18n.DEFAULT_LANGUAGE:
        return english
    translated = translation(text, lang)
    if translated:
        original = i18n.gettext_for(lang)(ORIGINAL) % {"text": english.striptags()}
        return Markup('<span class="%s" title="%s">%s</span>') % (
            TRANSLATED_CLASS,
            original,
            _quotes_kept(translated, str(text), lang, source),
        )
    return Markup('<span class="%s" lang="en">%s</span>') % (fallback, english)


# A source's words a note quotes ("'over 6.3 million' direct participants") stay as written in
# the translation; on the page they are marked with their language (`quote_language`) when the
# English note has them too.
QUOTED = re.compile(r"(?<!\w)(?:\"[^\"\n]++\"|'[^'\n]++')(?!\w)")  # possessive: linear


def _quotes_kept(translated: str, english: str, lang: str, source) -> Markup:
    """A translated note as markup: source ids linked (`vocabulary.cited`), and each quotation
    it keeps from the English note marked lang="en"."""
    out, at = [], 0
    for quote in QUOTED.finditer(translated):
        if quote.group(0) not in english:
            continue
        said = quote_language(quote.group(0)[1:-1])
        out += [_cited_piece(translated[at : quote.start()], lang, source)]
        out += [
            Markup('<span lang="%s">%s</span>') % (said, quote.group(0))
            if said != lang
            else escape(quote.group(0))
        ]
        at = quote.end()
    out.append(_cited_piece(translated[at:], lang, source))
    return Markup("").join(out)


def quote_language(words: str) -> str:
    """The language of a quotation a note keeps ("en abril de 2019" is Spanish): the
    vocabulary's guess from its words, else English (the notes' own language)."""
    return vocabulary.title_language(words) or vocabulary.name_language(words) or "en"


# A name or a title a translation keeps in English is written [[China-Global South Project]]
# in notes.csv: the page marks it lang="en" (class "name"), as it marks a stored name.
KEPT_NAME = re.compile(r"\[\[([^\[\]]++)\]\]")


def _cited_piece(piece: str, lang: str, source) -> Markup:
    """`vocabulary.cited` on a piece of a note, keeping the spaces at its ends; names kept in
    English ([[…]]) marked lang="en"."""
    if KEPT_NAME.search(piece):
        out, at = [], 0
        for name in KEPT_NAME.finditer(piece):
            out += [_cited_piece(piece[at : name.start()], lang, source)]
            out += [Markup('<span class="name" lang="en">%s</span>') % name.group(1)]
            at = name.end()
        out.append(_cited_piece(piece[at:], lang, source))
        return Markup("").join(out)
    body = piece.strip()
    if not body:
        return escape(piece)
    lead, trail = piece[: len(piece) - len(piece.lstrip())], piece[len(piece.rstrip()) :]
    return escape(lead) + vocabulary.cited(body, lang, source) + escape(trail)


def tie_evidence_markup(
    row: Mapping, lang: str, country_name: Callable[[str, str], str], source=None
) -> Markup:
    """A ties row's evidence for a page: generated (`tie_sentence`), else `note_markup`."""
    generated = tie_sentence(row, lang, country_name)
    if generated is not None:
        return escape(generated)
    return note_markup(row.get("evidence"), lang, source)


# -- which notes the pages show ---------------------------------------------------------------
