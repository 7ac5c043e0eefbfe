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
import hashlib
import json
import os
import re
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from pathlib import Path

import duckdb


@dataclass
class Chart:
    title: str
    png: Path


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


def change_by_offence_charts(conn: duckdb.DuckDBPyConnection, out_dir: Path) -> list[Chart]:
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
    out_dir.mkdir(parents=True, exist_ok=True)
    groups: dict[tuple, list[tuple[str, float, str]]] = {}
    for area, ps, pe, offence, pct, src in rows:
        groups.setdefault((area, ps, pe), []).append((offence, pct, src or ""))
    charts: list[Chart] = []
    cache = ChartCache(out_dir, "change-by-offence", _CODE)
    chosen = pick_groups(
        groups, max_charts(), lambda key, items: any(src.startswith("news") for *_, src in items)
    )
    for area, ps, pe in chosen:
        items = groups[(area, ps, pe)]
        title = f"{area}: change by offence, {ps:%b %Y} to {pe:%b %Y}"
        path = out_dir / f"{_slug(area)}_{ps:%Y-%m}_{pe:%Y-%m}.png"
        if cache.fresh(path, (title, items)):
            charts.append(Chart(title, path))
            continue
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
        charts.append(Chart(title, path))
    cache.finish()
    return charts


def preview_markdown(charts: Sequence[tuple[str, Path]], limit: int = 12) -> str:
    """Markdown embedding the first `limit` PNGs (title, path) as data URIs, for the
    Dagster UI's asset metadata; empty when there is nothing to show."""
    parts = []
    for title, png in list(charts)[:limit]:
        b64 = base64.b64encode(png.read_bytes()).decode()
        parts.append(f"### {title}\n\n![{title}](data:image/png;base64,{b64})\n")
    return "\n".join(parts)
