"""dbt models as Dagster assets: one translator, dbt built once per run."""

import graphlib
import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb as duckdb_lib
from dagster import AssetExecutionContext, AssetKey, Config, Failure, MetadataValue, Output
from dagster_dbt import DagsterDbtTranslator, DagsterDbtTranslatorSettings, dbt_assets
from dagster_dbt.asset_utils import get_subset_selection_for_context
from dagster_dbt.core.dbt_cli_event import DbtCoreCliEventMessage
from pydantic import Field

from crimestats.config import Settings, export_for_dbt
from crimestats.locking import warehouse_lock
from crimestats.publish import has_table
from orchestration.dbt_project import dbt_project
from orchestration.dbt_runner import project_signature, run_dbt
from orchestration.resources import CrimeStatsConfig

PREVIEW_ROWS = 10
# dbt unit tests check the models' SQL on fixed fixtures, not the data: they do not change
# from one refresh to the next, so a refresh leaves them out (about 1 s each); the test
# suite runs them (tests/test_dbt_unit.py), as does a plain `dbt build` in dbt_project/.
# dbt's file log (target folder/dbt.log) keeps warnings and errors only: at its default debug
# level, formatting every event and query cost ~1 s of CPU per build (the progress lines still
# go to the step's stdout, and every result to Dagster).
# Nor does it write manifest.json and run_results.json into its target folder (~0.4 s): the
# results reach Dagster as events, and Dagster keeps them.
BUILD_ARGS = [
    "build", "--exclude-resource-type", "unit_test", "--log-level-file", "warn", "--no-write-json",
]  # fmt: skip


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


class DbtBuildConfig(Config):
    full_build: bool = Field(
        default=False,
        description="Build and test every model, even those whose inputs did not change "
        "since the last successful build (with --full-refresh: incremental models too).",
    )


@dbt_assets(
    manifest=dbt_project.manifest_path, project=dbt_project, dagster_dbt_translator=translator
)
def crime_stats_dbt_assets(
    context: AssetExecutionContext, crime_config: CrimeStatsConfig, config: DbtBuildConfig
):
    """`dbt build` (seeds, models and their tests) on the private build file, run in this
    process (orchestration/dbt_runner.py), of what the inputs' changes require (plan_build).
    Each model's materialisation carries its row count and a preview."""
    s = crime_config.settings()
    export_for_dbt(s)
    target_path = dbt_target_path(s)
    project_manifest = manifest()
    with warehouse_lock(s.lock_path):
        plan = plan_build(context, s, project_manifest, config.full_build)
        context.log.info(f"dbt build plan: {plan.reason}")
        run = run_dbt(
            [*BUILD_ARGS, *plan.args],
            dbt_project.project_dir,
            dbt_project.profiles_dir,
            target_path,
            signature=plan.state.get("project"),
        )
        if run.success and plan.state:
            write_build_state(s, plan.state)
    context.log.info(
        f"dbt build: {len(run.events)} nodes in {run.elapsed_s:.1f} s"
        f" ({'parsed the project' if run.parsed else 'parsed project from cache'})"
    )
    conn = duckdb_lib.connect(str(s.build_path), read_only=True)
    try:
        events: list[Any] = []
        for raw in run.events:
            message = DbtCoreCliEventMessage(raw_event=raw, event_history_metadata={})
            for event in message.to_default_asset_events(
                manifest=project_manifest,
                dagster_dbt_translator=translator,
                context=context,
                target_path=target_path,
                project=dbt_project,
            ):
                if isinstance(event, Output) and event.output_name:
                    key = context.asset_key_for_output(event.output_name)
                    extra = table_metadata(conn, ".".join(key.path))
                    event = event.with_metadata({**event.metadata, **extra})
                events.append(event)
        if run.success and plan.reuses_the_rest:
            # Left out because none of their inputs changed: the tables in the build file are
            # the ones the last successful build made from the same inputs. Reported the way
            # dagster-dbt reports the nodes dbt itself reuses (status "reused"), so that the
            # steps downstream (checks, charts, publish) run. Nothing left out depends on a
            # model that was built, so they come first (Dagster wants topological order).
            built = {e.output_name for e in events if isinstance(e, Output)}
            asset_outputs = context.assets_def.keys_by_output_name
            reused = in_dbt_order(
                project_manifest,
                {
                    asset_outputs[name]: name
                    for name in context.op_execution_context.selected_output_names
                    if name in asset_outputs and name not in built
                },
            )
            context.log.info(f"reused (inputs unchanged): {', '.join(reused) or 'none'}")
            for name in reused:
                key = context.asset_key_for_output(name)
                extra = table_metadata(conn, ".".join(key.path))
                if extra:
                    yield Output(
                        None,
                        output_name=name,
                        metadata={"status": "reused", "reason": plan.reason, **extra},
                    )
    finally:
        conn.close()
    yield from events
    if not run.success:
        raise Failure(
            description="dbt build failed"
            + (f": {', '.join(run.failed)}" if run.failed else f": {run.exception}"),
            metadata={"failed_nodes": MetadataValue.json(run.failed)},
        )


@dataclass
class BuildPlan:
    args: list[str]
    reason: str
    state: dict[str, str] = field(default_factory=dict)  # recorded when the build succeeds
    reuses_the_rest: bool = False  # the models left out are up to date


# The models fed only by official data (seeds, staging.stg_official_*, int_official_statistics
# and their tests) are left out when none of their inputs changed since the last successful
# build: a refresh for one new article rebuilds what articles feed (`source:raw+`, the
# sources raw.documents, raw.document_errors and raw.statistic_mentions and everything
# downstream of them) and nothing else.
NEWS_BRANCH = ["--select", "source:raw+"]


def plan_build(
    context: AssetExecutionContext,
    s: Settings,
    project_manifest: dict[str, Any],
    full_build: bool = False,
) -> BuildPlan:
    """What to build: the assets a user selected; otherwise everything when the dbt project
    (models, macros, seeds, profile, dbt version) changed since the last successful build
    (with --full-refresh, so incremental models are rebuilt from scratch) or when official
    data changed; else only what articles feed."""
    subset, indirect = get_subset_selection_for_context(
        context, project_manifest, None, None, None, translator, None
    )
    conn = duckdb_lib.connect(str(s.build_path), read_only=True)
    try:
        official = official_signature(conn)
        last = read_build_state(conn)
    finally:
        conn.close()
    state = {
        "project": project_signature(dbt_project.project_dir, dbt_project.profiles_dir),
        "official": official,
    }
    if subset:
        extra = ["--indirect-selection", indirect] if indirect else []
        if last != state:
            # the incremental models only update what articles changed: rebuild the selected
            # ones from scratch when the project or official data changed since the last build
            return BuildPlan(
                [*subset, *extra, "--full-refresh"],
                "the selected assets only, from scratch (project or official data changed)",
            )
        return BuildPlan([*subset, *extra], "the selected assets only")
    if full_build:
        return BuildPlan(
            ["--full-refresh"], "everything, from scratch (full_build requested)", state
        )
    if last.get("project") != state["project"]:
        why = "first build" if not last else "the dbt project changed"
        return BuildPlan(["--full-refresh"], f"everything, from scratch ({why})", state)
    if last.get("official") != state["official"]:
        # from scratch: fct_offence_statistics and offences_by_area_period are incremental
        # by what articles changed, and hold official rows
        return BuildPlan(
            ["--full-refresh"], "everything, from scratch (official data changed)", state
        )
    return BuildPlan(
        NEWS_BRANCH,
        "what articles feed (official data and dbt project unchanged)",
        state,
        reuses_the_rest=True,
    )


def official_signature(conn: duckdb_lib.DuckDBPyConnection) -> str:
    """The official files the raw layer holds (and the ones it rejected), by content."""
    parts = [
        conn.execute(
            f"select coalesce(string_agg(file || ':' || coalesce(sha256, ''), '|' "
            f"order by file, sha256), '') from raw.{table}"
        ).fetchone()[0]
        for table in ("official_files", "official_file_errors")
        if has_table(conn, "raw", table)
    ]
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()


def read_build_state(conn: duckdb_lib.DuckDBPyConnection) -> dict[str, str]:
    if not has_table(conn, "meta", "dbt_build_state"):
        return {}
    return dict(conn.execute("select part, signature from meta.dbt_build_state").fetchall())


def write_build_state(s: Settings, state: dict[str, str]) -> None:
    conn = duckdb_lib.connect(str(s.build_path))
    try:
        conn.execute("begin")
        conn.execute("create schema if not exists meta")
        conn.execute(
            "create or replace table meta.dbt_build_state (part varchar, signature varchar)"
        )
        conn.executemany("insert into meta.dbt_build_state values (?, ?)", list(state.items()))
        conn.execute("commit")
    finally:
        conn.close()


def in_dbt_order(project_manifest: dict[str, Any], names: dict[AssetKey, str]) -> list[str]:
    """The output names of these assets, parents before children (dbt's DAG)."""
    unique_ids = {
        translator.get_asset_key(node): uid
        for uid, node in project_manifest["nodes"].items()
        if node["resource_type"] in ("model", "seed", "snapshot")
    }
    by_id = {unique_ids[key]: name for key, name in names.items()}
    graph = graphlib.TopologicalSorter(
        {
            uid: sorted(p for p in project_manifest["parent_map"].get(uid, ()) if p in by_id)
            for uid in sorted(by_id)
        }
    )
    return [by_id[uid] for uid in graph.static_order()]


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
    if not has_table(conn, schema, name):
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
