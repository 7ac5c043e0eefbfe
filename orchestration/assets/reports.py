"""Reports: PNG charts of the marts, drawn by crimestats.charts (bounded and incremental),
previewed in the asset's metadata."""

from collections.abc import Callable
from pathlib import Path

import duckdb as duckdb_lib
from dagster import AssetExecutionContext, AssetKey, MaterializeResult, MetadataValue, asset

from crimestats.charts import change_by_offence_charts, news_vs_official_charts, preview_markdown
from orchestration.resources import CrimeStatsConfig

CHARTS = AssetKey(["reports", "change_by_offence_charts"])
NEWS_VS_OFFICIAL_CHART = AssetKey(["reports", "news_vs_official_chart"])


def _chart_result(
    context: AssetExecutionContext,
    crime_config: CrimeStatsConfig,
    make: Callable[[duckdb_lib.DuckDBPyConnection, Path], list[tuple[str, Path]]],
    what: str,
    none: str,
) -> MaterializeResult:
    """Draw the charts from the build file (read-only) into `charts/` beside the warehouse."""
    s = crime_config.settings()
    out_dir = s.warehouse.parent / "charts"
    conn = duckdb_lib.connect(str(s.build_path), read_only=True)
    try:
        charts = make(conn, out_dir)
    finally:
        conn.close()
    context.log.info(f"wrote {len(charts)} {what} to {out_dir}")
    return MaterializeResult(
        metadata={
            "charts": len(charts),
            "directory": str(out_dir),
            "preview": MetadataValue.md(preview_markdown(charts) or none),
        }
    )


@asset(
    key=CHARTS,
    deps=[AssetKey(["marts", "offences_by_area_period"])],
    group_name="reports",
    kinds={"python", "matplotlib"},
    description="Bar charts of percent change by offence, one per area and period (PNG).",
)
def change_by_offence_charts_asset(
    context: AssetExecutionContext, crime_config: CrimeStatsConfig
) -> MaterializeResult:
    return _chart_result(
        context, crime_config, change_by_offence_charts, "charts", "No percent changes to chart."
    )


@asset(
    key=NEWS_VS_OFFICIAL_CHART,
    deps=[AssetKey(["marts", "claim_verification"])],
    group_name="reports",
    kinds={"python", "matplotlib"},
    description=(
        "News vs official values for each area and period with an official counterpart "
        "(bars coloured by verdict), PNG."
    ),
)
def news_vs_official_chart(
    context: AssetExecutionContext, crime_config: CrimeStatsConfig
) -> MaterializeResult:
    return _chart_result(
        context,
        crime_config,
        news_vs_official_charts,
        "news-vs-official charts",
        "No news figure has an official counterpart to chart.",
    )


REPORT_ASSETS = [change_by_offence_charts_asset, news_vs_official_chart]
