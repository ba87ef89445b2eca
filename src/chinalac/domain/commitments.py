"""The status of every pledge of the cooperation system as of a date — computed here and only here.

    met · on track · behind · missed · unmeasurable · disputed · not comparable

The rule, for a pledge with a number (target T, first year S, deadline year D):

* Only **measurements on the pledge's own basis** decide: numbers in the pledge's unit (US$ bn and
  US$ m convert; RMB never converts), dated on or before the as-of date, whose scope note does not
  mark another basis (offshore centres, flow instead of stock, package-level, "conflicting scope",
  a facility set up rather than money disbursed, a span that is not the pledge's). One published
  figure has one scope: a note on any row citing the same page, value and date applies to all.
* **Statements** ("fully implemented", "over-fulfilled", a package-level "over 80 % implemented")
  are claims by a party: listed beside the status, never counted as a measurement.
* A **level** pledge (trade in a year, an investment stock) is *met* when a figure for a year in
  S…D reaches T; *missed* when the figures for year D stay below T; before D, *on track* or
  *behind* against the linear path from the figure of S (or the first figure after S) to T in D.
* A **cumulative** pledge (6,000 scholarships in 2015–2019) is *met* when a figure reaches T;
  *missed* when a figure dated at or after D stays below T; before D, compared with the linear
  path from 0 at the start of S to T at the end of D.
* Figures that disagree on the verdict for the same year → *disputed* (every value is listed);
  no figure on the pledge's basis but figures on another → *not comparable*, with their scope
  notes; only statements, no figure, no number pledged, or no figure at the deadline →
  *unmeasurable*, with the reason.

Trade pledges also use the store's own regional trade figures (`stored_figures`), one row per
reporter and year, beside the delivery rows.

The indicator `commitment_delivery` (indicators.yml) is the same answer as a ratio:

    delivery_ratio = delivered_value / target_value      gap = target_value − delivered_value

where delivered_value is the figure the status rests on, for the statuses a figure decides
(met, on track, behind, missed, disputed); never 0 for a pledge without one.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass, field

import pandas as pd

MET = "met"
ON_TRACK = "on track"
BEHIND = "behind"
MISSED = "missed"
UNMEASURABLE = "unmeasurable"
DISPUTED = "disputed"
NOT_COMPARABLE = "not comparable"
STATUSES = (MET, ON_TRACK, BEHIND, MISSED, DISPUTED, NOT_COMPARABLE, UNMEASURABLE)

# Pledges whose target is a level reached in one year (not a count accumulated over the period).
LEVEL_METRICS = frozenset({"trade_total", "investment_stock"})
# Words of a scope note (data/commitments_compiled/SOURCE.yml: scope_note) that put a figure on
# another basis than the pledge's.
SCOPE_MISMATCH = (
    "offshore",
    "flow not stock",
    "conflicting scope",
    "package-level",
    "not directly comparable",
    "programme set up",
    "fund established",
)
UNITS = {"usd_bn": ("usd", 1e9), "usd_m": ("usd", 1e6), "usd_tn": ("usd", 1e12)}

AS_OF = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


class CommitmentError(ValueError):
    """A bad parameter (as-of date, plan, status, commitment id): one line, names the choices."""


# -- dates --------------------------------------------------------------------------------------
def parse_as_of(text: str | None) -> str:
    """'2024' / '2024-06' / '2024-06-30' (default: today) → the ISO date it ends on."""
    if text is None or text == "":
        return dt.date.today().isoformat()
    if not AS_OF.match(text):
        raise CommitmentError(f"--as-of '{text}' is not a date like 2024, 2024-06 or 2024-06-30")
    return end_of(text)


def end_of(iso: str) -> str:
    """The last day a date at its precision covers ('2024' → '2024-12-31')."""
    if len(iso) == 4:
        return f"{iso}-12-31"
    if len(iso) == 7:
        return f"{iso}-31"
    return iso


def year_fraction(iso: str) -> float:
    """The moment a date at its precision ends, in years ('2018-01' → 2018.083)."""
    year = int(iso[:4])
    if len(iso) == 4:
        return year + 1.0
    month = int(iso[5:7])
    if len(iso) == 7:
        return year + month / 12
    return year + (month - 1) / 12 + int(iso[8:10]) / 365


# -- units and scope ----------------------------------------------------------------------------
def convert(value: float, unit: str | None, target_unit: str | None) -> float | None:
    """`value` in `target_unit`, or None when the units measure different things."""
    if unit == target_unit:
        return value
    if unit in UNITS and target_unit in UNITS and UNITS[unit][0] == UNITS[target_unit][0]:
        return value * UNITS[unit][1] / UNITS[target_unit][1]
    return None


def scope_mismatch(note: str | None) -> str | None:
    """The words of a scope note that put a figure on another basis, or None."""
    low = (note or "").lower()
    found = [marker for marker in SCOPE_MISMATCH if marker in low]
    return ", ".join(found) if found else None


# -- the figures the store holds (one small function, so wiring another series is one line) ----
def stored_figures(db) -> pd.DataFrame:
    """Regional China–LAC goods trade, one row per reporter and full year (domain/figures.py).

    Columns: metric, year, value, unit, bound, reporter, source_id, note, figure_id.
    """
    from chinalac.domain.figures import trade_series

    rows = trade_series(db, "LAC", "total")
    precision = {"lower bound": "lower", "approximate": "approximate"}
    return pd.DataFrame(
        {
            "figure_id": rows["record_id"],
            "metric": "trade_total",
            "year": rows["year"].astype(str),
            "value": rows["value_usd"] / 1e9,
            "unit": "usd_bn",
            "bound": rows["precision"].map(precision).fillna("exact"),
            "reporter": rows["reporter"],
            "source_id": rows["source_id"],
            "source_url": rows["source_url"],
            "note": (rows["scope"].fillna("") + "; " + rows["note"].fillna("")).str.strip("; "),
        }
    )


def _figures_as_delivery(figures: pd.DataFrame, pledges: pd.DataFrame) -> pd.DataFrame:
    """The stored figures as delivery rows of every pledge about the same metric."""
    rows = []
    for pledge in pledges.itertuples():
        mine = figures[figures["metric"] == pledge.pledge_metric]
        for figure in mine.itertuples():
            rows.append(
                {
                    "delivery_id": f"figure:{figure.figure_id}",
                    "commitment_id": pledge.commitment_id,
                    "as_of": figure.year,
                    "as_of_start": figure.year,
                    "as_of_end": figure.year,
                    "value": float(figure.value),
                    "value_text": f"{figure.value:g}",
                    "bound": figure.bound,
                    "unit": figure.unit,
                    "kind": "measurement",
                    "scope_note": f"stored figure ({figure.figure_id}): {figure.note or ''}".strip(),
                    "reporter": figure.reporter,
                    "source_id": figure.source_id,
                    "source_title": None,
                    "source_url": figure.source_url,
                    "evidence": None,
                    "origin": "stored figure",
                }
            )
    return pd.DataFrame(rows)


# -- why a pledge has its status: data first, English words derived from it --------------------
@dataclass(frozen=True)
class Figure:
    """One figure a reason cites, as stored: its value and unit, bound, date and reporter."""

    value: float
    unit: str | None
    bound: str
    as_of: str
    reporter: str
    note: str = ""  # a figure on another basis: its scope note as stored ("" when none)
    role: str = ""  # …or how the rule used it, when it has no scope note

    def english(self) -> str:
        prefix = {"lower": "≥ ", "upper": "< ", "approximate": "≈ "}.get(self.bound, "")
        return f"{prefix}{_fmt(self.value)} {self.unit} ({self.as_of}, {self.reporter})"


@dataclass(frozen=True)
class Claim:
    """A party's statement about a pledge ('fully implemented'), as stored."""

    text: str
    reporter: str
    as_of: str

    def english(self) -> str:
        return f"'{self.text}' ({self.reporter}, {self.as_of})"


# The English sentence of each reason key ({figures}: the figures the status rests on).
REASONS = {
    "no number": "no number was pledged",
    "other basis": "no figure on the pledge's basis; figures on another: {noted}",
    "only statements": "only statements by a party, no figure: {claims}",
    "no figure": "no delivery figure published",
    "no figure yet": "no delivery figure published by this date",
    "deadline disputed": "figures for {deadline} disagree: {figures} vs target {target}",
    "met in": "met in {year} on {figures} ≥ target {target} {unit} due {deadline}; "
    "other figures for {year}: {others}",
    "missed at deadline": "{deadline}: {figures} < target {target}",
    "no deadline figure": "no figure for the deadline year {deadline}; last: {last}",
    "met early": "met early: {figures} ≥ target {target}",
    "no deadline": "no deadline stated; latest {figures} of target {target}",
    "disputed": "figures disagree: {figures} vs target {target}",
    "met": "{figures} ≥ target {target}",
    "missed": "{figures} < target {target} due {deadline}",
    "none after deadline": "no figure at or after the deadline {deadline}; last: {figures} of "
    "{target}",
    "none after deadline, path": "no figure at or after the deadline {deadline}; last: {figures} "
    "of {target} (linear path then: {expected})",
    "no path": "no path to compare with; latest {figures}",
    "on track": "{figures} ≥ {path} {expected} (target {target})",
    "path disputed": "figures disagree about the path: {figures} vs {path} {expected}",
    "lower bound below path": "{figures} is a lower bound below the {path} {expected}",
    "behind": "{figures} < {path} {expected} (target {target})",
}
# The path a figure is compared with before the deadline: a level pledge's value for a year,
# a cumulative pledge's linear path at a date.
PATHS = {"year": "path value for {at}", "date": "linear path at {at}"}


@dataclass(frozen=True)
class Reason:
    """Why a pledge has its status, as data: a key of REASONS and the figures, target, years and
    claims it names. `english()` words it for the CLI, the API and the CSV; the dashboard words
    the same data in the reader's language (web/commitment_words.py)."""

    key: str
    figures: tuple[Figure, ...] = ()
    target: float | None = None
    unit: str | None = None
    deadline: int | None = None
    year: int | None = None
    others: tuple[Figure, ...] = ()  # met in a year: the other figures of that year
    expected: float | None = None  # the path value the latest figure is compared with
    path_kind: str = ""  # a key of PATHS
    path_at: str = ""  # its year or date
    claims: tuple[Claim, ...] = ()  # statements by a party beside the status

    def english(self) -> str:
        def listing(figures):
            return "; ".join(figure.english() for figure in figures)

        text = REASONS[self.key].format(
            figures=listing(self.figures),
            last=listing(self.figures) or "none",
            others=listing(self.others) or "none",
            noted="; ".join(f"{f.english()}: {f.note or f.role}" for f in self.figures),
            claims=self.claims_english(),
            target=_fmt(self.target),
            unit=self.unit,
            deadline=self.deadline,
            year=self.year,
            expected=_fmt(self.expected),
            path=PATHS[self.path_kind].format(at=self.path_at) if self.path_kind else "",
        )
        if self.claims and self.key != "only statements":
            text += f"; claims: {self.claims_english()}"
        return text

    def claims_english(self) -> str:
        return "; ".join(claim.english() for claim in self.claims)


def _figures(frame: pd.DataFrame, roles: Mapping[str, str] | None = None) -> tuple[Figure, ...]:
    figures = []
    for row in frame.itertuples():
        role = (roles or {}).get(row.delivery_id, "")
        figures.append(
            Figure(
                value=float(row.value),
                unit=row.unit,
                bound=row.bound,
                as_of=str(row.as_of),
                reporter=row.reporter,
                note=_text(row.scope_note) if roles else "",
                role=role,
            )
        )
    return tuple(figures)


def _text(value) -> str:
    return "" if value is None or (isinstance(value, float) and value != value) else str(value)


# -- the status of one pledge ---------------------------------------------------------------------
@dataclass
class Judgement:
    status: str
    why: Reason  # the reason as data; `reason` is its English wording
    basis: pd.DataFrame  # the rows the status rests on
    roles: dict[str, str] = field(default_factory=dict)  # delivery_id → how the rule used it
    path: list[dict] = field(default_factory=list)  # level pledges: the linear path year by year
    progress: float | None = (
        None  # basis value / target, where a figure on the pledge's basis exists
    )

    @property
    def reason(self) -> str:
        return self.why.english()


def _fmt(value: float | None) -> str:
    if value is None or value != value:
        return "?"
    return f"{value:,.0f}" if abs(value) >= 1000 else f"{value:,.6g}"


def _meets(row, target: float) -> bool | None:
    """True: certainly ≥ target; False: certainly below; None: a bound that cannot say."""
    if row.bound == "upper":
        return False if row.converted < target else None
    if row.converted > target or (row.converted == target and row.bound != "approximate"):
        return True
    if row.bound in ("lower", "approximate") and row.converted >= target * 0.95:
        return None  # "over 480" or "about 500" cannot say whether 500 was reached
    if row.bound == "lower":
        return None
    return False


def _label(row) -> str:
    return Figure(float(row.value), row.unit, row.bound, str(row.as_of), row.reporter).english()


def judge(pledge: Mapping, rows: pd.DataFrame, as_of: str) -> Judgement:
    """The status of one pledge as of the ISO date `as_of`, from its delivery rows (pure)."""
    rows = rows.copy().reset_index(drop=True)
    roles: dict[str, str] = {}
    target = pledge.get("target_value")
    target = None if target is None or pd.isna(target) else float(target)
    unit = pledge.get("unit")
    start = int(str(pledge["period_start"])[:4]) if pledge.get("period_start") else None
    deadline = pledge.get("deadline")
    deadline = None if deadline is None or pd.isna(deadline) else int(deadline)
    level = pledge.get("pledge_metric") in LEVEL_METRICS
    now = year_fraction(as_of)

    usable = []
    for index, row in rows.iterrows():
        if not row["as_of_end"] or pd.isna(row["as_of_end"]):
            roles[row["delivery_id"]] = "undated: not used"
            continue
        if end_of(str(row["as_of_end"])) > as_of:
            roles[row["delivery_id"]] = "after the as-of date"
            continue
        if row["kind"] == "statement":
            roles[row["delivery_id"]] = "statement by a party (a claim, not a measurement)"
            continue
        converted = convert(float(row["value"]), row["unit"], unit) if target is not None else None
        mismatch = scope_mismatch(row.get("scope_union") or row["scope_note"])
        if converted is None:
            roles[row["delivery_id"]] = f"other measure ({row['unit']}, pledge in {unit})"
        elif mismatch:
            roles[row["delivery_id"]] = f"other scope ({mismatch})"
        else:
            roles[row["delivery_id"]] = "on the pledge's basis"
            usable.append({**row.to_dict(), "converted": converted, "row_index": index})
    measured = pd.DataFrame(usable)
    statements = rows[[roles.get(d, "").startswith("statement") for d in rows["delivery_id"]]]
    others = rows[
        [roles.get(d, "").startswith(("other scope", "other measure")) for d in rows["delivery_id"]]
    ]
    claims = tuple(
        Claim(str(r.value_text), r.reporter, str(r.as_of)) for r in statements.itertuples()
    )
    facts = {"target": target, "unit": unit, "deadline": deadline}

    def done(status, key, basis=None, path=None, progress=None, figures=None, **more):
        basis = basis if basis is not None else rows.iloc[0:0]
        why = Reason(
            key,
            figures=_figures(basis) if figures is None else figures,
            claims=claims
            if status != UNMEASURABLE or key in ("no number", "only statements")
            else (),
            **{**facts, **more},
        )
        for delivery_id in basis.get("delivery_id", []):
            if roles.get(delivery_id) == "on the pledge's basis":
                roles[delivery_id] = "basis of the status"
        return Judgement(status, why, basis, roles, path or [], progress)

    if target is None:
        return done(UNMEASURABLE, "no number")
    if measured.empty:
        if not others.empty:
            return done(NOT_COMPARABLE, "other basis", others, figures=_figures(others, roles))
        if not statements.empty:
            return done(UNMEASURABLE, "only statements", statements, figures=())
        return done(UNMEASURABLE, "no figure yet" if len(rows) else "no figure")

    measured["year"] = measured["as_of_end"].astype(str).str[:4].astype(int)
    measured["moment"] = measured["as_of_end"].astype(str).map(year_fraction)
    measured["meets"] = [_meets(r, target) for r in measured.itertuples()]
    passed = deadline is not None and now >= deadline + 1

    def progress_of(frame):
        return float(frame["converted"].max()) / target if target else None

    if level:
        window = measured[
            (measured["year"] >= (start or 0)) & (measured["year"] <= (deadline or 9999))
        ]
        reached = window[window["meets"] == True]  # noqa: E712 — a tri-state column
        path = _level_path(measured, target, start, deadline)
        if passed:
            final = window[window["year"] == deadline]
            below = final[final["meets"] == False]  # noqa: E712
            if not reached.empty and not below.empty and (reached["year"] == deadline).any():
                return done(DISPUTED, "deadline disputed", final, path)
            if not reached.empty:
                first = reached.sort_values(["year", "row_index"])
                year = int(first["year"].iloc[0])
                basis = first[first["year"] == year]
                lead = basis[basis["bound"] == "exact"].head(1)
                lead = lead if not lead.empty else basis.head(1)
                return done(
                    MET,
                    "met in",
                    pd.concat([lead, basis.drop(lead.index)]),  # the deciding figure first
                    path,
                    progress_of(lead),
                    figures=_figures(lead),
                    others=_figures(basis.drop(lead.index)),
                    year=year,
                )
            if not final.empty and len(below) == len(final):
                return done(MISSED, "missed at deadline", final, path, progress_of(final))
            last = window.sort_values("moment").tail(1)
            return done(UNMEASURABLE, "no deadline figure", last, path)
        if not reached.empty:
            return done(MET, "met early", reached, path, progress_of(reached))
        latest = window[window["year"] == window["year"].max()] if not window.empty else window
        if deadline is None or latest.empty:
            return done(
                UNMEASURABLE,
                "no deadline",
                latest,
                path,
                progress_of(latest) if not latest.empty else None,
            )
        expected = {p["year"]: p["path_value"] for p in path}
        year = int(latest["year"].iloc[0])
        return _against_path(done, latest, expected.get(year), target, ("year", str(year)), path)

    # cumulative pledges
    reached = measured[measured["meets"] == True]  # noqa: E712
    if passed:
        final = measured[measured["year"] >= deadline]
        below = final[final["meets"] == False]  # noqa: E712
        if not reached.empty and not below.empty:
            return done(DISPUTED, "disputed", final)
        if not reached.empty:
            return done(MET, "met", reached, progress=progress_of(reached))
        if not final.empty and len(below) == len(final):
            return done(MISSED, "missed", final, progress=progress_of(final))
        last = measured.sort_values("moment").tail(1)
        share = _cumulative_path(last["moment"].iloc[0], target, start, deadline)
        return done(
            UNMEASURABLE,
            "none after deadline" if share is None else "none after deadline, path",
            last,
            progress=progress_of(last),
            expected=share,
        )
    if not reached.empty:
        return done(MET, "met early", reached, progress=progress_of(reached))
    latest = measured[measured["moment"] == measured["moment"].max()]
    if deadline is None or start is None:
        return done(UNMEASURABLE, "no deadline", latest, progress=progress_of(latest))
    expected = _cumulative_path(latest["moment"].iloc[0], target, start, deadline)
    return _against_path(
        done, latest, expected, target, ("date", str(latest["as_of_end"].iloc[0])), []
    )


def _against_path(done, latest, expected, target, at, path):
    """The latest figures against the path value `expected` at `at` (PATHS key, year or date)."""
    if expected is None:
        return done(UNMEASURABLE, "no path", latest, path)
    above = [r.converted >= expected for r in latest.itertuples()]
    unsure = [r.bound == "lower" and r.converted < expected for r in latest.itertuples()]
    progress = float(latest["converted"].max()) / target
    where = {"expected": expected, "path_kind": at[0], "path_at": at[1]}
    if all(above):
        return done(ON_TRACK, "on track", latest, path, progress, **where)
    if any(above) and not all(above):
        return done(DISPUTED, "path disputed", latest, path, progress, **where)
    if any(unsure):
        return done(UNMEASURABLE, "lower bound below path", latest, path, progress, **where)
    return done(BEHIND, "behind", latest, path, progress, **where)


def _level_path(
    measured: pd.DataFrame, target: float, start: int | None, deadline: int | None
) -> list[dict]:
    """Year by year from the baseline (figure of the start year, or the first after it) to the
    target in the deadline year, with every figure of each year beside the path value."""
    if start is None or deadline is None or deadline <= start:
        return []
    near = measured[
        (measured["year"] >= start - 1)
        & (measured["year"] <= start)
        & (measured["bound"] == "exact")
    ]
    after = measured[(measured["year"] > start) & (measured["bound"] == "exact")]
    base = near if not near.empty else after
    if base.empty:
        return []
    base_year = int(base["year"].max() if not near.empty else base["year"].min())
    base_value = float(base[base["year"] == base_year]["converted"].median())
    path = []
    for year in range(start + 1, deadline + 1):
        expected = base_value + (target - base_value) * (year - base_year) / (deadline - base_year)
        if year < base_year:
            expected = None
        figures = measured[measured["year"] == year]
        path.append(
            {
                "year": year,
                "path_value": None if expected is None else round(expected, 3),
                "figures": "; ".join(_label(r) for r in figures.itertuples()),
                "position": _position(figures, expected),
            }
        )
    return path


def _position(figures: pd.DataFrame, expected: float | None) -> str:
    if expected is None or figures.empty:
        return ""
    above = figures["converted"] >= expected - 1e-9
    below = ~above & (figures["bound"] != "lower")
    if above.all():
        return "on or above the path"
    if not above.any():
        return "below the path" if below.any() else "lower bound below the path"
    return "mixed"


def _cumulative_path(
    moment: float, target: float, start: int | None, deadline: int | None
) -> float | None:
    if start is None or deadline is None:
        return None
    share = (moment - start) / (deadline + 1 - start)
    return target * min(max(share, 0.0), 1.0)


# -- the store --------------------------------------------------------------------------------------
def evidence(db, pledges: pd.DataFrame) -> pd.DataFrame:
    """Every delivery row of `pledges` plus the store's figures for their metric, with the scope of
    each published figure made one (notes of rows citing the same page, value and date joined)."""
    ids = list(pledges["commitment_id"])
    rows = db.sql("SELECT * FROM delivery WHERE list_contains(?, commitment_id)", [ids])
    rows["origin"] = "delivery"
    levels = pledges[pledges["pledge_metric"].isin(LEVEL_METRICS)]
    figures = (
        _figures_as_delivery(stored_figures(db), levels) if not levels.empty else pd.DataFrame()
    )

    if not figures.empty:
        rows = pd.concat([rows, figures], ignore_index=True)
    key = (
        rows["source_id"].fillna("")
        + "|"
        + rows["value_text"].fillna("")
        + "|"
        + rows["as_of"].fillna("")
    )
    union = rows.groupby(key)["scope_note"].agg(
        lambda notes: " | ".join(dict.fromkeys(n for n in notes if n))
    )
    rows["scope_union"] = key.map(union)
    return rows


def _pledges(db, plan=None, state=None, commitment_id=None) -> pd.DataFrame:
    clauses, params = [], []
    if plan:
        plans = set(db.sql("SELECT DISTINCT plan FROM commitments")["plan"])
        if plan not in plans:
            raise CommitmentError(f"unknown plan '{plan}'; plans: {', '.join(sorted(plans))}")
        clauses.append("plan = ?")
        params.append(plan)
    if state:
        clauses.append("list_contains(string_split(coalesce(states, ''), ';'), ?)")
        params.append(state)
    if commitment_id:
        clauses.append("commitment_id = ?")
        params.append(commitment_id)
    where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
    return db.sql(f"SELECT * FROM commitments {where} ORDER BY made_on, origin_line", params)


def pledge_statuses(
    db,
    plan: str | None = None,
    as_of: str | None = None,
    status: str | None = None,
    state: str | None = None,
    region_wide: bool | None = None,
    structured: bool = False,
) -> pd.DataFrame:
    """Every pledge with its status as of a date, the reason, the rows it rests on and its sources.

    reason: the English wording of the reason, reason_key: its key in REASONS; structured: True —
    also `why`, the reason as data (a Reason), for a page that words it in another language.

    plan: one plan id; as_of: 'YYYY[-MM[-DD]]' (default today) — pledges made later are left out;
    status: one of STATUSES;
    state: ISO3 — only the pledges that name that state; region_wide: True — only those naming none.
    """
    if status is not None and status not in STATUSES:
        raise CommitmentError(f"unknown status '{status}'; statuses: {', '.join(STATUSES)}")
    date = parse_as_of(as_of)
    pledges = _pledges(db, plan=plan, state=state)
    pledges = pledges[pledges["made_on"].astype(str) <= date]  # not yet made on that date
    if region_wide is not None:
        pledges = pledges[pledges["states"].isna() == region_wide]
    rows = evidence(db, pledges) if not pledges.empty else pd.DataFrame()
    statements = db.sql("SELECT commitment_id, source_id FROM commitment_statements")
    out = []
    for pledge in pledges.to_dict("records"):
        mine = rows[rows["commitment_id"] == pledge["commitment_id"]] if not rows.empty else rows
        verdict = judge(pledge, mine, date) if True else None
        claims = mine[mine["kind"] == "statement"] if not mine.empty else mine
        basis = verdict.basis
        lead = basis.head(1)
        sources = list(
            dict.fromkeys(
                [pledge["source_id"]]
                + list(
                    statements[statements["commitment_id"] == pledge["commitment_id"]]["source_id"]
                )
                + [s for s in basis.get("source_id", []) if isinstance(s, str)]
            )
        )
        out.append(
            {
                "commitment_id": pledge["commitment_id"],
                "plan": pledge["plan"],
                "made_by": pledge["made_by"],
                "made_on": pledge["made_on"],
                "place": pledge["place"],
                "description": pledge["description"],
                "target_value": pledge["target_value"],
                "unit": pledge["unit"],
                "period_start": pledge["period_start"],
                "period_end": pledge["period_end"],
                "deadline": pledge["deadline"],
                "states": pledge["states"],
                "as_of": date,
                "status": verdict.status,
                "reason": verdict.reason,
                "reason_key": verdict.why.key,
                **({"why": verdict.why} if structured else {}),
                "progress": verdict.progress,
                "basis_value": None if lead.empty else lead["value"].iloc[0],
                "basis_as_of": None if lead.empty else lead["as_of"].iloc[0],
                "basis_reporter": None if lead.empty else lead["reporter"].iloc[0],
                "claims": "; ".join(
                    f"'{r.value_text}' ({r.reporter}, {r.as_of})" for r in claims.itertuples()
                )
                or None,
                "delivery_rows": len(mine),
                "statement_conflict": pledge["statement_conflict"],
                "source_id": pledge["source_id"],
                "source_url": pledge["source_url"],
                "sources": ";".join(sources),
            }
        )
    frame = pd.DataFrame(out)
    if frame.empty:
        return frame
    frame["deadline"] = frame["deadline"].astype("Int64")
    if status is not None:
        frame = frame[frame["status"] == status].reset_index(drop=True)
    return frame


def pledge_detail(db, commitment_id: str, as_of: str | None = None) -> dict[str, pd.DataFrame]:
    """One pledge: its status, every statement of it with its source, every delivery row side by
    side (with how the rule used it) and, for level pledges, the linear path year by year."""
    date = parse_as_of(as_of)
    pledges = _pledges(db, commitment_id=commitment_id)
    if pledges.empty:
        raise CommitmentError(
            f"unknown commitment '{commitment_id}': `chinalac commitments` lists them"
        )
    pledge = pledges.iloc[0].to_dict()
    rows = evidence(db, pledges)
    verdict = judge(pledge, rows, date)
    delivery = rows.assign(used_as=rows["delivery_id"].map(verdict.roles))
    delivery = delivery.sort_values(["as_of_end", "delivery_id"], na_position="last")
    keep = [
        "as_of", "value_text", "unit", "kind", "used_as", "bound", "scope_note", "reporter",
        "source_id", "source_url", "evidence", "delivery_id",
    ]  # fmt: skip
    summary = pd.DataFrame(
        [
            {
                **{
                    k: pledge[k]
                    for k in (
                        "commitment_id",
                        "plan",
                        "made_by",
                        "made_on",
                        "place",
                        "description",
                        "target_value",
                        "unit",
                        "period_start",
                        "period_end",
                        "deadline",
                        "states",
                        "statement_conflict",
                        "source_id",
                        "source_url",
                        "evidence",
                    )
                },
                "as_of": date,
                "status": verdict.status,
                "reason": verdict.reason,
                "progress": verdict.progress,
            }
        ]
    )
    statements = db.sql(
        """SELECT s.statement_id, s.origin, s.description, s.target_value, s.unit, s.period_start,
                  s.period_end, s.made_on, s.source_id, src.title AS source_title, src.url AS source_url,
                  s.evidence
           FROM commitment_statements s LEFT JOIN sources src USING (source_id)
           WHERE s.commitment_id = ? ORDER BY s.origin, s.statement_id""",
        [commitment_id],
    )
    conflicts = db.sql(
        'SELECT subject, "values" FROM commitment_conflicts WHERE commitment_id = ?',
        [commitment_id],
    )
    return {
        "pledge": summary,
        "statements": statements,
        "delivery": delivery[keep].reset_index(drop=True),
        "path": pd.DataFrame(verdict.path, columns=["year", "path_value", "figures", "position"]),
        "conflicts": conflicts,
    }


def delivery_points(pledge: Mapping, rows: pd.DataFrame) -> list[dict]:
    """A pledge's dated figures in its own unit, for a chart: moment (fractional year), value,
    on_basis (the pledge's own basis, else another scope), label (English), figure (the stored
    figure as data, for a page to word). Statements are not points."""
    unit = pledge.get("unit")
    start = str(pledge.get("period_start") or "")[:4]
    points = []
    for row in rows.itertuples():
        if (
            row.kind != "measurement"
            or not row.as_of_end
            or pd.isna(row.as_of_end)
            or pd.isna(row.value)
        ):
            continue
        if start.isdigit() and int(str(row.as_of_end)[:4]) < int(start) - 2:
            continue  # the pledge's own years (and just before), not a series back to 2000
        converted = convert(float(row.value), row.unit, unit)
        if converted is None:
            continue
        points.append(
            {
                "moment": year_fraction(str(row.as_of_end)) - 0.5,
                "value": converted,
                "on_basis": not scope_mismatch(getattr(row, "scope_union", None) or row.scope_note),
                "exact": row.bound == "exact",
                "label": f"{row.as_of}: {row.value_text} {row.unit} ({row.reporter})",
                "figure": Figure(
                    float(row.value), row.unit, row.bound, str(row.as_of), row.reporter
                ),
            }
        )
    return points


def status_counts(statuses: pd.DataFrame) -> pd.DataFrame:
    """How many pledges have each status — every status listed, zero included."""
    counts = statuses["status"].value_counts() if not statuses.empty else pd.Series(dtype=int)
    return pd.DataFrame(
        {"status": list(STATUSES), "pledges": [int(counts.get(s, 0)) for s in STATUSES]}
    )


# What the sources of one pledge may disagree about: its target and the years of its period.
STATEMENT_FIELDS = (("target_value", "target"), ("period_start", "start"), ("period_end", "end"))


@dataclass(frozen=True)
class Said:
    """One source's value for a field of a pledge: the value as stored (None = not stated)."""

    value: float | str | None
    source_id: str


@dataclass(frozen=True)
class Difference:
    """A field ("target", "start", "end") on which a pledge's sources disagree, and what each
    says; `english()` is the note the store keeps (commitments.statement_conflict)."""

    field: str
    said: tuple[Said, ...]
    unit: str | None = None

    def english(self) -> str:
        def shown(value):
            if value is None:
                return "not stated"
            return (
                str(int(value)) if isinstance(value, float) and value.is_integer() else str(value)
            )

        return f"{self.field}: " + " vs ".join(
            f"{shown(s.value)} ({s.source_id})" for s in self.said
        )


def statement_differences(statements: pd.DataFrame) -> dict[str, tuple[Difference, ...]]:
    """commitment_id → the fields its statements (commitment_statements rows: one per source
    that states the pledge) disagree on, in STATEMENT_FIELDS order; pledges stated alike are
    absent."""
    found: dict[str, tuple[Difference, ...]] = {}
    for commitment_id, group in statements.groupby("commitment_id", sort=False):
        if len(group) < 2:
            continue
        units = group["unit"].dropna() if "unit" in group else pd.Series(dtype=object)
        differences = []
        for column, name in STATEMENT_FIELDS:
            said = tuple(
                Said(None if pd.isna(value) else _plain(value), source_id)
                for value, source_id in zip(group[column], group["source_id"], strict=True)
            )
            if len({s.value for s in said}) > 1:
                unit = units.iloc[0] if column == "target_value" and len(units) else None
                differences.append(Difference(name, said, unit))
        if differences:
            found[commitment_id] = tuple(differences)
    return found


def _plain(value):
    """A stored value as a plain Python value (numbers as float, years as text)."""
    return float(value) if isinstance(value, (int, float)) else str(value)


def pledge_differences(db) -> dict[str, tuple[Difference, ...]]:
    """statement_differences over the store's commitment_statements (a chinalac.api store or
    a DuckDB connection)."""
    frame = db.sql("SELECT * FROM commitment_statements")
    return statement_differences(frame if isinstance(frame, pd.DataFrame) else frame.df())


def known_conflicts(db) -> pd.DataFrame:
    """The compilation's known conflicts, every value side by side (SOURCE.yml)."""
    return db.sql(
        'SELECT subject, commitment_id, "values" FROM commitment_conflicts ORDER BY subject'
    )


# -- the indicator (was indicators/commitments.py) ----------------------------------------------
def commitment_delivery(statuses) -> pd.DataFrame:
    """delivered / target for every pledge, from its status (pledge_statuses): the figure on the
    pledge's own basis that decided the status. A pledge with no such figure keeps its status and
    has no ratio — absence of a figure is never 0 % delivered.

    Input columns: commitment_id, description, target_value, unit, status, source_id, and
    delivered_value (or basis_value, with progress). Returns commitment_id, description, unit,
    target_value, delivered_value, delivery_ratio, gap_value, delivery_status, source.
    """
    frame = pd.DataFrame(statuses).copy()
    if "delivered_value" not in frame.columns:
        progress = pd.to_numeric(frame.get("progress"), errors="coerce")
        frame["delivered_value"] = progress * pd.to_numeric(frame["target_value"], errors="coerce")
    target = pd.to_numeric(frame["target_value"], errors="coerce")
    delivered = pd.to_numeric(frame["delivered_value"], errors="coerce")
    decided = frame["status"].isin([MET, ON_TRACK, BEHIND, MISSED, DISPUTED])
    usable = target.notna() & (target > 0) & delivered.notna() & decided
    source = frame["sources"] if "sources" in frame.columns else frame["source_id"]
    result = pd.DataFrame(
        {
            "commitment_id": frame["commitment_id"],
            "description": frame.get("description"),
            "unit": frame.get("unit"),
            "target_value": target,
            "delivered_value": delivered.where(usable),
            "delivery_ratio": (delivered / target).where(usable),
            "gap_value": (target - delivered).where(usable),
            "delivery_status": frame["status"],
            "source": source,
        }
    )
    return result.sort_values("commitment_id").reset_index(drop=True)
