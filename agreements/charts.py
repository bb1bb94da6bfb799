"""View models of the SVG map, network and bar charts (geometry only; colours live in CSS).

Every chart is drawn on the server as SVG: it needs no JavaScript, works offline, and each
comes with a table alternative in its template.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from django.urls import reverse

from agreements.geo import province_shapes, view_box

LEVELS = 5  # colour classes above zero, .level-1 (light) to .level-5 (dark)


@dataclass(frozen=True)
class MapArea:
    code: str
    name: str
    path: str
    count: int
    level: int
    url: str
    highlighted: bool = False


@dataclass(frozen=True)
class LegendEntry:
    level: int
    low: int
    high: int


def _breaks(maximum: int) -> list[int]:
    """Upper bounds of the colour classes: even steps for small maxima, geometric above."""
    if maximum <= LEVELS:
        return list(range(1, LEVELS + 1))
    ratio = maximum ** (1 / LEVELS)
    bounds = sorted({max(1, math.ceil(ratio**step)) for step in range(1, LEVELS + 1)})
    bounds[-1] = maximum
    return bounds


def level_of(count: int, breaks: list[int]) -> int:
    if count <= 0:
        return 0
    for index, bound in enumerate(breaks, start=1):
        if count <= bound:
            return index
    return len(breaks)


def choropleth(
    counts: dict[str, int], names: dict[str, str], *, highlight: str | None = None
) -> dict:
    breaks = _breaks(max(counts.values(), default=0))
    areas = [
        MapArea(
            code=code,
            name=names.get(code, code),
            path=shape.path,
            count=counts.get(code, 0),
            level=level_of(counts.get(code, 0), breaks),
            url=reverse("agreements:province", args=[code]),
            highlighted=code == highlight,
        )
        for code, shape in sorted(province_shapes().items())
    ]
    legend, low = [], 1
    for index, high in enumerate(breaks, start=1):
        if high >= low:
            legend.append(LegendEntry(level=index, low=low, high=high))
        low = high + 1
    return {"areas": areas, "legend": legend, "view_box": view_box()}


@dataclass(frozen=True)
class NetworkEdge:
    first: str
    second: str
    first_name: str
    second_name: str
    count: int
    weight: int
    x1: float
    y1: float
    x2: float
    y2: float
    url: str


@dataclass(frozen=True)
class NetworkNode:
    code: str
    name: str
    x: float
    y: float
    count: int
    radius: float
    url: str


def network(pairs: list[dict], counts: dict[str, int], names: dict[str, str]) -> dict:
    shapes = province_shapes()
    breaks = _breaks(max((pair["count"] for pair in pairs), default=0))
    edges = [
        NetworkEdge(
            first=pair["province"], second=pair["partner"],
            first_name=names[pair["province"]], second_name=names[pair["partner"]],
            count=pair["count"], weight=level_of(pair["count"], breaks),
            x1=shapes[pair["province"]].centroid[0], y1=shapes[pair["province"]].centroid[1],
            x2=shapes[pair["partner"]].centroid[0], y2=shapes[pair["partner"]].centroid[1],
            url=reverse("agreements:pair", args=[pair["province"], pair["partner"]]),
        )
        for pair in pairs
    ]  # fmt: skip
    biggest = max(counts.values(), default=1) or 1
    nodes = [
        NetworkNode(
            code=code, name=names[code], x=shape.centroid[0], y=shape.centroid[1],
            count=counts.get(code, 0),
            radius=round(4 + 10 * math.sqrt(counts.get(code, 0) / biggest), 1),
            url=reverse("agreements:province", args=[code]),
        )
        for code, shape in sorted(shapes.items())
    ]  # fmt: skip
    # Thin edges first so the heavy ones are drawn on top.
    edges.sort(key=lambda edge: edge.count)
    return {
        "edges": edges,
        "nodes": nodes,
        "outlines": [shape.path for shape in shapes.values()],
        "view_box": view_box(),
    }


@dataclass(frozen=True)
class Bar:
    label: str
    value: int
    series: int
    x: float
    y: float
    width: float
    height: float


@dataclass(frozen=True)
class Slot:
    label: str
    label_x: float
    bars: list[Bar]


def bar_chart(
    rows: list[tuple[str, int | tuple[int, ...]]], *, width: float = 640, height: float = 180
) -> dict:
    """Vertical bars, one group per row (one bar per series), scaled to the largest value."""
    view_box = f"0 0 {width:g} {height + 24:g}"
    if not rows:
        return {"slots": [], "view_box": view_box}
    series = [value if isinstance(value, tuple) else (value,) for _label, value in rows]
    top = max(max(values) for values in series) or 1
    slot_width = width / len(rows)
    group_width = max(slot_width * 0.75, 1)
    bar_width = group_width / len(series[0])
    slots = []
    for index, ((label, _value), values) in enumerate(zip(rows, series, strict=True)):
        left = index * slot_width + (slot_width - group_width) / 2
        bars = []
        for number, value in enumerate(values):
            bar_height = round(height * value / top, 1)
            bars.append(
                Bar(label=label, value=value, series=number, x=round(left + number * bar_width, 1),
                    y=round(height - bar_height, 1), width=round(bar_width, 1), height=bar_height)
            )  # fmt: skip
        slots.append(Slot(label=label, label_x=round(left + group_width / 2, 1), bars=bars))
    return {"slots": slots, "view_box": view_box, "label_y": f"{height + 18:g}"}
