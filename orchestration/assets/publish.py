"""Reports (charts) and the atomic publication of the build file to CRIME_WAREHOUSE."""

import duckdb as duckdb_lib
from dagster import AssetExecutionContext, AssetKey, MaterializeResult, MetadataValue, asset

from crimestats.charts import change_by_offence_charts, preview_markdown
from crimestats.locking import warehouse_lock
from crimestats.publish import publish
from crimestats.warehouse import pipeline_signature
from orchestration.resources import CrimeStatsConfig

MART_KEYS = [
    AssetKey(["marts", name])
    for name in (
        "fct_offence_statistics",
        "offences_by_area_period",
        "claim_checks",
        "claim_verification",
        "dim_offence",
        "dim_area",
        "dim_period",
    )
]
CHARTS = AssetKey(["reports", "change_by_offence_charts"])
PUBLISHED = AssetKey(["warehouse", "published"])


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
    s = crime_config.settings()
    out_dir = s.warehouse.parent / "charts"
    conn = duckdb_lib.connect(str(s.build_path), read_only=True)
    try:
        charts = change_by_offence_charts(conn, out_dir)
    finally:
        conn.close()
    md = preview_markdown([(c.title, c.png) for c in charts])
    context.log.info(f"wrote {len(charts)} charts to {out_dir}")
    return MaterializeResult(
        metadata={
            "charts": len(charts),
            "directory": str(out_dir),
            "preview": MetadataValue.md(md or "No percent changes to chart."),
        }
    )


@asset(
    key=PUBLISHED,
    deps=[*MART_KEYS, CHARTS],
    group_name="publish",
    kinds={"duckdb"},
    description=(
        "The file users query (CRIME_WAREHOUSE): a verified copy of the build file, "
        "replaced atomically so readers never see half a refresh."
    ),
)
def published_warehouse(
    context: AssetExecutionContext, crime_config: CrimeStatsConfig
) -> MaterializeResult:
    s = crime_config.settings()
    with warehouse_lock(s.lock_path):
        result = publish(s.build_path, s.warehouse, pipeline_signature(s))
    context.log.info(f"published {s.warehouse}")
    counts = "\n".join(f"| {t} | {n:,} |" for t, n in sorted(result.tables.items()))
    return MaterializeResult(
        metadata={
            "path": MetadataValue.path(str(s.warehouse)),
            "tables": MetadataValue.md(f"| table | rows |\n|---|---:|\n{counts}"),
            "dagster/row_count": sum(result.tables.values()),
        }
    )
