"""Derived views: conflicts (a view, so it cannot drift) and per-country status (a table written
by chinalac.domain.ties at build time)."""

from __future__ import annotations

from chinalac.store.context import BuildContext

CONFLICTS = """
CREATE OR REPLACE VIEW conflicts AS
SELECT 'fact' AS kind, f.conflict_group AS conflict_id, f.metric AS subject, f.entity AS entity,
       f.fact_id AS record_id, CAST(f.value AS VARCHAR) AS value, f.unit AS unit,
       concat_ws('/', f.period_start, f.period_end) AS period, f.reporter AS reporter,
       f.source_id AS source_id, f.note AS note
FROM facts f
WHERE f.conflict_group IS NOT NULL
  AND f.conflict_group IN (SELECT conflict_group FROM facts WHERE conflict_group IS NOT NULL
                           GROUP BY 1 HAVING count(*) > 1)
UNION ALL
SELECT 'tie', t.iso3 || ':' || t.tie_type, t.tie_type, t.iso3, t.tie_id, t.status, NULL,
       t.date, NULL, t.source_id, t.detail
FROM ties t
WHERE (t.iso3, t.tie_type) IN (SELECT (iso3, tie_type) FROM ties WHERE conflict)
  AND t.quality <> 'unsourced'
"""

# Published figures (store/loaders/figures.py): every value of a disagreeing group, side by side.
FIGURE_CONFLICTS = """
UNION ALL
SELECT 'figure', g.conflict_group, g.subject, g.iso3, g.figure_id, CAST(g.value AS VARCHAR),
       g.unit, concat_ws(' ', g.period, '(' || g.months || ')'),
       concat_ws(', ', g.reporter, g.edition), g.source_id, g.detail
FROM figures g
WHERE g.conflict_group IS NOT NULL
"""

# Commitments (store/loaders/commitments.py): figures for the same pledge and date that differ,
# and pledges whose sources state different targets or periods — every value side by side.
COMMITMENT_CONFLICTS = """
UNION ALL
SELECT 'delivery', d.commitment_id || ':' || d.as_of_end, d.commitment_id, 'LAC', d.delivery_id,
       d.value_text, d.unit, d.as_of, d.reporter, d.source_id, d.scope_note
FROM delivery d
WHERE d.kind = 'measurement'
  AND (d.commitment_id, d.as_of_end, d.unit) IN (
      SELECT (commitment_id, as_of_end, unit) FROM delivery
      WHERE kind = 'measurement' AND value IS NOT NULL
      GROUP BY commitment_id, as_of_end, unit HAVING max(value) > min(value) * 1.005)
UNION ALL
SELECT 'commitment', s.commitment_id, s.commitment_id, 'LAC', s.statement_id,
       CAST(s.target_value AS VARCHAR), s.unit, concat_ws('–', s.period_start, s.period_end), NULL,
       s.source_id, s.description
FROM commitment_statements s
WHERE s.commitment_id IN (SELECT commitment_id FROM commitments WHERE statement_conflict IS NOT NULL)
"""


def country_status(ctx: BuildContext) -> None:
    """`country_status`: every tie of each CELAC state as of the build date, one row per state.

    Written from chinalac.domain.ties.status_table (the one function that decides a tie's
    status); a table for SQL readers, not a second place where a status is worked out.
    """
    from chinalac.domain.ties import TieBook, status_table

    countries = ctx.con.execute(
        "SELECT iso3, name_en, name_es, name_pt, subregion FROM countries WHERE celac ORDER BY iso3"
    ).df()
    book = TieBook.from_frame(ctx.con.execute("SELECT * FROM ties").df())
    table = countries.merge(status_table(book, list(countries["iso3"])), on="iso3")
    ctx.write_table("country_status", table)


def load(ctx: BuildContext) -> None:
    if ctx.table_exists("facts") and ctx.table_exists("ties"):
        figures = FIGURE_CONFLICTS if ctx.table_exists("figures") else ""
        commitments = COMMITMENT_CONFLICTS if ctx.table_exists("delivery") else ""
        ctx.con.execute(CONFLICTS + figures + commitments)
    if ctx.table_exists("countries") and ctx.table_exists("ties"):
        country_status(ctx)
