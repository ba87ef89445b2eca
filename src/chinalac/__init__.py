"""chinalac — an open observatory of China–Latin America & Caribbean cooperation.

>>> import chinalac
>>> db = chinalac.open()          # the store built by `chinalac build`
>>> db.country("PER")             # profile tables as pandas DataFrames
"""

from __future__ import annotations

__all__ = ["Database", "open"]
__version__ = "0.1.0"


def __getattr__(name: str):
    """`chinalac.open` and `chinalac.Database`, imported on first use: the command line's
    start-up never pays for them (nor for pandas) when a command does not need them."""
    if name in __all__:
        from chinalac import api

        return getattr(api, name)
    raise AttributeError(f"module 'chinalac' has no attribute {name!r}")
