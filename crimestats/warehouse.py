"""The raw layer of the warehouse: DDL, incremental document ingestion, extraction,
and atomic publication of the private build file to the file users query.

Pure Python + DuckDB, no Dagster. Every value derived from a document (file names,
text, sentences) reaches DuckDB as a bound parameter or through a registered pandas
DataFrame, never pasted into SQL.
"""

from __future__ import annotations

import calendar
import datetime as dt
import hashlib
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import duckdb
import pandas as pd

from crimestats.documents import FileSeen, IngestedDocument, RejectedFile, read_document, scan
from crimestats.extraction.model import MEASURES, Mention

RAW_DDL = """
create schema if not exists raw;
create schema if not exists meta;
create table if not exists raw.documents (
    document_id varchar not null,
    file_name varchar not null,
    doc varchar not null,
    sha256 varchar not null,
    text varchar not null,
    size bigint not null,
    encoding varchar not null,
    content_type varchar not null,
    mtime_ns bigint not null,
    ingested_at timestamp not null
);
create table if not exists raw.document_errors (
    file_name varchar not null,
    sha256 varchar,
    size bigint,
    reason varchar not null,
    detected_at timestamp not null
);
create table if not exists raw.document_scan (
    file_name varchar not null,
    size bigint,
    mtime_ns bigint,
    sha256 varchar,
    outcome varchar not null
);
create table if not exists raw.statistic_mentions (
    document_id varchar not null,
    document_sha256 varchar not null,
    mention_index integer not null,
    area varchar not null,
    period_start date,
    period_end date,
    offence varchar not null,
    offence_phrase varchar,
    count double, count_low double, count_high double, count_unit double,
    previous_count double, previous_count_low double, previous_count_high double, previous_count_unit double,
    change_pct double, change_pct_low double, change_pct_high double, change_pct_unit double,
    change_abs double, change_abs_low double, change_abs_high double, change_abs_unit double,
    rate_per_1000 double, rate_per_1000_low double, rate_per_1000_high double, rate_per_1000_unit double,
    direction varchar,
    sentence varchar not null,
    char_start integer not null,
    char_end integer not null,
    extractor_version varchar not null
);
create table if not exists raw.extraction_log (
    document_id varchar not null,
    document_sha256 varchar not null,
    extractor_version varchar not null,
    mentions integer not null,
    extracted_at timestamp not null
);
"""

MENTION_COLUMNS: list[str] = [
    "document_id",
    "document_sha256",
    "mention_index",
    "area",
    "period_start",
    "period_end",
    "offence",
    "offence_phrase",
    *[c for m in MEASURES for c in (m, f"{m}_low", f"{m}_high", f"{m}_unit")],
    "direction",
    "sentence",
    "char_start",
    "char_end",
    "extractor_version",
]


def connect(path: Path, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    path.parent.mkdir(parents=True, exist_ok=True)
    return duckdb.connect(str(path), read_only=read_only)


def ensure_raw_schema(conn: duckdb.DuckDBPyConnection) -> None:
    """Create the raw tables; a mentions table from an older layout is dropped (with the
    extraction log), so every document is simply extracted again."""
    conn.execute("create schema if not exists raw")
    have = [
        r[0]
        for r in conn.execute(
            "select column_name from duckdb_columns() "
            "where schema_name = 'raw' and table_name = 'statistic_mentions' order by column_index"
        ).fetchall()
    ]
    if have and have != MENTION_COLUMNS:
        conn.execute("drop table raw.statistic_mentions")
        conn.execute("drop table if exists raw.extraction_log")
    conn.execute(RAW_DDL)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)


@dataclass
class IngestSummary:
    files_seen: int = 0
    new: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    unchanged: int = 0
    rejected: list[tuple[str, str]] = field(default_factory=list)
    documents: int = 0

    @property
    def changed_anything(self) -> bool:
        return bool(self.new or self.changed or self.removed)


def ingest_documents(
    conn: duckdb.DuckDBPyConnection,
    documents_dir: Path,
    official_dir: Path | None,
    max_bytes: int,
) -> IngestSummary:
    """Bring raw.documents / raw.document_errors / raw.document_scan in line with the folder.

    Incremental by content: a file whose size and mtime are unchanged since the last scan
    is not read again; a new or changed file is read, hashed and (re)ingested; a file that
    is gone has its row removed. Rejections are re-evaluated on every scan (they are few
    and their cause, e.g. permissions, may have been fixed).
    """
    ensure_raw_schema(conn)
    # What this build was made from, taken before anything is read: publish records it, so a
    # file that changes during the run makes the next refresh run again (not skip).
    files = scan(documents_dir, official_dir)
    signature = f"{code_signature()}:{inputs_signature(documents_dir, official_dir, files)}"
    prev = {
        r[0]: r[1:]
        for r in conn.execute(
            "select document_id, size, mtime_ns, sha256 from raw.documents"
        ).fetchall()
    }
    summary = IngestSummary(files_seen=len(files))
    keep: dict[str, str] = {}  # document_id -> sha256 of unchanged documents
    to_read = []
    for f in files:
        p = prev.get(f.relpath)
        if p is not None and f.refused is None and p[0] == f.size and p[1] == f.mtime_ns:
            keep[f.relpath] = p[2]
        else:
            to_read.append(f)

    # Duplicates (same bytes under several names): the first name in path order is the
    # document and the others are rejected, whatever order they arrived in, so an
    # incremental ingest leaves exactly what an ingest from scratch would. A kept document
    # can therefore lose its place to a new file with an earlier name.
    outcomes = [read_document(f, max_bytes) for f in to_read]
    first: dict[str, str] = {}
    for doc_id, sha in [*keep.items()] + [
        (o.document_id, o.sha256) for o in outcomes if isinstance(o, IngestedDocument)
    ]:
        first[sha] = min(first.get(sha, doc_id), doc_id)
    new_docs: list[IngestedDocument] = []
    errors: list[RejectedFile] = []
    for doc_id, sha in sorted(keep.items()):
        if first[sha] != doc_id:
            del keep[doc_id]
            size, mtime_ns = prev[doc_id][0], prev[doc_id][1]
            errors.append(
                RejectedFile(
                    doc_id, sha, size, f"duplicate: same content as {first[sha]}", mtime_ns
                )
            )
    summary.unchanged = len(keep)
    for outcome in outcomes:
        if isinstance(outcome, IngestedDocument):
            original = first[outcome.sha256]
            if original != outcome.document_id:
                errors.append(
                    RejectedFile(
                        outcome.file_name,
                        outcome.sha256,
                        outcome.size,
                        f"duplicate: same content as {original}",
                        outcome.mtime_ns,
                    )
                )
                continue
            new_docs.append(outcome)
        else:
            errors.append(outcome)

    new_ids = {d.document_id for d in new_docs}
    summary.new = sorted(i for i in new_ids if i not in prev)
    summary.changed = sorted(i for i in new_ids if i in prev)
    summary.removed = sorted(i for i in prev if i not in keep and i not in new_ids)
    summary.rejected = [(e.file_name, e.reason) for e in errors]
    summary.documents = len(keep) + len(new_docs)

    now = _now()
    docs_df = pd.DataFrame(
        [
            {
                "document_id": d.document_id,
                "file_name": d.file_name,
                "doc": d.doc,
                "sha256": d.sha256,
                "text": d.text,
                "size": d.size,
                "encoding": d.encoding,
                "content_type": d.content_type,
                "mtime_ns": d.mtime_ns,
                "ingested_at": now,
            }
            for d in new_docs
        ],
        columns=[
            "document_id",
            "file_name",
            "doc",
            "sha256",
            "text",
            "size",
            "encoding",
            "content_type",
            "mtime_ns",
            "ingested_at",
        ],
    )
    err_df = pd.DataFrame(
        [
            {
                "file_name": e.file_name,
                "sha256": e.sha256,
                "size": e.size,
                "reason": e.reason,
                "detected_at": now,
            }
            for e in errors
        ],
        columns=["file_name", "sha256", "size", "reason", "detected_at"],
    )
    doc_by_id = {d.document_id: d for d in new_docs}
    err_by_name = {e.file_name: e for e in errors}
    scan_rows = []
    for f in files:
        if f.relpath in keep:
            scan_rows.append((f.relpath, f.size, f.mtime_ns, keep[f.relpath], "ingested"))
        elif f.relpath in doc_by_id:
            d = doc_by_id[f.relpath]
            scan_rows.append((f.relpath, f.size, f.mtime_ns, d.sha256, "ingested"))
        else:
            e = err_by_name[f.relpath]
            scan_rows.append((f.relpath, f.size, f.mtime_ns, e.sha256, "rejected"))
    scan_df = pd.DataFrame(
        scan_rows, columns=["file_name", "size", "mtime_ns", "sha256", "outcome"]
    )
    keep_df = pd.DataFrame({"document_id": sorted(keep)}, dtype="object")

    conn.execute("begin transaction")
    try:
        conn.register("keep_ids", keep_df)
        conn.execute(
            "delete from raw.documents where document_id not in (select document_id from keep_ids)"
        )
        conn.unregister("keep_ids")
        if len(docs_df):
            conn.register("new_docs", docs_df)
            conn.execute(
                "insert into raw.documents select document_id, file_name, doc, sha256, text, size,"
                " encoding, content_type, mtime_ns, ingested_at from new_docs"
            )
            conn.unregister("new_docs")
        conn.execute("delete from raw.document_errors")
        if len(err_df):
            conn.register("new_errors", err_df)
            conn.execute(
                "insert into raw.document_errors select file_name, sha256, size, reason,"
                " detected_at from new_errors"
            )
            conn.unregister("new_errors")
        conn.execute("delete from raw.document_scan")
        if len(scan_df):
            conn.register("new_scan", scan_df)
            conn.execute("insert into raw.document_scan select * from new_scan")
            conn.unregister("new_scan")
        conn.execute(
            "create or replace table meta.build_info as select ?::varchar as inputs_signature",
            [signature],
        )
        conn.execute("commit")
    except BaseException:
        conn.execute("rollback")
        raise
    return summary


def _month_start(ym: str | None) -> dt.date | None:
    if not ym:
        return None
    y, m = int(ym[:4]), int(ym[5:7])
    return dt.date(y, m, 1)


def _month_end(ym: str | None) -> dt.date | None:
    if not ym:
        return None
    y, m = int(ym[:4]), int(ym[5:7])
    return dt.date(y, m, calendar.monthrange(y, m)[1])


def mention_rows(
    document_id: str, sha256: str, mentions: Iterable[Mention], version: str
) -> list[dict]:
    rows = []
    for i, m in enumerate(mentions):
        row = {
            "document_id": document_id,
            "document_sha256": sha256,
            "mention_index": i,
            "area": m.area,
            "period_start": _month_start(m.period_start),
            "period_end": _month_end(m.period_end),
            "offence": m.offence,
            "offence_phrase": m.offence_phrase,
            "direction": m.direction,
            "sentence": m.sentence,
            "char_start": m.start,
            "char_end": m.end,
            "extractor_version": version,
        }
        for name in MEASURES:
            meas = getattr(m, name)
            row[name] = None if meas is None else float(meas.value)
            row[f"{name}_low"] = None if meas is None else float(meas.low)
            row[f"{name}_high"] = None if meas is None else float(meas.high)
            row[f"{name}_unit"] = None if meas is None else float(meas.unit)
        rows.append(row)
    return rows


@dataclass
class ExtractSummary:
    extracted_documents: int = 0
    skipped_documents: int = 0
    removed_documents: int = 0
    mentions_added: int = 0
    mentions_total: int = 0


def extractor_version() -> str:
    """Changes whenever the extractor's code or lookup tables change."""
    h = hashlib.sha256()
    pkg = Path(__file__).resolve().parent / "extraction"
    for p in sorted(pkg.rglob("*.py")):
        h.update(p.name.encode())
        h.update(p.read_bytes())
    from crimestats.config import DBT_SEEDS_DIR

    for name in ("offence_phrases.csv", "area_names.csv", "offence_hierarchy.csv"):
        p = DBT_SEEDS_DIR / name
        if p.exists():
            h.update(name.encode())
            h.update(p.read_bytes())
    return h.hexdigest()[:12]


# Below this many documents the extractor runs in this process; above it, in one worker
# process per core (extraction is pure Python, ~3 ms a document: 10,000 documents are
# ~30 s on one core). Results are in document order either way.
PARALLEL_MIN_DOCUMENTS = 300


def _rows_of(item: tuple[str, str, str, str]) -> list[dict]:
    from crimestats.extraction import extract_mentions

    document_id, sha, text, version = item
    return mention_rows(document_id, sha, extract_mentions(text), version)


def _extract_rows(todo: list[tuple[str, str, str]], version: str) -> list[list[dict]]:
    items = [(d, sha, text, version) for d, sha, text in todo]
    workers = min(os.cpu_count() or 1, 8)
    if len(items) < PARALLEL_MIN_DOCUMENTS or workers < 2:
        return [_rows_of(i) for i in items]
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    # spawn, not fork: this process holds DuckDB and Dagster threads.
    ctx = multiprocessing.get_context("spawn")
    chunk = max(1, len(items) // (workers * 8))
    with ProcessPoolExecutor(max_workers=workers, mp_context=ctx) as pool:
        return list(pool.map(_rows_of, items, chunksize=chunk))


def extract_mentions_incremental(conn: duckdb.DuckDBPyConnection) -> ExtractSummary:
    """Extract statistics from documents that are new, changed, or were read by an older
    extractor; drop what came from documents that are gone. Unchanged documents are not
    re-read."""
    ensure_raw_schema(conn)
    version = extractor_version()
    todo = conn.execute(
        """
        select d.document_id, d.sha256, d.text
        from raw.documents d
        left join raw.extraction_log l
          on l.document_id = d.document_id
         and l.document_sha256 = d.sha256
         and l.extractor_version = ?
        where l.document_id is null
        order by d.document_id
        """,
        [version],
    ).fetchall()
    summary = ExtractSummary()
    rows: list[dict] = []
    log_rows = []
    now = _now()
    for (document_id, sha, _text), r in zip(todo, _extract_rows(todo, version), strict=True):
        rows.extend(r)
        log_rows.append((document_id, sha, version, len(r), now))
    summary.extracted_documents = len(todo)
    summary.mentions_added = len(rows)
    mentions_df = pd.DataFrame(rows, columns=MENTION_COLUMNS)
    log_df = pd.DataFrame(
        log_rows,
        columns=["document_id", "document_sha256", "extractor_version", "mentions", "extracted_at"],
    )
    conn.execute("begin transaction")
    try:
        removed = conn.execute(
            """
            select count(distinct l.document_id) from raw.extraction_log l
            where not exists (select 1 from raw.documents d where d.document_id = l.document_id)
            """
        ).fetchone()[0]
        summary.removed_documents = int(removed)
        # Drop everything that is stale: removed documents, changed documents, old versions.
        for table, sha_col in (
            ("raw.statistic_mentions", "document_sha256"),
            ("raw.extraction_log", "document_sha256"),
        ):
            conn.execute(
                f"""
                delete from {table} t
                where not exists (
                    select 1 from raw.documents d
                    where d.document_id = t.document_id and d.sha256 = t.{sha_col}
                ) or t.extractor_version <> ?
                """,
                [version],
            )
        if len(mentions_df):
            conn.register("new_mentions", mentions_df)
            cols = ", ".join(MENTION_COLUMNS)
            conn.execute(
                f"insert into raw.statistic_mentions ({cols}) select {cols} from new_mentions"
            )
            conn.unregister("new_mentions")
        if len(log_df):
            conn.register("new_log", log_df)
            conn.execute("insert into raw.extraction_log select * from new_log")
            conn.unregister("new_log")
        conn.execute("commit")
    except BaseException:
        conn.execute("rollback")
        raise
    summary.skipped_documents = (
        int(conn.execute("select count(*) from raw.documents").fetchone()[0])
        - summary.extracted_documents
    )
    summary.mentions_total = int(
        conn.execute("select count(*) from raw.statistic_mentions").fetchone()[0]
    )
    return summary


def code_signature() -> str:
    """Fingerprint of everything besides the inputs that shapes the warehouse: the extractor
    and the dbt project's models, seeds and macros."""
    from crimestats.config import DBT_PROJECT_DIR

    h = hashlib.sha256(extractor_version().encode())
    for sub in ("models", "seeds", "macros", "dbt_project.yml"):
        base = DBT_PROJECT_DIR / sub
        paths = [base] if base.is_file() else sorted(base.rglob("*"))
        for p in paths:
            if p.is_file():
                h.update(p.relative_to(DBT_PROJECT_DIR).as_posix().encode())
                h.update(p.read_bytes())
    return h.hexdigest()[:16]


def pipeline_signature(s) -> str:  # noqa: ANN001 - crimestats.config.Settings
    """Inputs and code together: equal signatures mean a refresh would change nothing."""
    return f"{code_signature()}:{inputs_signature(s.documents_dir, s.official_dir)}"


def inputs_signature(
    documents_dir: Path, official_dir: Path | None, files: list[FileSeen] | None = None
) -> str:
    """A cheap fingerprint of the inputs (names, sizes, mtimes), for the sensor and the
    no-change short cut of a refresh. `files`: the folder's scan, if already made."""
    h = hashlib.sha256()
    for f in scan(documents_dir, official_dir) if files is None else files:
        h.update(f"{f.relpath}\0{f.size}\0{f.mtime_ns}\0{f.refused or ''}\n".encode())
    if official_dir is not None and official_dir.is_dir():
        for p in sorted(official_dir.rglob("*")):
            if p.is_file():
                st = p.stat()
                h.update(
                    f"official:{p.relative_to(official_dir).as_posix()}\0{st.st_size}\0{st.st_mtime_ns}\n".encode()
                )
    return h.hexdigest()
