"""What the checker produces: claims found in a text, the evidence that judged them, verdicts.

Plain dataclasses with `to_dict()` so results travel as JSON (the web page highlights claims
by their character offsets into the original input).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from enum import StrEnum


class Verdict(StrEnum):
    """Ordered from strongest to weakest: a stronger finding wins when rules disagree."""

    INCONSISTENT = "inconsistent"
    DISPUTED = "disputed"
    CONTRADICTED = "contradicted"
    SUPPORTED = "supported"
    UNVERIFIABLE = "unverifiable"

    @property
    def strength(self) -> int:
        return list(Verdict).index(self)


class Kind(StrEnum):
    MONEY = "money"
    PERCENT = "percent"
    COUNT = "count"
    MULTIPLE = "multiple"  # "eight times the number in 1999"
    RANK = "rank"  # "second-largest trading partner", "the first country to sign"
    DURATION = "duration"  # "more than 20 years"
    DATE = "date"  # a year or month standing on its own ("established in 2011")


class Qualifier(StrEnum):
    """How the text hedges the number; it widens or bounds the tolerance (see tolerance.py)."""

    EXACT = "exact"
    APPROXIMATE = "approximate"  # about, around, roughly, some, ~
    NEARLY = "nearly"  # nearly, almost, close to: at or a little below
    MORE_THAN = "more_than"  # more than, over, above, exceeding
    LESS_THAN = "less_than"  # less than, under, below
    AT_LEAST = "at_least"
    AT_MOST = "at_most"
    RANGE = "range"  # "between US$300 and 320 billion": value to Claim.upper


@dataclass(frozen=True)
class Period:
    """A time reference as written; years are ints, months kept when the text gives them.

    kind: `point` (in 2021), `range` (2005–2021), `as_of` (by / as of October 2022),
    `since` (since 2020).
    """

    kind: str
    start_year: int | None
    end_year: int | None
    start_month: int | None = None
    end_month: int | None = None
    text: str = ""

    def label(self) -> str:
        def one(year, month):
            if year is None:
                return "?"
            return f"{year}-{month:02d}" if month else str(year)

        start = one(self.start_year, self.start_month)
        end = one(self.end_year, self.end_month)
        if self.kind == "range":
            return f"{start}–{end}"
        if self.kind == "as_of":
            return f"by {end}"
        if self.kind == "since":
            return f"since {start}"
        return end


@dataclass
class Claim:
    """One number in the text, with what it is said to measure.

    value × scale is the quantity in `unit` (e.g. 449 × 1e9 usd); `amount` is that product.
    Offsets are into the original input: text[start:end] is the mention as written.
    """

    claim_id: str
    kind: Kind
    text: str
    start: int
    end: int
    value: float
    unit: str
    scale: float = 1.0
    qualifier: Qualifier = Qualifier.EXACT
    decimals: int = 0  # digits after the decimal mark as written ("1.1" → 1)
    trailing_zeros: int = 0  # of a whole number as written ("20,000" → 4)
    noun: str = ""  # what is counted ("Confucius Institutes"), or the rank's noun
    upper: float | None = None  # a range's upper end, in the claim's scale
    sentence: str = ""
    sentence_start: int = 0
    sentence_end: int = 0
    period: Period | None = None
    entities: list[str] = field(default_factory=list)  # every code named in the sentence
    entity: str | None = None  # the code the number is about (ISO3, LAC, CHN, WLD)
    metric: str | None = None
    metric_phrase: str = ""
    lang: str = "en"
    # Where the claim sits in the analysed sentence (for rules that read the sentence).
    span_in_sentence: tuple[int, int] = (0, 0)
    number_in_sentence: tuple[int, int] = (0, 0)
    noun_in_sentence: tuple[int, int] = (-1, -1)
    sentence_index: int = 0
    paragraph: int = 0
    # How sure the reading of each field is: {"metric"|"entity"|"period"|"value":
    # {"level": "high"|"medium"|"low", "why": "..."}}. "contradicted" needs no field at "low".
    confidence: dict[str, dict[str, str]] = field(default_factory=dict)
    # The article date relative dates were read against (article_date.ArticleDate.to_dict()).
    article_date: dict | None = None

    def doubts(self) -> list[str]:
        """The fields read with low confidence, each with why ("period: 'last year' …")."""
        return [
            f"{name}: {item['why']}"
            for name, item in self.confidence.items()
            if item.get("level") == "low"
        ]

    @property
    def amount(self) -> float:
        return self.value * self.scale

    def to_dict(self) -> dict:
        data = asdict(self)
        data["kind"] = str(self.kind)
        data["qualifier"] = str(self.qualifier)
        data["period"] = (
            None if self.period is None else {**asdict(self.period), "label": self.period.label()}
        )
        return data


@dataclass(frozen=True)
class Evidence:
    """A record that took part in a verdict, and how it relates to the claim.

    relation: `matches`, `differs`, `conflicts` (same conflict group), `related` (shown for
    context: another source or period), `hint` (e.g. the year a typo probably meant).
    note: for a stored record, its evidence note (what the cited page states, in our own
    words); for kind `text`, the words of the checked text that the verdict rests on.
    """

    kind: str  # fact | tie | commitment | mechanism | visit | framework | document | text
    record_id: str
    source_id: str | None
    relation: str
    value: float | None = None
    unit: str | None = None
    period: str | None = None
    entity: str | None = None
    reporter: str | None = None
    note: str | None = None

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class Finding:
    """What one rule concluded about one claim."""

    rule_id: str
    verdict: Verdict
    reason: str
    evidence: tuple[Evidence, ...] = ()


@dataclass
class ClaimResult:
    claim: Claim
    verdict: Verdict
    rule_id: str
    reason: str
    evidence: list[Evidence] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)  # every rule that spoke, strongest first

    @property
    def record_ids(self) -> list[str]:
        return [e.record_id for e in self.evidence]

    @property
    def fact_ids(self) -> list[str]:
        return [e.record_id for e in self.evidence if e.kind == "fact"]

    @property
    def source_ids(self) -> list[str]:
        seen: list[str] = []
        for item in self.evidence:
            if item.source_id and item.source_id not in seen:
                seen.append(item.source_id)
        return seen

    def to_dict(self) -> dict:
        return {
            "claim": self.claim.to_dict(),
            "verdict": str(self.verdict),
            "rule_id": self.rule_id,
            "reason": self.reason,
            "record_ids": [e.record_id for e in self.evidence],
            "fact_ids": self.fact_ids,
            "source_ids": self.source_ids,
            "evidence": [e.to_dict() for e in self.evidence],
            "findings": [
                {"rule_id": f.rule_id, "verdict": str(f.verdict), "reason": f.reason}
                for f in self.findings
            ],
        }
