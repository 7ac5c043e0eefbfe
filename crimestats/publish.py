"""Atomic publication of the private build file to the file users query.

The pipeline writes only `.build/<name>` beside `CRIME_WAREHOUSE`, a file created in a
storage version that DuckDB 1.x clients can read. Publishing writes `meta.publish_manifest`
(row count and checksum of every table) into it, checkpoints it, copies its bytes to a
temporary file next to the target, re-opens the copy read-only to check it, fsyncs it and
then `os.replace`s it over the published file. A reader that has the old file open
keeps its consistent snapshot; the next connection sees the new one; nobody ever sees a
half-written file.
"""

from __future__ import annotations

import datetime as dt
import glob
import os
import shutil
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


def has_table(conn: duckdb.DuckDBPyConnection, schema: str, table: str) -> bool:
    return bool(
        conn.execute(
            "select count(*) from duckdb_tables() where schema_name = ? and table_name = ?",
            [schema, table],
        ).fetchone()[0]
    )


def _tables(conn: duckdb.DuckDBPyConnection, catalog: str) -> list[str]:
    return [
        f"{schema}.{table}"
        for schema, table in conn.execute(
            """
            select schema_name, table_name from duckdb_tables()
            where database_name = ? and schema_name <> 'meta'
            order by schema_name, table_name
            """,
            [catalog],
        ).fetchall()
    ]


def table_checksums(
    conn: duckdb.DuckDBPyConnection, catalog: str, checksums: bool = True
) -> dict[str, tuple[int, int]]:
    """(row count, order-independent checksum) of every table in a catalog, except meta;
    the checksum is 0 when `checksums` is false (counts only)."""
    out: dict[str, tuple[int, int]] = {}
    for table in _tables(conn, catalog):
        schema, name = table.split(".", 1)
        ident = f'"{catalog}"."{schema}"."{name}"'
        h = "coalesce(bit_xor(hash(t)), 0)" if checksums else "0"
        n, c = conn.execute(f"select count(*), {h} from {ident} t").fetchone()
        out[table] = (int(n), int(c))
    return out


def create_build_file(build_path: Path) -> None:
    """Create an empty build file in STORAGE_VERSION, if there is none. DuckDB keeps the
    storage version a file was created with, so every later write (ours and dbt's) stays
    readable by DuckDB 1.x and publishing can copy the file's bytes."""
    if build_path.exists():
        return
    build_path.parent.mkdir(parents=True, exist_ok=True)
    conn = duckdb.connect()
    try:
        conn.execute(f"attach ? as build (storage_version '{STORAGE_VERSION}')", [str(build_path)])
        conn.execute("detach build")
    finally:
        conn.close()


def storage_version(conn: duckdb.DuckDBPyConnection, catalog: str) -> str:
    return conn.execute(
        "select tags['storage_version'] from duckdb_databases() where database_name = ?",
        [catalog],
    ).fetchone()[0]


def publish(build_path: Path, target: Path, signature: str) -> PublishResult:
    """Copy the build file to `target` atomically, with a manifest of every table.

    The manifest is written into the build file (the caller holds the warehouse lock, so this
    process is its only writer), the file is checkpointed and its bytes copied: the cost is a
    file copy plus one checksum pass, not a rewrite of every table. A build file from before
    build files were created in STORAGE_VERSION is rewritten once with COPY FROM DATABASE
    instead (and replaced by that copy, so the next publish is a file copy again)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.publish-{os.getpid()}.tmp")
    # Callers hold the warehouse lock, so any temp file (and its WAL) here is the leftover
    # of a publish that was killed, whatever its pid: remove them all.
    for leftover in target.parent.glob(f".{glob.escape(target.name)}.publish-*.tmp*"):
        leftover.unlink(missing_ok=True)
    conn = duckdb.connect(str(build_path))
    try:
        catalog = conn.execute("select current_database()").fetchone()[0]
        # The signature of the inputs as the build read them (recorded by ingest_documents),
        # not as they are now: a document added during the run must not look published.
        if has_table(conn, "meta", "build_info"):
            signature = conn.execute("select inputs_signature from meta.build_info").fetchone()[0]
        sums = table_checksums(conn, catalog)
        now = dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)
        conn.execute("begin")
        conn.execute("create schema if not exists meta")
        conn.execute("drop table if exists meta.publish_manifest")
        conn.execute(
            "create table meta.publish_manifest "
            "(table_name varchar, row_count bigint, checksum ubigint)"
        )
        conn.executemany(
            "insert into meta.publish_manifest values (?, ?, ?)",
            [(k, n, h) for k, (n, h) in sums.items()],
        )
        conn.execute("drop table if exists meta.publish_info")
        conn.execute(
            "create table meta.publish_info as "
            "select ?::varchar as inputs_signature, ?::timestamp as published_at",
            [signature, now],
        )
        conn.execute("commit")
        conn.execute("checkpoint")
        byte_copy = storage_version(conn, catalog) == f"{STORAGE_VERSION}+"
    finally:
        conn.close()
    if byte_copy:
        shutil.copyfile(build_path, tmp)
        verify(tmp, checksums=False)  # the same bytes: the counts show it opens and reads
    else:
        _copy_database(build_path, tmp)
        verify(tmp)
        migrated = build_path.with_name(build_path.name + ".migrate.tmp")
        shutil.copyfile(tmp, migrated)
        _fsync(migrated)
        os.replace(migrated, build_path)
    _fsync(tmp)
    os.replace(tmp, target)
    _fsync(target.parent)
    return PublishResult(target, {k: n for k, (n, _) in sums.items()}, signature)


def _copy_database(source: Path, dest: Path) -> None:
    conn = duckdb.connect()
    try:
        conn.execute("attach ? as src (read_only)", [str(source)])
        conn.execute(f"attach ? as dst (storage_version '{STORAGE_VERSION}')", [str(dest)])
        conn.execute("copy from database src to dst")
        conn.execute("detach dst")
        conn.execute("detach src")
    finally:
        conn.close()


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def verify(path: Path, checksums: bool = True) -> None:
    """Raise if the file's tables do not match the manifest written in it (row counts, and
    the checksums unless `checksums` is false)."""
    conn = duckdb.connect(str(path), read_only=True)
    try:
        catalog = conn.execute("select current_database()").fetchone()[0]
        expected = {
            r[0]: (int(r[1]), int(r[2]))
            for r in conn.execute(
                "select table_name, row_count, checksum from meta.publish_manifest"
            ).fetchall()
        }
        actual = table_checksums(conn, catalog, checksums)
    finally:
        conn.close()
    if not checksums:
        expected = {t: (n, 0) for t, (n, _) in expected.items()}
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
