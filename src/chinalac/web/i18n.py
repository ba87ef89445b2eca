"""Languages: English (the source strings), Spanish and Portuguese.

Labels come from babel message catalogs under `web/locales/<lang>/LC_MESSAGES/messages.mo`
(compiled from the `.po` beside them by `python -m chinalac.web.catalogs`; both are committed
so a plain `pip install .` ships them). Country names come from the store (countries.name_es,
name_pt) and months from babel's CLDR data, so neither needs a catalog entry.

The language is chosen, in order, by `?lang=`, the `lang` cookie the switch sets, then the
browser's Accept-Language header.
"""

from __future__ import annotations

import datetime as dt
import functools
import gettext
import re
from pathlib import Path

from babel.dates import format_date, format_skeleton, get_month_names
from babel.numbers import format_decimal
from babel.support import Translations
from markupsafe import Markup

LANGUAGES = ("en", "es", "pt")
DEFAULT_LANGUAGE = "en"
LANGUAGE_NAMES = {"en": "English", "es": "Español", "pt": "Português"}
LOCALES_DIR = Path(__file__).parent / "locales"
COOKIE = "lang"
# Babel locale used for dates and numbers: Portuguese as written in Brazil, the LAC reader's.
BABEL_LOCALES = {"en": "en", "es": "es", "pt": "pt_BR"}


def N_(message: str) -> str:  # noqa: N802 — the conventional name extraction tools look for
    """Mark a string for the catalogs without translating it here (translated when shown)."""
    return message


@functools.cache
def translations(lang: str) -> gettext.NullTranslations:
    if lang == DEFAULT_LANGUAGE:
        return gettext.NullTranslations()
    loaded = Translations.load(str(LOCALES_DIR), [lang], domain="messages")
    if not isinstance(loaded, Translations):
        raise FileNotFoundError(f"no compiled catalog for '{lang}' under {LOCALES_DIR}")
    return loaded


def gettext_for(lang: str):
    return translations(lang).gettext


def parse_accept_language(header: str | None) -> list[str]:
    """Primary language subtags from an Accept-Language header, best first."""
    weighted = []
    for position, part in enumerate((header or "").split(",")):
        pieces = part.strip().split(";")
        tag = pieces[0].strip().lower()
        if not tag or tag == "*":
            continue
        quality = 1.0
        for parameter in pieces[1:]:
            name, _, value = parameter.strip().partition("=")
            if name == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        if quality > 0:  # q=0 means "not this language"
            weighted.append((-quality, position, tag.split("-")[0]))
    return [tag for _negative_quality, _position, tag in sorted(weighted)]


def choose_language(query: str | None, cookie: str | None, accept_language: str | None) -> str:
    for candidate in (query, cookie):
        if candidate in LANGUAGES:
            return candidate
    for tag in parse_accept_language(accept_language):
        if tag in LANGUAGES:
            return tag
    return DEFAULT_LANGUAGE


# -- dates ----------------------------------------------------------------------------------
_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def format_iso_date(text: str | None, lang: str) -> str:
    """An ISO date at the precision it was written ("2015", "2015-01", "2015-01-08"), in words.

    Forms the compiled ties use are kept readable: ranges ("2015-01-08/2015-01-09"), bounds
    ("<2019-10" → "before October 2019") and approximations ("c.2021").
    """
    if text is None or (isinstance(text, float) and text != text):
        return ""
    text = str(text).strip()
    if "/" in text:
        return " – ".join(format_iso_date(part, lang) for part in text.split("/", 1))
    first, dash, last = text.partition("–")  # a span of months the checker writes "2005-01–2012-12"
    if dash and "-" in text and _DATE.fullmatch(first) and _DATE.fullmatch(last):
        return " – ".join(format_iso_date(part, lang) for part in (first, last))
    _ = gettext_for(lang)
    if text.startswith("<"):
        return date_prepositions(
            _("before %(date)s") % {"date": format_iso_date(text[1:], lang)}, lang
        )
    if text.startswith(">"):
        return date_prepositions(
            _("after %(date)s") % {"date": format_iso_date(text[1:], lang)}, lang
        )
    match = _DATE.fullmatch(text)
    if not match:
        return text
    year, month, day = match.groups()
    locale = BABEL_LOCALES[lang]
    try:
        if day:
            return format_date(dt.date(int(year), int(month), int(day)), "long", locale=locale)
        if month:
            return format_skeleton("yMMMM", dt.date(int(year), int(month), 1), locale=locale)
    except ValueError:  # an impossible date as written in a source: show it untouched
        return text
    return year


# Spanish dates take their article from their precision: a day takes "el" ("se firmó el 18 de
# noviembre de 2005"), a month or a year "en" ("en noviembre de 2005"). A frame is written once for
# every precision, so its preposition is set here, after the date is in words (Portuguese says
# "em" for all three, English has its own frame text).
_SPANISH_MONTH = "|".join(
    name.lower() for name in get_month_names("wide", locale=BABEL_LOCALES["es"]).values()
)
_SPANISH_DAY = rf"(?=\d{{1,2}} de (?:{_SPANISH_MONTH}) de \d{{4}})"
_SPANISH_DAY_AFTER_EN = re.compile(rf"\ben {_SPANISH_DAY}")
_SPANISH_DAY_AFTER_SINCE = re.compile(rf"\b(desde|hasta) {_SPANISH_DAY}")  # "desde el 26 de marzo"
_SPANISH_DAY_AFTER_DE = re.compile(rf"\b(antes|después) de {_SPANISH_DAY}")  # "antes del 26 de …"
_SPANISH_MONTH_AFTER_EL = re.compile(rf"\bel (?=(?:{_SPANISH_MONTH}) de \d{{4}})")


def date_prepositions(text: str, lang: str) -> str:
    """`text` with each Spanish date after the preposition its precision takes ("en 18 de
    noviembre de 2005" → "el 18 de noviembre de 2005", "desde 26 de marzo de 2023" → "desde el
    26 de …", "antes de 1 de …" → "antes del 1 de …", "el noviembre de 2005" → "en noviembre
    de 2005"); other languages untouched. Markup stays Markup (only words change)."""
    if lang != "es":
        return text
    worded = _SPANISH_DAY_AFTER_EN.sub("el ", text)
    worded = _SPANISH_DAY_AFTER_SINCE.sub(r"\1 el ", worded)
    worded = _SPANISH_DAY_AFTER_DE.sub(r"\1 del ", worded)
    worded = _SPANISH_MONTH_AFTER_EL.sub("en ", worded)
    return Markup(worded) if isinstance(text, Markup) else worded


def format_number(value, lang: str, digits: int = 2) -> str:
    if value is None or (isinstance(value, float) and value != value):
        return ""
    return format_decimal(
        value, format=f"#,##0.{'#' * digits}" if digits else "#,##0", locale=BABEL_LOCALES[lang]
    )
