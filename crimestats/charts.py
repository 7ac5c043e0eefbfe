"""Pictures of the marts: percent change by offence, one bar chart per area and period."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import duckdb
import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402


@dataclass
class Chart:
    title: str
    png: Path


def _slug(s: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


def change_by_offence_charts(conn: duckdb.DuckDBPyConnection, out_dir: Path) -> list[Chart]:
    """One PNG per (area, period) that has at least one percent change; deterministic."""
    rows = conn.execute(
        """
        select area, period_start, period_end, offence, change_pct, change_pct_source
        from marts.offences_by_area_period
        where change_pct is not null
        order by area, period_start, period_end, change_pct, offence
        """
    ).fetchall()
    out_dir.mkdir(parents=True, exist_ok=True)
    groups: dict[tuple, list[tuple[str, float, str]]] = {}
    for area, ps, pe, offence, pct, src in rows:
        groups.setdefault((area, ps, pe), []).append((offence, pct, src or ""))
    charts: list[Chart] = []
    plt.rcParams["svg.hashsalt"] = "crimestats"
    for (area, ps, pe), items in groups.items():
        title = f"{area}: change by offence, {ps:%b %Y} to {pe:%b %Y}"
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
        path = out_dir / f"{_slug(area)}_{ps:%Y-%m}_{pe:%Y-%m}.png"
        fig.savefig(path, metadata={"Software": None})
        plt.close(fig)
        charts.append(Chart(title, path))
    return charts
