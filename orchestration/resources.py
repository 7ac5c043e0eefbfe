"""Dagster resources. Every path comes from crimestats.config (CRIME_DOCUMENTS_DIR,
CRIME_WAREHOUSE), the same settings the dbt profile reads."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from dagster import ConfigurableResource
from dagster_duckdb import DuckDBResource

from crimestats.config import Settings, settings
from crimestats.locking import warehouse_lock
from crimestats.publish import create_build_file


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
        """The settings, with the build file created (see crimestats.publish)."""
        s = Settings(
            documents_dir=Path(self.documents_dir),
            warehouse=Path(self.warehouse),
            official_dir=Path(self.official_dir),
            max_document_bytes=self.max_document_bytes,
        )
        if not s.build_path.exists():
            with warehouse_lock(s.lock_path):
                create_build_file(s.build_path)
        return s


def resources_for(s: Settings | None = None) -> dict[str, Any]:
    """All resources, for one warehouse. Tests call this with a temporary warehouse."""
    s = s or settings()
    return {
        "crime_config": CrimeStatsConfig.from_settings(s),
        # The pipeline writes the private build file; publish copies it to s.warehouse.
        "duckdb": DuckDBResource(database=str(s.build_path)),
    }
