"""Chart layouts in SVG coordinates, computed here and drawn by the templates.

Each function turns figures into positions (no markup): the templates draw the shapes and
escape the text, and the tests can check the geometry without a browser.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, timedelta

from detente.analysis.dyads import Bucket
from detente.analysis.phases import Phase
from detente.web.queries import Edge, Period, RootCount, period_end

WIDTH, HEIGHT = 960, 340
LEFT, RIGHT, TOP, BOTTOM = 48, 52, 30, 30
MIN_PERIODS, MAX_BAR = 12, 36.0
QUAD_CLASSES = ("vcoop", "mcoop", "vconf", "mconf")
QUAD_NAMES = ("verbal cooperation", "material cooperation", "verbal conflict",
              "material conflict")  # fmt: skip


@dataclass(frozen=True, slots=True)
class Bar:
    kind: str  # a quad class: vcoop, mcoop, vconf, mconf
    y: float
    height: float
    events: int


@dataclass(frozen=True, slots=True)
class PeriodMark:
    """One period of the series: its stacked bar and its mean Goldstein point."""

    label: str
    first: date
    last: date
    x: float
    width: float
    bars: tuple[Bar, ...]
    events: int
    goldstein_mean: float | None
    mean_y: float | None
    phase: str | None

    @property
    def centre(self) -> float:
        return self.x + self.width / 2

    @property
    def title(self) -> str:
        counts = ", ".join(f"{b.events} {QUAD_NAMES[QUAD_CLASSES.index(b.kind)]}"
                           for b in self.bars if b.events)  # fmt: skip
        mean = "-" if self.goldstein_mean is None else f"{self.goldstein_mean:+.1f}"
        return f"{self.label}: {self.events} events ({counts}); mean Goldstein {mean}"


@dataclass(frozen=True, slots=True)
class Band:
    name: str
    x: float
    width: float
    shade: int  # 0 or 1: neighbouring phases alternate


@dataclass(frozen=True, slots=True)
class Tick:
    at: float
    label: str


@dataclass(frozen=True, slots=True)
class Timeline:
    """A dyad's series: stacked bars by quad class (left axis, events) and the mean
    Goldstein score (right axis, -10 … +10), over shaded policy phases."""

    width: int
    height: int
    left: int
    right: int
    top: int
    bottom: int
    periods: tuple[PeriodMark, ...]
    bands: tuple[Band, ...]
    x_ticks: tuple[Tick, ...]
    y_ticks: tuple[Tick, ...]
    g_ticks: tuple[Tick, ...]

    @property
    def line(self) -> str:
        """The mean Goldstein polyline's points."""
        return " ".join(f"{p.centre:.1f},{p.mean_y:.1f}" for p in self.periods
                        if p.mean_y is not None)  # fmt: skip


class _Scale:
    """Days to x (left … right) and counts to y."""

    def __init__(self, first: date, after: date, peak: int) -> None:
        self.day0, self.days = first.toordinal(), max(1, after.toordinal() - first.toordinal())
        self.peak = peak
        self.plot_w, self.plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM

    def x(self, day: date) -> float:
        return LEFT + (day.toordinal() - self.day0) / self.days * self.plot_w

    def y(self, count: float) -> float:
        return HEIGHT - BOTTOM - count / self.peak * self.plot_h

    def g(self, goldstein: float) -> float:
        return TOP + (10 - goldstein) / 20 * self.plot_h


def timeline(buckets: list[Bucket], by: Period, phases: list[Phase]) -> Timeline | None:
    """The layout of a series, or None when it has no period."""
    if not buckets:
        return None
    first, after = _padded(buckets[0].start, period_end(buckets[-1].start, by), by)
    peak = nice_ceiling(max(b.events for b in buckets))
    scale = _Scale(first, after, peak)
    marks = tuple(_mark(b, by, scale) for b in buckets)
    return Timeline(WIDTH, HEIGHT, LEFT, WIDTH - RIGHT, TOP, HEIGHT - BOTTOM, marks,
                    _bands(phases, first, after, scale), _x_ticks(first, after, scale),
                    tuple(Tick(scale.y(v), str(v)) for v in _steps(peak)),
                    tuple(Tick(scale.g(v), f"{v:+d}" if v else "0")
                          for v in (-10, -5, 0, 5, 10)))  # fmt: skip


def _padded(first: date, after: date, by: Period) -> tuple[date, date]:
    """Widen a short series to MIN_PERIODS periods, the data in the middle, so that one
    month is not drawn as one wall-to-wall bar."""
    if by == "week":
        short = MIN_PERIODS - (after - first).days // 7
        if short <= 0:
            return first, after
        return first - timedelta(weeks=short // 2), after + timedelta(weeks=short - short // 2)
    months = (after.year - first.year) * 12 + after.month - first.month
    short = MIN_PERIODS - months
    if short <= 0:
        return first, after
    return _add_months(first, -(short // 2)), _add_months(after, short - short // 2)


def _add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def _mark(bucket: Bucket, by: Period, scale: _Scale) -> PeriodMark:
    after = period_end(bucket.start, by)
    x0, x1 = scale.x(bucket.start), scale.x(after)
    gap = 1.0 if x1 - x0 > 4 else 0.0
    width = min(MAX_BAR, max(1.0, x1 - x0 - gap))
    bars, base = [], 0
    for kind, count in zip(QUAD_CLASSES, bucket.quads, strict=True):
        top = scale.y(base + count)
        bars.append(Bar(kind, top, scale.y(base) - top, count))
        base += count
    mean = bucket.goldstein_mean
    return PeriodMark(bucket.label, bucket.start, date.fromordinal(after.toordinal() - 1),
                      (x0 + x1 - width) / 2, width, tuple(bars), bucket.events, mean,
                      None if mean is None else scale.g(mean), bucket.phase)  # fmt: skip


def _bands(phases: list[Phase], first: date, after: date, scale: _Scale) -> tuple[Band, ...]:
    out = []
    for n, phase in enumerate(phases):
        start, end = max(phase.start, first), min(phase.end or after, after)
        if start < end:
            out.append(Band(phase.name, scale.x(start), scale.x(end) - scale.x(start), n % 2))
    return tuple(out)


def _x_ticks(first: date, after: date, scale: _Scale) -> tuple[Tick, ...]:
    months = (after.year - first.year) * 12 + after.month - first.month
    step = next((s for s in (1, 3, 6, 12, 24, 60, 120) if months / s <= 10), 240)
    index = first.year * 12 + first.month - 1
    index += -index % step
    ticks = []
    while (day := date(index // 12, index % 12 + 1, 1)) <= after:
        ticks.append(Tick(scale.x(day), day.strftime("%Y" if step >= 12 else "%Y-%m")))
        index += step
    return tuple(ticks) or (Tick(scale.x(first), first.isoformat()),)


def nice_ceiling(value: float) -> int:
    """The smallest of 1, 2, 5, 10, 20, 50 … that is at least ``value``."""
    if value <= 1:
        return 1
    magnitude = 10 ** math.floor(math.log10(value))
    return next(int(m * magnitude) for m in (1, 2, 5, 10) if m * magnitude >= value)


def _steps(peak: int) -> list[int]:
    step = max(1, peak // 4) if peak % 4 == 0 or peak < 4 else max(1, peak // 5)
    return list(range(0, peak + 1, step))


@dataclass(frozen=True, slots=True)
class Cell:
    x: float
    y: float
    width: float
    height: float
    events: int
    opacity: float
    first: date
    last: date
    root: str


@dataclass(frozen=True, slots=True)
class Heatmap:
    """Events by CAMEO root (rows) and period (columns)."""

    width: int
    height: int
    label_width: int
    row_height: int
    rows: tuple[tuple[str, float], ...]  # root, y
    cells: tuple[Cell, ...]
    ticks: tuple[Tick, ...]
    by: str


def heatmap(counts: list[RootCount], by: str, roots: list[str]) -> Heatmap | None:
    if not counts:
        return None
    label_w, row_h, width = 230, 15, WIDTH
    starts = sorted({c.start for c in counts})
    columns = _columns(starts[0], starts[-1], by)
    col_w = (width - label_w - 8) / len(columns)
    index = {day: n for n, day in enumerate(columns)}
    rows = {root: 18 + n * row_h for n, root in enumerate(roots)}
    peak = max(c.events for c in counts)
    cells = tuple(
        Cell(label_w + index[c.start] * col_w, rows[c.root], max(1.0, col_w - 1), row_h - 2,
             c.events, round(0.2 + 0.8 * math.log1p(c.events) / math.log1p(peak), 3), c.start,
             _last_day(c.start, by), c.root)
        for c in counts if c.root in rows
    )  # fmt: skip
    ticks = tuple(Tick(label_w + n * col_w, label)
                  for n, label in _column_labels(columns, by))  # fmt: skip
    return Heatmap(width, 18 + len(roots) * row_h + 6, label_w, row_h,
                   tuple(rows.items()), cells, ticks, by)  # fmt: skip


def _column_labels(columns: list[date], by: str) -> list[tuple[int, str]]:
    """About ten labels: every n-th year, or every n-th month when there are few."""
    if by == "month" and len(columns) <= 24:
        every = max(1, math.ceil(len(columns) / 10))
        return [(n, d.strftime("%Y-%m")) for n, d in enumerate(columns) if n % every == 0]
    years = {d.year for d in columns}
    every = max(1, math.ceil(len(years) / 10))
    return [(n, str(d.year)) for n, d in enumerate(columns)
            if (by == "year" or d.month == 1 or n == 0) and d.year % every == 0]  # fmt: skip


def _columns(first: date, last: date, by: str) -> list[date]:
    if by == "year":
        return [date(y, 1, 1) for y in range(first.year, last.year + 1)]
    out, day = [], first
    while day <= last:
        out.append(day)
        day = period_end(day, "month")
    return out


def _last_day(start: date, by: str) -> date:
    after = date(start.year + 1, 1, 1) if by == "year" else period_end(start, "month")
    return date.fromordinal(after.toordinal() - 1)


@dataclass(frozen=True, slots=True)
class Node:
    party: str
    x: float
    y: float
    r: float
    events: int
    angle: float = 0.0  # where it sits on the circle; its label goes further out

    @property
    def label_x(self) -> float:
        return self.x + (self.r + 6) * math.cos(self.angle)

    @property
    def label_y(self) -> float:
        return self.y + (self.r + 10) * math.sin(self.angle) + 4

    @property
    def anchor(self) -> str:
        cos = math.cos(self.angle)
        return "middle" if abs(cos) < 0.3 else ("start" if cos > 0 else "end")


@dataclass(frozen=True, slots=True)
class Arc:
    source: str
    target: str
    path: str
    width: float
    events: int
    goldstein_mean: float

    @property
    def kind(self) -> str:
        return "coop" if self.goldstein_mean >= 0 else "conf"


@dataclass(frozen=True, slots=True)
class Network:
    size: int
    nodes: tuple[Node, ...]
    arcs: tuple[Arc, ...]


def network(edges: list[Edge], size: int = 460) -> Network | None:
    """Who acts on whom: parties on a circle, an arc per direction, as thick as it is busy."""
    if not edges:
        return None
    totals: dict[str, int] = {}
    for e in edges:
        totals[e.source] = totals.get(e.source, 0) + e.events
        totals[e.target] = totals.get(e.target, 0) + e.events
    parties = sorted(totals, key=lambda p: (-totals[p], p))
    centre, radius, peak = size / 2, size / 2 - 60, max(totals.values())
    nodes = {}
    for n, party in enumerate(parties):
        angle = 2 * math.pi * n / len(parties) - math.pi / 2
        nodes[party] = Node(party, centre + radius * math.cos(angle),
                            centre + radius * math.sin(angle),
                            6 + 14 * math.sqrt(totals[party] / peak), totals[party],
                            angle)  # fmt: skip
    busiest = max(e.events for e in edges)
    arcs = tuple(Arc(e.source, e.target, _arc(nodes[e.source], nodes[e.target]),
                     1 + 5 * e.events / busiest, e.events, e.goldstein_mean)
                 for e in edges)  # fmt: skip
    return Network(size, tuple(nodes.values()), arcs)


def _arc(a: Node, b: Node) -> str:
    """A curve from the rim of ``a`` to the rim of ``b``, bent to its left so that the two
    directions of a pair do not overlap."""
    dx, dy = b.x - a.x, b.y - a.y
    length = math.hypot(dx, dy) or 1.0
    ux, uy = dx / length, dy / length
    x1, y1 = a.x + ux * (a.r + 2), a.y + uy * (a.r + 2)
    x2, y2 = b.x - ux * (b.r + 6), b.y - uy * (b.r + 6)
    bend = 0.15 * length
    cx, cy = (x1 + x2) / 2 + uy * bend, (y1 + y2) / 2 - ux * bend
    return f"M{x1:.1f},{y1:.1f} Q{cx:.1f},{cy:.1f} {x2:.1f},{y2:.1f}"


@dataclass(frozen=True, slots=True)
class MapPoint:
    """A place on a 360 × 180 equirectangular frame (x = longitude + 180, y = 90 - latitude)."""

    x: float
    y: float
    lat: float
    lon: float


def map_point(lat: float | None, lon: float | None) -> MapPoint | None:
    if lat is None or lon is None or not (-90 <= lat <= 90 and -180 <= lon <= 180):
        return None
    return MapPoint(lon + 180, 90 - lat, lat, lon)
