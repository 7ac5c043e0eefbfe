"""Pictures of the marts: percent change by offence, one bar chart per area and period.

Drawing a chart costs 0.1-0.35 s of CPU, and the marts hold thousands of (area, period)
groups once official data is loaded, so charts are bounded and incremental:
- at most `CRIME_MAX_CHARTS` (default 12; 0 = no limit) per kind, chosen deterministically
  (groups stated in the news first, then those with the most offences, then the latest);
- a chart whose data has not changed since it was drawn is not drawn again (a content hash
  per file in `.<kind>.index.json` beside the charts); charts of this kind that are no
  longer chosen are removed, other files in the folder are left alone.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import os
import re
from collections.abc import Callable, Hashable, Sequence
from pathlib import Path

import duckdb


def pyplot():  # matplotlib.pyplot, imported on first use
    """matplotlib's pyplot on the Agg backend. Imported only when a chart has to be drawn:
    the import costs ~1 s of CPU, and most refreshes redraw no chart."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    plt.rcParams["svg.hashsalt"] = "crimestats"
    return plt


def _slug(s: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


DEFAULT_MAX_CHARTS = 12


def max_charts() -> int | None:
    """The bound on charts per kind (`CRIME_MAX_CHARTS`); None means no bound."""
    n = int(os.environ.get("CRIME_MAX_CHARTS", DEFAULT_MAX_CHARTS))
    return n if n > 0 else None


def pick_groups(
    groups: dict[tuple, Sequence],
    limit: int | None,
    preferred: Callable[[tuple, Sequence], bool] = lambda key, items: True,
) -> list[tuple]:
    """The (area, period_start, period_end) groups to draw, in their original order: preferred
    groups first, then the most items, then the latest period, then by area."""
    if limit is None or len(groups) <= limit:
        return list(groups)
    ranked = sorted(
        groups,
        key=lambda k: (not preferred(k, groups[k]), -len(groups[k]), -k[2].toordinal(), k[0], k[1]),
    )
    chosen = set(ranked[:limit])
    return [k for k in groups if k in chosen]


class ChartCache:
    """Draw a chart only if its content changed; forget charts of this kind no longer drawn."""

    def __init__(self, out_dir: Path, kind: str, code: Hashable = "") -> None:
        self.out_dir = out_dir
        self.index_path = out_dir / f".{kind}.index.json"
        try:
            self.old: dict[str, str] = json.loads(self.index_path.read_text())
        except (OSError, ValueError):
            self.old = {}
        self.new: dict[str, str] = {}
        self.code = repr(code)

    def fresh(self, path: Path, content: object) -> bool:
        """True if `path` already shows `content` (then it is kept as it is)."""
        digest = hashlib.sha256((self.code + repr(content)).encode()).hexdigest()
        self.new[path.name] = digest
        return self.old.get(path.name) == digest and path.exists()

    def finish(self) -> None:
        for name in set(self.old) - set(self.new):
            (self.out_dir / name).unlink(missing_ok=True)
        tmp = self.index_path.with_suffix(".tmp")
        tmp.write_text(json.dumps(self.new, sort_keys=True))
        tmp.replace(self.index_path)


_CODE = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()


def draw_charts(
    groups: dict[tuple, list],
    out_dir: Path,
    kind: str,
    draw: Callable[[Path, str, list], None],
    title: Callable[[str, dt.date, dt.date], str],
    filename: Callable[[str, dt.date, dt.date], str],
    preferred: Callable[[tuple, Sequence], bool] = lambda key, items: True,
) -> list[tuple[str, Path]]:
    """(title, path) of the chart of each chosen (area, period_start, period_end) group, in
    the groups' order; only charts whose content changed are drawn (on every core when many)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    cache = ChartCache(out_dir, kind, _CODE)
    charts, jobs = [], []
    for key in pick_groups(groups, max_charts(), preferred):
        items, chart_title, path = groups[key], title(*key), out_dir / filename(*key)
        if not cache.fresh(path, (chart_title, items)):
            jobs.append((draw, path, chart_title, items))
        charts.append((chart_title, path))
    draw_all(jobs)
    cache.finish()
    return charts


def change_by_offence_charts(
    conn: duckdb.DuckDBPyConnection, out_dir: Path
) -> list[tuple[str, Path]]:
    """One PNG per (area, period) that the news reports on and that has at least one percent
    change (news or official); deterministic."""
    rows = conn.execute(
        """
        select area, period_start, period_end, offence, change_pct, change_pct_source
        from marts.offences_by_area_period
        where change_pct is not null
          and (area, period_start, period_end) in (
              select (area, period_start, period_end) from marts.offences_by_area_period
              where list_contains(sources, 'news')
          )
        order by area, period_start, period_end, change_pct, offence
        """
    ).fetchall()
    groups: dict[tuple, list] = {}
    for area, ps, pe, offence, pct, src in rows:
        groups.setdefault((area, ps, pe), []).append((offence, pct, src or ""))
    return draw_charts(
        groups,
        out_dir,
        "change-by-offence",
        draw_change_by_offence,
        lambda area, ps, pe: f"{area}: change by offence, {ps:%b %Y} to {pe:%b %Y}",
        lambda area, ps, pe: f"{_slug(area)}_{ps:%Y-%m}_{pe:%Y-%m}.png",
        lambda key, items: any(src.startswith("news") for *_, src in items),
    )


def news_vs_official_charts(
    conn: duckdb.DuckDBPyConnection, out_dir: Path
) -> list[tuple[str, Path]]:
    """One PNG per (area, period) with at least one news figure that has an official value:
    news and official values side by side, percent changes and counts on their own axes."""
    rows = conn.execute(
        """
        select area, period_start, period_end, offence, measure, news_value, official_value, verdict
        from marts.claim_verification
        where official_value is not null
        order by area, period_start, period_end, measure, offence
        """
    ).fetchall()
    groups: dict[tuple, list] = {}
    for area, ps, pe, offence, measure, news, official, verdict in rows:
        groups.setdefault((area, ps, pe), []).append((offence, measure, news, official, verdict))
    return draw_charts(
        groups,
        out_dir,
        "news-vs-official",
        draw_news_vs_official,
        lambda area, ps, pe: f"{area}: news vs official, {ps:%b %Y} to {pe:%b %Y}",
        lambda area, ps, pe: f"news-vs-official_{_slug(area)}_{ps:%Y-%m}_{pe:%Y-%m}.png",
    )


# Below this many charts to draw, one process draws them; above, one process per core
# (each pays ~1 s to import matplotlib; a chart costs 0.2-0.8 s). The PNGs are the same.
PARALLEL_FROM = 6


def draw_all(jobs: Sequence[tuple[Callable[[Path, str, list], None], Path, str, list]]) -> None:
    """Draw (function, path, title, items) jobs, on every core when there are many."""
    workers = min(os.cpu_count() or 1, len(jobs))
    if len(jobs) < PARALLEL_FROM or workers < 2:
        for draw, path, title, items in jobs:
            draw(path, title, items)
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn")) as pool:
        for f in [pool.submit(*job) for job in jobs]:
            f.result()


def draw_change_by_offence(path: Path, title: str, items: list[tuple[str, float, str]]) -> None:
    """Horizontal bars: percent change of each offence, rises red, falls blue."""
    plt = pyplot()
    fig, ax = plt.subplots(figsize=(8, 0.45 * len(items) + 1.4), dpi=80)
    labels = [o.replace("_", " ") for o, _, _ in items]
    values = [v for _, v, _ in items]
    colors = ["#b2182b" if v > 0 else "#2166ac" for v in values]
    ax.barh(labels, values, color=colors)
    ax.axvline(0, color="black", linewidth=0.8)
    for i, v in enumerate(values):
        ax.annotate(
            f"{v:+.1f}%",
            (v, i),
            xytext=(4 if v >= 0 else -4, 0),
            textcoords="offset points",
            va="center",
            ha="left" if v >= 0 else "right",
            fontsize=8,
        )
    ax.set_xlabel("percent change on the previous period")
    ax.set_title(title, fontsize=10)
    lo, hi = min(values + [0]), max(values + [0])
    pad = max(5.0, (hi - lo) * 0.25)
    ax.set_xlim(lo - pad, hi + pad)
    fig.tight_layout()
    fig.savefig(path, metadata={"Software": None})
    plt.close(fig)


VERDICT_COLOURS = {"matches": "#1a9850", "revised": "#fdae61", "differs": "#d73027"}


def draw_news_vs_official(path: Path, title: str, items: list[tuple]) -> None:
    """News and official values side by side, bars coloured by verdict; percent changes and
    counts on their own panels. items: (offence, measure, news, official, verdict)."""
    plt = pyplot()
    from matplotlib.patches import Patch

    pct = [i for i in items if i[1] == "change_pct"]
    counts = [i for i in items if i[1] != "change_pct"]
    panels = [(p, t) for p, t in ((pct, "percent change"), (counts, "count")) if p]
    fig, axes = plt.subplots(
        1,
        len(panels),
        figsize=(6 * len(panels), 0.6 * max(len(p) for p, _ in panels) + 1.8),
        dpi=80,
    )
    axes = axes if len(panels) > 1 else [axes]
    for ax, (panel, unit) in zip(axes, panels, strict=True):
        labels = [
            f"{o.replace('_', ' ')}"
            + ("" if m in ("change_pct", "count") else f" ({m.replace('_', ' ')})")
            for o, m, *_ in panel
        ]
        ys = range(len(panel))
        ax.barh(
            [y + 0.2 for y in ys],
            [p[2] for p in panel],
            height=0.4,
            color="#4575b4",
            label="news",
        )
        ax.barh(
            [y - 0.2 for y in ys],
            [p[3] for p in panel],
            height=0.4,
            color=[VERDICT_COLOURS.get(p[4], "#999999") for p in panel],
            label="official",
        )
        for y, (_, _, news, official, verdict) in zip(ys, panel, strict=True):
            fmt = "{:+.1f}" if unit == "percent change" else "{:,.0f}"
            ax.annotate(
                f"news {fmt.format(news)} / official {fmt.format(official)}: {verdict}",
                (0, y),
                xytext=(4, 0),
                textcoords="offset points",
                va="center",
                fontsize=7,
            )
        ax.set_yticks(list(ys))
        ax.set_yticklabels(labels, fontsize=8)
        ax.axvline(0, color="black", linewidth=0.8)
        ax.set_xlabel(unit)
        ax.legend(
            handles=[
                Patch(color="#4575b4", label="news"),
                *(Patch(color=c, label=f"official: {v}") for v, c in VERDICT_COLOURS.items()),
            ],
            fontsize=7,
            loc="lower right",
        )
    fig.suptitle(title, fontsize=10)
    fig.tight_layout()
    fig.savefig(path, metadata={"Software": None})
    plt.close(fig)


def preview_markdown(charts: Sequence[tuple[str, Path]], limit: int = 12) -> str:
    """Markdown embedding the first `limit` PNGs (title, path) as data URIs, for the
    Dagster UI's asset metadata; empty when there is nothing to show."""
    parts = []
    for title, png in list(charts)[:limit]:
        b64 = base64.b64encode(png.read_bytes()).decode()
        parts.append(f"### {title}\n\n![{title}](data:image/png;base64,{b64})\n")
    return "\n".join(parts)
