"""Headless refresh: materialise every asset (and run every check) for the current settings,
then print a short summary. Used by `crimestats refresh` (and so `make run`)."""

from __future__ import annotations

import os
from dataclasses import dataclass, field

import duckdb
from dagster import DagsterInstance, materialize

from crimestats.config import Settings, export_for_dbt, settings
from crimestats.locking import warehouse_lock
from crimestats.publish import published_signature
from crimestats.warehouse import pipeline_signature


@dataclass
class RefreshReport:
    ran: bool
    success: bool = True
    checks_passed: int = 0
    checks_failed: list[str] = field(default_factory=list)
    checks_warned: list[str] = field(default_factory=list)


def all_assets():
    from orchestration.assets.official import OFFICIAL_CHECKS
    from orchestration.checks import CHECKS
    from orchestration.definitions import ASSETS

    return [*ASSETS, *CHECKS, *OFFICIAL_CHECKS]


def refresh(
    s: Settings | None = None,
    force: bool = False,
    instance: DagsterInstance | None = None,
    log_level: str = "INFO",
    full_build: bool = False,
) -> RefreshReport:
    """Materialise everything for these settings (nothing if the inputs and code are those of
    the published warehouse, unless `force`). `full_build`: dbt rebuilds and tests every
    model from scratch instead of what the changes require."""
    s = s or settings()
    export_for_dbt(s)
    with warehouse_lock(s.lock_path):
        signature = pipeline_signature(s)
        if (
            not (force or full_build)
            and s.build_path.exists()
            and published_signature(s.warehouse) == signature
        ):
            return RefreshReport(ran=False)
        from orchestration.automation import WAREHOUSE_TAG
        from orchestration.resources import resources_for

        if instance is None and os.environ.get("DAGSTER_HOME"):
            instance = DagsterInstance.get()
        result = materialize(
            all_assets(),
            resources=resources_for(s),
            instance=instance,
            tags=WAREHOUSE_TAG,
            raise_on_error=False,
            run_config={
                "loggers": {"console": {"config": {"log_level": log_level}}},
                "ops": {"crime_stats_dbt_assets": {"config": {"full_build": full_build}}},
            },
        )
    report = RefreshReport(ran=True, success=result.success)
    for ev in result.get_asset_check_evaluations():
        name = f"{'.'.join(ev.asset_key.path)}:{ev.check_name}"
        if ev.passed:
            report.checks_passed += 1
        elif ev.severity.value == "WARN":
            report.checks_warned.append(name)
        else:
            report.checks_failed.append(name)
    return report


def summary(s: Settings | None = None) -> str:
    s = s or settings()
    if not s.warehouse.exists():
        return f"No warehouse at {s.warehouse} yet."
    conn = duckdb.connect(str(s.warehouse), read_only=True)
    try:
        q = lambda sql: conn.execute(sql).fetchone()[0]  # noqa: E731
        lines = [
            f"documents ingested : {q('select count(*) from raw.documents')}",
            f"documents rejected : {q('select count(*) from raw.document_errors')}",
            f"statements read    : {q('select count(*) from raw.statistic_mentions')}",
            f"statistics (news)  : {q('select count(*) from intermediate.int_document_statistics')}",
        ]
        marts = conn.execute(
            "select table_name, row_count from meta.publish_manifest "
            "where table_name like 'marts.%' order by 1"
        ).fetchall()
        lines.append(
            "rows per mart      : " + ", ".join(f"{t.split('.', 1)[1]}={n}" for t, n in marts)
        )
        rejected = conn.execute(
            "select file_name, reason from raw.document_errors order by 1 limit 10"
        ).fetchall()
        for name, reason in rejected:
            lines.append(f"  rejected {name}: {reason}")
        published = q("select published_at from meta.publish_info")
        lines.append(
            f"warehouse          : {s.warehouse} (published {published:%Y-%m-%d %H:%M:%S} UTC)"
        )
    finally:
        conn.close()
    return "\n".join(lines)
