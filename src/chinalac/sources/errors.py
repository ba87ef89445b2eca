"""The one error every adapter raises on bad input, located as `file:line:field: reason`."""

from __future__ import annotations


class IngestError(Exception):
    """Bad input or a failed fetch; nothing was written where readers look."""

    def __init__(self, file: str, line: int | None, field: str | None, reason: str):
        self.file = file
        self.line = line
        self.field = field
        self.reason = reason
        super().__init__(str(self))

    def __str__(self) -> str:
        line = "" if self.line is None else str(self.line)
        return f"{self.file}:{line}:{self.field or ''}: {self.reason}"
