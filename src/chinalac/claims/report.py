"""Show results: a rich table for the terminal, JSON (one object per claim) for the web.

The JSON objects carry `start`/`end` offsets into the original input so a page can
highlight each claim, and `record_ids`/`source_ids` so it can link to the evidence.
"""

from __future__ import annotations

import json
from collections import Counter

from rich.console import Console
from rich.table import Table
from rich.text import Text

from chinalac.claims.models import ClaimResult, Verdict

STYLES = {
    Verdict.SUPPORTED: "green",
    Verdict.CONTRADICTED: "red",
    Verdict.INCONSISTENT: "magenta",
    Verdict.DISPUTED: "yellow",
    Verdict.UNVERIFIABLE: "dim",
}


def result_record(result: ClaimResult) -> dict:
    claim = result.claim
    return {
        "claim_id": claim.claim_id,
        "start": claim.start,
        "end": claim.end,
        "text": claim.text,
        "verdict": str(result.verdict),
        "rule_id": result.rule_id,
        "reason": result.reason,
        "kind": str(claim.kind),
        "value": claim.value,
        "unit": claim.unit,
        "scale": claim.scale,
        "amount": claim.amount,
        "qualifier": str(claim.qualifier),
        "period": claim.period.label() if claim.period else None,
        "entity": claim.entity,
        "entities": claim.entities,
        "metric": claim.metric,
        "lang": claim.lang,
        "article_date": claim.article_date,
        "confidence": claim.confidence,
        "sentence": claim.sentence,
        "sentence_start": claim.sentence_start,
        "sentence_end": claim.sentence_end,
        "record_ids": [e.record_id for e in result.evidence],
        "fact_ids": result.fact_ids,
        "source_ids": result.source_ids,
        "evidence": [e.to_dict() for e in result.evidence],
        "findings": [
            {"rule_id": f.rule_id, "verdict": str(f.verdict), "reason": f.reason}
            for f in result.findings
        ],
    }


def results_to_json(results: list[ClaimResult], indent: int | None = 2) -> str:
    """A JSON array, one object per claim, in document order."""
    return json.dumps([result_record(r) for r in results], ensure_ascii=False, indent=indent)


def render_report(
    results: list[ClaimResult], console: Console | None = None, show_unverifiable: bool = True
) -> None:
    """Print a table of claims with verdicts, reasons and sources, then a summary line."""
    console = console or Console()
    table = Table(title="Claims", title_justify="left", show_lines=False, expand=False)
    table.add_column("#", style="dim", no_wrap=True)
    table.add_column("verdict", no_wrap=True)
    table.add_column("claim", overflow="fold", max_width=36)
    table.add_column("metric · entity · period", overflow="fold", max_width=36)
    table.add_column("reason", overflow="fold")
    table.add_column("sources", overflow="fold", max_width=28)
    for result in results:
        if not show_unverifiable and result.verdict is Verdict.UNVERIFIABLE:
            continue
        claim = result.claim
        where = " · ".join(
            [
                claim.metric or "?",
                claim.entity or "?",
                claim.period.label() if claim.period else "no period",
            ]
        )
        table.add_row(
            claim.claim_id,
            Text(str(result.verdict), style=STYLES[result.verdict]),
            Text(" ".join(claim.text.split())),
            Text(where),
            Text(result.reason),
            Text(", ".join(result.source_ids)),
        )
    console.print(table)
    counts = Counter(r.verdict for r in results)
    summary = ", ".join(f"{counts[v]} {v}" for v in Verdict if counts[v])
    console.print(f"{len(results)} claims: {summary or 'none'}")
