"""A small TopoJSON → GeoJSON decoder (the subset Natural Earth's world-atlas uses).

TopoJSON stores each border once as an "arc" shared by the two countries it separates, with
quantised, delta-encoded coordinates. Decoding means: undo the delta encoding and the
quantisation (the `transform`), then stitch each polygon ring from its arcs, reversing the
arcs that are referenced by their one's complement (negative index).
"""

from __future__ import annotations

from typing import Any

Position = tuple[float, float]


def decode_arcs(topology: dict[str, Any]) -> list[list[Position]]:
    """Every arc as absolute (longitude, latitude) positions."""
    transform = topology.get("transform")
    if transform:
        scale_x, scale_y = transform["scale"]
        translate_x, translate_y = transform["translate"]
    arcs: list[list[Position]] = []
    for arc in topology["arcs"]:
        points: list[Position] = []
        x = y = 0
        for position in arc:
            if transform:
                # Quantised topologies store each position as a delta from the previous one.
                x += position[0]
                y += position[1]
                points.append((x * scale_x + translate_x, y * scale_y + translate_y))
            else:
                points.append((float(position[0]), float(position[1])))
        arcs.append(points)
    return arcs


def stitch_ring(arc_indexes: list[int], arcs: list[list[Position]]) -> list[Position]:
    """One closed ring from its arcs; a negative index ~i means arc i walked backwards."""
    ring: list[Position] = []
    for index in arc_indexes:
        points = arcs[index] if index >= 0 else list(reversed(arcs[~index]))
        # Consecutive arcs share their joining point: keep it once.
        ring.extend(points if not ring else points[1:])
    return ring


def geometry_to_geojson(
    geometry: dict[str, Any], arcs: list[list[Position]]
) -> dict[str, Any] | None:
    kind = geometry.get("type")
    if kind == "Polygon":
        coordinates = [stitch_ring(ring, arcs) for ring in geometry["arcs"]]
    elif kind == "MultiPolygon":
        coordinates = [
            [stitch_ring(ring, arcs) for ring in polygon] for polygon in geometry["arcs"]
        ]
    else:  # Null geometries and the point types do not occur in country shapes
        return None
    return {"type": kind, "coordinates": coordinates}


def feature_collection(topology: dict[str, Any], object_name: str) -> dict[str, Any]:
    """The named TopoJSON object as a GeoJSON FeatureCollection (ids and properties kept)."""
    arcs = decode_arcs(topology)
    features = []
    for geometry in topology["objects"][object_name]["geometries"]:
        shape = geometry_to_geojson(geometry, arcs)
        if shape is None:
            continue
        features.append(
            {
                "type": "Feature",
                "id": geometry.get("id"),
                "properties": dict(geometry.get("properties") or {}),
                "geometry": shape,
            }
        )
    return {"type": "FeatureCollection", "features": features}
