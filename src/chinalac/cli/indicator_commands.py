"""`chinalac indicators list|dependency|rank`: the indicator engine from the command line."""

from __future__ import annotations

from pathlib import Path

import typer

from chinalac.cli.common import DB_OPTION, fail, opened
from chinalac.cli.output import Rows, listing

indicators_app = typer.Typer(help="Dependency and complementarity indicators, with formulas.")

# Short names people type; the registry keeps the spelled-out ones (STYLE §12).
ALIASES = {
    "rca": "revealed_comparative_advantage",
    "tc": "trade_complementarity_index",
    "gl": "grubel_lloyd_aggregate",
    "tii": "trade_intensity_index",
    "hhi": "export_concentration_index",
    "primary": "primary_commodity_share",
    "asymmetry": "partner_share_asymmetry",
    "eci": "economic_complexity_index",
    "pci": "product_complexity_index",
    "delivery": "commitment_delivery",
    "depth": "cooperation_depth_index",
}


def parse_years(text: str) -> list[int]:
    """'2000-2023', '2019,2021' or '2022' → a list of years."""
    years: list[int] = []
    try:
        for part in text.split(","):
            start, _, end = part.strip().partition("-")
            first, last = int(start), int(end or start)
            if not 1900 <= first <= last <= 2100:
                raise ValueError
            years.extend(range(first, last + 1))
    except ValueError:
        raise typer.BadParameter(f"'{text}' is not a year or range like 2000-2023") from None
    return years


@indicators_app.command("list")
@listing
def list_command():
    """Every indicator with its formula, unit, reference and caveats.

    Example: chinalac indicators list --json
    """
    from chinalac import indicators  # heavy (pandas, DuckDB queries): only when a command runs

    return indicators.list_indicators()


@indicators_app.command("dependency")
@listing
def dependency(
    country: str = typer.Option(..., "--country", help="CELAC state (name in EN/ES/PT or code)."),
    years: str | None = typer.Option(
        None, "--years", help="Years, e.g. 2000-2024 (default: every year with data)."
    ),
    db: Path | None = DB_OPTION,
):
    """Every China–state indicator for one state: China trade exposure and dependence
    asymmetry from published figures and World Bank GDP (each row names the figures it uses);
    the product-level panel, one row per year, when product-level trade is ingested; and what
    each missing indicator needs.

    Example: chinalac indicators dependency --country Brasil --years 2018-2022 --json
    """
    from chinalac.domain import figure_indicators  # pandas only if nothing is precomputed

    chosen = parse_years(years) if years else None  # None: every year with data
    with opened(db) as database:
        iso3 = database.resolve_country(country)
        if iso3 == "CHN":
            raise fail("give a CELAC state: China is the partner of every indicator")
        report = figure_indicators.dependency_report(database, iso3, chosen)
    return {title: Rows(columns, rows) for title, (columns, rows) in report.items()}


@indicators_app.command("rank")
@listing
def rank(
    indicator: str = typer.Option(
        ..., "--indicator", help="Indicator name or alias (rca, tc, gl, eci…)."
    ),
    country: str | None = typer.Option(None, "--country", help="Country whose products to rank."),
    year: int | None = typer.Option(None, "--year", help="Year to rank."),
    top: int = typer.Option(20, "--top", min=1, max=10_000, help="How many rows."),
    db: Path | None = DB_OPTION,
):
    """The top values of an indicator: a state's products (RCA, PCI), the CELAC states, or
    every country (ECI).

    Example: chinalac indicators rank --indicator rca --country CHL --year 2022 --top 20
    """
    from chinalac import indicators

    name = ALIASES.get(indicator.lower(), indicator)
    with opened(db) as database:
        iso3 = database.resolve_country(country) if country else None
        try:
            return indicators.rank(database, name, iso3, year, top)
        except indicators.IndicatorError as exc:
            raise fail(str(exc)) from None
