"""View models of the SVG map, network and bar charts (geometry only; colours live in CSS).

Every chart is drawn on the server as SVG: it needs no JavaScript, works offline, and each
comes with a table alternative in its template.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from django.urls import reverse
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import ngettext

from agreements.geo import province_shapes, view_box
from agreements.querystrings import pair_url_builder, with_query

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
        # One class per count: classes above the maximum would colour nothing on the map.
        return list(range(1, maximum + 1))
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
    counts: dict[str, int],
    names: dict[str, str],
    *,
    highlight: str | None = None,
    query: str = "",
    pairs_of: str | None = None,
    url_name: str = "agreements:province",
) -> dict:
    """``query``: the filters the province links carry, so a click keeps them. ``pairs_of``:
    the partner mode's province; the other provinces then open their pair with it.
    ``url_name``: the province page the areas link to (the dashboard's, or the portal's)."""
    breaks = _breaks(max(counts.values(), default=0))
    areas = [
        MapArea(
            code=code,
            name=names.get(code, code),
            path=shape.path,
            count=counts.get(code, 0),
            level=level_of(counts.get(code, 0), breaks),
            url=with_query(_area_address(code, pairs_of, url_name), query),
            highlighted=code in (highlight, pairs_of),
        )
        for code, shape in sorted(province_shapes().items())
    ]
    legend, low = [], 1
    for index, high in enumerate(breaks, start=1):
        if high >= low:
            legend.append(LegendEntry(level=index, low=low, high=high))
        low = high + 1
    return {"areas": areas, "legend": legend, "view_box": view_box()}


def _area_address(code: str, pairs_of: str | None, url_name: str) -> str:
    if pairs_of is None or code == pairs_of:
        return reverse(url_name, args=[code])
    return reverse("agreements:pair", args=[pairs_of, code])


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


def _edges_html(edges: list[NetworkEdge]) -> SafeString:
    """The edges as SVG, written here: up to 703 edges through the template language were
    most of the network page's time. Every value is escaped."""
    parts = []
    for edge in edges:
        label = f"{escape(edge.first_name)} \u2013 {escape(edge.second_name)}"
        agreements = ngettext("%(counter)s kesepakatan", "%(counter)s kesepakatan", edge.count) % {
            "counter": edge.count
        }
        parts.append(
            f'<a href="{escape(edge.url)}" class="edge weight-{edge.weight}"'
            f' aria-label="{label}: {edge.count}"><title>{label}: {escape(agreements)}</title>'
            f'<line x1="{edge.x1}" y1="{edge.y1}" x2="{edge.x2}" y2="{edge.y2}"></line></a>'
        )
    return mark_safe("".join(parts))  # noqa: S308 - built from escaped values only


@dataclass(frozen=True)
class NetworkNode:
    code: str
    name: str
    x: float
    y: float
    count: int
    radius: float
    url: str


def network(
    pairs: list[dict], counts: dict[str, int], names: dict[str, str], *, query: str = ""
) -> dict:
    shapes = province_shapes()
    breaks = _breaks(max((pair["count"] for pair in pairs), default=0))
    pair_url = pair_url_builder(query)
    edges = [
        NetworkEdge(
            first=pair["province"], second=pair["partner"],
            first_name=names[pair["province"]], second_name=names[pair["partner"]],
            count=pair["count"], weight=level_of(pair["count"], breaks),
            x1=shapes[pair["province"]].centroid[0], y1=shapes[pair["province"]].centroid[1],
            x2=shapes[pair["partner"]].centroid[0], y2=shapes[pair["partner"]].centroid[1],
            url=pair_url(pair["province"], pair["partner"]),
        )
        for pair in pairs
    ]  # fmt: skip
    biggest = max(counts.values(), default=1) or 1
    nodes = [
        NetworkNode(
            code=code, name=names[code], x=shape.centroid[0], y=shape.centroid[1],
            count=counts.get(code, 0),
            radius=round(4 + 10 * math.sqrt(counts.get(code, 0) / biggest), 1),
            url=with_query(reverse("agreements:province", args=[code]), query),
        )
        for code, shape in sorted(shapes.items())
    ]  # fmt: skip
    # Thin edges first so the heavy ones are drawn on top.
    edges.sort(key=lambda edge: edge.count)
    return {
        "edges": edges,
        "edges_html": _edges_html(edges),
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

    @property
    def value_x(self) -> float:
        return round(self.x + self.width / 2, 1)

    @property
    def value_y(self) -> float:
        return round(self.y - 3, 1)


@dataclass(frozen=True)
class Slot:
    label: str
    label_x: float
    bars: list[Bar]


def every_year(rows: list[dict], *, keys: tuple[str, ...] = ("count",)) -> list[dict]:
    """``rows`` ({"year", ...}) with a zero row for every missing year between the first and
    the last: a chart that skips 2021 would draw 2020 and 2022 side by side, and a timeline
    with gaps would space 2013, 2016 and 2029 evenly."""
    by_year = {row["year"]: row for row in rows}
    if not by_year:
        return []
    return [
        by_year.get(year, {"year": year, **dict.fromkeys(keys, 0)})
        for year in range(min(by_year), max(by_year) + 1)
    ]


def _nice_top(value: int) -> int:
    """The axis maximum: a round number at least ``value`` and not far above it, so the
    bars use the height and the middle tick is a whole number."""
    if value <= 5:
        return max(value, 1) if value % 2 == 0 or value == 1 else value + 1
    power = 10 ** (len(str(value)) - 1)
    for step in (1, 2, 3, 4, 5, 6, 8, 10):
        if value <= step * power:
            return step * power
    return value


# Room for the value axis on the left and for the values above the bars.
AXIS_WIDTH = 34
TOP_MARGIN = 14
MAX_VALUE_LABELS = 24


def bar_chart(
    rows: list[tuple[str, int | tuple[int, ...]]], *, width: float = 640, height: float = 180
) -> dict:
    """Vertical bars, one group per row (one bar per series), on a value axis from zero; each
    bar carries its value when there are few enough to read."""
    view_box = f"0 0 {width:g} {height + TOP_MARGIN + 24:g}"
    if not rows:
        return {"slots": [], "view_box": view_box}
    series = [value if isinstance(value, tuple) else (value,) for _label, value in rows]
    top = _nice_top(max(max(values) for values in series))
    plot_width = width - AXIS_WIDTH
    slot_width = plot_width / len(rows)
    group_width = max(slot_width * 0.75, 1)
    bar_width = group_width / len(series[0])
    base = TOP_MARGIN + height
    show_values = len(rows) * len(series[0]) <= MAX_VALUE_LABELS
    slots = []
    for index, ((label, _value), values) in enumerate(zip(rows, series, strict=True)):
        left = AXIS_WIDTH + index * slot_width + (slot_width - group_width) / 2
        bars = []
        for number, value in enumerate(values):
            bar_height = round(height * value / top, 1)
            bars.append(
                Bar(label=label, value=value, series=number, x=round(left + number * bar_width, 1),
                    y=round(base - bar_height, 1), width=round(bar_width, 1), height=bar_height)
            )  # fmt: skip
        slots.append(Slot(label=label, label_x=round(left + group_width / 2, 1), bars=bars))
    ticks = [
        {"value": value, "y": round(base - height * value / top, 1)}
        for value in sorted({0, top // 2, top})
    ]
    return {
        "slots": slots,
        "view_box": view_box,
        "label_y": f"{base + 18:g}",
        "ticks": ticks,
        "axis_x": AXIS_WIDTH,
        "axis_end": f"{width:g}",
        "show_values": show_values,
        # Every label while they fit; on a long run of years every other one.
        "label_every": 1 if len(rows) <= 20 else 2,
    }
