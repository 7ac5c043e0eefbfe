"""Crash safety (issue 6): a refresh process is killed with SIGKILL during ingestion,
extraction, dbt and publication. Each kill point is reached by watching the real process
(its Dagster step events, dbt's progress lines, the publish temp file appearing), never by
hooks in the product. After every kill the file users query is byte-for-byte the previous
publication and verifies against its manifest; the next refresh completes and leaves exactly
what an uninterrupted run with the same inputs leaves; leftovers are cleaned up."""

from __future__ import annotations

import hashlib
import os
import queue
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from crimestats.config import Settings
from crimestats.publish import verify
from tests.bad_corpus import MB, article
from tests.conftest import (
    AUDIT_COLUMNS,
    PROJECT_ROOT,
    copy_seed_documents,
    make_settings,
    table_checksums,
)

# force=True so every crash run really runs; DEBUG so Dagster prints STEP_START/STEP_SUCCESS.
RUNNER = (
    "import sys; from orchestration.runner import refresh; "
    "r = refresh(force=True, log_level='DEBUG'); sys.exit(0 if r.success else 1)"
)
BOUND = 600  # seconds: upper bound on any single wait, never an assertion


def _env(s: Settings) -> dict[str, str]:
    env = {
        **os.environ,
        "CRIME_DOCUMENTS_DIR": str(s.documents_dir),
        "CRIME_WAREHOUSE": str(s.warehouse),
        "CRIME_OFFICIAL_DIR": str(s.official_dir),
    }
    env.pop("DAGSTER_HOME", None)
    return env


def _inputs(s: Settings, with_new_document: bool) -> None:
    copy_seed_documents(s.documents_dir, official=False)
    # Rejected binary blobs are re-read by every ingestion, so ingestion takes a while.
    for i in range(5):
        (s.documents_dir / f"blob-{i}.bin").write_bytes(b"\x00\x01" * (8 * MB) + bytes([i]))
    if with_new_document:
        filler = "Nothing of note happened in the town today, the council said again. " * 15 + "\n"
        # about 200 kB of text after the article, so extraction takes a moment
        (s.documents_dir / "long report.txt").write_text(
            article("Swindon", 1_204, 1_075) + filler * (200_000 // len(filler))
        )
    for p in s.documents_dir.iterdir():  # same mtimes in every folder: mtime_ns is recorded
        os.utime(p, ns=(1_700_000_000 * 10**9, 1_700_000_000 * 10**9))


def _cli_refresh(s: Settings, *args: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "crimestats.cli", "refresh", *args],
        cwd=PROJECT_ROOT,
        env=_env(s),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


def _finish(proc: subprocess.Popen) -> str:
    out, _ = proc.communicate(timeout=BOUND)
    assert proc.returncode == 0, out[-4000:]
    return out


def _kill_when(s: Settings, trigger: Callable[[list[str]], bool]) -> list[str]:
    """Run a forced refresh and SIGKILL its whole process group (dbt included) as soon as
    `trigger(lines so far)` is true. Returns the output; fails if the run ended first."""
    proc = subprocess.Popen(
        [sys.executable, "-c", RUNNER],
        cwd=PROJECT_ROOT,
        env=_env(s),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
    )
    q: queue.Queue[str | None] = queue.Queue()

    def pump() -> None:
        for line in proc.stdout:
            q.put(line)
        q.put(None)

    reader = threading.Thread(target=pump, daemon=True)
    reader.start()
    lines: list[str] = []
    killed = False
    deadline = time.monotonic() + BOUND
    try:
        while time.monotonic() < deadline:
            try:
                line = q.get(timeout=0.002)
            except queue.Empty:
                line = ""
            if line is None:
                break
            if line:
                lines.append(line)
            if trigger(lines):
                os.killpg(proc.pid, signal.SIGKILL)
                killed = True
                break
    finally:
        if not killed:
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(BOUND)
        reader.join(BOUND)
    while not q.empty():
        line = q.get()
        if line:
            lines.append(line)
    assert killed, "the refresh ended before the kill point:\n" + "".join(lines[-40:])
    assert proc.returncode == -signal.SIGKILL
    return lines


def _started(lines: list[str], step: str) -> bool:
    return any(f" - {step} - STEP_START" in ln for ln in lines)


def _succeeded(lines: list[str], step: str) -> bool:
    return any(f" - {step} - STEP_SUCCESS" in ln for ln in lines)


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _no_dbt_left(s: Settings) -> None:
    """Killing the group took dbt down too: no process is still writing the build file."""
    for pid in os.listdir("/proc"):
        if not pid.isdigit():
            continue
        try:
            env = Path(f"/proc/{pid}/environ").read_bytes()
        except OSError:
            continue
        assert f"CRIME_WAREHOUSE={s.warehouse}".encode() not in env, f"process {pid} survived"


@pytest.fixture(scope="module")
def crash_setup(tmp_path_factory: pytest.TempPathFactory) -> tuple[Settings, Settings]:
    """`victim`: published once without the new document, then given it; `reference`: an
    uninterrupted refresh of the same final inputs, for comparison. Built in parallel."""
    victim = make_settings(tmp_path_factory.mktemp("victim"))
    reference = make_settings(tmp_path_factory.mktemp("reference"))
    _inputs(victim, with_new_document=False)
    _inputs(reference, with_new_document=True)
    procs = [_cli_refresh(victim), _cli_refresh(reference)]
    for p in procs:
        _finish(p)
    _inputs(victim, with_new_document=True)
    return victim, reference


def test_sigkill_at_every_phase_then_recover(crash_setup: tuple[Settings, Settings]) -> None:
    s, ref = crash_setup
    target = s.warehouse
    published_sha = _sha(target)
    published_sums = table_checksums(target, AUDIT_COLUMNS)
    tmp_glob = f".{target.name}.publish-*.tmp*"
    build_wal = s.build_path.with_name(s.build_path.name + ".wal")

    def dbt_models_done(lines: list[str]) -> int:
        return sum(" OK created sql " in ln for ln in lines)

    phases: list[tuple[str, str, Callable[[list[str]], bool]]] = [
        ("ingestion", "ingest_documents", lambda ls: _started(ls, "ingest_documents")),
        (
            "extraction",
            "raw__statistic_mentions",
            lambda ls: _started(ls, "raw__statistic_mentions"),
        ),
        ("dbt", "crime_stats_dbt_assets", lambda ls: dbt_models_done(ls) >= 4),
        (
            "publish",
            "warehouse__published",
            lambda ls: _started(ls, "warehouse__published") and any(target.parent.glob(tmp_glob)),
        ),
    ]
    for phase, step, trigger in phases:
        lines = _kill_when(s, trigger)
        out = "".join(lines)
        # the kill landed inside the phase: it had started and not finished
        assert not _succeeded(lines, step), f"{phase}: step finished before the kill\n{out[-3000:]}"
        if phase == "dbt":
            assert _succeeded(lines, "raw__statistic_mentions")  # got past the earlier crashes
        if phase == "publish":
            assert _succeeded(lines, "crime_stats_dbt_assets")
            assert any(target.parent.glob(tmp_glob)), "the publish temp file was left behind"
        _no_dbt_left(s)
        # the file users query was never touched: same bytes, verifies against its manifest
        assert _sha(target) == published_sha, phase
        verify(target)
        assert table_checksums(target, AUDIT_COLUMNS) == published_sums

    # the next refresh (not forced: the published signature is stale) completes ...
    out = _finish(_cli_refresh(s))
    assert "nothing to do" not in out
    # ... and leaves exactly what an uninterrupted run with the same inputs leaves
    verify(target)
    assert table_checksums(target, AUDIT_COLUMNS) == table_checksums(ref.warehouse, AUDIT_COLUMNS)
    assert table_checksums(target, AUDIT_COLUMNS) != published_sums  # the new document is in
    assert not list(target.parent.glob(tmp_glob)), "leftover publish temp files"
    assert not build_wal.exists(), "the build file's WAL was not checkpointed"
    # nothing stale from killed dbt runs (dbt's __dbt_tmp / __dbt_backup relations)
    from tests.conftest import query

    stray = query(
        target,
        "select table_name from duckdb_tables() where table_name like '%__dbt_%' "
        "union all select view_name from duckdb_views() where view_name like '%__dbt_%'",
    )
    assert stray == []
