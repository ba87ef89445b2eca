"""The status of tie T for state S on date D: `tie_status`, the one place chinalac answers it.

The map, the country profiles, `chinalac countries`, the API, the cooperation depth index and
the claims checker all call `tie_status`; none of them reads a tie's free-text status itself.

    book = TieBook.from_frame(db.sql("SELECT * FROM ties"))
    tie_status(book, "NIC", "relations", "2021-12-31")
    # → TieStatus(value="relations", since="2021-12-10", rows=(…), quality="sourced", tier=…)

Ties (`tie_vocabulary.yml`): relations (with the PRC, or recognition of Taiwan), partnership
(a controlled vocabulary of levels), bri, fta, aiib, confucius. Each row of the ties table
gets a value from the vocabulary by its tie type and status; rows with no value (free-text
characterisations of a summit, attestations that change nothing, unknown wordings) stay in
the timeline but never decide a status.

Rules, applied in this order:

1. Rows that are unsourced (gaps), superseded (history) or without a value never count.
2. Events apply in date order; a row dated "2021" or "2019-10" counts from the end of that
   period, by which the event had surely happened ("<2019-10", "by 2019-10" likewise count
   from the end of October 2019); `since` keeps the precision of the row it comes from.
   `on` may be partial too: "2021" means the end of 2021, "2021-06" the end of June 2021.
3. A change of value ends the earlier state: recognition of Taipei (or a suspension by
   Beijing) ends relations with the PRC; a withdrawal ends a Belt and Road membership; a
   later partnership level replaces an earlier one. Consecutive rows with the same value
   are one state, dated by its first event. While a state recognises Taipei, its
   partnership and Belt and Road status is "no relations with the PRC", resting on the
   relations rows (a tie with Beijing cannot outlive relations with Beijing).
4. Evidence strength, from strongest: sourced and unflagged before inferred, then by the
   source's tier (primary, reputable, weak); a row flagged CONFLICT is weakest of all. So a
   flagged, inferred or weak row never outranks a sourced, unflagged row from a better
   source for the same event. Rows of one state dated within SAME_EVENT_YEARS of its
   earliest row date one event (sources disagreeing on the date): the strongest of them
   give the start date (`since`) and the answer rests on them, plus the strongest later
   row when it is stronger still (it attests that the state holds). Rows that only attest
   a state at their date (`attestation` in the vocabulary: "in the July 2025 list", "AIIB
   filing, 2020-03-31", "(2023)") date the start only where no row dates the event.
5. Inferred rows decide only where no sourced row says anything up to `on`; undated rows
   state a position at an unknown time, so they decide only from `UNDATED_FROM` on and only
   where no dated row of the same strength says anything.
6. A state asserted only by rows flagged CONFLICT does not end the earlier state when later
   rows follow it; where it is the latest thing said, the answer is `disputed`, with both
   values (the earlier state and the conflicting one) in `alternatives`.
7. Nothing usable → value None ("no sourced information"): the gap is shown, never filled.

The answer carries the rows it rests on (tie ids, sources, quality), the answer's quality
(`sourced`, `inferred`, `disputed`, `no_record`) and the best source tier among its rows
(`primary`, `reputable`, `weak`: see data/knowledge/source_domains.csv).
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from importlib.resources import files
from typing import TYPE_CHECKING

import yaml

if TYPE_CHECKING:  # pandas only for DataFrames in and out: `chinalac countries` runs without it
    import pandas as pd

ISO_DATE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")
UNDATED_FROM = "2025-01-01"  # undated rows state the position when the pages were compiled
SAME_EVENT_YEARS = 2  # rows of one state dated this close to its first row date one event
NEEDS_RELATIONS = ("partnership", "bri")  # ties that lapse while a state recognises Taipei
TIER_ORDER = {"primary": 3, "reputable": 2, "weak": 1}
FIELDS = (
    "tie_id",
    "iso3",
    "tie_type",
    "status",
    "date",
    "quality",
    "conflict",
    "superseded",
    "tier",
    "source_id",
)


@cache
def vocabulary() -> dict:
    """The ties, their values (English labels) and the rules, as shipped in tie_vocabulary.yml."""
    text = (files("chinalac.domain") / "tie_vocabulary.yml").read_text(encoding="utf-8")
    spec = yaml.safe_load(text)["ties"]
    for tie in spec.values():
        for rule in tie["rules"]:
            rule["pattern"] = re.compile(rule["status"], re.IGNORECASE)
        for rule in tie.get("count", []):
            rule["pattern"] = re.compile(rule["status"], re.IGNORECASE)
    return spec


TIES = ("relations", "partnership", "bri", "fta", "aiib", "confucius")
DISPLAYED_TIES = ("relations", "partnership", "bri", "fta", "aiib")  # the profile's status grid


@cache
def _attestation() -> re.Pattern:
    text = (files("chinalac.domain") / "tie_vocabulary.yml").read_text(encoding="utf-8")
    return re.compile(yaml.safe_load(text)["attestation"], re.IGNORECASE)


def tie_of(tie_type: str) -> str | None:
    """Which displayed tie a row of the ties table belongs to (None: none)."""
    for name, spec in vocabulary().items():
        if tie_type in spec["tie_types"]:
            return name
    return None


def label_of(tie: str, value: str | None) -> str:
    """English label (msgid) of a tie value; 'Disputed' and 'No sourced information' too."""
    if value is None:
        return "No sourced information"
    if value == "disputed":
        return "Disputed"
    return vocabulary()[tie]["values"].get(value, value)


def is_positive(tie: str, value: str | None) -> bool:
    return value in vocabulary()[tie]["positive"]


def _value(tie: str, tie_type: str, status: str) -> str | None:
    for rule in vocabulary()[tie]["rules"]:
        if rule["tie_type"] == tie_type and rule["pattern"].search(status or ""):
            return rule["value"]
    return None


def _count(status: str) -> float | None:
    for rule in vocabulary()["confucius"].get("count", []):
        match = rule["pattern"].search(status or "")
        if match:
            return float(match.group(1)) if rule["value"] == "group" else float(rule["value"])
    return None


def _event_key(text: str | None) -> str:
    """The day by which a dated row's event had surely happened: the end of the period it
    names ('2021' → '2021-12-31', '<2019-10' → '2019-10-31'); '' when it holds no date."""
    match = ISO_DATE.search(str(text or ""))
    return _end_key(match.group(0)) if match else ""


def _precision(text: str) -> int:
    match = ISO_DATE.search(text or "")
    return len(match.group(0)) if match else 0


def _end_key(on) -> str:
    """`on` as the last day it covers: '2021' → '2021-12-31', '2021-02' → '2021-02-28'."""
    if on is None:
        return date.today().isoformat()
    if isinstance(on, date):
        return on.isoformat()
    text = str(on).strip()
    if re.fullmatch(r"\d{4}", text):
        return f"{text}-12-31"
    if re.fullmatch(r"\d{4}-\d{2}", text):
        year, month = int(text[:4]), int(text[5:])
        return f"{text}-{calendar.monthrange(year, month)[1]:02d}"
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        return text
    raise ValueError(f"'{on}' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)")


@dataclass(frozen=True)
class TieRow:
    """One row of the ties table, with the value the vocabulary gives it."""

    tie_id: str
    iso3: str
    tie_type: str
    status: str
    date: str  # as written ("2019-10", "<2019-10", "c.2022", "")
    quality: str  # sourced / inferred / unsourced
    conflict: bool
    tier: str  # primary / reputable / weak / "" (no source)
    source_id: str
    tie: str | None
    value: str | None
    key: str  # the day by which the event had happened ("" when undated)
    attestation: bool = False  # the status only attests that the state holds at `date`

    @property
    def strength(self) -> int:
        """Rule 4: sourced > inferred, then the source's tier; CONFLICT rows weakest."""
        if self.conflict:
            return 0
        return (20 if self.quality == "sourced" else 10) + TIER_ORDER.get(self.tier, 0)

    @property
    def weak(self) -> bool:
        return self.tier == "weak" or self.quality == "inferred" or self.conflict


@dataclass(frozen=True)
class TieStatus:
    """The answer: the value, since when, the rows it rests on, their quality and tier."""

    iso3: str
    tie: str
    on: str
    value: str | None  # a vocabulary value, "disputed", or None (no sourced information)
    since: str | None = None  # the date of the event that set the value, as written
    rows: tuple[TieRow, ...] = ()
    quality: str = "no_record"  # sourced / inferred / disputed / no_record
    tier: str | None = None  # best tier among `rows`
    alternatives: tuple[tuple[str | None, str | None, tuple[TieRow, ...]], ...] = ()
    count: float | None = None  # Confucius Institutes: the latest count

    @property
    def label(self) -> str:
        return label_of(self.tie, self.value)

    @property
    def weak(self) -> bool:
        """True when the answer rests on weak, inferred or conflicting evidence only."""
        return self.value is not None and (
            self.quality in ("inferred", "disputed") or self.tier in (None, "weak")
        )

    @property
    def positive(self) -> bool:
        return is_positive(self.tie, self.value)

    @property
    def tie_ids(self) -> list[str]:
        return [row.tie_id for row in self.rows]

    @property
    def source_ids(self) -> list[str]:
        return sorted({row.source_id for row in self.rows if row.source_id})


@dataclass
class TieBook:
    """The ties table, classified once and indexed by (state, tie)."""

    rows: dict[tuple[str, str], list[TieRow]] = field(default_factory=dict)
    unsourced: dict[tuple[str, str], list[TieRow]] = field(default_factory=dict)

    @classmethod
    def from_frame(cls, frame: pd.DataFrame) -> TieBook:
        return cls.from_records(frame.to_dict("records"))

    @classmethod
    def from_records(cls, records: Iterable[dict]) -> TieBook:
        book = cls()
        for index, record in enumerate(records):
            row = _row(record, index)
            if row is None or row.tie is None:
                continue
            target = book.unsourced if row.quality == "unsourced" else book.rows
            target.setdefault((row.iso3, row.tie), []).append(row)
        for rows in book.rows.values():
            rows.sort(key=lambda r: (r.key, -r.strength, r.tie_id))
        return book


def _is_na(value) -> bool:
    """pandas' NA and NaT, recognised without importing pandas."""
    return type(value).__name__ in {"NAType", "NaTType"}


def _text(value) -> str:
    if value is None or (isinstance(value, float) and value != value) or _is_na(value):
        return ""
    return str(value).strip()


def _flag(value) -> bool:
    if isinstance(value, str):
        return value.strip().lower() in {"true", "1", "yes"}
    return bool(value) if _text(value) else False


def _row(record: dict, index: int) -> TieRow | None:
    if _flag(record.get("superseded")):
        return None
    status = _text(record.get("status"))
    tie_type = _text(record.get("tie_type"))
    tie = tie_of(tie_type)
    quality = _text(record.get("quality"))
    if not quality:  # a frame that lacks the store's derived columns
        low = status.lower()
        has_source = _text(record.get("source_url")) or _text(record.get("source_id"))
        quality = (
            "unsourced"
            if low.startswith("unsourced") or not has_source
            else "inferred"
            if "inferred" in low
            else "sourced"
        )
    conflict = record.get("conflict")
    conflict = _flag(conflict) if _text(conflict) else "CONFLICT" in status
    written = _text(record.get("date")) or _text(record.get("date_sort"))
    return TieRow(
        tie_id=_text(record.get("tie_id")) or f"row:{index + 2}",
        iso3=_text(record.get("iso3")),
        tie_type=tie_type,
        status=status,
        date=written,
        quality=quality,
        conflict=conflict,
        tier=_text(record.get("tier")) or ("reputable" if quality != "unsourced" else ""),
        source_id=_text(record.get("source_id")),
        tie=tie,
        value=_value(tie, tie_type, status) if tie else None,
        key=_event_key(written),
        attestation=bool(_attestation().search(status)),
    )


def _best_tier(rows: Iterable[TieRow]) -> str | None:
    tiers = [row.tier for row in rows if row.tier in TIER_ORDER]
    return max(tiers, key=TIER_ORDER.get) if tiers else None


def _states(rows: list[TieRow]) -> list[list[TieRow]]:
    """Runs of consecutive rows with one value (rows are in date order)."""
    runs: list[list[TieRow]] = []
    for row in rows:
        if runs and runs[-1][0].value == row.value:
            runs[-1].append(row)
        else:
            runs.append([row])
    # Rule 6: a run asserted only by CONFLICT rows and followed by later rows ends nothing.
    kept = [
        run for i, run in enumerate(runs) if i == len(runs) - 1 or any(not r.conflict for r in run)
    ]
    merged: list[list[TieRow]] = []
    for run in kept:
        if merged and merged[-1][0].value == run[0].value:
            merged[-1].extend(run)
        else:
            merged.append(list(run))
    return merged


def _start(run: list[TieRow]) -> tuple[str | None, tuple[TieRow, ...]]:
    """The state's start (rule 4): the strongest rows dating its first event.

    Rows that date the event itself come first (attestations only when there are none). Event
    rows dated within SAME_EVENT_YEARS of the earliest one date one event (sources disagreeing
    on its date): the strongest of them decide, the most precise date first. A stronger row
    dated later attests that the state still holds and joins the answer.
    """
    usable = [r for r in run if not r.conflict] or run
    events = [r for r in usable if not r.attestation] or usable
    dated = [r for r in events if r.key]
    if not dated:
        best = max(r.strength for r in events)
        chosen = [r for r in events if r.strength == best]
        since = None
    else:
        first_year = min(int(r.key[:4]) for r in dated)
        event = [r for r in dated if int(r.key[:4]) <= first_year + SAME_EVENT_YEARS]
        best = max(r.strength for r in event)
        chosen = sorted(
            (r for r in event if r.strength == best),
            key=lambda r: (r.key[:4], -_precision(r.date), r.key),
        )
        since = chosen[0].date
    strongest = max(r.strength for r in usable)
    if strongest > best:
        chosen += sorted((r for r in usable if r.strength == strongest), key=lambda r: r.key)[-1:]
    return since, tuple(chosen)


def _decide(iso3: str, tie: str, on_key: str, rows: list[TieRow]) -> TieStatus | None:
    runs = _states(rows)
    if not runs:
        return None
    last = runs[-1]
    count = None
    if tie == "confucius":
        counted = [(r.key, _count(r.status)) for r in last if _count(r.status) is not None]
        count = max(counted)[1] if counted else None
    if all(r.conflict for r in last):  # rule 6
        alternatives = []
        if len(runs) > 1:
            since, rows_before = _start(runs[-2])
            alternatives.append((runs[-2][0].value, since, rows_before))
        for row in last:
            alternatives.append((row.value, row.date or None, (row,)))
        return TieStatus(
            iso3,
            tie,
            on_key,
            "disputed",
            None,
            tuple(r for _, _, rs in alternatives for r in rs),
            "disputed",
            _best_tier(last),
            tuple(alternatives),
            count,
        )
    since, deciding = _start(last)
    quality = "inferred" if all(r.quality == "inferred" for r in deciding) else "sourced"
    return TieStatus(
        iso3, tie, on_key, last[0].value, since, deciding, quality, _best_tier(deciding), (), count
    )


def tie_status(book: TieBook | pd.DataFrame, iso3: str, tie: str, on=None) -> TieStatus:
    """Status of `tie` for state `iso3` on date `on` (default today), by the module's rules.

    `book`: a TieBook (or the ties table as a DataFrame). `tie`: one of TIES. `on`: a date,
    or 'YYYY' / 'YYYY-MM' / 'YYYY-MM-DD' (the end of the period it names).
    """
    if tie not in TIES:
        raise ValueError(f"unknown tie '{tie}' (ties: {', '.join(TIES)})")
    if not isinstance(book, TieBook):  # a DataFrame of the ties table
        book = TieBook.from_frame(book)
    on_key = _end_key(on)
    if tie in NEEDS_RELATIONS:  # rule 3: recognition of Taipei ends every tie with Beijing
        relations = tie_status(book, iso3, "relations", on_key)
        if relations.value == "taiwan":
            return TieStatus(
                iso3, tie, on_key, "no_relations", relations.since, relations.rows,
                relations.quality, relations.tier,
            )  # fmt: skip
    rows = [r for r in book.rows.get((iso3, tie), []) if r.value is not None]
    undated_ok = on_key >= UNDATED_FROM
    # Rule 5: sourced dated, then sourced undated, then inferred dated, then inferred undated.
    for inferred in (False, True):
        tier_rows = [r for r in rows if (r.quality == "inferred") == inferred]
        dated = [r for r in tier_rows if r.key and r.key <= on_key]
        answer = _decide(iso3, tie, on_key, dated)
        if answer is not None:
            return answer
        if undated_ok:
            answer = _decide(iso3, tie, on_key, [r for r in tier_rows if not r.key])
            if answer is not None:
                return answer
    gaps = tuple(book.unsourced.get((iso3, tie), ()))
    return TieStatus(iso3, tie, on_key, None, None, gaps, "no_record", None)


def spells(book: TieBook, iso3: str, tie: str, before=None) -> list[TieStatus]:
    """The statuses a state's `tie` has held, in date order: `tie_status` on the day of each
    dated row not in conflict (a row dated before `before`, an ISO date, when one is given),
    each spell once. Nicaragua's relations with the PRC: from 1985-12-07 (ended 1990), then
    from 2021-12-10; a state whose tie never broke has one spell. The ties rules read a state's
    past spells here (an earlier, ended tie can make a "first" false), as the map reads today's."""
    found: dict[tuple, TieStatus] = {}
    for row in book.rows.get((iso3, tie), ()):
        if not row.key or row.conflict or (before is not None and row.key[:10] >= before):
            continue
        held = tie_status(book, iso3, tie, row.key[:10])
        found.setdefault((held.value, held.since), held)
    return list(found.values())


def rival_rows(book: TieBook, iso3: str, tie: str, value: str) -> list[TieRow]:
    """The rows flagged CONFLICT that give a state's `tie` the same `value` on a date of their
    own: another source dating the same event otherwise (Panama's Belt and Road memorandum,
    2017-11-17, which DW dates to Xi's visit of 2018-12-03). The compilers keep them beside the
    row they contest; a date told by either is disputed, never settled by the stronger row."""
    return [
        row
        for row in book.rows.get((iso3, tie), ())
        if row.conflict and row.value == value and row.key
    ]


def status_table(book: TieBook, states: Iterable[str], on=None) -> pd.DataFrame:
    """`status_records` as a DataFrame."""
    import pandas as pd

    return pd.DataFrame(status_records(book, states, on))


def status_records(book: TieBook, states: Iterable[str], on=None) -> list[dict]:
    """One row per state: for each tie of TIES its value, label, since, quality, tier and rows.

    A presentation of `tie_status` (the listing, the API and the store's country_status table
    use it); it decides nothing itself.
    """
    records = []
    for iso3 in states:
        record: dict[str, object] = {"iso3": iso3}
        for tie in TIES:
            answer = tie_status(book, iso3, tie, on)
            record[tie] = answer.value
            record[f"{tie}_label"] = answer.label
            record[f"{tie}_since"] = answer.since
            record[f"{tie}_quality"] = answer.quality
            record[f"{tie}_tier"] = answer.tier
            record[f"{tie}_rows"] = ";".join(answer.tie_ids)
            if tie == "confucius":
                record["confucius_count"] = answer.count
        # Yes/no views of the same answers, for SQL readers of the store's country_status.
        record["recognises_taiwan"] = record["relations"] == "taiwan"
        record["prc_relations_since"] = (
            record["relations_since"] if record["relations"] == "relations" else None
        )
        record["bri_member"] = record["bri"] == "member"
        record["fta_in_force"] = record["fta"] == "in_force"
        record["aiib_member"] = record["aiib"] == "member"
        record["as_of"] = _end_key(on)
        records.append(record)
    return records


def row_label(tie_type: str, status: str | None) -> str | None:
    """The controlled label (English msgid) a row's free-text status maps to, or None when no
    rule of tie_vocabulary.yml classifies it (the timeline then shows the source's wording)."""
    tie = tie_of(tie_type)
    if tie is None:
        return None
    value = _value(tie, tie_type, str(status or "").strip().lower())
    return None if value is None else label_of(tie, value)
