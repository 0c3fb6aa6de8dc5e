"""Charts drawn on the server as inline SVG (no scripts): stacked bars (actions per
authority per year), horizontal bars (most-cited articles) and a timeline (a company's
actions by severity, so escalation shows as a climb). Every mark links to its page and
carries its full label and value in a `<title>` (shown on hover)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from markupsafe import Markup, escape

PALETTE = ("#1f5fa8", "#c0392b", "#2e8b57", "#d35400", "#6c3483", "#7f8c8d", "#b7950b", "#17a589")


@dataclass(frozen=True)
class Bar:
    label: str
    value: int
    href: str | None = None
    detail: str = ""


def _svg(width: int, height: int, title: str, css: str, body: list[str]) -> Markup:
    head = (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
        f'class="chart {css}" role="img" aria-label="{escape(title)}" '
        f'preserveAspectRatio="xMinYMin meet"><title>{escape(title)}</title>'
    )
    return Markup(head + "".join(body) + "</svg>")


def _link(href: str | None, inner: str) -> str:
    return f'<a href="{escape(href)}">{inner}</a>' if href else inner


def short(label: str, limit: int = 14) -> str:
    return label if len(label) <= limit else label[: limit - 1] + "…"


def stacked_bars(
    columns: Sequence[str],
    series: Sequence[str],
    counts: dict[tuple[str, str], int],
    title: str,
    hrefs: dict[tuple[str, str], str] | None = None,
) -> Markup:
    """One bar per column (year), stacked by series (authority), with a legend."""
    width, height, left, bottom, top = 640, 300, 40, 40, 20
    totals = [sum(counts.get((c, s), 0) for s in series) for c in columns]
    peak = max(totals, default=0) or 1
    step = (width - left - 10) / max(1, len(columns))
    scale = (height - bottom - top) / peak
    base = height - bottom
    body = [f'<line x1="{left}" y1="{base}" x2="{width - 5}" y2="{base}" class="axis"/>']
    body.append(f'<text x="{left - 6}" y="{top + 4}" text-anchor="end" class="tick">{peak}</text>')
    for i, column in enumerate(columns):
        x, y = left + i * step + step * 0.15, float(height - bottom)
        for j, name in enumerate(series):
            n = counts.get((column, name), 0)
            if not n:
                continue
            h = n * scale
            y -= h
            rect = (
                f'<rect x="{x:.1f}" y="{y:.1f}" width="{step * 0.7:.1f}" height="{h:.1f}" '
                f'fill="{PALETTE[j % len(PALETTE)]}" class="bar" data-series="{escape(name)}" '
                f'data-value="{n}"><title>{escape(column)} {escape(name)}: {n}</title></rect>'
            )
            body.append(_link((hrefs or {}).get((column, name)), rect))
        body.append(
            f'<text x="{x + step * 0.35:.1f}" y="{height - bottom + 16}" text-anchor="middle" '
            f'class="tick">{escape(column)}</text>'
        )
    legend = _legend(series, width)
    return _svg(width, height + 22 * ((len(series) + 2) // 3), title, "stacked", body + legend)


def _legend(series: Sequence[str], width: int) -> list[str]:
    out = []
    for j, name in enumerate(series):
        x, y = 10 + (j % 3) * (width // 3), 300 + 8 + (j // 3) * 22
        out.append(
            f'<rect x="{x}" y="{y}" width="12" height="12" fill="{PALETTE[j % len(PALETTE)]}"/>'
            f'<text x="{x + 18}" y="{y + 11}" class="legend"><title>{escape(name)}</title>'
            f"{escape(short(name, 18))}</text>"
        )
    return out


def hbars(bars: Sequence[Bar], title: str, more: int = 0) -> Markup:
    """Horizontal bars, largest first, each labelled and linked; "and N more" below."""
    row, left, width = 26, 190, 640
    peak = max((b.value for b in bars), default=0) or 1
    body = []
    for i, b in enumerate(bars):
        y = 10 + i * row
        w = max(2.0, b.value / peak * (width - left - 50))
        tip = f"{b.label}: {b.value}{(' — ' + b.detail) if b.detail else ''}"
        inner = (
            f'<text x="{left - 6}" y="{y + 15}" text-anchor="end" class="label">'
            f"{escape(short(b.label, 16))}</text>"
            f'<rect x="{left}" y="{y}" width="{w:.1f}" height="{row - 8}" class="bar" '
            f'data-value="{b.value}"><title>{escape(tip)}</title></rect>'
            f'<text x="{left + w + 6:.1f}" y="{y + 15}" class="value">{b.value}</text>'
        )
        body.append(_link(b.href, inner))
    height = 20 + len(bars) * row
    if more:
        body.append(f'<text x="{left}" y="{height + 4}" class="more">ほか {more} 件</text>')
        height += 16
    return _svg(width, height, title, "hbars", body)


@dataclass(frozen=True)
class Event:
    date: str
    label: str
    severity: int
    href: str | None = None
    detail: str = ""


SEVERITY_NAMES = {0: "調査・報告", 1: "指導・注意", 2: "勧告", 3: "命令", 4: "取消・告発"}


def timeline(events: Sequence[Event], title: str) -> Markup:
    """Actions in date order (x, one step each; the date under its first) by severity
    (y), joined, so escalation shows as a climb."""
    width, height, left, bottom = 640, 250, 90, 40
    ordered = sorted(events, key=lambda e: (e.date, e.severity))
    step = (width - left - 40) / max(1, len(ordered) - 1)
    xs = [left + 20 + i * step for i in range(len(ordered))]
    level = (height - bottom - 40) / 4

    def y(severity: int) -> float:
        return height - bottom - 10 - severity * level

    body = [
        f'<text x="{left - 8}" y="{y(s) + 4:.1f}" text-anchor="end" class="tick">{n}</text>'
        f'<line x1="{left}" y1="{y(s):.1f}" x2="{width - 10}" y2="{y(s):.1f}" class="grid"/>'
        for s, n in SEVERITY_NAMES.items()
    ]
    points = " ".join(f"{x:.1f},{y(e.severity):.1f}" for x, e in zip(xs, ordered, strict=True))
    body.append(f'<polyline points="{points}" class="path"/>')
    shown = ""
    for x, e in zip(xs, ordered, strict=True):
        dot = (
            f'<circle cx="{x:.1f}" cy="{y(e.severity):.1f}" r="7" class="event" '
            f'data-severity="{e.severity}"><title>{escape(e.date)} {escape(e.label)}'
            f"{(' — ' + escape(e.detail)) if e.detail else ''}</title></circle>"
            f'<text x="{x:.1f}" y="{y(e.severity) - 12:.1f}" text-anchor="middle" '
            f'class="label">{escape(short(e.label, 6))}</text>'
        )
        body.append(_link(e.href, dot))
        if e.date != shown:
            body.append(
                f'<text x="{x:.1f}" y="{height - bottom + 18}" text-anchor="middle" '
                f'class="tick">{escape(e.date)}</text>'
            )
            shown = e.date
    return _svg(width, height, title, "timeline", body)
