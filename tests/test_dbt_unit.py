"""dbt unit tests (unit_tests: in the models' YAML) check the models' SQL on fixed fixtures.

A refresh leaves them out (they do not depend on the data; see orchestration/assets/dbt.py),
so they run here: `dbt build --empty` on a temporary warehouse builds every model with no
rows and runs every unit test on its fixtures."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import duckdb

from crimestats.config import DBT_PROJECT_DIR, Settings
from crimestats.official import ensure_official_schema
from crimestats.warehouse import ensure_raw_schema


def test_dbt_unit_tests_pass(temp_settings: Settings, tmp_path: Path) -> None:
    build = temp_settings.build_path
    build.parent.mkdir(parents=True, exist_ok=True)
    conn = duckdb.connect(str(build))
    try:
        ensure_raw_schema(conn)
        ensure_official_schema(conn)
    finally:
        conn.close()
    dbt = Path(sys.executable).parent / "dbt"
    target = tmp_path / "dbt-target"
    proc = subprocess.run(
        [str(dbt), "build", "--empty", "--target-path", str(target)],
        cwd=DBT_PROJECT_DIR,
        env={**os.environ, "CRIME_WAREHOUSE": str(temp_settings.warehouse)},
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0, proc.stdout[-4000:] + proc.stderr[-2000:]
    ran = [line for line in proc.stdout.splitlines() if "::" in line and " PASS " in line]
    assert ran, "no dbt unit test ran:\n" + proc.stdout[-3000:]
