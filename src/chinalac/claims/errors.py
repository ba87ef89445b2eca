"""The one exception the claims checker raises on purpose."""

from __future__ import annotations


class ClaimsInputError(ValueError):
    """The input cannot be checked: too large, binary, or with too many numbers to be prose.

    Every other failure inside the checker is a bug: random or hostile text must either be
    checked or be refused with this error (a property test holds the checker to that).
    """


class ClaimsInputWarning(UserWarning):
    """The input was checked, but not exactly as given (undecodable bytes replaced, HTML that
    could not be parsed read as text). Issued through the `warnings` module."""
