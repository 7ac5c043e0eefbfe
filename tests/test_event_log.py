"""The Dagster instance `make install` sets up (orchestration/dagster.yaml): its event log keeps
its SQLite connections open (orchestration/event_log.py). A refresh's events must be stored
where Dagster's default storage keeps them and be readable by another process on the same
DAGSTER_HOME (the UI, the daemon), run after run."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest
from dagster import AssetKey, DagsterEventType, DagsterInstance

from orchestration.event_log import PooledSqliteEventLogStorage
from orchestration.runner import refresh
from tests.conftest import PROJECT_ROOT, copy_seed_documents, make_settings

READER = """
import json
from dagster import AssetKey, DagsterEventType, DagsterInstance

instance = DagsterInstance.get()
out = []
for record in instance.get_run_records():
    run_id = record.dagster_run.run_id
    logs = instance.all_logs(run_id)
    out.append({
        "run_id": run_id,
        "status": record.dagster_run.status.value,
        "events": len(logs),
        "checks": sum(
            1 for e in logs
            if e.dagster_event_type == DagsterEventType.ASSET_CHECK_EVALUATION
        ),
    })
latest = instance.get_latest_materialization_event(AssetKey(["marts", "offences_by_area_period"]))
print(json.dumps({"runs": sorted(out, key=lambda r: r["run_id"]), "latest": latest.run_id}))
"""


def test_refresh_events_are_stored_and_read_by_another_process(
    tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path / "dagster_home"
    home.mkdir()
    shutil.copy(PROJECT_ROOT / "orchestration" / "dagster.yaml", home / "dagster.yaml")
    monkeypatch.setenv("DAGSTER_HOME", str(home))
    s = make_settings(tmp_path)
    copy_seed_documents(s.documents_dir)

    instance = DagsterInstance.get()
    assert isinstance(instance.event_log_storage, PooledSqliteEventLogStorage)
    first = refresh(s, instance=instance)
    second = refresh(s, instance=instance, force=True)  # same process, connections reused
    assert first.success and second.success

    here = []
    for record in instance.get_run_records():
        logs = instance.all_logs(record.dagster_run.run_id)
        checks = [
            e for e in logs if e.dagster_event_type == DagsterEventType.ASSET_CHECK_EVALUATION
        ]
        here.append(
            {
                "run_id": record.dagster_run.run_id,
                "status": record.dagster_run.status.value,
                "events": len(logs),
                "checks": len(checks),
            }
        )
    here.sort(key=lambda r: r["run_id"])
    assert [r["status"] for r in here] == ["SUCCESS", "SUCCESS"]
    assert all(r["checks"] > 0 for r in here)
    # where Dagster's own SQLite storage keeps them: one database per run, and the index
    runs_dir = home / "history" / "runs"
    assert (runs_dir / "index.db").is_file()
    assert {f"{r['run_id']}.db" for r in here} <= {p.name for p in runs_dir.iterdir()}

    # another process on the same DAGSTER_HOME sees every event, while this one still holds
    # its connections open
    env = {**os.environ, "DAGSTER_HOME": str(home)}
    proc = subprocess.run(
        [sys.executable, "-c", READER], env=env, cwd=PROJECT_ROOT, capture_output=True, text=True
    )
    assert proc.returncode == 0, proc.stderr
    there = json.loads(proc.stdout.strip().splitlines()[-1])
    assert there["runs"] == here
    latest = instance.get_latest_materialization_event(
        AssetKey(["marts", "offences_by_area_period"])
    )
    assert latest is not None and there["latest"] == latest.run_id
    instance.dispose()
