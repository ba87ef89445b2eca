"""Whether a bare "$" in a Spanish or Portuguese text can be another currency than the US dollar.

Mexico, Argentina, Chile, Colombia, Uruguay and Cuba write their pesos with a bare "$"
("$ 3.000 millones" in a Santiago daily is in Chilean pesos), so a bare "$" there is read as
dollars but never refutes a stored figure. Honduras writes its lempira "L", Peru its sol "S/",
Guatemala its quetzal "Q", and Ecuador, El Salvador and Panama use the US dollar itself: in a
text that names only such states a bare "$" can only be the US dollar (round 45c's Honduran
page: "$ 8.5 millones" of exports to China in 2022, against the central bank's 11.4 million).

The symbols come from the Unicode CLDR through babel (`get_territory_currencies`,
`get_currency_symbol` in every locale of the territory), not from a hand-kept table.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

import pycountry
from babel import localedata
from babel.core import UnknownLocaleError
from babel.numbers import get_currency_symbol, get_territory_currencies

# China's and Taiwan's currencies are not written with a bare "$" in the region's press
# ("yuanes", "NT$"); a text on Honduras's switch from Taipei to Beijing keeps its dollars.
_NOT_A_DOLLAR_SIGN_HERE = frozenset({"CHN", "TWN"})
# Haiti's "dollar haïtien" (five gourdes), written "$", is a unit of account, not an ISO
# currency, so the CLDR does not list it.
_UNLISTED_DOLLARS = frozenset({"HTI"})


@cache
def _locales_of(alpha_2: str) -> tuple[str, ...]:
    return tuple(name for name in localedata.locale_identifiers() if name.endswith(f"_{alpha_2}"))


@cache
def writes_bare_dollar(code: str) -> bool | None:
    """Does the state of ISO 3166 alpha-3 `code` write a currency other than the US dollar
    with a "$" (in any CLDR locale of its territory: "$", "RD$", "C$", "R$")? None when `code`
    is not a state."""
    if code in _NOT_A_DOLLAR_SIGN_HERE:
        return False
    if code in _UNLISTED_DOLLARS:
        return True
    country = pycountry.countries.get(alpha_3=code)
    if country is None:
        return None
    currencies = [c for c in get_territory_currencies(country.alpha_2) if c != "USD"]
    for currency in currencies:
        for locale in _locales_of(country.alpha_2):
            try:
                # "RD$", "C$", "R$" too: the local press may drop the letters.
                if "$" in get_currency_symbol(currency, locale):
                    return True
            except UnknownLocaleError:  # pragma: no cover - listed locales load
                continue
    return False


def bare_dollar_is_usd(codes: Iterable[str]) -> bool:
    """True when the text names at least one state besides China and Taiwan, and none of the
    states it names writes its own currency with a bare "$": the text's "$" is then the US
    dollar. A text that names no such state may be written in Mexico or Santiago: not known."""
    named = {code: writes_bare_dollar(code) for code in set(codes)}
    states = [code for code, found in named.items() if found is not None]
    return bool(set(states) - _NOT_A_DOLLAR_SIGN_HERE) and not any(named[c] for c in states)
