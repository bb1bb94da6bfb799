"""Province boundaries as SVG paths, drawn once from data/provinces.geojson.

The map needs no tile server and no JavaScript: each province is an SVG path inside a link,
with a <title> that browsers show on hover. Coordinates are projected equirectangularly
(Indonesia straddles the equator, so distortion is small) onto a 1000-unit-wide canvas and
thinned to points at least 1.5 units apart, which keeps the whole map near 70 kB.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache

from agreements.reference import DATA_DIR

WEST, EAST, NORTH, SOUTH = 94.8, 141.2, 6.2, -11.2
WIDTH = 1000.0
SCALE = WIDTH / (EAST - WEST)
HEIGHT = round((NORTH - SOUTH) * SCALE, 1)
MIN_STEP = 1.5  # canvas units; finer detail is invisible at the sizes the map is shown


@dataclass(frozen=True)
class ProvinceShape:
    code: str
    path: str
    centroid: tuple[float, float]


def project(lon: float, lat: float) -> tuple[float, float]:
    return round((lon - WEST) * SCALE, 1), round((NORTH - lat) * SCALE, 1)


def _ring_path(ring: list[list[float]]) -> tuple[str, list[tuple[float, float]]]:
    points: list[tuple[float, float]] = []
    for lon, lat in ring:
        x, y = project(lon, lat)
        if points and abs(x - points[-1][0]) < MIN_STEP and abs(y - points[-1][1]) < MIN_STEP:
            continue
        points.append((x, y))
    if len(points) < 3:
        return "", points
    head = f"M{points[0][0]:g} {points[0][1]:g}"
    tail = "".join(f"L{x:g} {y:g}" for x, y in points[1:])
    return head + tail + "Z", points


@lru_cache(maxsize=1)
def province_shapes() -> dict[str, ProvinceShape]:
    with open(DATA_DIR / "provinces.geojson", encoding="utf-8") as handle:
        collection = json.load(handle)
    shapes = {}
    for feature in collection["features"]:
        geometry = feature["geometry"]
        polygons = (
            geometry["coordinates"]
            if geometry["type"] == "MultiPolygon"
            else [geometry["coordinates"]]
        )
        parts, largest = [], []
        for polygon in polygons:
            for ring in polygon:
                path, points = _ring_path(ring)
                if path:
                    parts.append(path)
                    if len(points) > len(largest):
                        largest = points
        # The label and network node sit at the mean of the largest ring: good enough for
        # archipelagic provinces, where a true centroid can fall in the sea.
        cx = round(sum(x for x, _ in largest) / len(largest), 1)
        cy = round(sum(y for _, y in largest) / len(largest), 1)
        code = feature["properties"]["code"]
        shapes[code] = ProvinceShape(code=code, path="".join(parts), centroid=(cx, cy))
    return shapes


def view_box() -> str:
    return f"0 0 {WIDTH:g} {HEIGHT:g}"
