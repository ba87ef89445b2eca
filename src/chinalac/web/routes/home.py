"""Home: the map of the 33 CELAC states, coloured by a chosen layer and year."""

from __future__ import annotations

from fastapi import APIRouter, Request
from markupsafe import Markup

from chinalac.web import vocabulary
from chinalac.web.errors import InvalidParameter
from chinalac.web.i18n import N_, format_number, gettext_for
from chinalac.web.layers import LAYER_KEYS, NO_DATA_COLOUR, Layer
from chinalac.web.map_shapes import callouts, load_geometry, shapes_path
from chinalac.web.pages import Dashboard, cached_page, dashboard, served_from_cache

router = APIRouter()
UNKNOWN_LAYER = N_("The parameter “%(name)s” is not valid: the map has no layer “%(value)s”.")
DEFAULT_LAYER = "relations"


@router.get("/")
@served_from_cache
def home(request: Request, year: int | None = None):
    return map_page(request, DEFAULT_LAYER, year)


@router.get("/map/{layer}")
@served_from_cache
def map_layer(request: Request, layer: str, year: int | None = None):
    return map_page(request, layer, year)


def map_page(request: Request, layer_key: str, year: int | None):
    state = dashboard(request)
    if layer_key not in LAYER_KEYS:
        raise InvalidParameter(
            "layer",
            f"unknown layer '{layer_key}'; one of: {', '.join(LAYER_KEYS)}",
            reader=UNKNOWN_LAYER,
            suggestions=[(f"/map/{key}", state.layers[key].title) for key in LAYER_KEYS],
            value=layer_key[:40],  # as typed, cut short
        )
    layer = state.layers[layer_key]
    if year is not None:
        if not layer.years:
            raise InvalidParameter("year", "this layer has no years")
        if year not in layer.years:
            raise InvalidParameter(
                "year", f"{year} is outside this layer's years ({layer.years[0]}–{layer.years[-1]})"
            )
    shown_year = year if year is not None else layer.default_year
    return cached_page(
        request, "map.html", lambda lang: map_context(state, layer, shown_year, lang)
    )


def legend_label(label, layer: Layer, lang: str) -> str:
    _ = gettext_for(lang)
    if isinstance(label, str):
        return _(label)
    low, high = label
    if low is None:
        return f"< {format_number(high, lang)}"
    if high is None:
        return f"≥ {format_number(low, lang)}"
    return f"{format_number(low, lang)} – {format_number(high, lang)}"


def state_text(layer: Layer, value, lang: str) -> str:
    _ = gettext_for(lang)
    if value is None or value.value is None:
        return (
            _("no value in this dataset") if layer.kind == "number" else _("no sourced information")
        )
    if layer.kind == "number":
        unit = vocabulary.label(layer.unit, lang)  # the one wording of units: vocabulary.csv
        # A numeric layer may date each state's value and say how exact it is (trade); who
        # reported it is beside the value in the state list (`reporter`), where its stored
        # English can be marked as such, which a tooltip cannot.
        said = ", ".join(
            part for part in (value.date, vocabulary.label(value.precision, lang)) if part
        )
        return f"{format_number(value.value, lang, 1)} {unit}" + (f" ({said})" if said else "")
    label = next((c.label for c in layer.categories if c.key == value.value), value.value)
    text = _(label)
    if value.quality == "inferred":
        text += " (" + _("inferred") + ")"
    elif value.quality != "disputed" and value.tier == "weak":
        text += " (" + _("weak source") + ")"
    return text


def reporter(layer: Layer, value, lang: str) -> Markup | str:
    """ "reported by X" for a state's figure, in the one wording of reporters
    (vocabulary.reported_by: a name kept as stored is marked lang="en")."""
    if layer.kind != "number" or value is None or not value.reporter:
        return ""
    return vocabulary.reported_by(value.reporter, lang)


def map_context(state: Dashboard, layer: Layer, year: int, lang: str) -> dict:
    geometry = load_geometry(shapes_path(state.store.data_dir))
    countries = state.store.countries
    by_numeric = {row.iso_numeric: row.iso3 for row in countries.itertuples()}
    shapes = [
        {"iso3": by_numeric.get(shape.iso_numeric), "path": shape.path, "name": shape.name}
        for shape in geometry.shapes
    ]
    markers = [
        {"iso3": by_numeric[c.iso_numeric], "x": c.x, "y": c.y, "ax": c.anchor_x, "ay": c.anchor_y}
        for c in callouts(geometry, set(by_numeric))
    ]
    years = layer.years or [0]
    colours = (
        {
            str(y): {
                iso3: layer.colour(layer.values.get(y, {}).get(iso3)) for iso3 in countries["iso3"]
            }
            for y in years
        }
        if layer.available
        else {}
    )
    texts = (
        {
            str(y): {
                iso3: state_text(layer, layer.values.get(y, {}).get(iso3), lang)
                for iso3 in countries["iso3"]
            }
            for y in years
        }
        if layer.available
        else {}
    )
    inferred = (
        {
            str(y): sorted(iso3 for iso3, v in layer.values.get(y, {}).items() if v.inferred)
            for y in years
        }
        if layer.available
        else {}
    )
    taiwan = set()
    relations_layer = state.layers["relations"]
    relations = relations_layer.values.get(
        year if year in relations_layer.values else relations_layer.default_year, {}
    )
    for iso3, value in relations.items():
        if value.value == "taiwan":
            taiwan.add(iso3)
    key = str(year if layer.years else 0)
    rows = sorted(
        (
            {
                "iso3": iso3,
                "name": state.country_name(iso3, lang),
                "colour": colours.get(key, {}).get(iso3, NO_DATA_COLOUR),
                "text": texts.get(key, {}).get(iso3, ""),
                "reporter": reporter(layer, layer.values.get(int(key), {}).get(iso3), lang),
                "taiwan": iso3 in taiwan,
            }
            for iso3 in countries["iso3"]
        ),
        key=lambda row: row["name"],
    )
    return {
        "layer": layer,
        "layers": [state.layers[key] for key in LAYER_KEYS],
        "year": year,
        "width": geometry.width,
        "height": geometry.height,
        "shapes": shapes,
        "markers": markers,
        "rows": rows,
        "colours": colours.get(key, {}),
        "texts": texts.get(key, {}),
        "taiwan": taiwan,
        "no_data_colour": NO_DATA_COLOUR,
        "layer_data": {
            "years": layer.years,
            "colours": colours,
            "texts": texts,
            "inferred": inferred,
        },
        "legend": [(colour, legend_label(label, layer, lang)) for colour, label in layer.legend()]
        if layer.available
        else [],
        "inferred_now": set(inferred.get(key, [])),
        "sources": [state.source(s) for s in layer.source_ids if state.source(s)],
        "unit_label": vocabulary.label(layer.unit, lang) if layer.unit else "",
    }
