"""Commitments and their delivery: data/commitments_compiled/ (copied unchanged, see SOURCE.yml)
merged with the knowledge base's own statements of the same pledges.

Tables written:

* `commitments` — one row per pledge × occasion: plan, made by, date, place, target, unit, period,
  deadline, the states it names (empty = region-wide), its source;
* `commitment_statements` — every statement of a pledge side by side: the compilation's own row and
  each row of knowledge/commitment_statements.csv that restates it (Lu2023, …), with the target and
  period each source gives, so a merged duplicate never loses its source;
* `delivery` — every published figure or status statement about a pledge (the compilation's
  delivery.csv, plus delivery reported by the knowledge base's statements). `kind` keeps numbers
  apart from statements: a status word ("fully implemented", "over-fulfilled") or a package-level
  "% implemented" is a `statement` — a claim by a party, never a measurement;
* `commitment_conflicts` — the compilation's known conflicts (SOURCE.yml `known_conflicts`), each
  with every value side by side.

`read_commitments(data_dir)` does the reading and validation without a store, so the claims
checker's folder mode sees the same tables as the store.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
import yaml

from chinalac.store.problems import Problem
from chinalac.store.schema import DATE_RE, read_csv_text

FOLDER = "commitments_compiled"
COMMITMENTS_FILE = f"{FOLDER}/commitments.csv"
DELIVERY_FILE = f"{FOLDER}/delivery.csv"
STATEMENTS_FILE = "knowledge/commitment_statements.csv"
SCOPE_FILE = "knowledge/commitment_scope.csv"

COMMITMENT_COLUMNS = [
    "commitment_id", "plan", "made_by", "made_on", "place", "description", "metric",
    "target_value", "unit", "period_start", "period_end", "source_title", "source_url",
    "source_date", "evidence",
]  # fmt: skip
DELIVERY_COLUMNS = [
    "commitment_id", "as_of", "delivered_value", "unit", "scope_note", "reporter",
    "source_title", "source_url", "source_date", "evidence",
]  # fmt: skip
STATEMENT_COLUMNS = [
    "statement_id", "same_as", "description", "metric", "target_value", "unit", "period_start",
    "period_end", "announced", "announced_at", "delivered_value", "delivered_unit",
    "delivered_as_of", "delivery_source_id", "source_id", "evidence",
]  # fmt: skip
SCOPE_COLUMNS = ["commitment_id", "metric", "states", "note"]

PLEDGE_METRICS = frozenset(
    [
        "trade_total",
        "investment_stock",
        "loans",
        "credit_line",
        "scholarships",
        "training_places",
        "young_leaders",
        "visa_free",
        "other",
    ]
)
PLEDGE_UNITS = frozenset(
    ["usd_bn", "usd_m", "cny_bn", "count", "count_per_year", "count_countries", "years_interval"]
)
DELIVERY_UNITS = frozenset(
    [
        "usd_bn",
        "usd_m",
        "percent",
        "count",
        "count_projects",
        "count_participants",
        "count_sessions",
        "count_countries",
        "status",
        "period",
    ]
)
# Units whose value is words, not a number: the row is a statement by its reporter.
STATEMENT_UNITS = frozenset({"status", "period"})
NUMBER = re.compile(r"^\s*([<>]?)\s*(\d+(?:\.\d+)?)\s*$")
YEAR = re.compile(r"(?<!\d)(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")


def web_source_id(url: str) -> str:
    # The same id as the ties loader gives a URL, so one page is one source everywhere.
    return "web-" + hashlib.sha1(url.encode("utf-8")).hexdigest()[:10]


@dataclass
class CommitmentTables:
    commitments: pd.DataFrame
    statements: pd.DataFrame
    delivery: pd.DataFrame
    conflicts: pd.DataFrame
    sources: pd.DataFrame  # one row per cited web page (source_id, title, url, date)
    problems: list[Problem] = field(default_factory=list)
    files: list[str] = field(default_factory=list)


# -- parsing helpers --------------------------------------------------------------------------
def parse_number(text: str) -> tuple[float | None, str]:
    """'518.467' → (518.467, 'exact'); '>80' → (80, 'lower'); words → (None, '')."""
    match = NUMBER.match(text or "")
    if not match:
        return None, ""
    return float(match.group(2)), {"<": "upper", ">": "lower"}.get(match.group(1), "exact")


def parse_as_of(text: str) -> tuple[str | None, str | None]:
    """The first and last date an as-of text covers, as ISO strings at the precision given.

    '2015' → ('2015', '2015'); '2018-2020' → ('2018', '2020'); '2025-05' → ('2025-05', '2025-05');
    'by 2025 (year not stated)' → (None, '2025'); 'unknown (after 2016)' → (None, None).
    """
    text = (text or "").strip()
    if not text or text.lower().startswith("unknown"):
        return None, None
    found = [m.group(0) for m in YEAR.finditer(text)]
    if not found:
        return None, None
    if text.lower().startswith("by "):
        return None, found[-1]
    # '2018-2020' reads as two years, '2025-05' as one month.
    if re.fullmatch(r"\d{4}-\d{4}", text):
        return text[:4], text[5:]
    return found[0], found[-1]


def bound_of(value_bound: str, scope_note: str) -> str:
    """exact / lower / upper / approximate, from the value ('>80') and the scope note's words."""
    note = (scope_note or "").lower()
    if value_bound in ("lower", "upper"):
        return value_bound
    if "lower bound" in note or "'over " in note or "'above " in note:
        return "lower"
    if "nearly" in note or "approximate" in note or "almost" in note:
        return "approximate"
    return "exact"


def delivery_kind(unit: str, value: float | None, scope_note: str) -> str:
    """`statement` (a party's claim: status words, or a package-level '% implemented' without
    amounts) or `measurement` (a number in a unit)."""
    if unit in STATEMENT_UNITS or value is None:
        return "statement"
    if unit == "percent" and "package" in (scope_note or "").lower():
        return "statement"
    return "measurement"


def _year(text: str | None) -> int | None:
    match = re.match(r"(\d{4})", text or "")
    return int(match.group(1)) if match else None


# -- reading ----------------------------------------------------------------------------------
def _read(
    data_dir: Path,
    relpath: str,
    columns: list[str],
    problems: list[Problem],
    files: list[str],
    correct: Callable[[str, pd.DataFrame], pd.DataFrame] | None,
) -> pd.DataFrame | None:
    frame, found = read_csv_text(data_dir / relpath, relpath)
    files.append(relpath)
    problems.extend(found)
    if frame is None:
        return None
    missing = [c for c in columns if c not in frame.columns]
    for name in missing:
        problems.append(Problem(relpath, 1, name, "required column is missing from the header"))
    for name in [c for c in frame.columns if c not in columns]:
        problems.append(Problem(relpath, 1, name, "unknown column (not in the file's columns)"))
    if missing:
        return None
    frame = frame[columns].map(lambda v: (v or "").strip()).copy()
    frame["origin_file"] = relpath
    frame["origin_line"] = range(2, len(frame) + 2)
    return correct(relpath, frame) if correct else frame


def _require(frame, relpath, names, problems):
    for row in frame.itertuples():
        for name in names:
            if not getattr(row, name):
                problems.append(Problem(relpath, row.origin_line, name, "required value is empty"))


def _check_date(row, relpath, name, problems, *, allow_unknown=False):
    value = getattr(row, name)
    if not value or (allow_unknown and value == "unknown"):
        return
    if not DATE_RE.match(value):
        problems.append(
            Problem(
                relpath,
                row.origin_line,
                name,
                f"'{value}' is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)",
            )
        )


def _check_allowed(row, relpath, name, allowed, problems):
    value = getattr(row, name)
    if value and value not in allowed:
        problems.append(
            Problem(
                relpath,
                row.origin_line,
                name,
                f"'{value}' is not one of: {', '.join(sorted(allowed))}",
            )
        )


def _validate_commitments(frame: pd.DataFrame, problems: list[Problem]) -> None:
    rel = COMMITMENTS_FILE
    _require(
        frame,
        rel,
        ["commitment_id", "plan", "made_by", "made_on", "description", "source_url", "evidence"],
        problems,
    )
    seen: dict[str, int] = {}
    for row in frame.itertuples():
        if row.commitment_id in seen:
            problems.append(
                Problem(
                    rel,
                    row.origin_line,
                    "commitment_id",
                    f"duplicate key ({row.commitment_id}); first at line {seen[row.commitment_id]}",
                )
            )
        seen.setdefault(row.commitment_id, row.origin_line)
        for name in ("made_on", "period_start", "period_end"):
            _check_date(row, rel, name, problems)
        _check_date(row, rel, "source_date", problems, allow_unknown=True)
        _check_allowed(row, rel, "metric", PLEDGE_METRICS, problems)
        _check_allowed(row, rel, "unit", PLEDGE_UNITS, problems)
        if row.target_value:
            value, bound = parse_number(row.target_value)
            if value is None or bound != "exact":
                problems.append(
                    Problem(
                        rel,
                        row.origin_line,
                        "target_value",
                        f"'{row.target_value}' is not a number",
                    )
                )
            elif not row.unit:
                problems.append(
                    Problem(rel, row.origin_line, "unit", "a target value needs its unit")
                )
        start, end = _year(row.period_start), _year(row.period_end)
        if start and end and end < start:
            problems.append(
                Problem(rel, row.origin_line, "period_end", f"{end} is before period_start {start}")
            )


def _validate_delivery(frame: pd.DataFrame, known: set[str], problems: list[Problem]) -> None:
    rel = DELIVERY_FILE
    _require(
        frame,
        rel,
        ["commitment_id", "as_of", "delivered_value", "unit", "reporter", "source_url", "evidence"],
        problems,
    )
    for row in frame.itertuples():
        if row.commitment_id and row.commitment_id not in known:
            problems.append(
                Problem(
                    rel,
                    row.origin_line,
                    "commitment_id",
                    f"'{row.commitment_id}' is not a commitment of {COMMITMENTS_FILE}",
                )
            )
        _check_allowed(row, rel, "unit", DELIVERY_UNITS, problems)
        _check_date(row, rel, "source_date", problems, allow_unknown=True)
        if row.as_of and not row.as_of.lower().startswith("unknown") and not YEAR.search(row.as_of):
            problems.append(
                Problem(
                    rel, row.origin_line, "as_of", f"'{row.as_of}' names no year (or 'unknown')"
                )
            )
        if row.delivered_value and row.unit and row.unit not in STATEMENT_UNITS:
            value, _ = parse_number(row.delivered_value)
            if value is None:
                problems.append(
                    Problem(
                        rel,
                        row.origin_line,
                        "delivered_value",
                        f"'{row.delivered_value}' is not a number: a statement needs unit 'status'",
                    )
                )


def _validate_statements(frame, known, metrics, problems) -> None:
    rel = STATEMENTS_FILE
    _require(
        frame, rel, ["statement_id", "same_as", "description", "source_id", "evidence"], problems
    )
    seen: set[str] = set()
    for row in frame.itertuples():
        if row.statement_id in seen:
            problems.append(
                Problem(rel, row.origin_line, "statement_id", f"duplicate key ({row.statement_id})")
            )
        seen.add(row.statement_id)
        if row.same_as and row.same_as not in known:
            problems.append(
                Problem(
                    rel,
                    row.origin_line,
                    "same_as",
                    f"'{row.same_as}' is not a commitment of {COMMITMENTS_FILE}",
                )
            )
        if metrics is not None and row.metric and row.metric not in metrics:
            problems.append(
                Problem(rel, row.origin_line, "metric", f"'{row.metric}' is not a known metric")
            )
        for name in ("period_start", "period_end", "announced", "delivered_as_of"):
            _check_date(row, rel, name, problems)
        _check_allowed(row, rel, "unit", PLEDGE_UNITS, problems)
        _check_allowed(row, rel, "delivered_unit", DELIVERY_UNITS, problems)
        for name in ("target_value", "delivered_value"):
            text = getattr(row, name)
            if text and parse_number(text)[0] is None:
                problems.append(Problem(rel, row.origin_line, name, f"'{text}' is not a number"))
        if row.delivered_value and not (row.delivered_as_of and row.delivery_source_id):
            problems.append(
                Problem(
                    rel,
                    row.origin_line,
                    "delivered_as_of",
                    "a delivered value needs its date and delivery_source_id",
                )
            )


def _validate_scope(frame, known, metrics, countries, problems) -> None:
    rel = SCOPE_FILE
    _require(frame, rel, ["commitment_id", "note"], problems)
    for row in frame.itertuples():
        if row.commitment_id and row.commitment_id not in known:
            problems.append(
                Problem(
                    rel,
                    row.origin_line,
                    "commitment_id",
                    f"'{row.commitment_id}' is not a commitment of {COMMITMENTS_FILE}",
                )
            )
        if metrics is not None and row.metric and row.metric not in metrics:
            problems.append(
                Problem(rel, row.origin_line, "metric", f"'{row.metric}' is not a known metric")
            )
        for code in [c for c in row.states.split(";") if c.strip()]:
            if countries is not None and code.strip() not in countries:
                problems.append(
                    Problem(rel, row.origin_line, "states", f"'{code}' is not a CELAC state code")
                )


def _known_conflicts(data_dir: Path, known: set[str], problems: list[Problem]) -> pd.DataFrame:
    relpath = f"{FOLDER}/SOURCE.yml"
    try:
        sidecar = yaml.safe_load((data_dir / relpath).read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        # One line, at the line YAML names: its own message spans several, with a caret.
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        reason = getattr(exc, "problem", None) or " ".join(str(exc).split())
        problems.append(Problem(relpath, line, None, f"unreadable: {reason}"))
        return pd.DataFrame(columns=["subject", "commitment_id", "values"])
    rows = [
        {
            "subject": str(item.get("commitment", "")),
            "commitment_id": str(item.get("commitment", "")).split(" ")[0]
            if str(item.get("commitment", "")).split(" ")[0] in known
            else None,
            "values": str(item.get("values", "")),
        }
        for item in sidecar.get("known_conflicts") or []
    ]
    return pd.DataFrame(rows, columns=["subject", "commitment_id", "values"])


def read_commitments(
    data_dir: Path,
    *,
    metrics: set[str] | None = None,
    countries: set[str] | None = None,
    correct: Callable[[str, pd.DataFrame], pd.DataFrame] | None = None,
) -> CommitmentTables | None:
    """Read, validate and merge the commitment files of `data_dir`.

    Returns None when a file cannot be read at all (problems say why); otherwise the merged
    tables with every problem found (file:row:field).
    """
    problems: list[Problem] = []
    files: list[str] = []
    compiled = _read(data_dir, COMMITMENTS_FILE, COMMITMENT_COLUMNS, problems, files, correct)
    delivered = _read(data_dir, DELIVERY_FILE, DELIVERY_COLUMNS, problems, files, correct)
    stated = _read(data_dir, STATEMENTS_FILE, STATEMENT_COLUMNS, problems, files, correct)
    scope = _read(data_dir, SCOPE_FILE, SCOPE_COLUMNS, problems, files, correct)
    if compiled is None or delivered is None or stated is None or scope is None:
        empty = pd.DataFrame()
        return CommitmentTables(empty, empty, empty, empty, empty, problems, files)
    _validate_commitments(compiled, problems)
    known = set(compiled["commitment_id"])
    _validate_delivery(delivered, known, problems)
    _validate_statements(stated, known, metrics, problems)
    _validate_scope(scope, known, metrics, countries, problems)
    conflicts = _known_conflicts(data_dir, known, problems)
    return _merge(compiled, delivered, stated, scope, conflicts, problems, files)


def _number(text: str) -> float | None:
    return parse_number(text)[0] if text else None


def _merge(compiled, delivered, stated, scope, conflicts, problems, files) -> CommitmentTables:
    scope = scope.drop_duplicates("commitment_id").set_index("commitment_id")
    earlier = stated[stated["same_as"] != ""]
    merged_ids = earlier.groupby("same_as")["statement_id"].agg(";".join).to_dict()

    commitments = pd.DataFrame(
        {
            "commitment_id": compiled["commitment_id"],
            "plan": compiled["plan"],
            "made_by": compiled["made_by"],
            "made_on": compiled["made_on"],
            "place": compiled["place"],
            "description": compiled["description"],
            "pledge_metric": compiled["metric"],
            "metric": compiled["commitment_id"].map(scope["metric"]).replace({"": None}),
            "target_value": compiled["target_value"].map(_number),
            "unit": compiled["unit"].replace({"": None}),
            "period_start": compiled["period_start"].replace({"": None}),
            "period_end": compiled["period_end"].replace({"": None}),
            "deadline": compiled["period_end"].map(_year),
            "states": compiled["commitment_id"].map(scope["states"]).replace({"": None}),
            "source_id": compiled["source_url"].map(web_source_id),
            "source_title": compiled["source_title"],
            "source_url": compiled["source_url"],
            "source_date": compiled["source_date"].replace({"unknown": None, "": None}),
            "evidence": compiled["evidence"],
            "merged_statements": compiled["commitment_id"].map(merged_ids),
            "origin_file": compiled["origin_file"],
            "origin_line": compiled["origin_line"],
        }
    )
    commitments["deadline"] = commitments["deadline"].astype("Int64")
    commitments["target_value"] = commitments["target_value"].astype("Float64")

    own = pd.DataFrame(
        {
            "commitment_id": compiled["commitment_id"],
            "statement_id": compiled["commitment_id"],
            "origin": "compiled",
            "description": compiled["description"],
            "target_value": compiled["target_value"].map(_number),
            "unit": compiled["unit"],
            "period_start": compiled["period_start"],
            "period_end": compiled["period_end"],
            "made_on": compiled["made_on"],
            "source_id": compiled["source_url"].map(web_source_id),
            "evidence": compiled["evidence"],
            "origin_file": compiled["origin_file"],
            "origin_line": compiled["origin_line"],
        }
    )
    restated = pd.DataFrame(
        {
            "commitment_id": earlier["same_as"],
            "statement_id": earlier["statement_id"],
            "origin": "knowledge",
            "description": earlier["description"],
            "target_value": earlier["target_value"].map(_number),
            "unit": earlier["unit"],
            "period_start": earlier["period_start"],
            "period_end": earlier["period_end"],
            "made_on": earlier["announced"],
            "source_id": earlier["source_id"],
            "evidence": earlier["evidence"],
            "origin_file": earlier["origin_file"],
            "origin_line": earlier["origin_line"],
        }
    )
    statements = pd.concat([own, restated], ignore_index=True).replace({"": None})
    statements["target_value"] = statements["target_value"].astype("Float64")
    commitments["statement_conflict"] = commitments["commitment_id"].map(
        _statement_conflicts(statements)
    )

    delivery = _delivery_frame(delivered, earlier, commitments)
    sources = pd.concat(
        [
            compiled[["source_url", "source_title", "source_date"]],
            delivered[["source_url", "source_title", "source_date"]],
        ]
    ).drop_duplicates("source_url")
    sources = pd.DataFrame(
        {
            "source_id": sources["source_url"].map(web_source_id),
            "title": sources["source_title"].where(
                sources["source_title"] != "", sources["source_url"]
            ),
            "url": sources["source_url"],
            "date": sources["source_date"].replace({"unknown": None, "": None}),
        }
    )
    return CommitmentTables(commitments, statements, delivery, conflicts, sources, problems, files)


def _statement_conflicts(statements: pd.DataFrame) -> dict[str, str]:
    """Where the sources of one pledge give different targets or periods: say so, per pledge
    (the differences are domain/commitments.statement_differences; pages word them)."""
    from chinalac.domain.commitments import statement_differences

    return {
        commitment_id: "; ".join(difference.english() for difference in differences)
        for commitment_id, differences in statement_differences(statements).items()
    }


def _delivery_frame(delivered, earlier, commitments) -> pd.DataFrame:
    parsed = delivered["delivered_value"].map(parse_number)
    values = [p[0] for p in parsed]
    bounds = [
        bound_of(p[1], note) if p[0] is not None else ""
        for p, note in zip(parsed, delivered["scope_note"], strict=True)
    ]
    spans = delivered["as_of"].map(parse_as_of)
    frame = pd.DataFrame(
        {
            "delivery_id": [f"delivery:{line}" for line in delivered["origin_line"]],
            "commitment_id": delivered["commitment_id"],
            "as_of": delivered["as_of"],
            "as_of_start": [s[0] for s in spans],
            "as_of_end": [s[1] for s in spans],
            "value": values,
            "value_text": delivered["delivered_value"],
            "bound": bounds,
            "unit": delivered["unit"],
            "kind": [
                delivery_kind(u, v, n)
                for u, v, n in zip(delivered["unit"], values, delivered["scope_note"], strict=True)
            ],
            "scope_note": delivered["scope_note"],
            "reporter": delivered["reporter"],
            "source_id": delivered["source_url"].map(web_source_id),
            "source_title": delivered["source_title"],
            "source_url": delivered["source_url"],
            "source_date": delivered["source_date"].replace({"unknown": None}),
            "evidence": delivered["evidence"],
            "origin_file": delivered["origin_file"],
            "origin_line": delivered["origin_line"],
        }
    )
    reported = earlier[earlier["delivered_value"] != ""]
    if not reported.empty:
        extra = pd.DataFrame(
            {
                "delivery_id": [f"statement:{s}" for s in reported["statement_id"]],
                "commitment_id": reported["same_as"],
                "as_of": reported["delivered_as_of"],
                "as_of_start": reported["delivered_as_of"],
                "as_of_end": reported["delivered_as_of"],
                "value": reported["delivered_value"].map(_number),
                "value_text": reported["delivered_value"],
                "bound": "exact",
                "unit": reported["delivered_unit"].replace({"": "count"}),
                "kind": "measurement",
                "scope_note": reported["description"],
                "reporter": reported["delivery_source_id"],
                "source_id": reported["delivery_source_id"],
                "source_title": None,
                "source_url": None,
                "source_date": None,
                "evidence": reported["evidence"],
                "origin_file": reported["origin_file"],
                "origin_line": reported["origin_line"],
            }
        )
        frame = pd.concat([frame, extra], ignore_index=True)
    frame["value"] = frame["value"].astype("Float64")
    return frame.replace({"": None})


# -- the loader -------------------------------------------------------------------------------
def load(ctx) -> None:
    from chinalac.store.loaders.corrections import apply_corrections

    metrics = countries = None
    if ctx.table_exists("metrics"):
        metrics = {r[0] for r in ctx.con.execute("SELECT metric FROM metrics").fetchall()}
    if ctx.table_exists("countries"):
        countries = {
            r[0] for r in ctx.con.execute("SELECT iso3 FROM countries WHERE celac").fetchall()
        }
    tables = read_commitments(
        ctx.data_dir,
        metrics=metrics,
        countries=countries,
        correct=lambda relpath, frame: apply_corrections(ctx, relpath, frame).drop(
            columns="corrected"
        ),
    )
    ctx.files_read.extend(tables.files)
    ctx.problems.extend(tables.problems)
    if tables.commitments.empty:
        return
    if ctx.table_exists("sources"):
        known = {r[0] for r in ctx.con.execute("SELECT source_id FROM sources").fetchall()}
        for row in tables.statements.itertuples():
            if row.origin == "knowledge" and row.source_id not in known:
                ctx.problem(
                    STATEMENTS_FILE,
                    row.origin_line,
                    "source_id",
                    f"'{row.source_id}' is not a known sources.source_id",
                )
        for row in tables.delivery.itertuples():
            if row.delivery_id.startswith("statement:") and row.source_id not in known:
                ctx.problem(
                    STATEMENTS_FILE,
                    row.origin_line,
                    "delivery_source_id",
                    f"'{row.source_id}' is not a known sources.source_id",
                )
        new = tables.sources[~tables.sources["source_id"].isin(known)].assign(
            accessed="2026-12",
            notes="web page cited by the commitments compilation (data/commitments_compiled/SOURCE.yml)",
            origin="compiled",
        )
        ctx.append_rows("sources", new)
    ctx.write_table("commitments", tables.commitments)
    ctx.write_table("commitment_statements", tables.statements)
    ctx.write_table("delivery", tables.delivery)
    ctx.write_table("commitment_conflicts", tables.conflicts)
