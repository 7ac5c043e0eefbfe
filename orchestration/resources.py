"""Dagster resources. Every path comes from crimestats.config (CRIME_DOCUMENTS_DIR,
CRIME_WAREHOUSE), the same settings the dbt profile reads."""

from __future__ import annotations

import importlib.metadata
import shutil
import sys
from collections.abc import Sequence
from functools import cached_property
from pathlib import Path
from typing import Any

from dagster import ConfigurableResource
from dagster_dbt import DbtCliResource
from dagster_duckdb import DuckDBResource
from packaging import version

from crimestats.config import Settings, settings
from orchestration.dbt_project import dbt_project


class CrimeStatsConfig(ConfigurableResource):
    """Where the documents are and where the warehouse goes."""

    documents_dir: str
    official_dir: str
    warehouse: str
    max_document_bytes: int

    @classmethod
    def from_settings(cls, s: Settings) -> CrimeStatsConfig:
        return cls(
            documents_dir=str(s.documents_dir),
            official_dir=str(s.official_dir),
            warehouse=str(s.warehouse),
            max_document_bytes=s.max_document_bytes,
        )

    def settings(self) -> Settings:
        """The settings, with the build folder created (DuckDB does not create folders)."""
        Path(self.warehouse).parent.joinpath(".build").mkdir(parents=True, exist_ok=True)
        return Settings(
            documents_dir=Path(self.documents_dir),
            warehouse=Path(self.warehouse),
            official_dir=Path(self.official_dir),
            max_document_bytes=self.max_document_bytes,
        )


class CrimeStatsDbtCli(DbtCliResource):
    """DbtCliResource without two start-up costs this project never uses (together ~4 s of CPU
    on every dbt run, measured by benchmarks/run.py):
    - `dbt --version` in a subprocess to learn the version of dbt: the dbt beside this Python
      is the installed dbt-core, whose version the package metadata gives;
    - an in-process dbt adapter (profile, project and every dbt macro loaded in Python), used
      only by fetch_column_metadata / fetch_row_counts, which this project does not call.
    """

    @cached_property
    def _cli_version(self) -> version.Version:
        exe = shutil.which(self.dbt_executable)
        if exe and Path(exe).resolve().parent == Path(sys.executable).resolve().parent:
            return version.parse(importlib.metadata.version("dbt-core"))
        return super()._cli_version

    def _initialize_dbt_core_adapter(self, args: Sequence[str]) -> None:  # type: ignore[override]
        return None


def dbt_executable() -> str:
    """The dbt installed beside this Python (the project's venv), so that running
    `.venv/bin/crimestats` or `.venv/bin/dagster` works without the venv on PATH."""
    beside = Path(sys.executable).parent / "dbt"
    return str(beside) if beside.exists() else "dbt"


def resources_for(s: Settings | None = None) -> dict[str, Any]:
    """All resources, for one warehouse. Tests call this with a temporary warehouse."""
    s = s or settings()
    return {
        "crime_config": CrimeStatsConfig.from_settings(s),
        # The pipeline writes the private build file; publish copies it to s.warehouse.
        "duckdb": DuckDBResource(database=str(s.build_path)),
        "dbt": CrimeStatsDbtCli(project_dir=dbt_project, dbt_executable=dbt_executable()),
    }
