"""The error raised for a name that is not China or a CELAC state (no heavy imports here)."""

from __future__ import annotations


class UnknownCountryError(LookupError):
    def __init__(self, name: str, suggestions: list[str], hint: str = ""):
        self.name = name
        self.suggestions = suggestions
        message = f"unknown country '{name}'"
        if hint:
            message += f": {hint}"
        if suggestions:
            message += "; did you mean: " + ", ".join(suggestions) + "?"
        else:
            message += "; `chinalac countries` lists China's 33 CELAC partners"
        super().__init__(message)
