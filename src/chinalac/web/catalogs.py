"""Maintain the message catalogs: extract → update the .po files → compile the .mo files.

    python -m chinalac.web.catalogs            extract, update es/pt .po, compile .mo
    python -m chinalac.web.catalogs --check    exit 1 if a catalog is stale or incomplete

Strings are marked with `_()` / `ngettext()` in templates and `N_()` / `_()` in the web
package's Python. Both the .po (what translators edit) and the .mo (what runs) are committed,
so an installed package needs no build step; a test runs `--check`.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import read_mo, write_mo
from babel.messages.pofile import read_po, write_po

from chinalac.web.i18n import DEFAULT_LANGUAGE, LANGUAGES, LOCALES_DIR

WEB_DIR = Path(__file__).parent
METHOD_MAP = [("templates/**.html", "jinja2"), ("**.py", "python")]
OPTIONS = {"templates/**.html": {"extensions": "jinja2.ext.i18n"}}
KEYWORDS = {"_": None, "gettext": None, "ngettext": (1, 2), "N_": None}


def extract() -> Catalog:
    catalog = Catalog(project="chinalac", domain="messages")
    for filename, lineno, message, _comments, context in extract_from_dir(
        WEB_DIR, METHOD_MAP, options_map=OPTIONS, keywords=KEYWORDS
    ):
        catalog.add(message, locations=[(filename, lineno)], context=context)
    return catalog


def po_path(lang: str) -> Path:
    return LOCALES_DIR / lang / "LC_MESSAGES" / "messages.po"


def read_catalog(lang: str) -> Catalog:
    path = po_path(lang)
    if not path.exists():
        return Catalog(locale=lang, domain="messages")
    with path.open("rb") as handle:
        return read_po(handle, locale=lang)


def update(lang: str, template: Catalog) -> Catalog:
    catalog = read_catalog(lang)
    catalog.update(template, no_fuzzy_matching=True)
    catalog.obsolete.clear()
    return catalog


def po_bytes(catalog: Catalog) -> bytes:
    buffer = io.BytesIO()
    write_po(buffer, catalog, omit_header=False, sort_output=True, width=100, include_lineno=False)
    return buffer.getvalue()


def mo_bytes(catalog: Catalog) -> bytes:
    buffer = io.BytesIO()
    write_mo(buffer, catalog)
    return buffer.getvalue()


def mo_messages(data: bytes) -> dict[object, object]:
    """The messages a compiled catalog holds, without its header entry.

    The header (msgid "") names the Babel version that wrote the file, so comparing bytes
    would fail whenever pip picks another Babel; the translations are what must match.
    """
    catalog = read_mo(io.BytesIO(data))
    return {_key(message.id): _key(message.string) for message in catalog if message.id}


def _key(value: str | list | tuple) -> str | tuple:
    # plural messages carry lists (singular, plural forms); tuples make them comparable keys
    return value if isinstance(value, str) else tuple(value)


def untranslated(catalog: Catalog) -> list[str]:
    missing = []
    for message in catalog:
        if not message.id:
            continue
        strings = message.string if isinstance(message.string, (list, tuple)) else [message.string]
        if not all(strings):
            missing.append(message.id if isinstance(message.id, str) else message.id[0])
    return missing


def problems() -> list[str]:
    """Why the committed catalogs do not match the code (empty when they do)."""
    template = extract()
    found = []
    for lang in LANGUAGES:
        if lang == DEFAULT_LANGUAGE:
            continue
        updated = update(lang, template)
        current = read_catalog(lang)
        if {m.id for m in updated if m.id} != {m.id for m in current if m.id}:
            found.append(f"{lang}: messages.po is stale (run python -m chinalac.web.catalogs)")
        for message_id in untranslated(current):
            found.append(f"{lang}: untranslated: {message_id!r}")
        mo = po_path(lang).with_suffix(".mo")
        if not mo.exists() or mo_messages(mo.read_bytes()) != mo_messages(mo_bytes(current)):
            found.append(f"{lang}: messages.mo does not match messages.po")
    return found


def main(argv: list[str]) -> int:
    if "--check" in argv:
        found = problems()
        for line in found:
            print(line)
        return 1 if found else 0
    template = extract()
    for lang in LANGUAGES:
        if lang == DEFAULT_LANGUAGE:
            continue
        catalog = update(lang, template)
        path = po_path(lang)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(po_bytes(catalog))
        catalog = read_catalog(lang)  # compile what is on disk, exactly
        path.with_suffix(".mo").write_bytes(mo_bytes(catalog))
        missing = untranslated(catalog)
        print(f"{lang}: {len(catalog)} messages, {len(missing)} untranslated")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
