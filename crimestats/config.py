"""Settings read from the environment: one place, used by Dagster, dbt and the CLI.

`CRIME_WAREHOUSE` is the DuckDB file people query. The pipeline never writes it in
place: it builds in a private file beside it (`.build/<name>` beside it) and publishes a
complete copy atomically. The dbt profile derives the same build path from the
same variable, so one setting feeds everything.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DBT_PROJECT_DIR = PROJECT_ROOT / "dbt_project"
DBT_SEEDS_DIR = DBT_PROJECT_DIR / "seeds"

DEFAULT_DOCUMENTS_DIR = "seeds"
DEFAULT_WAREHOUSE = "warehouse/crime.duckdb"
DEFAULT_MAX_DOCUMENT_BYTES = 20 * 1024 * 1024
OFFICIAL_SUBDIR = "official"


def _resolve(value: str) -> Path:
    p = Path(value).expanduser()
    return p if p.is_absolute() else (PROJECT_ROOT / p)


@dataclass(frozen=True)
class Settings:
    documents_dir: Path
    warehouse: Path
    official_dir: Path
    max_document_bytes: int

    @property
    def build_path(self) -> Path:
        """The private file the pipeline writes; see the module docstring."""
        return self.warehouse.parent / ".build" / self.warehouse.name

    @property
    def lock_path(self) -> Path:
        return self.warehouse.with_name(self.warehouse.name + ".lock")


def settings() -> Settings:
    documents_dir = _resolve(os.environ.get("CRIME_DOCUMENTS_DIR", DEFAULT_DOCUMENTS_DIR))
    warehouse = _resolve(os.environ.get("CRIME_WAREHOUSE", DEFAULT_WAREHOUSE))
    official = os.environ.get("CRIME_OFFICIAL_DIR")
    official_dir = _resolve(official) if official else documents_dir / OFFICIAL_SUBDIR
    max_bytes = int(os.environ.get("CRIME_MAX_DOCUMENT_BYTES", DEFAULT_MAX_DOCUMENT_BYTES))
    return Settings(
        documents_dir=documents_dir,
        warehouse=warehouse,
        official_dir=official_dir,
        max_document_bytes=max_bytes,
    )


def export_for_dbt(s: Settings | None = None) -> dict[str, str]:
    """Environment for dbt (run in this process by the pipeline, or as `dbt` by tests and
    users): absolute paths so cwd does not matter."""
    s = s or settings()
    env = {
        "CRIME_WAREHOUSE": str(s.warehouse),
        "CRIME_DOCUMENTS_DIR": str(s.documents_dir),
    }
    os.environ.update(env)
    # a `dbt` command run from here (tests, the benchmark) finds the one beside this Python.
    venv_bin = str(Path(sys.executable).parent)
    if venv_bin not in os.environ.get("PATH", "").split(os.pathsep):
        os.environ["PATH"] = venv_bin + os.pathsep + os.environ.get("PATH", "")
    return env
