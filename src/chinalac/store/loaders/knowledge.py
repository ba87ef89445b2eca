"""The hand-curated knowledge base: data/knowledge/*.csv (columns in docs/ARCHITECTURE.md)."""

from __future__ import annotations

from chinalac.store.context import BuildContext
from chinalac.store.schema import Column, TableSpec

UNITS = frozenset(
    [
        "usd_bn",
        "usd_m",
        "usd_tn",
        "cny_bn",
        "count",
        "percent",
        "year",
        "households",
        "t_co2_per_year",
        "jobs",
        "people",
    ]
)
FIELDS = frozenset({"economic", "political", "cultural", "green", "architecture"})
GROUPS = frozenset({"english_caribbean", "caricom"})
SUBREGIONS = frozenset({"south_america", "central_america", "mexico", "caribbean", "east_asia"})

SOURCE = Column("source_id", required=True, references=("sources", "source_id"))
COUNTRY = ("countries", "iso3")


def _spec(name: str, *columns: Column, key: tuple[str, ...]) -> TableSpec:
    return TableSpec(name, f"knowledge/{name}.csv", tuple(columns), key=key)


SPECS = [
    _spec(
        "sources",
        Column("source_id", required=True),
        Column("title", required=True),
        Column("author"),
        Column("publisher"),
        Column("date"),
        Column("url"),
        Column("doi"),
        Column("licence"),
        Column("accessed"),
        Column("notes"),
        key=("source_id",),
    ),
    _spec(
        "countries",
        Column("iso3", required=True),
        Column("iso2", required=True),
        Column("iso_numeric", required=True),
        Column("name_en", required=True),
        Column("name_es", required=True),
        Column("name_pt", required=True),
        Column("subregion", required=True, allowed=SUBREGIONS),
        Column("celac", "bool", required=True),
        SOURCE,
        key=("iso3",),
    ),
    _spec(
        "country_names",
        Column("name", required=True),
        Column("iso3", required=True, references=COUNTRY),
        Column("lang", required=True, allowed=frozenset({"en", "es", "pt", "alias"})),
        key=("name", "iso3"),
    ),
    _spec(
        "country_groups",
        Column("group_id", required=True, allowed=GROUPS),
        Column("iso3", required=True, references=COUNTRY),
        SOURCE,
        Column("note"),
        key=("group_id", "iso3"),
    ),
    _spec(
        "metrics",
        Column("metric", required=True),
        Column("unit", required=True, allowed=UNITS),
        Column("field", allowed=FIELDS),
        Column("description", required=True),
        Column("phrases_en"),
        Column("phrases_es"),
        Column("phrases_pt"),
        key=("metric",),
    ),
    _spec(
        "documents",
        Column("document_id", required=True),
        Column("kind", required=True),
        Column("title", required=True),
        Column("date", "date"),
        Column("issuer"),
        Column("summary"),
        SOURCE,
        key=("document_id",),
    ),
    _spec(
        "mechanisms",
        Column("mechanism_id", required=True),
        Column("kind", required=True),
        Column("name", required=True),
        Column("date", "date"),
        Column("end_date", "date"),
        Column("place"),
        Column("detail"),
        SOURCE,
        key=("mechanism_id",),
    ),
    _spec(
        "frameworks",
        Column("framework_id", required=True),
        Column("name", required=True),
        Column("date", "date"),
        Column("context"),
        SOURCE,
        key=("framework_id",),
    ),
    _spec(
        "framework_components",
        Column("framework_id", required=True, references=("frameworks", "framework_id")),
        Column("component_id", required=True),
        Column("kind", required=True),
        Column("position", "int", nonnegative=True),
        Column("name", required=True),
        SOURCE,
        key=("framework_id", "component_id"),
    ),
    _spec(
        "facts",
        Column("fact_id", required=True),
        Column("metric", required=True, references=("metrics", "metric")),
        Column("entity", required=True, references=("entities", "code")),
        Column("counterpart", references=("entities", "code")),
        Column("period_start", "date"),
        Column("period_end", "date"),
        Column("value", "float", required=True, nonnegative=True),
        Column("unit", required=True, allowed=UNITS),
        Column("reporter"),
        Column("field", allowed=FIELDS),
        Column("conflict_group"),
        Column("project_id", references=("projects", "project_id")),
        Column("note"),
        SOURCE,
        Column("evidence"),
        key=("fact_id",),
    ),
    _spec(
        "projects",
        Column("project_id", required=True),
        Column("name", required=True),
        Column("iso3", required=True, references=COUNTRY),
        Column("sector"),
        Column("framework_component_id"),
        Column("date", "date"),
        Column("status"),
        Column("detail"),
        Column("field", allowed=FIELDS),
        SOURCE,
        key=("project_id",),
    ),
    _spec(
        "visits",
        Column("visit_id", required=True),
        Column("date", "date"),
        Column("visitor", required=True),
        Column("role"),
        Column("iso3", required=True, references=COUNTRY),
        Column("detail"),
        SOURCE,
        key=("visit_id",),
    ),
]

REGIONS = [("LAC", "Latin America and the Caribbean"), ("WLD", "World")]


def load(ctx: BuildContext) -> None:
    for spec in SPECS:
        frame = ctx.load_table(spec)
        if spec.name == "sources" and frame is not None:
            # Sources derived from the compiled ties (one per cited web page) are appended later.
            ctx.con.execute("ALTER TABLE sources ADD COLUMN origin VARCHAR DEFAULT 'curated'")
    if ctx.table_exists("countries"):
        # Facts may speak of a country or of a region: one table of every code they may use.
        ctx.con.execute(
            "CREATE OR REPLACE TABLE entities AS "
            "SELECT iso3 AS code, name_en AS name, 'country' AS kind FROM countries "
            "UNION ALL SELECT * FROM (VALUES "
            + ", ".join(f"('{code}', '{name}', 'region')" for code, name in REGIONS)
            + ") AS r(code, name, kind)"
        )
