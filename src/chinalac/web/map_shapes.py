"""The map's shapes: Natural Earth countries projected once into SVG paths for the LAC region.

The map is drawn server-side as SVG (no map tiles, no CDN, works in the static site). Shapes
are projected with a plain equirectangular projection over the region, and each shared border
is thinned once (points closer than a fraction of a pixel are dropped) before the rings are
stitched, so neighbours still meet exactly. States too small to click at this scale — most of
the Eastern Caribbean — get a labelled marker in a callout column, joined to their location by
a leader line.
"""

from __future__ import annotations

import functools
import json
import math
from dataclasses import dataclass
from pathlib import Path

from chinalac.paths import package_data_dir
from chinalac.web.topojson import decode_arcs

SHAPES_RELATIVE = Path("shapes/natural_earth_world_atlas/countries-50m.json")

# The region drawn, in degrees: from Baja California to Brazil's eastern tip, Tierra del Fuego
# to the US border (a margin on the right holds the callouts).
WEST, EAST, SOUTH, NORTH = -118.0, -24.0, -56.5, 33.0
PIXELS_PER_DEGREE = 8.0
THINNING_PIXELS = 0.9
# A state whose projected shape is smaller than this (pixels, longest side) gets a callout.
SMALL_STATE_PIXELS = 16.0
# The Bahamas is wide but made of slivers: a marker makes it as easy to click as the others.
ALWAYS_CALLOUT = frozenset({"044"})
CALLOUT_X_DEGREES = -50.0
CALLOUT_SPACING_PIXELS = 22.0


@dataclass(frozen=True)
class Shape:
    iso_numeric: str
    name: str
    path: str  # SVG path data
    centre: tuple[float, float]
    width: float
    height: float


@dataclass(frozen=True)
class Callout:
    iso_numeric: str
    x: float  # where the marker sits
    y: float
    anchor_x: float  # where the state is
    anchor_y: float


@dataclass(frozen=True)
class MapGeometry:
    width: float
    height: float
    shapes: tuple[Shape, ...]


def project(longitude: float, latitude: float) -> tuple[float, float]:
    return (longitude - WEST) * PIXELS_PER_DEGREE, (NORTH - latitude) * PIXELS_PER_DEGREE


def thin(points: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Drop points closer than THINNING_PIXELS to the last kept one; always keep both ends."""
    if len(points) <= 2:
        return points
    kept = [points[0]]
    for point in points[1:-1]:
        last = kept[-1]
        if abs(point[0] - last[0]) + abs(point[1] - last[1]) >= THINNING_PIXELS:
            kept.append(point)
    kept.append(points[-1])
    return kept


def shapes_path(data_dir: Path | None = None) -> Path:
    candidates = [package_data_dir() / SHAPES_RELATIVE]
    if data_dir is not None:
        candidates.insert(0, Path(data_dir) / SHAPES_RELATIVE)
    for candidate in candidates:
        if candidate.exists():
            return candidate
    raise FileNotFoundError(f"no map shapes at {candidates[-1]}")


def _ring_path(ring: list[tuple[float, float]]) -> str:
    return "M" + "L".join(f"{x:.1f},{y:.1f}" for x, y in ring) + "Z"


def _in_view(ring: list[tuple[float, float]], width: float, height: float) -> bool:
    """Some point of the ring is on the map (a bounding-box test would keep rings that cross
    the antimeridian, such as Fiji's, and draw them as a line across the whole map)."""
    return any(0 <= x <= width and 0 <= y <= height for x, y in ring)


@functools.cache
def load_geometry(path: Path) -> MapGeometry:
    topology = json.loads(Path(path).read_text(encoding="utf-8"))
    width, height = project(EAST, SOUTH)
    arcs = [thin([project(lon, lat) for lon, lat in arc]) for arc in decode_arcs(topology)]

    def ring_points(indexes: list[int]) -> list[tuple[float, float]]:
        ring: list[tuple[float, float]] = []
        for index in indexes:
            points = arcs[index] if index >= 0 else arcs[~index][::-1]
            ring.extend(points if not ring else points[1:])
        return ring

    shapes = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        polygons = {"Polygon": [geometry.get("arcs", [])], "MultiPolygon": geometry.get("arcs", [])}
        rings_by_polygon = polygons.get(geometry.get("type"), [])
        parts, largest_area, centre = [], -1.0, (0.0, 0.0)
        xs: list[float] = []
        ys: list[float] = []
        for polygon in rings_by_polygon:
            rings = [ring_points(ring) for ring in polygon]
            if not rings or not _in_view(rings[0], width, height):
                continue
            parts.extend(_ring_path(ring) for ring in rings if len(ring) >= 3)
            outer = rings[0]
            xs += [p[0] for p in outer]
            ys += [p[1] for p in outer]
            area = (max(p[0] for p in outer) - min(p[0] for p in outer)) * (
                max(p[1] for p in outer) - min(p[1] for p in outer)
            )
            if area > largest_area:  # label and callout at the main island, not the outliers
                largest_area = area
                centre = (
                    sum(p[0] for p in outer) / len(outer),
                    sum(p[1] for p in outer) / len(outer),
                )
        if parts:
            shapes.append(
                Shape(
                    iso_numeric=str(geometry.get("id", "")).zfill(3),
                    name=(geometry.get("properties") or {}).get("name", ""),
                    path="".join(parts),
                    centre=(round(centre[0], 1), round(centre[1], 1)),
                    width=max(xs) - min(xs),
                    height=max(ys) - min(ys),
                )
            )
    return MapGeometry(width=width, height=height, shapes=tuple(shapes))


def callouts(geometry: MapGeometry, iso_numerics: set[str]) -> list[Callout]:
    """Markers, in a column east of the Antilles, for the states too small to click."""
    small = [
        shape
        for shape in geometry.shapes
        if shape.iso_numeric in iso_numerics
        and (
            max(shape.width, shape.height) < SMALL_STATE_PIXELS
            or shape.iso_numeric in ALWAYS_CALLOUT
        )
    ]
    small.sort(key=lambda shape: shape.centre[1])  # north to south, so leader lines never cross
    column_x, _ = project(CALLOUT_X_DEGREES, 0)
    if not small:
        return []
    middle = sum(shape.centre[1] for shape in small) / len(small)
    top = middle - CALLOUT_SPACING_PIXELS * (len(small) - 1) / 2
    return [
        Callout(
            iso_numeric=shape.iso_numeric,
            x=round(column_x, 1),
            y=round(top + index * CALLOUT_SPACING_PIXELS, 1),
            anchor_x=shape.centre[0],
            anchor_y=shape.centre[1],
        )
        for index, shape in enumerate(small)
    ]


def missing_states(geometry: MapGeometry, iso_numerics: set[str]) -> set[str]:
    drawn = {shape.iso_numeric for shape in geometry.shapes}
    return iso_numerics - drawn


def distance(a: tuple[float, float], b: tuple[float, float]) -> float:
    return math.hypot(a[0] - b[0], a[1] - b[1])
