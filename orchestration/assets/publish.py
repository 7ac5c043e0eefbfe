"""The atomic publication of the build file to CRIME_WAREHOUSE."""

from dagster import AssetExecutionContext, AssetKey, MaterializeResult, MetadataValue, asset

from crimestats.locking import warehouse_lock
from crimestats.publish import publish
from crimestats.warehouse import pipeline_signature
from orchestration.assets.reports import CHARTS
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
PUBLISHED = AssetKey(["warehouse", "published"])


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
