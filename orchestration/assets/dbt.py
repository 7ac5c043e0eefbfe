"""dbt models as Dagster assets: one translator, dbt built once per run."""

import hashlib
import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import duckdb as duckdb_lib
from dagster import AssetExecutionContext, AssetKey, MetadataValue, Output
from dagster_dbt import (
    DagsterDbtTranslator,
    DagsterDbtTranslatorSettings,
    DbtCliResource,
    dbt_assets,
)

from crimestats.config import Settings, export_for_dbt
from crimestats.locking import warehouse_lock
from orchestration.dbt_project import dbt_project
from orchestration.resources import CrimeStatsConfig

PREVIEW_ROWS = 10
# dbt unit tests check the models' SQL on fixed fixtures, not the data: they do not change
# from one refresh to the next, so a refresh leaves them out (about 1 s each); the test
# suite runs them (tests/test_dbt_unit.py), as does a plain `dbt build` in dbt_project/.
BUILD_ARGS = ["build", "--exclude-resource-type", "unit_test"]


class CrimeStatsTranslator(DagsterDbtTranslator):
    """Asset key = [schema, name] (raw.*, staging.*, intermediate.*, marts.*, reference.*);
    group = the schema, so the graph reads ingestion -> staging -> intermediate -> marts."""

    def get_asset_key(self, dbt_resource_props: Mapping[str, Any]) -> AssetKey:
        if dbt_resource_props["resource_type"] == "source":
            return super().get_asset_key(dbt_resource_props)
        return AssetKey([dbt_resource_props["schema"], dbt_resource_props["name"]])

    def get_group_name(self, dbt_resource_props: Mapping[str, Any]) -> str | None:
        if dbt_resource_props["resource_type"] == "source":
            return "ingestion"
        return dbt_resource_props["schema"]


translator = CrimeStatsTranslator(settings=DagsterDbtTranslatorSettings(enable_asset_checks=True))


def manifest() -> dict[str, Any]:
    return json.loads(dbt_project.manifest_path.read_text())


@dbt_assets(
    manifest=dbt_project.manifest_path, project=dbt_project, dagster_dbt_translator=translator
)
def crime_stats_dbt_assets(
    context: AssetExecutionContext, dbt: DbtCliResource, crime_config: CrimeStatsConfig
):
    """`dbt build` (seeds, models and their tests) on the private build file. Row counts and a
    preview of each table are added once dbt has released the file."""
    s = crime_config.settings()
    export_for_dbt(s)
    with warehouse_lock(s.lock_path):
        events = list(
            dbt.cli(BUILD_ARGS, context=context, target_path=dbt_target_path(s)).stream()
        )
    conn = duckdb_lib.connect(str(s.build_path), read_only=True)
    try:
        for event in events:
            if isinstance(event, Output) and event.output_name:
                key = context.asset_key_for_output(event.output_name)
                extra = table_metadata(conn, ".".join(key.path))
                yield event.with_metadata({**event.metadata, **extra})
            else:
                yield event
    finally:
        conn.close()


def dbt_target_path(s: Settings) -> Path:
    """dbt's target folder for one warehouse, kept from run to run (beside the build file).

    dbt re-parses the whole project when the profile's env vars differ from the last parse
    (the profile reads CRIME_WAREHOUSE), and dagster-dbt would otherwise give every run a
    fresh target folder seeded with the parse made by `crimestats prepare` for the default
    warehouse: every refresh of any other warehouse paid a full parse. With one folder per
    warehouse (and project checkout), each run reuses the previous run's partial parse."""
    tag = hashlib.sha256(str(dbt_project.project_dir.resolve()).encode()).hexdigest()[:8]
    return s.build_path.parent / f"dbt-target-{tag}"


def table_metadata(conn: duckdb_lib.DuckDBPyConnection, table: str) -> dict[str, Any]:
    schema, name = table.split(".", 1)
    exists = conn.execute(
        "select count(*) from duckdb_tables() where schema_name = ? and table_name = ?",
        [schema, name],
    ).fetchone()[0]
    if not exists:
        return {}
    ident = f'"{schema}"."{name}"'
    n = conn.execute(f"select count(*) from {ident}").fetchone()[0]
    head = conn.execute(f"select * from {ident} limit {PREVIEW_ROWS}").df()
    for col in head.columns:
        if head[col].dtype == object:
            head[col] = head[col].map(lambda v: _short(v))
    return {
        "dagster/row_count": int(n),
        "preview": MetadataValue.md(head.to_markdown(index=False) if len(head) else "(empty)"),
    }


def _short(v: Any) -> Any:
    s = str(v) if v is not None else ""
    s = s.replace("|", "/").replace("\n", " ")
    return s if len(s) <= 80 else s[:77] + "..."
