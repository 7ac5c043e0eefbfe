"""The one Definitions object: `dagster dev` finds it through pyproject's [tool.dagster]."""

from __future__ import annotations

from dagster import Definitions, in_process_executor

from orchestration.assets.dbt import crime_stats_dbt_assets
from orchestration.assets.documents import ingest_documents_asset, statistic_mentions
from orchestration.assets.official import OFFICIAL_ASSETS, OFFICIAL_CHECKS
from orchestration.assets.publish import published_warehouse
from orchestration.assets.reports import REPORT_ASSETS
from orchestration.automation import daily_refresh, documents_folder_sensor, refresh_job
from orchestration.checks import CHECKS
from orchestration.resources import resources_for

ASSETS = [
    ingest_documents_asset,
    statistic_mentions,
    crime_stats_dbt_assets,
    *REPORT_ASSETS,
    published_warehouse,
    *OFFICIAL_ASSETS,
]

defs = Definitions(
    assets=ASSETS,
    asset_checks=[*CHECKS, *OFFICIAL_CHECKS],
    jobs=[refresh_job],
    schedules=[daily_refresh],
    sensors=[documents_folder_sensor],
    resources=resources_for(),
    # One DuckDB file has one writer: steps run one after another in one process.
    executor=in_process_executor,
)
