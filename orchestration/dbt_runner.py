"""dbt run in this process (dbt's programmatic `dbtRunner`), with its parsed project cached.

Why not dagster-dbt's `DbtCliResource`: it starts `dbt` as a subprocess, which imports dbt
again, reads the partial-parse file and re-checks every project file before the first model
runs, then streams JSON logs back. Measured by `benchmarks/run.py` that was 8-10 s of every
refresh on this project's two cores, more than dbt spent running the ~105 nodes. Here dbt
runs in the step's own process, and the parsed project (dbt's `Manifest`) is kept on disk
beside the build file, keyed by a hash of everything a parse reads (project files, profile,
the warehouse path the profile renders, dbt's version), so a refresh of an unchanged project
loads it in ~30 ms instead of parsing. The events dbt emits are turned into Dagster events by
dagster-dbt's own `DbtCoreCliEventMessage`, so materialisations and asset checks are exactly
the ones `DbtCliResource` would have produced.

dbt keeps process-wide state (flags, adapters, event loggers) and is not thread-safe: one
invocation at a time per process, which the in-process executor and the warehouse lock give.
"""

from __future__ import annotations

import dataclasses
import hashlib
import importlib.metadata
import os
import pickle
import re
import sys
import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

MANIFEST_CACHE = "crimestats-manifest.pickle"
# Every dbt result event dagster-dbt turns into a materialisation or a check result.
RESULT_EVENTS = frozenset({"LogSeedResult", "LogModelResult", "LogSnapshotResult", "LogTestResult"})
# Folders and files of the dbt project that a parse reads.
_PROJECT_PARTS = ("dbt_project.yml", "profiles.yml", "models", "macros", "seeds", "tests",
                  "snapshots", "analyses")  # fmt: skip
_INVOKE_LOCK = threading.Lock()
_ENV_VAR = re.compile(rb"""env_var\(\s*['"]([^'"]+)['"]""")


@dataclass
class DbtRun:
    """What one dbt invocation did: its result events (dicts in dbt's JSON log format), whether
    it succeeded, and the nodes that failed (for the error message)."""

    success: bool
    events: list[dict[str, Any]] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    exception: BaseException | None = None
    elapsed_s: float = 0.0
    parsed: bool = False


def project_signature(project_dir: Path, profiles_dir: Path) -> str:
    """Hash of every input of a dbt parse: project files, the profile, the environment
    variables they read (env_var(...)), and the dbt and dbt-duckdb versions."""
    h = hashlib.sha256()
    for name in ("dbt-core", "dbt-duckdb"):
        h.update(f"{name}={importlib.metadata.version(name)}\n".encode())
    files: list[Path] = [profiles_dir / "profiles.yml"]
    for part in _PROJECT_PARTS:
        p = project_dir / part
        files.extend(sorted(x for x in p.rglob("*") if x.is_file()) if p.is_dir() else [p])
    env_names: set[str] = set()
    for f in files:
        if f.is_file():
            data = f.read_bytes()
            env_names.update(m.decode() for m in _ENV_VAR.findall(data))
            h.update(str(f.relative_to(project_dir.parent)).encode() + b"\0")
            h.update(hashlib.sha256(data).digest())
    for key in sorted(env_names):
        h.update(f"{key}={os.environ.get(key)}\n".encode())
    return h.hexdigest()


def _common_args(project_dir: Path, profiles_dir: Path, target_path: Path) -> list[str]:
    return [
        "--project-dir", str(project_dir), "--profiles-dir", str(profiles_dir),
        "--target-path", str(target_path), "--log-path", str(target_path),
    ]  # fmt: skip


def load_manifest(
    project_dir: Path, profiles_dir: Path, target_path: Path, signature: str | None = None
) -> tuple[Any, bool]:
    """dbt's parsed project for this profile: from the cache when its signature matches,
    otherwise parsed (partial parsing from the target folder) and cached. Returns
    (manifest, parsed_now). `signature`: project_signature(), if the caller has it."""
    from dbt.cli.main import dbtRunner

    target_path.mkdir(parents=True, exist_ok=True)
    signature = signature or project_signature(project_dir, profiles_dir)
    cache = target_path / MANIFEST_CACHE
    if cache.exists():
        try:
            with cache.open("rb") as f:
                cached_signature, state = pickle.load(f)
            if cached_signature == signature:
                return _manifest_from_state(state), False
        except Exception:  # a cache from another dbt version or a torn write: parse again
            pass
    res = dbtRunner().invoke(
        ["parse", "--quiet", *_common_args(project_dir, profiles_dir, target_path)]
    )
    if not res.success or res.result is None:
        raise RuntimeError(f"dbt parse failed: {res.exception}")
    manifest = res.result
    tmp = cache.with_suffix(f".tmp{os.getpid()}")
    with tmp.open("wb") as f:
        pickle.dump((signature, _manifest_state(manifest)), f, protocol=pickle.HIGHEST_PROTOCOL)
    os.replace(tmp, cache)
    return manifest, True


def _manifest_state(manifest: Any) -> dict[str, Any]:
    """The Manifest's public fields by name. (Manifest.__reduce_ex__ passes its fields by
    position and, in dbt 1.11, misses one, so a plain pickle comes back with its lookup
    caches in the wrong fields.) The private lookups are caches dbt rebuilds on use."""
    return {
        f.name: getattr(manifest, f.name)
        for f in dataclasses.fields(manifest)
        if not f.name.startswith("_")
    }


def _manifest_from_state(state: dict[str, Any]) -> Any:
    from dbt.contracts.graph.manifest import Manifest

    return Manifest(**state)


def _module_of_caller() -> str:
    """dbt_common's BehaviorFlagRendered._default_source, without inspect.stack(): the name of
    the first module on the call stack other than dbt_common.behavior_flags."""
    frame = sys._getframe(1)
    while frame is not None:
        name = frame.f_globals.get("__name__")
        if name and name != "dbt_common.behavior_flags":
            return name
        frame = frame.f_back
    return "Unknown"


def _cheap_behavior_flag_source() -> None:
    """dbt-duckdb's adapter declares behavior flags without a `source`, and dbt_common then
    computes a default for each with inspect.stack(), which reads the source file of every
    frame on the stack and maps every loaded module to its file: 0.4-0.7 s of every build
    under Dagster's deep stack and many modules (profiled). Same answer, from the frames'
    globals."""
    from dbt_common.behavior_flags import BehaviorFlagRendered

    BehaviorFlagRendered._default_source = staticmethod(_module_of_caller)


def release_database() -> None:
    """Close the DuckDB database dbt-duckdb keeps open for the process after an invocation, so
    that this process (and others) can open the file again, read-only or not."""
    from dbt.adapters.duckdb.connections import DuckDBConnectionManager

    with DuckDBConnectionManager._LOCK:
        env = DuckDBConnectionManager._ENV
        if env is not None:
            env.close()
        DuckDBConnectionManager.close_all_connections()


def run_dbt(
    args: Sequence[str],
    project_dir: Path,
    profiles_dir: Path,
    target_path: Path,
    signature: str | None = None,
) -> DbtRun:
    """`dbt <args>` in this process; dbt's usual progress lines go to stdout."""
    import time

    from dbt.cli.main import dbtRunner
    from dbt_common.events.functions import msg_to_dict

    started = time.perf_counter()
    _cheap_behavior_flag_source()
    with _INVOKE_LOCK:
        manifest, parsed = load_manifest(project_dir, profiles_dir, target_path, signature)
        events: list[dict[str, Any]] = []

        def collect(msg: Any) -> None:  # called from dbt's worker threads
            if msg.info.name in RESULT_EVENTS:
                events.append(msg_to_dict(msg))

        try:
            res = dbtRunner(manifest=manifest, callbacks=[collect]).invoke(
                [*args, *_common_args(project_dir, profiles_dir, target_path)]
            )
        finally:
            release_database()
    failed = [
        e["data"]["node_info"]["unique_id"]
        for e in events
        if e["data"].get("node_info", {}).get("node_status") in ("error", "fail", "runtime error")
    ]
    return DbtRun(
        success=bool(res.success),
        events=events,
        failed=failed,
        exception=res.exception,
        elapsed_s=time.perf_counter() - started,
        parsed=parsed,
    )
