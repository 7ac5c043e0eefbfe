"""Shared fixtures: a temporary documents folder and warehouse, real dbt, real Dagster."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest

from crimestats.config import PROJECT_ROOT, Settings, export_for_dbt

SEEDS_DIR = PROJECT_ROOT / "seeds"
SHARED = PROJECT_ROOT.parent / "shared"


@pytest.fixture(scope="session", autouse=True)
def dbt_manifest() -> Path:
    """Parse the dbt project once per session (what `make` does with `crimestats prepare`)."""
    from orchestration.dbt_project import dbt_project

    if not dbt_project.manifest_path.exists():
        dbt_project.preparer.prepare(dbt_project)
    return dbt_project.manifest_path


def make_settings(root: Path, documents: Path | None = None) -> Settings:
    docs = documents or (root / "documents")
    docs.mkdir(parents=True, exist_ok=True)
    return Settings(
        documents_dir=docs,
        warehouse=root / "warehouse" / "crime.duckdb",
        official_dir=docs / "official",
        max_document_bytes=20 * 1024 * 1024,
    )


def copy_seed_documents(dest: Path, official: bool = True) -> None:
    for p in sorted(SEEDS_DIR.glob("*.txt")):
        shutil.copy2(p, dest / p.name)
    if official and (SEEDS_DIR / "official").is_dir():
        shutil.copytree(SEEDS_DIR / "official", dest / "official", dirs_exist_ok=True)


@pytest.fixture
def temp_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Settings]:
    s = make_settings(tmp_path)
    monkeypatch.setenv("CRIME_DOCUMENTS_DIR", str(s.documents_dir))
    monkeypatch.setenv("CRIME_WAREHOUSE", str(s.warehouse))
    monkeypatch.setenv("CRIME_OFFICIAL_DIR", str(s.official_dir))
    export_for_dbt(s)
    yield s


def query(path: Path, sql: str, params: list | None = None) -> list[tuple]:
    conn = duckdb.connect(str(path), read_only=True)
    try:
        return conn.execute(sql, params or []).fetchall()
    finally:
        conn.close()


def table_checksums(
    path: Path, exclude_columns: tuple[str, ...] = ()
) -> dict[str, tuple[int, int]]:
    """Row count and order-independent checksum of every table, optionally ignoring
    wall-clock audit columns (ingested_at and the like)."""
    conn = duckdb.connect(str(path), read_only=True)
    try:
        tables = conn.execute(
            "select schema_name, table_name from duckdb_tables() where schema_name <> 'meta' order by 1, 2"
        ).fetchall()
        out = {}
        for schema, table in tables:
            cols = [
                r[0]
                for r in conn.execute(
                    "select column_name from duckdb_columns() where schema_name = ? and table_name = ?"
                    " order by column_index",
                    [schema, table],
                ).fetchall()
                if r[0] not in exclude_columns
            ]
            col_sql = ", ".join(f'"{c}"' for c in cols)
            n, h = conn.execute(
                f"select count(*), coalesce(bit_xor(hash(struct_pack({col_sql}))), 0) "
                f'from (select {col_sql} from "{schema}"."{table}")'
            ).fetchone()
            out[f"{schema}.{table}"] = (n, h)
        return out
    finally:
        conn.close()


AUDIT_COLUMNS = ("ingested_at", "detected_at", "extracted_at", "published_at")
