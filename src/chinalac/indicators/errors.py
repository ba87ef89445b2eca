"""The one error the indicators raise when they cannot give a meaningful number."""

from __future__ import annotations


class IndicatorError(ValueError):
    """An indicator cannot be computed from what it was given.

    Raised instead of returning a table of NaN: the message names what is missing (a column,
    a year, a country, a table of the store) so that the caller can fix the input.
    """
