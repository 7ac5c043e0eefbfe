"""Benchmarks of the crime-stats warehouse: `make bench` (or `python benchmarks/run.py`).

Sections (choose with --sections, sizes with --sizes):
  full         full refresh of a fresh warehouse at each N: wall time, CPU time, peak memory
               (max RSS of the refresh process and its dbt subprocess), time per phase
               (ingest, official, extract, dbt build, checks, charts, publish, start-up),
               documents and rows per second
  incremental  add ONE new document to the warehouse of the smallest and of the largest N,
               refresh, and compare (ratio largest/smallest; target <= 1.2); also remove it;
               --incremental-repeats rounds (default 3), medians reported
  overhead     the same `dbt build` through Dagster (only the dbt assets) and plain
               (`dbt build` in a subprocess), on the largest warehouse: ratio (target <= 1.3)
  official     the 2018-04 all-forces data.police.uk street files (../shared) loaded by
               crimestats.official.ingest_official, the product's loader: rows per second
               (target >= 1,000,000), next to DuckDB's bare CSV reader on the same files;
               then a full refresh with that folder as CRIME_OFFICIAL_DIR (assets and models)
  queries      the README's three queries on the largest warehouse: median latency

Every refresh runs in a subprocess of its own, as `crimestats refresh` does, so start-up is
counted and peak memory is that process's (and its children's) max RSS. What a worker does
after its refresh for the benchmark's own sake (reading the run's events, counting rows) is
timed and subtracted from the process's wall time. Results are printed
as a table and written to benchmarks/results/bench.json with the machine they ran on.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = Path(__file__).resolve().parent
sys.path[:0] = [str(ROOT), str(BENCH)]

import corpus  # noqa: E402

SECTIONS = ("full", "incremental", "overhead", "official", "queries")
OFFICIAL_2018_04 = ROOT.parent / "shared" / "data" / "official" / "data-police-uk" / "2018-04"
SEED_OFFICIAL = ROOT / "seeds" / "official"
PHASES = ("startup", "ingest", "official", "extract", "dbt", "checks", "charts", "publish", "other")
TARGETS = {
    "full_refresh_10000_s": 60.0,
    "incremental_s": 10.0,
    "incremental_ratio": 1.2,
    "orchestration_ratio": 1.3,
    "official_rows_per_s": 1_000_000,
}


# --------------------------------------------------------------------------- machine


def machine_info() -> dict:
    import duckdb

    cpu = platform.processor()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = None
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                mem = round(int(line.split()[1]) / 1024 / 1024, 1)
    except OSError:
        pass

    def version(dist: str) -> str | None:
        from importlib.metadata import PackageNotFoundError
        from importlib.metadata import version as v

        try:
            return v(dist)
        except PackageNotFoundError:
            return None

    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "ram_gib": mem,
        "os": platform.platform(),
        "python": platform.python_version(),
        "duckdb": duckdb.__version__,
        "dagster": version("dagster"),
        "dagster-dbt": version("dagster-dbt"),
        "dbt-core": version("dbt-core"),
        "dbt-duckdb": version("dbt-duckdb"),
        "load_average_at_start": list(os.getloadavg()),
    }


# --------------------------------------------------------------------------- subprocesses


def bench_env(root: Path, docs: Path, official: Path) -> dict[str, str]:
    """Environment of one benchmark warehouse: its own documents, warehouse, Dagster home."""
    home = root / "dagster_home"
    home.mkdir(parents=True, exist_ok=True)
    shutil.copy(ROOT / "orchestration" / "dagster.yaml", home / "dagster.yaml")
    env = dict(os.environ)
    env.update(
        CRIME_DOCUMENTS_DIR=str(docs),
        CRIME_WAREHOUSE=str(root / "warehouse" / "crime.duckdb"),
        CRIME_OFFICIAL_DIR=str(official),
        DAGSTER_HOME=str(home),
        PYTHONUNBUFFERED="1",
    )
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
    return env


def run_child(args: list[str], env: dict[str, str], log: Path, cwd: Path = ROOT) -> dict:
    """Run a process to the end; wall time, CPU time and max RSS (its own or its
    descendants', whichever is larger: Linux wait4 semantics)."""
    with log.open("ab") as out:
        t0 = time.perf_counter()
        proc = subprocess.Popen(args, env=env, cwd=cwd, stdout=out, stderr=subprocess.STDOUT)
        _, status, ru = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - t0
    proc.returncode = os.waitstatus_to_exitcode(status)
    return {
        "wall_s": wall,
        "cpu_s": ru.ru_utime + ru.ru_stime,
        "max_rss_mib": ru.ru_maxrss / 1024,
        "returncode": proc.returncode,
    }


def worker(kind: str, env: dict[str, str], log: Path, *extra: str) -> dict:
    """Run one of this file's workers (below) in a subprocess; merge its JSON report."""
    fd, out = tempfile.mkstemp(suffix=".json")
    os.close(fd)
    try:
        res = run_child(
            [sys.executable, str(Path(__file__).resolve()), "--worker", kind, "--out", out, *extra],
            env,
            log,
        )
        text = Path(out).read_text()
        res.update(json.loads(text) if text else {})
        res["wall_s"] -= res.get("bookkeeping_s", 0.0)
    finally:
        Path(out).unlink(missing_ok=True)
    if res["returncode"] != 0 or not res.get("success", True):
        raise RuntimeError(f"{kind} failed (exit {res['returncode']}); see {log}")
    return res


# --------------------------------------------------------------------------- workers
# These run inside the subprocess. They import the product only there, so the parent's
# imports never count and each measurement pays its own start-up.


STEP_PHASES = {
    "ingest_documents": "ingest",
    "ingest_official": "official",
    "raw__statistic_mentions": "extract",
    "statistic_mentions": "extract",
    "crime_stats_dbt_assets": "dbt",
    "warehouse__published": "publish",
    "published_warehouse": "publish",
}


def _phase_of(step: str) -> str:
    """Phase of a Dagster step key; asset checks are steps of their own."""
    if step in STEP_PHASES:
        return STEP_PHASES[step]
    if step.startswith("reports__") or "chart" in step:
        return "charts"
    return "checks"


def _run_timings(instance) -> dict:  # noqa: ANN001 - DagsterInstance
    """Step durations of the latest run, from its event log."""
    from dagster import DagsterEventType as T

    record = instance.get_run_records(limit=1)[0]
    run_id = record.dagster_run.run_id
    starts: dict[str, float] = {}
    steps: dict[str, float] = {}
    run_start = run_end = None
    for entry in instance.all_logs(run_id):
        ev = entry.dagster_event
        if ev is None:
            continue
        if ev.event_type == T.RUN_START:
            run_start = entry.timestamp
        elif ev.event_type in (T.RUN_SUCCESS, T.RUN_FAILURE):
            run_end = entry.timestamp
        elif ev.event_type == T.STEP_START:
            starts[ev.step_key] = entry.timestamp
        elif ev.event_type in (T.STEP_SUCCESS, T.STEP_FAILURE) and ev.step_key in starts:
            steps[ev.step_key] = entry.timestamp - starts[ev.step_key]
    return {
        "run_id": run_id,
        "run_s": (run_end - run_start) if run_start and run_end else None,
        "steps": steps,
    }


def _dbt_timings(instance, run_id: str) -> dict:  # noqa: ANN001 - DagsterInstance
    """dbt's timing of the run's dbt build, as Dagster recorded it: the step's "dbt build: N
    nodes in X s" log line and each model's "Execution Duration" metadata."""
    from dagster import DagsterEventType as T

    elapsed = nodes = None
    durations: list[tuple[str, float]] = []
    for entry in instance.all_logs(run_id):
        m = re.match(r"dbt build: (\d+) nodes in ([\d.]+) s", entry.user_message or "")
        if m:
            nodes, elapsed = int(m.group(1)), float(m.group(2))
        ev = entry.dagster_event
        if ev is not None and ev.event_type == T.ASSET_MATERIALIZATION:
            mat = ev.event_specific_data.materialization
            value = mat.metadata.get("Execution Duration")
            if value is not None:
                durations.append((mat.asset_key.path[-1], float(value.value)))
    durations.sort(key=lambda t: -t[1])
    return {"dbt_elapsed_s": elapsed, "dbt_nodes": nodes, "dbt_slowest": durations[:8]}


def _table_counts(path: Path) -> dict[str, int]:
    import duckdb

    conn = duckdb.connect(str(path), read_only=True)
    try:
        return dict(
            conn.execute("select table_name, row_count from meta.publish_manifest").fetchall()
        )
    finally:
        conn.close()


def worker_refresh(out: Path) -> None:
    t_import = time.perf_counter()
    from dagster import DagsterInstance

    from crimestats.config import settings
    from orchestration.runner import refresh

    imported = time.perf_counter()
    s = settings()
    instance = DagsterInstance.get()
    t0 = time.perf_counter()
    report = refresh(s, instance=instance)
    t1 = time.perf_counter()
    res = {
        "import_s": imported - t_import,
        "refresh_s": t1 - t0,
        "ran": report.ran,
        "success": report.success,
        "checks_passed": report.checks_passed,
        "checks_warned": len(report.checks_warned),
        "checks_failed": report.checks_failed,
    }
    if report.ran:
        res.update(_run_timings(instance))
        res.update(_dbt_timings(instance, res["run_id"]))
    if s.warehouse.exists():
        res["tables"] = _table_counts(s.warehouse)
    # reading the run's events and counting rows is the benchmark's, not the refresh's:
    # run_child subtracts it from the process's wall time
    res["bookkeeping_s"] = time.perf_counter() - t1
    out.write_text(json.dumps(res))


def worker_dagster_dbt(out: Path) -> None:
    """Only the dbt assets, through Dagster (what a UI materialisation of them runs)."""
    t_import = time.perf_counter()
    from dagster import DagsterInstance, materialize

    from crimestats.config import export_for_dbt, settings
    from orchestration.assets.dbt import crime_stats_dbt_assets
    from orchestration.resources import resources_for

    imported = time.perf_counter()
    s = settings()
    export_for_dbt(s)
    instance = DagsterInstance.get()
    t0 = time.perf_counter()
    # The same build as plain `dbt build` below: every node, incremental models from scratch.
    result = materialize(
        [crime_stats_dbt_assets],
        resources=resources_for(s),
        instance=instance,
        raise_on_error=False,
        run_config={"ops": {"crime_stats_dbt_assets": {"config": {"full_build": True}}}},
    )
    t1 = time.perf_counter()
    res = {
        "import_s": imported - t_import,
        "materialize_s": t1 - t0,
        "success": result.success,
    }
    res.update(_run_timings(instance))
    res.update(_dbt_timings(instance, res["run_id"]))
    res["bookkeeping_s"] = time.perf_counter() - t1
    out.write_text(json.dumps(res))


def worker_official(out: Path, folder: Path) -> None:
    """crimestats.official.ingest_official into a fresh DuckDB file created as the product
    creates its build file (storage version v1.0.0), then, in the same run, the same files
    (a) read by DuckDB's CSV reader into a table of another such file (no checks) and (b)
    only parsed by it (count(*) over read_csv with the loader's declared columns: the
    reader's own speed, without writing the table)."""
    import duckdb

    from crimestats.official import STREET_COLUMNS, ensure_official_schema, ingest_official
    from crimestats.publish import create_build_file

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "official.duckdb"
        create_build_file(path)
        conn = duckdb.connect(str(path))
        ensure_official_schema(conn)
        t0 = time.perf_counter()
        summary = ingest_official(conn, folder)
        load_s = time.perf_counter() - t0
        rows = conn.execute("select count(*) from raw.official_street_crimes").fetchone()[0]
        t0 = time.perf_counter()
        again = ingest_official(conn, folder)
        unchanged_s = time.perf_counter() - t0
        conn.close()

        files = sorted(str(p) for p in folder.glob("*-street.csv"))
        bare = Path(tmp) / "bare.duckdb"
        create_build_file(bare)
        conn = duckdb.connect(str(bare))
        t0 = time.perf_counter()
        conn.execute("create table t as select * from read_csv(?)", [files])
        bare_s = time.perf_counter() - t0
        bare_rows = conn.execute("select count(*) from t").fetchone()[0]
        t0 = time.perf_counter()
        parsed = conn.execute(
            "select count(*) from read_csv(?, header = true, auto_detect = false, columns = ?)",
            [files, STREET_COLUMNS],
        ).fetchone()[0]
        parse_s = time.perf_counter() - t0
        conn.close()
    out.write_text(
        json.dumps(
            {
                "files": summary.files_seen,
                "rejected": summary.rejected,
                "rows": int(rows),
                "load_s": load_s,
                "rows_per_s": rows / load_s,
                "unchanged_rescan_s": unchanged_s,
                "unchanged_files": again.unchanged,
                "bare_read_csv_s": bare_s,
                "bare_rows": int(bare_rows),
                "bare_rows_per_s": bare_rows / bare_s,
                "parse_only_s": parse_s,
                "parse_only_rows_per_s": parsed / parse_s,
            }
        )
    )


# --------------------------------------------------------------------------- sections


def phases_of(res: dict) -> dict[str, float]:
    out = dict.fromkeys(PHASES, 0.0)
    for step, secs in res.get("steps", {}).items():
        out[_phase_of(step)] += secs
    run_s = res.get("run_s") or sum(res.get("steps", {}).values())
    out["other"] = max(0.0, run_s - sum(v for k, v in out.items() if k != "other"))
    out["startup"] = max(0.0, res["wall_s"] - run_s)
    return out


class Bench:
    def __init__(self, args: argparse.Namespace, workdir: Path) -> None:
        self.args = args
        self.workdir = workdir
        self.log = workdir / "bench.log"
        self.results: dict = {"machine": machine_info(), "targets": TARGETS, "sections": {}}
        self.warehouses: dict[int, dict[str, str]] = {}

    def say(self, msg: str) -> None:
        print(msg, flush=True)

    # ---- corpus + full refresh
    def corpus_for(self, n: int) -> tuple[Path, Path, Path]:
        root = self.workdir / f"n{n}"
        if root.exists():
            shutil.rmtree(root)
        docs, gold = corpus.write_corpus(n, root / "corpus", self.args.seed)
        return root, docs, gold

    def full(self) -> None:
        rows = []
        for n in self.args.sizes:
            root, docs, _gold = self.corpus_for(n)
            env = bench_env(root, docs, self.args.official_dir)
            self.warehouses[n] = env
            self.say(f"full refresh, N = {n:,} ...")
            res = worker("refresh", env, self.log)
            ph = phases_of(res)
            tables = res.get("tables", {})
            total_rows = sum(tables.values())
            mentions = tables.get("raw.statistic_mentions", 0)
            rows.append(
                {
                    "documents": n,
                    "wall_s": res["wall_s"],
                    "cpu_s": res["cpu_s"],
                    "max_rss_mib": res["max_rss_mib"],
                    "phases_s": ph,
                    "documents_per_s": n / res["wall_s"],
                    "mentions": mentions,
                    "mentions_per_s": mentions / res["wall_s"],
                    "rows_published": total_rows,
                    "rows_published_per_s": total_rows / res["wall_s"],
                    "dbt_elapsed_s": res.get("dbt_elapsed_s"),
                    "dbt_slowest": res.get("dbt_slowest"),
                    "import_s": res.get("import_s"),
                    "checks_passed": res.get("checks_passed"),
                    "checks_failed": res.get("checks_failed"),
                    "steps_s": res.get("steps"),
                }
            )
        self.results["sections"]["full"] = rows

    # ---- incremental
    def incremental(self) -> None:
        if not self.warehouses:
            raise SystemExit("the incremental section needs the full section (same run)")
        sizes = sorted(self.warehouses)
        pick = sorted({sizes[0], sizes[-1]})
        out = {}
        for n in pick:
            env = self.warehouses[n]
            docs = Path(env["CRIME_DOCUMENTS_DIR"])
            adds, removes, noops, present, gone = [], [], [], [], []
            for r in range(self.args.incremental_repeats):
                # the next document of this corpus (another one each round)
                extra = corpus.document(self.args.seed, n + r)
                path = corpus.write_document(extra, docs)
                self.say(f"incremental refresh, one new document on N = {n:,} (round {r + 1}) ...")
                adds.append(worker("refresh", env, self.log))
                present.append(_facts_of(env, extra.name))
                noops.append(worker("refresh", env, self.log))
                path.unlink()
                self.say(f"incremental refresh, the document removed again on N = {n:,} ...")
                removes.append(worker("refresh", env, self.log))
                gone.append(_facts_of(env, extra.name))
            add = _median_run(adds)
            out[str(n)] = {
                "add_wall_s": add["wall_s"],
                "add_cpu_s": statistics.median(r["cpu_s"] for r in adds),
                "add_phases_s": phases_of(add),
                "add_max_rss_mib": max(r["max_rss_mib"] for r in adds),
                "all_add_wall_s": [r["wall_s"] for r in adds],
                "facts_from_new_document": present,
                "unchanged_wall_s": statistics.median(r["wall_s"] for r in noops),
                "unchanged_ran": any(r.get("ran") for r in noops),
                "remove_wall_s": _median_run(removes)["wall_s"],
                "all_remove_wall_s": [r["wall_s"] for r in removes],
                "remove_phases_s": phases_of(_median_run(removes)),
                "facts_left_after_removal": gone,
                "dbt_slowest_on_add": add.get("dbt_slowest"),
            }
        if len(pick) == 2:
            small, large = (out[str(n)] for n in pick)
            out["ratio_add_wall"] = large["add_wall_s"] / small["add_wall_s"]
            out["ratio_add_cpu"] = large["add_cpu_s"] / small["add_cpu_s"]
            out["ratio_remove_wall"] = large["remove_wall_s"] / small["remove_wall_s"]
            out["sizes"] = pick
            out["rounds"] = self.args.incremental_repeats
        self.results["sections"]["incremental"] = out

    # ---- orchestration overhead
    def overhead(self) -> None:
        if not self.warehouses:
            raise SystemExit("the overhead section needs the full section (same run)")
        n = max(self.warehouses)
        env = dict(self.warehouses[n])
        root = Path(env["CRIME_WAREHOUSE"]).parent.parent
        # Plain dbt gets its own target folder (not the project's, which holds the prepared
        # manifest) seeded with the prepared partial-parse file, as dagster-dbt does.
        target = root / "plain-dbt-target"
        target.mkdir(parents=True, exist_ok=True)
        pp = ROOT / "dbt_project" / "target" / "partial_parse.msgpack"
        if pp.exists():
            shutil.copy(pp, target / "partial_parse.msgpack")
        dbt = str(Path(sys.executable).parent / "dbt")
        plain_cmd = [
            dbt, "build", "--exclude-resource-type", "unit_test", "--full-refresh",
            "--log-level-file", "warn", "--no-write-json",
            "--project-dir", str(ROOT / "dbt_project"),
            "--profiles-dir", str(ROOT / "dbt_project"), "--target-path", str(target),
        ]  # fmt: skip
        env_dbt = dict(env)
        env_dbt["CRIME_WAREHOUSE"] = str(Path(env["CRIME_WAREHOUSE"]).resolve())
        plain, dag = [], []
        for i in range(self.args.repeats):
            self.say(f"orchestration overhead on N = {n:,}, round {i + 1}/{self.args.repeats} ...")
            r = run_child(plain_cmd, env_dbt, self.log, cwd=ROOT / "dbt_project")
            if r["returncode"] != 0:
                raise RuntimeError(f"plain dbt build failed; see {self.log}")
            plain.append(r)
            dag.append(worker("dagster-dbt", env, self.log))
        p = statistics.median(r["wall_s"] for r in plain)
        d = statistics.median(r["wall_s"] for r in dag)
        self.results["sections"]["overhead"] = {
            "documents": n,
            "rounds": self.args.repeats,
            "plain_dbt_wall_s": p,
            "plain_dbt_cpu_s": statistics.median(r["cpu_s"] for r in plain),
            "dagster_wall_s": d,
            "dagster_cpu_s": statistics.median(r["cpu_s"] for r in dag),
            "dagster_import_s": statistics.median(r["import_s"] for r in dag),
            "dagster_step_s": statistics.median(
                sum(r["steps"].values()) for r in dag if r.get("steps")
            ),
            "ratio_wall": d / p,
            "all_plain_wall_s": [r["wall_s"] for r in plain],
            "all_dagster_wall_s": [r["wall_s"] for r in dag],
        }

    # ---- official data
    def official(self) -> None:
        folder = OFFICIAL_2018_04
        if not folder.is_dir():
            self.say(f"official: {folder} not found, skipped")
            return
        env = dict(os.environ)
        self.say("official data: loader on the 2018-04 street files ...")
        res = worker("official", env, self.workdir / "bench.log", str(folder))
        # The same files through the assets and models: a refresh with only 10 documents.
        root = self.workdir / "official"
        if root.exists():
            shutil.rmtree(root)
        docs, _ = corpus.write_corpus(10, root / "corpus", self.args.seed)
        street = root / "official"
        street.mkdir(parents=True)
        for p in sorted(folder.glob("*-street.csv")):
            os.symlink(p, street / p.name)
        self.say("official data: full refresh with the 2018-04 street files ...")
        ref = worker("refresh", bench_env(root, docs, street), self.log)
        res["refresh_wall_s"] = ref["wall_s"]
        res["refresh_max_rss_mib"] = ref["max_rss_mib"]
        res["refresh_phases_s"] = phases_of(ref)
        res["refresh_dbt_slowest"] = ref.get("dbt_slowest")
        self.results["sections"]["official"] = res

    # ---- queries
    def queries(self) -> None:
        import duckdb

        if not self.warehouses:
            raise SystemExit("the queries section needs the full section (same run)")
        n = max(self.warehouses)
        path = Path(self.warehouses[n]["CRIME_WAREHOUSE"])
        out = []
        conn = duckdb.connect(str(path), read_only=True)
        try:
            for i, sql in enumerate(readme_queries(), 1):
                times = []
                try:
                    rows = len(conn.execute(sql).fetchall())
                    for _ in range(self.args.query_repeats):
                        t0 = time.perf_counter()
                        conn.execute(sql).fetchall()
                        times.append(time.perf_counter() - t0)
                    out.append(
                        {
                            "query": i,
                            "rows": rows,
                            "median_ms": statistics.median(times) * 1000,
                            "min_ms": min(times) * 1000,
                            "sql": sql,
                        }
                    )
                except duckdb.Error as e:
                    out.append({"query": i, "error": str(e).splitlines()[0], "sql": sql})
        finally:
            conn.close()
        self.results["sections"]["queries"] = {"documents": n, "queries": out}


def _facts_of(env: dict[str, str], document: str) -> int:
    return _query(
        Path(env["CRIME_WAREHOUSE"]),
        "select count(*) from marts.fct_offence_statistics where list_contains(document_ids, ?)",
        [document],
    )


def _median_run(runs: list[dict]) -> dict:
    """The run with the median wall time (the lower middle one of an even number)."""
    ranked = sorted(runs, key=lambda r: r["wall_s"])
    return ranked[(len(ranked) - 1) // 2]


def _query(path: Path, sql: str, params: list) -> int:
    import duckdb

    conn = duckdb.connect(str(path), read_only=True)
    try:
        return int(conn.execute(sql, params).fetchone()[0])
    finally:
        conn.close()


def readme_queries() -> list[str]:
    """The SQL of README.md's "Three queries a user would run"."""
    text = (ROOT / "README.md").read_text()
    m = re.search(r"Three queries a user would run.*?```sql\n(.*?)```", text, re.S)
    if not m:
        return []
    body = "\n".join(line for line in m.group(1).splitlines() if not line.strip().startswith("--"))
    return [q.strip() for q in body.split(";") if q.strip()]


# --------------------------------------------------------------------------- report


def fmt_s(v: float | None) -> str:
    return "-" if v is None else f"{v:.2f}"


def report(results: dict) -> str:
    m = results["machine"]
    lines = [
        f"machine: {m['cpu']}, {m['cores']} cores, {m['ram_gib']} GiB; Python {m['python']}, "
        f"DuckDB {m['duckdb']}, Dagster {m['dagster']}, dagster-dbt {m['dagster-dbt']}, "
        f"dbt-core {m['dbt-core']}, dbt-duckdb {m['dbt-duckdb']}",
        "",
    ]
    sec = results["sections"]
    if "full" in sec:
        lines.append("Full refresh (fresh warehouse; seconds)")
        head = ["N", "wall", "cpu", "peak MiB", *PHASES, "docs/s", "mentions/s"]
        lines.append(" | ".join(f"{h:>9}" for h in head))
        for r in sec["full"]:
            ph = r["phases_s"]
            cells = [
                f"{r['documents']:,}", fmt_s(r["wall_s"]), fmt_s(r["cpu_s"]),
                f"{r['max_rss_mib']:.0f}", *(fmt_s(ph[p]) for p in PHASES),
                f"{r['documents_per_s']:.0f}", f"{r['mentions_per_s']:.0f}",
            ]  # fmt: skip
            lines.append(" | ".join(f"{c:>9}" for c in cells))
        lines.append("")
    if "incremental" in sec:
        inc = sec["incremental"]
        lines.append(
            "Incremental refresh: one new document (seconds, wall; median of "
            f"{inc.get('rounds', 1)} rounds)"
        )
        for n in inc.get("sizes", [k for k in inc if k.isdigit()]):
            r = inc[str(n)]
            ph = r["add_phases_s"]
            lines.append(
                f"  N = {int(n):>6,}: add {fmt_s(r['add_wall_s'])} (cpu {fmt_s(r['add_cpu_s'])}; "
                + ", ".join(f"{p} {ph[p]:.2f}" for p in PHASES if ph[p] >= 0.05)
                + f"), remove {fmt_s(r['remove_wall_s'])}, unchanged {fmt_s(r['unchanged_wall_s'])}"
            )
            lines.append(
                "             every round: add "
                + ", ".join(fmt_s(v) for v in r.get("all_add_wall_s", []))
                + "; remove "
                + ", ".join(fmt_s(v) for v in r.get("all_remove_wall_s", []))
            )
        if "ratio_add_wall" in inc:
            lines.append(
                f"  ratio N={inc['sizes'][1]:,} / N={inc['sizes'][0]:,}: add {inc['ratio_add_wall']:.2f} "
                f"(cpu {inc['ratio_add_cpu']:.2f}), remove {inc['ratio_remove_wall']:.2f} "
                f"(target <= {TARGETS['incremental_ratio']})"
            )
        lines.append("")
    if "overhead" in sec:
        o = sec["overhead"]
        lines.append(
            f"Orchestration overhead (N = {o['documents']:,}, median of {o['rounds']}): "
            f"plain dbt build {fmt_s(o['plain_dbt_wall_s'])} s, through Dagster "
            f"{fmt_s(o['dagster_wall_s'])} s (import {fmt_s(o['dagster_import_s'])} s), "
            f"ratio {o['ratio_wall']:.2f} (target <= {TARGETS['orchestration_ratio']})"
        )
        lines.append("")
    if "official" in sec:
        o = sec["official"]
        lines.append(
            f"Official data 2018-04 street files: {o['rows']:,} rows from {o['files']} files in "
            f"{fmt_s(o['load_s'])} s = {o['rows_per_s']:,.0f} rows/s (bare read_csv "
            f"{o['bare_rows_per_s']:,.0f} rows/s, ratio {o['rows_per_s'] / o['bare_rows_per_s']:.2f}; "
            f"DuckDB's reader parsing alone {o['parse_only_rows_per_s']:,.0f} rows/s); "
            f"unchanged re-scan {fmt_s(o['unchanged_rescan_s'])} s; full refresh with them "
            f"{fmt_s(o['refresh_wall_s'])} s (official {fmt_s(o['refresh_phases_s']['official'])}, "
            f"dbt {fmt_s(o['refresh_phases_s']['dbt'])}, publish {fmt_s(o['refresh_phases_s']['publish'])})"
        )
        lines.append("")
    if "queries" in sec:
        q = sec["queries"]
        lines.append(f"README queries on N = {q['documents']:,} (median ms)")
        for r in q["queries"]:
            if "error" in r:
                lines.append(f"  query {r['query']}: error {r['error']}")
            else:
                lines.append(
                    f"  query {r['query']}: {r['median_ms']:.1f} ms (min {r['min_ms']:.1f}), {r['rows']} rows"
                )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="10,1000,10000", help="corpus sizes, comma-separated")
    ap.add_argument("--sections", default=",".join(SECTIONS), help=f"any of {','.join(SECTIONS)}")
    ap.add_argument("--seed", type=int, default=2018)
    ap.add_argument("--repeats", type=int, default=2, help="rounds of the overhead comparison")
    ap.add_argument(
        "--incremental-repeats",
        type=int,
        default=3,
        help="rounds of add-one-document / remove-it at each size (medians reported)",
    )
    ap.add_argument("--query-repeats", type=int, default=25)
    ap.add_argument(
        "--official-dir",
        type=Path,
        default=SEED_OFFICIAL,
        help="CRIME_OFFICIAL_DIR for the corpus warehouses (default: the project's seeds/official)",
    )
    ap.add_argument("--workdir", type=Path, help="keep the warehouses here (default: a temp dir)")
    ap.add_argument("--out", type=Path, default=BENCH / "results" / "bench.json")
    ap.add_argument("--worker", help=argparse.SUPPRESS)
    ap.add_argument("worker_args", nargs="*", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)

    if args.worker:
        out = Path(args.out)
        if args.worker == "refresh":
            worker_refresh(out)
        elif args.worker == "dagster-dbt":
            worker_dagster_dbt(out)
        elif args.worker == "official":
            worker_official(out, Path(args.worker_args[0]))
        else:
            raise SystemExit(f"unknown worker {args.worker}")
        # end the way the `crimestats` command does (no interpreter teardown), so that the
        # measured wall time is the command's
        from crimestats.cli import exit_now

        exit_now(0)

    args.sizes = sorted({int(s.replace("_", "")) for s in args.sizes.split(",") if s})
    sections = [s.strip() for s in args.sections.split(",") if s.strip()]
    unknown = set(sections) - set(SECTIONS)
    if unknown:
        ap.error(f"unknown sections {sorted(unknown)}")
    if (
        any(s in sections for s in ("incremental", "overhead", "queries"))
        and "full" not in sections
    ):
        sections.insert(0, "full")

    tmp = None
    if args.workdir:
        workdir = args.workdir.resolve()
        workdir.mkdir(parents=True, exist_ok=True)
    else:
        tmp = tempfile.TemporaryDirectory(prefix="crimestats-bench-")
        workdir = Path(tmp.name)
    bench = Bench(args, workdir)
    bench.say(f"benchmarks in {workdir} (log: {bench.log})")
    started = time.perf_counter()
    try:
        for section in SECTIONS:
            if section in sections:
                getattr(bench, section)()
    finally:
        bench.results["total_s"] = time.perf_counter() - started
        bench.results["args"] = {
            "sizes": args.sizes,
            "sections": sections,
            "seed": args.seed,
            "official_dir": str(args.official_dir),
        }
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(bench.results, indent=2, default=str) + "\n")
        if bench.results["sections"]:
            print()
            print(report(bench.results))
        print(f"\nwritten {args.out}")
        if tmp is not None:
            tmp.cleanup()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
