"""chinalac — an open observatory of China–Latin America & Caribbean cooperation.

>>> import chinalac
>>> db = chinalac.open()          # the store built by `chinalac build`
>>> db.country("PER")             # profile tables as pandas DataFrames
"""

from chinalac.api import Database, open  # noqa: A004 — `chinalac.open()` is the documented entry point

__all__ = ["Database", "open"]
__version__ = "0.1.0"
