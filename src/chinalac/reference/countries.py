"""Resolve what a user types ("Perú", "brasil", "BRA", "076") to an ISO 3166 alpha-3 code.

Only China and the 33 CELAC states resolve. Names come from the store (`countries`,
`country_names`: English, Spanish, Portuguese and aliases), then from pycountry, then from
country_converter's regexes. A name that another converter maps outside that set (Taiwan,
Hong Kong, Macao) is rejected, never folded into China.
"""

from __future__ import annotations

import functools
import logging
import re
import unicodedata

import pandas as pd
import pycountry
from rapidfuzz import process

from chinalac.reference.errors import UnknownCountryError

__all__ = ["CountryResolver", "UnknownCountryError", "normalise"]

NON_PRC_CHINESE = {"TWN": "Taiwan", "HKG": "Hong Kong", "MAC": "Macao"}
# The longest official name ("Bolivarian Republic of Venezuela", "Saint Vincent and the
# Grenadines") is under 40 characters: anything past this is refused before any matching,
# whose cost grows with the length of the name.
MAX_NAME_CHARACTERS = 100


def normalise(name: str) -> str:
    """Case-, accent- and punctuation-insensitive form used for matching."""
    text = unicodedata.normalize("NFKD", str(name)).encode("ascii", "ignore").decode("ascii")
    text = re.sub(r"[^a-z0-9 ]+", " ", text.casefold().replace("&", " and "))
    text = re.sub(r"\bst\b", "saint", text)
    return re.sub(r"\s+", " ", text).strip()


class CountryResolver:
    def __init__(self, countries: pd.DataFrame, names: pd.DataFrame | None = None):
        self.countries = countries.set_index("iso3", drop=False)
        self.codes = set(self.countries.index)
        self.display: dict[str, str] = {}
        self.index: dict[str, str] = {}
        for row in self.countries.itertuples():
            keys = [
                row.iso3,
                row.iso2,
                str(row.iso_numeric).zfill(3),
                row.name_en,
                row.name_es,
                row.name_pt,
            ]
            record = pycountry.countries.get(alpha_3=row.iso3)
            if record is not None:
                keys += [getattr(record, a, None) for a in ("name", "official_name", "common_name")]
            for key in keys:
                self._add(key, row.iso3)
            self.display[row.iso3] = row.name_en
        if names is not None:
            for row in names.itertuples():
                if row.iso3 in self.codes:
                    self._add(row.name, row.iso3)

    def _add(self, key: str | None, iso3: str) -> None:
        if key:
            self.index.setdefault(normalise(key), iso3)

    def resolve(self, name: str) -> str:
        if len(name) > MAX_NAME_CHARACTERS:
            raise UnknownCountryError(
                name[:40] + "…", [], f"longer than {MAX_NAME_CHARACTERS} characters"
            )
        key = normalise(name)
        if not key:
            raise UnknownCountryError(name, [], "empty name")
        if key in self.index:
            return self.index[key]
        other = self._converter_guess(name)
        if other in self.codes:
            return other
        hint = ""
        if other in NON_PRC_CHINESE:
            hint = f"{NON_PRC_CHINESE[other]} is not the People's Republic of China and not a CELAC state"
        elif other:
            hint = f"{other} is not China or one of the 33 CELAC states"
        raise UnknownCountryError(name, self.suggest(name), hint)

    def try_resolve(self, name: str) -> str | None:
        try:
            return self.resolve(name)
        except UnknownCountryError:
            return None

    def suggest(self, name: str, limit: int = 3) -> list[str]:
        choices = {key: iso3 for key, iso3 in self.index.items() if len(key) > 3}
        matches = process.extract(normalise(name), list(choices), limit=limit * 4, score_cutoff=60)
        seen: list[str] = []
        for key, _score, _ in matches:
            label = f"{self.display[choices[key]]} ({choices[key]})"
            if label not in seen:
                seen.append(label)
        return seen[:limit]

    @staticmethod
    def _converter_guess(name: str) -> str | None:
        result = _converter().convert(name, to="ISO3", not_found=None)
        return result if isinstance(result, str) else None


@functools.cache
def _converter():
    import country_converter as coco  # slow to import and to build: only when a name needs it

    logging.getLogger("country_converter").setLevel(logging.CRITICAL)
    return coco.CountryConverter()
