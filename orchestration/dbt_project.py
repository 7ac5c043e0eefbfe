"""The dbt project, parsed once: `make run`/tests prepare the manifest with
`crimestats prepare` (dbt parse); under `dagster dev` prepare_if_dev() re-parses it."""

from __future__ import annotations

from dagster_dbt import DbtProject

from crimestats.config import DBT_PROJECT_DIR, export_for_dbt

export_for_dbt()
dbt_project = DbtProject(project_dir=DBT_PROJECT_DIR, profiles_dir=DBT_PROJECT_DIR)
dbt_project.prepare_if_dev()
