"""Atomic publication of the private build file to the file users query.

The pipeline writes only `.build/<name>` beside `CRIME_WAREHOUSE`. Publishing copies
every table into a fresh temporary file next to the target (in a storage version that
DuckDB 1.x clients can read), writes `meta.publish_manifest` (row count and checksum of
every table, taken in the same copy), re-opens the copy read-only to verify it, fsyncs it
and then `os.replace`s it over the published file. A reader that has the old file open
keeps its consistent snapshot; the next connection sees the new one; nobody ever sees a
half-written file.
"""

from __future__ import annotations

import datetime as dt
import glob
import os
from dataclasses import dataclass
from pathlib import Path

import duckdb

# DuckDB 1.0 and later (CLI, Python, JDBC/ODBC drivers used by BI tools) can read this.
STORAGE_VERSION = "v1.0.0"
PUBLISHED_SCHEMAS = ("raw", "staging", "intermediate", "marts", "official_raw")


@dataclass
class PublishResult:
    path: Path
    tables: dict[str, int]
    signature: str


def table_checksums(conn: duckdb.DuckDBPyConnection, catalog: str) -> dict[str, tuple[int, int]]:
    """(row count, order-independent checksum) of every table in a catalog, except meta."""
    tables = conn.execute(
        """
        select schema_name, table_name from duckdb_tables()
        where database_name = ? and schema_name <> 'meta'
        order by schema_name, table_name
        """,
        [catalog],
    ).fetchall()
    out: dict[str, tuple[int, int]] = {}
    for schema, table in tables:
        ident = f'"{catalog}"."{schema}"."{table}"'
        n, h = conn.execute(
            f"select count(*), coalesce(bit_xor(hash(t)), 0) from {ident} t"
        ).fetchone()
        out[f"{schema}.{table}"] = (int(n), int(h))
    return out


def publish(build_path: Path, target: Path, signature: str) -> PublishResult:
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.publish-{os.getpid()}.tmp")
    # Callers hold the warehouse lock, so any temp file (and its WAL) here is the leftover
    # of a publish that was killed, whatever its pid: remove them all.
    for leftover in target.parent.glob(f".{glob.escape(target.name)}.publish-*.tmp*"):
        leftover.unlink(missing_ok=True)
    conn = duckdb.connect()
    try:
        conn.execute("attach ? as build (read_only)", [str(build_path)])
        conn.execute(f"attach ? as pub (storage_version '{STORAGE_VERSION}')", [str(tmp)])
        conn.execute("copy from database build to pub")
        # The signature of the inputs as the build read them (recorded by ingest_documents),
        # not as they are now: a document added during the run must not look published.
        if conn.execute(
            "select count(*) from duckdb_tables() where database_name = 'build' "
            "and schema_name = 'meta' and table_name = 'build_info'"
        ).fetchone()[0]:
            signature = conn.execute("select inputs_signature from build.meta.build_info").fetchone()[0]
        sums = table_checksums(conn, "build")
        now = dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)
        conn.execute("create schema if not exists pub.meta")
        conn.execute("drop table if exists pub.meta.publish_manifest")
        conn.execute(
            "create table pub.meta.publish_manifest "
            "(table_name varchar, row_count bigint, checksum ubigint)"
        )
        conn.executemany(
            "insert into pub.meta.publish_manifest values (?, ?, ?)",
            [(k, n, h) for k, (n, h) in sums.items()],
        )
        conn.execute("drop table if exists pub.meta.publish_info")
        conn.execute(
            "create table pub.meta.publish_info as "
            "select ?::varchar as inputs_signature, ?::timestamp as published_at",
            [signature, now],
        )
        conn.execute("detach pub")
        conn.execute("detach build")
    finally:
        conn.close()
    verify(tmp)
    fd = os.open(tmp, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(tmp, target)
    dfd = os.open(target.parent, os.O_RDONLY)
    try:
        os.fsync(dfd)
    finally:
        os.close(dfd)
    return PublishResult(target, {k: n for k, (n, _) in sums.items()}, signature)


def verify(path: Path) -> None:
    """Raise if the file's tables do not match the manifest written in it."""
    conn = duckdb.connect(str(path), read_only=True)
    try:
        catalog = conn.execute("select current_database()").fetchone()[0]
        expected = {
            r[0]: (int(r[1]), int(r[2]))
            for r in conn.execute(
                "select table_name, row_count, checksum from meta.publish_manifest"
            ).fetchall()
        }
        actual = table_checksums(conn, catalog)
    finally:
        conn.close()
    if expected != actual:
        diff = sorted(set(expected.items()) ^ set(actual.items()))
        raise RuntimeError(f"published copy {path} does not match its manifest: {diff[:5]}")


def published_signature(target: Path) -> str | None:
    if not target.exists():
        return None
    try:
        conn = duckdb.connect(str(target), read_only=True)
    except duckdb.Error:
        return None
    try:
        row = conn.execute("select inputs_signature from meta.publish_info").fetchone()
        return row[0] if row else None
    except duckdb.Error:
        return None
    finally:
        conn.close()
