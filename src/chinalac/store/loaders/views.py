"""Derived views: conflicts, per-country status. Views, not tables, so they cannot drift."""

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

COUNTRY_STATUS = """
CREATE OR REPLACE VIEW country_status AS
SELECT c.iso3, c.name_en, c.name_es, c.name_pt, c.subregion,
  (SELECT min(t.date_sort) FROM ties t WHERE t.iso3 = c.iso3 AND t.tie_type = 'diplomatic_relations_prc'
     AND t.quality = 'sourced' AND lower(t.status) LIKE 'established%') AS prc_relations_since,
  EXISTS (SELECT 1 FROM ties t WHERE t.iso3 = c.iso3 AND t.tie_type = 'taiwan_recognition_2025'
     AND t.quality <> 'unsourced' AND lower(t.status) LIKE 'recognises taiwan%') AS recognises_taiwan,
  (SELECT t.status FROM ties t WHERE t.iso3 = c.iso3 AND t.tie_type = 'partnership'
     AND t.quality <> 'unsourced' ORDER BY t.date_sort DESC NULLS LAST LIMIT 1) AS partnership,
  EXISTS (SELECT 1 FROM ties t WHERE t.iso3 = c.iso3 AND t.tie_type = 'bri_mou' AND t.quality = 'sourced'
     AND (lower(t.status) LIKE 'signed%' OR lower(t.status) LIKE 'joined%')) AS bri_member,
  EXISTS (SELECT 1 FROM ties t WHERE t.iso3 = c.iso3 AND t.tie_type = 'fta' AND t.quality = 'sourced'
     AND (lower(t.status) LIKE '%in force%' OR lower(t.status) LIKE 'in_force%')) AS fta_in_force,
  EXISTS (SELECT 1 FROM ties t WHERE t.iso3 = c.iso3 AND t.tie_type = 'aiib' AND t.quality = 'sourced'
     AND lower(t.status) LIKE 'member%') AS aiib_member
FROM countries c
WHERE c.celac
"""


def load(ctx: BuildContext) -> None:
    if ctx.table_exists("facts") and ctx.table_exists("ties"):
        figures = FIGURE_CONFLICTS if ctx.table_exists("figures") else ""
        commitments = COMMITMENT_CONFLICTS if ctx.table_exists("delivery") else ""
        ctx.con.execute(CONFLICTS + figures + commitments)
    if ctx.table_exists("countries") and ctx.table_exists("ties"):
        ctx.con.execute(COUNTRY_STATUS)
