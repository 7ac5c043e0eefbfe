"""The refresh job, its daily schedule and the documents-folder sensor."""

from dagster import (
    AssetSelection,
    DefaultScheduleStatus,
    DefaultSensorStatus,
    RunRequest,
    SensorEvaluationContext,
    SkipReason,
    define_asset_job,
    schedule,
    sensor,
)

from crimestats.config import settings
from crimestats.warehouse import inputs_signature

# One tag for every run that writes the warehouse; dagster.yaml limits it to one at a time.
WAREHOUSE_TAG = {"crimestats/writes": "warehouse"}

refresh_job = define_asset_job(
    "refresh_warehouse",
    selection=AssetSelection.all(),
    description="Ingest new/changed documents and official data, extract, dbt build, check, publish.",
    tags=WAREHOUSE_TAG,
)


@schedule(
    job=refresh_job,
    cron_schedule="0 6 * * *",
    execution_timezone="Europe/London",
    default_status=DefaultScheduleStatus.RUNNING,
)
def daily_refresh(context):
    """Refresh everything every morning (incremental: unchanged documents are not re-read)."""
    return RunRequest(run_key=None, tags=WAREHOUSE_TAG)


@sensor(
    job=refresh_job,
    minimum_interval_seconds=30,
    default_status=DefaultSensorStatus.RUNNING,
    description="Requests a refresh when a file in the documents folder is added, changed or removed.",
)
def documents_folder_sensor(context: SensorEvaluationContext):
    s = settings()
    signature = inputs_signature(s.documents_dir, s.official_dir)
    if signature == context.cursor:
        return SkipReason(f"no change in {s.documents_dir}")
    context.update_cursor(signature)
    return RunRequest(run_key=signature, tags=WAREHOUSE_TAG)
