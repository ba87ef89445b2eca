"""Problems found while validating input, reported as `file:row:field: reason`."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    file: str
    row: int | None  # 1-based line number in the file (the header is line 1); None = whole file
    field: str | None
    reason: str

    def __str__(self) -> str:
        row = "" if self.row is None else str(self.row)
        return f"{self.file}:{row}:{self.field or ''}: {self.reason}"


class BuildFailed(Exception):
    """Raised when any input fails validation; the previous store is left untouched."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__(
            f"{len(problems)} problem(s) in the input:\n" + "\n".join(map(str, problems))
        )
