"""Readers never blocked, never see half a refresh; one writer at a time (issue 6).

A reader process queries the published file in a loop (a fresh read-only connection each
time) while refreshes run: two started together (the second must wait for the first) and a
document added in between. Every read must succeed and see a complete state: every table's
row count and checksum equal the manifest written in the same file. A connection left open
across the refreshes must not block them and keeps its own consistent snapshot."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import duckdb
import pytest

from crimestats.config import Settings
from crimestats.locking import warehouse_lock
from crimestats.publish import table_checksums as manifest_checksums
from crimestats.publish import verify
from tests.bad_corpus import article
from tests.conftest import PROJECT_ROOT, copy_seed_documents, make_settings, query

BOUND = 600  # upper bound for any wait; never asserted on

READER = textwrap.dedent(
    """
    import json, os, sys
    import duckdb
    from crimestats.publish import table_checksums
    wh, stop, out = sys.argv[1:4]
    reads, errors, states = 0, [], []
    while not os.path.exists(stop):
        try:
            con = duckdb.connect(wh, read_only=True)
            try:
                manifest = {t: (int(n), int(h)) for t, n, h in con.execute(
                    "select table_name, row_count, checksum from meta.publish_manifest").fetchall()}
                catalog = con.execute("select current_database()").fetchone()[0]
                actual = table_checksums(con, catalog)
                published_at = str(con.execute("select published_at from meta.publish_info").fetchone()[0])
                docs = con.execute("select count(*) from raw.documents").fetchone()[0]
                facts = con.execute("select count(*) from marts.fct_offence_statistics").fetchone()[0]
            finally:
                con.close()
            if actual != manifest or not any(t.startswith("marts.") for t in manifest):
                errors.append(f"inconsistent read at {published_at}: "
                              f"{sorted(set(actual.items()) ^ set(manifest.items()))[:3]}")
            reads += 1
            state = [published_at, docs, facts]
            if not states or states[-1] != state:
                states.append(state)
        except Exception as exc:  # any error at all is a failure of the test
            errors.append(repr(exc))
    json.dump({"reads": reads, "errors": errors, "states": states}, open(out, "w"))
    """
)


def _env(s: Settings, **extra: str) -> dict[str, str]:
    env = {
        **os.environ,
        "CRIME_DOCUMENTS_DIR": str(s.documents_dir),
        "CRIME_WAREHOUSE": str(s.warehouse),
        "CRIME_OFFICIAL_DIR": str(s.official_dir),
        **extra,
    }
    env.pop("DAGSTER_HOME", None)
    return env


class Refresh:
    """A `crimestats refresh` process whose output lines are recorded, in arrival order,
    into a log shared with other Refresh processes."""

    def __init__(
        self, s: Settings, name: str, log: list, lock: threading.Lock, *args: str, **env: str
    ) -> None:
        self.name = name
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "crimestats.cli", "refresh", *args],
            cwd=PROJECT_ROOT,
            env=_env(s, **env),
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        self.lines: list[str] = []

        def pump() -> None:
            for line in self.proc.stdout:
                with lock:
                    log.append((name, line))
                    self.lines.append(line)

        self.thread = threading.Thread(target=pump, daemon=True)
        self.thread.start()

    def wait(self) -> int:
        self.proc.wait(BOUND)
        self.thread.join(BOUND)
        return self.proc.returncode

    @property
    def output(self) -> str:
        return "".join(self.lines)


@pytest.fixture(scope="module")
def published(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    s = make_settings(tmp_path_factory.mktemp("concurrency"))
    copy_seed_documents(s.documents_dir, official=False)
    r = Refresh(s, "initial", [], threading.Lock())
    assert r.wait() == 0, r.output
    return s


def test_readers_are_never_blocked_and_refreshes_take_turns(
    published: Settings, tmp_path: Path
) -> None:
    s = published
    stop, result = tmp_path / "stop", tmp_path / "reads.json"
    reader = subprocess.Popen(
        [sys.executable, "-c", READER, str(s.warehouse), str(stop), str(result)],
        cwd=PROJECT_ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    # a query left open for the whole test, like a notebook that never disconnects
    held = duckdb.connect(str(s.warehouse), read_only=True)
    held_before = held.execute("select count(*), max(file_name) from raw.documents").fetchone()
    log: list[tuple[str, str]] = []
    lock = threading.Lock()
    try:
        first = Refresh(s, "first", log, lock, "--force")
        # once the first run is ingesting, drop in a new document and start a second refresh
        for _ in range(int(BOUND / 0.05)):
            if "ingest_documents" in first.output or first.proc.poll() is not None:
                break
            threading.Event().wait(0.05)
        assert "ingest_documents" in first.output, first.output
        (s.documents_dir / "swindon-2022.txt").write_text(article("Swindon", 1_204, 1_075))
        second = Refresh(s, "second", log, lock)
        assert first.wait() == 0, first.output
        assert second.wait() == 0, second.output
    finally:
        stop.touch()
        reader.wait(BOUND)
    reads = json.loads(result.read_text())

    # one writer at a time: every Dagster event of the second run comes after the first's
    events = [name for name, line in log if " - dagster - " in line]
    assert "first" in events and "second" in events
    assert events.index("second") > len(events) - 1 - events[::-1].index("first")
    assert "nothing to do" not in second.output  # the second run saw the new document

    # readers: no errors, complete states only, and they did see the refreshes happen
    assert reads["errors"] == []
    assert reads["reads"] >= 3
    doc_counts = [st[1] for st in reads["states"]]
    assert doc_counts[0] == 2 and doc_counts[-1] == 3, reads["states"]
    assert len({st[0] for st in reads["states"]}) >= 2  # more than one publication was read

    # the connection left open never blocked a refresh and still sees its own snapshot
    assert (
        held.execute("select count(*), max(file_name) from raw.documents").fetchone() == held_before
    )
    catalog = held.execute("select current_database()").fetchone()[0]
    held_manifest = {
        t: (int(n), int(h))
        for t, n, h in held.execute(
            "select table_name, row_count, checksum from meta.publish_manifest"
        ).fetchall()
    }
    assert manifest_checksums(held, catalog) == held_manifest
    held.close()

    verify(s.warehouse)
    assert query(s.warehouse, "select count(*) from raw.documents") == [(3,)]
    assert query(
        s.warehouse,
        "select count, document_ids from marts.fct_offence_statistics where area = 'Swindon' "
        "and source = 'news' and offence = 'burglary' and period_start = date '2021-04-01'",
    ) == [(1204, ["swindon-2022.txt"])]
    # written in a storage version DuckDB 1.x clients can open (see docs/operating.md)
    assert query(
        s.warehouse, "select tags['storage_version'] from duckdb_databases() where not internal"
    ) == [("v1.0.0+",)]


def test_a_refresh_that_cannot_get_the_lock_is_skipped_with_a_clear_message(
    published: Settings,
) -> None:
    s = published
    before = hashlib.sha256(s.warehouse.read_bytes()).hexdigest()
    (s.documents_dir / "late.txt").write_text(article("Leeds", 2_000, 1_900))
    code = (
        "from crimestats.locking import warehouse_lock, WarehouseBusy\n"
        "import sys\n"
        "try:\n"
        f"    with warehouse_lock({str(s.lock_path)!r}, timeout=0): pass\n"
        "except WarehouseBusy as e:\n"
        "    print(e); sys.exit(3)\n"
    )

    def lock_from_another_process() -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-c", code],
            cwd=PROJECT_ROOT,
            capture_output=True,
            text=True,
            timeout=BOUND,
        )

    try:
        with warehouse_lock(s.lock_path):  # another writer holds the warehouse
            r = Refresh(s, "blocked", [], threading.Lock(), CRIME_LOCK_TIMEOUT="1")
            assert r.wait() == 3, r.output
            # within one process the lock is re-entrant; from another one it is exclusive
            other = lock_from_another_process()
            assert other.returncode == 3, other.stdout + other.stderr
    finally:
        (s.documents_dir / "late.txt").unlink()
    assert "skipped: another refresh is writing the warehouse" in r.output
    assert "try again when it has finished" in r.output
    assert "another refresh is writing the warehouse" in other.stdout
    # nothing was written: the published file is the same bytes and still verifies
    assert hashlib.sha256(s.warehouse.read_bytes()).hexdigest() == before
    verify(s.warehouse)
    # once released, another process gets the lock at once
    again = lock_from_another_process()
    assert again.returncode == 0, again.stdout + again.stderr
